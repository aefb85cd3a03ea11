"""The rhythm synth: every hit at its exact sample, silence where nothing sounds, a loud mix scaled (never wrapped)."""

from __future__ import annotations

import sys
import wave
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rhythm.synth import FULL_SCALE, RATE, VOICES, Rendered, Sound, render, to_wav, voice_samples


def length_ms(voice: str, rate: int = RATE) -> float:
    return len(voice_samples(voice, rate)) * 1000 / rate


def reference_mix(sounds: list[Sound], rendered: Rendered) -> list[float]:
    """The obvious, slow mix: every sound's floats added one sample at a time, at the sample render reports."""
    out = [0.0] * len(rendered.samples)
    for sound in sounds:
        onset = rendered.sample_of(sound.t_ms)
        for i, x in enumerate(voice_samples(sound.voice, rendered.rate)):
            out[onset + i] += x * sound.gain
    return out


def assert_onset(samples: array, onset: int) -> None:
    """Silence just before the onset, sound at it: the hit starts on exactly this sample."""
    assert onset == 0 or samples[onset - 1] == 0, f"sound before onset {onset}"
    assert samples[onset] != 0, f"silence at onset {onset}"


def test_every_voice_starts_at_sample_0_and_ends_in_silence() -> None:
    for voice in VOICES:
        floats = voice_samples(voice)
        assert abs(floats[0]) > 0.1, voice
        assert floats[-1] == 0.0, voice
        assert 0.1 < max(map(abs, floats)) <= 1.0, voice
    assert 300 <= length_ms("low") <= 400 and 150 <= length_ms("high") <= 250
    assert 20 <= length_ms("click") <= 30 and 60 <= length_ms("shaker") <= 100 and 700 <= length_ms("bell") <= 900


def test_the_shaker_noise_is_the_same_every_time() -> None:
    first = voice_samples("shaker")
    voice_samples.cache_clear()
    assert voice_samples("shaker") == first


def test_known_times_land_on_known_samples() -> None:
    # 100 ms lead-in at 44.1 kHz: t = 0 is sample 4410; 1 ms is 44.1 samples.
    sounds = [Sound(500, "low"), Sound(-50, "count"), Sound(0, "click"), Sound(100, "high"), Sound(1000.01, "bell")]
    rendered = render(sounds, lead_in_ms=100)
    assert rendered.onset_samples == (2205, 4410, 8820, 26460, 48510)
    assert rendered.samples[:2205] == array("h", [0] * 2205)
    for onset in rendered.onset_samples:
        assert_onset(rendered.samples, onset)
    assert rendered.sample_of(500) == 26460 and rendered.sample_of(-100) == 0


def test_beats_at_120_bpm_are_exactly_22050_samples_apart() -> None:
    rendered = render([Sound(n * 500.0, "click") for n in range(8)], lead_in_ms=250)
    assert [b - a for a, b in zip(rendered.onset_samples, rendered.onset_samples[1:], strict=False)] == [22050] * 7
    for onset in rendered.onset_samples:
        assert_onset(rendered.samples, onset)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bpm=st.floats(40, 200), count_in=st.integers(0, 4), beats=st.integers(1, 10),
       extra_ms=st.floats(0, 1500), rate=st.sampled_from([RATE, 48_000]), data=st.data())
def test_well_separated_hits_start_exactly_on_their_samples(bpm: float, count_in: int, beats: int, extra_ms: float,
                                                            rate: int, data: st.DataObject) -> None:
    interval = 60_000 / bpm
    fitting = [v for v in VOICES if v != "count" and length_ms(v, rate) < interval - 1]
    voice = data.draw(st.sampled_from(fitting))
    lead_in = count_in * interval + extra_ms
    sounds = [Sound(-k * interval, "count") for k in range(1, count_in + 1)]
    sounds += [Sound(n * interval, voice, data.draw(st.floats(0.2, 3.0))) for n in range(beats)]
    rendered = render(sounds, lead_in_ms=lead_in, rate=rate)
    expected = sorted(round((s.t_ms + lead_in) * rate / 1000) for s in sounds)
    assert list(rendered.onset_samples) == expected
    assert not any(rendered.samples[: expected[0]])
    for onset in expected:
        assert_onset(rendered.samples, onset)
    assert max(rendered.samples) <= FULL_SCALE and min(rendered.samples) >= -FULL_SCALE


sounds_strategy = st.lists(st.builds(Sound, st.floats(-300, 1500), st.sampled_from(VOICES), st.floats(0, 3)),
                           min_size=1, max_size=10)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sounds=sounds_strategy)
def test_the_mix_is_the_plain_sum_scaled_only_when_too_loud(sounds: list[Sound]) -> None:
    rendered = render(sounds, lead_in_ms=300, tail_ms=100)
    reference = reference_mix(sounds, rendered)
    loudest = max(map(abs, reference)) * FULL_SCALE
    gain = FULL_SCALE * min(1.0, FULL_SCALE / loudest) if loudest else 0.0
    tolerance = 1 + len(sounds) / 2  # each chord is rounded to an integer once
    worst = max(abs(got - want * gain) for got, want in zip(rendered.samples, reference, strict=True))
    assert worst <= tolerance


def test_a_dense_loud_mix_is_scaled_down_to_full_scale_without_wrapping() -> None:
    sounds = [Sound(n * 125.0 + jitter, voice, 3.0)
              for n in range(24) for voice, jitter in (("low", 0), ("high", 0), ("bell", 3.1), ("click", 0.4))]
    rendered = render(sounds, lead_in_ms=0, tail_ms=200)
    reference = reference_mix(sounds, rendered)
    assert max(map(abs, reference)) > 2.0  # far past int16 before scaling
    assert max(map(abs, rendered.samples)) == FULL_SCALE  # scaled to exactly full scale, not clipped, not quieter
    flips = [i for i, (got, want) in enumerate(zip(rendered.samples, reference, strict=True))
             if abs(want) > 0.01 and (got > 0) != (want > 0)]
    assert flips == []


def test_one_quiet_hit_is_not_scaled() -> None:
    rendered = render([Sound(0, "low")], lead_in_ms=0)
    expected = [round(x * FULL_SCALE) for x in voice_samples("low")]
    assert rendered.samples[: len(expected)].tolist() == expected


def test_gain_zero_is_silence() -> None:
    rendered = render([Sound(n * 250.0, voice, 0.0) for n, voice in enumerate(VOICES)], lead_in_ms=50)
    assert len(rendered.samples) > RATE and not any(rendered.samples)


def test_the_buffer_covers_the_tail_and_every_hit_whole() -> None:
    rendered = render([Sound(3000, "click"), Sound(0, "low"), Sound(1000, "click")], lead_in_ms=200, tail_ms=1500)
    assert rendered.duration_ms == pytest.approx(200 + 3000 + 1500, abs=1000 / RATE)
    bell = render([Sound(0, "bell")], lead_in_ms=0, tail_ms=0)
    assert len(bell.samples) == len(voice_samples("bell"))
    assert render([], lead_in_ms=100, tail_ms=400).duration_ms == pytest.approx(500)


def test_unknown_voice_names_the_voices() -> None:
    with pytest.raises(ValueError, match="tabla") as error:
        render([Sound(0, "tabla")], lead_in_ms=0)
    assert all(voice in str(error.value) for voice in VOICES)


def test_a_count_in_longer_than_the_lead_in_is_refused() -> None:
    with pytest.raises(ValueError, match="lead_in_ms"):
        render([Sound(-500, "count")], lead_in_ms=400)
    with pytest.raises(ValueError, match="gain"):
        render([Sound(0, "low", -1.0)], lead_in_ms=0)


def test_wav_round_trip(tmp_path) -> None:
    rendered = render([Sound(-500, "count"), Sound(0, "low"), Sound(0, "bell", 2.5)], lead_in_ms=600)
    path = to_wav(rendered, tmp_path / "exercise.wav")
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, RATE)
        assert wav.getnframes() == len(rendered.samples)
        frames = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":  # WAV is little-endian
        frames.byteswap()
    assert frames == rendered.samples

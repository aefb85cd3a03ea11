"""The state of a running session, saved as it changes; the console and projector only show it."""

from __future__ import annotations

import logging
import random
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from app.curriculum import Curriculum
from app.curriculum.model import Card, Deck, SessionPlan
from app.decks.choice import DeckChoice, DeckPlays
from app.decks.play import DeckPlay, deal_roles
from app.session.flow import Countdown, Slide, build_slides, format_ms, with_join
from app.session.turns import next_turn
from app.store import Store
from app.store import card_history as history
from app.store import runner as saved
from app.store.students import Student, students_in
from app.ui.i18n import translate

log = logging.getLogger(__name__)
SAVE_EVERY_MS = 5_000


def chime_command() -> tuple[str, list[str]]:
    """The app itself, run with `chime`: in a checkout `python -m app chime`, frozen `exe chime`."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["chime"]
    return sys.executable, ["-m", "app", "chime"]


class SessionRunner(QObject):
    changed = Signal()       # slide, projector mode, attendance, turn or groups changed
    tick = Signal()          # the timer moved
    message = Signal(str)    # something to tell the facilitator (never the class)
    deck_needed = Signal(str)  # D where no deck is set: the activity id (or step key) to choose a deck for

    def __init__(self, store: Store, curriculum: Curriculum, plan: SessionPlan, session_id: str, class_id: str,
                 *, slide: int = 0, remaining_ms: int | None = None, running: bool = False) -> None:
        super().__init__()
        self.store, self.curriculum, self.plan = store, curriculum, plan
        self.session_id, self.class_id = session_id, class_id
        self.slides: tuple[Slide, ...] = build_slides(plan, curriculum)
        self.index = max(0, min(slide, len(self.slides) - 1))
        self.countdown = Countdown(remaining_ms if remaining_ms is not None else self._slide_ms())
        self.mode = "slide"          # slide, blackout, pause, turn, groups, card, roles, cue, join
        self.students: dict[str, Student] = {s.id: s for s in students_in(store, class_id)}
        self.present = saved.attendance(store, session_id)
        self.current_turn: tuple[str, str] | None = None   # (turn id, student id)
        self.groups: list[list[str]] | None = None
        self.deck_choice = DeckChoice.for_activities(curriculum.activities)   # which deck, activity by activity
        self.plays = DeckPlays()                                               # each deck's pile this session
        self.roles_play: DeckPlay | None = None
        self.dealt: list[list[tuple[str, Card]]] = []
        self.scene = Countdown(0)    # the role-play scene timer: separate from the step timer
        self.scene_minutes = 3
        self.scene_active = False    # shown (on both screens) from S until the next card or Shift+S
        self._scene_chimed = True
        self._draw_id: str | None = None
        self.cue_text = ""
        self.join_addresses: list[str] = []   # while the class is open to devices: the join card's (J)
        self.join_code = ""
        self._chimed = self.countdown.remaining() <= 0
        self._rng = random.Random()
        started = saved.started_at(store, session_id)
        self.started = datetime.fromisoformat(started.replace("Z", "+00:00")) if started else datetime.now(UTC)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()
        self._saver = QTimer(self)
        self._saver.setInterval(SAVE_EVERY_MS)
        self._saver.timeout.connect(self.save)
        self._saver.start()
        if running:
            self.countdown.start()

    # Slides ----------------------------------------------------------------------------------
    @property
    def slide(self) -> Slide:
        return self.slides[self.index]

    @property
    def projected(self) -> Slide:
        """The slide as the class sees it: a questionnaire slide names the address to answer at."""
        return with_join(self.slide, self.join_addresses, self.join_code)

    @property
    def next_slide(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    def _slide_ms(self) -> int:
        return self.slides[self.index].minutes * 60_000

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if index == self.index and self.mode == "slide":
            return
        self.index = index
        self.countdown.reset(self._slide_ms())
        self._chimed = self._slide_ms() == 0
        if self.slide.minutes:
            self.countdown.start()
        self.mode = "slide"
        self.save()
        self.changed.emit()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def elapsed_ms(self) -> int:
        """Time since the session started (across a crash and resume), for 'elapsed vs planned'."""
        return int((datetime.now(UTC) - self.started).total_seconds() * 1000)

    # Timer -------------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        if self.countdown.running:
            self.countdown.pause()
        else:
            self.countdown.start()
        self.save()
        self.tick.emit()

    def add_minute(self) -> None:
        self.countdown.add_minute()
        self._chimed = self.countdown.remaining() <= 0
        self.save()
        self.tick.emit()

    def _on_tick(self) -> None:
        if not self._chimed and self.countdown.running and self.countdown.remaining() <= 0:
            self._chimed = True
            QProcess.startDetached(*chime_command())
            self.message.emit(translate("runner.controller", "Time is up for this step."))
        if not self._scene_chimed and self.scene.running and self.scene.remaining() <= 0:
            self._scene_chimed = True
            self.scene.pause()
            QProcess.startDetached(*chime_command())
            self.message.emit(translate("runner.controller", "The scene's time is up: freeze, or give it another "
                                        "minute."))
        self.tick.emit()

    def toggle_scene_timer(self) -> None:
        """S: start a fresh scene countdown, or pause/resume the one that is running."""
        if self.scene.running:
            self.scene.pause()
        else:
            if not self.scene_active or self.scene.remaining() <= 0:
                self.scene.reset(self.scene_minutes * 60_000)
            self.scene_active, self._scene_chimed = True, False
            self.scene.start()
        self.tick.emit()

    def reset_scene_timer(self) -> None:
        self.scene.reset(0)
        self.scene_active, self._scene_chimed = False, True
        self.tick.emit()

    def scene_text(self) -> str:
        """'Scene 2:45' (⏸ when paused), "time's up" at the end, or '' when no scene is being timed."""
        if not self.scene_active:
            return ""
        remaining = self.scene.remaining()
        if remaining <= 0:
            return translate("runner.controller", "Scene: time's up")
        # Translators: the role-play scene's time left, in the projector's corner: "Scene 2:45"
        return translate("runner.controller", "Scene {time}").format(time=format_ms(remaining)) + (
            "" if self.scene.running else " ⏸")

    # What the projector shows --------------------------------------------------------------------
    def _set_mode(self, mode: str) -> None:
        self.mode = "slide" if self.mode == mode else mode
        self.changed.emit()

    def toggle_blackout(self) -> None:
        self._set_mode("blackout")

    def toggle_pause(self) -> None:
        self._set_mode("pause")

    def show_slide(self) -> None:
        self.mode = "slide"
        self.changed.emit()

    # Attendance, turns, groups -----------------------------------------------------------------------
    def present_ids(self) -> list[str]:
        return [s for s in self.students if self.present.get(s, True)]

    def set_present(self, student_id: str, present: bool) -> None:
        self.present[student_id] = present
        saved.mark_attendance(self.store, self.session_id, student_id, present)
        self.changed.emit()

    def whose_turn(self) -> None:
        student = next_turn(self.present_ids(), saved.turns(self.store, self.session_id), self._rng)
        if student is None:
            self.message.emit(translate("runner.controller", "Nobody is marked present."))
            return
        self.current_turn = (saved.record_turn(self.store, self.session_id, student), student)
        self.mode = "turn"
        self.changed.emit()

    def pass_turn(self) -> None:
        """The student passes: it does not count as their turn, and someone else is picked."""
        if self.current_turn is None:
            return
        saved.mark_turn_passed(self.store, self.current_turn[0])
        self.whose_turn()

    def make_groups(self, size: int) -> None:
        from app.grouping.mixing import GroupingError, GroupingRequest, make_groups

        rules = saved.pair_rules(self.store, self.class_id)
        request = GroupingRequest(students=tuple(self.present_ids()), size=size,
                                  history=saved.pair_history(self.store, self.class_id),
                                  keep_apart=rules["apart"], keep_together=rules["together"])
        try:
            groups = make_groups(request, time_limit=0.5)
        except GroupingError as error:  # shown on the console only: it may name a keep-apart pair
            self.message.emit(error.describe({i: s.display_name for i, s in self.students.items()}))
            return
        saved.save_groups(self.store, self.class_id, self.session_id, groups)
        self.groups = groups
        self.mode = "groups"
        self.changed.emit()

    # Role-play cards ---------------------------------------------------------------------------------
    def decks(self) -> list[Deck]:
        from app.store.decks import list_decks, load_deck

        mine = [load_deck(self.store, d.id) for d in list_decks(self.store)]
        return [*self.curriculum.decks, *(d for d in mine if d is not None)]

    def deck_place(self) -> str:
        """What a deck choice belongs to here: the step's activity, or (welcome, reflection) the step itself, so
        a choice made outside any activity never follows the class into one."""
        return self.slide.activity_id or f"{self.slide.kind}-{self.index}"

    def _deck(self, deck_id: str | None) -> Deck | None:
        """A deck by id: the one already in play this session, else shipped, else the facilitator's own."""
        if not deck_id:
            return None
        play = self.plays.get(deck_id)
        if play is not None:
            return play.deck
        return next((d for d in self.curriculum.decks if d.id == deck_id), None) or next(
            (d for d in self.decks() if d.id == deck_id), None)

    @property
    def deck_play(self) -> DeckPlay | None:
        """The deck the screens show: the one whose card is up, else the one D draws from at this step (None
        while this step still needs the facilitator to choose)."""
        if self.mode == "card" and self.plays.shown is not None:
            return self.plays.shown
        deck = self._deck(self.deck_choice.deck_for(self.deck_place()))
        return self.plays.play(deck) if deck is not None else None

    def choose_deck(self, deck: Deck, include_heavy: bool = False, *, activity_id: str | None = None) -> None:
        """The facilitator's deck for this activity (or for `activity_id`, when a picker outlived its step):
        it overrides the activity's own deck there and nowhere else; heavy cards follow the switch for it."""
        place = activity_id or self.deck_place()
        self.deck_choice.choose(place, deck.id)
        self.plays.set_heavy(deck, include_heavy)
        log.info("deck %s chosen for %s (heavy cards %s)", deck.id, place, "on" if include_heavy else "off")
        words = (translate("runner.controller", "D draws from {deck} in this activity (heavy cards included).")
                 if include_heavy else translate("runner.controller", "D draws from {deck} in this activity."))
        self.message.emit(words.format(deck=deck.title))
        self.changed.emit()

    def set_heavy(self, include: bool) -> None:
        """Heavy cards on or off for the deck D draws from here, without making it a choice of deck."""
        play = self.deck_play
        if play is None:
            self.message.emit(translate("runner.controller", "Choose a deck first (D asks which)."))
            return
        self.plays.set_heavy(play.deck, include)
        self.changed.emit()

    def draw_card(self) -> None:
        """D: a card from this activity's deck. Where no deck is set, nothing is drawn: the facilitator is
        asked (deck_needed), because a card from a deck meant for another activity can hurt."""
        place = self.deck_place()
        wanted = self.deck_choice.deck_for(place)
        deck = self._deck(wanted)
        if deck is None:
            if not self.decks():
                self.message.emit(translate("runner.controller", "There is no deck to draw from."))
                return
            self.message.emit(
                translate("runner.controller", "The deck chosen here ({deck}) is gone: choose another (D again draws "
                          "from it)").format(deck=wanted) if wanted
                else translate("runner.controller", "This activity has no deck: choose one (D again draws from it)")
                if self.slide.activity_id
                else translate("runner.controller", "This step has no deck: choose one (D again draws from it)"))
            self.deck_needed.emit(place)
            return
        play, card = self.plays.draw(deck)
        if card is None:
            self.message.emit(translate("runner.controller", "This deck has no cards to draw (heavy cards are off)."))
            return
        self.reset_scene_timer()  # a new card is a new scene
        self._draw_id = history.record_draw(self.store, self.session_id, play.deck.id, play.deck.title, card.title)
        self.mode = "card"
        self.changed.emit()

    def put_card_back(self) -> None:
        """The group passes on this card: always allowed, it goes back into its own deck's pile."""
        if self.plays.put_back() is None:
            return
        if self._draw_id:
            history.set_outcome(self.store, self._draw_id, "returned")
            self._draw_id = None
        self.mode = "slide"
        self.changed.emit()

    def card_history(self) -> list[history.Draw]:
        return history.draws(self.store, self.session_id)

    def deal_roles(self, actors: int) -> None:
        """A role card for each member of today's groups, or (no groups yet) for `actors` students picked by
        fair turns. Heavy role cards follow the same switch as the scene deck."""
        roles = next((d for d in self.decks() if d.id == "roles"), None) or next(
            (d for d in self.decks() if all(c.role for c in d.cards) and d.cards), None)
        if roles is None:
            self.message.emit(translate("runner.controller", "There is no roles deck to deal from."))
            return
        heavy = bool(self.deck_play and self.deck_play.include_heavy)
        if self.roles_play is None or self.roles_play.deck.id != roles.id or self.roles_play.include_heavy != heavy:
            self.roles_play = DeckPlay(roles, include_heavy=heavy, rng=self._rng)
        present = set(self.present_ids())
        groups = [[s for s in group if s in present] for group in self.groups or []]
        groups = [g for g in groups if g]
        if not groups:
            actors_picked: list[str] = []
            for _ in range(min(actors, len(present))):
                taken = saved.turns(self.store, self.session_id)
                student = next_turn([s for s in self.present_ids() if s not in actors_picked], taken, self._rng)
                if student is None:
                    break
                saved.record_turn(self.store, self.session_id, student)
                actors_picked.append(student)
            groups = [actors_picked] if actors_picked else []
        if not groups:
            self.message.emit(translate("runner.controller", "Nobody is marked present."))
            return
        self.dealt = deal_roles(groups, self.roles_play)
        self.mode = "roles"
        self.changed.emit()

    def cue(self, text: str) -> None:
        """A big prompt for the actors: 'Freeze!' or 'Switch perspective'."""
        same = self.mode == "cue" and self.cue_text == text
        self.cue_text = text
        self.mode = "slide" if same else "cue"  # the same key again takes the cue away
        self.changed.emit()

    # The class network's join card ----------------------------------------------------------------------
    def set_join(self, addresses: list[str], code: str) -> None:
        """The class opened to devices, moved to another address, or closed (no code): the card follows."""
        self.join_addresses, self.join_code = list(addresses), code
        if self.mode == "join" or self.slide.kind == "questionnaire":   # both show the address
            if not code and self.mode == "join":
                self.mode = "slide"   # a closed class's code must not stay up
            self.changed.emit()

    def toggle_join(self) -> None:
        if not self.join_code and self.mode != "join":
            self.message.emit(translate("runner.controller", "This class is not open to devices: Devices… "
                                        "(Ctrl+Shift+O) opens it."))
            return
        self._set_mode("join")

    def show_join(self) -> None:
        if self.join_code:
            self.mode = "join"
            self.changed.emit()

    # Saving ----------------------------------------------------------------------------------------------
    def save(self) -> None:
        saved.save_position(self.store, self.session_id, self.index, self.countdown.remaining(),
                            self.countdown.running, slides=len(self.slides))   # also the furthest step reached

    def save_notes(self, text: str) -> None:
        saved.save_notes(self.store, self.session_id, text)

    def finish(self) -> None:
        self._ticker.stop()
        self._saver.stop()
        self.save()
        saved.finish_session(self.store, self.session_id)

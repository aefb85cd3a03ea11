"""Mixing groups: sizes, rules, history, the known designs, determinism, the CLI; property tests on rules."""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.grouping._designs import known_design
from app.grouping.cli import add_arguments, groups_command
from app.grouping.mixing import (
    GroupingError,
    GroupingRequest,
    group_sizes,
    make_groups,
    plan_rounds,
    score,
    synthetic_students,
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def check_round(groups: list[list[str]], request: GroupingRequest) -> None:
    """Every present student once; ceil(n/size) groups differing by at most one; every rule honoured."""
    flat = [s for group in groups for s in group]
    assert sorted(flat) == sorted(request.students)
    n = len(request.students)
    assert len(groups) == -(-n // request.size)
    lengths = [len(group) for group in groups] or [0]
    assert max(lengths) - min(lengths) <= 1
    assert max(lengths) <= request.size
    where = {s: g for g, group in enumerate(groups) for s in group}
    for rule in request.keep_together:
        a, b = sorted(rule)
        if a in where and b in where:
            assert where[a] == where[b], f"{a} and {b} must be together"
    for rule in request.keep_apart:
        a, b = sorted(rule)
        if a in where and b in where:
            assert where[a] != where[b], f"{a} and {b} must be apart"


# --- sizes and simple rounds ---------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "size", "sizes"), [
    (13, 4, [4, 3, 3, 3]), (30, 5, [5] * 6), (7, 2, [2, 2, 2, 1]), (5, 8, [5]), (1, 3, [1]), (0, 3, []),
    (10, 4, [4, 3, 3]), (11, 1, [1] * 11),
])
def test_group_sizes(n: int, size: int, sizes: list[int]) -> None:
    assert group_sizes(n, size) == sizes


def test_synthetic_students() -> None:
    assert synthetic_students(3) == ("s01", "s02", "s03")
    assert synthetic_students(120)[-1] == "s120"
    assert synthetic_students(120)[0] == "s001"


def test_one_round_is_balanced_and_deterministic() -> None:
    request = GroupingRequest(synthetic_students(13), 4, seed=7)
    groups = make_groups(request, time_limit=0.3)
    check_round(groups, request)
    assert sorted(len(g) for g in groups) == [3, 3, 3, 4]
    assert make_groups(request, time_limit=0.3) == groups


def test_empty_and_tiny_classes() -> None:
    assert make_groups(GroupingRequest((), 4)) == []
    assert plan_rounds(GroupingRequest((), 4), 2) == [[], []]
    assert make_groups(GroupingRequest(("a",), 4)) == [["a"]]
    assert plan_rounds(GroupingRequest(("a", "b"), 4), 0) == []
    assert plan_rounds(GroupingRequest(("a", "b", "c"), 1), 2) == [[["a"], ["b"], ["c"]]] * 2


def test_bad_requests_raise_value_error() -> None:
    with pytest.raises(ValueError, match="twice"):
        make_groups(GroupingRequest(("a", "b", "a"), 2))
    with pytest.raises(ValueError, match="group size"):
        make_groups(GroupingRequest(("a", "b"), 0))
    with pytest.raises(ValueError, match="sessions"):
        plan_rounds(GroupingRequest(("a", "b"), 2), -1)


# --- history ---------------------------------------------------------------------------------------------

def test_today_avoids_everyone_already_met() -> None:
    students = synthetic_students(12)
    last_time = [students[i:i + 3] for i in range(0, 12, 3)]
    history = Counter(pair(a, b) for group in last_time for a, b in itertools.combinations(group, 2))
    request = GroupingRequest(students, 3, history=history, seed=1)
    groups = make_groups(request, time_limit=0.3)
    check_round(groups, request)
    assert score([groups], history)["repeats"] == 0


def test_least_met_classmates_are_preferred() -> None:
    # a and b met 5 times, c and d once, others never: groups of two put nobody with a known partner
    history = {pair("a", "b"): 5, pair("c", "d"): 1}
    request = GroupingRequest(("a", "b", "c", "d"), 2, history=history, seed=3)
    groups = make_groups(request, time_limit=0.3)
    assert {frozenset(g) for g in groups} in ({pair("a", "c"), pair("b", "d")}, {pair("a", "d"), pair("b", "c")})


def test_absent_students_are_skipped_with_their_rules_and_history() -> None:
    request = GroupingRequest(("a", "b", "c", "d"), 2, history={pair("a", "zed"): 9, pair("a", "b"): 2},
                              keep_apart=frozenset({pair("a", "ghost")}),
                              keep_together=frozenset({pair("b", "ghost"), pair("c", "d")}), seed=1)
    groups = make_groups(request, time_limit=0.3)
    check_round(groups, request)
    assert sorted(map(sorted, groups)) == [["a", "b"], ["c", "d"]]  # c-d together forces a-b


def test_plan_uses_history_too() -> None:
    students = synthetic_students(9)
    past = known_design(9, 3)[0]
    history = Counter(pair(students[a], students[b]) for g in past for a, b in itertools.combinations(g, 2))
    request = GroupingRequest(students, 3, history=history, seed=2)
    rounds = plan_rounds(request, 3, time_limit=0.5)
    assert score(rounds, history) == {"repeats": 0, "max_meetings": 1, "never_met_pairs": 0}


# --- rules -----------------------------------------------------------------------------------------------

def test_keep_together_chains_form_blocks() -> None:
    students = synthetic_students(12)
    together = frozenset({pair("s01", "s05"), pair("s05", "s09")})
    request = GroupingRequest(students, 4, keep_together=together, seed=4)
    for groups in plan_rounds(request, 4, time_limit=0.3):
        check_round(groups, request)
        assert any({"s01", "s05", "s09"} <= set(g) for g in groups)


def test_block_too_big_names_its_size_and_the_group_size() -> None:
    together = frozenset({pair("s01", "s02"), pair("s02", "s03"), pair("s03", "s04")})
    with pytest.raises(GroupingError, match=r"4 students.* at most 3") as caught:
        make_groups(GroupingRequest(synthetic_students(9), 3, keep_together=together))
    assert set(caught.value.students) == {"s01", "s02", "s03", "s04"}
    assert caught.value.kind == "block_too_big"
    assert "s01" not in str(caught.value)  # the app's ids are UUIDs: str() names nobody
    names = {s: f"Kid {s[1:]}" for s in synthetic_students(9)}
    assert "(Kid 01, Kid 02, Kid 03, Kid 04)" in caught.value.describe(names)
    # 10 students in 4s are groups of 4, 3, 3: a block of 4 fits, a block of 5 does not
    make_groups(GroupingRequest(synthetic_students(10), 4, keep_together=together), time_limit=0.1)
    with pytest.raises(GroupingError, match=r"5 students.* at most 4"):
        make_groups(GroupingRequest(synthetic_students(10), 4, keep_together=together | {pair("s04", "s05")}))


def test_apart_and_together_contradiction() -> None:
    request = GroupingRequest(("a", "b", "c", "d", "e", "f"), 3,
                              keep_together=frozenset({pair("a", "b"), pair("b", "c")}),
                              keep_apart=frozenset({pair("a", "c")}))
    with pytest.raises(GroupingError, match="kept apart") as caught:
        make_groups(request)
    assert caught.value.kind == "apart_and_together"
    assert caught.value.describe({"a": "Ann", "c": "Cy"}).startswith("Two students (Ann and Cy) must be kept apart")


@pytest.mark.parametrize(("n", "size", "clique"), [(3, 3, 2), (9, 3, 4), (12, 4, 4)])
def test_impossible_keep_apart_is_reported(n: int, size: int, clique: int) -> None:
    students = synthetic_students(n)
    apart = frozenset(pair(a, b) for a, b in itertools.combinations(students[:clique], 2))
    request = GroupingRequest(students, size, keep_apart=apart)
    if clique <= -(-n // size):
        check_round(make_groups(request, time_limit=0.1), request)
    else:
        with pytest.raises(GroupingError, match="keep-apart") as caught:
            make_groups(request)
        assert caught.value.kind == "impossible"


def test_blocks_that_cannot_be_packed_are_reported() -> None:
    # 12 students in 3 groups of 4; four blocks of 3 cannot share them out
    students = synthetic_students(12)
    together = frozenset(pair(students[i], students[i + k]) for i in range(0, 12, 3) for k in (1, 2))
    with pytest.raises(GroupingError, match="keep-together"):
        make_groups(GroupingRequest(students, 4, keep_together=together))


def test_keep_apart_holds_in_a_planned_design() -> None:
    students = synthetic_students(15)
    apart = frozenset({pair("s01", "s02"), pair("s03", "s04")})
    request = GroupingRequest(students, 3, keep_apart=apart, seed=5)
    rounds = plan_rounds(request, 5, time_limit=0.5)
    for groups in rounds:
        check_round(groups, request)
    assert score(rounds)["repeats"] == 0


# --- plans and the known designs -------------------------------------------------------------------------

@pytest.mark.parametrize(("n", "size"), [(15, 3), (28, 4), (30, 3), (30, 5), (32, 4), (27, 3), (9, 3), (16, 4),
                                         (25, 5), (49, 7), (10, 2), (4, 2)])
def test_known_designs_are_valid(n: int, size: int) -> None:
    design = known_design(n, size)
    assert design is not None
    meetings: Counter[tuple[int, int]] = Counter()
    for groups in design:
        assert sorted(s for g in groups for s in g) == list(range(n))
        assert {len(g) for g in groups} == {size}
        for g in groups:
            meetings.update(itertools.combinations(sorted(g), 2))
    most = 2 if (n, size) == (30, 5) else 1
    assert max(meetings.values()) == most
    if (n, size) in ((30, 5), (15, 3), (28, 4), (27, 3), (9, 3), (16, 4), (25, 5), (49, 7), (10, 2)):
        assert len(meetings) == n * (n - 1) // 2  # every pair meets


@pytest.mark.parametrize(("n", "size", "sessions", "repeats"), [
    (30, 5, 10, 165), (30, 3, 10, 0), (15, 3, 7, 0), (28, 4, 9, 0), (32, 4, 10, 0), (31, 4, 10, 0), (14, 3, 7, 0),
    (16, 4, 5, 0),
])
def test_benchmark_plans_reach_the_minimum(n: int, size: int, sessions: int, repeats: int) -> None:
    request = GroupingRequest(synthetic_students(n), size, seed=11)
    rounds = plan_rounds(request, sessions)
    assert len(rounds) == sessions
    for groups in rounds:
        check_round(groups, request)
    assert score(rounds)["repeats"] == repeats


def test_plan_is_deterministic_for_a_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the search stops after a fixed number of moves; make that far less than the time limit
    monkeypatch.setattr("app.grouping.mixing.MOVES_PER_SECOND", 30_000)
    request = GroupingRequest(synthetic_students(17), 4, seed=99, history={pair("s01", "s02"): 2},
                              keep_together=frozenset({pair("s03", "s04")}))
    first = plan_rounds(request, 4, time_limit=2.0)
    assert plan_rounds(request, 4, time_limit=2.0) == first
    assert make_groups(request, time_limit=2.0) == make_groups(request, time_limit=2.0)
    for groups in first:
        check_round(groups, request)


def test_a_plan_spreads_meetings() -> None:
    request = GroupingRequest(synthetic_students(18), 3, seed=1)
    rounds = plan_rounds(request, 6, time_limit=0.5)
    assert score(rounds)["repeats"] == 0  # 18 in 3s: 8 rounds without repeats exist


def test_score() -> None:
    rounds = [[["a", "b"], ["c", "d"]], [["a", "b"], ["c", "d"]], [["a", "c"], ["b", "d"]]]
    assert score(rounds) == {"repeats": 2, "max_meetings": 2, "never_met_pairs": 2}
    assert score(rounds, {pair("a", "d"): 1, pair("a", "c"): 2, pair("a", "x"): 4}) == {
        "repeats": 4, "max_meetings": 3, "never_met_pairs": 1}
    assert score([]) == {"repeats": 0, "max_meetings": 0, "never_met_pairs": 0}


# --- the CLI -----------------------------------------------------------------------------------------------

def cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert groups_command(cli_args("--students", "15", "--size", "3", "--sessions", "7", "--seed", "1",
                                   "--json")) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"rounds", "repeats", "max_meetings", "never_met_pairs", "seconds"}
    assert len(out["rounds"]) == 7
    assert all(len(group) == 3 for groups in out["rounds"] for group in groups)
    assert (out["repeats"], out["max_meetings"], out["never_met_pairs"]) == (0, 1, 0)


def test_cli_text_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert groups_command(cli_args("--students", "7", "--size", "3", "--sessions", "2", "--seed", "1")) == 0
    out = capsys.readouterr().out
    assert "Session  2:" in out and "7 students in groups of 3 or 2" in out
    assert groups_command(cli_args("--class", "7B", "--students", "7")) == 2  # usage: one or the other
    assert "not both" in capsys.readouterr().err
    assert groups_command(cli_args("--students", "0", "--size", "3")) == 2
    assert "--students" in capsys.readouterr().err
    assert groups_command(cli_args("--class", "7B", "--size", "0")) == 2  # checked before the data folder opens
    assert "--size" in capsys.readouterr().err
    namespace = argparse.Namespace(students=10, size=4, sessions=1, seed=None, json=True, class_name=None)
    assert groups_command(namespace) == 0


# --- property tests --------------------------------------------------------------------------------------

@st.composite
def requests(draw: st.DrawFn) -> GroupingRequest:
    n = draw(st.integers(0, 16))
    size = draw(st.integers(1, 6))
    students = synthetic_students(n)
    pairs = st.tuples(st.integers(0, max(0, n - 1)), st.integers(0, max(0, n - 1))).filter(
        lambda ab: ab[0] != ab[1]).map(lambda ab: pair(students[ab[0]], students[ab[1]]))
    apart = frozenset(draw(st.lists(pairs, max_size=n // 2))) if n > 1 else frozenset()
    together = frozenset(draw(st.lists(pairs, max_size=n // 3))) if n > 1 else frozenset()
    history = dict(draw(st.lists(st.tuples(pairs, st.integers(1, 4)), max_size=n))) if n > 1 else {}
    absent = draw(st.integers(0, min(2, n)))
    return GroupingRequest(students[absent:], size, history, apart, together, draw(st.integers(0, 1000)))


def feasible(request: GroupingRequest) -> bool:
    """Brute force for small classes: is there any balanced grouping honouring the rules?"""
    students = list(request.students)
    sizes = group_sizes(len(students), request.size)
    groups: list[list[str]] = [[] for _ in sizes]

    def allowed(s: str, group: list[str], g: int) -> bool:
        if len(group) >= sizes[0] or any(pair(s, t) in request.keep_apart for t in group):
            return False
        return not any(pair(s, t) in request.keep_together for other in groups if other is not group
                       for t in other)

    def place(i: int) -> bool:
        if i == len(students):
            return sorted(map(len, groups), reverse=True) == sizes
        tried_empty = False
        for g, group in enumerate(groups):
            if not group:
                if tried_empty:
                    continue
                tried_empty = True
            if allowed(students[i], group, g):
                group.append(students[i])
                if place(i + 1):
                    return True
                group.pop()
        return False

    return place(0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests(), st.integers(1, 3))
def test_rules_and_balance_always_hold(request: GroupingRequest, sessions: int) -> None:
    try:
        rounds = plan_rounds(request, sessions, time_limit=0.02)
    except GroupingError as error:
        assert str(error)
        n = len(request.students)
        if n <= 9:
            assert not feasible(request), "reported impossible, but a grouping exists"
        return
    assert len(rounds) == sessions
    for groups in rounds:
        check_round(groups, request)
    check_round(make_groups(request, time_limit=0.02), request)


def test_search_bookkeeping_matches_a_recount() -> None:
    """The incremental meetings matrix, cost and repeats agree with counting the plan afresh."""
    import random

    from app.grouping._problem import check_round, cost_and_repeats, mask_of, meetings, random_round
    from app.grouping._search import Search
    from app.grouping.mixing import _prepare

    students = synthetic_students(14)
    request = GroupingRequest(students, 4, history={pair("s01", "s02"): 3, pair("s03", "s09"): 1},
                              keep_apart=frozenset({pair("s01", "s03"), pair("s04", "s05")}),
                              keep_together=frozenset({pair("s06", "s07"), pair("s08", "s09"), pair("s09", "s10")}))
    _, problem = _prepare(request)
    rng = random.Random(5)
    search = Search(problem, [random_round(problem, rng) for _ in range(4)], rng, by_repeats=True)
    search.anneal(20_000, 3.0, 0.3, deadline=float("inf"), floor=(0, 0))
    assert search.m == meetings(problem, search.plan)
    assert (search.cost, search.repeats) == cost_and_repeats(search.m)
    assert all(check_round(problem, groups) for groups in search.plan + search.best)
    assert all(search.where[r][s] == g for r, groups in enumerate(search.plan) for g, group in enumerate(groups)
               for s in group)
    assert search.masks == [[mask_of(group) for group in groups] for groups in search.plan]


def test_cost_floor_pours_meetings_onto_the_least_met_pairs() -> None:
    import heapq
    import random

    from app.grouping._problem import Problem, cost_floor

    for trial in range(40):
        rng = random.Random(trial)
        n, rounds = rng.randint(2, 10), rng.randint(0, 4)
        sizes = group_sizes(n, rng.randint(2, 4))
        history = [[0] * n for _ in range(n)]
        for _ in range(rng.randint(0, 20)):
            a, b = rng.sample(range(n), 2)
            history[a][b] += 1
            history[b][a] += 1
        levels = [history[a][b] for a in range(n) for b in range(a + 1, n)]
        heapq.heapify(levels)
        for _ in range(rounds * sum(s * (s - 1) // 2 for s in sizes)):
            heapq.heappush(levels, heapq.heappop(levels) + 1)
        problem = Problem(n, sizes, history, [0] * n, [(s,) for s in range(n)])
        assert cost_floor(problem, rounds) == sum(v * v for v in levels)

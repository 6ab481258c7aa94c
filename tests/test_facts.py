"""Tables as a whole: unique ids, known sources, citations; filters, sorting and look-ups."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from conflictfacts import cache, facts
from conflictfacts.errors import DataError, UsageError
from conflictfacts.models import Kind, SortOrder
from conflictfacts.store import Store
from conflictfacts.verify import quote_context
from tests.helpers import USER_TABLE, Run, write


@pytest.fixture(scope="module")
def shipped() -> Store:
    return cache.load(cache.table_files([]))


def test_table_files_reads_folders_and_files(user_dir: Path) -> None:
    builtin = cache.table_files([])
    assert [p.name for p in builtin] == ["facts.toml", "sources.toml"]
    assert cache.table_files([user_dir], builtin=False) == [user_dir / "kherson.toml"]
    both = cache.table_files([user_dir, user_dir / "kherson.toml"])
    assert both == [*builtin, user_dir / "kherson.toml"]  # the same file once


@pytest.mark.parametrize(
    ("given", "message"),
    [(["absent"], "no such file or folder"), ([], "--no-builtin needs --data")],
)
def test_table_files_errors(tmp_path: Path, given: list[str], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        cache.table_files([tmp_path / g for g in given], builtin=False)


def test_a_fifo_as_data_is_named_for_what_it_is(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "tables.toml")
    with pytest.raises(UsageError, match="not a table file or a folder"):
        cache.table_files([tmp_path / "tables.toml"], builtin=False)


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no tables \(\*.toml files\)"):
        cache.table_files([tmp_path])


def test_user_table_joins_the_shipped_one(user_dir: Path, shipped: Store) -> None:
    both = cache.load(cache.table_files([user_dir]))
    assert len(both.facts) == len(shipped.facts) + 1
    assert "Officials" in both.sources and "ISW" in both.sources


def test_duplicate_id_across_tables(user_dir: Path) -> None:
    # The same source defined the same way in both tables is no fault: the id is.
    write(user_dir / "copy.toml", USER_TABLE)
    problems = facts.check(cache.table_files([user_dir], builtin=False)).problems
    assert [p.message for p in problems] == [f"duplicate id, also in {user_dir / 'copy.toml'}"]
    assert problems[0].table == user_dir / "kherson.toml"


def test_source_defined_differently(user_dir: Path) -> None:
    other = USER_TABLE.replace('name = "Unnamed officials"', 'name = "Other"')
    write(user_dir / "other.toml", other.replace("kherson-ceasefire-held", "other-id"))
    problems = facts.check(cache.table_files([user_dir], builtin=False)).problems
    assert any("'Officials' is defined differently" in p.message for p in problems)


def test_a_source_name_means_one_source(user_dir: Path) -> None:
    table = USER_TABLE.replace('kind = "government"', 'kind = "government"\naliases = ["ISW"]')
    write(user_dir / "kherson.toml", table)
    problems = facts.check(cache.table_files([user_dir])).problems
    assert [p.message for p in problems] == ["source name 'ISW' already names source 'ISW'"]


def test_unknown_source_is_a_problem(user_dir: Path) -> None:
    write(
        user_dir / "kherson.toml", USER_TABLE.replace('source = "Officials"', 'source = "Oficials"')
    )
    problems = facts.check(cache.table_files([user_dir], builtin=False)).problems
    assert [p.message for p in problems] == [
        "source 'Oficials' is not a known source id; did you mean 'Officials'?"
    ]


def test_load_refuses_a_table_with_any_fault(user_dir: Path) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace("start = 17", "start = 18"))
    with pytest.raises(DataError, match="quote differs"):
        cache.load(cache.table_files([user_dir]))


def test_get_suggests_close_ids(shipped: Store) -> None:
    assert shipped.get("donetsk-control-isw").value == 70
    with pytest.raises(UsageError, match="did you mean 'donetsk-control-isw'"):
        shipped.get("donetsk-contrl-isw")


@pytest.mark.parametrize(
    "name", ["ISW", "isw", "Institute for the Study of War", "  institute for the study of  war "]
)
def test_source_named_by_id_name_or_alias(shipped: Store, name: str) -> None:
    assert shipped.source_named(name).id == "ISW"


def test_source_aliases(shipped: Store) -> None:
    assert shipped.source_named("Zelensky").id == "Zelenskyy"
    assert shipped.source_named("the Kremlin").id == "Russian government"


def test_unknown_source_names_known_and_closest(shipped: Store) -> None:
    with pytest.raises(UsageError) as caught:
        shipped.source_named("Zelenksy")
    assert "did you mean 'Zelenskyy'?" in str(caught.value)
    assert "(known: AP, CIRSD, ISW," in str(caught.value)


def test_select_by_source_kind_and_subject(shipped: Store) -> None:
    isw = shipped.select(source="institute for the study of war")
    assert {f.id for f in isw} == {"luhansk-control-isw", "donetsk-control-isw"}
    assert all(f.kind is Kind.RESOURCES for f in shipped.select(kind="Resources"))
    assert len(list(shipped.select(kind="resources"))) == 4
    assert {f.subject for f in shipped.select(subject="donbas")} >= {"Donbas", "Donbas gas fields"}


def test_unknown_kind_suggests(shipped: Store) -> None:
    with pytest.raises(UsageError, match="did you mean 'territory'"):
        list(shipped.select(kind="teritory"))


def test_select_by_date_range(shipped: Store) -> None:
    before = list(shipped.select(until=date(2025, 12, 31), sort=SortOrder.DATE))
    assert [f.id for f in before] == ["trump-putin-alaska-summit", "trump-donbas-cut-up"]
    june = shipped.select(since=date(2026, 6, 1))
    assert {f.date for f in june} == {"2026-06"}
    # An open start ("../2026-02-07") counts on its known end, not on every day before it.
    assert "abu-dhabi-second-round" in {f.id for f in shipped.select(since=date(2026, 2, 7))}


def test_sort_orders(shipped: Store) -> None:
    by_id = list(shipped.select(sort=SortOrder.ID))
    assert [f.id for f in by_id] == sorted(f.id for f in shipped.facts)
    by_date = list(shipped.select(sort=SortOrder.DATE))
    assert by_date[0].id == "trump-putin-alaska-summit"
    assert [f.date for f in by_date[-2:]] == ["", ""]  # undated facts last
    in_document = list(shipped.select())
    assert [f.start for f in in_document] == sorted(f.start for f in in_document)


def test_counts(shipped: Store) -> None:
    asserted, relayed = shipped.counts()
    assert asserted["ISW"] == 2 and relayed["AP"] == 5 and asserted["AP"] == 0


def test_quote_context(shipped: Store) -> None:
    before, quote, after = quote_context(shipped.get("next-talks-likely-miami"), chars=20)
    assert quote == "the next round of talks in the US next week, likely to be held in Miami"
    assert before == "shington’s proposal to host "[-20:]
    assert after.startswith(". This would mark")


def test_large_sets_are_read_by_worker_processes_with_the_same_result(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        table = USER_TABLE.replace("kherson-ceasefire-held", f"kherson-ceasefire-held-{n}")
        write(user_dir / f"copy{n}.toml", table)  # the same source in each: no fault
    files = cache.table_files([user_dir], builtin=False)
    in_turn = facts.check(files)
    monkeypatch.setattr(facts, "_PARALLEL_BYTES", 0)
    in_parallel = facts.check(files)
    assert in_parallel == in_turn
    assert in_parallel.facts == 1 + 3 and in_parallel.problems == []  # kherson.toml and copies


def test_a_fault_found_by_a_worker_process_arrives_whole(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        write(user_dir / f"bad{n}.toml", "[[fact]\n")
    monkeypatch.setattr(facts, "_PARALLEL_BYTES", 0)
    with pytest.raises(DataError) as caught:
        facts.check(cache.table_files([user_dir], builtin=False))
    (problem,) = caught.value.problems
    assert problem.table == user_dir / "bad0.toml" and "not valid TOML" in problem.message


def test_when_worker_processes_fail_the_tables_are_read_in_turn(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    for n in range(3):
        table = USER_TABLE.replace("kherson-ceasefire-held", f"kherson-ceasefire-held-{n}")
        write(user_dir / f"copy{n}.toml", table)

    class Broken:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> Broken:
            return self

        def __exit__(self, *args: object) -> None:
            pass

        def submit(self, *args: object) -> object:
            raise BrokenProcessPool("a worker died")

        def shutdown(self, *args: object, **kwargs: object) -> None:
            pass

    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Broken)
    monkeypatch.setattr(facts, "_PARALLEL_BYTES", 0)
    assert facts.check(cache.table_files([user_dir], builtin=False)).facts == 1 + 3


SPANS = [
    ("2026-06", date(2026, 6, 15), None, True),
    ("2026-06", date(2026, 7, 1), None, False),
    ("2026-06", None, date(2026, 5, 31), False),
    ("2026-06", None, date(2026, 6, 1), True),
    ("../2026-02-07", None, date(2020, 1, 1), False),
    ("../2026-02-07", date(2026, 2, 7), None, True),
    ("../2026-02-07", date(2026, 2, 8), None, False),
    ("2026-02-07/..", date(2030, 1, 1), None, False),
    ("2026-02-07/..", None, date(2026, 2, 6), False),
    ("2026-02-09/2026-02-15", date(2026, 2, 10), date(2026, 2, 10), True),
    ("2026-02-09/2026-02-15", date(2026, 2, 16), None, False),
]
"""(a fact's date, --since, --until, whether the fact is listed)."""


@pytest.fixture
def spans(user_dir: Path) -> Store:
    """One fact for each date of SPANS, all citing the user's document."""
    entries = [USER_TABLE]
    fact = USER_TABLE[USER_TABLE.index("[[fact]]") :]
    for n, span in enumerate(dict.fromkeys(s for s, *_ in SPANS)):
        entries.append(
            fact.replace("kherson-ceasefire-held", f"span-{n}").replace(
                'date = "2026-03-01"', f'date = "{span}"'
            )
        )
    write(user_dir / "kherson.toml", "\n".join(entries))
    return cache.load(cache.table_files([user_dir], builtin=False))


@pytest.mark.parametrize(("span", "since", "until", "listed"), SPANS)
def test_a_date_range_keeps_the_facts_it_meets(
    spans: Store, span: str, since: date | None, until: date | None, listed: bool
) -> None:
    chosen = {f.date for f in spans.select(since=since, until=until)}
    assert (span in chosen) is listed


def test_list_applies_the_date_range(run: Run, user_dir: Path, spans: Store) -> None:
    result = run("list", "--no-builtin", "--data", str(user_dir), "--since", "2026-02-08", "--json")
    # "2026-02-07/.." counts as its known day, the 7th: before the range.
    dates = sorted(f["date"] for f in json.loads(result.stdout))
    assert dates == ["2026-02-09/2026-02-15", "2026-03-01", "2026-06"]

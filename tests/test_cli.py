"""The CLI as a user meets it: exit code, stdout and stderr checked apart for every command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conflictfacts.formats import RECORD_FIELDS
from tests.helpers import SHIPPED_TABLES, USER_TABLE, Run, shipped, write


def rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines()]


# ask


def test_ask_prints_tab_separated_rows_in_a_pipe(run: Run) -> None:
    result = run("ask", "Donetsk control")
    assert result.exit_code == 0
    assert result.stderr == ""
    first = rows(result.stdout)[0]
    assert first[0] == "donetsk-control-isw"
    assert first[2:7] == [
        "Russia controls around 70% of the Donetsk oblast.",
        "around 70%",
        "ISW",
        "2026-02-07",
        "000_a628886775cdef08.txt:2134-2267",
    ]
    assert first[7].startswith("Russia currently controls nearly all of Luhansk")
    assert "\x1b" not in result.stdout and "│" not in result.stdout


def test_ask_nothing_found_is_exit_1_with_reason_on_stderr(run: Run) -> None:
    result = run("ask", "Kherson control")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "conflictfacts: no fact matches 'Kherson control'; no fact mentions 'kherson'\n"
    )


def test_ask_what_a_party_is_willing_to_do_is_its_own_deed(run: Run) -> None:
    # Trump's cut-up remark is his deed, not Ukraine's will: refused, and the refusal says so.
    result = run("ask", "Is Ukraine willing to pull out of the Donbas to end the war?", "--json")
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])
    assert "it is about what 'trump' does" in result.stderr
    result = run("ask", "is Kyiv ready to give up the Donbas", "--fields", "id")
    assert result.stdout.split()[:1] == ["ukraine-rejects-donbas-withdrawal"]


def test_ask_a_place_put_up_after_a_comma_is_checked_not_refused(run: Run) -> None:
    # The guess is the answer proposed: the fact that gives it answers, another does not.
    result = run("ask", "where will the next round be held, Maimi?", "--fields", "id")
    assert (result.exit_code, result.stdout.split()[:1]) == (0, ["next-talks-likely-miami"])
    result = run("ask", "where will the next round be held, Geneva?")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "no fact mentions 'geneva'" in result.stderr
    # Asked who, the one put up must be the one who did it.
    result = run("ask", "who hosted Putin in Alaska, Trump?", "--fields", "id")
    assert (result.exit_code, result.stdout.split()[:1]) == (0, ["trump-putin-alaska-summit"])
    assert run("ask", "who hosted Putin in Alaska, Biden?").exit_code == 1


def test_ask_which_kind_of_one_is_a_requirement(run: Run) -> None:
    # Trump, a person, hosted Putin: no organisation did; ISW, a think tank, gives the
    # Donetsk figure: no official does. Each is refused, and the refusal says why.
    for query, kind in [
        ("which organisation hosted Putin in Alaska", "organisation"),
        ("which official estimated Russian control of Donetsk", "person"),
    ]:
        result = run("ask", query, "--json")
        assert result.exit_code == 1
        assert json.loads(result.stdout) == []
        assert f"gives no {kind} where the question asks for one" in result.stderr
    # The kind asked for fits: these were answered before the kind was read, and still are.
    assert run("ask", "which leader hosted Putin in Alaska", "--fields", "id").stdout.startswith(
        "trump-putin-alaska-summit"
    )
    # Who did it may be who said it: Trump's remark names him. A nation acts through its
    # government: the Trump administration is a body that will pressure both sides.
    assert run("ask", "which organisation called for cutting up the Donbas").exit_code == 1
    assert run(
        "ask", "which body will pressure both sides if the deadline is missed", "--fields", "id"
    ).stdout.startswith("us-pressure-if-deadline-missed")
    assert run(
        "ask", "which organisation estimated Russian control of Donetsk", "--fields", "id"
    ).stdout.startswith("donetsk-control-isw")


@pytest.mark.parametrize(
    "query",
    [
        "Excluding ISW, which think tank is US-based?",
        "Where will the round after next be held?",
        "What is expected next spring?",
        "Is Kyiv under Russian control?",
        "How much of Donetsk does Russia hope to take?",
    ],
)
def test_ask_near_topic_questions_get_no_other_fact(run: Run, query: str) -> None:
    # What is set apart, a later round, a season to come, the capital as a city, a share
    # wanted: each has a near fact, which is not its answer.
    result = run("ask", query)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(f"conflictfacts: no fact matches {query!r}")


def test_ask_last_season_is_the_one_before_the_report(run: Run) -> None:
    # The seed, of February 2026, calls October 2025 last autumn; it says nothing of last
    # spring, and the refusal names the time the fact does not hold for.
    query = "What did the American president propose for the eastern region last {}?"
    answered = run("ask", query.format("autumn"), "--fields", "id,date", "-n", "1")
    assert (answered.exit_code, answered.stdout) == (0, "trump-donbas-cut-up\t2025-10\n")
    refused = run("ask", query.format("spring"), "--json")
    assert (refused.exit_code, refused.stdout) == (1, "[]\n")
    assert "it does not hold for 'last spring'" in refused.stderr


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_ask_blank_query_is_a_usage_error(run: Run, query: str) -> None:
    result = run("ask", query)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "the query is empty" in result.stderr


@pytest.mark.parametrize("query", ["[/]", "[bold]", ":fire:", "\x1b[2J"])
def test_ask_odd_queries_do_not_crash(run: Run, query: str) -> None:
    result = run("ask", query, "--format", "table")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "\x1b" not in result.stderr


def test_ask_limit(run: Run) -> None:
    assert len(rows(run("ask", "Donbas", "--limit", "2").stdout)) == 2
    result = run("ask", "Donbas", "--limit", "0")
    assert result.exit_code == 2 and "--limit" in result.stderr


def test_ask_json_fields(run: Run) -> None:
    result = run("ask", "ISW Russia control", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data[0]) == [*RECORD_FIELDS, "score", "coverage"]
    assert data[0]["value"] == 70 and data[0]["unit"] == "%" and data[0]["qualifier"] == "around"
    assert data[0]["quote"] == "Russia currently controls nearly all of Luhansk and around 70% " \
        "of the Donetsk oblast, according to the Institute for the Study of War"  # fmt: skip
    assert data[1]["value"] is None and data[1]["qualifier"] == "nearly all"
    assert [d["score"] for d in data] == sorted((d["score"] for d in data), reverse=True)


def test_ask_json_when_nothing_found_is_an_empty_array(run: Run) -> None:
    result = run("ask", "banana bread", "--json")
    assert (result.exit_code, result.stdout) == (1, "[]\n")


def test_json_and_another_format_disagree(run: Run) -> None:
    result = run("ask", "Donetsk", "--json", "--format", "csv")
    assert result.exit_code == 2 and "ask for different formats" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_ask_csv_and_tsv_have_a_header_and_every_field(run: Run, fmt: str) -> None:
    result = run("ask", "Donetsk control", "--format", fmt)
    reader = csv.DictReader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t")
    records = list(reader)
    assert reader.fieldnames == [*RECORD_FIELDS, "score", "coverage"]
    assert records[0]["id"] == "donetsk-control-isw" and records[0]["value"] == "70"


def test_ask_jsonl_and_markdown(run: Run) -> None:
    lines = run("ask", "ISW Russia control", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        "donetsk-control-isw",
        "luhansk-control-isw",
    ]
    # A Luhansk figure never answers a question about Donetsk, though one quote holds both.
    lines = run("ask", "Donetsk control", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["donetsk-control-isw"]
    markdown = run("ask", "Donetsk control", "-f", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| id | statement |") and markdown[2].startswith("| donetsk")


# list


def test_list_by_source_alias(run: Run) -> None:
    by_id = run("list", "--source", "ISW").stdout
    by_name = run("list", "--source", "institute for the study of war").stdout
    assert by_id == by_name
    # Both cite the same sentence: document order, then id.
    assert [r[0] for r in rows(by_id)] == ["donetsk-control-isw", "luhansk-control-isw"]


def test_list_unknown_source_names_known_ones_and_closest(run: Run) -> None:
    result = run("list", "--source", "Zelenksy")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "unknown source 'Zelenksy'; did you mean 'Zelenskyy'?" in result.stderr
    assert "known: AP, CIRSD, ISW" in result.stderr
    assert result.stderr.count("\n") == 1


def test_list_unknown_kind(run: Run) -> None:
    result = run("list", "--kind", "teritory")
    assert result.exit_code == 2
    assert "did you mean 'territory'?" in result.stderr and "known: territory," in result.stderr


def test_list_filters_and_sorts(run: Run) -> None:
    ids = [r[0] for r in rows(run("list", "--since", "2026-06", "--sort", "id").stdout)]
    assert ids == sorted(ids) and "us-deadline-june" in ids
    dates = [r[6] for r in rows(run("list", "--sort", "date", "--kind", "diplomacy").stdout)]
    assert dates[0] == "2025-08"


def test_list_bad_date_is_a_usage_error(run: Run) -> None:
    result = run("list", "--since", "2026-13")
    assert result.exit_code == 2 and result.stderr == (
        "conflictfacts: --since: '2026-13' is not a real date: there is no month 13\n"
    )


def test_list_nothing_matches(run: Run) -> None:
    result = run("list", "--subject", "Kherson")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "conflictfacts: no fact matches these filters\n"
    assert run("list", "--subject", "Kherson", "--json").stdout == "[]\n"


def test_list_json_has_every_fact(run: Run) -> None:
    data = json.loads(run("list", "--json").stdout)
    assert len(data) == len(shipped("fact")) and all(list(d) == list(RECORD_FIELDS) for d in data)


# show


def test_show_plain_gives_fields_and_context(run: Run) -> None:
    result = run("show", "donetsk-control-isw")
    assert result.exit_code == 0
    fields = dict(r for r in rows(result.stdout) if len(r) == 2)
    assert fields["start"] == "2134" and fields["end"] == "2267"
    assert fields["source"] == "ISW"
    assert "Russia currently controls" in fields["context"]
    assert "\\n" in fields["context"]  # newlines escaped: each field stays on one line


def test_show_unknown_id_suggests(run: Run) -> None:
    result = run("show", "donetsk-contrl")
    assert result.exit_code == 2
    assert (
        "no fact has the id 'donetsk-contrl'; did you mean 'donetsk-control-isw'" in result.stderr
    )


def test_show_json_is_an_array_of_one(run: Run) -> None:
    data = json.loads(run("show", "us-deadline-june", "--json").stdout)
    assert [d["id"] for d in data] == ["us-deadline-june"]


# sources


def test_sources_counts_asserted_and_relayed(run: Run) -> None:
    def counted(source: str, role: str) -> str:
        return str(sum(1 for f in shipped("fact") if f.get(role) == source))

    table = {r[0]: r for r in rows(run("sources").stdout)}
    assert table["ISW"][:3] == ["ISW", "Institute for the Study of War", "think-tank"]
    for source in ("ISW", "AP", "Zelenskyy"):
        assert table[source][3:] == [counted(source, "source"), counted(source, "reported_by")]
    assert table["AP"][4] != "0"  # the agency relays facts: a case worth counting
    data = json.loads(run("sources", "--json").stdout)
    asserted = {d["id"]: d["facts"] for d in data}
    assert asserted["Zelenskyy"] == int(counted("Zelenskyy", "source"))


# verify


def test_verify_passes_on_the_shipped_table(run: Run) -> None:
    result = run("verify")
    assert (result.exit_code, result.stdout) == (0, "")
    facts, tables = len(shipped("fact")), SHIPPED_TABLES
    assert result.stderr == (
        f"conflictfacts: verified {facts} facts from {tables} tables: every citation holds\n"
    )


def test_verify_names_each_failing_fact(run: Run, user_dir: Path) -> None:
    broken = USER_TABLE.replace("start = 17", "start = 16").replace("end = 87", "end = 86")
    write(user_dir / "kherson.toml", broken)
    result = run("verify", "--data", str(user_dir))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{user_dir / 'kherson.toml'}:6: fact 'kherson-ceasefire-held': quote differs from the "
        "document at 16:86, from character 0: the document has ' Officials said the "
        "ceasefire around Kh…', the quote 'Officials said the ceasefire around Khe…'; "
        "the quote is found at 17:87"
    ]
    facts, tables = len(shipped("fact")) + 1, SHIPPED_TABLES + 1  # and the user's
    assert result.stderr.startswith(
        f"conflictfacts: 1 problem(s) in {facts} facts from {tables} tables; "
    )
    assert "the first: " in result.stderr and result.stderr.count("\n") == 1
    problems = json.loads(run("verify", "--data", str(user_dir), "--json").stdout)
    assert problems[0]["fact_id"] == "kherson-ceasefire-held" and problems[0]["line"] == 6


def test_verify_unreadable_table_is_exit_2(run: Run, user_dir: Path) -> None:
    write(user_dir / "kherson.toml", "[[fact]\n")
    result = run("verify", "--data", str(user_dir))
    assert result.exit_code == 2
    assert f"{user_dir / 'kherson.toml'}: not valid TOML" in result.stderr


# user tables


def test_data_option_adds_a_users_table(run: Run, user_dir: Path) -> None:
    result = run("ask", "Kherson ceasefire", "--data", str(user_dir))
    assert result.exit_code == 0 and rows(result.stdout)[0][0] == "kherson-ceasefire-held"
    only = run("list", "--data", str(user_dir), "--no-builtin")
    assert [r[0] for r in rows(only.stdout)] == ["kherson-ceasefire-held"]


def test_data_from_the_environment(run: Run, user_dir: Path) -> None:
    result = run("list", "--no-builtin", env={"CONFLICTFACTS_DATA": str(user_dir)})
    assert [r[0] for r in rows(result.stdout)] == ["kherson-ceasefire-held"]


def test_no_builtin_without_data_is_a_usage_error(run: Run) -> None:
    result = run("list", "--no-builtin")
    assert result.exit_code == 2 and "--no-builtin needs --data" in result.stderr


@pytest.mark.parametrize("command", [["ask", "Donetsk"], ["list"], ["show", "donetsk-control-isw"]])
def test_a_broken_table_is_refused_not_half_read(
    run: Run, user_dir: Path, command: list[str]
) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace('kind = "event"', 'kind = "weather"'))
    result = run(*command, "--data", str(user_dir))
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        f"{user_dir / 'kherson.toml'}:6: fact 'kherson-ceasefire-held': unknown kind"
        in result.stderr
    )


def test_document_text_is_never_markup(run: Run, user_dir: Path) -> None:
    result = run("show", "kherson-ceasefire-held", "--data", str(user_dir), "-f", "table")
    assert result.exit_code == 0
    assert "held for [sic] three days" in result.stdout


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("conflictfacts ")


NEAR_DOCUMENT = (
    " date 2026-03-01 Druzhkivka lies about 20 km south of Kramatorsk, officials said."
    " The wounded were evacuated to Kramatorsk, officials said.\n"
)
NEAR_TABLE = """\
[[source]]
id = "Officials"
name = "Unnamed officials"
kind = "government"

[[fact]]
id = "druzhkivka-near-kramatorsk"
statement = "Druzhkivka lies about 20 km south of Kramatorsk."
kind = "context"
subject = "Druzhkivka"
value = 20
unit = "km"
qualifier = "about"
date = "2026-03-01"
date_basis = "as of the document's date"
source = "Officials"
document = "near.txt"
start = 17
end = 81
quote = "Druzhkivka lies about 20 km south of Kramatorsk, officials said."

[[fact]]
id = "druzhkivka-wounded-to-kramatorsk"
statement = "The wounded from Druzhkivka were evacuated to Kramatorsk."
kind = "event"
subject = "Druzhkivka evacuation"
date = "2026-03-01"
date_basis = "as of the document's date"
source = "Officials"
document = "near.txt"
start = 82
end = 139
quote = "The wounded were evacuated to Kramatorsk, officials said."
"""


def test_how_far_or_what_is_next_to_a_place_needs_a_fact_that_says_so(
    run: Run, tmp_path: Path
) -> None:
    # A user's fact that gives a distance answers "how far"; the shipped fact on
    # Druzhkivka, which gives none, answers neither "how far" nor "which city is closest".
    folder = tmp_path / "near"
    folder.mkdir()
    (folder / "near.txt").write_text(NEAR_DOCUMENT, encoding="utf-8")
    write(folder / "near.toml", NEAR_TABLE)
    assert run("verify", "--data", str(folder)).exit_code == 0
    for query in ("how far is Druzhkivka from Kramatorsk", "distance Druzhkivka Kramatorsk"):
        found = run("ask", query, "--data", str(folder), "--json")
        assert found.exit_code == 0, found.output
        assert json.loads(found.stdout)[0]["id"] == "druzhkivka-near-kramatorsk"
        refused = run("ask", query.replace("Kramatorsk", "Kyiv"), "--json")
        assert (refused.exit_code, json.loads(refused.stdout)) == (1, [])
    closest = run("ask", "which city is closest to Druzhkivka", "--json")
    assert (closest.exit_code, json.loads(closest.stdout)) == (1, [])
    # "where ... to" likewise: the user's fact names where the wounded were taken.
    taken = "where were the wounded from Druzhkivka evacuated to"
    found = run("ask", taken, "--data", str(folder), "--json")
    assert json.loads(found.stdout)[0]["id"] == "druzhkivka-wounded-to-kramatorsk"
    assert run("ask", taken, "--json").exit_code == 1


def test_ask_reads_a_paraphrase_as_the_table_says_it(run: Run) -> None:
    # Through the command line as a user asks: a deal is what both sides agreed on; a deal
    # the facts do not say was agreed gets no answer.
    result = run("ask", "What deal on captives came out of the Gulf talks?", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "abu-dhabi-prisoner-exchange"
    refused = run("ask", "Did the sides agree on a territorial deal?", "--json")
    assert (refused.exit_code, refused.stdout) == (1, "[]\n")

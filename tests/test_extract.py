"""extract: candidate facts from a new document, every one a citation that verify accepts."""

from __future__ import annotations

import json
import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from bench.extraction import candidates, extracted, gold_claims, news, seed, total
from conflictfacts.errors import UsageError
from conflictfacts.extract import (
    Extraction,
    day_headings,
    document_date,
    extract,
    issued_by,
    unsure,
)
from conflictfacts.findings import (
    THE_SAME_WORK,
    attribution,
    counted_again,
    dates,
    day_shift,
    in_units,
    quantities,
    row_figures,
    sentences,
    table_cells,
)
from conflictfacts.models import Fact
from tests.helpers import Run

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a628886775cdef08.txt"
TEXTS = ROOT / "tests" / "extraction"
DAY = date(2026, 2, 7)  # a Saturday


def test_document_date_from_the_first_line_or_the_option() -> None:
    assert document_date(" date 2026-02-07 The text.", None) == (DAY, 17)
    assert document_date(" date 2026-02-07\nThe text.", None) == (DAY, 17)
    assert document_date("No header here.", "2025-12-01") == (date(2025, 12, 1), 0)
    with pytest.raises(UsageError, match="give --date"):
        document_date("No header here.", None)
    with pytest.raises(UsageError, match="not a real date"):
        document_date("No header.", "2025-13-01")


def test_sentences_keep_abbreviations_and_credits() -> None:
    text = (
        "Talks on Jan. 23-24 involved U.S. officials. They ended on Friday.\n"
        "A wounded civilian was evacuated. (Police Press Service via AP)\n"
        "“The Americans want it by June…And they say so.”"
    )
    found = [text[s:e] for s, e in sentences(text, 0)]
    assert found == [
        "Talks on Jan. 23-24 involved U.S. officials.",
        "They ended on Friday.",
        "A wounded civilian was evacuated. (Police Press Service via AP)",
        "The Americans want it by June",
        "And they say so.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 70% of the Donetsk oblast", (70, "%", "around")),
        ("over 50 per cent of coal reserves", (50, "%", "over")),
        ("nearly all of Luhansk", (None, "", "nearly all")),
        ("a fifth of its economy", (20, "%", "")),  # an exact share in words
        ("roughly a quarter of the coal", (25, "%", "roughly")),
        ("a third of the coal", (None, "", "a third")),  # no exact percentage
        ("two and a half years", (2.5, "years", "")),
        ("release 314 prisoners", (314, "prisoners", "")),
        ("about 1,000 square kilometres", (1000, "square kilometres", "about")),
        ("the nearly four-year war", (4, "years", "nearly")),
        ("a $2 billion loan", (2_000_000_000, "dollars", "")),  # scaled: a number to compare
        ("Forty-two drones were destroyed", (42, "drones", "")),
        ("four Iskander-M ballistic missiles", (4, "missiles", "")),
        ("12,062 civilian casualties", (12062, "casualties", "")),
        ("188 Shaheds", (188, "shaheds", "")),
        ("it shot down 442 of the drones", (442, "drones", "")),
        ("nearly 6,000 apartment buildings", (6000, "buildings", "nearly")),
        ("more than 1.2 million properties", (1_200_000, "properties", "more than")),
        ("the tally had passed two hundred thousand.", (200_000, "tally", "")),
        ("sustained more than a million casualties", (1_000_000, "casualties", "more than")),
        ("4.24 billion euros in new aid", (4_240_000_000, "euros", "")),
        ("put the number of injured in the city at 93.", (93, "injured", "")),
        ("the CSIS put Russian casualties at close to one million", (1_000_000, "casualties",
                                                                     "close to")),
        ("ten times as many missiles", (10, "times", "")),
        ("made up of 387 men", (387, "men", "")),
        ("more than 7,000 Ukrainians came home", (7000, "Ukrainians", "more than")),
        ("home to about 60,000 people before the invasion", (60000, "people", "about")),
        # A designation is no count, a word holding "one" is no number ("Drone").
        ("Ukraine received 25 F-16 jets", (25, "jets", "")),
        ("Drone debris fell on 3 houses", (3, "houses", "")),
        ("a grant of $20,000,000", (20_000_000, "dollars", "")),
        ("Half a million people fled", (500_000, "people", "")),
        ("Nearly 20 000 children", (20_000, "children", "nearly")),
        ("476 strike and decoy drones", (476, "drones", "")),
        ("about seven percent of Ukraine", (7, "%", "about")),  # a share in words
        ("the release of 5,147 Ukrainian citizens", (5147, "citizens", "")),  # a name between
        ("to acquire up to 100 Rafale fighter jets", (100, "jets", "up to")),
        ("an average of some 340 a day", (340, "a day", "some")),  # a rate
        ("(roughly 693 daily)", (693, "a day", "roughly")),
        ("One person was killed in Kyiv.", (1, "person", "")),
        ("six hundred thousand personnel", (600_000, "personnel", "")),
        ("it was the 65th since the start of the invasion", (65, "so far", "")),  # a tally
        ("the tenth time the plant had lost power", (10, "time", "")),
        ("bodies in the format of 6,000 for 6,000", (6000, "for each", "")),  # a formula
        ("22 severely wounded Ukrainian soldiers", (22, "soldiers", "")),
        ("shot down seven of their own drones", (7, "drones", "")),
        ("lend Ukraine EUR 90 billion", (90_000_000_000, "euros", "")),  # a currency's code
        ("Funding sought: US$2.3 billion", (2_300_000_000, "dollars", "")),
        # A fact sheet's line names its measure before the colon.
        ("- Civilians killed: at least 2,514", (2514, "civilians killed", "at least")),
        ("People the plan aims to reach: 4.1 million", (4_100_000, "people the plan aims to reach",
                                                         "")),
    ],
)  # fmt: skip
def test_quantities(text: str, expected: tuple[object, str, str]) -> None:
    (found,) = quantities(text)
    assert (found.value, found.unit, found.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tally named by what it counts, before the verb it reaches its number by.
        ("The number of wounded in Odesa has risen to 31, the governor said.", [(31, "wounded")]),
        ("the number of dead had reached 12 by nightfall", [(12, "dead")]),
        ("The number of people killed when the missile hit the station on Monday climbed to nine",
         [(9, "people")]),
        # A count right after what befell what it counts, with no noun of its own.
        ("A glide bomb fell on a market, killing four.", [(4, "killed")]),
        ("a strike that killed 14, among them a boy", [(14, "killed")]),
        ("Air defences shot down 61 overnight.", [(61, "shot down")]),
        ("crews downed three and jammed the rest", [(3, "shot down")]),
        ("Russia sent 1,300 drones and crews shot down 1,180 of them", [(1300, "drones"),
                                                                         (1180, "drones")]),
        # One person named as what befell them; an age stays a figure of its own.
        ("A woman was injured in the Podilskyi district.", [(1, "injured")]),
        ("A 71-year-old man was killed by debris.", [(1, "killed"), (71, "years")]),
        ("a single drone was downed near the capital", [(1, "shot down")]),
        # Part of what the sentence counted before it.
        ("Medics treated 19 injured, six of whom remain in hospital.", [(19, "injured"),
                                                                       (6, "injured")]),
        ("it downed 80 drones, nine of which were over Kyiv", [(80, "drones"), (9, "drones")]),
        # A vote's count.
        ("The chamber backed the bill, 288 in favour and 14 against.", [(288, "votes in favour"),
                                                                       (14, "votes against")]),
        ("the assembly passed the motion 61-9", [(61, "votes in favour"), (9, "votes against")]),
        # A labelled line whose label holds a designation, a span of days or an aside.
        ("Shahed-136 drones: 212", [(212, "shahed-136 drones")]),
        ("- Kalibr cruise: 8 fired, 6 downed", [(8, "kalibr cruise fired"),
                                                (6, "kalibr cruise downed")]),
        ("Total killed, 1-30 April 2025: 848", [(848, "total killed, 1-30 april 2025")]),
        ("Households cut off (as of noon): about nine", [(9, "households cut off (as of noon)")]),
        # Words between a number and its noun, and a count before "before the war".
        ("at least 52 elderly people were killed", [(52, "people")]),
        ("the city had some 70,000 residents before the war", [(70000, "residents")]),
        ("All 19 crew were rescued.", [(19, "crew")]),
    ],
)  # fmt: skip
def test_counts_with_their_noun_elsewhere(text: str, expected: list[tuple[object, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed 12 December 2024 hopes of a truce.",  # a day, not twelve
        "Lawmakers voted 30 in favour of the motion",  # in favour of: no tally of votes
        "He was in favour and against at once.",
        "The front is 40-60 km wide and the bill passed 2025-26.",  # a range, years
        "Status: the last one.",  # no count
        "The talks ended three weeks before the deadline.",  # a time set from an event
    ],
)
def test_no_count_where_none_is_told(text: str) -> None:
    assert [(q.value, q.unit) for q in quantities(text) if q.unit.startswith("votes")
            or q.unit in ("killed", "weeks")] == []  # fmt: skip


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (4.24, "billion euros", (4_240_000_000, "euros")),
        (2, "hundred thousand troops", (200_000, "troops")),
        (70, "%", (70, "%")),
        (None, "million people", (None, "people")),
    ],
)
def test_a_table_s_scaled_units_compare_with_extract_s(
    value: float | None, unit: str, expected: tuple[object, str]
) -> None:
    # `check` compares a table's "4.24 billion euros" with extract's 4240000000 euros.
    assert in_units(value, unit) == expected


def test_a_labelled_line_gives_each_bare_figure_its_label_but_not_a_date() -> None:
    found = quantities("- Civilians killed in previous years: 2,088 (2024); 1,974 (2023)")
    assert [(q.value, q.unit) for q in found] == [
        (2088, "civilians killed in previous years"),
        (1974, "civilians killed in previous years"),
    ]
    assert [q.value for q in quantities("People in need: 10.8 million (12.7 million in 2025)")] == [
        10_800_000,
        12_700_000,
    ]
    assert quantities("- 13 January 2026: the strikes resumed") == []  # a date, no measure
    assert quantities("Note: the war began in 2022.") == []  # a year


def test_a_date_leading_each_part_of_a_list_dates_that_part() -> None:
    text = (
        " date 2025-06-02\nIt was carried out in three stages: on 23 May, 390 persons returned"
        " (270 servicemen and 120 civilians); on 24 May, 307 servicemen; on 25 May, 303"
        " servicemen.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts}
    assert dated[390] == dated[120] == "2025-05-23"  # ")" and ";" end its part
    assert (dated[307], dated[303]) == ("2025-05-24", "2025-05-25")


def test_two_months_after_is_not_a_quantity() -> None:
    assert quantities("two months after hosting Putin") == []
    assert quantities("On 12 May Russian missiles hit Kyiv.") == []  # a day, not 12 missiles


def test_a_plan_named_by_its_points_has_no_value() -> None:
    assert quantities("Trump presented the 28-point plan") == []
    assert quantities("the 28-point plan had 28 points") != []


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        ("Talks began a year and nine months ago.", "2024-03"),
        (
            "From January to October 2025, the UN recorded 12,062 civilian casualties.",
            "2025-01/2025-10",
        ),
        ("Between March and May, 300 soldiers were exchanged.", "2025-03/2025-05"),
        ("In November alone, Russian forces seized 505 square kilometres.", "2025-11"),
        # The first months of "the year": the document's; of "last year": the one before
        ("In the first two months of the year OCHA recorded 60 attacks.", "2025-01/2025-02"),
        ("In the first three months of last year Russia fired 900 missiles.", "2024-01/2024-03"),
        ("- 13 November 2025: Russia fired 300 drones", "2025-11-13"),  # a line's leading date
        ("Its share stood at 19.04 percent as November ended.", "2025-11-30"),
        ("- Poland, night of 9-10 November: 19 violations", "2025-11-09/2025-11-10"),  # label
        ("- 28 November casualties: four dead", "2025-11-28"),
        ("Russia wants 3 gains before Friday's summit.", "../2025-12-05"),  # by then, not then
        ("Advisers from 15 countries meet in Kyiv on Saturday.", "2025-12-06"),  # scheduled
        ("Deliveries of 2 packages began in mid-November.", "2025-11"),
        (
            "Killed between 24 February 2022 and 27 October 2025: 661 children.",
            "2022-02-24/2025-10-27",
        ),  # two days of different months and years
        ("Kyiv dismissed the Friday deadline set for 28 points.", "2025-12-05"),  # to come
        ("Kyiv must reply to 3 drafts by Friday.", "2025-12-05"),
        ("- Territory seized (2022): more than 60,000 sq km", "2022"),  # a year in brackets
        ("Aid averaged EUR 41.6 billion a year in 2022-2024.", "2022/2024"),  # a span of years
        ("The loan covers 2026-27 and totals EUR 90 billion.", "2026/2027"),
        # "The planned summit" names a plan; the sentence tells what was done, on the Tuesday
        # before.
        ("The planned summit with 3 leaders was put on hold on Tuesday.", "2025-12-02"),
        # "Ago today": that very day, so many whole years back; not "today's", nor a fraction
        # of a year, nor a year before the first.
        ("The protests that left 100 dead began ten years ago today.", "2015-12-03"),
        ("The protests that left 100 dead began ten years ago.", "2015"),
        ("Two years ago today's line of 40 posts ran further east.", "2023"),
    ],
)
def test_lengths_periods_and_leading_months_resolve(sentence: str, resolved: str) -> None:
    (fact,) = [f for f in extract_text(f" date 2025-12-03\n{sentence}\n").facts]
    assert fact.date == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("In October 2025, Trump said", "2025-10"),
        ("until June to reach an agreement", "2026-06"),
        ("the next round of talks next week", "2026-02-09/2026-02-15"),
        ("talks ended last Friday", ""),  # the day before a Saturday: or a week before?
        ("the talks ended on Thursday", "2026-02-05"),
        ("they will meet on Thursday", "2026-02-12"),
        # What is to come, said before the weekday, looks forward even in a reported sentence.
        ("he said he will travel to Kyiv on Monday", "2026-02-09"),
        ("the envoy is due to meet Putin on Tuesday", "2026-02-10"),
        ("he said on Monday that talks will go on", "2026-02-02"),
        ("talks on Jan. 23-24 in Abu Dhabi", "2026-01-23/2026-01-24"),
        ("talks on 23 January", "2026-01-23"),
        ("talks on 23-24 January in Abu Dhabi", "2026-01-23/2026-01-24"),  # as "January 23-24"
        ("it happened three days ago", "2026-02-04"),
        ("it happened yesterday", "2026-02-06"),
        ("by the beginning of this summer", "2026-06"),
        ("this summer", "2026-06/2026-08"),
        ("the war began in 2022", "2022"),
        # "Last" at a sentence's start, and on the weekday of the document's date: a week ago;
        # on the day before it, unsure.
        ("Last Thursday he said he would decide", "2026-02-05"),
        ("Last Friday he said he would decide", ""),
        ("the talks ended last Saturday", "2026-01-31"),
        ("the truce, which covered 8 to 10 May, was broken", "2025-05-08/2025-05-10"),
        ("20 missiles on the night of June 8 to 9", "2025-06-08/2025-06-09"),
        ("a truce ran from the evening of April 19 into April 21", "2025-04-19/2025-04-21"),
        ("a truce ran from the start of May 8 until the end of May 10", "2025-05-08/2025-05-10"),
        ("In the week to 1 February Russia launched 1,150 drones", "2026-01-26/2026-02-01"),
        # A day and the document's own as a period's ends: "... and this morning", "until now".
        ("drones flew between the evening of 5 February and this morning", "2026-02-05/2026-02-07"),
        ("from Thursday until today 40 people were hurt", "2026-02-05/2026-02-07"),
        ("from February 3 to now, 12 towns lost power", "2026-02-03/2026-02-07"),
        ("the air force said, starting at about 19:30 on Thursday", "2026-02-05/2026-02-06"),
        (
            "it downed 121 drones between 23:00 Moscow time on Thursday and 07:00",
            "2026-02-05/2026-02-06",
        ),
        # A winter the document's date falls in; an aim told in the past, its nearest month.
        ("the plan helps 1.7 million people from October through March", "2025-10/2026-03"),
        ("Kyiv aimed to store 13.2 bcm of gas by mid-January", "2026-01"),
        # A month or a day with the year it falls in, counted from the document: that year.
        ("the talks in January last year", "2025-01"),
        ("troops crossed the border on January 20 last year", "2025-01-20"),
        ("in March of next year", "2027-03"),
        ("in May this year", "2026-05"),
    ],
)
def test_dates_resolved_against_the_document_date(text: str, resolved: str) -> None:
    assert dates(text, DAY)[0].date == resolved


def extract_text(text: str) -> Extraction:
    return extract(text, "news.txt", Path("news.toml"))


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("That is nine times more than in June.", "baseline"),
        ("Attacks rose 27% compared with last year, the mission said.", "baseline"),
        ("Russia launched 6,297 drones that month, as it had in June.", "baseline"),
        ("In June, Russia launched 6,297 drones, twice that month's usual tally.", "named earlier"),
        ("Deaths rose 12%, up five points from December.", "baseline"),
        ("Some 929 were injured in October, in line with August and September.", "baseline"),
        ("Casualties were 27% more than in the same ten months of last year.", "baseline"),
        ("Kyiv sent 40 officials to the meetings of May 16, June 2 and July 23.", "several days"),
        ("His 3 comments praised the decision NATO allies took on Wednesday.", "a thing the claim"),
        ("The 12 envoys discussed the deadline Trump had set on Friday.", "a thing the claim"),
        ('He said the 3 sides would meet "next week" to finish.', "someone's own words"),
        ("None of 3 packages has followed since Trump took over on 20 January.", "a period"),
        ("The 9 attacks came in the heaviest raid since the invasion began in 2022.", "a period"),
        ("If the pace of 20 a day held in November, 2025 would end lower.", "a condition"),
    ],
)
def test_a_date_that_may_not_be_the_claim_s_own_is_left_open(sentence: str, reason: str) -> None:
    when = [w for w in dates(sentence, DAY) if w.date][-1]
    assert reason in unsure(sentence, when)
    facts = extract_text(f" date 2026-02-07 {sentence}\n").facts
    # A wrong date is worse than none: no candidate takes the phrase's date as its own.
    assert facts and all(when.date not in f.date for f in facts)


def test_a_bare_number_after_a_figure_shares_its_unit_and_keeps_its_own_date() -> None:
    # "810 on September 7" is 810 drones, on its own day; "9" beside "July" is a day.
    sentence = "Russia sent 728 drones on July 9 and 810 on September 7, a record."
    assert [(q.value, q.unit) for q in quantities(sentence)] == [(728, "drones"), (810, "drones")]
    facts = extract_text(f" date 2025-09-15\n{sentence}\n").facts
    assert {(f.value, f.date) for f in facts} == {(728, "2025-07-09"), (810, "2025-09-07")}
    # Nor is a year a figure of its own.
    assert [q.value for q in quantities("It fired 500 drones in 2024 and 300 in 2025.")] == [
        500,
        300,
    ]


def test_a_live_blog_entry_is_dated_by_the_day_heading_above_it() -> None:
    text = (
        " date 2025-11-24\nLIVE: talks on the plan\n\nSunday, 23 November\n\n"
        "10:00 - The envoy said today that 12 drones had been shot down.\n\n"
        "Monday, 24 November (times in Kyiv)\n\n"
        "09:00 - Officials said 30 drones had been shot down overnight.\n"
    )
    facts = extract_text(text).facts
    assert {(f.value, f.date) for f in facts} == {(12, "2025-11-23"), (30, "2025-11-23/2025-11-24")}
    assert "heading" in next(f.date_basis for f in facts if f.value == 12)
    # A heading is when what follows it was written, not a claim of its own.
    assert not [f for f in facts if "November" in f.quote]


def test_a_live_blog_s_count_in_an_entry_on_the_night_is_of_the_night() -> None:
    text = (
        " date 2025-01-15\nLIVE: Russia's attack on the power grid\n\n"
        "06:50\nGood morning. Air raid alerts are in force as Russia launches a missile attack on"
        " the grid. Its defence ministry says air defences destroyed 2 drones over Belgorod"
        " overnight; the regional governor said 1 person was injured.\n\n"
        "11:30\nThe prime minister said 12 power plants were working again.\n"
    )
    dated = {f.value: f for f in extract_text(text).facts if f.value}
    assert dated[1].date == "2025-01-14/2025-01-15"  # the night an earlier clause named
    assert "night" in dated[1].date_basis
    assert dated[12].date == "2025-01-15"  # another entry's news: of its day
    # a sentence that tells of the day as well is not of the night
    day = text.replace(" was injured.", " was injured during the day.")
    assert {f.value: f.date for f in extract_text(day).facts}[1] != "2025-01-14/2025-01-15"


def test_a_heading_without_a_year_is_never_after_the_page() -> None:
    from conflictfacts.extract import day_headings

    text = " date 2026-01-02\nWednesday, 31 December\nsome entry\nJanuary 2\nanother\n"
    assert [d.isoformat() for _, d in day_headings(text, 17, date(2026, 1, 2))] == [
        "2025-12-31",
        "2026-01-02",
    ]


def test_a_plan_with_no_date_of_its_own_is_left_open() -> None:
    facts = extract_text(
        " date 2025-06-01\nThe two delegations are due to meet in Istanbul, Rustem Umerov said.\n"
    ).facts
    assert facts and all(f.date == "" for f in facts)
    assert "plan" in facts[0].date_basis


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The Kremlin denied that 200 soldiers had died.", "The Kremlin"),
        # Verbs of saying a report uses for a complaint, a reminder, a hint
        ("On Tuesday Donald Trump complained that 3 calls had failed.", "Donald Trump"),
        ("Ursula von der Leyen reminded delegates that the EU had paid 165 billion euros.",
         "Ursula von der Leyen"),
        ("The minister suggested that 5 brigades could be moved.", "The minister"),
        # A pronoun speaking after the sentence's opening phrase
        ("On Thursday he told NBC News that 3 ships were hit.", "he"),
        ("In a post on X, she said 40 drones were downed.", "she"),
        # ... but not before a counter the sentence names, nor "they", often unnamed people
        ("In July they claimed 286 civilian lives, the UN mission recorded.", "the UN mission"),
        # "Recalled" and "maintained" say something only before "that" (below)
        ("Syrskyi recalled that 15 brigades had held the line.", "Syrskyi"),
        # Someone unnamed of a kind that writes or studies the war
        ("A Russian milblogger claimed that 40 Ukrainian troops had crossed the river.",
         "A Russian milblogger"),
        ("Peskov replied that 3 rounds would follow.", "Peskov"),
        ("The ministry reported 43 attacks in the Pokrovsk sector.", "The ministry"),
        ("As the General Staff detailed, 900 troops were lost.", "General Staff"),
        ("The governor wrote on Telegram that 3 people died.", "The governor"),
        ("ISW assessed that Russian forces took 400 square kilometres.", "ISW"),
        ("The report by the UN mission said 12,000 civilians had died.", "UN"),
        ("The statement read that 12 people were hurt.", "The statement"),
        ("Russia sent 728 drones on July 9, the Air Force reported.", "Air Force"),
        ("Yurii Ihnat, the Air Force spokesman, said 5 missiles fell.", "Yurii Ihnat"),
        ("The Emergency Service put the number of injured at 93.", "The Emergency Service"),
        ("South Korean intelligence puts the contingent at 11,000.", "South Korean intelligence"),
        ("Over the summer, by DeepState's count, Russia took 1,548 sq km.", "DeepState"),
        ("The defence ministry in Moscow said 40 drones fell.", "The defence ministry in Moscow"),
        ("Two children died, city officials said.", "city officials"),
        ("Romania's defence ministry reported 4 jets scrambled.", "Romania's defence ministry"),
        ("Its General Staff reported 43 attacks on Monday.", "General Staff"),
        ("Zelensky has announced 3 rounds of talks.", "Zelensky"),
        ("Russia launched 50 drones, the Ukrainian air force said.", "the Ukrainian air force"),
        ("According to city officials, 3 people died.", "city officials"),
        ("British intelligence said 1,000 troops died.", "British intelligence"),
        ("A US official said 2 rounds would follow.", "A US official"),
        ("City officials in Zaporizhzhia reported 12 injured.", "City officials in Zaporizhzhia"),
        # A body that counts gives its own count; a country that has none is no source.
        ("In June the HRMMU verified at least 232 civilian deaths.", "HRMMU"),
        ("In June 2024 the mission recorded 818 civilian casualties.", "the mission"),
        ("It is 54 per cent more than the 4,381 it logged a year ago.", "it"),
        ("An AFP count put July's total at 6,297 drones.", "AFP"),
        ("On Tuesday Trump criticised Putin, saying 5 rounds were enough.", "Trump"),
        ("Six missiles got through, Ukrainian officials said.", "Ukrainian officials"),
        ("Kyiv police said two people died.", "Kyiv police"),  # a city's police
        ("Rescuers in the capital said 2 helicopters helped.", "Rescuers in the capital"),
        ("Kyiv police have raised the capital's toll to 2 dead.", "Kyiv police"),  # a revised toll
        ("DeepState, a mapping project close to the army, puts gains at 4,336 km.", "DeepState"),
        ("Ukraine's top commander, Oleksandr Syrskyi, put losses at 299,210.",
         "Oleksandr Syrskyi"),
        ("Two died, regional prosecutors said.", "regional prosecutors"),
        ("Russian milbloggers asserted that 11 km were taken.", "Russian milbloggers"),
        ("The area has grown by 7,463 km, the group calculates.", "the group"),
        ("Three died, he said, and 13 were hurt.", "he"),  # a pronoun's speech within
        ("Envoy for Ukraine, retired general Keith Kellogg, wrote that 3 died.", "Keith Kellogg"),
        ("- Left without power: over 8,000 (regional governor)", "regional governor"),
        ("The Air Force counted 381 drones.", "The Air Force"),
        ("A first official tally from the Prosecutor General's Office puts the toll at 21.",
         "Prosecutor General's Office"),
        ("Its previous update gave 32 dead.", "it"),
        ("Drones flew every night since 10 May, AFP found.", "AFP"),
        ("Rescuers found 28 bodies, the State Emergency Service said.",
         "State Emergency Service"),  # finding bodies is no finding of an analysis
        ("British defence intelligence has estimated 1,000,000 casualties.",
         "British defence intelligence"),
        ("His counterpart, Andrii Sybiha, retorted that 70 missiles were fired.", "Andrii Sybiha"),
        ("Russia fired 260 missiles in July, the Ukrainian leader said.", "the Ukrainian leader"),
        ("Pavlo Palisa, deputy head of the Office of the President, said 3 died.",
         "Pavlo Palisa"),
        ("Russia's Chief of the General Staff, Valery Gerasimov, said 5 towns fell.",
         "Valery Gerasimov"),
        # More verbs of speech and stance, and who is the subject of "..., saying".
        ("The Russian president called the 3 measures an unfriendly act.", "The Russian president"),
        ("Envoy Maria Zabolotskaya rejected the 2 texts as lies.", "Envoy Maria Zabolotskaya"),
        ("The secretary brushed aside the deadline President Donald Trump had set, saying 3 days"
         " were enough.", "The secretary"),
        ("The two delegations said they had drawn up 1 framework.", "The two delegations"),
        ("The 28-point draft, first reported by US media, would cap the army.", "US media"),
        # A fact sheet's line that names its source before its colon.
        ("- International Criminal Court, 17 March 2023: 2 arrest warrants issued.",
         "International Criminal Court"),
        ("- Human rights ombudsman Dmytro Lubinets, 2 July 2025: 1.5 million at risk.",
         "Dmytro Lubinets"),
        ("- Bring Kids Back UA, per ombudsman Lubinets: 1,378 children returned.", "Lubinets"),
        # A body, a person on a day, a count; a role then the name; a day is no source.
        (
            "In the region, 28 people were hurt, the regional military administration said.",
            "the regional military administration",
        ),
        (
            "Russian negotiator Vladimir Medinsky on Sunday accused Kyiv of haggling.",
            "Vladimir Medinsky",
        ),
        ("Governor Oleh Syniehubov counted at least seven strikes.", "Governor Oleh Syniehubov"),
        ("Five were hurt in Poltava, according to its governor, Philip Pronin.", "Philip Pronin"),
        ("An AFP tally, published on Friday, counted 6,297 drones.", "AFP"),
        (
            "The UN human rights monitoring mission recorded 232 civilians killed in June.",
            "The UN human rights monitoring mission",
        ),
        # Whose analysis, reading or tally of others' data a figure is; an acronym after a
        # name; a body named "the institute"; "put ... lower, at"; "arrived at".
        ("Reuters' count of regional reports shows 41 towns without power.", "Reuters"),
        ("The BBC's review of court files found 112 cases.", "The BBC"),
        ("The Kiel Institute for the World Economy (IfW) estimated that 3 billion euros flowed.",
         "The Kiel Institute for the World Economy (IfW)"),
        ("Aid fell to 2 billion euros in May, the institute said.", "the institute"),
        ("The Finnish group Black Bird put the month's gains higher, at 610 square kilometres.",
         "Black Bird"),
        ("Tallying drones alone, the Kyiv Post arrived at 4,100 for March.", "Kyiv Post"),
        ("The OSCE Special Monitoring Mission in Ukraine recorded 310 ceasefire breaches.",
         "The OSCE Special Monitoring Mission in Ukraine"),
        # A person named before an apposition that names another; an adverb before the verb;
        # a pronoun that puts a figure at; "labelled"; a survey released; "the institute".
        ("Andriy Yermak, a close aide to President Volodymyr Zelensky, said 3 drafts exist.",
         "Andriy Yermak"),
        ("Antony Blinken, standing in for Joe Biden, has promised 2 more batteries.",
         "Antony Blinken"),
        ("Lavrov later told reporters that 4 points remained open.", "Lavrov"),
        ("She put E.U. aid at about 40 billion euros.", "She"),
        ("Senator Lindsey Graham labelled the 12 sanctions a start.", "Senator Lindsey Graham"),
        ("The Razumkov Centre published a poll on Monday showing 61% back the talks.",
         "The Razumkov Centre"),
        ("Some 22% said they were undecided, according to the institute.", "institute"),
        # A line's closing brackets: an acronym, a person before his office, a named plan.
        ("- Returned home: 1,358 prisoners in 2024 (CHTPW).", "CHTPW"),
        ("- Mines cleared: 12,000 hectares (WFP, per its country director).", "WFP"),
        ("- Children evacuated: 450 (Dmytro Lubinets, human rights commissioner).",
         "Dmytro Lubinets"),
        ("- Funding sought: $1.1 billion (Winter Support Plan).", "Winter Support Plan"),
        # A body's work in its own words: "its analysis ... found", "the project's series
        # shows", "is tracked by", "the Institute assesses", "continues to assess".
        ("Its review of satellite images, released on Monday, found 40 damaged jets.", "it"),
        ("The group's weekly series shows 210 strikes in May.", "The group"),
        ("Shelling is tracked by the Kharkiv Human Rights Group in Ukraine.",
         "Kharkiv Human Rights Group in Ukraine"),
        ("The Institute assesses that 3 brigades were moved.", "The Institute"),
        ("The Centre continues to assess that 2 corps are in reserve.", "The Centre"),
        # Whose analysis, count or report; a body "of" a place; authorities; a serviceman;
        # a name before an aside; "it added" before a semicolon; a coordinator.
        ("Russia sent 34,000 drones, according to an analysis by The New York Times.",
         "The New York Times"),
        ("By the count of Britain's defence ministry, Russia took 143 sq km in March.",
         "Britain's defence ministry"),
        ("The emergency headquarters of the Krasnodar region said 2 ships were damaged.",
         "The emergency headquarters of the Krasnodar region"),
        ("A missile hit Kryvyi Rih, killing 19 people, regional authorities said.",
         "regional authorities"),
        ("A Ukrainian serviceman reported on Tuesday that 3 units had left.",
         "A Ukrainian serviceman"),
        ("Emmanuel Macron, who held talks with Trump on Monday, later told Fox News that 2 "
         "weeks would do.", "Emmanuel Macron"),
        ("Air defences downed 442 drones, it added; fighters downed 10 more.", "it"),
        ("About 4 million people have received aid, the coordinator said.", "the coordinator"),
        ("The Commission has since put the sum at 140 billion euros.", "The Commission"),
        ("Zelensky, answering questions on his way out of Italy, said 90 days would do.",
         "Zelensky"),
        ("Regional official Vladimir Stepanov at first spoke of 9 people injured.",
         "Vladimir Stepanov"),
        ("The daily reports of Ukraine's general staff give 35,140 troops killed.",
         "Ukraine's general staff"),
        # A title in lower case after "according to"; present-tense speech; a day or an
        # aside between the speaker and the verb; a dated credit in square brackets.
        ("Fired from Kursk, according to intelligence chief Kyrylo Budanov.", "Kyrylo Budanov"),
        ("Zelensky tells a news conference that 90 billion dollars is the sum.", "Zelensky"),
        ("Shelling killed 4 people in Kostiantynivka, Donetsk regional prosecutors say.",
         "Donetsk regional prosecutors"),
        ("Russia's UN envoy Vasily Nebenzya today accused Kyiv of 3 breaches.", "Vasily Nebenzya"),
        ("Russian military spokesmen, for their part, claimed 1,465 troops were lost.",
         "Russian military spokesmen"),
        ("- Since April: almost 2,800 aerial bombs [Zelensky, 14 April].", "Zelensky"),
        ("- Russia seized 133 sq km in March, less than in November [DeepState, 1 April].",
         "DeepState"),
        # What someone expects is theirs to say.
        ("Organisers expect about 2,800 guests at the forum.", "Organisers"),
        # A body of several words with "for the", and its acronym, after "an analysis by"; an
        # accented name in an apposition, not the place before it; crews that "called off"
        # a search said nothing.
        ("Russia gained 4,168 sq km in 2024, according to an analysis by the Institute for "
         "the Study of War (ISW), at a cost of 102 casualties for each square kilometre.",
         "Institute for the Study of War (ISW)"),
        ("The EU's ambassador in Kyiv, Katarína Mathernová, said that strikes had destroyed "
         "9.2 GW of capacity.", "Katarína Mathernová"),
        ("Rescue crews in Kyiv called off their search on Wednesday, leaving the toll at 28, "
         "Interior Minister Ihor Klymenko said.", "Interior Minister Ihor Klymenko"),
    ],
)  # fmt: skip
def test_attribution_knows_the_common_verbs_and_report_forms(sentence: str, who: str) -> None:
    assert attribution(sentence) == (who, "")


def test_recalling_an_ambassador_or_maintaining_control_is_no_saying() -> None:
    assert attribution("Poland recalled its ambassador after 19 drones crossed the border.") is None
    assert attribution("Ukraine maintained control of 1,200 square kilometres of Kursk.") is None
    assert attribution("Last week he claimed the village of Robotyne.") is None  # took it
    assert attribution("In Pokrovsk they said 30 Russian assaults were repelled.") is None
    # an owner before the speaker is not the speaker
    assert attribution("Putin's trusted adviser Yuri Ushakov briefed reporters and said 3 talks"
                       " were set.") != ("Putin", "")  # fmt: skip


def test_unnamed_sources_speak_through_the_outlet_they_told() -> None:
    said = attribution("Russian gasoline output is down by 10%, industry sources told Kommersant.")
    assert said == ("industry sources", "Kommersant")


def test_a_paragraph_goes_on_with_its_first_sentence_s_analysis() -> None:
    # "Reuters' count of ... shows" leads its paragraph: the figures after it, which name
    # no source, are that count's, marked for checking; a new paragraph starts afresh.
    text = (
        " date 2025-06-02\nReuters' count of regional reports shows 41 towns lost power in May."
        " That is 12 towns more than in April.\n\nRescuers cleared 30 homes in Sumy.\n"
    )
    found = extract_text(text)
    sources = {f.value: f.source for f in found.facts if f.value}
    assert sources[41] == sources[12] == "Reuters"
    assert sources[30] == "Unattributed"
    carried = next(f.id for f in found.facts if f.value == 12)
    assert any("paragraph's first sentence" in c for c in found.checks[carried])


def test_a_person_named_with_an_office_is_the_person() -> None:
    text = (
        " date 2025-12-20\nChief of the General Staff Valery Gerasimov put the year's gains"
        " at 6,300 square kilometres.\nPresident Volodymyr Zelenskiy visited Ternopil. "
        "More than 230 rescuers were at the scene, he said.\n"
        "The president said 40 drones fell.\n"
    )
    assert [f.source for f in extract_text(text).facts if f.value] == [
        "Gerasimov",
        "Zelenskiy",
        "Zelenskiy",
    ]
    # A title the document never gave a person is nobody's: not Trump's, the one named.
    other = (
        " date 2025-12-20\nUS President Donald Trump met Zelensky. "
        "The Ukrainian president said 40 drones fell.\n"
    )
    assert [f.source for f in extract_text(other).facts if f.value] != ["Trump"]


def test_no_source_for_a_country_and_whose_leader_is_named() -> None:
    assert attribution("Spain has recorded no new military aid worth 5 euros.") is None
    assert attribution("- Strikes on the port: 14 (Russian-occupied).") is None
    assert attribution("A drone hit a depot, starting 3 fires (Odesa).") is None
    # A currency, the name's own acronym, an arrival, a country's data: no one's credit.
    assert attribution("The package is worth 3 billion (USD).") is None
    assert attribution("Sanctions came from the European Union (EU).") is None
    assert attribution("Witkoff arrived at the Kremlin with 3 aides.") is None
    # "We expect": the document's own voice, no one named.
    assert attribution("We expect at least one more strike on the grid this month.") is None
    assert attribution("The war's toll data show 12,000 civilians died.") is None
    assert (
        attribution("- Killed between 24 February 2022 and 27 October 2025: 661 children.") is None
    )
    assert (
        attribution("The slump had already shown up in the tracker's October release: 5%.") is None
    )
    text = (
        " date 2025-08-01\nUkrainian President Volodymyr Zelenskiy met envoys. U.S. President"
        " Donald Trump spoke too. Russia fired 260 missiles in July, the Ukrainian leader said."
        " A missile fell shortly before 5 a.m. Rescuers found 28 bodies, the State Emergency"
        " Service said.\n"
    )
    facts = extract_text(text).facts
    assert next(f for f in facts if f.value == 260).source == "Zelenskiy"
    assert next(f for f in facts if f.value == 28).source == "State Emergency Service"


def test_a_role_noun_is_the_person_the_document_names_with_it() -> None:
    text = (
        " date 2025-11-24\nUS President Donald Trump met the delegation on Monday. "
        "The U.S. president said 28 points were not his final offer.\n"
        "Ukraine's Defence Ministry said 60 drones were shot down. "
        "The statement read that 12 people were hurt.\n"
    )
    by_value = {f.value: f.source for f in extract_text(text).facts if f.value}
    assert by_value == {
        28: "Trump",
        60: "Ukraine's Defence Ministry",
        12: "Ukraine's Defence Ministry",
    }


def test_of_two_so_titled_a_role_noun_is_the_one_named_last() -> None:
    text = (
        " date 2025-04-24\nKyiv's mayor, Mayor Vitali Klitschko, said 3 districts lost power. "
        "Kharkiv was hit 24 times overnight, Mayor Ihor Terekhov said. One resident was hurt, "
        "according to the mayor.\n"
    )
    hurt = next(f for f in extract_text(text).facts if f.value == 1)
    assert hurt.source == "Terekhov"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number word inside another word, or in prose after a label, is no count.
        ("Weapon used: Shahed-type drone.", []),
        ("Casualties: none.", []),
        ("Injured: no one.", []),
        ("Air alerts: sirens sound often.", []),
        ("Donetsk: they attacked nine.", []),
        # One victim denied, doubted, supposed or counted as a rate is no count.
        ("Not a single soldier was killed", []),
        ("Officials denied that a civilian was killed", []),
        ("It is not clear whether a soldier was wounded", []),
        # The number of what, by its noun; "a number of" counts nothing.
        ("The number of Ukrainian refugees in Poland stood at 985,000", [(985000, "refugees")]),
        ("The number of those killed rose to 19", [(19, "killed")]),
        ("A number of assault groups reached 14 hamlets", [(14, "hamlets")]),
        # A range, a rate or a difference after a verb of harm is no count of it.
        ("The strikes killed 30 more than in April", []),
        ("Shelling injured 1 in 10 residents", [(10, "residents")]),
        # Police and crew before a noun of their own; minutes set from an event.
        ("Drones hit 3 police stations", [(3, "stations")]),
        ("report debris to the 102 police line", []),
        ("He was killed 10 minutes later", []),
    ],
)  # fmt: skip
def test_no_count_the_review_found_wrongly_read(
    text: str, expected: list[tuple[object, str]]
) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    "row",
    [
        "| Kyiv | 12 May |",  # a date
        "| Spiderweb | 1 June 2025 |",
        "| Decree No. 64/2022 | 24 Feb 2022 |",  # a decree's number
        "| Kyiv | 04:15 |",  # a time of day
        "| Pokrovsk | 47th Brigade |",  # an ordinal
        "| Hotline | +380 44 123 4567 |",  # a telephone number
        "| Watch | 24/7 monitoring |",
        "| Homes | 1 in 4 homes hit |",  # words with a number in them
    ],
)
def test_a_cell_that_is_no_figure_gives_none(row: str) -> None:
    assert row_figures(row, ["Place", "Value"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tally before a time or a place, not a noun of its own.
        ("The death toll rose to 19 this morning.", [(19, "death toll")]),
        ("The toll reached 14 across the region.", [(14, "toll")]),
        # One victim: not doubted anywhere in the sentence, not read twice.
        ("At least one person was killed.", [(1, "person")]),
        ("Reports that a man was killed could not be confirmed.", []),
        ("Unconfirmed reports say a child was killed.", []),
        # A vote's pair in a sentence of a vote, not a sum's range.
        ("Parliament approved 3-5 billion euros.", []),
        ("The Senate voted 79-18 for the bill.", [(79, "votes in favour"), (18, "votes against")]),
        ("The assembly heard the odds were 3 against 1.", []),
        # A labelled line's deeds; a number to call is no count.
        ("Shahed-type drones: 479 launched; 460 neutralised", [
            (479, "shahed-type drones launched"), (460, "shahed-type drones neutralised")]),
        ("Hotline (free of charge): 1545", []),
        # Police before what is not their noun.
        ("call 102 police immediately", []),
        ("Around 5 police dogs searched the site.", [(5, "dogs")]),
        # A length of time after a count, and another deed's count.
        ("The strikes killed 10 in the past 24 hours", [(10, "killed")]),
        ("Crews shot down 296 and suppressed 35 more", [(296, "shot down"), (35, "suppressed")]),
        # Millions written "m" after a currency.
        ("$324m moved over to power repairs.", [(324_000_000, "dollars")]),
    ],
)  # fmt: skip
def test_counts_the_second_review_found(text: str, expected: list[tuple[object, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_a_table_s_heading_over_numbers_that_name_and_cells_in_millions() -> None:
    assert row_figures("| Germany | 2 |", ["Country", "Rank"]) == []
    assert row_figures("| Kyiv | 1545 |", ["Office", "Hotline"]) == []
    assert [(q.value, q.unit) for q in row_figures("| IDPs | 3.7m |", ["Group", "People"])] == [
        (3_700_000, "people")
    ]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # A denial gives way to a speaker the sentence names after it.
        ("Russia denies targeting civilians, though the UN has verified 13,580 deaths.", "UN"),
        # A role noun gives way to a speaker the sentence names.
        ("In Lviv, Mayor Andriy Sadovyi said 3 people were hurt, and 2 drones were downed, "
         "according to the mayor.", "Mayor Andriy Sadovyi"),
    ],
)  # fmt: skip
def test_a_named_speaker_wins_over_a_denial_or_a_role(sentence: str, who: str) -> None:
    assert attribution(sentence) == (who, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Emergency calls rose to 1,200.",  # calls, a noun
        "Kyiv and Moscow blamed each other for the fire at 6 reactors.",
        "Ukraine's Peace Formula proposed 10 points.",  # a document
        "The Roadmap proposed 100,000 peacekeepers.",
        "Peskov declined to comment. “We shot down 30,” they said.",  # they: not one person
        "The Kremlin denies that 1,000 of its troops were killed.",  # a denied figure
        "The ISW's data were disputed by the Kremlin, which said Russia took 5,000 sq km.",
    ],
)
def test_no_speaker_the_second_review_found(sentence: str) -> None:
    assert attribution(sentence) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of a whole with its number: "six of the seven".
        ("Two of the three cruise missiles were downed.", [(2, "missiles"), (3, "missiles")]),
        # Units of power and currencies; degrees of wounds; plural designations.
        ("Capacity destroyed since March: 9.2 GW", [(9.2, "gw")]),
        ("Sweden pledged 2 billion kronor for air defence.", [(2_000_000_000, "kronor")]),
        ("Medics evacuated 14 badly wounded soldiers.", [(14, "soldiers")]),
        ("Belgium will deliver four F-16s this year.", [(4, "F-16s")]),
        # A long toll's name; "putting" a number at; two figures before one noun.
        ("The death toll from Monday's strike on a crowded market in the centre of the eastern "
         "town of Kostiantynivka rose to 17", [(17, "death toll")]),
        ("officials, putting the number of injured at 45", [(45, "injured")]),
        ("the motions won 201 and 219 votes", [(201, "votes"), (219, "votes")]),
        # One thing counted, unless none was.
        ("Air defences shot down one missile over Lviv.", [(1, "missile")]),
        ("Russia did not launch a single drone that night.", []),
    ],
)  # fmt: skip
def test_counts_read_after_the_av_and_ax_run(text: str, expected: list[tuple[object, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed 12 and 14-year-old brothers.", [(14, "years")]),  # two ages
        ("In the film, a soldier was killed on the first day.", []),  # fiction
        ("Parliament backed a 15-20 percent rise in pay.", [(20, "%")]),  # no vote
        ("Each boat of 28 September: 595 drones and 48 missiles", [(595, "drones"),
                                                                    (48, "missiles")]),
    ],
)  # fmt: skip
def test_counts_the_third_review_found(text: str, expected: list[tuple[object, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_a_cell_in_metres_is_no_million() -> None:
    assert [(q.value, q.unit) for q in row_figures("| Crater | 3m |", ["Site", "Depth"])] == [
        (3, "depth")
    ]
    assert [(q.value, q.unit) for q in row_figures("| Aid | 3m |", ["Kind", "Amount"])] == [
        (3_000_000, "amount")
    ]


def test_a_table_whose_headings_name_a_month_is_read_row_by_row() -> None:
    text = (
        " date 2025-05-02\n| Weapon | April 2025 | Change |\n|---|---|---|\n"
        "| Missiles | 135 | down 23% |\n"
    )
    assert [(f.value, f.unit) for f in extract_text(text).facts] == [(135, "april 2025"), (23, "%")]


def test_no_vote_where_none_is_told() -> None:
    for text in (
        "Each boat carried 10-12 soldiers",
        "The parliament approved the package on 26-27 June",  # a vote, but a span of days
        "The brigade cleared 3-4 villages",
        "It was three against one",
    ):
        assert not [q for q in quantities(text) if q.unit.startswith("votes")], text


def test_a_table_row_without_a_source_column_keeps_the_speaker_its_words_name() -> None:
    text = (
        " date 2025-07-10\n| Time | Place | Missiles |\n|---|---|---|\n"
        "| 14:05 | Odesa | 3, the air force said |\n"
    )
    assert [f.source for f in extract_text(text).facts] == ["Air force"]


def test_of_two_so_titled_named_further_up_a_role_noun_names_neither() -> None:
    text = (
        " date 2025-04-24\nMayor Vitali Klitschko said 3 districts lost power. Mayor Ihor "
        "Terekhov said 24 strikes hit Kharkiv. Kyiv and Kharkiv restored heat to 900 homes. "
        "Four people were hurt in Kyiv, according to the mayor.\n"
    )
    hurt = next(f for f in extract_text(text).facts if f.value == 4)
    assert hurt.source not in ("Klitschko", "Terekhov")  # neither was named just before


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # A pronoun after a quotation the comma closes; a name quoted is not the speaker.
        ("“We will need 25 more systems,” he said.", "he"),
        ('"We will need 25 more systems," she said, adding that talks went on.', "she"),
        ("“What Moscow offers is 2 pages of demands,” Sybiha said.", "Sybiha"),
        # A role whose holder the text names, after "according to".
        ("Two people were hurt, according to the governor.", "governor"),
        # Whose own count or total opens the sentence.
        ("DeepState's own estimate is lower: 310 sq km in May.", "DeepState"),
        ("AFP's total for 2024 was 4,168 square kilometres.", "AFP"),
        # Who put a proposal forward, unless a speaker is named.
        ("Zelensky proposed on 20 April that both sides halt strikes for 30 days.", "Zelensky"),
        ("Kyiv proposed meeting again within 10 days, he said.", "he"),
        # Saying in the present: denying, accusing, suspecting, calling something so.
        ("Moscow insists it hit 2 military plants.", "Moscow"),
        ("Kyiv suspects Moscow of moving 3 brigades north.", "Kyiv"),
        ("He calls the pullback from the 2 villages the right decision.", "He"),
        # A comparison someone drew; a surname's particle.
        ("Trump likened the war to 2 boys fighting in a yard.", "Trump"),
        ("The talks will last 2 days, Foreign Minister Abdullah bin Zayed said.",
         "Foreign Minister Abdullah bin Zayed"),
    ],
)  # fmt: skip
def test_attribution_past_quotations_roles_and_proposals(sentence: str, who: str) -> None:
    assert attribution(sentence) == (who, "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Casualties rose 30% compared with last year.",  # a comparison of figures
        "The plan proposed by Kyiv in 2024 was shelved.",  # proposed, but no one speaks
        "He calls off the 2 meetings.",  # calling off is no saying
        "Analysts call it a rival to ISW's estimate of 200 sq km.",  # a count named, not used
    ],
)
def test_no_speaker_in_comparisons_passives_and_counts_named(sentence: str) -> None:
    assert attribution(sentence) is None


def test_a_table_between_bars_of_two_columns_and_cells_of_several_figures() -> None:
    assert [c for _, c in table_cells("| Recipient | Amount |")] == ["Recipient", "Amount"]
    assert table_cells("Kyiv | Moscow") == []  # no table's line
    header = ["Weapon", "March 2026", "Change on February"]
    row = "| Share downed | 81% (2,950 of 3,640) | up from 78% |"
    assert [(q.value, q.unit) for q in row_figures(row, header)] == [
        (81, "%"),
        (2950, "march 2026"),
        (3640, "march 2026"),
        (78, "%"),
    ]
    assert [
        (q.value, q.unit) for q in row_figures("| Navy | $7.2bn |", ["Recipient", "Amount"])
    ] == [(7_200_000_000, "dollars")]


def test_a_nation_s_role_noun_is_its_person_in_the_news_named_without_it() -> None:
    # The text never calls Zelenskiy Ukrainian, nor Putin or Trump president: names.toml
    # says whose they are; a person given another role is not the president.
    text = (
        " date 2025-10-23\nPresident Volodymyr Zelenskiy and Prime Minister Yulia Svyrydenko"
        " met. Vladimir Putin has responded. Secretary of State Marco Rubio and envoy Steve"
        " Witkoff sat with Trump.\nThe Ukrainian president said 40 drones hit Kyiv.\n"
        "The Russian president said 3 measures were unfriendly.\nThe U.S. president said 2"
        " sides were close.\n"
    )
    by_value = {f.value: f.source for f in extract_text(text).facts if f.value}
    assert (by_value[40], by_value[3], by_value[2]) == ("Zelenskiy", "Putin", "Trump")


def test_a_pronoun_s_speech_within_a_sentence_and_a_person_by_surname() -> None:
    text = (
        " date 2025-11-20\nThe fate of 22 people was unknown, Zelenskiy wrote. More than 230"
        " rescuers were at the scene, he said, and in places the rubble was still burning.\n"
        "The Air Force said 476 drones were launched. Air defences downed 442 drones, it added,"
        " and most missiles.\n"
    )
    by_value = {f.value: f.source for f in extract_text(text).facts if f.value}
    assert by_value[22] == by_value[230] == "Zelenskiy"  # a person in the news, by surname
    assert by_value[442] == "Air Force"


def test_a_figure_s_subject_names_what_is_measured_and_by_whom() -> None:
    text = (
        " date 2025-12-03\nRussia launched 188 Shaheds overnight, Ukraine's Air Force said.\n"
        "In November alone, Russian forces seized 505 square kilometres, ISW said.\n"
    )
    facts = extract_text(text).facts
    assert [f.subject for f in facts] == [
        "Shaheds launched by Russia",
        "square kilometres seized by Russian forces",
    ]
    # "the Air Force" is a body, not a person called Force; and the one named before it.
    text += "Russia launched 18 drones, the Air Force said.\n"
    forces = [(s.id, s.kind.value) for s in extract_text(text).sources if "Force" in s.id]
    assert forces == [("Ukraine's Air Force", "government")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelensky said he would travel to Washington on Monday, 2 aides said.",
        "The ministers were due to meet on Monday, the 2 aides said.",
    ],
)
def test_a_plan_told_in_the_past_looks_forward(sentence: str) -> None:
    # The document is of Saturday 16 August 2025: the Monday meant is the 18th.
    (when,) = [w for w in dates(sentence, date(2025, 8, 16)) if w.date]
    assert when.date == "2025-08-18"


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        # The document is of Thursday 20 November 2025.
        ("Mourning runs from Wednesday to Friday, the mayor said.", "2025-11-19/2025-11-21"),
        ("ISW counted 416 sq km between 1 and 19 September.", "2025-09-01/2025-09-19"),
        ("New US sanctions take effect on Friday, 2 officials said.", "2025-11-21"),
        ("By the end of October Russia held 81% of the region.", "2025-10-31"),
        ("By the end of October, Russia occupied 19.04 percent of Ukraine.", "2025-10-31"),
        # ... but what a plan needs by then is needed by that day, not on it.
        ("Matching it would require 9 billion euros by the end of December.", "../2025-12-31"),
        ("Before June, April had been the worst month, with 221 killed.", "../2025-06-30"),
        # "scheduled" before a noun is no schedule: the power cuts came in the October past.
        ("Twelve attacks led to scheduled power cuts in October.", "2025-10"),
        # What began in the evening ran into the night after it.
        ("Russia launched 96 drones after 7 p.m. on Monday.", "2025-11-17/2025-11-18"),
        ("Russia launched 40 drones from 19:00 on 17 November.", "2025-11-17/2025-11-18"),
        # What was said has its own date: the saying's day is not the claim's.
        ("Rubio said on Sunday that this week would be decisive.", "2025-11-17/2025-11-23"),
        # "ten days from now" is counted on; "a week ago today" is a week ago, not today.
        ("He said 3 measures would follow ten days from now.", "2025-11-30"),
        ("A week ago today, 2 envoys spent five hours with Putin.", "2025-11-13"),
        # What was said has its own date, for a figure too: not the saying's day.
        ("Ukrenergo said yesterday that 4 queues would be cut all of today.", "2025-11-20"),
        ("Gerasimov put the year's gains at 6,300 square kilometres on 18 November.",
         "2025-01-01/2025-11-18"),
    ],
)  # fmt: skip
def test_periods_plans_and_the_year_s_totals(sentence: str, resolved: str) -> None:
    facts = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    assert resolved in {f.date for f in facts}


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # The document is of Thursday 20 November 2025; each figure's date.
        # What was said has its date past "and", in the clause "and" does not split.
        ("The mission reported on Monday that 208 civilians were killed and 1,220 injured in "
         "October.", {208: "2025-10", 1220: "2025-10"}),
        # "By" a year is a deadline: the claim comes about by its end.
        ("Spain said it would give 1 billion euros in 2025 and 5 billion euros by 2027.",
         {1_000_000_000: "2025", 5_000_000_000: "../2027-12-31"}),
        # A weekday's tense is its own clause's, not that of a clause about what it names.
        ("On Tuesday, the leaders signed a deal under which Belgium will hand over 30 jets.",
         {30: "2025-11-18"}),
        # "The second half of a month" is its 16th to its end; "early" or "late" a month
        # is that month.
        ("Russia took 400 sq km in the second half of October.", {400: "2025-10-16/2025-10-31"}),
        ("In early October, Russia fired 40 missiles.", {40: "2025-10"}),
        ("In late September Russia took 2 villages.", {2: "2025-09"}),
        # What would be, or is promised or agreed to be done by a month's end, looks ahead.
        ("He said 1.5 billion euros would become available in July.",
         {1_500_000_000: "2026-07"}),
        # A promise "by the end of March", with no year, may be of the March past: left open.
        ("The EU had sent 300,000 of the shells it had promised to send by the end of March.",
         {300_000: ""}),
        ("G7 leaders agreed to provide $50 billion in loans by the end of the year.",
         {50_000_000_000: "../2025-12-31"}),
        ("By the end of August, Ukraine had 10 of the jets, out of at least 79 promised.",
         {10: "2025-08-31", 79: "2025-08-31"}),
        # What is not carried: a date past "and that", past "and" with a clause of its own,
        # a "would" not of coming about, a year that counts soldiers, an expected month, a
        # weekday whose "will" is in a clause about something it names.
        ("The governor said on Tuesday that 15 people were wounded and that a new shelter "
         "would open in December.", {15: "2025-11-18"}),
        ("Officials said on Tuesday that 12 people were killed and the death toll rose "
         "sharply in July.", {12: "2025-11-18"}),
        ("Officials said 400 soldiers who would be freed in September were instead moved.",
         {400: "2025-09"}),
        ("The army grew by 2000 soldiers last month.", {2000: "2025-10"}),
        ("Ukraine expects 12 more jets in the second half of December.", {12: ""}),
        ("Germany delivered 4 Patriot systems on Tuesday, which will protect Kyiv.",
         {4: "2025-11-18"}),
        ("Up to 3,000 civilians may not have been evacuated from the town.",
         {3000: "../2025-11-20"}),
        # "Early April" in a sentence of what would be: which April is unsure, left open.
        ("A bill, introduced in early April, would impose a 500% tariff.", {500: ""}),
        # "May have been" tells the past: the day of the clause before it.
        ("Two bombs hit the block on Saturday, when more than 200 people may have been inside.",
         {2: "2025-11-15", 200: "2025-11-15"}),
    ],
)  # fmt: skip
def test_a_figure_s_date_from_what_was_said_a_deadline_and_its_clause_s_tense(
    sentence: str, dated: dict[int, str]
) -> None:
    facts = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    assert {f.value: f.date for f in facts if f.value is not None} == dated


@pytest.mark.parametrize(
    "sentence",
    [
        "That is more than Moscow took in 2023, ISW said.",
        "In July, analysts expected Russia to launch 1,000 drones a night.",
    ],
)
def test_a_baseline_or_the_day_of_a_forecast_is_no_claim_s_date(sentence: str) -> None:
    facts = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    assert facts and all(f.date in ("", "../2025-11-20") for f in facts), facts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The document is of Thursday 20 November 2025; (value, date, source) of each claim.
        ("Talks with Prime Minister Special Envoy ended.", None),  # titles alone: no crash
        ("On Monday, the Air Force spokesman said 40 drones fell.", (40, "Air Force spokesman")),
        ("In Kyiv, the ministry said 12 people died.", (12, "Ministry")),
        ("The talks were postponed until March, the ministry said.", "2026-03"),
        ("Putin said Russia would keep the land it seized in March.", "2025-03"),
        ("The ceasefire will hold from December to February.", "2025-12/2026-02"),
        ("The year's biggest attack came in 2023.", "2023"),
        ("On 12 May Russian missiles hit Odesa.", "2025-05-12"),
        ("Russia fired missiles at Kyiv on 30 November.", "2024-11-30"),
    ],
)
def test_what_a_review_found_wrong_stays_right(sentence: str, expected: object) -> None:
    facts = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    if isinstance(expected, tuple):
        assert [(f.value, f.source) for f in facts] == [expected]
    elif isinstance(expected, str):
        assert [f.date for f in facts] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 12 May Russian missiles hit Odesa.",
        "In 2025 Ukrainian drones hit refineries.",
        "In 2025 the strikes intensified, more than before.",
        "The raid began at 14:30 and ended at 16:45.",
    ],
)
def test_a_day_a_year_or_a_time_is_no_figure(sentence: str) -> None:
    assert quantities(sentence) == []


def test_a_date_of_its_own_is_kept() -> None:
    sentence = "On 4 February, Russia launched 200 drones, the ministry said."
    (when,) = dates(sentence, DAY)
    assert unsure(sentence, when) == ""


def test_each_figure_takes_the_date_nearest_it_in_its_clause() -> None:
    sentence = "Russia sent 728 drones on July 9 and 810 drones on September 7."
    facts = extract_text(f" date 2025-09-15 {sentence}\n").facts
    assert {(f.value, f.date) for f in facts} >= {(728, "2025-07-09"), (810, "2025-09-07")}


def test_each_figure_quotes_its_own_clause_with_its_own_date() -> None:
    text = (
        " date 2025-05-10 On 4 May, 120 soldiers and 15 civilians came home; on 5 May a further"
        " 80 soldiers.\n"
    )
    facts = extract_text(text).facts
    quoted = {(f.value, f.date, f.quote) for f in facts}
    # Two figures of one clause: the first's quote ends before the second's, so that no two
    # candidates quote the same words; the last keeps the whole clause.
    assert quoted == {
        (120, "2025-05-04", "On 4 May, 120 soldiers"),
        (15, "2025-05-04", "On 4 May, 120 soldiers and 15 civilians came home"),
        (80, "2025-05-05", "on 5 May a further 80 soldiers."),
    }
    assert all(text[f.start : f.end] == f.quote for f in facts)  # the document's own words


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("On 3 March, the envoy gave both sides 30 days to answer.", "2026-03-03/2026-04-02"),
        ("On 3 March he set a deadline two weeks away.", "2026-03-03/2026-03-17"),
        ("On 3 March the mediators asked for a reply within ten days.", "2026-03-03/2026-03-13"),
    ],
)
def test_a_window_from_a_dated_day_is_an_interval(sentence: str, window: str) -> None:
    (fact,) = [f for f in extract_text(f" date 2026-03-20 {sentence}\n").facts if f.date]
    assert fact.date == window and "2026-03-03" in fact.date_basis


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Russia has fired 9,000 drones so far this year, the air force said.",
         "2026-01-01/2026-03-20"),
        ("On 3 March, the ministry said 400 villages had been shelled since the start of the year.",
         "2026-01-01/2026-03-03"),
        ("Russia launched 120 drones at Odesa overnight, officials said.", "2026-03-19/2026-03-20"),
        ("Russia has launched 34,000 drones since January, the ministry said.",
         "2026-01/2026-03-20"),
        ("Some 628,000 losses have been suffered since January 2024.", "2024-01/2026-03-20"),
        ("European donors sent 4.2 billion euros in September and October.", "2025-09/2025-10"),
        ("Aid reached 2.1 billion euros in May and July.", ""),  # two months: which is unsure
        ("Two years ago, between August and October 2024, aid was 2.1 billion euros.",
         "2024-08/2024-10"),
        ("In 2023 the total rose to 253,290.", "2023"),
        # A tally reached by a time, or one that had come about when it was said: an open start.
        ("By March 4 the tally for 2026 alone had passed 200,000.", "../2026-03-04"),
        ("By the end of February it had allocated 83 billion euros.", "../2026-02-28"),
        ("The ministry said today that Russia had sustained 1,000,000 casualties.",
         "../2026-03-20"),
        ("Spain has recorded no new aid worth 1 billion euros this month.", "2026-03"),
        ("Moscow has published no figure since it admitted 6,000 dead.", "../2026-03-20"),
        ("So far in 2025, with data running through October, the total is 32.5 billion euros.",
         "2025-01-01/2025-10-31"),
        ("The city holds three days of mourning, from Wednesday to Friday.",
         "2026-03-18/2026-03-20"),
        ("At least 46 people were wounded overnight into Thursday.", "2026-03-18/2026-03-19"),
        ("Talks on Friday and Saturday ended with 3 points agreed.", "2026-03-20/2026-03-21"),
        ("Talks on Monday and Wednesday ended with 3 points agreed.", ""),
        # The tense of a quotation is not the saying's; what began is past; stated periods.
        ("“We will not give up 1 metre,” the president said on Thursday.", "2026-03-19"),
        ("On 1 April, talks began in Istanbul.", "2025-04-01"),
        ("In the first half of 2024, Russia captured 1,000 square kilometres.", "2024-01/2024-06"),
        ("Between 2022 and 2024, 10,000 buildings were hit.", "2022/2024"),
        ("The day before yesterday 5 drones fell.", "2026-03-18"),
        ("Since the start of the full-scale invasion, 7,000 Ukrainians came home.",
         "2022-02-24/2026-03-20"),
        ("In the past 24 hours, 40 clashes took place, the General Staff said.",
         "2026-03-19/2026-03-20"),
        ("Russia attacked Kyiv on Sunday, killing 4 people.", "2026-03-15"),
        # What one is to do by a year's end comes about by then, not on its last day.
        ("Ukraine expects to receive 1.5 million shells by the end of this year.",
         "../2026-12-31"),
        ("Since 2022, 10,000 buildings have been hit.", "2022/2026-03-20"),
        ("Over the past week, 300 drones were launched.", "2026-03-14/2026-03-20"),
        # "Overnight" is the night into the report's day, news of the day or not.
        ("More than 1.2 million properties have lost power overnight.", "2026-03-19/2026-03-20"),
        # A perfect whose participle is irregular, or put after "since", is no less a tally.
        ("The plan has since been trimmed to 20 points.", "../2026-03-20"),
        ("Four packages have found backers so far.", "../2026-03-20"),
        ("Members had put 1.9 billion euros into the scheme.", "../2026-03-20"),
    ],
)  # fmt: skip
def test_a_period_to_the_report_and_the_report_s_own_night(sentence: str, dated: str) -> None:
    (fact,) = extract_text(f" date 2026-03-20 {sentence}\n").facts
    assert fact.date == dated


def test_an_event_relative_date_counts_from_its_own_anchor() -> None:
    sentence = (
        "In October 2025, two months after hosting Putin for a summit in Alaska, Trump said so."
    )
    october, summit = dates(sentence, DAY)
    assert october.date == "2025-10"
    assert summit.date == "2025-08"  # two months before October 2025, not before the document
    assert "before 'October 2025', the date this sentence gives" in summit.basis
    (undated,) = dates("two weeks after the summit ended, nothing moved", DAY)
    assert undated.date == "" and "does not date" in undated.basis


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("On March 10, 2026, three days after the strike on the depot, talks began.", "2026-03-07"),
        ("On March 10, 2026, a week before the summit in Geneva, envoys met.", "2026-03-17"),
        ("In March 2026, a year before the vote in Kyiv, parties formed.", "2027-03"),
    ],
)
def test_an_event_relative_date_in_days_weeks_and_years(sentence: str, event: str) -> None:
    assert dates(sentence, DAY)[-1].date == event


def test_an_event_relative_date_counts_from_what_came_later_not_any_date() -> None:
    # The event the phrase counts from has a date of its own: nothing to count.
    sentence = "The strike came two days after crowds marked the holiday on Saturday, and a "
    sentence += "month into an offensive that began on January 6."
    assert [w.date for w in dates(sentence, DAY)] == ["2026-02-07", "2026-01-06"]
    # What came later is dated before the phrase: the nearest date before it anchors it,
    # not the first date of the sentence.
    sentence = "On 3 February talks resumed and, on 5 February, one day after the envoys met, "
    sentence += "a truce was agreed."
    assert dates(sentence, DAY)[-1].date == "2026-02-04"


@pytest.mark.parametrize(
    "sentence",
    ["Saturday, 24 May: the second group came home.", "On Tuesday, October 1, the town fell."],
)
def test_a_weekday_beside_a_full_date_is_that_date(sentence: str) -> None:
    # Not the Saturday before the report, counted from its date.
    facts = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    assert facts and {f.date for f in facts} <= {"2025-05-24", "2025-10-01"}


def test_a_date_in_an_aside_is_not_the_sentence_s_nor_is_its_tense() -> None:
    # "which began" is the aside's past: "enters ... on Monday" has no tense of its own,
    # so the Monday is left open, and the aside's day is not the claim's.
    sentence = "The war, which began on Feb. 24, 2022, enters its fifth year on Monday."
    (fact,) = extract_text(f" date 2025-11-20\n{sentence}\n").facts
    assert fact.date == "" and "no tense" in fact.date_basis
    # Without another date, the aside's is all the sentence has.
    (fact,) = extract_text(" date 2025-11-20\nThe arch, which was built in 2016, stands.\n").facts
    assert fact.date == "2016"


def test_words_holding_a_date_another_part_is_bound_to_take_no_date_of_the_report() -> None:
    # The clause with "in 2016" is dated 2016; the whole sentence, which holds it, is not
    # given the report's day by its present tense, nor "by the report" by its past.
    text = (
        " date 2025-02-14\nThe arch, which weighs 36,000 tonnes and cost about $2 billion, was"
        " slid over the reactor in 2016. It is Modi's first trip to Russia in five years; he"
        " last went in 2019, to Vladivostok.\n"
    )
    facts = extract_text(text).facts
    assert {f.date for f in facts} == {"", "2016", "2019"}
    assert all("bound to: left open" in f.date_basis for f in facts if not f.date)


def test_a_night_on_a_day_is_left_open_and_the_preceding_day_runs_to_the_report() -> None:
    (night,) = dates("Russia fired 267 drones at Ukraine overnight on Saturday.", DAY)
    assert night.date == "" and "'overnight on Saturday': the night into it" in night.basis
    (into,) = dates("Russia fired 90 drones overnight into Saturday.", DAY)
    assert into.date == "2026-02-06/2026-02-07"
    # "The preceding day" counts back from a day the text gave before, not the report's:
    # from one the sentence gives, else it is left open.
    (before,) = dates("The army repelled 57 assaults over the preceding day.", DAY)
    assert before.date == "" and "a day named earlier: left open" in before.basis
    (week,) = [
        w
        for w in dates(
            "Zelensky said on Sunday that over the preceding week 1,150 drones hit.", DAY
        )
        if "preceding" in w.text
    ]
    assert week.date == "2026-01-26/2026-02-01"  # its seven days, Monday to Sunday
    # "The past week" said on a day counts back from that day, whether the saying comes
    # before it or after it; with no day said, from the report's.
    for said in (
        "On Sunday, the President said that over the past week 1,250 bombs were dropped.",
        "Russia dropped 1,250 bombs over the past week, Zelensky said on Sunday.",
    ):
        (week,) = [w for w in dates(said, DAY) if "past" in w.text]
        assert week.date == "2026-01-26/2026-02-01", said
    (week,) = dates("Russia dropped 1,250 bombs over the past week, Zelensky said.", DAY)
    assert week.date == "2026-02-01/2026-02-07"
    (day,) = dates("The army repelled 57 assaults over the past day.", DAY)
    assert day.date == "2026-02-06/2026-02-07"  # the past 24 hours


def test_the_next_paragraph_takes_the_day_only_when_it_goes_on_about_the_event() -> None:
    told = " date 2026-02-07\nKYIV - Russian missiles struck Odesa on Thursday, officials said.\n\n"
    (fact,) = [
        f
        for f in extract_text(told + "The attack killed 4 people, the governor said.\n").facts
        if f.value
    ]
    assert fact.date == "2026-02-05" and "the sentence before" in fact.date_basis
    later = told + "Of the wounded, 21 were soldiers, the governor said.\n"
    (fact,) = [f for f in extract_text(later).facts if f.value == 21]
    assert fact.date != "2026-02-05"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # A weekday opening a clause about what is to come is the next one.
        ("The Kremlin announced that on Wednesday the two sides would swap 175 prisoners.",
         "2026-02-11"),
        # The day of a saying stays the day it was said.
        ("The Kremlin said on Wednesday that the two sides would swap 175 prisoners.",
         "2026-02-04"),
        ("On Wednesday, the Kremlin said the two sides would swap 175 prisoners.", "2026-02-04"),
    ],
)  # fmt: skip
def test_a_weekday_before_what_will_be_done_is_ahead(sentence: str, day: str) -> None:
    (when,) = [w for w in dates(sentence, DAY) if w.date]
    assert when.date == day


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Russia controls 70%, according to the Institute for the Study of War, a think tank.",
         ("Institute for the Study of War", "")),
        ("Coal, according to the Centre for International Relations (CIRSD), a think-tank.",
         ("Centre for International Relations (CIRSD)", "")),
        ("Ukrainian President Volodymyr Zelenskyy said talks would go on.",
         ("Ukrainian President Volodymyr Zelenskyy", "")),
        ("Zelensky told reporters on Tuesday that he would go.", ("Zelensky", "")),
        ("“We want it,” news agency AP quoted Zelenskyy as saying.", ("Zelenskyy", "AP")),
        ("Analysts quoted by Reuters expect 1,000 drones a night.", ("Analysts", "Reuters")),
        ("Russia will send 900 drones, said analysts quoted by Reuters.", ("analysts", "Reuters")),
        ("A civilian was evacuated. (Ukrainian Police Press Service via AP)",
         ("Ukrainian Police Press Service", "AP")),
        ("Rustem Umerov, Ukraine’s chief negotiator, said Wednesday that talks went well.",
         ("Rustem Umerov", "")),
        ("The talks are hard, said The Associated Press.", ("The Associated Press", "")),
        ("Some drones reached their targets, it added.", ("it", "")),
        ("According to the ministry's statement, the village fell.", ("ministry's statement", "")),
        ("The Americans want a deal according to this schedule.", None),
        # Whose a claim is, named in lower case after "according to"
        ("Three people were hurt in Sumy, according to regional authorities.",
         ("regional authorities", "")),
        ("According to shipping reports, the tanker loaded 40,000 tonnes of wheat.",
         ("shipping reports", "")),
        ("According to the coordination headquarters, 205 soldiers came home.",
         ("the coordination headquarters", "")),
        ("Two shops were damaged, officials said.", ("officials", "")),
        ("On Friday, US officials said the ban stays.", ("US officials", "")),
        ("According to an official briefed on the talks, the sides agreed 12 points.",
         ("an official briefed on the talks", "")),
        # A work that points back to whoever's work was named
        ("Russia held 19 percent of the country, according to the same analysis.",
         (THE_SAME_WORK, "")),
        ("The same figures show 312 tanks destroyed in October.", (THE_SAME_WORK, "")),
        # Data and who analysed them; an analysis of another's data
        ("Kiel Institute data, analysed by Reuters, show aid falling by a third.",
         ("Kiel Institute", "Reuters")),
        ("According to an analysis by Reuters of Kiel Institute data, aid fell 20 percent.",
         ("Reuters", "")),
        ("AFP's analysis suggests the zone shrank to 900 square kilometres.", ("AFP", "")),
        # No one's saying, and no speaker: a document, a rule, a count with no owner, a
        # pronoun, two parties' figures, a word that opens a sentence, a meeting's members
        ("The deal was signed according to the plan.", None),
        ("According to the draft memorandum, Kyiv would keep an army of 800,000.", None),
        ("According to him, 4 soldiers were captured.", None),
        ("According to the latest figures, 2,100 families received aid.", None),
        ("According to a report by the office, 300 homes were hit.", None),
        ("According to the company, 3 of its plants were hit.", None),  # which, named before
        ("According to a local commander, his battalion repelled 14 assaults.", None),
        ("According to official figures, 120,000 people arrived in 2024.", None),
        ("GDP data show a fall of 2 percent.", None),
        ("January's figures show a fall of 12 percent.", None),
        ("By its own tally, the brigade destroyed 12 tanks.", None),
        ("Russian occupation authorities said 3 people were hurt.", None),
        ("Both sides cite the same figures, but draw very different conclusions.", None),
        # a day says nothing
        ("On Monday he confirmed the withdrawal, saying troops would hold a new line.", None),
        ("In October Kiel Institute data showed no new pledges.", None),
        # Data a speaker cites are the speaker's claim
        ("Putin told a government meeting on Wednesday that Kiel Institute data show that aid"
         " fell 57 percent.", ("Putin", "")),
        ("Their figures show deaths rising to 40,000.", None),
        ("The data show 300 strikes in May.", None),
        ("January figures show a fall of 12 percent.", None),
        ("A meeting of officials, reported by Interfax, discussed 3 new contracts.",
         ("Interfax", "")),
        ("According to this schedule, talks resume in May.", None),
        ("Spain has recorded no new aid this year.", None),
        ("The interview, recorded on Monday, ran for an hour.", None),
    ],
)  # fmt: skip
def test_attribution(sentence: str, said: tuple[str, str] | None) -> None:
    assert attribution(sentence) == said


def test_extract_reuses_the_loaded_sources_and_resolves_pronouns() -> None:
    text = SEED.read_text(encoding="utf-8")
    from conflictfacts import cache

    shipped = cache.load(cache.table_files([]))
    found = extract(text, SEED.name, SEED.with_suffix(".toml"), known=shipped.sources)

    def starting(words: str) -> Fact:
        return next(f for f in found.facts if f.quote.startswith(words))

    assert starting("He added that").source == "Zelenskyy"  # "He": the person last named
    assert starting("Russia is pressing Kyiv").source == "Ukrainian government"  # "Kyiv says"
    assert starting("And they will do everything").reported_by == "AP"  # inside AP's quote
    caption = starting("Military paramedics")
    assert (caption.source, caption.reported_by) == ("Ukrainian Police Press Service", "AP")
    donetsk = next(f for f in found.facts if f.value == 70)
    assert (donetsk.unit, donetsk.qualifier, donetsk.source) == ("%", "around", "ISW")
    assert {s.id for s in found.sources} <= set(shipped.sources)


def _verifies_beside(document: Path, tmp_path: Path, run: Run, *options: str) -> int:
    folder = tmp_path / document.stem
    folder.mkdir()
    shutil.copy(document, folder / document.name)
    printed = run("extract", str(folder / document.name), "--no-builtin", *options)
    assert printed.exit_code == 0, printed.stderr
    before = sorted(p.name for p in folder.iterdir())
    (folder / "candidates.toml").write_text(printed.stdout, encoding="utf-8")
    checked = run("verify", "--data", str(folder), "--no-builtin")
    assert checked.exit_code == 0, checked.stdout
    assert before == [document.name]  # extract printed; it wrote nothing
    return len(tomllib.loads(printed.stdout)["fact"])


@pytest.mark.parametrize("document", [SEED, *sorted(TEXTS.glob("*.txt"))], ids=lambda p: p.stem)
def test_the_printed_table_verifies_beside_its_document(
    document: Path, tmp_path: Path, run: Run
) -> None:
    gold = document.with_suffix(".gold.toml")
    entry = tomllib.loads(gold.read_text(encoding="utf-8")) if gold.exists() else {}
    options = ("--date", entry["date"]) if "date" in entry else ()  # a dateline, no date line
    assert _verifies_beside(document, tmp_path, run, *options) > 0


CHECKED = (
    " date 2026-02-07\n"
    "US President Donald Trump met the envoys on Thursday. The president said Russia had"
    " lost 1,000 tanks since January 2024. On 3 February 2026, the army said 40 drones were"
    " downed. “We will hold. We will not stop,” Zelensky said.\n"
)


def test_a_section_title_gives_its_bracketed_source_to_the_lines_under_it() -> None:
    text = (
        " date 2025-12-05\nChildren killed (Office of the Prosecutor General)\n"
        "- Killed since February 2022: 661 children.\n- Wounded: 2,203 children.\n"
        "Russia reported 40 drones downed.\n"
        "Front line (Donetsk region)\n- Villages taken: 12 villages.\n"
    )
    by_value = {f.value: f.source for f in extract_text(text).facts}
    assert by_value[661] == by_value[2203] == "Office of the Prosecutor General"
    assert by_value[12] == "Unattributed"  # a place in brackets names no source


def _source_of_each_value(text: str) -> dict[float | int | None, str]:
    """For each value extract proposes from text, the name of its source."""
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    return {f.value: names.get(f.source, f.source) for f in found.facts}


def test_a_title_naming_several_sources_gives_each_line_the_one_it_names() -> None:
    # "(Source: A; B)": the bodies, not the label; each line takes the one it names whole,
    # else the one whose words it shares first, else the first listed.
    text = (
        " date 2025-06-13\nThe front (Source: ISW data as analysed by AFP; DeepState; Sumy"
        " regional administration)\n- Russian gains in May: 507 sq km.\n- Sumy direction"
        " (DeepState, 8 June): 189 sq km under Russian control.\n\nAir attacks (Source:"
        " Ukrainian Air Force; Russian Ministry of Defence)\n- Night of 25-26 May: 355 drones.\n"
        "- Russian claim for the night: 110 Ukrainian drones destroyed.\n\n"
        "Ukrainian authorities report more than 1,500 weapons launched.\n"
    )
    by_value = _source_of_each_value(text)
    assert by_value[507] == "ISW"
    assert by_value[189] == "DeepState"
    assert by_value[355] == "Ukrainian Air Force"
    assert by_value[110] == "Russian Ministry of Defence"
    assert by_value[1500] == "Ukrainian authorities"


def test_air_defences_and_a_body_with_its_acronym_and_an_aside_are_speakers() -> None:
    text = (
        " date 2025-10-10\nRussian air defences said they had downed 91 drones. The"
        " Institute for the Study of War (ISW), a Washington think tank, put Russian gains at"
        " 3,434 sq km.\n"
    )
    by_value = _source_of_each_value(text)
    assert by_value[91] == "Russian air defences"
    assert by_value[3434] == "Institute for the Study of War"


def test_a_length_of_time_a_figure_is_counted_over_is_no_claim_of_its_own() -> None:
    text = (
        " date 2025-03-12\nSyrskyi put Russian losses over seven months of fighting in the"
        " region at roughly 54,900. HRMMU is verifying reports of 205 injured in five days.\n"
    )
    found = {f.value: f.unit for f in extract_text(text).facts if f.value is not None}
    assert 54900 in found and 205 in found
    assert 7 not in found and 5 not in found


def test_air_defences_downing_drones_are_the_force_last_named() -> None:
    text = (
        " date 2025-03-12\nRussia launched 133 drones overnight, the Ukrainian air force said."
        " Air defences downed 98 of the drones. The UN had already reported 232 deaths.\n"
    )
    by_value = _source_of_each_value(text)
    assert by_value[98] == by_value[133] == "Ukrainian air force"
    assert by_value[232] == "UN"


def test_a_reply_with_what_was_said_after_it_is_speech() -> None:
    # "responded on September 8 that ...", "answered “...”": speech; "answered with fresh
    # strikes" is not.
    text = (
        " date 2025-09-08\nPeskov responded on September 8 that 3 rounds of sanctions would"
        " not move Moscow. Russia has answered with 40 fresh strikes.\n"
    )
    by_value = _source_of_each_value(text)
    assert by_value[3] == "Peskov"
    assert by_value[40] != "Russia"


def test_a_hard_wrapped_sentence_is_read_whole() -> None:
    text = (
        " date 2026-03-20\nRussia launched 80 drones overnight, the air force\n"
        "said on Monday.\nHEADLINE WITHOUT AN END\nTwo people died, police said.\n"
    )
    facts = extract_text(text).facts
    drones = next(f for f in facts if f.value == 80)
    assert drones.statement.endswith("said on Monday.") and drones.source == "Air force"
    assert next(f for f in facts if f.value == 2).source == "Police"


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        # The night of one day to the next is both days.
        (
            "Polish forces tracked 19 drones on the night of 9 to 10 September.",
            "2025-09-09/2025-09-10",
        ),
        # "The Sunday" is a day named earlier, whose date the sentence does not give.
        ("Kyiv counted 2,935 breaches on the Sunday alone.", ""),
        # "The following day" is the day after the one the sentence names before it, and
        # left open when it names none.
        ("The talks ended the following day with 90 prisoners freed.", ""),
        # "Overnight on" the first of two days is the night from the one into the other, and
        # what a clause opening "firing" tells is of that night.
        (
            "Russia struck overnight on September 6 to 7, firing 810 drones at Ukraine.",
            "2025-09-06/2025-09-07",
        ),
        # Two months, each with its year, joined by "to": the period between them.
        ("June 2024 to May 2025: Russia gained 5,107 sq km.", "2024-06/2025-05"),
        # Days listed together: from the first to the last, not the first alone.
        (
            "Stages so far: 9 June (soldiers under 25), 10 June and 12 June (120 sick).",
            "2025-06-09/2025-06-12",
        ),
        # What an attack dated in its clause "involved" is of that day, not the night the
        # word "overnight" would give the report's.
        (
            "An overnight attack centred on Kyiv on 10 July, involving 397 drones, hit homes.",
            "2025-07-10",
        ),
        # "As many ... as in June 2024": the baseline, not the figure's own date.
        ("Russia launched ten times as many of these weapons as in June 2024.", ""),
        # A day a toll had been reached by, not the day of the deaths.
        (
            "The mayor reported by the morning of September 8 that 3 people had been killed.",
            "../2025-09-08",
        ),
    ],
)
def test_nights_and_days_named_by_others(sentence: str, resolved: str) -> None:
    text = f" date 2025-09-30\n{sentence}\n"
    found = [f for f in extract_text(text).facts if f.value is not None]
    assert found and found[-1].date == resolved


def test_a_day_a_toll_was_reached_by_dates_no_sentence_after_it() -> None:
    text = (
        " date 2025-09-08\nThe mayor reported by the morning of September 8 that 3 people had"
        " been killed. Strikes across Ukraine killed at least 5 people.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[5] != "2025-09-08"


def test_the_24_hours_to_a_day_began_the_day_before() -> None:
    found = dates("It counted 155 clashes in the 24 hours to Wednesday morning.", date(2024, 10, 2))
    assert [w.date for w in found] == ["2024-10-01/2024-10-02"]


def test_what_could_take_place_in_a_month_is_ahead() -> None:
    found = dates("The next summit could well take place in November.", date(2024, 6, 16))
    assert [w.date for w in found] == ["2024-11"]
    found = dates("The summit took place in November.", date(2024, 6, 16))
    assert [w.date for w in found] == ["2023-11"]


def test_the_following_day_is_the_day_after_the_one_named_before() -> None:
    found = dates(
        "Witkoff met Putin on Friday, and Trump met Zelensky the following day.", date(2025, 4, 29)
    )
    assert [w.date for w in found] == ["2025-04-25", "2025-04-26"]


def test_each_figure_of_a_comparison_takes_the_date_written_beside_it() -> None:
    text = (
        " date 2025-10-08\nRussia took 447 square kilometres in September, compared with 594"
        " in August and 634 in July.\nEuropean military aid, September-October 2025: EUR 4.24"
        " billion (July-August: EUR 3.27 billion)\nIt fell to 259 square kilometres, more"
        " than Moscow took in 2023.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts}
    assert dated[447] == "2025-09" and dated[594] == "2025-08" and dated[634] == "2025-07"
    assert dated[4_240_000_000] == "2025-09/2025-10"
    assert dated[3_270_000_000] == "2025-07/2025-08"
    assert "2023" not in dated[259]  # 2023 is what it is compared with, not its date


def test_a_source_line_names_the_source_of_the_section_it_closes() -> None:
    text = (
        " date 2026-01-16\nKEY FIGURES\n\n1. CASUALTIES\n- Civilians killed: at least 2,514\n"
        "- Civilians injured: at least 12,142\nSource: UN Human Rights Monitoring Mission in"
        " Ukraine (HRMMU), annual update.\n\n2. AID\n- EU leaders agreed on 19 December to"
        " lend EUR 90 billion. Source: European Council.\n- Funding sought: US$2.3 billion\n"
        "Source: AFP analysis of OCHA data, 2 January 2026.\n"
    )
    extraction = extract_text(text)
    names = {s.id: s.name for s in extraction.sources}
    said = {f.value: names[f.source] for f in extraction.facts}
    assert said[2514] == said[12142] == "UN Human Rights Monitoring Mission in Ukraine"
    assert said[90_000_000_000] == "European Council"  # the line's own, at its end
    assert said[2_300_000_000] == "AFP"  # a body's analysis is the body's
    assert not [f for f in extraction.facts if f.quote.startswith("Source")]  # no claims
    checks = [c for f in extraction.facts if f.value == 2514 for c in extraction.checks[f.id]]
    assert any("'Source:' line" in c for c in checks)


def test_what_the_event_named_just_before_did_is_of_its_day() -> None:
    text = " date 2025-11-20\nA missile hit Ternopil on 19 November. It killed 26 people.\n"
    killed = next(f for f in extract_text(text).facts if f.value == 26)
    assert killed.date == "2025-11-19" and "the sentence before" in killed.date_basis


@pytest.mark.parametrize(
    ("after", "carried"),
    [
        ("Five people were wounded, the governor said.", True),
        ("Police detained 12 suspects.", True),
        ("Over the same period, 40 drones were downed.", False),  # points to a period
        ("That month, 300 homes were damaged.", False),
        ("In total, 90 drones were shot down.", False),  # a running total
        ("The mayor had warned of 30 drones.", False),  # before it
    ],
)
def test_a_sentence_without_a_date_takes_the_day_just_before_only_when_it_goes_on(
    after: str, carried: bool
) -> None:
    before = "Russian drones struck Odesa on 18 November."
    for text, takes in (
        (f"{before} {after}", carried),
        (f"{before}\n\n{after}", False),  # another paragraph
        (f"Russian drones struck Odesa on 18 and 19 November. {after}", False),  # two days
        (f"Talks are due in Geneva on 22 November. {after}", False),  # a day to come
    ):
        facts = extract_text(f" date 2025-11-20\n{text}\n").facts
        (fact,) = [f for f in facts if after.startswith(f.quote) or f.quote in after]
        assert (fact.date == "2025-11-18") is takes and (fact.date == "2025-11-22") is False, text
        if takes:
            assert "the sentence before" in fact.date_basis


def test_a_section_s_title_dates_its_lines_and_the_same_day_is_the_day_before() -> None:
    text = (
        " date 2026-01-16\nKEY FIGURES\n\n1. CIVILIAN CASUALTIES IN 2025\n- Civilians killed:"
        " at least 2,514\n\n2. AIR ATTACKS, DECEMBER\n- Drones launched: 5,638\n\n3. ENERGY\n"
        "- Households cut off: 8,000\n\nOn 9 January Russia fired 30 missiles. The same day,"
        " Kyiv's backers pledged 21 billion euros.\n"
    )
    facts = {f.value: f for f in extract_text(text).facts}
    assert facts[2514].date == "2025" and "title" in facts[2514].date_basis
    assert facts[5638].date == "2025-12"  # the last December
    assert facts[8000].date == "../2026-01-16"  # a title that names no period
    assert facts[21_000_000_000].date == "2026-01-09"
    # A proposal looks forward, though told in the past perfect.
    (proposed,) = dates("Kyiv had proposed a meeting by the end of August.", date(2025, 7, 23))
    assert proposed.date == "2025-08-31"


def test_a_live_blog_s_entry_dates_the_counts_it_reports_by_its_day() -> None:
    entries = (
        "21:05\nThe meeting lasted more than three hours.\n\n"
        "09:35\nFour of the missiles and 50 of the drones were shot down.\n"
        "Zelensky says he spoke with Trump.\n"
    )
    facts = extract_text(f" date 2025-10-25\nLive\n\n{entries}").facts
    dated = {f.value: f for f in facts}
    assert dated[4].date == dated[50].date == "2025-10-25"
    assert "live blog" in dated[4].date_basis
    assert dated[3].date == "../2025-10-25"  # a length of time may run into another day
    assert all(f.date != "2025-10-25" for f in facts if f.value is None)  # no count: open
    # The same lines, in no live blog: left open.
    plain = extract_text(" date 2025-10-25\nFour of the missiles were shot down.\n").facts
    assert [f.date for f in plain] == ["../2025-10-25"]


def test_a_byte_order_mark_before_the_date_line_is_no_fault() -> None:
    (fact,) = extract_text("\ufeff date 2026-03-20\nRussia launched 80 drones on 3 March.\n").facts
    assert fact.date == "2026-03-03"


def test_a_headline_or_dateline_is_no_claim() -> None:
    text = (
        " date 2025-11-20\nDeath toll in Ternopil reaches 26 as rescuers search\n"
        "Kyiv, Thursday, 20 November 2025 | OFFICIAL STATEMENT\n"
        "Rescuers found 26 bodies in Ternopil, officials said.\n"
        "Military medics evacuate a civilian in Druzhkivka (Police Press Service via AP)\n"
    )
    quotes = [f.quote for f in extract_text(text).facts]
    assert quotes == [
        "Rescuers found 26 bodies in Ternopil, officials said.",
        "Military medics evacuate a civilian in Druzhkivka (Police Press Service via AP)",
    ]


def test_what_was_inferred_is_marked_for_the_reviewer(run: Run, tmp_path: Path) -> None:
    document = tmp_path / "news.txt"
    document.write_text(CHECKED, encoding="utf-8")
    found = run("extract", str(document), "--no-builtin", "--json")
    assert found.exit_code == 0, found.stderr
    check = {" ".join(r["statement"].split()[:3]): r["check"] for r in json.loads(found.stdout)}
    # A weekday counted from the document's date; a role noun read as the person named.
    assert check["US President Donald"] == [
        "date: the Thursday on or before the document's date, 2026-02-07"
    ]
    (date_check, source_check) = check["The president said"]
    assert date_check.startswith("date: from 'January 2024' to the document's date")
    assert "'The president' read as Donald Trump" in source_check
    # A date stated whole, and a source named in its own sentence: nothing to check.
    assert check["On 3 February"] == []
    # A quotation's first sentence is said by whom its closing attribution names; what it
    # plans has no date of its own, and the check says the date was left open.
    assert check["We will hold."] == [
        "date: a plan with no date of its own: left open for the reviewer",
        "source: a sentence of a quotation, said by whom its closing attribution names",
    ]
    # In the table a reviewer saves, the same words are comments above each candidate, and
    # the table still verifies.
    table = run("extract", str(document), "--no-builtin").stdout
    assert "# check source: 'The president' read as Donald Trump" in table
    assert table.count("# check ") == sum(len(c) for c in check.values())
    assert _verifies_beside(document, tmp_path, run) == len(check)
    columns = run("extract", str(document), "--no-builtin", "--fields", "id,check", "-f", "tsv")
    assert columns.exit_code == 0 and columns.stdout.splitlines()[0] == "id\tcheck"


def test_a_date_left_open_says_why() -> None:
    # "since" before the date: it may open a period, not date the claim. Left open, and
    # the reviewer is told which phrase and why.
    text = " date 2026-02-07 The army has lost 40 tanks since the offensive began in March.\n"
    (fact,) = extract_text(text).facts
    assert fact.date == ""
    assert fact.date_basis == "'in March' may be one end of a period: left open for the reviewer"


def test_a_document_without_a_date_needs_one(run: Run, tmp_path: Path) -> None:
    text = (TEXTS / "wire-2025-09-07.txt").read_text(encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(text.split("\n", 1)[1], encoding="utf-8")  # without its date line
    result = run("extract", str(undated), "--no-builtin")
    assert result.exit_code == 2 and "give --date" in result.stderr
    dated = run("extract", str(undated), "--no-builtin", "--date", "2025-09-07")
    assert dated.exit_code == 0 and dated.stdout
    bad = run("extract", str(SEED), "--date", "last week")
    assert bad.exit_code == 2 and "not a date of the form YYYY-MM-DD" in bad.stderr


def test_missing_or_binary_documents_are_usage_errors(run: Run, tmp_path: Path) -> None:
    assert run("extract", str(tmp_path / "absent.txt")).exit_code == 2
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00")
    result = run("extract", str(tmp_path / "binary.txt"))
    assert result.exit_code == 2 and "not UTF-8" in result.stderr


def test_new_only_leaves_out_what_the_tables_cite(run: Run) -> None:
    every = run("extract", str(SEED), "--format", "jsonl")
    proposed = len(every.stdout.splitlines())
    assert every.exit_code == 0 and proposed > 0
    only_new = run("extract", str(SEED), "--new-only")
    assert (only_new.exit_code, only_new.stdout) == (1, "")
    assert f"all {proposed} candidates are cited by the loaded tables already" in only_new.stderr


def test_ids_do_not_collide_with_the_loaded_tables(run: Run) -> None:
    import json

    proposed = [
        json.loads(line)["id"]
        for line in run("extract", str(SEED), "-f", "jsonl").stdout.splitlines()
    ]
    assert len(proposed) == len(set(proposed))
    listed = {json.loads(line)["id"] for line in run("list", "-f", "jsonl").stdout.splitlines()}
    assert not set(proposed) & listed


def test_the_gold_lists_fit_their_texts() -> None:
    """Every gold quote is found, once, in its text, and every claim says its date."""
    golds = sorted(TEXTS.glob("*.gold.toml"))
    assert len(golds) == len(list(TEXTS.glob("*.txt")))
    for gold_file in golds:
        entry, document, claims = gold_claims(gold_file)
        text = document.read_text(encoding="utf-8")
        assert claims and (text.startswith(" date ") or "date" in entry)
        for claim in entry["claim"]:
            assert text.count(claim["quote"]) == 1, claim["quote"]
            assert isinstance(claim["date"], str) and isinstance(claim["source"], list)


def test_quality_on_the_seed_and_the_texts_written_here() -> None:
    # Floors a little below what the rules reached on the first, untouched run on the texts
    # written here (README, "Adding facts from a new document"): they guard against a fall,
    # and are far from issue 11's targets. Raise them with the rules, never above a run.
    shipped = seed()
    # 90% and 88%: a sentence of several figures gives each its own clause, and a figure
    # before another in it a quote that ends before the other's, while the shipped table
    # quotes its coal and gas figures by their whole shared sentence.
    assert shipped.recall >= 0.85 and shipped.precision >= 0.85
    texts, batches = news(in_process=True)  # as `extract` on the command line (below)
    assert len(texts) == len(list(TEXTS.glob("*.gold.toml")))
    assert sorted(len(rows) for rows in batches.values()) == [3] * 52 + [4]  # fifty-three
    for figures in texts:
        # The lowest texts: 52%, analysis-2025-10-10, 55%, wire-2025-09-28, and 60%,
        # analysis-2025-08-04, whose gold lists quote whole sentences or clauses of several
        # figures, each of which extract quotes apart (and a period that leads a figure
        # whose date a baseline leaves open is a candidate of its own).
        assert figures.precision >= 0.52, figures
    # On all 169 texts, dates compared as periods ("2025" is 2025-01-01/2025-12-31). Batches
    # ae, af, ag, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, aw, ay, av, ax, az and ba
    # (found 84%, 91%, 78%, 83%, 87%, 93%, 93%, 99%, 91%, 89%, 90%, 90%, 84%, 93%, 88%, 93%,
    # 80%, 90%, 90%, 90% and 86%, wrong dates 16%, 8%, 13%, 12%, 8%, 11%, 23%, 20%, 16%, 14%,
    # 16%, 12%, 16%, 14%, 15%, 13%, 13%, 13%, 15%, 6% and 12%, on their first runs) lowered
    # the figures the floors were set at before them; at and au, right sources too (64% of
    # their found claims), ax (75%), az (73%) and ba (77%), and az right dates (32%).
    every = total("all", texts)
    # A claim's date and source judged on the candidates that carry its value within its
    # quote, when some do.
    assert every.recall >= 0.921  # 92.19% (6,376 of 6,916)
    # The figures read since the run of batches av and ax split more sentences at
    # their clauses, and a clause of a claim whose quote is the whole sentence covers too
    # little of it.
    assert every.precision >= 0.849  # 84.98%
    assert every.repeats / every.proposals <= 0.05  # 2.9%: issue 11's bar
    assert every.value_any / every.valued >= 0.935  # 93.5%: a candidate within its quote counts
    assert every.value_covering / every.valued >= 0.801  # 80.1%: one covering half its quote
    assert every.date_right / every.dated >= 0.433  # 43.30% (2,761 of 6,376)
    assert every.date_wrong / every.dated <= 0.081  # 8.03%: a ceiling, above issue 11's 3%
    assert every.source_right / every.sourced >= 0.845  # 84.6%, below issue 11's bar of 85%


@pytest.mark.parametrize(
    ("text", "value", "resolved"),
    [
        # What someone said, with no date of its own, was said by the report's day: not on it.
        ("The head of the mission warned that 40 towns were without power.", 40, "../2025-07-11"),
        ("Washington has offered guarantees for 15 years.", 15, "../2025-07-11"),
        # A part of a count is of the count's day: "killed ten people, seven of them police".
        (
            "Monday's strike on the city killed 10 people, seven of them police officers.",
            7,
            "2025-07-07",
        ),
        # "Overnight" is the night before, though the saying is dated the report's day.
        (
            "Russia fired 539 drones at Ukraine overnight, the air force said on Friday.",
            539,
            "2025-07-10/2025-07-11",
        ),
        # The sentence after an overnight count is of the same night.
        (
            "Russia fired 112 drones at Ukraine overnight. Air defences downed 73 drones.",
            73,
            "2025-07-10/2025-07-11",
        ),
        (
            "Russia fired 539 drones overnight, the air force said on Friday. Air defences"
            " downed 476 drones.",
            476,
            "2025-07-10/2025-07-11",
        ),
        # A deadline "until Friday" and a trip one "could" make are to come.
        ("Trump has given the Kremlin until Sunday to free 8 prisoners.", 8, "2025-07-13"),
        # A weekday in a sentence that tells no tense is left open; a meeting is scheduled.
        ("The strike follows a drone raid on Sunday on 2 Black Sea ports.", 2, ""),
        ("Advisers meet in Kyiv on Saturday to discuss 2 drafts.", 2, "2025-07-12"),
        # "within the last two weeks", "in the past two months": back from the report's day;
        # "over the previous three months" is a baseline's period, and is left to it.
        (
            "About 1,600 people left frontline areas within the last two weeks.",
            1600,
            "2025-06-28/2025-07-11",
        ),
        ("Shelling damaged 300 homes in the past two months.", 300, "2025-05-11/2025-07-11"),
        # A clause that goes on with a participle is of the event's day, past an aside.
        (
            "The missile hit at 23:47 on Thursday, travelling at 13,000 km per hour.",
            13000,
            "2025-07-10",
        ),
        (
            "On 7 July he gave Moscow 50 days, which would have run to 26 August, threatening"
            " tariffs of about 100 per cent.",
            100,
            "2025-07-07",
        ),
        # ... but not any word in -ing, nor "together" of anyone, nor a "cumulative summary"
        # (the words hold July 3, the other clause's date: left open, not "by the report").
        ("Russia struck Kyiv on July 3, following 40 strikes on Lviv.", 40, ""),
        (
            "Russia struck Kyiv on July 9. Police and rescuers together evacuated 40 people.",
            40,
            "2025-07-09",
        ),
        (
            "On July 8, Russia fired 50 drones, the ministry said in its cumulative summary.",
            50,
            "2025-07-08",
        ),
        ("Strikes hit Kharkiv on 8 and 9 July, killing 7 people.", 7, "2025-07-08/2025-07-09"),
        # Two days running, as a night is, are taken by the line after them.
        ("Strikes hit Kharkiv on 8 and 9 July. They killed 7 people.", 7, "2025-07-08/2025-07-09"),
        # No count to go back by: left open.
        ("Shelling damaged 300 homes in the past few months.", 300, ""),
        # A table's rows under "Date" are of their day; under "As of", tallies by then.
        ("| Date | Killed | Injured |\n| Wed 9 Jul | 12 | 40 |", 12, "2025-07-09"),
        # Two days of one month joined by "and" are both the claim's.
        (
            "Troops advanced 12 kilometres on July 8 and 9, the army said.",
            12,
            "2025-07-08/2025-07-09",
        ),
        # A table's rows "as of" a time are tolls by then, not tolls of that day.
        ("| As of | Killed | Injured |\n| Wed 9 Jul, evening | 12 | 40 |", 12, "../2025-07-09"),
        # A day in a line's closing credit is when it was said: the next line keeps its own.
        (
            "Rescue: 230 rescuers sent [the governor, 9 July]\nDamage: 344 homes hit [the mayor]",
            344,
            "../2025-07-11",
        ),
        (
            "Rescue: 230 rescuers sent (the governor, 9 July).\nDamage: 344 homes hit.",
            344,
            "../2025-07-11",
        ),
        # A night ends a sentence at its last day ("... 8 to 9."), and the next line takes it.
        (
            "Russia launched 300 drones overnight on July 8 to 9. Air defences downed 280 drones.",
            280,
            "2025-07-08/2025-07-09",
        ),
        # ... but not what counts two events together.
        (
            "Russia launched 300 drones overnight on July 8 to 9. The two raids together"
            " involved nearly 800 drones.",
            800,
            "../2025-07-11",
        ),
        # What a saying on a day says had come about had done so by that day.
        ("On Monday, the minister said Ukraine had received 6,000 bodies.", 6000, "../2025-07-07"),
        ("On July 8 the ministry claimed cumulative losses of 660 soldiers.", 660, "../2025-07-08"),
    ],
)
def test_a_date_the_text_does_not_give_is_not_the_report_s_day(
    text: str, value: float, resolved: str
) -> None:
    facts = [f for f in extract_text(f" date 2025-07-11\n{text}\n").facts if f.value == value]
    assert [f.date for f in facts] == [resolved]


def test_a_sentence_ends_at_a_day_s_number_and_each_clause_keeps_its_day() -> None:
    # "on July 9." ends a sentence (a lone letter or a line's number does not); ", and" before
    # a new subject starts a clause of its own date; "three days after" is no count of units.
    text = (
        " date 2025-07-11\nKyiv reported 5 strikes on July 9. Kharkiv reported 7 strikes.\n\n"
        "The governor declared an emergency effective July 7, and Moscow raised it to a"
        " federal emergency on July 9.\n\nThe town fell three days after Russian units crossed"
        " the river on July 6.\n"
    )
    facts = extract_text(text).facts
    assert [f.quote for f in facts if f.value == 7] == ["Kharkiv reported 7 strikes."]
    emergency = [f.date for f in facts if "emergency" in f.quote]
    assert emergency == ["2025-07-07", "2025-07-09"]
    assert not [f for f in facts if f.value == 3]


def test_a_live_blog_s_count_told_in_the_past_is_not_the_entry_s_day() -> None:
    # "retorted that Russia had fired almost 70 missiles": counted before the entry's day.
    text = (
        " date 2025-04-13\nSunday, 13 April\n"
        "10:15 Sybiha retorted that Russia had fired almost 70 missiles this week.\n"
        "11:00 Four of the missiles were shot down, the air force said.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[70] != "2025-04-13"


def test_a_figure_with_no_noun_counts_what_the_sentence_before_counted() -> None:
    # "Seventy-three were shot down": the drones of the sentence before; "Thirty-one of
    # them": of the prisoners. A figure with no noun and nothing before it is no claim.
    text = (
        " date 2025-05-16\nRussia sent 112 drones over Ukraine overnight, the air force said."
        " Seventy-three were shot down.\n\nForty were seen.\n"
    )
    valued = {(f.value, f.unit) for f in extract_text(text).facts if f.value is not None}
    assert (73, "drones") in valued
    assert not any(value == 40 for value, _ in valued)


def test_a_day_before_a_colon_dates_the_saying_not_the_figure() -> None:
    # "gave a higher count on Thursday: almost 6,900 drones ... over September".
    text = (
        " date 2025-10-03\nSyrskyi gave a higher count on Thursday: almost 6,900 drones in"
        " mass attacks over September.\n"
    )
    (fact,) = [f for f in extract_text(text).facts if f.value == 6900]
    assert fact.date == "2025-09"


def test_a_saying_in_a_live_blog_s_entry_is_of_the_entry_s_day() -> None:
    # "Starmer said he was appalled", under Sunday's heading: said that day; "he said he had
    # been told": told before it.
    text = (
        " date 2025-04-14\nSunday, 13 April\n"
        "18:10 Starmer said he was appalled by the strike, which killed 34 people.\n"
        "19:00 Trump said he had been told 2 ministers erred.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[34] == "2025-04-13"
    assert dated[2] != "2025-04-13"


def test_a_count_that_goes_on_from_the_sentence_before_keeps_its_source() -> None:
    text = (
        " date 2025-05-16\nRussia sent 112 drones over Ukraine overnight, the air force said."
        " Seventy-three were shot down.\n"
    )
    (fact,) = [f for f in extract_text(text).facts if f.value == 73]
    assert fact.source != "Unattributed"


def test_the_quality_floors_read_what_the_command_line_proposes() -> None:
    # The floors above extract in-process (a start-up for each of 169 texts costs seconds);
    # on a live blog with headings and a wire story, the command line proposes the same.
    for name in ("liveblog-2025-05-16", "wire-2025-07-04"):
        document = TEXTS / f"{name}.txt"
        assert extracted(document) == candidates(document, "--no-builtin")


def test_a_live_blog_s_next_day_heading_is_of_the_same_year() -> None:
    # A blog dated by its first day, 18 August, runs on into "Tuesday 19 August": 2025,
    # not the year before; a January page's "30 December" is the year before.
    text = (
        " date 2025-08-18\nMonday 18 August\n09:00 Russia fired 12 missiles, the air force said.\n"
        "Tuesday 19 August\n10:00 Officials said 40 drones were downed.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[40] == "2025-08-19"
    assert day_headings(" date 2026-01-05\nTuesday 30 December\n", 0, date(2026, 1, 5))[0][
        1
    ] == date(2025, 12, 30)


def test_a_baseline_a_year_before_is_dated_a_year_before() -> None:
    # "up from 62% a year earlier": the claim's own period, a year back; "in the same period
    # of 2024": that period in 2024; "27% more than last year" is the change, of the claim's
    # own period; a baseline whose year is not said is left open.
    text = (
        " date 2025-08-04\nBy the end of July, Moscow held 78% of the region, up from 62% a year"
        " earlier.\nIn the first half of 2025 the mission logged 6,754 casualties, against 4,100"
        " in the same period of 2024.\nIn June 4,300 soldiers were lost, up from 3,900 soldiers"
        " in the same period.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[78] == "2025-07-31" and dated[62] == "2024-07-31"
    assert dated[4100] in ("2024-01/2024-06", "2024")
    assert dated[3900] == ""
    # Counted back once, not twice; a change from a year earlier is no baseline.
    again = " date 2025-08-04\nX\n\nThe ministry counted 300 strikes a year ago.\n"
    assert [f.date for f in extract_text(again).facts if f.value == 300] == ["2024"]
    change = " date 2025-08-04\nX\n\nExports fell by 40% from a year earlier, to 600 tonnes.\n"
    assert [f.date for f in extract_text(change).facts if f.value == 40] != [""]


def test_the_story_s_own_weekday() -> None:
    # In a Wednesday's story, "on Wednesday" is that day even beside what is scheduled;
    # "next Wednesday" is a week on. A modal does not turn the sentence's dates ahead: "said
    # in February that Russia could launch" is February past.
    wednesday = date(2025, 2, 19)
    arrived = "The envoy arrived on Wednesday for a visit scheduled to last three days."
    assert [w.date for w in dates(arrived, wednesday)] == ["2025-02-19"]
    assert [w.date for w in dates("Talks resume next Wednesday.", wednesday)] == ["2025-02-26"]
    said = "In February, Ukraine said Russia could launch 3,000 drones a month."
    assert [w.date for w in dates(said, date(2025, 4, 23))] == ["2025-02"]


def test_a_day_that_owns_the_event_dates_its_toll() -> None:
    # "after Saturday's bombardment, which involved 500 drones": Saturday's; a toll with no
    # day of its own and none owning the event stays as the live blog's entry has it.
    text = (
        " date 2025-12-29\nSunday 28 December\n\n10:05\nKyiv is still clearing up after"
        " Saturday's bombardment, which Zelensky said involved about 500 drones and 40"
        " missiles.\n"
    )
    dated = {f.value: f.date for f in extract_text(text).facts if f.value}
    assert dated[500] == dated[40] == "2025-12-27"


def test_now_is_the_document_s_date_and_until_now_is_not() -> None:
    day = date(2025, 4, 24)
    now = "Russia seized Crimea in 2014 and now occupies roughly a fifth of Ukraine."
    assert [w.date for w in dates(now, day)] == ["2014", "2025-04-24"]
    assert [w.date for w in dates("The front has held until now.", day)] == []
    assert [w.date for w in dates("Now that talks have begun, 3 sides meet.", day)] == []
    assert [w.date for w in dates("Its work had now freed 2,484 people.", day)] == []
    assert [w.date for w in dates("Shelling hit the now-destroyed dam.", day)] == []


def test_a_statement_that_speaks_as_we_is_its_issuer_s() -> None:
    # Under "Statement of the X", a text that says "we" is X's: its sentences that name no
    # source are X's, marked for checking; one that names its own source keeps it. Without
    # "we", the document speaks for itself.
    text = (
        " date 2025-03-07\nPrisoners return\n\nStatement of the Ministry of Reintegration\n\n"
        "Today we brought home 120 soldiers. Our teams have now returned 4,100 people since 2022."
        " The Red Cross said 15 of them needed surgery.\n"
    )
    found = extract_text(text)
    sources = {f.value: f.source for f in found.facts if f.value}
    assert sources[120] == sources[4100] != "Unattributed"
    assert "Reintegration" in sources[120]
    assert sources[15] != sources[120]
    issued = next(f.id for f in found.facts if f.value == 120)
    assert any("speaks as 'we'" in c for c in found.checks[issued])
    plain = text.replace("Today we brought home", "Today Kyiv brought home").replace(
        "Our teams", "Its teams"
    )
    assert {f.source for f in extract_text(plain).facts if f.value in (120, 4100)} == {
        "Unattributed"
    }


def test_a_statement_s_issuer_is_the_body_its_heading_names_not_the_occasion() -> None:
    # what a heading names after the body's name, not an occasion, stays: a person, a
    # body's seat ("Delegation of the European Union to the OSCE")
    for heading in (
        "Statement by the Ukrainian Parliament Commissioner for Human Rights, Dmytro Lubinets",
        "Statement by the Delegation of the European Union to the OSCE",
    ):
        said = issued_by(f" date 2025-03-07\n{heading}\n\nWe met. Our teams worked.\n")
        assert said == heading.removeprefix("Statement by the ")
    # the occasion after the body, whatever follows the word that opens it
    for heading, body in (
        ("Statement by the Ministry of Defence of Ukraine following Russia's massive strike",
         "Ministry of Defence of Ukraine"),
        ("Statement by Foreign Minister Andrii Sybiha during the ministerial meeting in Kyiv",
         "Foreign Minister Andrii Sybiha"),
        ("Statement by the G7 Foreign Ministers regarding Ukraine", "G7 Foreign Ministers"),
    ):  # fmt: skip
        assert issued_by(f" date 2025-03-07\n{heading}\n\nWe met. Our teams worked.\n") == body
    text = (
        " date 2025-03-07\nStatement by the Delegation of Ukraine at the close of the talks in"
        " Istanbul\n\nToday we brought home 120 soldiers. Our teams have returned 4,100 people.\n"
    )
    found = extract_text(text)
    (fact,) = [f for f in found.facts if f.value == 120]
    assert {s.id: s.name for s in found.sources}[fact.source] == "Delegation of Ukraine"


def test_he_is_the_person_in_the_news_who_opened_the_sentence_before() -> None:
    # "Vladimir Putin used an interview ... He argued": Putin, named with no title and not
    # as a source, is whom "he" means next.
    text = (
        " date 2025-02-25\nX\n\nVladimir Putin used an interview on Monday to court investors."
        " He argued that Russia had mined 200 tonnes of lithium.\n"
    )
    (fact,) = [f for f in extract_text(text).facts if f.value == 200]
    assert fact.source == "Putin"


def test_a_day_declared_one_of_mourning_is_to_come() -> None:
    # "have declared Wednesday a day of mourning", on a Tuesday: the Wednesday after; the
    # story's own weekday is that day.
    tuesday = date(2025, 6, 17)
    declared = "City authorities have declared Wednesday a day of mourning."
    assert [w.date for w in dates(declared, tuesday)] == ["2025-06-18"]
    today = "The mayor declared Tuesday a day of mourning."
    assert [w.date for w in dates(today, tuesday)] == ["2025-06-17"]
    assert [w.date for w in dates("The mayor visited on Wednesday.", tuesday)] == ["2025-06-11"]
    observed = "The city observed Sunday as a day of mourning."
    assert [w.date for w in dates(observed, tuesday)] == ["2025-06-15"]


def test_a_press_release_under_its_issuer_s_name_in_capitals() -> None:
    # "KHARKIV REGIONAL ADMINISTRATION (KRA)" above "Press release": its "we" is that body;
    # a dateline in capitals ("KYIV, 3 MAY") names nobody.
    text = (
        " date 2025-05-03\nStrikes on Kharkiv\n\nKHARKIV REGIONAL ADMINISTRATION (KRA)\n"
        "Press release - Kharkiv, 3 May 2025\n\nWe recorded 14 strikes on the city overnight."
        " Our rescuers freed 6 people from the rubble.\n"
    )
    sources = {f.value: f.source for f in extract_text(text).facts if f.value}
    assert sources[14] == sources[6] == "KRA"
    plain = text.replace("KHARKIV REGIONAL ADMINISTRATION (KRA)\n", "KYIV, 3 MAY\n")
    assert {f.source for f in extract_text(plain).facts if f.value} == {"Unattributed"}


def test_a_paragraph_goes_on_only_with_an_analysis_and_we_is_not_us() -> None:
    # "The UN mission recorded 232 deaths." leads no paragraph: what follows is not its
    # count. "the US" twice is no "we", and a statement's heading is at the top.
    recorded = (
        " date 2025-06-02\nX\n\nThe UN mission recorded 232 civilians killed in May."
        " Russia launched 400 drones on Monday.\n"
    )
    sources = {f.value: f.source for f in extract_text(recorded).facts if f.value}
    assert sources[400] == "Unattributed"
    blog = (
        " date 2025-06-02\nLive: the talks\n\n09:10\nThe US said 3 envoys would travel. The US"
        " also said 2 more might.\n\n10:20\nStatement from the Kremlin on the Riyadh talks\n"
        "A drone strike on Odesa killed 4 people overnight.\n"
    )
    odesa = next(f for f in extract_text(blog).facts if f.value == 4)
    assert odesa.source == "Unattributed"


def test_a_figure_put_at_with_no_noun_before_at_is_left_out_not_a_crash() -> None:
    # Batch s's wire story crashed extract: "which he put at five or six" names what it
    # counts before "which", not between "put" and "at".
    text = " date 2025-03-26 Trump said his team was weighing Moscow's demands, which he put"
    text += " at five or six.\n"
    assert [f.value for f in extract_text(text).facts if f.value in (5, 6)] == []


def test_two_days_a_claim_joins_are_its_period() -> None:
    text = (
        " date 2025-07-10 Strikes on a school in Odesa on 23 June and on Dnipro on 24 June"
        " together killed 27 people.\n"
    )
    (fact,) = [f for f in extract_text(text).facts if f.value == 27]
    assert fact.date == "2025-06-23/2025-06-24"
    assert fact.date_text == "23 June and on Dnipro on 24 June"


def test_a_weekday_a_report_was_made_on_is_past_whatever_else_is_planned() -> None:
    # "planned" elsewhere in the sentence does not make the day of a report one to come.
    sentence = "A soldier reported on Tuesday that the garrison had made a planned withdrawal."
    (when,) = [w for w in dates(sentence, DAY) if w.date]
    assert when.date == "2026-02-03"


def test_a_rise_on_a_period_is_compared_with_it() -> None:
    # "a 54 per cent increase on January to June 2024": 2024 is the baseline, not the date.
    text = " date 2025-07-10 Casualties rose to 6,754, a 54 per cent increase on January to"
    text += " June 2024.\n"
    (fact,) = [f for f in extract_text(text).facts if f.value == 54]
    assert fact.date == "" and "may be a comparison's baseline" in fact.date_basis


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        (
            "Commission President Ursula von der Leyen said 12 ships were listed.",
            "von der Leyen",
            "Ursula von der Leyen",
        ),
        (
            "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) said 214 civilians died.",
            "HRMMU",
            "UN Human Rights Monitoring Mission in Ukraine",
        ),
    ],
)
def test_a_name_keeps_its_particles_and_its_mission_s_country(
    text: str, source: str, name: str
) -> None:
    found = extract_text(f" date 2025-05-16\n{text}\n")
    names = {s.id: s.name for s in found.sources}
    (fact,) = [f for f in found.facts if f.value]
    assert (fact.source, names[fact.source]) == (source, name)
    # Named again by surname, at a sentence's start, the person is the one named before.
    if " der " in name:
        again = extract_text(f" date 2025-05-16\n{text} Von der Leyen said 30 more were.\n")
        assert {f.source for f in again.facts if f.value} == {source}


def test_a_clock_time_is_no_figure() -> None:
    # "from 11 p.m.": a time, not eleven of the drones counted before it.
    sentence = "Russia launched 108 drones at Ukraine overnight, which were launched from 11 p.m."
    assert [(q.value, q.unit) for q in quantities(sentence)] == [(108, "drones")]


def test_a_clause_that_names_its_own_speaker_is_that_speaker_s() -> None:
    text = (
        " date 2025-05-12\nForeign Minister Andrii Sybiha said Russia launched 108 drones "
        "overnight, while the Russian defence ministry accused Ukraine of 488 attacks that day.\n"
    )
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    by_value = {f.value: names[f.source] for f in found.facts if f.value}
    assert by_value[108] == "Andrii Sybiha"
    assert by_value[488].lower() == "russian defence ministry"


def test_an_event_dated_from_another_quotes_its_own_words() -> None:
    # Two claims of one sentence, each with its own date, quote apart: a reviewer reads
    # the shouting match's date beside the shouting match.
    sentence = (
        "Trump ordered a pause in all US military aid late on Monday, three days after his "
        "shouting match with Zelensky in the Oval Office."
    )
    facts = extract_text(f" date 2025-03-04\n{sentence}\n").facts
    dated = {f.date: f.quote for f in facts}
    assert dated["2025-02-28"] == (
        "three days after his shouting match with Zelensky in the Oval Office"
    )
    assert dated["2025-03-03"].startswith("Trump ordered a pause")


def test_a_numbered_title_s_source_in_square_brackets_holds_for_its_lines() -> None:
    text = (
        " date 2025-04-15\n1. Sumy strike [Sumy Regional Prosecutor's Office]\n"
        "- Killed: 35, two of them children.\n- Wounded: 117.\n"
    )
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    assert {names[f.source] for f in found.facts if f.value} == {
        "Sumy Regional Prosecutor's Office"
    }


def test_a_record_since_a_time_does_not_make_the_claim_s_date_a_period_s_end() -> None:
    # "the smallest monthly figure since March" says how long the record stands: the
    # claim's own date ("in 2025", "last month") holds.
    facts = extract_text(
        " date 2026-01-02 Russian forces took more than 5,600 square kilometres in 2025,"
        " their largest annual haul since 2022.\n"
    ).facts
    assert [f.date for f in facts if f.value == 5600] == ["2025"]


def test_a_figure_takes_the_date_nearest_its_own_words() -> None:
    # Measured from the figure's edges, not from the end of its unit: November is 701's.
    facts = extract_text(
        " date 2026-01-02 It peaked in November at roughly 701 square kilometres before"
        " falling to 244 last month.\n"
    ).facts
    assert {f.value: f.date for f in facts} == {701: "2025-11", 244: "2025-12"}


def test_no_one_in_particular_is_no_source() -> None:
    for sentence in ("Some say 3 more rounds will follow.", "Many said 2 sides would meet."):
        assert attribution(sentence) is None


def test_a_title_s_dated_credit_and_a_bulleted_line_s_later_sentences() -> None:
    # The title's credit names its body before the day of its update; every sentence of a
    # listed line is under the title, not only its first.
    text = (
        " date 2025-04-15\n3. Civilian casualties [UN Human Rights Monitoring Mission in"
        " Ukraine, update of 9 April]\n- March 2025: at least 164 killed. The toll rose to 170"
        " by April.\n- February 2025: 129 killed.\n"
    )
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    assert {names[f.source] for f in found.facts if f.value} == {
        "UN Human Rights Monitoring Mission in Ukraine"
    }
    assert len([f for f in found.facts if f.value]) == 3


def test_a_sentence_that_names_whose_the_figures_below_are() -> None:
    text = (
        " date 2025-11-12\nFACT SHEET: Civilian harm\n\nAll figures below come from the UN"
        " Human Rights Monitoring Mission in Ukraine (HRMMU), whose update came out this"
        " week.\n\n- From January to October 2025, 12,062 civilians were killed or injured.\n"
        "- In October alone, at least 148 civilians were killed.\n"
    )
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    assert {names[f.source] for f in found.facts if f.value in (12062, 148)} == {
        "UN Human Rights Monitoring Mission in Ukraine"
    }
    # Carried over by inference: the reviewer is told where the source came from.
    counted = [f for f in found.facts if f.value in (12062, 148)]
    assert all(
        any("named for every figure below" in c for c in found.checks[f.id]) for f in counted
    )


def test_a_strike_named_by_its_weekday_is_past_and_dates_what_follows() -> None:
    # "Thursday's mass strike" in a Friday story: the strike took place, and the counts of
    # it in the next sentence are of its day.
    assert dates("Ukraine is still assessing Thursday's mass strike.", DAY)[0].date == "2026-02-05"
    facts = extract_text(
        " date 2026-02-06 Ukraine is still assessing Thursday's mass strike on its grid."
        " President Volodymyr Zelensky put the barrage at over 650 drones.\n"
    ).facts
    assert [f.date for f in facts if f.value == 650] == ["2026-02-05"]


def test_what_was_said_ends_at_a_semicolon() -> None:
    facts = extract_text(
        " date 2025-10-31 Vladimir Putin claimed on Wednesday that Ukrainian units in Pokrovsk"
        " were cut off; army chief Oleksandr Syrskyi dismissed that a day later.\n"
    ).facts
    assert facts[0].date == "2025-10-29"


def test_a_day_of_what_is_to_come_dates_nothing_after_it() -> None:
    facts = extract_text(
        " date 2025-10-31 Grid operator Ukrenergo had warned that power cuts would run around"
        " the clock in every region today. Two energy facilities were hit in the Lviv region.\n"
    ).facts
    assert [f.date for f in facts if f.value == 2] != ["2025-10-31"]


def test_a_date_at_the_end_of_a_describing_clause_is_left_open() -> None:
    sentence = (
        "IAEA teams are also present at 3 other plants and at the Chornobyl site, where the"
        " Agency is following repairs to the arch that a drone struck on 14 February."
    )
    when = [w for w in dates(sentence, DAY) if w.date][-1]
    assert "a later clause describes" in unsure(sentence, when)


def test_a_concession_is_speech_and_gives_he_its_speaker() -> None:
    found = extract_text(
        " date 2025-10-31 Its head, Danielle Bell, warned of the cold.\n\nAt a briefing,"
        " Zelensky conceded that Pokrovsk is hard. Russia has about 170,000 troops there,"
        " he said.\n"
    )
    names = {s.id: s.name for s in found.sources}
    assert [names[f.source] for f in found.facts if f.value == 170000] == ["Zelensky"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # How often something happened is a count; a ratio before "as" or "the" stays one.
        ("Ukraine had hit Russian oil sites almost 160 times since January.", [160]),
        ("The plant has lost power ten times since 2022.", [10]),
        ("Russia fired ten times as many missiles.", [10]),
        # Parts of a count, each over its place, take its unit.
        ("Russia sent 90 drones, including nine over the Bryansk region and six apiece over"
         " the Tula and Ryazan regions.", [90, 9, 6]),
    ],
)  # fmt: skip
def test_counts_of_times_and_parts_counted_over_places(sentence: str, values: list[int]) -> None:
    assert [q.value for q in quantities(sentence)] == values


def test_a_count_that_goes_on_keeps_its_unit_and_its_night() -> None:
    # "130 drones between 23:00 yesterday and 08:00 this morning." then "The Kursk region saw
    # the most (31), ahead of Voronezh (21)": the same drones, of the same night.
    facts = extract_text(
        " date 2025-10-31 Russia's defence ministry says its air defences brought down 130"
        " drones between 23:00 Moscow time yesterday and 08:00 this morning. The Kursk region"
        " saw the most (31), ahead of Voronezh (21).\n"
    ).facts
    dated = {f.value: f.date for f in facts if f.value}
    assert dated[130] == dated[31] == dated[21] == "2025-10-30/2025-10-31"
    assert counted_again("Work goes on until every one of them is home.", "bodies", []) == []


def test_a_part_of_a_count_takes_its_date_unless_a_baseline_or_its_own_time() -> None:
    facts = extract_text(
        " date 2025-06-10 Russia launched 499 drones on the night of June 9 to 10, including"
        " 46 over Bryansk Oblast.\n"
    ).facts
    assert {f.value: f.date for f in facts if f.value} == {
        499: "2025-06-09/2025-06-10",
        46: "2025-06-09/2025-06-10",
    }
    facts = extract_text(
        " date 2025-08-13 Moscow held 78% of Donetsk at the end of July, up from 62% a year"
        " earlier.\n"
    ).facts
    assert [f.date for f in facts if f.value == 62] != ["2025-07-31"]


def test_two_weekdays_between_which_a_night_ran() -> None:
    when = dates("between Monday evening and Tuesday morning Russia launched 37 drones", DAY)
    assert when[0].date == "2026-02-02/2026-02-03"


def test_a_thing_done_on_a_date_is_its_own_claim_and_leaves_the_sentence_open() -> None:
    # "on the plan he set out in May 2024": May 2024 is the plan's, not the saying's; the
    # plan and its date are a claim of their own, and the sentence's date is left open.
    found = extract_text(
        " date 2025-12-19 The Russian leader said peace was possible on the terms he set out"
        " in May 2024, but saw no will for it in Kyiv.\n"
    ).facts
    assert sorted((f.quote, f.date) for f in found) == [
        ("The Russian leader said peace was possible on the terms he set out in May 2024, but"
         " saw no will for it in Kyiv.", ""),
        ("the terms he set out in May 2024", "2024-05"),
    ]  # fmt: skip
    sentence = "He mocked the minister over a photo the minister posted from the front last week."
    when = [w for w in dates(sentence, DAY) if w.date][-1]
    assert "a later clause describes" in unsure(sentence, when)


def test_a_figure_within_an_event_dated_from_another_is_that_event_s() -> None:
    found = extract_text(
        " date 2025-09-05 The Kremlin rejected foreign troops in Ukraine today, a day after"
        " 26 countries pledged to join a reassurance force.\n"
    ).facts
    assert [(f.value, f.date) for f in found if f.value] == [(26, "2025-09-04")]
    assert [f.date for f in found if not f.value] == ["2025-09-05"]
    assert [f.quote for f in found if f.value] == [
        "a day after 26 countries pledged to join a reassurance force"
    ]


def test_last_weekday_in_the_story_of_the_next_day_is_left_open() -> None:
    # "last Thursday" in a Friday's story: the day before, or a week before that.
    friday = date(2025, 9, 5)
    assert [w.date for w in dates("Last Thursday, Russia fired 500 drones.", friday)] == [""]
    assert [w.date for w in dates("Last Tuesday, Russia fired 500 drones.", friday)] == [
        "2025-09-02"
    ]


def test_the_next_two_years_after_an_event_is_a_length_not_an_offset() -> None:
    sentence = (
        "Leaders agreed on Friday to lend Kyiv 90 billion euros for the next two years after"
        " dropping a plan to use frozen assets."
    )
    assert [w.date for w in dates(sentence, date(2025, 12, 19))] == ["2025-12-19"]


def test_a_period_named_earlier_is_not_the_document_s_date() -> None:
    found = extract_text(
        " date 2025-12-19 The loan runs for two years. Kyiv's budget gap over that period is"
        " put at about 135 billion euros.\n"
    ).facts
    assert [f.date for f in found if f.value == 135_000_000_000] == [""]


def test_a_sentence_with_its_own_time_or_said_now_takes_no_day_from_the_one_before() -> None:
    found = extract_text(
        " date 2025-10-16 The plant was hit on 3 October. Overnight, air defences downed 283"
        " drones, the Air Force said, while 14 missiles hit 14 locations.\n\nThe truce began on"
        " 25 March. Kyiv says Russia broke it on its first day.\n"
    ).facts
    assert not [f.date for f in found if f.value == 14 and f.date == "2025-10-03"]
    assert [f.date for f in found if f.quote.startswith("Kyiv says")] != ["2025-03-25"]


def test_a_since_after_an_ordinal_says_how_long_the_count_runs() -> None:
    # "the tenth loss since the occupation": a record's span, as "the first since", so the
    # sentence's own day stands.
    sentence = "Off-site power was lost on 23 September, the tenth total loss since the occupation."
    when = [w for w in dates(sentence, date(2025, 10, 3)) if w.date]
    assert [(w.date, unsure(sentence, w)) for w in when] == [("2025-09-23", "")]


def test_a_count_of_the_sources_of_the_figures_is_no_claim() -> None:
    found = extract_text(
        " date 2025-08-02 Russia fired more drones in July than in any month of the war,"
        " according to two sets of figures published on Friday.\n"
    ).facts
    assert [(f.value, f.date) for f in found] == [(None, "2025-07")]


def test_a_body_named_with_what_it_issued_or_what_kind_it_is_is_that_body() -> None:
    found = extract_text(
        " date 2025-11-05 Russian forces gained 461 square kilometres in October, according"
        " to AFP's analysis of mapping data. The Ukrainian open-source project DeepState said"
        " Russia took 449 square kilometres in May. Air defences destroyed 102 drones, the"
        " Russian Ministry of Defense (MoD) said. The Air Force shot down 35 drones.\n"
    )
    names = {s.id: s.name for s in found.sources}
    assert [names[f.source] for f in found.facts if f.value] == [
        "AFP", "DeepState", "Russian Ministry of Defense", "Air Force"
    ]  # fmt: skip


def test_a_generic_noun_is_the_body_named_with_it_and_a_comma_acronym_an_alias() -> None:
    found = extract_text(
        " date 2025-10-16\n1. Civilian casualties (UN Human Rights Monitoring Mission in"
        " Ukraine, HRMMU)\n- At least 214 civilians were killed in September.\n\nUkraine's Air"
        " Force said it downed 283 drones. The mission documented 31 attacks on energy sites.\n"
    )
    names = {s.id: s.name for s in found.sources}
    assert [names[f.source] for f in found.facts if f.value in (214, 31)] == [
        "UN Human Rights Monitoring Mission in Ukraine"
    ] * 2


def test_a_table_s_rows_are_claims_in_its_columns_measures() -> None:
    # Each figure of a row is a claim in its column's measure, of the row's date, by the row's
    # source; a markdown rule and the edges' bars are no cells.
    found = extract_text(
        " date 2025-10-16\nAIR ATTACKS\n\n"
        "| Period | Drones launched | Missiles launched | Source |\n"
        "|---|---|---|---|\n| 28 September | 595 | 48 | Air Force |\n"
        "September 2025 | about 5,638 | 185 | Air Force data compiled by AFP\n"
    )
    names = {s.id: s.name for s in found.sources}
    assert [(f.value, f.unit, f.qualifier, f.date, names[f.source]) for f in found.facts] == [
        (595, "drones launched", "", "2025-09-28", "Air Force"),
        (48, "missiles launched", "", "2025-09-28", "Air Force"),
        (5638, "drones launched", "about", "2025-09", "Air Force"),
        (185, "missiles launched", "", "2025-09", "Air Force"),
    ]


def test_a_table_s_row_records_what_was_so_a_day_without_its_year_is_not_to_come() -> None:
    # A sheet of 31 December lists the year's swaps: "2 Jan" is the January gone, not the
    # one two days on; of two bodies in the "Reported by" cell, the first.
    found = extract_text(
        " date 2024-12-31\nSWAPS THIS YEAR\n\n"
        "| Date | Soldiers freed | Reported by |\n"
        "| 2 Jan | 120 | Coordination Headquarters; Defence Ministry of Russia |\n"
        "| 20 Dec | 95 | Defence Ministry of Russia |\n"
    )
    names = {s.id: s.name for s in found.sources}
    assert [(f.value, f.date, names[f.source]) for f in found.facts] == [
        (120, "2024-01-02", "Coordination Headquarters"),
        (95, "2024-12-20", "Defence Ministry of Russia"),
    ]
    assert "in a table's row" in found.facts[0].date_basis
    # A table of what is to come ("Delegates expected") keeps its days ahead.
    ahead_table = extract_text(
        " date 2024-12-31\nTALKS CALENDAR\n\n| Date | Delegates expected | Host |\n"
        "| 7 Jan | 40 | Geneva office |\n"
    )
    assert [(f.value, f.date) for f in ahead_table.facts] == [(40, "2025-01-07")]
    # Outside a table, a day a week ahead is still the one to come.
    ahead = extract_text(" date 2024-12-31\nTalks are planned for 7 January, officials said.\n")
    assert [f.date for f in ahead.facts] == ["2025-01-07"]


def test_an_ordinal_that_counts_so_far_is_a_figure_and_its_span_no_date_of_the_event() -> None:
    # "Moscow's ninth big strike on the grid this year": 9, counted over the year; where the
    # sentence dates the event ("yesterday"), that is the claim's date; where it gives only
    # the span, the span is all it says.
    assert [
        (q.value, q.unit)
        for q in quantities("It was Moscow's ninth big strike on the power grid this year.")
    ] == [(9, "strike")]
    dated = extract_text(
        " date 2024-11-30\nKyiv and Moscow swapped captives yesterday for the eighth time this"
        " year, officials said.\n\nThe grid operator said it was the 14th mass attack on the"
        " network this year.\n"
    )
    assert [(f.value, f.date) for f in dated.facts] == [(8, "2024-11-29"), (14, "2024")]
    # A comparison's baseline is no date of the event; a name after the ordinal is no unit,
    # and "the first ... since" is a record, not a count of one.
    unlike = extract_text(
        " date 2024-11-30\nUnlike in 2023, they swapped captives for the eighth time this year.\n"
    )
    assert [(f.value, f.date) for f in unlike.facts] == [(8, "2024")]
    assert [(q.value, q.unit) for q in quantities("his sixth meeting with Putin since May")] == [
        (6, "meeting")
    ]
    assert quantities("Moscow's first strike on Lviv since the summer") == []
    # An ordinal alone is no claim, but for a round, meeting or exchange.
    assert extract_text(" date 2024-11-30\nThe first signs of a thaw were seen.\n").facts == []


def test_what_is_expected_with_no_date_of_its_own_is_left_open() -> None:
    # What is expected, foreseen or intended has not come about by the report: not "had
    # happened by" its date. A budget's year is the year its figures are for.
    found = extract_text(
        " date 2025-09-30\nForecasters expect Moscow to fire more than 1,000 drones in one"
        " night.\n\nThe draft 2027 budget foresees a deficit of 12.5% of GDP.\n\n"
        "The ministry counted 40 strikes on the grid.\n"
    )
    assert [(f.value, f.date) for f in found.facts] == [
        (1000, ""),
        (12.5, "2027"),
        (40, "../2025-09-30"),
    ]
    assert "left open" in found.facts[0].date_basis
    assert [w.date for w in dates("Its 2026 state budget is due in October.", date(2025, 9, 1))][
        :1
    ] == ["2026"]
    assert [w.date for w in dates("Russia's 2027 defence budget grows.", date(2025, 9, 1))] == [
        "2027"
    ]
    assert dates("The finance ministry submits 2027 budget plans.", date(2025, 9, 1)) == []
    # What came about as foreseen, or with an aim, is no expectation.
    done = extract_text(
        " date 2025-09-30\nAs predicted, the grid lost 40% of its capacity.\n\n"
        "The strikes, intended to cripple the grid, hit 8 substations.\n"
    )
    assert [(f.value, f.date) for f in done.facts] == [(40, "../2025-09-30"), (8, "../2025-09-30")]


def test_one_of_the_heaviest_is_a_ranking_not_a_count() -> None:
    assert quantities("He called it one of the heaviest blows yet to the grid.") == []
    assert [(q.value, q.unit) for q in quantities("One of the drones hit a school.")] == [
        (1, "drones")
    ]


def test_a_labelled_line_with_a_figure_is_a_claim_however_short() -> None:
    # Fact sheets list figures as "Label: figure" lines with no full stop; they are claims,
    # not section titles, even at eight characters; a label may hold a year, and a figure
    # may stand before its credit in square brackets.
    found = extract_text(
        " date 2024-12-31\nFACT SHEET: The swap of 30 December\n\n1. Who came back\n"
        "Brought back in all: 160 [Ukraine's ombudsman]\nMarines: 12\n"
        "Rounds brokered since the start of 2024: 9\nCivilians: 3\n\n"
        "War in Ukraine: what we know on day 1,041\n"
    )
    assert sorted((f.value, f.unit) for f in found.facts) == [
        (3, "civilians"),
        (9, "rounds brokered since the start of 2024"),
        (12, "marines"),
        (160, "brought back in all"),
    ]


def test_table_cells_and_row_figures() -> None:
    header = [c for _, c in table_cells("Period | Drones launched | Source")]
    assert header == ["Period", "Drones launched", "Source"]
    assert table_cells("no table here") == []
    assert table_cells("a | b") == []  # two cells: a line with a bar, not a table
    row = "3 October | more than 381 | Air Force"
    assert [(q.value, q.unit, q.qualifier) for q in row_figures(row, header)] == [
        (381, "drones launched", "more than")
    ]


def test_a_tally_reached_by_a_time_the_sentence_opens_with() -> None:
    # "By the second anniversary of the invasion, in February 2024, it had confirmed ...": a
    # tally by then, not a count of February 2024 alone.
    found = extract_text(
        " date 2025-11-12 By the second anniversary of the invasion, in February 2024, the"
        " mission had confirmed 30,457 casualties.\n"
    ).facts
    assert [f.date for f in found if f.value == 30457] == ["../2024-02-29"]


def test_what_the_person_just_named_did_on_a_date_is_a_claim_of_its_own() -> None:
    found = extract_text(
        " date 2025-12-19 President Volodymyr Zelensky, who lobbied leaders in person on"
        " Thursday, wrote on X on Friday that the money would help.\n"
    ).facts
    assert ("who lobbied leaders in person on Thursday", "2025-12-18") in [
        (f.quote, f.date) for f in found
    ]


def test_a_period_covered_is_a_period_with_both_ends() -> None:
    # "covering October 2025 to March 2026": a period with both ends, as "from ... to" is.
    sentence = "The plan, covering October 2025 to March 2026, seeks US$277 million."
    assert [w.date for w in dates(sentence, date(2025, 11, 12))] == ["2025-10/2026-03"]


def test_in_two_weeks_counts_on_only_for_what_is_to_come() -> None:
    # "the third time in two weeks", "took 500 sq km in two weeks": a span, not a day ahead.
    day = date(2025, 7, 10)
    for sentence in (
        "This was the third time in two weeks that Russia set a new drone record.",
        "Russia took 500 sq km in two weeks.",
    ):
        assert [w.date for w in dates(sentence, day)] == [""], sentence
    assert [w.date for w in dates("The ceasefire will expire in three days.", day)] == [
        "2025-07-13"
    ]


def test_a_date_in_an_aside_does_not_date_a_figure_outside_it() -> None:
    found = extract_text(
        " date 2025-07-10 Meloni opened the recovery conference, which runs until tomorrow,"
        " and said pledges made so far topped 10 billion euros.\n"
    ).facts
    assert [f.date for f in found if f.value == 10_000_000_000] != ["2025-07-11"]


def test_two_dated_events_joined_by_a_semicolon_are_two_claims() -> None:
    found = extract_text(
        " date 2025-07-09 The Pentagon had halted some shipments on 1 July; Trump ordered"
        " deliveries resumed on Monday.\n"
    ).facts
    assert [(f.quote, f.date) for f in found] == [
        ("The Pentagon had halted some shipments on 1 July", "2025-07-01"),
        ("Trump ordered deliveries resumed on Monday", "2025-07-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2025-07-21 The new rules were printed in the official gazette on Saturday"
            " and came into force on Sunday.\n",
            [("The new rules were printed in the official gazette on Saturday", "2025-07-19"),
             ("and came into force on Sunday.", "2025-07-20")],
        ),
        (
            " date 2024-02-27 Norway signed the accord in May 2022 with Iceland, which"
            " ratified it in April last year.\n",
            [("Norway signed the accord in May 2022 with Iceland", "2022-05"),
             ("which ratified it in April last year.", "2023-04")],
        ),
        (
            " date 2025-10-15 The envoy spoke to reporters on Friday, saying the talks"
            " would go on in Geneva on 17 October.\n",
            [("The envoy spoke to reporters on Friday", "2025-10-10"),
             ("saying the talks would go on in Geneva on 17 October.", "2025-10-17")],
        ),
    ],
)  # fmt: skip
def test_dated_clauses_of_a_sentence_are_claims_of_their_own_days(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_text(text).facts
    assert [(f.quote, f.date) for f in found] == expected  # no quote opens on a space


def test_a_dated_clause_is_read_in_its_own_tense() -> None:
    # "will" in the second clause does not turn the first one's Wednesday ahead.
    found = extract_text(
        " date 2025-06-20 The assembly passed the bill on Wednesday and it will come into"
        " force on 1 August.\n"
    ).facts
    assert [f.date for f in found] == ["2025-06-18", "2025-08-01"]


@pytest.mark.parametrize(
    "text",
    [
        # which year's 1 January is meant is unsure, in what would come
        " date 2025-05-22 The president signed the law on Monday and said it would take"
        " effect on 1 January.\n",
        # a Monday after a day weeks back may count from that day
        " date 2025-06-20 The team reached Geneva on 1 June, and talks began on Monday.\n",
        # a date phrase a clause cut would split: "May 15, 2025"
        " date 2025-05-20 Leaders backed talks in Geneva on May 15, 2025, which Kyiv accepted"
        " on Sunday.\n",
    ],
)
def test_a_sentence_whose_clauses_dates_may_mislead_stays_one_claim(text: str) -> None:
    assert len(extract_text(text).facts) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause that opens no clause of its own ("Smith, the minister") stays with the
        # run before it, which then holds two date phrases: one claim, as before
        "The minister, in office since March 2022, met the mayor on Monday.",
        # an event dated from another ("two days after ...") is its own claim already
        "The convoy left on Monday, two days after the ceasefire began on 3 May.",
    ],
)
def test_clauses_are_not_cut_where_none_opens(sentence: str) -> None:
    from conflictfacts.extract import _dated_clauses

    day = date(2025, 5, 7)
    when = dates(sentence, day)
    relative = [w for w in when if "after" in w.text]
    assert _dated_clauses(sentence, when, relative, day) == []


def test_a_sentence_with_a_time_of_its_own_takes_no_day_from_the_one_before() -> None:
    told = " date 2024-09-12\nOfficials met in Kyiv on 10 September.\n"
    year = told + "Two governments signed a supply contract in late 2023, officials said.\n"
    (fact,) = [f for f in extract_text(year).facts if "contract" in f.quote]
    assert fact.date == "2023" and "late 2023" in fact.date_basis
    by = told + "By evening the tally of wounded stood at 40.\n"
    (fact,) = [f for f in extract_text(by).facts if f.value == 40]
    assert "the sentence before" not in fact.date_basis and fact.date != "2024-09-10"


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (" date 2026-01-09\nLVIV, Jan 9 - Drones hit a depot late on Thursday.\n", "2026-01-08"),
        # open for the reviewer, not "stated" as the report's day
        (" date 2025-07-10\nKyiv, 10 July 2025 - Monitors said 40 civilians died.\n", ""),
        # a timeline's entry is no dateline: its day is the entry's
        (" date 2025-07-20\nTuesday, 15 July - Drones struck a depot in Odesa.\n", "2025-07-15"),
        # nor is one inside a line, nor one filed on another day than the document's
        (" date 2025-05-17\nIn brief. KYIV, May 17 - Drones hit a depot.\n", "2025-05-17"),
        (" date 2025-05-19\nKYIV, May 17 - Drones hit a depot.\n", "2025-05-17"),
    ],
)
def test_a_dateline_s_day_is_the_report_s_and_no_date_of_its_first_sentence(
    text: str, dated: str
) -> None:
    assert [f.date for f in extract_text(text).facts] == [dated]


def test_since_a_month_of_a_year_named_earlier_is_left_open() -> None:
    found = extract_text(
        " date 2025-09-24 The dam has been held by troops since March 2022, and monitors have"
        " stayed at it since September of that year.\n"
    ).facts
    assert [(f.quote.strip(), f.date) for f in found] == [
        ("The dam has been held by troops since March 2022", "2022-03/2025-09-24"),
        ("and monitors have stayed at it since September of that year.", ""),
    ]


def test_months_listed_together_are_one_period_when_they_run_on() -> None:
    day = date(2025, 10, 10)
    sentence = "Over June, July and August, Russia took 1,548 sq km."
    assert [w.date for w in dates(sentence, day)] == ["2025-06/2025-08"]
    assert [w.date for w in dates("Strikes hit in May, July and September.", day)] == [""]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The conflict has lasted eleven years.", "../2025-02-24"),
        ("The mission has verified 2,520 children killed in three years of war.", "../2025-02-24"),
        ("It was the largest toll the mission has recorded in three years.", "../2025-02-24"),
        ("Russia controls about 19% of Ukraine.", "2025-02-24"),
        ("Russia now has 700,000 troops in a region it has held for ten years.", "2025-02-24"),
        ("Russia controls 19% of the country it has attacked for eleven years.", "2025-02-24"),
        (
            "About 6.9 million Ukrainians who have lived abroad for two years are refugees.",
            "2025-02-24",
        ),
    ],
)
def test_a_tally_up_to_now_over_years_is_no_state_of_the_report_s_day(
    sentence: str, dated: str
) -> None:
    # A present perfect over a length of years runs up to the report: it had come about by
    # then ("../D"), and is not dated to the report's day as a present state is; a present
    # state holds on the report's day, whatever span a clause beside it names.
    facts = extract_text(f" date 2025-02-24 {sentence}\n").facts
    assert facts and {f.date for f in facts if f.value} == {dated}, facts


def test_a_clause_of_when_is_of_the_one_date_of_the_clause_before_it() -> None:
    # "..., when Russia fired 540 drones": the night named in the clause before, even with
    # words between the date and "when".
    sentence = "Only the attack of 14 June was heavier, when Russia fired 540 drones."
    facts = extract_text(f" date 2025-09-01 {sentence}\n").facts
    assert [(f.value, f.date) for f in facts] == [(540, "2025-06-14")]
    # Not the day of a saying, nor a clause of what is to come: left open.
    said = "The ministry said on 3 June that talks would resume, when 500 prisoners are ready."
    facts = extract_text(f" date 2025-09-01 {said}\n").facts
    assert [f.date for f in facts if f.value == 500] == [""]


def test_a_clause_that_gives_the_period_of_what_it_follows_dates_its_figures() -> None:
    # "The appeal, covering May to August 2025, seeks 90 million": the appeal's period is the
    # claim's, and no date-only twin is proposed beside the figure.
    sentence = "The relief appeal, covering May to August 2025, seeks US$90 million for shelters."
    facts = extract_text(f" date 2025-06-02 {sentence}\n").facts
    assert [(f.value, f.date) for f in facts] == [(90_000_000, "2025-05/2025-08")]


def test_someone_going_on_to_speak_after_a_colon_speaks_for_the_paragraph() -> None:
    # "The mayor went on: ..." and the sentences of the paragraph after it that name no one:
    # the mayor's, marked as carried; a new paragraph is the document's own again.
    text = (
        " date 2024-08-13\nThe regional governor, Ivan Petrenko, met ministers on Monday."
        "\n\nPetrenko went on: 4,200 people have left the border villages."
        " Nine civilians have been wounded. Some 31 drones were shot down."
        "\n\nTrains left for the capital every hour, carrying 600 people.\n"
    )
    found = extract_text(text)
    facts = {f.value: f for f in found.facts if f.value}
    assert [facts[v].source for v in (4200, 9, 31)] == ["Petrenko"] * 3
    assert any("carried" in c for c in found.checks[facts[9].id])
    assert facts[600].source == "Unattributed"
    # A pronoun going on ("It added:") is read by the pronoun rules, as the body last named,
    # and leads nothing after it.
    text = (
        " date 2024-08-13\nThe air force reported a quiet night.\n\nIvan Petrenko went on: 4,200"
        " people have left.\n\nIt added: 15 drones were downed overnight. Eight were jammed.\n"
    )
    facts = {f.value: f for f in extract_text(text).facts if f.value}
    assert facts[15].source not in ("Ivan Petrenko", "Unattributed"), facts[15].source
    assert facts[8].source != "Ivan Petrenko"


def test_a_sentence_that_runs_into_a_colon_is_no_source_line() -> None:
    # "The ministry dismissed the plan: ..." is a sentence, not a fact sheet's "Source:" line:
    # its source is the ministry (or whom the words after the colon name), never the clause.
    text = (
        " date 2024-04-25\nThe Kremlin dismissed the package: its spokesman said on Monday"
        " that 60 per cent of the money would stay in the United States.\n"
    )
    (fact,) = [f for f in extract_text(text).facts if f.value == 60]
    assert "dismissed" not in fact.source and fact.source != "Unattributed"
    # A fact sheet's line whose lead is a source and a label noun keeps its source.
    for line in ("World Bank assessment: 524 billion dollars", "UN OCHA estimate: 12.7 million"):
        facts = extract_text(f" date 2024-04-25\n{line} of damage.\n").facts
        assert facts and all(f.source != "Unattributed" for f in facts), line


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        # A time clause in the present tells what is to come: its month is the next one.
        ("Both want gains before Trump is sworn in as U.S. president in January.", "2025-01"),
        ("The ban holds until the ceasefire is signed in March.", "2025-03"),
        # In the past, it is the last one.
        ("Kyiv's troops held the town until it was taken in March.", "2024-03"),
        ("Power went before the dam is said to have been destroyed in June.", "2024-06"),
        ("Russia launched 2,000 drones in January.", "2024-01"),
    ],
)  # fmt: skip
def test_a_month_after_a_time_clause_in_the_present_is_to_come(sentence: str, month: str) -> None:
    from conflictfacts.findings import dates

    assert [w.date for w in dates(sentence, date(2024, 11, 28))] == [month]


@pytest.mark.parametrize(
    ("sentence", "day", "dated"),
    [
        ("The protests began ten years ago today.", date(2023, 11, 21), ["2013-11-21"]),
        ("Talks began four years ago today.", date(2028, 2, 29), ["2024-02-29"]),
        ("Talks began ten years ago today.", date(2024, 2, 29), ["2014"]),  # no 29 February
        ("Losses rose two and a half years ago today.", date(2025, 4, 8), ["2023"]),
        ("Losses rose 1.5 years ago today.", date(2025, 4, 8), ["2024"]),
        ("The temple rose 3,000 years ago today.", date(2025, 4, 8), [""]),  # before year 1
        ("The temple rose 2,025 years ago.", date(2025, 4, 8), [""]),
    ],
)  # fmt: skip
def test_so_many_years_ago_today(sentence: str, day: date, dated: list[str]) -> None:
    from conflictfacts.findings import dates

    assert [w.date for w in dates(sentence, day)] == dated


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("The hotline put losses at 281,550 in the first eight months of 2025.", "2025-01/2025-08"),
        ("In the first 12 months of the full-scale invasion, 8,006 died.", "2022-02-24/2023-02-24"),
        ("In the first three days of the invasion, 100 people died.", "2022-02-24/2022-02-26"),
        ("Over the first two weeks of the war, 2 million fled.", "2022-02-24/2022-03-09"),
        ("In the first zero months of 2025, none.", ""),  # no period: nothing said of it
        ("In the first 9,999 years of the war, 100 died.", ""),  # past any date there is
        ("In the first 1.5 years of the war, 100 died.", ""),  # which day it ends is unsure
        ("In the first 18 months of 2025, 100 died.", ""),  # more than the year
        ("In the first two weeks of the war in Gaza, 100 died.", ""),  # another war
    ],
)  # fmt: skip
def test_the_first_days_or_months_of_a_year_or_of_the_invasion(sentence: str, period: str) -> None:
    from conflictfacts.findings import dates

    found = [w.date for w in dates(sentence, date(2026, 1, 12)) if "/" in w.date]
    assert found == ([period] if period else [])


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("The leftover 30 tonnes of grain were shipped.", ""),  # not "over 30"
        ("A handsome 40 percent of the vote went to him.", ""),  # not "some 40"
        ("Over 30 tonnes of grain were shipped.", "over"),
        ("Some 40 percent of the vote went to him.", "some"),
    ],
)
def test_a_hedge_is_a_word_of_its_own(sentence: str, hedge: str) -> None:
    from conflictfacts.findings import quantities

    (found,) = quantities(sentence)
    assert found.qualifier == hedge


_ODESA = " date 2026-02-07\nKYIV - Russian missiles struck Odesa on Thursday, officials said.\n"
"""A wire story of Saturday 7 February 2026 whose first sentence gives one day, Thursday the
5th, for the sentences after it to count from."""


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # A day counted from the day the sentence before gives, either way.
        ("A day earlier, in Brussels, Zelensky told reporters 10,000 soldiers were ready.",
         "2026-02-04"),
        ("Two days later a second strike killed 12 people.", "2026-02-07"),
        ("The next day a second strike killed 12 people.", "2026-02-06"),
        ("The day before, a drone strike killed 12 people.", "2026-02-04"),
        # The day the sentence gives itself is its day: the words restate it.
        ("Two days earlier, on 2 February, a drone struck 12 homes in Kharkiv.", "2026-02-02"),
        # Not a day counted from another: a hedged length, another event's day.
        ("The previous swap, on 18 December, came more than seven weeks earlier.",
         "2025-12-18"),
        # What was to come after another event the sentence names ("once published"): not
        # counted from the sentence before.
        ("The rule would apply to 12 ports once published, starting the next day.", ""),
    ],
)  # fmt: skip
def test_a_day_counted_from_the_day_the_sentence_before_gives(sentence: str, dated: str) -> None:
    facts = extract_text(_ODESA + sentence + "\n").facts
    assert facts[-1].date == dated, facts[-1].date_basis
    if dated and "sentence before" in facts[-1].date_basis:
        assert "2026-02-05" in facts[-1].date_basis  # what a reviewer checks it against


def test_no_day_is_counted_past_the_report_nor_against_a_plan() -> None:
    # "Five days later" than Thursday 5 February, in a story of the 7th: no such day yet
    (fact,) = extract_text(_ODESA + "Five days later a strike killed 12 people.\n").facts[1:]
    assert fact.date == "" or fact.date.startswith("../")
    # "Earlier than planned" says when against a plan, not a day before another
    text = _ODESA + "The drill of 12 brigades began on 3 February, two days earlier than planned.\n"
    assert next(f for f in extract_text(text).facts if f.value == 12).date == "2026-02-03"
    # A stretch of "the year" still to run at the report (in January) is not of its year
    january = " date 2025-01-20\nIn the first eleven months of the year 1,100 posts were cut.\n"
    assert not extract_text(january).facts[0].date.startswith("2025-01/")
    # "the year-long offensive" is no year of the document
    said = "In the first three months of the year-long offensive 900 soldiers died."
    assert not [w for w in dates(said, date(2026, 8, 1)) if w.date.startswith("2026-01/")]


@pytest.mark.parametrize(
    "before",
    [
        # a deadline, not an event: "a day earlier" is not the day before it
        "Washington has given Kyiv until Thursday, 27 November, to answer.",
        # the day of a plan comes between: which day "the day before" counts from is unsure
        "Talks were held in London on Monday. Witkoff is due in Moscow on Thursday.",
    ],
)
def test_a_day_is_not_counted_from_a_deadline_or_past_a_plan(before: str) -> None:
    for day in ("2025-11-24", "2025-11-30"):  # the deadline still to come, or gone by
        text = f" date {day}\nX\n\n{before} A day earlier, envoys met 3 times in Miami.\n"
        (fact,) = [f for f in extract_text(text).facts if f.value == 3]
        assert fact.date in ("", f"../{day}"), fact.date_basis


def test_a_day_counted_from_no_day_given_is_left_open_not_the_day_before() -> None:
    told = " date 2026-02-07\nKYIV - Officials said talks would resume.\n"
    (fact,) = extract_text(told + "A day earlier, Zelensky said 12 people had died.\n").facts[1:]
    assert fact.date == "" and "left open" in fact.date_basis
    assert day_shift("a day earlier") == -1 and day_shift("three weeks later") == 21
    assert day_shift("the day before the attack") is None and day_shift("a week on") is None


@pytest.mark.parametrize(
    ("sentence", "day", "dated"),
    [
        # "This Friday": the Friday of the document's week, Monday to Sunday.
        ("Russia will keep pressing ahead of the deadline this Friday.", date(2026, 2, 2),
         "2026-02-06"),
        ("Talks resumed this Monday in Geneva.", date(2026, 2, 4), "2026-02-02"),
        # Against the tense, which this week's day is meant is unsure: left open.
        ("Leaders will meet this Monday.", date(2026, 2, 4), ""),
        ("The minister arrived this Friday.", date(2026, 2, 2), ""),
        # An event expected or pencilled in for a weekday is the next one.
        ("A vote on the cabinet is expected on Thursday.", date(2026, 2, 4), "2026-02-05"),
        ("European leaders are expected in Berlin on Monday.", date(2026, 2, 4), "2026-02-09"),
        ("Zelensky is expected at the summit in Alaska on Friday, his office said.",
         date(2025, 8, 13), "2025-08-15"),
        # An expectation of the past, or of another thing, says nothing of the weekday.
        ("Putin, who had long been expected at a summit with Trump, landed in Anchorage on"
         " Friday.", date(2025, 8, 17), "2025-08-15"),
        ("Output was weaker than expected in a Reuters poll, Rosstat said on Wednesday.",
         date(2025, 5, 17), "2025-05-14"),
        # "This Monday" in a Sunday's story, in the present: tomorrow or the week's first day?
        ("Leaders meet Trump at the White House this Monday.", date(2025, 8, 17), ""),
        ("The plans say the visit is pencilled in for Friday.", date(2026, 2, 4),
         "2026-02-06"),
    ],
)  # fmt: skip
def test_this_week_s_day_and_a_day_expected(sentence: str, day: date, dated: str) -> None:
    (when,) = dates(sentence, day)
    assert when.date == dated, when.basis


def test_two_days_of_one_event_joined_by_and_are_one_claim_over_both() -> None:
    text = (
        " date 2026-01-22\nZelensky announced the first meeting of the delegations, to be"
        " held in Abu Dhabi tomorrow and the day after.\n"
    )
    (fact,) = extract_text(text).facts
    assert fact.date == "2026-01-23/2026-01-24"


def test_a_source_line_under_a_section_s_title_gives_its_source_to_the_section() -> None:
    sheet = (
        " date 2025-06-10\nAIR WAR FACT SHEET\n\n1. AIR ATTACKS, MAY 2025\n"
        "Source: Ukrainian Air Force, monthly summary of 2 June\nDrones launched: 4,100\n"
        "Missiles launched: 160\n\nInterceptions rose through the month to 3,900 drones.\n\n"
        "2. PRISONER EXCHANGES\nExchanges in May: 2\n"
    )
    said = _said_by(sheet)
    for value in (4100, 160, 3900):  # its lines, and the paragraph after them
        assert said[value] == "Ukrainian Air Force", value
    assert said[2] != "Ukrainian Air Force"  # the next section's own
    # A title with every word but small ones capitalised opens its section too.
    titled = (
        " date 2025-10-05\nMONTHLY SHEET\n\nCivilian Casualties in September\n"
        "Source: HRMMU\nKilled in September: 214\n"
    )
    assert _said_by(titled)[214] == "HRMMU"
    # A "Source:" line under a line of data with no stop closes it, and opens nothing.
    closing = (
        " date 2025-11-03\nGAS\n\nRussia hit gas production 9 times in October\nSource: Naftogaz"
        "\n\nUkraine will need to import 4.4 bcm of gas this winter.\n"
    )
    assert _said_by(closing)[4.4] != "Naftogaz"


def _said_by(text: str) -> dict[float | None, str]:
    """Each value's source, by name, from one extraction of the text ("" for a source the
    extraction does not list)."""
    found = extract_text(text)
    names = {s.id: s.name for s in found.sources}
    return {f.value: names.get(f.source, "") for f in found.facts}


@pytest.mark.parametrize(
    ("sentence", "words", "day"),
    [
        # A "would" in what was then said is not the weekday's: the saying was that day.
        ("On Sunday the vice-president said the president would decide on the missiles.",
         "On Sunday", "2026-02-01"),
        ("The minister met the commanders on Monday and told them the allies would stay.",
         "on Monday", "2026-02-02"),
        # A saying that a clause parts from the plan before it dates the saying; a plan
        # that governs the verb of speech still looks forward.
        ("The vote is scheduled for Thursday, and the speaker confirmed on Tuesday that it"
         " will go ahead.", "on Tuesday", "2026-02-03"),
        ("The result is expected to be announced on Monday.", "on Monday", "2026-02-09"),
        # A participle with its agent gives the sentence no past; a passive does.
        ("Defence ministers, now chaired by Britain's minister, meet in Brussels on Thursday.",
         "on Thursday", "2026-02-12"),
        ("Defence ministers meet in Brussels on Thursday, with talks led by the Dutch minister.",
         "on Thursday", "2026-02-12"),
        ("The claims made on Friday are not supported by the evidence.", "on Friday",
         "2026-02-06"),
        ("Talks hosted by Turkey resume on Monday.", "on Monday", "2026-02-09"),
        # A verb and its measure, and a headline's participle, are no agent's.
        ("Russian forces advanced by about 12 kilometres near Pokrovsk on Monday despite the"
         " talks in Geneva.", "on Monday", "2026-02-02"),
        ("Two civilians killed by a Russian drone in Kherson on Tuesday", "on Tuesday",
         "2026-02-03"),
        # A semicolon parts two tenses, when the part after it has a verb of what is
        # scheduled.
        ("The first round ended on Monday; the delegations meet again in Geneva on Thursday.",
         "on Thursday", "2026-02-12"),
        ("The first round ended on Monday; the delegations meet again in Geneva on Thursday.",
         "on Monday", "2026-02-02"),
        ("Russia launched 95 drones on Friday; on Thursday, 120.", "on Thursday",
         "2026-02-05"),
        # A "would" that is no plan; a plan that governs verbs joined by "and"; a day that
        # names an event ("the Friday meeting").
        ("Officials would not say on Monday whether the talks had stalled.", "on Monday",
         "2026-02-02"),
        ("The terms are expected to be finalised and announced on Monday.", "on Monday",
         "2026-02-09"),
        ("Diplomats are preparing for the Friday meeting officials said would settle the"
         " border question.", "Friday", "2026-02-13"),
        ("Talks on Thursday on Russia's territorial claims will resume in Geneva, Peskov said.",
         "on Thursday", "2026-02-12"),
        ("On Wednesday Russia and Ukraine announced they would swap 175 prisoners.",
         "On Wednesday", "2026-02-04"),
        # Only a saying with a subject of its own after a break is parted from the plan.
        ("The agreement is expected to be signed in Riyadh, the Saudi capital, and announced"
         " on Friday.", "on Friday", "2026-02-13"),
        ("Zelensky will address the Bundestag, his office said on Tuesday.", "on Tuesday",
         "2026-02-03"),
        # A verb of what is scheduled in a clause that hangs on the main one, or in an
        # infinitive, tells nothing of the weekday's.
        ("Three killed by Russian strike on Odesa on Monday as Europe's leaders gather in"
         " London", "on Monday", "2026-02-02"),
        ("Merz arrived in Warsaw on Monday; on Tuesday he drove to Kyiv to meet Zelensky.",
         "on Tuesday", "2026-02-03"),
        # A weekday within the participle's own phrase is its day; a state "as of" a day.
        ("Delegations gather in Geneva to discuss the plan drafted by Steve Witkoff and Rustem"
         " Umerov in Miami on Friday.", "on Friday", "2026-02-06"),
        ("Russia claimed the town; Ukrainian units still hold the town centre as of Friday.",
         "Friday", "2026-02-06"),
    ],
)  # fmt: skip
def test_a_weekday_takes_the_tense_of_its_own_words(sentence: str, words: str, day: str) -> None:
    (when,) = [w for w in dates(sentence, DAY) if w.text == words]
    assert when.date == day


def test_a_source_s_name_without_what_its_end_adds() -> None:
    text = (
        " date 2026-02-07\nStrikes and talks\n\n"
        "Macron hosted 20 leaders in Paris on Monday. He told reporters that 12 of them"
        " backed the plan.\n\n"
        "Two shops were damaged in Odesa, officials said. On Friday, US officials said 40"
        " missiles were sent.\n\n"
        "Losses\nSource: HRMMU civilian casualty update, 12 January\n\n- Killed in December:"
        " 157\n\n"
        "Returns\nSource: Coordination Headquarters for the Treatment of Prisoners of War"
        " (Government of Ukraine)\n\n- Freed in January: 205\n\n"
        "According to the DeepState mapping project, Russia took 259 square kilometres in"
        " January.\n\n"
        "Shelling\nSource: Kharkiv regional governor update\n\n- Homes hit: 73\n"
    )
    said = _said_by(text)
    assert (said[2], said[40]) == ("Officials", "US officials")  # two sources, not one
    assert said[157] == "HRMMU"  # the body, not its update
    assert said[205] == "Coordination Headquarters for the Treatment of Prisoners of War"
    assert said[259] == "DeepState"
    assert said[73] == "Kharkiv regional governor"  # a name's own words, not an acronym's work


def test_a_phrase_opening_a_sentence_is_no_claim_of_its_own() -> None:
    text = (
        " date 2025-06-18\nWar\n\n"
        "Speaking to G7 leaders in Canada on Tuesday, the president said missiles had hit about"
        " 30 locations in Kyiv.\n\n"
        "In a joint statement released on Sunday, the delegations said they had agreed 12"
        " points.\n\n"
        "After a key donor suspended its funding in January, the agency cut 40 percent of its"
        " staff.\n"
    )
    quotes = [f.quote for f in extract_text(text).facts]
    assert not any(q.startswith(("Speaking", "In a joint")) and q.endswith("day") for q in quotes)
    assert len([q for q in quotes if q.startswith(("Speaking", "In a joint"))]) == 2  # figures
    # A clause that opens the sentence, with a verb of its own, is still a claim, and so
    # are where and when something was done, not said.
    assert "After a key donor suspended its funding in January" in quotes
    done = (
        " date 2026-02-07\nTalks\n\nDuring the talks in Geneva on Tuesday, the sides agreed"
        " to swap 1,000 prisoners.\n\nIn Kyiv late on Friday, air defences downed 30 drones.\n"
    )
    done += "\nAt a donor conference in Rome on Thursday, governments pledged 2.3 billion euros.\n"
    dated = {f.quote: f.date for f in extract_text(done).facts}
    assert dated["During the talks in Geneva on Tuesday"] == "2026-02-03"
    assert dated["At a donor conference in Rome on Thursday"] == "2026-02-05"
    assert dated["In Kyiv late on Friday"] == "2026-02-06"


def test_a_work_pointed_back_to_is_its_owner_s_and_it_is_a_body_named_just_before() -> None:
    text = (
        " date 2026-02-07\nLosses and gains\n\n"
        "Kiel Institute data, analysed by Reuters, show 3 billion euros of aid in January."
        " The same count gave 5 billion euros in February.\n\n"
        "British intelligence put Russian losses at 900,000. The Kremlin rejected the figure."
        " The same estimate put tank losses at 4,000.\n\n"
        "The IAEA said 2 reactors were offline. The plant lost power for the 10th time."
        " Russia's economy grew by 1.4 percent. It recorded 7 months of growth.\n\n"
        "Russian Claims\nSource: Ministry of Defence (Russia)\n\n- Drones downed: 41\n\n"
        "Ukrainian Counts\nSource: Ministry of Defence (Ukraine)\n\n- Drones launched: 88\n\n"
        "Power\nSource: Ukrainian energy ministry data\n\n- Homes cut off: 120,000\n"
    )
    said = _said_by(text)
    assert said[5_000_000_000] == "Kiel Institute"  # the work the sentence before named
    assert said[4000] != "Kremlin"  # not the party that rejected it
    assert said[7] != "IAEA"  # "It": not a body named three sentences before
    assert said[2] == "IAEA"
    assert (said[41], said[88]) == ("Ministry of Defence (Russia)", "Ministry of Defence (Ukraine)")
    assert said[120000] == "Ukrainian energy ministry"

"""eCFR Markdown without front matter: every layout's section headings, exact offsets, FR dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.chunking import chunk_all
from ingest.formats import parse_source
from tests.builders import provision_text
from tests.official_builders import ecfr_section_md

CHAPTER = """---
title: CHAPTER I—DEPARTMENT OF STATE
chapter: I
title_number: 22
---

# Chapter I

    PART 22—FEES

### Part 22

      § 22.1   Schedule of fees.

#### § § 22.1

      A paraphrased fee schedule that is outside the export-control parts and must not be indexed.

> [80 FR 1, Jan. 2, 2015]

    PART 120—PURPOSE AND DEFINITIONS

### Part 120

      Subpart C—Definitions

      § 120.50   Export.

#### § § 120.50

        (a) Paraphrase: an export is sending a defense article or technical data out of the United States.

> [87 FR 16396, Mar. 23, 2022]

      §§ 120.51-120.53   [Reserved]

      § 120.54   Activities that are not exports, reexports, retransfers, or temporary imports.

#### § § 120.54

        (a) Paraphrase: the listed activities are not exports:

        (5) Sending, taking or storing unclassified technical data that is end-to-end encrypted.

> [87 FR 16411, Mar. 23, 2022, as amended at 89 FR 66214, Aug. 15, 2024]
"""


def test_a_chapter_dump_yields_only_export_control_sections_with_their_dates(tmp_path: Path) -> None:
    path = tmp_path / "chapter-I.md"
    path.write_text(CHAPTER, encoding="utf-8")
    provisions = parse_source(path)
    assert [p.citation for p in provisions] == ["22 CFR 120.50", "22 CFR 120.54"]
    export, carve_out = provisions
    assert export.as_of == date(2022, 3, 23) and carve_out.as_of == date(2024, 8, 15)
    assert carve_out.heading_path[1:3] == ("Part 120 — PURPOSE AND DEFINITIONS", "Subpart C — Definitions")
    assert "[Reserved]" not in export.body and "87 FR" not in carve_out.body and "§ §" not in carve_out.body


def test_a_provision_body_is_an_exact_slice_of_the_file_so_chunk_offsets_are_absolute(tmp_path: Path) -> None:
    path = tmp_path / "chapter-I.md"
    path.write_text(CHAPTER, encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    provisions = parse_source(path)
    for provision in provisions:
        assert text[provision.offset : provision.offset + len(provision.body)] == provision.body
    for chunk in chunk_all(provisions, 200, lambda t: len(t.split())):
        first_line = chunk.text.split("\n")[1]
        assert text[chunk.start : chunk.end].strip().startswith(first_line)


def test_per_section_files_are_dated_by_their_citation_line_and_split_when_long(tmp_path: Path) -> None:
    path = tmp_path / "section-120.54.md"
    filler = "Sending, taking or storing technical data protected by end-to-end encryption " * 25
    path.write_text(ecfr_section_md(storing=filler), encoding="utf-8")
    provisions = parse_source(path)
    assert [p.citation for p in provisions] == ["22 CFR 120.54(a)", "22 CFR 120.54(b)"]
    assert "(5) Sending" in provisions[0].body and provisions[0].as_of == date(2024, 8, 15)
    assert all(p.kind == "exclusion" for p in provisions)


def test_heading_path_chunks_take_the_title_from_the_title_heading(tmp_path: Path) -> None:
    path = tmp_path / "3324.md"
    path.write_text(
        "\n# Title 15 - Commerce and Foreign Trade\n##### PART 734 - SCOPE OF THE EXPORT ADMINISTRATION REGULATIONS\n"
        "###### § 734.13 Export.\n####### Export\n\n(b) Paraphrase: releasing technology to a foreign person in the "
        "United States is a deemed export to that person's country.\n",
        encoding="utf-8",
    )
    (provision,) = parse_source(path)
    assert provision.citation == "15 CFR 734.13" and provision.title == "Export"


def test_corpus_front_matter_still_takes_the_digest_path(tmp_path: Path) -> None:
    path = tmp_path / "digest.md"
    path.write_text(provision_text("15 CFR 734.7", "Published", "A digest body " * 8), encoding="utf-8")
    (provision,) = parse_source(path)
    assert provision.source_kind == "digest" and provision.citation == "15 CFR 734.7"

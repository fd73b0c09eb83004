"""Text and Markdown excerpts of acts: the instrument is recognised, its headings cited in order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.errors import UnsupportedDocument
from ingest.formats import parse_source

UK = """# The Export Control Order 2008

Made: 15th December 2008

Coming into force: 6th April 2009

## PART 1 — INTRODUCTORY

#### Citation and commencement

###### 1

Paraphrase: this Order has a short title and came into force on a day in 2009.

#### Interpretation

###### 2

- (1) Paraphrase: in this Order, “transfer” by electronic means covers sending software or technology by e-mail, fax or upload.
"""

MALAYSIA = """---
Title: D.R.04/2010 - Strategic Trade Bill 2010 (Passed)
URL: https://www.parlimen.gov.my/files/billindex/pdf/2010/DR042010E.pdf
---

STRATEGIC TRADE BILL 2010

ARRANGEMENT OF CLAUSES

1. Short title and commencement

2. Interpretation

-----

_Strategic Trade_ 5

**Short title** **and** **commencement**

**1. (1) This Act may be cited as the Strategic Trade Act 2010 (paraphrased fixture).**

-----

6 _Bill_

**Interpretation**

**2.** Paraphrase: in this Act “technology” means specific information for developing or using items.

-----

_Strategic Trade_ 7

“export” includes sending technology by any means to a place outside Malaysia (paraphrased).

-----

8 _Bill_

**Export of strategic items**

**9. (1) Paraphrase: nobody may export strategic items or technology without a permit.**

-----

_Strategic Trade_ 9

(2) Paraphrase: the permit may carry conditions about the end-user.

-----

10 _Bill_

(3) Paraphrase: a breach of the conditions is an offence.
"""

AMENDMENT = """---
Title: D.R. 3/2017 - Strategic Trade (Amendment) Bill 2017 (Passed)
Passed At:04/04/2017
---
An Act to amend the Strategic Trade Act 2010.

**Short title and commencement**

**1. (1) This Act may be cited as the Strategic Trade (Amendment) Act 2017.**

**Amendment of section 9**

**3.** Paraphrase: section 9 of the principal Act is amended by changing the penalties for exporting without a permit.
"""

SINGAPORE = """---
title: Intangible Transfer of Technology (ITT)
permalink: /businesses/strategic-goods-control/itt
---

# Intangible Transfer of Technology (ITT)

Paraphrase: sending controlled technology electronically from Singapore needs a permit under the Strategic Goods (Control) Act.

## Applying for a permit

Paraphrase: apply some working days before the transmission and attach the technical specifications.
"""


def _parse(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_source(path)


def test_uk_articles_take_their_number_and_their_heading(tmp_path: Path) -> None:
    provisions = _parse(tmp_path, "uk-eco-excerpt.md", UK)
    assert [(p.citation, p.title) for p in provisions] == [
        ("UK ECO 2008 Art. 1", "Citation and commencement"),
        ("UK ECO 2008 Art. 2", "Interpretation"),
    ]
    assert provisions[1].heading_path == ("Export Control Order 2008", "PART 1 — INTRODUCTORY")
    assert provisions[0].as_of == date(2009, 4, 6)  # the latest date the opening prints


def test_a_table_of_contents_is_not_cited_and_running_headers_are_dropped(tmp_path: Path) -> None:
    provisions = _parse(tmp_path, "malaysia/bill.md", MALAYSIA)
    assert [p.citation for p in provisions] == ["MY STA 2010 s. 1", "MY STA 2010 s. 2", "MY STA 2010 s. 9"]
    interpretation = provisions[1]
    assert interpretation.title == "Interpretation" and "“export” includes" in interpretation.body
    assert "_Strategic Trade_" not in interpretation.body and "_Bill_" not in interpretation.body
    assert "-----" not in interpretation.body
    assert "Export of strategic items" not in interpretation.body  # the next section's heading is its own
    assert provisions[2].title == "Export of strategic items" and "(3) Paraphrase" in provisions[2].body
    assert provisions[0].source_url.startswith("https://www.parlimen.gov.my/")


def test_an_amending_act_is_cited_by_the_section_it_amends(tmp_path: Path) -> None:
    (provision,) = _parse(tmp_path, "malaysia/2017-amendment/bill.md", AMENDMENT)
    assert provision.citation == "MY STA 2010 s. 9" and provision.title == "Amendment of section 9"
    assert provision.as_of == date(2017, 4, 4)


def test_guidance_pages_are_cited_to_the_provision_they_explain_and_marked_guidance(tmp_path: Path) -> None:
    provisions = _parse(tmp_path, "singapore-customs/itt.md", SINGAPORE)
    assert {p.citation for p in provisions} == {"SG SGCA s. 5"}
    assert all(p.kind == "guidance" for p in provisions)
    assert provisions[1].title == "Intangible Transfer of Technology (ITT): Applying for a permit"
    assert provisions[0].source_url == "https://www.customs.gov.sg/businesses/strategic-goods-control/itt"


def test_eu_excerpt_articles_and_annex_notes(tmp_path: Path) -> None:
    text = (
        "# Regulation (EU) 2021/821 (paraphrased excerpt)\n\n## CHAPTER I\n\n#### Article 2\n\n"
        "Paraphrase: definitions of export, exporter and technical assistance apply for this Regulation.\n\n"
        "## ANNEX I\n\n##### GENERAL TECHNOLOGY NOTE (GTN)\n\n"
        "Paraphrase: technology required for listed items is controlled according to each category.\n"
    )
    provisions = _parse(tmp_path, "eu-excerpt.md", text)
    assert [p.citation for p in provisions] == ["EU 2021/821 Art. 2", "EU 2021/821 Annex I GTN"]


def test_a_supplement_named_in_the_title_line_cites_the_whole_text(tmp_path: Path) -> None:
    (provision,) = _parse(
        tmp_path,
        "groups.txt",
        "Country Groups D:1-D:5 (15 CFR part 740, Supplement No. 1)\nD:5 (2): Alpha; Beta (paraphrased list)\n",
    )
    assert provision.citation == "15 CFR 740 Supp. 1"


def test_text_of_an_unknown_instrument_is_refused_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedDocument, match=r"notes\.txt: cannot tell which regulation"):
        _parse(tmp_path, "notes.txt", "Shopping list: apples, pears, a new kettle.\n")

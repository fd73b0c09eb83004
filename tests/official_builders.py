"""Official-format fixtures the tests build: eCFR XML and Markdown, a Wassenaar-style PDF with running
headers, footers and a table, EUR-Lex-style HTML, control-list JSON.

The structure follows the real formats (element names, classes, heading shapes, Federal Register
lines); the wording is our own paraphrase, never regulation text.
"""

from __future__ import annotations

import json
from pathlib import Path

# --- eCFR full XML (versioner API shape) --------------------------------------------------------

_LONG_734_18 = "\n".join(
    [
        "<P>(a) <I>Activities that are not exports.</I> The activities listed here are not exports, reexports or transfers:</P>",
        "<P>(1) Putting a satellite or other payload into orbit.</P>",
        "<P>(2) Passing technology or software between two persons inside the United States who are not foreign persons.</P>",
        "<P>(3) Passing technology within one foreign country among persons who are not foreign persons, provided no foreign person receives it.</P>",
        "<P>(4) Moving items between the states, territories and possessions of the United States.</P>",
        "<P>(5) Sending, taking or storing technology or software that is:</P>",
        "<P>(i) Not classified;</P>",
        "<P>(ii) Protected by <I>end-to-end encryption</I> along the whole path;</P>",
        "<P>(iii) Protected by cryptographic modules that meet the federal validation standard or give at least comparable strength, "
        "with key management following current federal guidance; and</P>",
        "<P>(iv) Not knowingly stored in a destination of the arms-embargo country group.</P>",
        "<NOTE><HED>Note 1 to paragraph (a)(5)(iv):</HED><P>Data passing over the internet on its way is not treated as stored.</P></NOTE>",
        "<P>(b) <I>Definitions.</I> For this section, <I>end-to-end encryption</I> means cryptographic protection such that the data is "
        "never readable between the originator and the intended recipient, and nobody else holds the means of decryption.</P>",
        "<P>(c) <I>Access to encrypted data.</I> Being able to reach encrypted technology that meets paragraph (a)(5) is not a release "
        "or an export of it. " + "This paraphrase is padded so that the section is long enough to be cited paragraph by paragraph. " * 6 + "</P>",
    ]
)

ECFR_TITLE_15_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<ECFR>
<AMDDATE>Jan. 17, 2025</AMDDATE>
<DIV1 N="15" TYPE="TITLE">
<HEAD>Title 15—Commerce and Foreign Trade</HEAD>
<DIV5 N="734" TYPE="PART" hierarchy_metadata="{{&quot;title&quot;:&quot;15&quot;,&quot;part&quot;:&quot;734&quot;}}">
<HEAD>PART 734—SCOPE OF THE EXPORT ADMINISTRATION REGULATIONS</HEAD>
<AUTH>
<HED>Authority:</HED>
<PSPACE>50 U.S.C. 4801-4852.</PSPACE>
</AUTH>
<SOURCE>
<HED>Source:</HED>
<PSPACE>61 FR 12746, Mar. 25, 1996, unless otherwise noted.</PSPACE>
</SOURCE>
<DIV8 N="734.7" TYPE="SECTION" VOLUME="2">
<HEAD>§ 734.7   Published.</HEAD>
<P>(a) Technology or software that is not classified counts as published once it is open to the public with no limits on passing it on, for instance in a library, a journal, a public web site or an open conference.</P>
<P>(b) Software source code made freely available to the public is published as well.</P>
<CITA TYPE="N">[81 FR 35603, June 3, 2016, as amended at 85 FR 4172, Jan. 23, 2020]</CITA>
</DIV8>
<DIV8 N="734.18" TYPE="SECTION" VOLUME="2">
<HEAD>§ 734.18   Activities that are not exports, reexports, or transfers.</HEAD>
{_LONG_734_18}
<CITA TYPE="N">[81 FR 35604, June 3, 2016, as amended at 82 FR 61156, Dec. 27, 2017; 89 FR 40371, May 10, 2024]</CITA>
</DIV8>
<DIV8 N="734.20" TYPE="SECTION" VOLUME="2">
<HEAD>§ 734.20   Activities that are not deemed reexports.</HEAD>
<P>Releasing technology abroad to a person of a third country is not a deemed reexport in the cases this paraphrase stands for.</P>
</DIV8>
</DIV5>
<DIV5 N="774" TYPE="PART">
<HEAD>PART 774—THE COMMERCE CONTROL LIST</HEAD>
<DIV9 N="Supplement No. 1 to Part 774" TYPE="APPENDIX">
<HEAD>Supplement No. 1 to Part 774—The Commerce Control List</HEAD>
<HD1>Category 3—Electronics</HD1>
<P>Notes for this category: a paraphrased reminder that items listed here may also be caught by end-use rules in part 744.</P>
<FP-2><B>3E001 “Technology” for the “development” or “production” of the electronics items listed in this category.</B></FP-2>
<FP-1><B>License Requirements</B></FP-1>
<FP-1>Reason for Control: NS, MT, NP, AT</FP-1>
<DIV class="gpotbl_div">
<TABLE class="gpotbl_table">
<THEAD><TR><TH class="gpotbl_colhed">Control(s)</TH><TH class="gpotbl_colhed">Country chart (see Supp. No. 1 to part 738)</TH></TR></THEAD>
<TBODY>
<TR><TD class="gpotbl_cell">NS applies to technology for items in 3A001 and 3B001</TD><TD class="gpotbl_cell">NS Column 1</TD></TR>
<TR><TD class="gpotbl_cell">MT applies to technology for items controlled for MT reasons</TD><TD class="gpotbl_cell">MT Column 1</TD></TR>
<TR><TD class="gpotbl_cell">AT applies to entire entry</TD><TD class="gpotbl_cell">AT Column 1</TD></TR>
</TBODY>
</TABLE>
</DIV>
<FP-1><B>List Based License Exceptions (See Part 740 for a description of all license exceptions)</B></FP-1>
<FP-1>TSR: Yes, with limits paraphrased here.</FP-1>
<P>a. Technology according to the general technology note, paraphrased for this test fixture.</P>
<FP-2><B>3E002 “Technology” for general purpose processors, paraphrased for the fixture.</B></FP-2>
<FP-1>Reason for Control: NS, AT</FP-1>
<P>a. Processor technology with vector units, as a paraphrase long enough to be kept as a provision.</P>
</DIV9>
</DIV5>
</DIV1>
</ECFR>
"""

ECFR_PART_120_XML = """<?xml version="1.0" encoding="UTF-8"?>
<DIV5 N="120" TYPE="PART">
<HEAD>PART 120—PURPOSE AND DEFINITIONS</HEAD>
<DIV6 N="C" TYPE="SUBPART">
<HEAD>Subpart C—Definitions</HEAD>
<DIV8 N="120.54" TYPE="SECTION" VOLUME="1">
<HEAD>§ 120.54   Activities that are not exports, reexports, retransfers, or temporary imports.</HEAD>
<P>(a) These activities are not exports, reexports, retransfers or temporary imports:</P>
<P>(5) Sending, taking or storing unclassified technical data protected by end-to-end encryption with validated modules, not sent to or stored in a proscribed country.</P>
<CITA TYPE="N">[87 FR 16411, Mar. 23, 2022, as amended at 89 FR 66214, Aug. 15, 2024]</CITA>
</DIV8>
</DIV6>
</DIV5>
"""

# --- eCFR Markdown -----------------------------------------------------------------------------


def ecfr_section_md(
    fr_line: str = "[87 FR 16411, Mar. 23, 2022, as amended at 89 FR 66214, Aug. 15, 2024]",
    storing: str = "Sending, taking or storing technical data protected by end-to-end encryption",
) -> str:
    """One section in the per-section Markdown layout, paraphrased."""
    return (
        "##### § 120.54 Activities that are not exports, reexports, retransfers, or temporary imports. #####\n\n"
        "(a) These activities are not exports, reexports, retransfers, or temporary imports:\n\n"
        "(1) Putting a spacecraft or payload into space;\n\n"
        f"(5) {storing}, where the data is:\n\n"
        "(i) Unclassified;\n\n"
        "(ii) Not sent to or stored in a proscribed country.\n\n"
        "(b) End-to-end encryption here means the data stays encrypted between originator and recipient.\n\n"
        f"{fr_line}\n"
    )


# --- PDF (fpdf2) ------------------------------------------------------------------------------

RUNNING_HEADER = "EXAMPLE-LIST (25) 1"
HEADER_DATE = "15-01-2026"


def wassenaar_like_pdf(path: Path, table_rows: int = 40) -> Path:
    """Five pages: general notes (1), an entry running over a page break (2-3, with hyphenated line
    ends), and a table long enough to continue on the next page with its header repeated (4-5)."""
    from fpdf import FPDF
    from fpdf.enums import TableHeadingsDisplay

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, RUNNING_HEADER, align="L")
            self.ln(5)
            self.cell(0, 5, f"{HEADER_DATE}      - {self.page_no()} -", align="R")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 8, "Wassenaar Arrangement - illustrative fixture", align="C")

    pdf = Doc()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", size=10)

    def lines(*texts: str) -> None:
        for text in texts:
            pdf.cell(0, 5, text)
            pdf.ln(5)

    pdf.add_page()
    lines(
        "GENERAL TECHNOLOGY NOTE",
        "",
        "Technology needed for the development, production or use of listed items is controlled",
        "according to each category, even when it also applies to unlisted items.",
        "",
        "GENERAL SOFTWARE NOTE",
        "",
        "Software freely available to the public, or sold from stock at retail, is not controlled",
        "by the lists, as this paraphrase of the general software note says.",
    )
    pdf.add_page()
    lines(
        "9. E. 1. Technology according to the general technology note for the development of",
        "engines and equipment specified in the aerospace category of this example list.",
        "",
        "9. E. 3. Other technology as follows:",
        "a. Technology required for the development of gas turbine com-",
        "ponents made from single-",
        "crystal alloys, cooled by film cooling of the components surfaces;",
    )
    for n in range(1, 56):  # runs over onto page 3
        lines(f"{n}. Paraphrased subparagraph {n} about turbine blades, vanes and tip shrouds for this fixture;")
    pdf.add_page()
    lines("9. E. 3. b. Technology for composite propeller blades, paraphrased for this fixture.", "")
    with pdf.table(col_widths=(40, 60, 60), repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE) as table:
        for row in [("Coating process", "Substrate", "Resultant coating")] + [
            (f"P{n}. Process {n}", f"Substrate {n}", f"Coating {n}") for n in range(1, table_rows + 1)
        ]:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    pdf.rect(20, 20, 120, 80, style="F")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 10, "9. E. 3. Protected example entry text for the encrypted fixture.")
    pdf.output(str(path))
    return path


# --- EUR-Lex HTML -----------------------------------------------------------------------------


def _points(n: int) -> str:
    return "\n".join(
        f'<div class="grid-container grid-list"><div class="grid-list-column-1"><span>({k})</span></div>'
        f'<div class="grid-list-column-2"><p class="norm">‘term {k}’ means a paraphrased definition number {k}, '
        f"long enough to make the article worth citing point by point in this fixture.</p></div></div>"
        for k in range(1, n + 1)
    )


EURLEX_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Regulation (EU) 2021/821 consolidated</title></head>
<body>
<p class="hd-date">02021R0821 — EN — 15.11.2025 — 006.001</p>
<div class="eli-main-title"><p class="title-doc-first">REGULATION (EU) 2021/821 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL</p></div>
<div class="eli-subdivision" id="cpt_I"><p class="title-division-1">CHAPTER I</p>
<div class="eli-subdivision" id="art_1">
<p class="title-article-norm">Article 1</p>
<div class="eli-title"><p class="stitle-article-norm">Subject matter</p></div>
<p class="norm">This paraphrase says the regulation sets up a Union regime for exports, brokering, technical assistance, transit and transfer of dual-use items.</p>
</div>
<div class="eli-subdivision" id="art_2">
<p class="title-article-norm">Article 2</p>
<div class="eli-title"><p class="stitle-article-norm">Definitions</p></div>
<p class="norm">For this paraphrase, the following definitions apply:</p>
{_points(14)}
</div>
<div class="eli-subdivision" id="art_3">
<p class="title-article-norm">Article 3</p>
<div class="eli-title"><p class="stitle-article-norm">Scope</p></div>
<div class="norm"><span class="no-parag">1.</span><div class="norm inline-element">An authorisation is needed to export the items listed in Annex I, in this paraphrase.</div></div>
</div>
</div>
<div class="eli-container" id="anx_I">
<p class="title-annex-1">ANNEX I</p>
<p class="title-annex-2">LIST OF DUAL-USE ITEMS REFERRED TO IN ARTICLE 3</p>
<p class="ti-grseq-1">GENERAL TECHNOLOGY NOTE (GTN)</p>
<p class="normal">Paraphrase: technology required for listed items is controlled by each category, even when usable for unlisted items.</p>
<p class="ti-grseq-1">CATEGORY 3 — ELECTRONICS</p>
<table><tbody><tr><td><p class="normal">3E001</p></td><td><p class="normal">“Technology” for the development or production of the electronics listed in this category, paraphrased.</p></td></tr></tbody></table>
<table><tbody><tr><td><p class="normal">3E002</p></td><td><p class="normal">“Technology” for general-purpose processors with vector units, paraphrased for the fixture.</p></td></tr></tbody></table>
</div>
<div class="eli-container" id="anx_III">
<p class="title-annex-1">ANNEX III</p>
<p class="normal">Forms of authorisation: not citable in the canonical families, so not indexed by the parser.</p>
</div>
</body></html>
"""

# --- control-list JSON --------------------------------------------------------------------------


def ccl_json() -> str:
    entry = {
        "eccn": "5E002",
        "category": "5",
        "productGroup": "E",
        "heading": "“Technology” for information security items, paraphrased.",
        "reasonForControl": "NS, AT, EI",
        "countryChart": [
            {"control": "NS applies to entire entry", "countryChart": "NS Column 1."},
            {"control": "AT applies to entire entry", "countryChart": "AT Column 1."},
            {"control": "EI applies to encryption technology", "countryChart": "Refer to § 742.15 of the EAR."},
        ],
        "licenceExceptionFlags": {"ENC": "Yes, see § 740.17 (paraphrased)."},
        "relatedControls": "See also 5E992 (paraphrased).",
        "items": [{"paragraph": "a", "kind": "item", "depth": 1, "text": "Technology for encryption items, paraphrased."}],
    }
    other = {**entry, "eccn": "3E001", "heading": "“Technology” for electronics, paraphrased.", "items": []}
    return json.dumps({"ecfrIssueDate": "2026-07-23", "entries": [entry, other, {"eccn": "not-an-eccn"}]})

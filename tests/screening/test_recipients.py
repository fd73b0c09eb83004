"""Recipients of an e-mail: domains, country hints, webmail, the sender's organisation; embargoed
and restrictive destinations raise the severity."""

from __future__ import annotations

from assistant.screening.recipients import analyse, org_domain, tld_country
from assistant.screening.types import Location, Segment
from tests.screening.conftest import make_document


def everything(citation: str) -> bool:
    return True


def mail(to: str, body: str = "Hello,\n\nsee attached.", cc: str = "", bcc: str = "", sender: str = "Ann <ann@acme-rf.com>"):
    headers = {"From": sender, "To": to}
    if cc:
        headers["Cc"] = cc
    if bcc:
        headers["Bcc"] = bcc
    return make_document(*body.split("\n\n"), headers=headers, name="mail.eml")


def by_email(findings):
    return {f.data["email"]: f for f in findings}


def test_organisation_domains_and_country_code_domains() -> None:
    assert org_domain("mail.eng.acme.co.uk") == "acme.co.uk"
    assert org_domain("lab.tsinghua.edu.cn") == "tsinghua.edu.cn"
    assert org_domain("eu.acme.com") == "acme.com"
    assert tld_country("univ.ac.ir").name == "Iran"
    assert tld_country("partner.co.uk").name == "United Kingdom"
    assert tld_country("startup.io") is None and tld_country("acme.com") is None


def test_an_embargoed_destination_is_high_and_cites_the_embargo() -> None:
    result, found = analyse(mail("r.karimi@univ-tech.ac.ir").segments, everything)
    (f,) = found
    assert f.severity == "high" and "Iran" in f.message
    assert "15 CFR 746.1" in f.citations and "15 CFR 740 Supp. 1" in f.citations
    assert result.embargoed == ["Iran"] and result.destinations == ["Iran"]
    assert f.quote == "r.karimi@univ-tech.ac.ir" and f.location.field == "To"


def test_a_d5_and_126_1_country_is_high() -> None:
    _, (f,) = analyse(mail("wang@foundry.com.cn").segments, everything)
    assert f.severity == "high" and "D:5" in f.message and "126.1" in f.message
    assert "22 CFR 126.1(d)(1)" in f.citations


def test_personal_webmail_is_medium_and_has_no_country() -> None:
    result, (f,) = analyse(mail("gyro.fixer1987@gmail.com").segments, everything)
    assert f.severity == "medium" and "webmail" in f.message
    assert result.webmail == ["gyro.fixer1987@gmail.com"] and result.destinations == []
    assert result.unknown_location == ["gyro.fixer1987@gmail.com"]


def test_internal_and_external_recipients_by_organisation() -> None:
    result, found = analyse(mail("bob@eng.acme-rf.com", cc="jan@partner.de", bcc="x@other.com").segments, everything)
    f = by_email(found)
    assert f["bob@eng.acme-rf.com"].severity == "info" and f["bob@eng.acme-rf.com"].data["internal"]
    assert f["jan@partner.de"].severity == "low" and "Germany" in f["jan@partner.de"].message
    assert "blind copy" in f["x@other.com"].message
    assert result.external == ["jan@partner.de", "x@other.com"] and result.destinations == ["Germany"]


def test_the_senders_country_is_the_origin_not_a_destination() -> None:
    result, _ = analyse(mail("a@firm.co.uk", sender="p@harlow.co.uk").segments, everything)
    assert result.origin == "United Kingdom" and result.destinations == []


def test_countries_in_a_quoted_correspondents_signature_are_destinations() -> None:
    body = (
        "Wei, the drawings are attached.\n\nBest regards,\nAnn, Acme RF, Boston, USA\n\n"
        "On Mon, 13 Oct 2025 Wei Zhang wrote:\n> please send the drawings\n\n"
        "Regards,\nWei Zhang, Harbin Institute, Harbin, China"
    )
    result, _ = analyse(mail("wei@hit-lab.com", body=body).segments, everything)
    assert result.origin == "United States"
    assert result.destinations == ["China"] and result.restrictive == ["China"]


def test_headers_of_an_attached_message_are_not_recipients_of_this_one() -> None:
    document = mail("bob@acme-rf.com")
    nested = Segment(text="someone@univ.ac.ir", kind="header",
                     location=Location(file="mail.eml", parts=("attachment 1", "fwd.eml"), field="To"))  # fmt: skip
    result, found = analyse([*document.segments, nested], everything)
    assert [f.data["email"] for f in found] == ["bob@acme-rf.com"] and result.embargoed == []

"""The ITAR procedure for technical data and defense services (22 CFR parts 120-130)."""

from __future__ import annotations

from assistant.determination import Rule
from assistant.facts import Facts
from assistant.regimes.conditions import (
    RELEASE_MODES,
    among_us_persons_abroad,
    colleague_status_rule,
    embargoed_places,
    groups,
    is_foreign_recipient,
    knows_where,
    only_non_technology,
    only_receiving,
    places,
    recipient_not_foreign,
)
from assistant.regimes.encrypted_storage import Carveout, carveout_rules, encryption_unknown_rule
from assistant.regimes.follow_ups import STATUS_OPEN, Ask, follow_ups

# 22 CFR 126.1 countries (data groups ITAR:D1/ITAR:D2); 120.54(a)(5) also names the Russian Federation.
_PROSCRIBED = frozenset({"ITAR:D1", "ITAR:D2"})


def _proscribed(f: Facts) -> list[str]:
    return [p for p in places(f) if groups(p) & _PROSCRIBED or p == "Russia"]


CARVEOUT = Carveout(
    "22 CFR 120.54(a)(5)",
    "22 CFR 120.54",
    _PROSCRIBED,
    lambda f: _proscribed(f),
    "a § 126.1 country or Russia",
    "technical data",
)


def usml_categories(f: Facts) -> list[str]:
    return [c for c in f.classifications if c.startswith("USML Cat.")]


_EXEMPTIONS = (
    ("hand_carry", "22 CFR 125.4(b)(9)"),  # data sent or taken to U.S.-person employees abroad
    ("conference", "22 CFR 125.4(b)(13)"),  # data approved for public release
    ("visit", "22 CFR 125.5"),  # plant visits
)


def _exemptions(f: Facts) -> list[str]:
    """The exemptions of part 125 that the facts point to, to be checked before applying for a license."""
    found = [c for mode, c in _EXEMPTIONS if mode in f.modes]
    if "us_person" in f.recipient_status and "22 CFR 125.4(b)(9)" not in found:
        found.append("22 CFR 125.4(b)(9)")
    return found


def _held_abroad(f: Facts) -> bool:
    """The data is already outside the United States with the sender, so sending it on is a reexport."""
    return bool(f.origin and f.origin != "United States")


_126_18_D = "ITAR:126.18(d)"


def _licensee_staff(f: Facts) -> tuple[list[str], list[str]] | None:
    """The citizenships and the foreign workplaces of a foreign licensee's own employees who get the data, when
    the question is about such a release (22 CFR 126.18): otherwise None."""
    employees = f.permanent_employee or "employment" in f.modes
    abroad = [p for p in dict.fromkeys([*f.destinations, *f.storage_countries, f.origin or ""]) if p not in ("", "United States")]
    nationals = [n for n in f.recipient_nationalities if n != "United States"]
    if not (f.foreign_licensee and employees and abroad and (nationals or f.nationality_unknown)):
        return None
    return nationals, abroad


def _126_18(f: Facts) -> str:
    nationals, abroad = _licensee_staff(f) or ([], [])
    scope = (
        "22 CFR 126.18(d) lets an authorised foreign end user, signatory or consignee pass unclassified technical "
        "data to its own regular employees who are dual or third-country nationals without DDTC approval, but only "
        "if they are nationals exclusively of NATO or EU members, Australia, Japan, New Zealand or Switzerland and "
        "are in one of those countries (or the United States) at the time"
    )
    if f.nationality_unknown:
        return scope + "; the employee's citizenships decide whether it applies."
    foreign = [n for n in nationals if _126_18_D not in groups(n)]
    away = [p for p in abroad if _126_18_D not in groups(p)]
    if not foreign and not away:
        return (
            scope + f". Employees who are nationals of {', '.join(nationals)} in {', '.join(abroad)} fit, provided they "
            "signed a non-disclosure agreement (unless their employer signed the part 124 agreement) and no hardware "
            "passes to them permanently; the release rests on that exemption and its records."
        )
    why = [f"{', '.join(foreign)} {'is' if len(foreign) == 1 else 'are'} not among those nationalities"] if foreign else []
    why += [f"{', '.join(away)} {'is' if len(away) == 1 else 'are'} not among those countries"] if away else []
    return (
        scope + f". It does not apply here: {' and '.join(why)}. What remains is DDTC approval (an amendment), or "
        "where domestic law rules out (d), the screened route of 126.18(a)-(c) inside the end user's own country."
    )


def _defense_context(f: Facts) -> bool:
    """Assistance to foreign persons, which under the ITAR is a defense service whatever data it uses. A
    university course teaching general principles is not assistance with a defense article (22 CFR 120.33(b))."""
    if "educational" in f.info_status:
        return False
    return bool(places(f) or is_foreign_recipient(f) or f.abroad or "military_end_use" in f.red_flags)


RULES: list[Rule] = [
    Rule(
        "Is it a defense service?",
        # data passed only between U.S. persons in one foreign country assists no foreign person (120.54(a)(3))
        lambda f: ("assistance" in f.modes and _defense_context(f) and not among_us_persons_abroad(f)) or f.military_training,
        lambda f: (
            "Training foreign military units and forces (formally or informally, in person or online) is a defense "
            "service whether or not any technical data or defense article is involved; it needs DDTC approval."
            if f.military_training
            else "Helping foreign persons design, integrate, use, maintain or repair defense articles is a defense "
            "service, even when only public-domain information is used; it needs DDTC approval (usually a technical "
            "assistance agreement)."
        ),
        cite=("22 CFR 120.32", "22 CFR 124.1"),
        cite_more=lambda f: ["22 CFR 124.1"],
        then="controlled",
        next_steps=("Apply to DDTC for a technical assistance agreement before any work starts.",),
    ),
    Rule(
        "Was the information released into the public domain?",
        lambda f: f.publication_unknown,
        "Whether the information was cleared and published (an open session, an approved release, the open "
        "literature) decides whether it is public domain or technical data, and nobody has established it yet.",
        cite=("22 CFR 120.34",),
        # public-domain information is not technical data; the exemption for data approved for public release
        cite_more=lambda f: ["22 CFR 120.33(b)", "22 CFR 125.4(b)(13)"],
        then="depends",
        missing=("publication_status",),
    ),
    Rule(
        "Is it fundamental research at a university?",
        lambda f: "fundamental_research" in f.info_status and not f.academic,
        "Only fundamental research at accredited institutions of higher learning in the United States, ordinarily "
        "published, is public domain under the ITAR; research done elsewhere stays technical data until it is "
        "actually published.",
        cite=("22 CFR 120.34",),
    ),
    Rule(
        "Is the information in the public domain?",
        lambda f: bool(
            {"published", "submitted_for_publication", "patent", *(["fundamental_research"] if f.academic else [])}
            & set(f.info_status)
        ),
        "Information that is published and generally accessible to the public (including fundamental research "
        "at universities that is ordinarily published) is public domain, not technical data.",
        cite=("22 CFR 120.34",),
        cite_more=lambda f: [
            "22 CFR 120.33(b)",  # public-domain information is not technical data
            *(["22 CFR 125.4(b)(13)"] if "release_approved" in f.info_status else []),  # cleared for release
        ],
        then="not_controlled",
    ),
    Rule(
        "Is it technical data at all?",
        lambda f: only_non_technology(f) or "educational" in f.info_status,
        "General scientific, mathematical or engineering principles commonly taught, basic marketing information "
        "on function or purpose, and general system descriptions are not technical data.",
        cite=("22 CFR 120.33(b)", "22 CFR 120.33"),
        then="not_controlled",
    ),
    Rule(
        "Is the part 'specially designed'?",
        lambda f: f.standard_hardware and not embargoed_places(f),
        "A fastener, washer, spacer, insulator, grommet, bushing, spring, wire or solder is not 'specially designed', "
        "whatever its form or fit, even when made for a defense article; so it is not a USML part and data only "
        "about it is not technical data. The EAR's definition of 'specially designed' releases the same hardware, "
        "so such data is EAR99 technology unless a CCL entry names it: no license outside the embargoed "
        "destinations. Assembly or system data of the defense article stays ITAR technical data.",
        cite=("22 CFR 120.41(b)(2)", "22 CFR 120.41"),
        cite_more=lambda f: ["15 CFR 772.1", "EAR99", *usml_categories(f)],
        then="not_controlled",
    ),
    Rule(
        "Is the recipient a U.S. person in the United States?",
        lambda f: recipient_not_foreign(f) and not (set(f.destinations) - {"United States"}),
        "Transferring technical data to a U.S. person in the United States is not an export.",
        cite=("22 CFR 120.54(a)(2)", "22 CFR 120.62"),
        cite_more=lambda f: ["22 CFR 120.62"],  # where "U.S. person" is defined
        then="not_controlled",
    ),
    *follow_ups(
        {
            "status": Ask(
                STATUS_OPEN,
                cite=("22 CFR 120.62", "22 CFR 120.63"),
            ),
            "nationality": Ask(
                "The visitor's citizenship is not known: a U.S. person may receive technical data in the United States, "
                "while a release to a foreign person is a deemed export to every country of their citizenship.",
                cite=("22 CFR 120.50(a)(2)", "22 CFR 120.50"),
                cite_more=lambda f: ["22 CFR 120.62"],
            ),
            "storage": Ask(
                "The storage country is not settled; encrypted technical data stored abroad stays outside the export "
                "definition only if it is not sent to or stored in a 22 CFR 126.1 country or Russia.",
                cite=("22 CFR 120.54(a)(5)", "22 CFR 120.54"),
            ),
            "destination": Ask(
                "The destination is not settled; the encryption carve-out and most exemptions fail for 22 CFR 126.1 "
                "countries and Russia, so the destination decides.",
                cite=("22 CFR 120.54(a)(5)", "22 CFR 126.1"),
            ),
        }
    ),
    Rule(
        "Does the technical data stay with U.S. persons in one foreign country?",
        among_us_persons_abroad,
        "Passing technical data on within the same foreign country only between U.S. persons is not an export, "
        "reexport or retransfer, as long as no foreign person gets access.",
        cite=("22 CFR 120.54(a)(3)", "22 CFR 120.54"),
        then="not_controlled",
        next_steps=("Make sure the data reached that country lawfully (e.g. under 22 CFR 125.4(b)(9)).",),
    ),
    Rule(
        "Is anything sent or released at all?",
        only_receiving,
        "Receiving technical data is not an export: the ITAR binds whoever sends it out or releases it to a foreign "
        "person, and nothing is sent on or shown to one here (sending it on later needs its own review).",
        cite=("22 CFR 120.50",),
        then="not_controlled",
    ),
    Rule(
        "Will the data be decrypted abroad?",
        lambda f: f.decrypted_abroad,
        "Decrypting technical data outside the United States is a release (22 CFR 120.56(a)(4)), so carrying it "
        "encrypted does not keep the trip out of the definition of export; an exemption for employees travelling "
        "abroad, or a licence, must cover it.",
        cite=("22 CFR 120.56(a)(4)", "22 CFR 120.56"),
    ),
    Rule(
        "Is access information being released?",
        lambda f: f.access_information,
        "Giving a foreign person a decryption key, password or other access information that opens the "
        "unencrypted technical data needs the same authorization as releasing the data itself.",
        cite=("22 CFR 120.56(a)(3)", "22 CFR 120.56"),
    ),
    *carveout_rules(CARVEOUT),
    Rule(
        "Is presenting at a conference a release?",
        lambda f: "conference" in f.modes or "open_conference" in f.info_status,
        "Presenting technical data at a conference is a release to every foreign person attending; it becomes public "
        "domain only once a U.S. government authority has approved it for public release.",
        cite=("22 CFR 120.34(a)(7)", "22 CFR 120.34", "22 CFR 120.56"),
        cite_more=lambda f: ["22 CFR 125.4(b)(13)"],  # the exemption once release is approved
        then="controlled",
        next_steps=("Obtain approval for public release (e.g. DoD prepublication review) before presenting.",),
    ),
    Rule(
        "Is it an export?",
        lambda f: is_foreign_recipient(f) and not f.destinations,
        lambda f: (
            "Releasing technical data to a foreign person in the United States (by showing, telling or giving "
            "access) is a deemed export to every country of the person's citizenship or permanent residency "
            f"({', '.join(f.recipient_nationalities) or 'unknown'})."
        ),
        cite=("22 CFR 120.50(a)(2)", "22 CFR 120.50", "22 CFR 120.56"),
        # what counts as a release (showing, telling), and a release abroad is a deemed reexport
        cite_more=lambda f: [
            "22 CFR 120.56",
            *(["22 CFR 120.51"] if _held_abroad(f) else []),
            *(["22 CFR 120.63"] if "foreign_person" in f.recipient_status else []),  # where "foreign person" is defined
        ],
    ),
    Rule(
        "Is it an export?",
        lambda f: bool(places(f)),
        lambda f: (
            f"Sending, taking or giving access to technical data in {', '.join(places(f))} is "
            + ("a reexport: the data is already abroad." if _held_abroad(f) else "an export.")
        ),
        cite=("22 CFR 120.50", "22 CFR 120.56"),
        cite_more=lambda f: [
            *(["22 CFR 120.51"] if _held_abroad(f) else []),
            *(["22 CFR 120.56"] if set(f.modes) & RELEASE_MODES else []),
            *(["22 CFR 120.54(a)(5)"] if f.encryption_mentioned else []),  # the carve-out raised, and not met
        ],
    ),
    Rule(
        "May the foreign licensee pass it to its own employees?",
        lambda f: _licensee_staff(f) is not None,
        _126_18,
        cite=("22 CFR 126.18(d)", "22 CFR 126.18"),
    ),
    Rule(
        "Is a proscribed country involved?",
        lambda f: bool(_proscribed(f)),
        lambda f: (
            f"{', '.join(_proscribed(f))} is a § 126.1 country: licenses and exemptions are generally denied "
            "(policy of denial), including for releases to its nationals."
        ),
        cite=("22 CFR 126.1",),
        then="controlled",
        next_steps=("Do not transfer; consult DDTC and counsel.",),
    ),
    encryption_unknown_rule(CARVEOUT),
    colleague_status_rule(
        "giving them the data",
        "a release that needs DDTC authorization first",
        cite=("22 CFR 120.63", "22 CFR 120.50"),
        cite_more=usml_categories,
    ),
    Rule(
        "Where does the technical data go, and to whom?",
        lambda f: not knows_where(f),
        "The destination or the recipient's nationality is not stated; ITAR licensing depends on both.",
        cite=("22 CFR 120.50",),
        cite_more=usml_categories,
        then="depends",
        missing=("destination", "recipient_nationality"),
    ),
    Rule(
        "Is it ITAR technical data?",
        lambda f: f.classification_unknown,
        "Whether the data is ITAR technical data (a USML category) or EAR technology is not known; that decides "
        "which rules apply.",
        cite=("22 CFR 120.11", "22 CFR 120.33"),
        then="depends",
        missing=("classification",),
        next_steps=(
            "Determine the jurisdiction (USML order of review, 22 CFR 120.11) or request a commodity jurisdiction.",
        ),
    ),
    Rule(
        "Is it ITAR technical data?",
        lambda f: True,
        lambda f: (
            "Technical data for a defense article"
            + (f" ({', '.join(usml_categories(f))})" if usml_categories(f) else "")
            + " needs a DSP-5 license (or a TAA for defense services) or a valid exemption before it is exported."
        ),
        cite=("22 CFR 125.2", "22 CFR 120.33"),
        # what makes it technical data, the category, and the exemptions to check first
        cite_more=lambda f: ["22 CFR 120.33", *usml_categories(f), *(_exemptions(f) or ["22 CFR 125.4"])],
        then="controlled",
        next_steps=(
            "Check the exemptions of 22 CFR 125.4 (e.g. data to U.S.-person employees abroad) before applying.",
            "Otherwise apply to DDTC for a DSP-5 license or a technical assistance agreement.",
        ),
    ),
]

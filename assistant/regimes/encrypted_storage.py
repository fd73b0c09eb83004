"""The end-to-end encryption carve-out shared by the EAR (15 CFR 734.18(a)(5)) and the ITAR
(22 CFR 120.54(a)(5)): storing or sending data secured end to end with FIPS 140-validated
cryptography, no third party holding the keys, and not intentionally stored in a banned country,
is not an export. The regimes differ only in the banned countries and the words used."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.determination import Rule
from assistant.facts import Facts
from assistant.regimes.conditions import encrypted_storage_ok, is_foreign_recipient


@dataclass(frozen=True)
class Carveout:
    paragraph: str  # e.g. "15 CFR 734.18(a)(5)"
    section: str  # e.g. "15 CFR 734.18"
    banned_groups: frozenset[str]
    banned: Callable[[Facts], list[str]]  # the banned countries among the places the data reaches
    banned_label: str  # "a Country Group D:5 country"
    data: str  # "technology" / "technical data"


def carried_only(f: Facts) -> bool:
    """Data taken abroad by our own traveller and not used there with anyone (the carve-out covers 'taking')."""
    return (
        "hand_carry" in f.modes
        and f.encryption_mentioned  # otherwise a laptop trip is a question of TMP, not of the carve-out
        and not {"assistance", "visit", "call", "conference", "email"} & set(f.modes)
        and not is_foreign_recipient(f)
        and not f.decrypted_abroad  # opened abroad, it is no longer protected end to end there
    )


def stores_abroad(f: Facts) -> bool:
    return bool(f.storage_countries or "cloud" in f.modes or carried_only(f))


def only_storage(f: Facts) -> bool:
    """No recipient beyond the storage itself (a person abroad makes it an export whatever the encryption)."""
    abroad = set(f.destinations) - {"United States"}  # "only our US team holds the key" names no destination
    return not is_foreign_recipient(f) and (abroad <= set(f.storage_countries) or carried_only(f))


def carveout_rules(c: Carveout) -> list[Rule]:
    """Applies / module unknown / does not apply, in that order."""
    return [
        Rule(
            "Does the end-to-end encryption carve-out apply?",
            # handing over the key itself is a release of the data it opens (15 CFR 734.19, 22 CFR 120.56(b))
            lambda f: stores_abroad(f) and encrypted_storage_ok(f, c.banned_groups) and not f.access_information,
            f"Sending or storing unclassified {c.data} secured end to end with FIPS 140-validated cryptography, with no "
            f"third party holding the keys and not intentionally stored in {c.banned_label}, is not an export.",
            cite=(c.paragraph, c.section),
            then="not_controlled",
            next_steps=("Document the encryption design, key custody and storage locations; re-check if any changes.",),
        ),
        Rule(
            "Where is the encrypted data stored?",
            lambda f: (
                f.encryption.end_to_end is True
                and f.encryption.validated_module is True
                and not f.encryption.provider_holds_keys
                and not (f.storage_countries or f.destinations or f.recipient_nationalities)
                and not is_foreign_recipient(f)
                and not f.red_flags
            ),
            f"The encryption meets the carve-out's conditions, but the carve-out also fails if the {c.data} is "
            f"intentionally stored in {c.banned_label}, and where it is stored is not stated.",
            cite=(c.paragraph, c.section),
            then="depends",
            missing=("storage_location",),
        ),
        Rule(
            "Is the encryption FIPS-validated?",
            lambda f: (
                stores_abroad(f)
                and f.encryption.end_to_end is True
                and f.encryption.validated_module is None
                and not f.encryption.provider_holds_keys
                and not c.banned(f)
                and only_storage(f)
            ),
            "End-to-end encryption takes storage abroad out of the definition of export only with cryptographic modules "
            "compliant with FIPS 140 (or equally effective means); the module is not described.",
            cite=(c.paragraph,),
            then="depends",
            missing=("encryption",),
        ),
        Rule(
            "Does the end-to-end encryption carve-out apply?",
            lambda f: (
                stores_abroad(f)
                and bool(f.encryption.provider_holds_keys or (c.banned(f) and f.encryption.storage_intentional))
            ),
            lambda f: (
                "The carve-out does not apply: "
                + (
                    "the provider holds the means of decryption (a third party), so the encryption is not end to end."
                    if f.encryption.provider_holds_keys
                    else f"the data is intentionally stored in {c.banned_label}."
                )
            ),
            cite=(c.paragraph, c.section),
        ),
    ]


def encryption_unknown_rule(c: Carveout) -> Rule:
    """Storage abroad with the encryption not described: ask, since the carve-out may apply."""
    return Rule(
        "Is the stored data protected by end-to-end encryption?",
        lambda f: (
            stores_abroad(f)
            and f.encryption.end_to_end is None
            and not f.encryption.provider_holds_keys
            and only_storage(f)
            and not f.red_flags
        ),
        f"Storing {c.data} on servers abroad is an export unless it is end-to-end encrypted under the conditions of "
        "the carve-out; the encryption is not described.",
        cite=(c.paragraph, c.section),
        then="depends",
        missing=("encryption",),
    )

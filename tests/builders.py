"""Small corpora the tests build: provision files in the bundled-corpus format."""

from __future__ import annotations

import json
import textwrap


def provision_text(
    citation: str,
    title: str,
    body: str,
    jurisdiction: str = "US-EAR",
    kind: str = "rule",
    keywords: tuple[str, ...] = (),
) -> str:
    keys = f"keywords: [{', '.join(keywords)}]\n" if keywords else ""
    return (
        f"---\ncitation: {citation}\ntitle: {json.dumps(title)}\njurisdiction: {jurisdiction}\nkind: {kind}\n"
        f"source_url: https://www.ecfr.gov/current/title-15\nas_of: 2025-01-17\n{keys}---\n"
        f"{textwrap.dedent(body).strip()}\n"
    )


SMALL_CORPUS = {
    "export.md": provision_text(
        "15 CFR 734.13",
        "Export",
        """An export is a shipment or transmission of an item out of the United States, including
        sending technology by e-mail or uploading it to a server located abroad. Releasing technology
        to a foreign person inside the United States is a deemed export to that person's country.""",
        kind="definition",
    ),
    "published.md": provision_text(
        "15 CFR 734.7",
        "Published",
        """Information is published, and so not subject to the EAR, when it has been made available to
        the public without restrictions on further dissemination: journals, books, open websites,
        conferences open to the interested public, and patent applications available at a patent office.""",
        kind="exclusion",
    ),
    "encryption.md": provision_text(
        "22 CFR 120.54(a)(5)",
        "Activities that are not exports: end-to-end encrypted technical data",
        """Sending, taking or storing unclassified technical data is not an export when it is protected by
        end-to-end encryption with a FIPS 140-2 validated module or stronger, and the data is not
        intentionally sent to or stored in a country listed in 126.1.""",
        jurisdiction="US-ITAR",
        kind="exclusion",
    ),
    "3e001.md": provision_text(
        "ECCN 3E001",
        "Technology for the development or production of electronic items",
        """Technology according to the General Technology Note for the development or production of
        equipment or materials controlled by 3A, 3B or 3C, such as semiconductor process technology and
        integrated circuit design data. National security controls apply to most destinations.""",
        kind="control-entry",
    ),
}

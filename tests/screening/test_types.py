"""Locations read the way a reviewer goes back to the text."""

from __future__ import annotations

from assistant.screening.types import Location


def test_a_location_names_the_path_through_attachments_and_the_page() -> None:
    where = Location(file="mail.eml", parts=("attachment 2", "spec.pdf"), page=3, line=4)
    assert where.label == "mail.eml › attachment 2 › spec.pdf › page 3 › line 4"


def test_table_cells_and_headers_have_their_own_labels() -> None:
    assert Location(file="a.docx", table=1, row=2, cell=3).label == "a.docx › table 1, row 2, cell 3"
    assert Location(file="m.eml", field="To").label == "m.eml › header To"


def test_the_label_is_part_of_the_json() -> None:
    assert Location(file="a.txt", line=1).model_dump()["label"] == "a.txt › line 1"

"""Passages join neighbouring segments of one page or part, cut over-long ones into windows, and
map spans back to segments."""

from __future__ import annotations

from assistant.screening.passages import MAX_CHARS, build_passages
from assistant.screening.types import Location, Segment


def seg(text: str, page: int | None = None, field: str | None = None) -> Segment:
    return Segment(text=text, location=Location(file="f.pdf", page=page, field=field))


def test_short_segments_of_one_page_join_and_a_new_page_starts_a_new_passage() -> None:
    segments = [seg("alpha " * 10, page=1), seg("beta " * 10, page=1), seg("gamma " * 10, page=2)]
    passages = build_passages(segments, [s.text for s in segments])
    assert [p.segments for p in passages] == [[0, 1], [2]]


def test_address_headers_and_empty_segments_are_left_out() -> None:
    segments = [seg("bob@example.com", field="To"), seg("--- 3 ---"), seg("subject words here", field="Subject")]
    (passage,) = build_passages(segments, [s.text for s in segments])
    assert passage.segments == [2]


def test_an_over_long_segment_becomes_windows_that_locate_back_into_it() -> None:
    text = " ".join(f"word{n}" for n in range(1500))
    passages = build_passages([seg(text)], [text])
    assert len(passages) > 1 and all(len(p.text) <= MAX_CHARS for p in passages)
    last = passages[-1]
    start = last.text.index("word1499")
    segment, s, e = last.locate(start, start + 8)
    assert segment == 0 and text[s:e] == "word1499"


def test_locate_maps_a_span_of_a_joined_passage_to_its_segment() -> None:
    segments = [seg("first segment text", page=1), seg("second segment has 95 GHz", page=1)]
    (passage,) = build_passages(segments, [s.text for s in segments])
    start = passage.text.index("95 GHz")
    assert passage.locate(start, start + 6) == (1, segments[1].text.index("95 GHz"), segments[1].text.index("95 GHz") + 6)


def test_headings_and_footers_alone_are_not_matched() -> None:
    (passage,) = build_passages([seg("EU dual-use item")], ["EU dual-use item"])
    assert not passage.matchable

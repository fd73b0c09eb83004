"""`itt corpus fetch` against a real HTTP server on 127.0.0.1 serving fixtures the test builds."""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lxml import etree

from assistant.embeddings import Embedder
from assistant.errors import ITTError
from assistant.index import Index
from ingest.fetch import fetch, fetch_and_ingest, official_dir
from ingest.pipeline import run_ingest
from tests.official_builders import ECFR_PART_120_XML, ECFR_TITLE_15_XML, EURLEX_HTML, wassenaar_like_pdf


def _part_734(cita: str | None = None) -> bytes:
    """The versioner answer for `?part=734`: the part's DIV5 as the root element."""
    root = etree.fromstring(ECFR_TITLE_15_XML.encode())
    part = root.find(".//DIV5[@N='734']")
    xml = etree.tostring(part, encoding="unicode")
    if cita:
        xml = xml.replace("89 FR 40371, May 10, 2024", cita)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + xml).encode()


class Mirror:
    """Routes (path with query) → body; anything else is a 404, like a reserved CFR part."""

    def __init__(self, routes: dict[str, bytes]) -> None:
        self.routes = routes
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = mirror.routes.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def mirror(tmp_path: Path) -> Iterator[Mirror]:
    titles = {"titles": [{"number": 15, "latest_issue_date": "2025-01-17"}, {"number": 22, "latest_issue_date": "2025-01-10"}]}
    routes = {
        "/api/versioner/v1/titles.json": json.dumps(titles).encode(),
        "/api/versioner/v1/full/2025-01-17/title-15.xml?part=734": _part_734(),
        "/api/versioner/v1/full/2025-01-10/title-22.xml?part=120": ECFR_PART_120_XML.encode(),
        "/eurlex/32021R0821.html": EURLEX_HTML.encode(),
        "/wa/list.pdf": wassenaar_like_pdf(tmp_path / "served.pdf", table_rows=6).read_bytes(),
    }
    server = Mirror(routes)
    yield server
    server.close()


@pytest.fixture
def mirrored(mirror: Mirror, make_corpus, settings_for):
    return settings_for(
        make_corpus(),
        ecfr_base_url=mirror.url,
        eurlex_url=f"{mirror.url}/eurlex/32021R0821.html",
        wassenaar_url=f"{mirror.url}/wa/list.pdf",
    )


def test_fetch_downloads_every_source_over_http_and_ingests_it(mirror: Mirror, mirrored, embedder: Embedder) -> None:
    result = fetch_and_ingest(mirrored, embedder=embedder)
    root = official_dir(mirrored)
    assert sorted(p.relative_to(root).as_posix() for p in result.files) == [
        "ecfr-ear/title-15-part-734.xml",
        "ecfr-itar/title-22-part-120.xml",
        "eu-2021-821/eu-2021-821.html",
        "wassenaar/wassenaar-control-lists.pdf",
    ]
    assert any("part=736" in note and "404" in note for note in result.skipped)  # unpublished parts are skipped
    index = Index.open(mirrored)
    for citation in ("15 CFR 734.18(a)", "22 CFR 120.54", "EU 2021/821 Art. 1", "WA 9.E.3", "WA GTN"):
        chunks = index.by_citation(citation)
        assert chunks and chunks[0].source_kind == "official", citation
    assert index.by_citation("15 CFR 734.18")[0].as_of == "2024-05-10"


def test_a_newer_version_replaces_the_file_and_its_chunks(mirror: Mirror, mirrored, embedder: Embedder) -> None:
    fetch_and_ingest(mirrored, ["ecfr-ear"], embedder=embedder)
    mirror.routes["/api/versioner/v1/full/2025-01-17/title-15.xml?part=734"] = _part_734("90 FR 4615, Jan. 16, 2025")
    fetch_and_ingest(mirrored, ["ecfr-ear"], embedder=embedder)
    assert [p.name for p in (official_dir(mirrored) / "ecfr-ear").iterdir()] == ["title-15-part-734.xml"]
    chunks = Index.open(mirrored).by_citation("15 CFR 734.18")
    assert {c.as_of for c in chunks} == {"2025-01-16"}


def test_an_unusable_download_changes_nothing(mirror: Mirror, mirrored) -> None:
    fetch(mirrored, ["wassenaar"])
    kept = official_dir(mirrored) / "wassenaar" / "wassenaar-control-lists.pdf"
    good = kept.read_bytes()
    mirror.routes["/wa/list.pdf"] = b"<html>Service unavailable, try later</html>"
    with pytest.raises(ITTError, match=r"Downloaded .*/wa/list.pdf but cannot use it"):
        fetch(mirrored, ["wassenaar"])
    assert kept.read_bytes() == good
    assert not any(p.name.startswith(".staging") for p in official_dir(mirrored).iterdir())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_offline_fetch_is_a_clear_error_and_the_index_stays(make_corpus, settings_for, embedder: Embedder) -> None:
    offline = f"http://127.0.0.1:{_closed_port()}"
    settings = settings_for(make_corpus(), ecfr_base_url=offline, eurlex_url=f"{offline}/x.html", wassenaar_url=f"{offline}/x.pdf")
    run_ingest(settings, embedder=embedder)
    before = Index.open(settings)
    with pytest.raises(ITTError, match=r"Cannot download .*nothing was changed"):
        fetch_and_ingest(settings, embedder=embedder)
    after = Index.open(settings)
    assert after.build.id == before.build.id and len(after.chunks) == len(before.chunks)
    assert not any(official_dir(settings).glob("*/*"))


def test_the_cli_reports_offline_as_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from api.cli import main

    monkeypatch.setenv("ITT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ITT_WASSENAAR_URL", f"http://127.0.0.1:{_closed_port()}/list.pdf")
    monkeypatch.setattr(sys, "argv", ["itt", "corpus", "fetch", "wassenaar", "--quiet"])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith("error: Cannot download http://127.0.0.1:") and "Traceback" not in err

"""`POST /v1/check` on a real `itt serve` (the small test index holds ECCN 3E001): multipart
uploads, per-file errors, the HTML report, the larger upload limit of this one route, and the
web UI's upload area."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import Keys, Server, bearer
from tests.documents.conftest import encrypted_pdf

RECIPE = (
    b"Semiconductor process technology for the production of integrated circuits: the design data, the gate "
    b"etch recipe at 5 mTorr and 20 sccm, and the tolerance of +/- 5 nm.\n"
)
HOSTILE = b"Etch recipe at 5 mTorr <img src=x onerror=\"document.title='owned'\"> for the integrated circuit wafer.\n"


def post(server: Server, key: str | None, files: list[tuple[str, bytes]], **data: str) -> httpx.Response:
    return httpx.post(
        f"{server.url}/v1/check", files=[("file", (name, body)) for name, body in files], data=data,
        headers=bearer(key) if key else {}, timeout=120,
    )  # fmt: skip


def test_an_exporter_checks_a_batch_and_a_bad_file_is_listed_apart(server: Server, keys: Keys) -> None:
    r = post(server, keys.alice, [("recipe.txt", RECIPE), ("locked.pdf", encrypted_pdf())])
    assert r.status_code == 200, r.text
    body = r.json()
    (report,) = body["reports"]
    assert report["file"] == "recipe.txt" and report["overall"] in {"likely controlled", "needs review"}
    assert report["candidates"][0]["citation"] == "ECCN 3E001"
    f = next(x for x in report["findings"] if x["kind"] == "technical-data")
    assert RECIPE.decode()[f["start"] : f["end"]] == f["quote"] and f["location"]["label"].startswith("recipe.txt › line")
    assert body["errors"] == [{"file": "locked.pdf", "status": 422, "message": body["errors"][0]["message"]}]
    assert "locked.pdf: the PDF is encrypted" in body["errors"][0]["message"] and body["kept"] == []


def test_a_key_is_required(server: Server) -> None:
    assert post(server, None, [("recipe.txt", RECIPE)]).status_code == 401


def test_when_every_file_fails_the_error_is_the_first_files(server: Server, keys: Keys) -> None:
    r = post(server, keys.bob, [("empty.txt", b""), ("blob.bin", bytes(range(256)) * 4)])
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    assert "empty.txt: the file is empty" in message and "blob.bin" in message


def test_a_request_that_is_not_multipart_is_a_clear_400(server: Server, keys: Keys) -> None:
    r = httpx.post(f"{server.url}/v1/check", json={"file": "x"}, headers=bearer(keys.alice))
    assert r.status_code == 400 and "multipart/form-data" in r.json()["error"]["message"]
    r = httpx.post(f"{server.url}/v1/check", files={"note": (None, b"no file here")}, headers=bearer(keys.alice))
    assert r.status_code == 400 and "No document" in r.json()["error"]["message"]


def test_the_html_report_is_escaped_and_locked_down(server: Server, keys: Keys) -> None:
    r = post(server, keys.alice, [("hostile.txt", HOSTILE)], format="html")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "<img src=x" not in r.text and "&lt;img src=x" in r.text and "@media print" in r.text


def test_uploads_may_exceed_the_general_body_limit_but_other_routes_may_not(server: Server, keys: Keys) -> None:
    big = RECIPE * 1200  # about 240 KB, over the 64 KB of ITT_API_MAX_BODY_BYTES
    assert post(server, keys.alice, [("big.txt", big)]).status_code == 200
    r = httpx.post(f"{server.url}/v1/ask", content=b"{" + b" " * 70_000 + b"}", headers={**bearer(keys.alice), "Content-Type": "application/json"})
    assert r.status_code == 413


def test_keep_stores_the_report_not_the_document(server: Server, keys: Keys) -> None:
    r = post(server, keys.alice, [("recipe.txt", RECIPE)], keep="true")
    (kept,) = r.json()["kept"]
    path = Path(kept)
    assert path.parent == server.data_dir / "checks" and path.exists()
    assert '"overall"' in path.read_text(encoding="utf-8")
    assert not list((server.data_dir / "checks").glob("*.txt"))


@pytest.fixture(scope="module")
def small_upload_server(launch: Callable[..., Server]) -> Server:
    return launch(ITT_CHECK_MAX_UPLOAD_BYTES="100000", ITT_CHECK_MAX_FILE_BYTES="60000")


def test_the_upload_and_file_limits_are_enforced(small_upload_server: Server) -> None:
    r = post(small_upload_server, None, [("big.txt", RECIPE * 800)])
    assert r.status_code == 413 and "100,000 bytes" in r.json()["error"]["message"]
    r = post(small_upload_server, None, [("a.txt", RECIPE * 450), ("b.txt", RECIPE)])
    assert r.status_code == 200 and "ITT_CHECK_MAX_FILE_BYTES" in r.json()["errors"][0]["message"]


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (`make browser` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"], headless=True)
        yield browser
        browser.close()


@pytest.mark.browser
def test_the_web_upload_shows_findings_with_highlighted_passages(browser, server: Server, keys: Keys, tmp_path: Path) -> None:
    document = tmp_path / "hostile.txt"
    document.write_bytes(HOSTILE)
    page = browser.new_page(viewport={"width": 1000, "height": 1200})
    page.set_default_timeout(60_000)
    page.goto(server.url + "/")
    page.get_by_role("textbox", name="API key").fill(keys.alice)
    page.get_by_role("button", name="Save key").click()
    page.locator("#upload").wait_for()
    page.set_input_files("#upload-file", str(document))
    page.get_by_role("button", name="Check document").click()
    page.locator(".check-report .badge").wait_for()
    page.get_by_text("Passages with highlights").click()
    marks = page.locator(".check-passage mark")
    assert marks.count() >= 1 and "recipe" in marks.all_inner_texts()
    assert "<img src=x" in page.locator(".check-passage").first.inner_text()  # shown as text, never parsed
    assert page.locator(".check-passage img").count() == 0 and page.title() != "owned"

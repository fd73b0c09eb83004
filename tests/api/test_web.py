"""The web chat UI in headless Debian chromium: ask, read the badge and citation chips, open a
passage, answer a follow-up with one click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import Keys, Server, bearer

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed (`make browser` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


def test_ask_read_the_badge_open_a_passage_and_answer_the_follow_up(
    browser, server: Server, keys: Keys, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.set_default_timeout(30_000)
    page.goto(server.url + "/")

    # Keys are configured: the page asks for one and keeps it in this browser.
    page.get_by_role("textbox", name="API key").fill(keys.alice)
    page.get_by_role("button", name="Save key").click()
    page.get_by_text("Signed in as alice (exporter).").wait_for()

    question = "Can I e-mail ECCN 3E001 technology to our new engineer?"
    expected = httpx.post(f"{server.url}/v1/ask", json={"question": question}, headers=bearer(keys.alice)).json()
    assert expected["determination"] == "depends" and "destination" in expected["missing_facts"]
    page.get_by_label("Your message").fill(question)
    page.keyboard.press("Enter")
    badge = page.locator("article.msg.assistant .badge").first
    badge.wait_for()
    assert badge.inner_text() == "Depends — a deciding fact is missing"
    chips = page.locator("article.msg.assistant .citations .chip")
    assert chips.all_inner_texts() == expected["citations"]
    assert page.locator("article.msg.assistant ol.steps li").count() == len(expected["steps"])

    chips.first.click()
    dialog = page.get_by_role("dialog")
    dialog.wait_for()
    assert dialog.locator("#passage-title").inner_text() == "15 CFR 734.13 — Export"
    assert "version as of 2025-01-17" in dialog.locator("#passage-meta").inner_text()
    assert dialog.get_by_role("link", name="Official text ↗").get_attribute("href").startswith("https://")
    page.screenshot(path=str(tmp_path / "passage.png"))
    page.keyboard.press("Escape")
    assert not dialog.is_visible()

    # The follow-up: a one-click starter fills the box; the user completes it and sends.
    follow_up = page.locator(".followup").first
    assert expected["follow_up"] in follow_up.inner_text()
    follow_up.get_by_role("button", name="Start an answer: Recipient's country…").click()
    box = page.get_by_label("Your message")
    assert box.input_value() == "The recipient is in " and box.evaluate("el => el === document.activeElement")
    page.keyboard.type("Germany")
    page.keyboard.press("Enter")
    page.locator("article.msg.assistant .badge").nth(1).wait_for()
    assert page.locator(".msg.user").all_inner_texts() == [question, "The recipient is in Germany"]
    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    assert (tmp_path / "chat.png").stat().st_size > 10_000

    # The conversation is stored: a reload shows both turns again.
    page.reload()
    page.locator("article.msg.assistant .badge").nth(1).wait_for()
    assert page.locator(".msg.user").count() == 2


def test_the_page_is_usable_at_phone_width_and_shows_no_key_field_when_none_is_needed(
    browser, local: Server, tmp_path: Path
) -> None:
    server = local
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.set_default_timeout(30_000)
    page.goto(server.url + "/")
    page.get_by_label("Your message").wait_for()
    assert not page.locator("#key-panel").is_visible()
    assert page.locator("#upload").is_visible()  # the document pre-check upload
    page.get_by_label("Jurisdiction").select_option("US-EAR")
    page.get_by_label("Your message").fill("Is published information subject to the EAR?")
    page.get_by_role("button", name="Send").click()
    badge = page.locator("article.msg.assistant .badge").first
    badge.wait_for()
    assert badge.inner_text() == "Not controlled — no authorization needed"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)

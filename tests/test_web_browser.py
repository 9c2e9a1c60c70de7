"""The web page in a real headless Chromium (Debian's chromium + chromium-driver, driven
by selenium): fill a saved query's form, submit, find a result row and follow its
evidence link to the highlighted sentence; run an operation from the offline API docs.

Skips (with the reason) when selenium, chromium or chromedriver is not installed."""

from __future__ import annotations

import shutil
from urllib.parse import parse_qs, urlparse

import pytest


def _browser_paths():
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed (pip install selenium)")
    chrome = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = shutil.which("chromedriver")
    if not chrome or not driver:
        pytest.skip("Chromium or chromedriver not found (Debian: apt-get install chromium chromium-driver)")
    return chrome, driver


@pytest.fixture(scope="module")
def server(example_store):
    from test_server import _start, _stop

    srv = _start(example_store)
    yield srv.url
    _stop(srv)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chrome, driver_path = _browser_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        drv = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    except Exception as e:  # a broken install, not a failure of kg
        pytest.skip(f"cannot start headless Chromium: {type(e).__name__}: {str(e).splitlines()[0]}")
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def _wait(drv, by, what, seconds=30):
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(drv, seconds).until(ec.presence_of_element_located((by, what)))


def _severe_console_messages(drv):
    return [m["message"] for m in drv.get_log("browser") if m["level"] == "SEVERE"
            and "favicon.ico" not in m["message"]]


def test_saved_query_form_results_and_evidence(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    section = _wait(browser, By.ID, "q-phone-calls")
    box = section.find_element(By.NAME, "person")
    box.send_keys("Vladimir Putin")
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    table = _wait(browser, By.ID, "results")
    assert urlparse(browser.current_url).path == "/queries/phone-calls"
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert rows, "no result rows"
    row = next((r for r in rows if "Recep Tayyip Erdoğan" in r.text), None)
    assert row is not None, [r.text for r in rows]
    link = row.find_element(By.CSS_SELECTOR, "a.evidence-link")
    sentence = link.text.strip()
    assert len(sentence) > 20
    href = link.get_attribute("href")
    assert urlparse(href).path == "/evidence"
    link.click()

    mark = _wait(browser, By.ID, "hl")
    assert urlparse(browser.current_url).path == "/evidence"
    assert mark.text.strip() == sentence
    body = browser.find_element(By.ID, "article-body").text
    assert sentence in body and len(body) > len(sentence) * 2
    assert _severe_console_messages(browser) == []


def test_empty_optional_fields_are_left_out_and_form_is_refilled(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(server + "/")
    section = _wait(browser, By.ID, "q-timeline")
    Select(section.find_element(By.NAME, "type")).select_by_value("Meeting")
    section.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    table = _wait(browser, By.ID, "results")
    qs = parse_qs(urlparse(browser.current_url).query, keep_blank_values=True)
    assert qs == {"type": ["Meeting"], "format": ["html"]}, "kg.js should drop the empty optional fields"
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    header = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    col = header.index("eventType")
    assert rows and all(r.find_elements(By.TAG_NAME, "td")[col].text == "Meeting" for r in rows)
    # the query's form is shown again, filled in
    again = browser.find_element(By.ID, "q-timeline")
    assert Select(again.find_element(By.NAME, "type")).first_selected_option.get_attribute("value") == "Meeting"


def test_own_sparql_in_the_textarea(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    box = _wait(browser, By.ID, "sparql-query")
    box.clear()
    box.send_keys('SELECT ?label WHERE { country:RU rdfs:label ?label . BIND("<b>x</b>" AS ?html) }')
    browser.find_element(By.CSS_SELECTOR, "#sparql-form button[type=submit]").click()
    table = _wait(browser, By.ID, "results")
    assert [td.text for td in table.find_elements(By.CSS_SELECTOR, "tbody td")] == ["Russia"]


def test_api_docs_run_an_operation(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/docs")
    op = _wait(browser, By.ID, "op-query_phone_calls")
    op.find_element(By.TAG_NAME, "summary").click()
    person = op.find_element(By.ID, "query_phone_calls-person")
    assert person.get_attribute("value") == "Vladimir Putin"  # the example from the query's header
    op.find_element(By.ID, "query_phone_calls-send").click()
    out = _wait(browser, By.ID, "query_phone_calls-result")
    WebDriverWait(browser, 30).until(lambda d: "Erdoğan" in out.text)
    assert '"bindings"' in out.text
    assert _severe_console_messages(browser) == []

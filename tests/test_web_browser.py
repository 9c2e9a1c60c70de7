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


# ----------------------------------------------------------------------------- the graph's pages
def _chart_ready(browser, seconds=30):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, seconds).until(lambda d: d.execute_script("return !!(window.kgView && window.kgView.ready)"))
    return browser.execute_script("return window.kgView.drawn()")


def _click_at(browser, x, y):
    """A real mouse click at (x, y) in the window (the chart is a canvas: no elements to click)."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(x, y).click()
    actions.perform()


def _expected(example_store):
    from kg import views
    from kg.store import open_store

    st = open_store(example_store, read_only=True)
    try:
        return views.timeline(st), views.network(st), views.timeline(st, event_type="PhoneCall")
    finally:
        del st


def test_timeline_and_network_draw_the_events_and_actors(server, browser, example_store):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    timeline, network, calls = _expected(example_store)
    browser.get(server + "/timeline")
    drawn = _chart_ready(browser)
    assert drawn["marks"] == len(timeline["events"]) > 30  # one mark per dated event
    rows = browser.find_elements(By.CSS_SELECTOR, "#timeline-events tbody tr")
    assert len(rows) == len(timeline["events"]) + len(timeline["undated"])
    # filter by type: the chart is drawn again with the phone calls only
    Select(browser.find_element(By.ID, "f-type")).select_by_value("PhoneCall")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    drawn = _chart_ready(browser)
    assert drawn["marks"] == len(calls["events"]) > 0
    assert urlparse(browser.current_url).query == "type=PhoneCall"
    assert urlparse(browser.find_element(By.ID, "api-link").get_attribute("href")).query == "type=PhoneCall"

    browser.get(server + "/network")
    drawn = _chart_ready(browser)
    assert drawn["marks"] == len(network["nodes"]) > 20 and drawn["edges"] == len(network["edges"])
    assert browser.find_element(By.ID, "chart-status").text.startswith(f"{len(network['nodes'])} actors")
    assert _severe_console_messages(browser) == []


def test_click_a_node_then_an_event_then_evidence_and_back(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    iran = "https://w3id.org/kg-news/id/country/IR"
    browser.get(server + "/network")
    _chart_ready(browser)
    x, y, href = browser.execute_script("return window.kgView.itemPosition(0, arguments[0])", iran)
    assert href == "/actor/country/IR"
    _click_at(browser, x, y)
    WebDriverWait(browser, 20).until(lambda d: urlparse(d.current_url).path == "/actor/country/IR")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Iran"
    assert "Republik Islam Iran" in browser.find_element(By.ID, "labels").text

    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#events a.event-link") if "denied" in a.text)
    event_path = urlparse(link.get_attribute("href")).path
    link.click()
    WebDriverWait(browser, 20).until(lambda d: urlparse(d.current_url).path == event_path)
    assert "Iran → Russia" in browser.find_element(By.TAG_NAME, "h1").text
    reports = browser.find_elements(By.CSS_SELECTOR, "article.report")
    assert len(reports) == 2
    sentence = reports[0].find_element(By.TAG_NAME, "mark").text
    reports[0].find_element(By.CSS_SELECTOR, "a.evidence-link").click()

    mark = _wait(browser, By.ID, "hl")
    assert urlparse(browser.current_url).path == "/evidence" and mark.text == sentence
    assert "Baca Juga" not in browser.find_element(By.ID, "article-body").text
    browser.find_element(By.CSS_SELECTOR, "#back-to-event a").click()
    WebDriverWait(browser, 20).until(lambda d: urlparse(d.current_url).path == event_path)
    assert _severe_console_messages(browser) == []


def test_timeline_mark_opens_its_event(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/timeline?" + "type=WeaponSupplyAllegation&from=2024-09-10&to=2024-09-10")
    drawn = _chart_ready(browser)
    assert drawn["marks"] >= 1
    series = ["Meeting", "PhoneCall", "WeaponSupplyAllegation"].index("WeaponSupplyAllegation")
    x, y, href = browser.execute_script("return window.kgView.itemPosition(arguments[0], 0)", series)
    assert href.startswith("/event/")
    _click_at(browser, x, y)
    WebDriverWait(browser, 20).until(lambda d: urlparse(d.current_url).path == href)
    assert browser.find_element(By.ID, "event").get_attribute("data-iri").endswith(href.rsplit("/", 1)[-1])


def test_json_link_follows_the_values_entered(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    section = _wait(browser, By.ID, "q-timeline")
    section.find_element(By.NAME, "from").send_keys("2024-01-01")
    href = section.find_element(By.CSS_SELECTOR, "a.json-link").get_attribute("href")
    assert parse_qs(urlparse(href).query) == {"from": ["2024-01-01"]}
    assert section.find_element(By.NAME, "from").get_attribute("type") == "text"

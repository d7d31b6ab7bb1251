"""The report in a real browser: headless Chromium (Debian's package) driven by Selenium, from file://.

Opens the index, sorts and filters it, follows a link to a release page and checks what a reader sees.
Set UPDATE_SCREENSHOTS=1 to refresh docs/img/report-index.png, report-release.png and report-trends.png (the
README shows them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from nlp.report import build_report
from .report_fixtures import gold_summaries, hostile_summary, write_jsonl

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no Chromium: install it with `apt-get install -y chromium chromium-driver` to run the browser test")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed: pip install -e '.[report]'")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    directory = tmp_path_factory.mktemp("browser")
    summaries = gold_summaries()
    keep = [s for s in summaries if Path(s["source"]).stem.startswith(("merton", "greenwich", "westminster"))]
    keep += summaries[:24]
    hostile, _ = hostile_summary()
    path = write_jsonl(keep + [hostile], directory / "summaries.jsonl")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    # and saved web pages with their furniture, summarised on the fly
    return build_report([path, ROOT / "tests" / "data" / "pages"], directory / "site")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not try to download a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1440,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def visible_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, "#releases tbody tr") if row.is_displayed()]


def column(driver, index):
    """One column's text over the visible rows of summarised releases (failed rows span the columns)."""
    return [row.find_elements(By.TAG_NAME, "td")[index].text for row in visible_rows(driver)
            if "failed" not in (row.get_attribute("class") or "")]


def screenshot(driver, tmp_path, name):
    driver.save_screenshot(str(tmp_path / name))
    if os.environ.get("UPDATE_SCREENSHOTS"):
        (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tmp_path / name, ROOT / "docs" / "img" / name)


def test_index_sort_filter_and_release_page(browser, site, tmp_path):
    browser.get(site.index.resolve().as_uri())
    assert browser.title == "Probation inspections"
    total = len(visible_rows(browser))
    assert total == site.pages + len(site.failed)
    assert "of %d shown" % total in browser.find_element(By.ID, "shown").text  # the script ran
    failed = browser.find_elements(By.CSS_SELECTOR, "tr.failed")
    assert len(failed) == 1 and "Not summarised" in failed[0].text

    # sort by date, newest first: two clicks on the heading
    heading = browser.find_element(By.CSS_SELECTOR, 'th[data-key="date"]')
    heading.click()
    dates = [d for d in column(browser, 2) if d[:2] in ("19", "20")]
    assert dates == sorted(dates)
    heading.click()
    assert heading.get_attribute("aria-sort") == "descending"
    dates = [d for d in column(browser, 2) if d[:2] in ("19", "20")]
    assert dates == sorted(dates, reverse=True)

    # sort by rating: Outstanding first when descending
    rating = browser.find_element(By.CSS_SELECTOR, 'th[data-key="rating"]')
    rating.click()
    rating.click()
    assert column(browser, 3)[0] == "Outstanding"

    # filter by text, then by rating
    box = browser.find_element(By.ID, "filter-text")
    box.send_keys("merton")
    WebDriverWait(browser, 5).until(lambda d: len(visible_rows(d)) == 2)
    assert all("Merton" in name for name in column(browser, 0))
    Select(browser.find_element(By.ID, "filter-rating")).select_by_visible_text("Inadequate")
    WebDriverWait(browser, 5).until(lambda d: len(visible_rows(d)) == 1)
    assert browser.find_element(By.ID, "shown").text == f"1 of {total} shown"
    box.clear()
    Select(browser.find_element(By.ID, "filter-rating")).select_by_visible_text("any")
    Select(browser.find_element(By.ID, "filter-type")).select_by_visible_text("PDU")
    WebDriverWait(browser, 5).until(lambda d: 0 < len(visible_rows(d)) < total)
    assert set(column(browser, 1)) == {"PDU"}
    Select(browser.find_element(By.ID, "filter-type")).select_by_visible_text("any")
    WebDriverWait(browser, 5).until(lambda d: len(visible_rows(d)) == total)
    heading.click()
    heading.click()
    assert column(browser, 2)[0] >= "2024"  # newest first, undated and failed rows last
    assert "failed" in visible_rows(browser)[-1].get_attribute("class")
    screenshot(browser, tmp_path, "report-index.png")

    # follow the link to Merton's 2024 release
    box.send_keys("merton")
    WebDriverWait(browser, 5).until(lambda d: len(visible_rows(d)) == 2)
    browser.find_element(By.CSS_SELECTOR, 'a[href="releases/merton-yjs-2024.html"]').click()
    WebDriverWait(browser, 5).until(lambda d: "/releases/" in d.current_url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Merton Youth Justice Service"
    facts = browser.find_element(By.CSS_SELECTOR, "section.facts").text
    assert "Overall rating\nInadequate" in facts and "Published\n2024-12-10" in facts
    for section in ("strengths", "weaknesses", "recommendations"):
        assert browser.find_element(By.ID, section).is_displayed()
    weaknesses = browser.find_elements(By.CSS_SELECTOR, "#weaknesses li")
    assert weaknesses and all(li.text for li in weaknesses)
    assert browser.find_elements(By.CSS_SELECTOR, "#weaknesses .theme")
    marks = browser.find_elements(By.CSS_SELECTOR, ".release-text mark.entity")
    assert marks and any("SERVICE" in m.text for m in marks)
    browser.find_element(By.LINK_TEXT, "← All releases").click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith("index.html"))


def test_hostile_release_shows_its_markup_as_text(browser, site):
    page = next(p for p in (site.out_dir / "releases").glob("*.html") if "Hostile" in p.read_text(encoding="utf-8"))
    browser.get(page.resolve().as_uri())
    # had the release's <script> run, the title would read "pwned"
    assert browser.title != "pwned" and "Hostile" in browser.title
    assert browser.find_elements(By.TAG_NAME, "script") == []
    text = browser.find_element(By.CSS_SELECTOR, ".release-text").text
    assert "<script>document.title='pwned'</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert browser.find_elements(By.CSS_SELECTOR, ".release-text img") == []


def test_trends_page_shows_charts(browser, site, tmp_path):
    browser.get((site.out_dir / "trends.html").resolve().as_uri())
    images = browser.find_elements(By.CSS_SELECTOR, ".charts img")
    assert len(images) == 5
    # every chart loaded from disk and drawn large enough to read: shown at least 700 px wide, never upscaled
    for img in images:
        natural = browser.execute_script("return arguments[0].naturalWidth", img)
        assert natural >= 1000
        shown = browser.execute_script("return arguments[0].clientWidth", img)  # without the border
        assert 700 <= shown <= natural
    assert "year of each inspection comes from" in browser.find_element(By.TAG_NAME, "main").text
    browser.execute_script("arguments[0].scrollIntoView()", images[0])
    screenshot(browser, tmp_path, "report-trends.png")


def test_release_page_colours_sentences_and_folds_furniture(browser, site, tmp_path):
    browser.get((site.out_dir / "releases" / "leeds-govuk.html").resolve().as_uri())
    assert browser.find_element(By.TAG_NAME, "h1").text == "Leeds Youth Justice Service"
    assert browser.find_element(By.CSS_SELECTOR, "p.lead").text == "Leeds Youth Justice Service rated ‘Good’ by inspectors"
    text = browser.find_element(By.CSS_SELECTOR, ".release-text")
    # furniture is folded: the cookie banner is in the page but not shown until opened
    folds = text.find_elements(By.CSS_SELECTOR, "details.furniture")
    assert folds and "cookies" not in text.text.lower()
    folds[0].find_element(By.TAG_NAME, "summary").click()
    assert "cookies" in text.text.lower()
    # sentences tinted by label, with the entities inside them
    for label in ("strength", "weakness", "recommendation"):
        assert text.find_elements(By.CSS_SELECTOR, f".sentence.{label}"), label
    inside = text.find_elements(By.CSS_SELECTOR, ".sentence.strength mark.entity, .sentence.weakness mark.entity")
    assert inside
    tint = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor",
                                  text.find_element(By.CSS_SELECTOR, ".sentence.strength"))
    assert tint not in ("rgba(0, 0, 0, 0)", "transparent")
    # entity boxes stay within the line: no mark is taller than the text's line height
    line = browser.execute_script("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", text)
    heights = [browser.execute_script("return arguments[0].getBoundingClientRect().height", m)
               for m in text.find_elements(By.CSS_SELECTOR, "mark.entity")]
    assert heights and max(heights) <= line
    folds[0].find_element(By.TAG_NAME, "summary").click()
    browser.execute_script("window.scrollTo(0, document.getElementById('text').offsetTop - 10)")
    screenshot(browser, tmp_path, "report-release.png")

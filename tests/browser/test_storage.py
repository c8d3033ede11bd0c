"""What the site keeps in the browser: autosave only when asked, at most 30 days, a clear
message when the browser refuses, and one button that wipes everything the site keeps."""
from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import wait_ready

FORM = "formulieren/gespreksverslag/"
KEY = "jeugdgroepen-kennisbank:autosave:gespreksverslag"


def test_autosave_older_than_30_days_is_wiped_with_a_message(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)  # this page has read the storage already: the old entry is for the next one
    page.evaluate("""key => localStorage.setItem(key, JSON.stringify({
        opgeslagen: new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString(),
        gegevens: {initialen: "OUD"}}))""", KEY)
    page.reload()
    wait_ready(page)
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text("was ouder dan 30 dagen. Die is uit deze browser gewist.")
    expect(page.locator("#f-initialen")).to_have_value("")
    assert page.evaluate("key => localStorage.getItem(key)", KEY) is None
    # 29 days old is still kept.
    page.evaluate("""key => localStorage.setItem(key, JSON.stringify({
        opgeslagen: new Date(Date.now() - 29 * 24 * 3600 * 1000).toISOString(),
        gegevens: {initialen: "R.T."}}))""", KEY)
    page.reload()
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("R.T.")


def test_a_full_or_blocked_storage_turns_autosave_off_with_a_message_and_keeps_the_form(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)
    page.check("#kb-autosave")
    page.fill("#f-initialen", "R.T.")
    page.evaluate("() => { Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); }; }")
    page.fill("#f-situatie", "Dit blijft staan")
    expect(page.locator(".kb-file > .kb-file-message")).to_contain_text(
        "Uw invoer kon niet in deze browser worden bewaard: de opslag is vol of geblokkeerd.")
    expect(page.locator("#kb-autosave")).not_to_be_checked()
    expect(page.locator("#f-situatie")).to_have_value("Dit blijft staan")


def test_one_button_wipes_everything_this_site_keeps_and_nothing_else(page: Page, site_url: str):
    page.goto(site_url + FORM)
    wait_ready(page)
    page.check("#kb-autosave")
    page.fill("#f-initialen", "R.T.")
    page.wait_for_timeout(600)  # the save is debounced
    page.evaluate("localStorage.setItem('een-andere-app:instelling', 'blijft')")
    page.goto(site_url + "over/privacy-van-deze-site/")
    material_keys = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith(__md_scope.pathname))")
    assert material_keys  # the theme keeps its own settings here too
    page.locator(".kb-wipe[data-wired]").wait_for()
    page.once("dialog", lambda d: d.accept())
    page.click("button[data-wipe-all]")
    expect(page.locator(".kb-wipe-message")).to_have_text("Klaar. Alles wat deze site in deze browser bewaarde, is gewist.")
    left = page.evaluate("Object.keys(localStorage)")
    assert left == ["een-andere-app:instelling"]
    databases = page.evaluate("async () => (await indexedDB.databases()).map(d => d.name)")
    assert not [d for d in databases if d.startswith("jeugdgroepen-kennisbank:")]  # the program copy too
    page.goto(site_url + FORM)
    wait_ready(page)
    expect(page.locator("#f-initialen")).to_have_value("")
    expect(page.locator("#kb-autosave")).not_to_be_checked()

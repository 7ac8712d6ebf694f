"""Find in the article and the keys around it, typed on a real keyboard (the browser tests can
only dispatch events, which never type a character)."""

from playwright.sync_api import expect

FIELD = "input.search-field"


def test_slash_finds_and_enter_steps_through_the_matches(site, page):
    base, _ = site
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".article-body")).to_be_visible()
    page.keyboard.press("/")
    expect(page.locator(FIELD)).to_be_focused()
    page.keyboard.type("atambayev")
    # The `/` moved the focus and was not typed into the field.
    expect(page.locator(FIELD)).to_have_value("atambayev")
    expected = page.locator(".article-body").inner_text().lower().count("atambayev")
    assert expected >= 3, expected
    expect(page.locator(".reader mark")).to_have_count(expected)
    status = page.locator(".search-status")
    expect(status).to_contain_text(f"{expected} matches in ")
    expect(status).to_contain_text(f"1 of {expected}")
    page.keyboard.press("Enter")
    expect(status).to_contain_text(f"2 of {expected}")
    current = page.locator(".reader mark[aria-current='true']")
    expect(current).to_have_count(1)
    expect(current).to_be_in_viewport()
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Shift+Enter")
    expect(status).to_contain_text(f"{expected} of {expected}")
    expect(current).to_be_in_viewport()
    page.keyboard.press("Escape")
    expect(page.locator(FIELD)).to_have_value("")
    expect(page.locator(".reader mark")).to_have_count(0)
    assert page.console == [], page.console


def test_p_goes_to_the_paste_area_without_typing_a_p(site, page):
    base, _ = site
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".article-body")).to_be_visible()
    before = page.locator("textarea.paste").input_value()
    page.locator(".article-body").click()
    page.keyboard.press("p")
    expect(page.locator("textarea.paste")).to_be_focused()
    expect(page.locator("textarea.paste")).to_have_value(before)

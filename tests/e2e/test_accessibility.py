"""axe-core (from npm, installed by scripts/setup --browser) over the page with the examples
loaded, in both themes: no serious or critical violations."""

import pathlib

import pytest
from playwright.sync_api import expect

AXE = pathlib.Path(__file__).resolve().parents[2] / ".tools/node_modules/axe-core/axe.min.js"


def violations(page):
    # The page's CSP forbids injected scripts (rightly); this context bypasses it for axe only.
    page.evaluate(AXE.read_text())
    result = page.evaluate("""async () => {
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("query", ["?example=seed-reuters", "?example=seed-pair", ""])
def test_no_serious_accessibility_violations(site, browser, scheme, query):
    base, _ = site
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    page.goto(base + query)
    page.wait_for_selector(".read-time, .compare-table, .reader .hint")
    page.wait_for_timeout(300)
    found = violations(page)
    context.close()
    assert found == [], found


def test_every_action_is_reachable_by_keyboard_with_a_visible_focus(site, page):
    base, _ = site
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".read-time")).to_contain_text("read in")
    seen = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement;
            const style = getComputedStyle(e);
            // Inside a date field, focus can sit on the browser's own picker button, which
            // draws its own ring; the field itself then does not match :focus.
            const inPicker = e.type === 'date' && !e.matches(':focus');
            return { tag: e.tagName, cls: e.className, outline: inPicker ||
                     (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') }; }""")
        assert info["tag"] in ("BUTTON", "TEXTAREA", "INPUT", "SELECT", "A", "SUMMARY", "LABEL"), info
        assert info["outline"], f"no visible focus on {info}"
        seen.add(info["cls"])
    assert any("source" in c for c in seen), "cards are reachable"
    assert any("example" in c for c in seen), "examples are reachable"

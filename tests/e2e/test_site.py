"""The built site in headless Chromium, used the way a reader uses it."""

import re

from playwright.sync_api import expect

READER = ".reader"


def test_example_opens_from_the_address_and_is_read_in_the_worker(site, page):
    base, _ = site
    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".article-header h2.headline")).to_have_text(
        "Kyrgyz opposition in Russia after disputed vote")
    expect(page.locator(".article-header .byline")).to_have_text("By Olga Dzyubenko")
    expect(page.locator(".article-body .dateline").first).to_have_text("BISHKEK, July 27 (Reuters) -")
    expect(page.locator(".removed summary")).to_have_text("Removed from the page (2 lines)")
    expect(page.locator(".read-time")).to_contain_text("read in")
    assert workers == [base + "worker.js"], workers
    assert page.console == [], page.console


def test_pasted_article_survives_a_reload(site, page):
    base, _ = site
    page.goto(base)
    expect(page.locator(".reader .hint")).to_contain_text("Paste an article")
    article = ("Storm hits coast\n\nBy Jane Roe\n\nLONDON (Reuters) - Winds rose. Two people died.\n\n"
               "The storm moved east.")
    page.fill("textarea.paste", article)
    expect(page.locator(".article-header h2.headline")).to_have_text("Storm hits coast")
    page.reload()
    expect(page.locator("textarea.paste")).to_have_value(article)
    expect(page.locator(".article-body p")).to_have_count(2)
    assert page.console == [], page.console


def test_pasted_markup_never_runs(site, page):
    base, _ = site
    page.goto(base)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    payload = '<img src=x onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3))'
    page.fill("textarea.paste", payload)
    expect(page.locator(READER)).to_contain_text('<img src=x onerror="alert(1)">')
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator(f"{READER} img, {READER} script, {READER} a").count() == 0


def test_only_the_pages_own_files_are_requested(site, page):
    base, served = site
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    page.goto(base + "?example=seed-rferl")
    expect(page.locator(".read-time")).to_contain_text("read in")
    for example in ("seed-reuters", "wikinews-ozone-crops"):
        page.click(f"button[data-example='{example}']")
        expect(page.locator(f"button[data-example='{example}']")).to_have_attribute("aria-pressed", "true")
    foreign = [url for url in seen if not url.startswith(base)]
    assert foreign == [], foreign
    assert all(path.startswith("/some/sub/lede/") for path in served), served


def test_the_page_keeps_its_content_security_policy(site, page):
    base, _ = site
    page.goto(base)
    csp = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "script-src 'self' 'wasm-unsafe-eval'" in csp
    assert "'unsafe-inline'" not in csp
    assert "default-src 'self'" in csp
    # An inline script injected now must be refused by the policy.
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true'; document.body.appendChild(s); }""")
    assert page.evaluate("() => window.__inlineRan === undefined")


def test_the_page_works_offline_after_the_first_visit(site, browser):
    base, _ = site
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".read-time")).to_contain_text("read in")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null || "
                           "navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # the second visit is served by the service worker
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    context.set_offline(True)
    page.reload()
    expect(page.locator(".article-header h2.headline")).to_have_text(
        "Kyrgyz opposition in Russia after disputed vote")
    expect(page.locator(".read-time")).to_contain_text("read in")
    context.close()


def test_the_page_is_installable(site, page):
    base, _ = site
    page.goto(base)
    manifest = page.evaluate("""async () => {
        const link = document.querySelector('link[rel=manifest]');
        return (await fetch(link.href)).json(); }""")
    assert manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        response = page.request.get(base + icon["src"])
        assert response.ok, icon


def test_keyboard_shortcuts_and_their_overlay(site, page):
    base, _ = site
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".read-time")).to_contain_text("read in")
    page.keyboard.press("?")
    expect(page.locator(".keys-overlay")).to_be_visible()
    expect(page.locator(".keys-overlay")).to_contain_text("next / previous card")
    page.keyboard.press("Escape")
    expect(page.locator(".keys-overlay")).to_have_count(0)
    page.keyboard.press("j")
    expect(page.locator(".reader .sentence.focused")).to_have_count(1)
    page.keyboard.press("p")
    assert page.evaluate("() => document.activeElement.id") == "paste"
    page.keyboard.type("?")  # typing in the paste area is never taken as a shortcut
    expect(page.locator(".keys-overlay")).to_have_count(0)


def test_the_theme_follows_the_system_and_the_readers_choice(site, browser):
    base, _ = site
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(base)
    background = "() => getComputedStyle(document.body).backgroundColor"
    dark = page.evaluate(background)
    page.click(".theme-toggle")  # system -> light
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    light = page.evaluate(background)
    assert dark != light, (dark, light)
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    context.close()


DROP = """([name, bytes, type]) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type }));
    document.querySelector('textarea.paste').dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}"""


def test_dropped_files_are_read_or_refused_in_words(site, page):
    base, _ = site
    page.goto(base)
    page.wait_for_selector("textarea.paste")  # the app has mounted
    page.evaluate(DROP, ["bad.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], "text/plain"])
    expect(page.locator(".notice")).to_contain_text("is not UTF-8 text")
    expect(page.locator("textarea.paste")).to_have_value("")
    page.evaluate(DROP, ["slides.pdf", [0x25, 0x50, 0x44, 0x46], "application/pdf"])
    expect(page.locator(".notice")).to_contain_text("Lede reads .txt, .md and .html files")
    good = "# Storm hits coast\n\nWinds rose on Monday. Two people died.".encode()
    page.evaluate(DROP, ["storm.md", list(good), "text/markdown"])
    expect(page.locator(".article-header h2.headline")).to_have_text("Storm hits coast")
    assert page.console == [], page.console


def test_the_engine_is_callable_from_another_page_without_starting_the_app(site, page):
    """engine.js is the engine's own module: any page of the same origin can import it and call
    digest, without the app (the page's own module) starting."""
    base, _ = site
    page.goto(base + "no-such-page.html")  # the host's own "not found" page: HTML, with a body
    result = page.evaluate("""async () => {
      const lede = await import(new URL('engine.js', location.href).href);
      await lede.default({ module_or_path: new URL('engine_bg.wasm', location.href) });
      const text = 'Storm hits coast\\n\\nLONDON, March 3 (Reuters) - Winds of 120 km/h rose on Monday.';
      const digest = JSON.parse(lede.digest(text, '2021-03-03'));
      let refused = null;
      try { lede.digest(text, 'March'); } catch (error) { refused = String(error); }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { headline: text.slice(digest.headline.start, digest.headline.end),
               dates: digest.dates.timeline.length, refused,
               started: document.querySelector('textarea.paste') !== null };
    }""")
    assert result["headline"] == "Storm hits coast", result
    assert result["dates"] >= 1, result
    assert result["refused"], "a malformed date is an error, not ignored"
    assert not result["started"], "importing the module must not start the app"


def test_the_first_load_fetches_the_page_alone_and_the_engine_comes_with_reading(site, page):
    """A visit that reads nothing never downloads the engine; turning to the edit box starts
    loading it (before the paste), and the pasted article is read by it in the worker."""
    base, served = site
    start = len(served)  # the server is shared by the tests; this one's requests come after

    def files():
        return {path.split("?")[0].rsplit("/", 1)[-1] for path in served[start:]}

    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    page.goto(base)
    expect(page.locator(".reader .hint")).to_contain_text("Paste an article")
    page.wait_for_timeout(500)
    assert "app_bg.wasm" in files(), files()
    assert not files() & {"worker.js", "engine.js", "engine_bg.wasm"}, files()
    assert workers == [], workers
    with page.expect_worker():
        page.focus("textarea.paste")
    page.fill("textarea.paste", "Storm hits coast\n\nLONDON, March 3 (Reuters) - Winds rose on Monday.")
    expect(page.locator(".article-header h2.headline")).to_have_text("Storm hits coast")
    assert {"worker.js", "engine.js", "engine_bg.wasm"} <= files(), files()
    assert workers == [base + "worker.js"], workers
    assert page.console == [], page.console


# A long text of one shape that once made the engine slow (issue 23): one "sentence" with no
# full stop, built in the page from a few words, so the read lasts long enough to watch.
PASTE_LONG_SENTENCE = """(bytes) => {
    const words = ['the', 'board', 'said', 'cargo', 'rose', 'on', 'Tuesday', 'Arlen', 'Voskuna',
                   'percent', '$40', 'in', '2009', 'port'];
    const out = [];
    let length = 0, state = 7;
    while (length < bytes) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const word = words[state % words.length];
        out.push(word);
        length += word.length + 1;
    }
    const area = document.querySelector('textarea.paste');
    area.value = 'The ' + out.join(' ');
    area.dispatchEvent(new Event('input', { bubbles: true }));
}"""


def test_a_long_read_reports_progress_answers_clicks_and_stops_at_once(site, page):
    """While the worker reads a long paste the page says how far it has got, a click on the
    theme toggle takes effect before the read ends, and Stop ends the read: the status goes,
    the view keeps the last complete digest and says why."""
    base, _ = site
    page.goto(base + "?example=seed-reuters")
    expect(page.locator(".read-time")).to_contain_text("read in")
    page.evaluate(PASTE_LONG_SENTENCE, 12_000_000)
    status = page.locator(".reading-status")
    expect(status).to_contain_text("Reading")
    expect(status).to_contain_text("%", timeout=30_000)
    page.click(".theme-toggle")
    expect(page.locator("html")).to_have_attribute("data-theme", re.compile("light|dark"))
    expect(status).to_be_visible()  # the click was answered while the read went on
    page.click(".reading-status .stop")
    expect(status).to_have_count(0)
    expect(page.locator("body")).to_contain_text("Stopped reading")
    expect(page.locator(".article-header h2.headline")).to_be_visible()
    assert page.console == [], page.console

"""What a hostile-input probe found in the built page (issue 24): a normal HTML paste logs no
Content-Security-Policy violation, a newer paste does not wait for a long read it replaced, and
a paste of thousands of dates leaves the page with a bounded number of elements."""

from playwright.sync_api import expect

# Pastes clipboard data (an HTML flavour and a plain one) into the edit box, as the browser would.
PASTE = """([html, plain]) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', plain);
    document.querySelector('textarea.paste').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}"""

# Drops a text file of `text` repeated `times` times, built in the page (megabytes do not
# cross from Python).
DROP_REPEATED = """([name, text, times]) => {
    const data = new DataTransfer();
    data.items.add(new File([text.repeat(times)], name, { type: 'text/plain' }));
    document.querySelector('textarea.paste, .paste-large').dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}"""

# Records every policy violation the document reports (the console shows them as errors too).
WATCH_VIOLATIONS = """() => { window.__violations = [];
    document.addEventListener('securitypolicyviolation',
        (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)); }"""

# A news page as a browser copies it: inline styles on nearly everything, handlers, a <base>,
# a style sheet and a script.
NEWS_HTML = """<html><head><base href="https://news.example/"><meta charset="utf-8">
<link rel="stylesheet" href="https://news.example/site.css"><style>p { color: red }</style></head>
<body style="margin:0"><div style="font-family: Georgia" onclick="track()">
<h1 style="font-size: 2em">Storm hits coast</h1>
<p style="color:#333" onmouseover="hover()">LONDON (Reuters) - Winds rose on Monday. Two people died.</p>
<p><span style="font-weight:bold">The storm moved east</span> on Tuesday, officials said.</p>
<img src="https://news.example/a.jpg" onerror="fail()" style="width:100%" alt="The harbour">
<script>track()</script></div></body></html>"""


def test_an_html_paste_with_styles_and_handlers_logs_no_policy_violation(site, page):
    base, _ = site
    page.goto(base)
    page.wait_for_selector("textarea.paste")
    page.evaluate(WATCH_VIOLATIONS)
    page.evaluate(PASTE, [NEWS_HTML, "plain flavour"])
    expect(page.locator(".article-header h2.headline")).to_have_text("Storm hits coast")
    expect(page.locator(".article-body")).to_contain_text("The storm moved east on Tuesday")
    page.wait_for_timeout(300)  # a violation is reported after the task that caused it
    assert page.evaluate("() => window.__violations") == []
    assert page.console == [], page.console
    # The policy itself is unchanged: inline styles are still refused on the page.
    csp = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    assert "'unsafe-inline'" not in csp


def test_a_newer_paste_is_read_at_once_and_the_older_read_then_finishes(site, page):
    base, _ = site
    workers = []
    page.on("worker", lambda w: workers.append(w.url))
    page.goto(base)
    page.wait_for_selector("textarea.paste")
    # Several megabytes: a read the reader sees going on (the tab's spinner shows).
    prose = "The council met on Monday and said the river rose two metres by evening. "
    page.evaluate(DROP_REPEATED, ["long.txt", prose, 80_000])
    expect(page.locator(".tabs .spinner")).to_have_count(1)
    assert len(workers) == 1, workers
    # A short article in a new tab does not wait: the long read is stopped and a fresh reader
    # takes the newer text at once.
    page.click(".add-article")
    page.fill("textarea.paste", "Storm hits coast\n\nLONDON (Reuters) - Winds rose on Monday.")
    expect(page.locator(".article-header h2.headline")).to_have_text("Storm hits coast")
    assert len(workers) == 2, workers
    # The long article is read again after it, and its answer reaches it.
    expect(page.locator(".tabs .spinner")).to_have_count(0, timeout=90_000)
    page.click(".tabs li:first-child .tab-title")
    expect(page.locator(".reader .read-time")).to_contain_text("read in")
    assert page.console == [], page.console


def test_twenty_thousand_dates_leave_the_panels_a_bounded_number_of_elements(site, page):
    base, _ = site
    page.goto(base)
    page.wait_for_selector("textarea.paste")
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    lines = [f"The council met on {1 + i % 28} {months[i // 28 % 12]} {1000 + i // 336}."
             for i in range(20_000)]
    page.evaluate(DROP_REPEATED, ["dates.txt", "\n\n".join(lines), 1])
    expect(page.locator(".panel-timeline .show-all")).to_have_text("Show all 20,000", timeout=60_000)
    nodes = page.evaluate("() => document.querySelector('.panels').querySelectorAll('*').length")
    assert nodes < 2_000, nodes
    page.click(".panel-timeline .show-all")
    expect(page.locator(".panel-timeline .show-more")).to_contain_text("Showing 200 of 20,00")
    nodes = page.evaluate("() => document.querySelector('.panels').querySelectorAll('*').length")
    assert nodes < 4_000, nodes
    assert page.console == [], page.console

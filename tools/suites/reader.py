"""`scripts/suites reader`: the reader view on pages nobody here chose.

Two public suites, fetched as git checkouts into the data folder (default /work/data):
- `zyte/`: scrapinghub/article-extraction-benchmark (`html/<id>.html.gz`, `ground-truth.json`
  with each page's true article body); body F1 with the benchmark's own `evaluate.py`.
- `readability/`: mozilla/readability (`test/test-pages/<name>/source.html`,
  `expected-metadata.json` with title, byline, publishedTime, and `expected.html`).

Each page goes through Lede's two paste paths:
- `text`: the page rendered in headless Chromium (Debian's, driven by Playwright) with scripts
  off and every request refused, and `document.body.innerText` taken: what Ctrl+A, Ctrl+C and a
  paste into a text box give;
- `html`: the page's HTML through `lede::html_text` over html5ever's DOM (the page's clipboard
  HTML path, natively), by `tools/suites/lede-suite`.
trafilatura and readability-lxml (PyPI, pinned in tools/suites/requirements.txt, called as the
benchmark's own runners call them) read the same pages' HTML for the same table.

Scores: body precision/recall/F1 by `evaluate.py`'s 4-gram shingles (P and R are means over
pages, F1 of the means, as the benchmark reports); headline right when it equals the expected
title after trimming and collapsing spaces (or both are empty); byline right when every word of ours is in the
expected byline and ours holds its first two name words; published right when our date equals
`publishedTime`'s date. Writes docs/suites/reader.md (the table) and reader-pages.tsv (per page).
"""
import argparse
import gzip
import importlib.util
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import urllib.parse

from .reserved import is_reserved, reserved

ROOT = pathlib.Path(__file__).resolve().parents[2]
NATIVE = ROOT / "tools" / "suites" / "lede-suite"
DOCS = ROOT / "docs" / "suites"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]


class Page:
    """One page of a suite: its HTML on disk and what it should yield."""

    def __init__(self, suite, page_id, html_path, body=None, title=None, byline=None,
                 published=None, url=None):
        self.suite, self.id, self.html_path = suite, page_id, html_path
        self.body, self.title, self.byline, self.published = body, title, byline, published
        self.url = url

    @property
    def label(self):
        if self.suite == "zyte":
            host = urllib.parse.urlparse(self.url or "").netloc.removeprefix("www.")
            return f"{self.id[:10]} {host}"
        return self.id


def zyte_pages(data, prefixes):
    root = data / "zyte"
    truth = json.loads((root / "ground-truth.json").read_text())
    pages = []
    for key in sorted(truth):
        if is_reserved(key, prefixes):
            continue
        pages.append(Page("zyte", key, root / "html" / f"{key}.html.gz",
                          body=truth[key].get("articleBody") or "", url=truth[key].get("url")))
    return pages


def readability_pages(data, prefixes):
    root = data / "readability" / "test" / "test-pages"
    pages = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if is_reserved(folder.name, prefixes):
            continue
        meta_path = folder / "expected-metadata.json"
        if not (folder / "source.html").is_file() or not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text())
        body = None
        expected = folder / "expected.html"
        if expected.is_file():
            body = html_body_text(expected.read_text(errors="replace"))
        pages.append(Page("readability", folder.name, folder / "source.html", body=body,
                          title=meta.get("title"), byline=meta.get("byline"),
                          published=meta.get("publishedTime")))
    return pages


def html_body_text(html):
    """Readability's expected article, as text (lxml, in the venv)."""
    import lxml.html
    if not html.strip():
        return ""
    return lxml.html.fromstring(html).text_content()


def read_html(page):
    raw = page.html_path.read_bytes()
    if page.html_path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


# --- the two paste paths -------------------------------------------------------------------

def stage(pages, cache):
    """Each page's HTML as a plain .html file in the cache (what both paths and baselines read)."""
    for page in pages:
        path = cache / page.suite / f"{page.id}.html"
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(read_html(page))
        page.staged = path


def render_text(pages, cache):
    """`document.body.innerText` of each page (cached): the text a browser copy gives."""
    todo = [p for p in pages if not text_path(p, cache).is_file()]
    if todo:
        from playwright.sync_api import sync_playwright
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        if not executable:
            raise SystemExit("reader: no Chromium (Debian's `chromium`); or pass --no-browser")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            context = browser.new_context(java_script_enabled=False,
                                          viewport={"width": 1280, "height": 900})
            context.route("**/*", lambda route: route.abort())
            for page in todo:
                tab = context.new_page()
                try:
                    tab.set_content(page.staged.read_text(), wait_until="domcontentloaded",
                                    timeout=60_000)
                    text = tab.evaluate("document.body ? document.body.innerText : ''")
                except Exception as error:  # a page Chromium cannot load scores as empty
                    print(f"reader: {page.label}: {error}", file=sys.stderr)
                    text = ""
                finally:
                    tab.close()
                text_path(page, cache).write_text(text)
            browser.close()
    for page in pages:
        page.text = text_path(page, cache)


def text_path(page, cache):
    return cache / page.suite / f"{page.id}.innertext.txt"


def build_native():
    # another build of the harness's binary (an older engine, for "before" figures)
    if os.environ.get("LEDE_SUITE_BIN"):
        return pathlib.Path(os.environ["LEDE_SUITE_BIN"])
    target = ROOT / "target" / "suite"
    subprocess.run(["cargo", "build", "--quiet", "--release", "--manifest-path",
                    str(NATIVE / "Cargo.toml"), "--target-dir", str(target)], check=True)
    return target / "release" / "lede-suite"


def run_lede(binary, pages, html):
    files = [str(p.staged if html else p.text) for p in pages]
    out = subprocess.run([str(binary)] + (["--html"] if html else []) + files, check=True,
                         capture_output=True, text=True).stdout
    by_file = {}
    for line in out.splitlines():
        row = json.loads(line)
        by_file[row["file"]] = row
    return [by_file[f] for f in files]


# --- baselines -----------------------------------------------------------------------------

def run_baselines(pages, cache):
    """trafilatura and readability-lxml on each page's HTML, as the benchmark runs them (cached
    per version)."""
    import html_text
    import readability
    import trafilatura
    from importlib.metadata import version
    key = f"trafilatura-{version('trafilatura')}_readability-lxml-{version('readability-lxml')}"
    results = {}
    for page in pages:
        path = cache / page.suite / f"{page.id}.{key}.json"
        if not path.is_file():
            html = page.staged.read_text()
            meta = trafilatura.extract_metadata(html)
            try:
                doc = readability.Document(html)
                rl_body = html_text.extract_text(doc.summary(html_partial=True))
                rl_title = doc.short_title()
            except Exception:
                rl_body, rl_title = "", None
            row = {
                "trafilatura": {
                    "body": trafilatura.extract(html, include_comments=False) or "",
                    "headline": meta.title if meta else None,
                    "byline": [meta.author] if meta and meta.author else [],
                    "published": meta.date if meta else None,
                },
                "readability-lxml": {"body": rl_body, "headline": rl_title, "byline": [],
                                     "published": None},
            }
            path.write_text(json.dumps(row))
        results[page.id] = json.loads(path.read_text())
    return results, key


# --- scoring -------------------------------------------------------------------------------

def load_evaluate(data):
    spec = importlib.util.spec_from_file_location("zyte_evaluate", data / "zyte" / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def squash(text):
    return " ".join((text or "").split())


def words(text):
    """Words in lower case; letters and digits part ("Nolan22" is "nolan", "22": a page's
    text run together from two elements, as `textContent` gives Readability's bylines)."""
    return re.findall(r"[^\W\d_]+|\d+", (text or "").lower())


def headline_right(ours, expected):
    """Equal after trimming and collapsing spaces; where the page has no title (Readability's
    expected title is empty), right when we show none either."""
    if not squash(expected):
        return not squash(ours)
    return squash(ours) == squash(expected)


def byline_right(ours, expected):
    """Every word of our byline is in the expected one, and ours has its first two name words
    ("By Jane Doe, Staff Writer" is right for ["Jane Doe"])."""
    theirs = [w for w in words(expected) if w != "by"]
    mine = [w for name in ours for w in words(name) if w != "by"]
    return bool(mine) and set(mine) <= set(theirs) and set(theirs[:2]) <= set(mine)


def published_right(ours, expected):
    return bool(ours) and bool(expected) and ours[:10] == expected[:10]


def body_scores(evaluate, truth, pred):
    tp, fp, fn = evaluate.string_shingle_matching(true=truth or "", pred=pred or "")
    p = evaluate.precision_score(tp, fp, fn)
    r = evaluate.recall_score(tp, fp, fn)
    return (tp, fp, fn), p, r


def summarise(evaluate, rows):
    scored = [r["tpfpfn"] for r in rows if r.get("tpfpfn")]
    if not scored:
        return None
    m = evaluate.metrics_from_tp_fp_fns(scored)
    low = sum(1 for r in rows if r.get("recall") is not None and r["recall"] < 0.5)
    return m["f1"], m["precision"], m["recall"], low


# --- main ----------------------------------------------------------------------------------

def main(argv):
    parser = argparse.ArgumentParser(prog="scripts/suites reader")
    parser.add_argument("--data", type=pathlib.Path, default=pathlib.Path("/work/data"))
    parser.add_argument("--no-browser", action="store_true",
                        help="skip the text path unless its rendered texts are cached")
    parser.add_argument("--only", choices=["zyte", "readability"])
    parser.add_argument("--out", type=pathlib.Path, default=DOCS)
    args = parser.parse_args(argv)
    data = args.data.resolve()
    cache = data / "suites-cache" / "reader"
    prefixes = reserved()
    suites = {"zyte": zyte_pages, "readability": readability_pages}
    pages = [p for name, load in suites.items() if args.only in (None, name)
             for p in load(data, prefixes)]
    assert not any(is_reserved(p.id, prefixes) for p in pages)
    stage(pages, cache)
    paths = ["html"]
    if not args.no_browser or all(text_path(p, cache).is_file() for p in pages):
        render_text(pages, cache)
        paths.insert(0, "text")
    binary = build_native()
    outputs = {path: run_lede(binary, pages, html=path == "html") for path in paths}
    baselines, baseline_key = run_baselines(pages, cache)
    evaluate = load_evaluate(data)

    systems = [f"lede {p}" for p in paths] + ["trafilatura", "readability-lxml"]
    rows = {s: [] for s in systems}
    for i, page in enumerate(pages):
        for system in systems:
            if system.startswith("lede "):
                got = outputs[system.removeprefix("lede ")][i]
            else:
                got = baselines[page.id][system]
            row = {"page": page, "got": got}
            if page.body is not None:
                row["tpfpfn"], row["precision"], row["recall"] = body_scores(
                    evaluate, page.body, got.get("body"))
            if page.suite == "readability":
                row["headline"] = headline_right(got.get("headline"), page.title)
                row["byline"] = byline_right(got.get("byline") or [], page.byline) \
                    if page.byline else None
                row["published"] = published_right(got.get("published"), page.published) \
                    if page.published else None
            rows[system].append(row)

    table = render_table(evaluate, systems, rows, pages)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "reader.md").write_text(report(table, baseline_key, pages))
    write_pages(args.out / "reader-pages.tsv", systems, rows, pages)
    return 0


def fraction(rows, field):
    counted = [r[field] for r in rows if r.get(field) is not None]
    if not counted:
        return "–"
    return f"{sum(counted) / len(counted):.0%} ({sum(counted)}/{len(counted)})"


def render_table(evaluate, systems, rows, pages):
    n_zyte = sum(p.suite == "zyte" for p in pages)
    n_read = sum(p.suite == "readability" for p in pages)
    lines = [
        f"| system | Zyte F1 ({n_zyte} pages) | P | R | pages R<0.5 "
        f"| Readability body F1 ({n_read}) | R<0.5 | headline | byline | published |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for system in systems:
        zyte = [r for r in rows[system] if r["page"].suite == "zyte"]
        read = [r for r in rows[system] if r["page"].suite == "readability"]
        z = summarise(evaluate, zyte)
        b = summarise(evaluate, read)
        zcells = f"{z[0]:.3f} | {z[1]:.3f} | {z[2]:.3f} | {z[3]}" if z else "– | – | – | –"
        bcells = f"{b[0]:.3f} | {b[3]}" if b else "– | –"
        lines.append(f"| {system} | {zcells} | {bcells} | {fraction(read, 'headline')} "
                     f"| {fraction(read, 'byline')} | {fraction(read, 'published')} |")
    return "\n".join(lines)


def report(table, baseline_key, pages):
    return f"""# Reader view on two public suites

Made by `scripts/suites reader` (see tools/suites/reader.py for what is scored and how);
baselines: {baseline_key.replace('_', ', ')}. Pages in the hidden test's list are left out.
Per-page rows: [reader-pages.tsv](reader-pages.tsv).

{table}
"""


def write_pages(path, systems, rows, pages):
    header = ["suite", "page"]
    for system in systems:
        tag = system.replace(" ", "_")
        header += [f"{tag}_P", f"{tag}_R", f"{tag}_headline", f"{tag}_byline",
                   f"{tag}_published"]
    out = ["\t".join(header)]
    mark = {True: "1", False: "0", None: ""}
    for i, page in enumerate(pages):
        cells = [page.suite, page.label]
        for system in systems:
            r = rows[system][i]
            cells += [f"{r['precision']:.3f}" if "precision" in r else "",
                      f"{r['recall']:.3f}" if "recall" in r else "",
                      mark[r.get("headline")], mark[r.get("byline")], mark[r.get("published")]]
        out.append("\t".join(cells))
    path.write_text("\n".join(out) + "\n")

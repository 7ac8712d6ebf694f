"""Fixtures for the end-to-end tests: the built site served from a sub-folder, as a static host
would serve it, and a headless Chromium page that records every request and console message."""

import functools
import http.server
import os
import pathlib
import shutil
import tempfile
import threading

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
SUB_PATH = "/some/sub/lede/"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    requests = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        RecordingHandler.requests.append(self.path)
        super().do_GET()


@pytest.fixture(scope="session")
def site():
    """The base URL of dist/ served under a sub-folder; the list of paths requested from it."""
    dist = pathlib.Path(os.environ.get("LEDE_DIST", ROOT / "dist"))
    if not (dist / "index.html").exists():
        pytest.fail(f"no {dist}/index.html: run `trunk build --release` first")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(dist, pathlib.Path(tmp) / SUB_PATH.strip("/"))
        handler = functools.partial(RecordingHandler, directory=tmp)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}", RecordingHandler.requests
        server.shutdown()


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser profile; `page.console` collects console errors and page errors."""
    context = browser.new_context()
    page = context.new_page()
    page.console = []
    page.on("console", lambda m: page.console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.console.append(str(e)))
    yield page
    context.close()

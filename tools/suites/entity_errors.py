#!/usr/bin/env python3
"""Entity errors by kind: where Lede's panel misses or mistypes CoNLL-2003 names, counted.

    scripts/suites entity_errors --data /work/data/ner [--split testa] [--prose]
                                 [--lede target/release/lede] [--examples 12]

A tool for rule work, not a benchmark: it reads a CoNLL file (`conll-eng.testa`, the
development set, by default; derive rules there and only report testb) as
`scripts/suites entities` does (tools/suites/entities.py: documents, gold, scoring), then
counts each error by kind, with a few examples of each:
- `FN <kind> <prose|table> missing`: a gold name the panel lists under no kind; `table` when the
  name is only on table-like lines (results, standings);
- `FN <kind> <where> typed-<other>`: listed, but as another kind;
- `FP <kind> junk`: a listed name that is no gold name of the document at all;
- `FP <kind> gold-<other>`: a gold name listed under the wrong kind.
CoNLL-2003 is Reuters (research use only): never committed, never training data.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import sys
from concurrent.futures import ThreadPoolExecutor

from suites import entities as E
from suites.reserved import reserved

ROOT = pathlib.Path(__file__).resolve().parents[2]


def errors(docs, outs, prose_only):
    """(tally, counts per category, examples per category) over the documents."""
    tally = E.Tally()
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for i, (doc, out) in enumerate(zip(docs, outs)):
        gold = E.gold_of(doc, prose_only)
        E.score_doc(tally, out, gold)
        in_prose = set()
        for words, labels in doc:
            if not E.table_like(words):
                for start, end, _ in E.T.spans(labels, ["PER", "LOC", "ORG"]):
                    in_prose.add(E.norm(E.detokenise(words[start:end])))
        for name, kind in sorted(gold):
            if any(name in names and k == kind for names, k in out):
                continue
            typed = [k for names, k in out if name in names]
            where = "prose" if name in in_prose else "table"
            cat = f"FN {kind} {where} " + (f"typed-{typed[0]}" if typed else "missing")
            counts[cat] += 1
            examples[cat].append((i, name))
        for names, kind in out:
            if any((n, kind) in gold for n in names):
                continue
            gold_kinds = [k for g, k in gold if g in names]
            cat = f"FP {kind} " + (f"gold-{gold_kinds[0]}" if gold_kinds else "junk")
            counts[cat] += 1
            examples[cat].append((i, sorted(names)[0]))
    return tally, counts, examples


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="/work/data/ner")
    ap.add_argument("--split", default="testa", choices=["testa", "testb"])
    ap.add_argument("--lede", default=str(ROOT / "target" / "release" / "lede"))
    ap.add_argument("--prose", action="store_true", help="running prose only, as the suite's second view")
    ap.add_argument("--examples", type=int, default=12)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    path = pathlib.Path(args.data) / f"conll-eng.{args.split}"
    if not path.is_file():
        print(f"missing data (see docs/suites/README.md): {path}", file=sys.stderr)
        return 2
    if path.name.startswith(reserved()):
        return 0
    docs = E.documents(path)
    texts = [E.text_of(d, args.prose) for d in docs]
    with ThreadPoolExecutor(args.jobs) as pool:
        outs = list(pool.map(lambda t: E.lede_entities(args.lede, t), texts))
    tally, counts, examples = errors(docs, outs, args.prose)
    for key in ("typed", "untyped", "person", "place", "org"):
        p, r, f = tally.prf(key)
        print(f"{key:8} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for cat, n in counts.most_common():
        shown = ", ".join(f"{name} ({doc})" for doc, name in examples[cat][: args.examples])
        print(f"{n:5} {cat}: {shown}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "tools"))
    sys.exit(main(sys.argv[1:]))

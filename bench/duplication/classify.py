#!/usr/bin/env python3
"""What the clone pairs of a benchmark run consist of: code, text inside strings (docstrings), or literal data.

    python3 bench/duplication/classify.py RUN_DIR [PAIRS.json ...] [--json]

RUN_DIR is bench/.cache/duplication/runs/<label>/ (run.mjs writes pairs-<tool>.json, only-<tool>.json and
only-ours-not-<tool>.json there; the files are under bench/.cache/duplication/trees/<label>/). Without
PAIRS files, every pairs-*.json and only-*.json of the run is classified. Writes, for each PAIRS file,
class-<name> (the class of each pair, in order) next to it; --json prints the counts as JSON.

Each line of a fragment is classed with Python's own tokenizer:
  string   inside a string token that spans several lines (docstrings, long text literals)
  literal  only literals and punctuation: numbers, strings, None/True/False, , ( ) [ ] { } : - + .
  code     anything else with tokens; blank and comment-only lines are not counted.
A fragment is "string text" when at least half its counted lines are string lines, else "literal data" when
at least half are literal lines, else "code". A pair is "code" only when both fragments are; otherwise it
takes the class of the fragment that is not code (string text first).

This is a heuristic for the size of noise classes; hand-check.md has the verdicts of a sample read by hand.
"""
import io
import json
import sys
import tokenize
from collections import Counter
from pathlib import Path

LITERAL_OPS = set(",()[]{}:-+.")
LITERAL_NAMES = {"None", "True", "False"}


def line_classes(path):
    try:
        source = path.read_bytes()
    except OSError:
        return None
    classes = {}
    string_rows = set()
    per_row = {}
    try:
        for token in tokenize.tokenize(io.BytesIO(source).readline):
            if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.COMMENT, tokenize.ENCODING, tokenize.ENDMARKER):
                continue
            (start_row, _), (end_row, _) = token.start, token.end
            if token.type == tokenize.STRING and end_row > start_row:
                string_rows.update(range(start_row, end_row + 1))
            literal = (
                token.type in (tokenize.NUMBER, tokenize.STRING)
                or (token.type == tokenize.OP and token.string in LITERAL_OPS)
                or (token.type == tokenize.NAME and token.string in LITERAL_NAMES)
            )
            for row in range(start_row, end_row + 1):
                per_row[row] = per_row.get(row, True) and literal
    except (tokenize.TokenError, SyntaxError, IndentationError, UnicodeDecodeError):
        pass  # keep what was tokenized before the error
    for row, literal in per_row.items():
        classes[row] = "string" if row in string_rows else ("literal" if literal else "code")
    return classes


def fragment_class(classes, start, end):
    if classes is None:
        return "unknown"
    counted = Counter(classes[row] for row in range(start, end + 1) if row in classes)
    total = sum(counted.values())
    if total == 0:
        return "unknown"
    if counted["string"] * 2 >= total:
        return "string text"
    if counted["literal"] * 2 >= total:
        return "literal data"
    return "code"


def pair_class(a, b):
    if a == b:
        return a
    for kind in ("string text", "literal data", "unknown"):
        if kind in (a, b):
            return kind
    return "code"


def classify(pairs, tree, cache):
    classes = []
    for pair in pairs:
        kinds = []
        for fragment in (pair["a"], pair["b"]):
            if fragment["file"] not in cache:
                cache[fragment["file"]] = line_classes(tree / fragment["file"])
            kinds.append(fragment_class(cache[fragment["file"]], fragment["start"], fragment["end"]))
        classes.append(pair_class(*kinds))
    return classes


def main():
    args = [arg for arg in sys.argv[1:] if arg != "--json"]
    as_json = "--json" in sys.argv[1:]
    if not args:
        print(__doc__)
        sys.exit(2)
    run_dir = Path(args[0])
    tree = run_dir.parent.parent / "trees" / run_dir.name
    files = [Path(name) for name in args[1:]] or sorted(list(run_dir.glob("pairs-*.json")) + list(run_dir.glob("only-*.json")))
    cache = {}
    summary = {}
    for file in files:
        pairs = json.loads(file.read_text())
        classes = classify(pairs, tree, cache)
        (file.parent / f"class-{file.name}").write_text(json.dumps(classes) + "\n")
        summary[file.stem] = {"pairs": len(pairs), **Counter(classes)}
    if as_json:
        print(json.dumps(summary))
        return
    print(f"{'pairs file':32} {'pairs':>7} {'code':>14} {'string text':>14} {'literal data':>14} {'unknown':>8}")
    for name, counts in summary.items():
        total = counts["pairs"] or 1
        cell = lambda kind: f"{counts.get(kind, 0)} ({100 * counts.get(kind, 0) / total:.0f}%)"
        print(f"{name:32} {counts['pairs']:>7} {cell('code'):>14} {cell('string text'):>14} {cell('literal data'):>14} {counts.get('unknown', 0):>8}")


if __name__ == "__main__":
    main()

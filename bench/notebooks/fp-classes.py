"""Heuristic breakdown of the last run's notebook findings by the false-positive classes the hand check found.

    python3 bench/notebooks/fp-classes.py [RULE [CLASS]]   # CLASS: print that class's findings

Not a verdict: it tells how many findings *look like* each known cause (a %pylab in the notebook, a
`%`-operator continuation line masked as a magic, ...), so a fix can be sized before the hand check is
redone. Reads bench/.cache/notebooks/report.json and the notebooks under bench/corpus/notebooks/.
"""
import ast
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(REPO, "bench", "corpus", "notebooks")
REPORT = os.path.join(REPO, "bench", ".cache", "notebooks", "report.json")


def load(display_path):
    with open(os.path.join(CORPUS, display_path.removeprefix("corpus/")), encoding="utf-8") as handle:
        document = json.load(handle)
    raw = document["cells"] if "cells" in document else document["worksheets"][0]["cells"]
    cells = []
    for cell in raw:
        source = cell.get("source", cell.get("input", ""))
        count = cell.get("execution_count", cell.get("prompt_number"))
        cells.append((cell.get("cell_type"), "".join(source) if isinstance(source, list) else source, count))
    return document, cells


def subject(message):
    match = re.search(r"`(\w+)[`.]", message)
    return match.group(1) if match else ""


def is_trivial(source):
    return all(line.strip() == "" or line.strip().startswith("#") for line in source.split("\n"))


def name_classes(finding, document, cells):
    """hidden-state and use-before-define."""
    name = subject(finding["message"])
    code = [source for kind, source, _ in cells if kind == "code"]
    flagged = cells[finding["cell"]][1]
    language = (document.get("metadata", {}).get("language_info") or {}).get("name")
    if language and not str(language).lower().startswith("python"):
        return f"notebook of another kernel that declares Python in kernelspec (language_info: {language})"
    if re.search(r"^\s*%\s", flagged, re.M) or any(re.search(r"^\s*%\s", source, re.M) and re.search(rf"\b(def|class)\s+{re.escape(name)}\b|\b{re.escape(name)}\b", source) for source in code):
        return "cell with a `%`-operator continuation line, masked as a magic (parse cascade)"
    if finding["ruleId"] == "notebook-use-before-define" and any(re.search(r"^\s*from\s+\S+\s+import\s+\*", source, re.M) for source in code):
        return "a star import above can define it (use-before-define ignores star imports)"
    if any(re.search(r"^\s*%pylab\b", source, re.M) for source in code):
        return "%pylab in the notebook defines it"
    if any(re.search(rf"^\s*%time\s+.*\b{re.escape(name)}\s*=[^=]", source, re.M) for source in code):
        return "bound by a `%time x = …` line magic"
    if any(re.search(r"^\s*%%?px\b", source, re.M) for source in code):
        return "ipyparallel notebook (%px/%%px: names live on the engines)"
    return "other (not classified)"


def unexecuted_classes(finding, document, cells):
    below = [source for kind, source, count in cells[finding["cell"] + 1 :] if kind == "code" and isinstance(count, int)]
    if below and all(is_trivial(source) for source in below):
        return "only comment-only/empty cells ran below"
    return "other (not classified)"


def wrangling_classes(finding, document, cells):
    name = subject(finding["message"])
    lines = ["" if line.lstrip().startswith(("%", "!")) else line for line in cells[finding["cell"]][1].split("\n")]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return "cell does not parse with magics removed"
    statement = next((node for node in tree.body if node.lineno <= finding["line"] <= node.end_lineno), None)
    if statement is None:
        return "other (not classified)"
    for node in ast.walk(statement):
        targets = []
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            targets = [node.target]
        elif isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            targets = [node.optional_vars]
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Name) and leaf.id == name and (leaf.lineno < finding["line"] or isinstance(node, (ast.For, ast.AsyncFor))) and statement.lineno < finding["line"]:
                    return "bound earlier inside the same top-level statement (loop target, assignment in a loop body)"
    return "other (not classified)"


CLASSIFIERS = {
    "notebook-hidden-state": name_classes,
    "notebook-use-before-define": name_classes,
    "notebook-unexecuted-cell": unexecuted_classes,
    "notebook-state-wrangling": wrangling_classes,
}


def main():
    with open(REPORT, encoding="utf-8") as handle:
        report = json.load(handle)
    only_rule = sys.argv[1] if len(sys.argv) > 1 else None
    only_class = sys.argv[2] if len(sys.argv) > 2 else None
    for rule, classify in CLASSIFIERS.items():
        if only_rule and rule != only_rule:
            continue
        counts = collections.Counter()
        members = collections.defaultdict(list)
        findings = [finding for finding in report["findings"] if finding["ruleId"] == rule]
        for finding in findings:
            document, cells = load(finding["file"])
            found = classify(finding, document, cells)
            counts[found] += 1
            members[found].append(f'{finding["file"].removeprefix("corpus/")} cell {finding["cell"]} line {finding["line"]}: {subject(finding["message"])}')
        print(f"{rule}: {len(findings)} findings")
        for name, count in counts.most_common():
            print(f"  {count:5}  {name}")
            if only_class and only_class in name:
                for member in members[name]:
                    print(f"           {member}")


if __name__ == "__main__":
    main()

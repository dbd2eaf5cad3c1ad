"""Reference reading of notebooks with Jupyter's own nbformat library (Debian: python3-nbformat).

Reads notebook paths, one per line, on stdin; prints a JSON object {path: null | "why it cannot be read"}.
A notebook counts as readable when nbformat.reads(…, as_version=4) returns it (old formats are upgraded,
as Jupyter does when it opens them); schema warnings do not make it unreadable. Used by run.mjs.
"""
import json
import logging
import sys
import warnings

import nbformat

logging.disable(logging.CRITICAL)  # nbformat logs schema validation errors; they do not stop Jupyter either
warnings.simplefilter("ignore")

verdicts = {}
for path in sys.stdin.read().splitlines():
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        notebook = nbformat.reads(text, as_version=4)
        for cell in notebook.cells:
            _ = cell.source  # every cell must have its source
        verdicts[path] = None
    except Exception as error:  # noqa: BLE001 - any failure means "Jupyter cannot read it"
        verdicts[path] = f"{type(error).__name__}: {str(error).splitlines()[0][:160] if str(error) else ''}"
json.dump(verdicts, sys.stdout)

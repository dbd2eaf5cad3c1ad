// "Add sanity checks": for every unchecked load in the fixtures, the fix inserts valid Python, indented like
// the load, after which the load counts as checked (and no fix is offered again). Also the shapes of the
// inserted checks: columns and missing values for frames, pandera when imported, keys for JSON, finiteness
// for numpy arrays.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/engine';
import type { ProjectFacts } from '../../server/src/analysis/project';
import { checkFiles } from '../../server/src/workspace/check';
import type { Finding, Fix } from '../../server/src/analysis/types';
import { mergeSettings } from '../../server/src/config/settings';
import { maskIpythonSyntax } from '../../server/src/documents/magics';
import { notebookSnapshot, pythonSnapshot, type Snapshot } from '../../server/src/documents/snapshot';
import { initParser, parsePython } from '../../server/src/parsing/parser';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules', 'unchecked-data-load');

/** Applies a fix's insertions to one file's text (or to one cell's, `cell` given), last position first. */
function applyFix(text: string, fix: Fix, cell?: number): string {
  const lines = text.split('\n');
  const edits = fix.edits.filter((edit) => edit.cell === cell).sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  for (const edit of edits) {
    const line = lines[edit.range.start.line];
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  }
  return lines.join('\n');
}

const loads = (snapshot: Snapshot, project?: ProjectFacts): Finding[] => analyze(snapshot, mergeSettings(), undefined, project).findings.filter((finding) => finding.ruleId === 'unchecked-data-load');
/** Another file of the project imports pandera. */
const usesPandera: ProjectFacts = { imports: (module) => module === 'pandera' };
const parses = (text: string) => !parsePython(maskIpythonSyntax(text).text).rootNode.hasError;

describe('Add sanity checks (quick fix)', () => {
  before(() => initParser());

  it('fixes every named load of the .py fixture: valid Python, and the load is then checked', () => {
    const source = readFileSync(join(FIXTURES, 'positive.py'), 'utf8');
    const before = loads(pythonSnapshot('file:///fixture.py', source));
    const fixable = before.filter((finding) => finding.fix);
    assert.ok(fixable.length >= 10, `expected most loads to be fixable, got ${fixable.length} of ${before.length}`);
    for (const finding of fixable) {
      const fixed = applyFix(source, finding.fix!);
      assert.ok(parses(fixed), `fix for line ${finding.location.range.start.line + 1} does not parse:\n${finding.fix!.edits[0].newText}`);
      const after = loads(pythonSnapshot('file:///fixture.py', fixed));
      assert.ok(!after.some((other) => other.location.range.start.line === finding.location.range.start.line), `line ${finding.location.range.start.line + 1} is still reported after its fix`);
      assert.equal(after.length, before.length - 1, 'the fix checks exactly its own load');
    }
  });

  it('fixes a load in a notebook cell, and the fix is not offered again', () => {
    const notebook = JSON.parse(readFileSync(join(FIXTURES, 'positive.ipynb'), 'utf8')) as { cells: { cell_type: string; source: string[]; execution_count: number | null }[] };
    const cells = notebook.cells.map((cell) => ({ kind: cell.cell_type === 'code' ? ('code' as const) : ('markdown' as const), source: cell.source.join(''), executionCount: cell.execution_count }));
    const [first] = loads(notebookSnapshot('file:///n.ipynb', cells));
    const cell = first.fix!.edits[0].cell!;
    assert.equal(first.fix!.edits[0].newText, '\nassert len(df) > 0, "customers.csv: no rows"');
    cells[cell] = { ...cells[cell], source: applyFix(cells[cell].source, first.fix!, cell) };
    assert.ok(parses(cells[cell].source));
    const after = loads(notebookSnapshot('file:///n.ipynb', cells));
    assert.ok(!after.some((finding) => finding.location.cell === cell), 'fixed load is checked now');
  });

  it('asserts the columns the code reads, with the load’s indentation', () => {
    const source = 'import pandas as pd\n\ndef train(path):\n    df = pd.read_csv(path)\n    model.fit(df[["age", "income"]], df.churned)\n';
    const [finding] = loads(pythonSnapshot('file:///t.py', source));
    assert.equal(
      finding.fix!.edits[0].newText,
      '\n    assert len(df) > 0, "df: no rows"\n    assert {"age", "churned", "income"} <= set(df.columns), "df: missing columns"\n    assert df[["age", "churned", "income"]].notna().all().all(), "df: missing values in age, churned, income"',
    );
  });

  it('writes a pandera schema when the file imports pandera', () => {
    const source = 'import pandas as pd\nimport pandera as pa\n\ndf = pd.read_csv("raw.csv")\nprint(df["age"].mean())\n';
    const [finding] = loads(pythonSnapshot('file:///t.py', source));
    const fixed = applyFix(source, finding.fix!);
    assert.match(fixed, /df = pa\.DataFrameSchema\(\n    \{\n        "age": pa\.Column\(nullable=False\),\n    \},\n    checks=pa\.Check\(lambda frame: len\(frame\) > 0, error="raw\.csv: no rows"\),\n\)\.validate\(df\)/);
    assert.ok(parses(fixed));
    assert.deepEqual(loads(pythonSnapshot('file:///t.py', fixed)), []);
  });

  it('writes a pandera schema, and imports pandera, when another file of the project uses pandera', () => {
    const source = '"""Churn data."""\nimport pandas as pd\n\n\ndef load():\n    df = pd.read_csv("raw.csv")\n    return df["age"].mean()\n';
    const [finding] = loads(pythonSnapshot('file:///t.py', source), usesPandera);
    const fixed = applyFix(source, finding.fix!);
    assert.ok(fixed.startsWith('"""Churn data."""\nimport pandas as pd\nimport pandera as pa\n'), fixed);
    assert.match(fixed, /\n    df = pa\.DataFrameSchema\(\n        \{\n            "age": pa\.Column\(nullable=False\),/);
    assert.ok(parses(fixed));
    assert.deepEqual(loads(pythonSnapshot('file:///t.py', fixed), usesPandera), [], 'checked, and the import is not added twice');
    // Without pandera anywhere in the project: plain asserts.
    assert.match(applyFix(source, loads(pythonSnapshot('file:///t.py', source))[0].fix!), /assert len\(df\) > 0/);
  });

  it('imports pandera without the alias pa when the file uses pa for something else, and above the load in a notebook', () => {
    const source = 'import pandas as pd\nimport pyarrow as pa\n\ndf = pd.read_csv("raw.csv")\nprint(df["age"].mean())\n';
    const fixed = applyFix(source, loads(pythonSnapshot('file:///t.py', source), usesPandera)[0].fix!);
    assert.match(fixed, /^import pandas as pd\nimport pyarrow as pa\nimport pandera\n/);
    assert.match(fixed, /df = pandera\.DataFrameSchema\(/);
    const cells = ['import pandas as pd', 'df = pd.read_csv("raw.csv")\ndf["age"].mean()'];
    const notebook = notebookSnapshot('file:///n.ipynb', cells.map((text) => ({ kind: 'code' as const, source: text })));
    const [cellFinding] = loads(notebook, usesPandera);
    assert.equal(applyFix(cells[0], cellFinding.fix!, 0), 'import pandas as pd\nimport pandera as pa');
    assert.match(applyFix(cells[1], cellFinding.fix!, 1), /df = pa\.DataFrameSchema\(/);
  });

  it('finds pandera in the other files of a CLI run', () => {
    const root = mkdtempSync(join(tmpdir(), 'ml-practices-pandera-'));
    try {
      writeFileSync(join(root, 'schemas.py'), 'import pandera as pa\n\nPEOPLE = pa.DataFrameSchema({"age": pa.Column(int)})\n');
      writeFileSync(join(root, 'train.py'), 'import pandas as pd\n\ndf = pd.read_csv("raw.csv")\nprint(df["age"].mean())\n');
      const result = checkFiles([join(root, 'schemas.py'), join(root, 'train.py')], mergeSettings());
      const finding = result.files[1].findings.find((candidate) => candidate.ruleId === 'unchecked-data-load');
      assert.ok(finding?.fix?.edits.some((edit) => edit.newText === '\nimport pandera as pa'), JSON.stringify(finding?.fix));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('asserts the keys read from JSON and finiteness of numpy arrays', () => {
    const source = 'import json\nimport numpy as np\n\nwith open("p.json") as f:\n    params = json.load(f)\nlr = params["lr"]\nvectors = np.load("v.npy")\n';
    const [json, array] = loads(pythonSnapshot('file:///t.py', source));
    assert.equal(json.fix!.edits[0].newText, '\n    assert "lr" in params, "params: missing key lr"');
    assert.equal(array.fix!.edits[0].newText, '\nassert vectors.size > 0, "v.npy: empty array"\nassert np.isfinite(vectors).all(), "v.npy: NaN or infinite values"');
  });
});

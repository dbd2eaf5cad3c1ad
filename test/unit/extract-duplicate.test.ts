// "Extract into a function" for duplicate-code in notebooks: the copies found by the rule become calls of one
// function (its parameters and outputs from the names the block reads and binds, each copy with its own
// names), only when every copy is the block token for token up to those names; the rewritten notebook
// parses and has no duplicate-code finding left.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/engine';
import { extractDuplicate, extractDuplicateTitle, type UnitEdit } from '../../server/src/analysis/extractDuplicate';
import type { Finding, Range } from '../../server/src/analysis/types';
import { mergeSettings } from '../../server/src/config/settings';
import { notebookSnapshot } from '../../server/src/documents/snapshot';
import { initParser } from '../../server/src/parsing/parser';
import { duplicateFindings } from '../../server/src/workspace/duplicateFindings';

const URI = 'file:///notebook.ipynb';

/** duplicate-code findings of a notebook of code cells (cell index = code unit index). */
function duplicatesIn(cells: readonly string[]): Finding[] {
  const snapshot = notebookSnapshot(URI, cells.map((source, index) => ({ kind: 'code' as const, source, executionCount: index + 1 })));
  return duplicateFindings([{ uri: URI, result: analyze(snapshot, mergeSettings()) }]).get(URI) ?? [];
}

/** The extraction offered on the (first) finding in `cell`. */
function extractionAt(cells: readonly string[], cell: number, taken: ReadonlySet<string> = new Set()) {
  const finding = duplicatesIn(cells).find((candidate) => candidate.location.cell === cell);
  assert.ok(finding, `cell ${cell} has a duplicate-code finding`);
  const copies = (finding.related ?? []).map((related) => ({ unit: related.location.cell!, range: related.location.range }));
  return extractDuplicate(cells, { unit: cell, range: finding.location.range }, copies, taken);
}

function offsetOf(text: string, { line, character }: Range['start']): number {
  const lines = text.split('\n');
  return lines.slice(0, line).reduce((sum, current) => sum + current.length + 1, 0) + character;
}

function applyEdits(cells: readonly string[], edits: readonly UnitEdit[]): string[] {
  return cells.map((source, unit) =>
    edits
      .filter((edit) => edit.unit === unit)
      .sort((a, b) => b.range.start.line - a.range.start.line)
      .reduce((text, edit) => text.slice(0, offsetOf(text, edit.range.start)) + edit.newText + text.slice(offsetOf(text, edit.range.end)), source),
  );
}

const SETUP = 'import pandas as pd\ndf = pd.read_csv("a.csv")\ndf2 = pd.read_csv("b.csv")';
/** An 8-line cleaning block reading `frame`, binding `out` (and `counts`). */
const clean = (frame: string, out: string, counts = 'counts', lower = '18') => `${out} = ${frame}.dropna(subset=["age", "income"])
${out} = ${out}[${out}["age"].between(${lower}, 100)]
${out}["income"] = ${out}["income"].clip(lower=0)
${out}["log_income"] = (${out}["income"] + 1).apply(float)
${out}["segment"] = pd.cut(${out}["age"], bins=[18, 30, 50, 100])
${out} = ${out}.reset_index(drop=True)
${counts} = ${out}["segment"].value_counts()
${out} = ${out}.merge(${counts}.rename("n"), left_on="segment", right_index=True)`;
const indented = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');
const body = (out: string, counts = 'counts') => indented(clean('df', out, counts));

describe('extract a duplicated block into a function', () => {
  before(() => initParser());

  it('turns an exact copy in two cells into a def and two calls', () => {
    const cells = [SETUP, clean('df', 'clean'), clean('df', 'clean'), 'print(clean.shape)'];
    const extraction = extractionAt(cells, 1)!;
    assert.ok(extraction, 'offered');
    assert.equal(extraction.functionName, 'make_clean');
    assert.deepEqual([extraction.parameters, extraction.outputs, extraction.copies], [['df'], ['clean'], 2]);
    assert.equal(extractDuplicateTitle(extraction), 'Extract into a function: make_clean(df) — replaces 2 copies in this notebook');
    const after = applyEdits(cells, extraction.edits);
    assert.equal(after[1], `def make_clean(df):\n${body('clean')}\n    return clean\n\nclean = make_clean(df)`);
    assert.equal(after[2], 'clean = make_clean(df)');
    assert.deepEqual([after[0], after[3]], [cells[0], cells[3]], 'cells without a copy are not touched');
    assert.deepEqual(duplicatesIn(after), [], 'no duplicate-code finding is left');
  });

  it('calls a renamed copy with its own names, from whichever copy the diagnostic is on', () => {
    const cells = [SETUP, clean('df', 'clean'), 'print("between")', clean('df2', 'clean2'), 'print(clean.shape, clean2.shape)'];
    assert.ok(duplicatesIn(cells).length >= 2);
    for (const cell of [1, 3]) {
      const extraction = extractionAt(cells, cell)!;
      assert.ok(extraction, `offered from cell ${cell}`);
      const after = applyEdits(cells, extraction.edits);
      const own = cell === 1 ? { frame: 'df', out: 'clean' } : { frame: 'df2', out: 'clean2' };
      // The definition is the block the diagnostic is on, with its own names, and goes where the first copy stood.
      assert.equal(after[1], `def make_${own.out}(${own.frame}):\n${indented(clean(own.frame, own.out))}\n    return ${own.out}\n\nclean = make_${own.out}(df)`);
      assert.equal(after[3], `clean2 = make_${own.out}(df2)`);
      assert.deepEqual(duplicatesIn(after), []);
    }
  });

  it('returns the outputs read later (in a later cell or later in the cell), and only those', () => {
    const onlyClean = extractionAt([SETUP, clean('df', 'clean'), clean('df2', 'clean2'), 'clean.to_csv("out.csv")'], 1)!;
    assert.deepEqual([onlyClean.parameters, onlyClean.outputs], [['df'], ['clean']], 'counts is not read after any copy');

    const both = [SETUP, clean('df', 'clean'), `${clean('df2', 'clean2', 'counts2')}\nprint(counts2.sum())`, 'clean.to_csv("out.csv")'];
    const extraction = extractionAt(both, 1)!;
    assert.deepEqual(extraction.outputs, ['clean', 'counts'], 'counts2 is read after its copy');
    const after = applyEdits(both, extraction.edits);
    assert.match(after[1], /\n {4}return clean, counts\n\nclean, counts = make_clean\(df\)$/);
    assert.equal(after[2], 'clean2, counts2 = make_clean(df2)\nprint(counts2.sum())');

    const unread = [SETUP, clean('df', 'clean'), clean('df', 'clean')];
    const none = extractionAt(unread, 1)!;
    assert.deepEqual([none.functionName, none.outputs], ['run_block', []]);
    assert.deepEqual(applyEdits(unread, none.edits).slice(1), [`def run_block(df):\n${body('clean')}\n\nrun_block(df)`, 'run_block(df)']);
  });

  it('is not offered for part of a statement or a block inside a function body', () => {
    const cells = [SETUP, clean('df', 'clean'), clean('df2', 'clean2'), 'print(clean, clean2)'];
    const whole = (from: number, to: number): Range => ({ start: { line: from, character: 0 }, end: { line: to, character: 0 } });
    assert.ok(extractDuplicate(cells, { unit: 1, range: whole(0, 7) }, [{ unit: 2, range: whole(0, 7) }]), 'the whole block is extractable');
    const wrapped = [SETUP, `total = sum([\n    1,\n    2,\n])\n${clean('df', 'clean')}`, `total = sum([\n    1,\n    2,\n])\n${clean('df2', 'clean2')}`, 'print(clean, clean2)'];
    assert.equal(extractDuplicate(wrapped, { unit: 1, range: whole(2, 11) }, [{ unit: 2, range: whole(2, 11) }]), undefined, 'starts inside a statement');

    const inFunction = [SETUP, `def first(df):\n${indented(clean('df', 'clean'))}\n    return clean`, `def second(df2):\n${indented(clean('df2', 'clean2'))}\n    return clean2`];
    const finding = duplicatesIn(inFunction).find((candidate) => candidate.location.cell === 1);
    assert.ok(finding, 'the copies inside the functions are reported');
    assert.equal(extractionAt(inFunction, 1), undefined);
  });

  it('is not offered when a copy differs in a literal, or in a name that is neither parameter nor output', () => {
    assert.equal(extractionAt([SETUP, clean('df', 'clean'), clean('df2', 'clean2', 'counts', '21'), 'print(clean, clean2)'], 1), undefined, 'a changed literal');
    assert.deepEqual(extractionAt([SETUP, clean('df', 'clean'), clean('df2', 'clean2'), 'print(clean, clean2)'], 1)?.outputs, ['clean'], 'renamed parameter and output');
    // counts/tally is bound in the block and read by nobody afterwards: renaming it is not a parameter's or an output's.
    assert.equal(extractionAt([SETUP, clean('df', 'clean', 'counts'), clean('df', 'clean', 'tally'), 'print(clean)'], 1), undefined, 'a renamed local');
    const numpy = `${SETUP}\nimport numpy as np`;
    const withModule = (module: string) => clean('df', 'clean').replace('pd.cut', `${module}.cut`);
    assert.equal(extractionAt([numpy, withModule('pd'), withModule('np'), 'print(clean)'], 1), undefined, 'another module (a global, not a parameter)');
  });

  it('gives the function a name nobody uses yet', () => {
    const cells = [`${SETUP}\nmake_clean = None`, clean('df', 'clean'), clean('df2', 'clean2'), 'print(clean, clean2)'];
    assert.equal(extractionAt(cells, 1)!.functionName, 'make_clean_2', 'bound in the notebook');
    assert.equal(extractionAt(cells, 1, new Set(['make_clean_2']))!.functionName, 'make_clean_3', 'taken by the caller');
  });

  it('handles two copies in one cell, and declines copies it could not rewrite safely', () => {
    // The copies take in the print after each block (the clone detector's choice).
    const twice = [SETUP, `${clean('df', 'clean')}\nprint(clean.shape)\n${clean('df2', 'clean2')}\nprint(clean2.shape)`, 'print(clean, clean2)'];
    const extraction = extractionAt(twice, 1)!;
    assert.ok(extraction);
    assert.equal(applyEdits(twice, extraction.edits)[1], `def make_clean(df):\n${body('clean')}\n    print(clean.shape)\n    return clean\n\nclean = make_clean(df)\nclean2 = make_clean(df2)`);
    assert.deepEqual(duplicatesIn(applyEdits(twice, extraction.edits)), []);

    const magic = [SETUP, clean('df', 'clean').replace('\nclean["income"]', '\n%time clean["income"]'), clean('df2', 'clean2').replace('\nclean2["income"]', '\n%time clean2["income"]'), 'print(clean, clean2)'];
    assert.equal(extractionAt(magic, 1), undefined, 'a line magic cannot move into a function body');
    const shown = [SETUP, `${clean('df', 'clean')}\nclean.head()`, `${clean('df', 'clean')}\nclean.head()`];
    const lines: Range = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };
    assert.equal(extractDuplicate(shown, { unit: 1, range: lines }, [{ unit: 2, range: lines }]), undefined, 'the last expression of a cell shows its value');
    const printed = shown.map((cell) => cell.replace('clean.head()', 'print(clean.head())'));
    assert.ok(extractDuplicate(printed, { unit: 1, range: lines }, [{ unit: 2, range: lines }]), 'a print at the end is fine');
    const conditional = (frame: string, out: string) => `if ${frame} is not None:\n${indented(clean(frame, out))}`;
    const branches = [SETUP, conditional('df', 'clean'), conditional('df', 'clean'), 'print(clean)'];
    const all: Range = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };
    assert.equal(extractDuplicate(branches, { unit: 1, range: all }, [{ unit: 2, range: all }]), undefined, 'an output bound only in a branch');
    const unread = [SETUP, conditional('df', 'clean'), conditional('df', 'clean')];
    assert.equal(extractDuplicate(unread, { unit: 1, range: all }, [{ unit: 2, range: all }])?.functionName, 'run_block', 'a branch is fine when nothing it binds is read later');
  });
});

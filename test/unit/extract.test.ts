// "Extract into a function" for notebook-state-wrangling: the new cell parses, keeps a Python cell magic
// and a trailing display, copies before in-place changes, avoids taken names, and no longer changes its
// input (the rule is silent on the result).
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/engine';
import { extractWrangling } from '../../server/src/analysis/extract';
import { mergeSettings } from '../../server/src/config/settings';
import { notebookSnapshot } from '../../server/src/documents/snapshot';
import { initParser } from '../../server/src/parsing/parser';

const wranglingIn = (cells: string[]) =>
  analyze(notebookSnapshot('file:///n.ipynb', cells.map((source, index) => ({ kind: 'code' as const, source, executionCount: index + 1 }))), mergeSettings()).findings.filter(
    (finding) => finding.ruleId === 'notebook-state-wrangling',
  );

describe('extract wrangling into a function', () => {
  before(() => initParser());
  const create = 'import pandas as pd\ndf = pd.read_csv("raw.csv")';

  it('wraps rebinding statements, returns the value and binds it to a new name', () => {
    const cell = '%%time\ndf = df.dropna(subset=["churn"])\ndf = df[df["charges"] > 0]';
    const extraction = extractWrangling(cell, 'df', new Set(['df', 'pd']))!;
    assert.equal(
      extraction.text,
      '%%time\ndef prepare_df(df):\n    df = df.dropna(subset=["churn"])\n    df = df[df["charges"] > 0]\n    return df\n\n\ndf_prepared = prepare_df(df)',
    );
    assert.equal(wranglingIn([create, cell]).length, 1, 'before: the first rebinding is reported (after it, df is bound in this cell)');
    assert.deepEqual(wranglingIn([create, extraction.text]), [], 'after: the cell no longer changes df');
  });

  it('works on a copy when the change is in place, and keeps a trailing display outside with the new name', () => {
    const cell = 'df.drop(columns=["email"], inplace=True)\ndf["total"] = df["a"] + df["b"]\ndf.head()';
    const extraction = extractWrangling(cell, 'df', new Set(['df', 'prepare_df']))!;
    assert.equal(
      extraction.text,
      'def prepare_df_2(df):\n    df = df.copy()\n    df.drop(columns=["email"], inplace=True)\n    df["total"] = df["a"] + df["b"]\n    return df\n\n\ndf_prepared = prepare_df_2(df)\ndf_prepared.head()',
    );
    assert.deepEqual(wranglingIn([create, extraction.text]), []);
  });

  it('keeps compound statements and comments, re-indented', () => {
    const cell = '# clip outliers\nfor column in ["a", "b"]:\n    if column in df:\n        df[column] = df[column].clip(0, 1)';
    const extraction = extractWrangling(cell, 'df', new Set())!;
    assert.equal(extraction.text, 'def prepare_df(df):\n    df = df.copy()\n    # clip outliers\n    for column in ["a", "b"]:\n        if column in df:\n            df[column] = df[column].clip(0, 1)\n    return df\n\n\ndf_prepared = prepare_df(df)');
  });

  it('declines when re-indenting would change a multi-line string, or the cell is not Python', () => {
    assert.equal(extractWrangling('df["sql"] = """\nSELECT 1\n"""', 'df', new Set()), undefined);
    assert.equal(extractWrangling('%%bash\necho hi', 'df', new Set()), undefined);
    assert.equal(extractWrangling('df = df.dropna(', 'df', new Set()), undefined, 'a cell with a syntax error is left alone');
  });
});

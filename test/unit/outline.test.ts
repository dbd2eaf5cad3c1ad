// The outline of a code unit (server/src/parsing/outline.ts): definitions with their extent, parameters and
// docstring, calls and imports, read from the lexer's logical lines without a syntax tree. Each case is a
// shape where a naive line scan goes wrong. On the 9,152 files of the duplication corpus the outline gives
// the same unit measures, ranges and imports as tree-sitter's tree, and the same calls but in 14 files where
// the parser misreads one (`[*map(f, x)]`, `type(x).attr = …`).
import assert from 'node:assert/strict';
import { lexPython, NEWLINE } from '../../server/src/parsing/lexer';
import { outlineOf } from '../../server/src/parsing/outline';

const lines = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** Each definition as `kind name first-last` (0-based rows of its first and last token). */
function definitions(text: string): string[] {
  return outlineOf(text).definitions.map((definition) => `${definition.kind} ${definition.name?.text ?? '-'} ${lines(text, definition.start)}-${lines(text, definition.end)}`);
}

describe('outline', () => {
  it('ends a block at the first line indented no deeper than its header, over continuation lines and blank lines', () => {
    const text = ['class Model:', '    def fit(self,', 'x):', '', '        return (x +', '1)', '', 'def after(): pass', ''].join('\n');
    assert.deepEqual(definitions(text), ['class Model 0-5', 'function fit 1-5', 'function after 7-7']);
  });

  it('keeps the comment lines after a body that are indented as deep as it (the parser waits for them before dedenting)', () => {
    const text = ['def f():', '    x = 1', '    # still f', '        # deeper: still f', '# not f', '    # after a shallower comment: not f', 'y = 2'].join('\n');
    assert.deepEqual(definitions(text), ['function f 0-3']);
  });

  it('counts a tab as 8 columns, as the parser does', () => {
    const text = ['def f():', '\tif x:', '\t\treturn 1', '        return 2', 'z = 3'].join('\n');
    assert.deepEqual(definitions(text), ['function f 0-3']);
  });

  it('reads async defs, decorators, type parameters and one-line bodies', () => {
    const text = ['@cache', '@other(1)', 'async def run[T](a: T, *, b=lambda x, y: x, **kw) -> T: "doc"; return a'].join('\n');
    const [run] = outlineOf(text).definitions;
    assert.equal(run.name?.text, 'run');
    assert.equal(run.decorated, 0);
    assert.equal(text.slice(run.start, run.start + 5), 'async');
    assert.deepEqual(run.parameters, ['a', 'b', 'kw'], 'bare * is no parameter; the commas of a lambda default are not separators');
    assert.equal(text.slice(run.docstring!.start, run.docstring!.end), '"doc"');
  });

  it('finds the docstring only as the first statement of the body, alone', () => {
    const docstring = (text: string) => {
      const found = outlineOf(text).definitions[0].docstring;
      return found && text.slice(found.start, found.end);
    };
    assert.equal(docstring('def f():\n    # note\n    r"""Doc."""\n    return 1\n'), 'r"""Doc."""');
    assert.equal(docstring('def f():\n    x = 1\n    """Not a docstring."""\n'), undefined);
    assert.equal(docstring('def f():\n    "a" "b"\n'), undefined, 'an implicit concatenation is not a docstring');
  });

  it('finds case clauses only directly inside a match statement (match and case are soft keywords)', () => {
    const text = ['match command:', '    case [x, y]:', '        case = 1', '    case _: pass', 'match(x)', 'case(y)'].join('\n');
    const outline = outlineOf(text);
    assert.deepEqual(
      outline.definitions.map((definition) => `${definition.kind} ${lines(text, definition.start)}`),
      ['case 1', 'case 3'],
    );
    assert.deepEqual(
      outline.calls.map((call) => call.name),
      ['match', 'case'],
      'match(x) and case(y) outside a match statement are calls',
    );
  });

  it('recovers from a bracket left open at the next statement keyword', () => {
    const text = ['def broken(:', '    x = = 1', '', 'def later(a):', '    return a'].join('\n');
    assert.deepEqual(definitions(text), ['function broken 0-1', 'function later 3-4']);
    const tokens = lexPython(text);
    assert.equal([...tokens.kinds.slice(0, tokens.count)].filter((kind) => kind === NEWLINE).length, 3);
  });

  it('finds calls with their dotted callee, in f-string fields too, and no definitions or keywords', () => {
    const text = ['def load(path):', '    df = pd.read_csv(path).dropna()', '    print(f"{len(df)} rows, {df.x.mean():.2f}")', '    if (df): x[0].plot()', 'class A(Base): pass'].join('\n');
    assert.deepEqual(
      outlineOf(text).calls.map((call) => `${call.bare ? 'bare' : 'method'} ${call.name} ${call.callee ?? '?'}`),
      ['method read_csv pd.read_csv', 'method dropna ?', 'bare print print', 'bare len len', 'method mean df.x.mean', 'method plot ?'],
    );
  });

  it('reads every form of import, in functions and one-line bodies too, and leaves out __future__', () => {
    const text = [
      'from __future__ import annotations',
      'import numpy as np, os.path',
      'from pandas import (read_csv as rc,',
      '    DataFrame,)',
      'from . import sibling',
      'from .. utils import helper as h',
      'from torch import *',
      'try: import mlflow',
      'except ImportError: mlflow = None',
      'def f():',
      '    import sklearn.metrics; from PIL import Image',
    ].join('\n');
    assert.deepEqual(
      outlineOf(text).imports.map((statement) => `${statement.isFrom ? `from ${statement.module ?? '(relative)'}` : 'import'}: ${statement.names.map(({ name, alias }) => (alias ? `${name} as ${alias}` : name)).join(', ')}`),
      [
        'import: numpy as np, os.path',
        'from pandas: read_csv as rc, DataFrame',
        'from (relative): sibling',
        'from (relative): helper as h',
        'from torch: ',
        'import: mlflow',
        'import: sklearn.metrics',
        'from PIL: Image',
      ],
    );
  });
});

// The clone detector on its own: the tokenizer (strings, f-strings, numbers, continuations, noise left
// out), the index kept between calls (an edited unit re-hashed, a removed one forgotten) and the choice of
// the longest match.
import assert from 'node:assert/strict';
import { BARRIER, cloneTokens, kindName, STRING } from '../../server/src/duplication/pythonTokens';
import { CloneWorkspace, findClones, type TokenStream } from '../../server/src/workspace/duplicates';

const names = (text: string) => [...cloneTokens(text).kinds].map(kindName);

const block = (name: string, extra = '') => `def ${name}(frame):
    frame = frame.dropna(subset=["age", "income"])
    frame = frame[frame["age"].between(18, 100)]
    frame["income"] = frame["income"].clip(lower=0)
    frame["log_income"] = (frame["income"] + 1).apply(float)
    frame["segment"] = pd.cut(frame["age"], bins=[18, 30, 50, 100])
${extra}    return frame.reset_index(drop=True)
`;
const stream = (key: string, text: string, documentId = 0): TokenStream => ({ key, documentId, tokens: cloneTokens(text) });

describe('duplicate-code tokenizer', () => {
  it('reads strings with prefixes, triple quotes, f-string fields and implicit concatenation as one token', () => {
    assert.deepEqual(names(`x = rb'a\\'b' f"{y["k"]:>{w}}" 'c'\n`), ['$identifier', '=', '$string']);
    assert.deepEqual(names(`s = """a\n'b'\n"""\n`), ['$identifier', '=', '$string']);
    assert.deepEqual(names(`z = (f'''{a +\n b}''')\n`), ['$identifier', '=', '(', '$string', ')']);
  });

  it('reads numbers, operators and keywords; skips comments and line continuations', () => {
    assert.deepEqual(names('a **= 1e-3 + 0x1F // .5j  # note\nb = a if \\\n  not a else None\n'), ['$identifier', '**=', '$number', '+', '$number', '//', '$number', '$identifier', '=', '$identifier', 'if', 'not', '$identifier', 'else', 'None']);
  });

  it('leaves out imports, docstrings, __all__ and argparse calls, with one barrier between', () => {
    const kinds = [...cloneTokens('import os\nfrom a import (b,\n c)\n"""doc"""\n__all__ = ["x"]\nparser.add_argument("--x", type=int)\nx = 1\n').kinds];
    assert.deepEqual(kinds.map(kindName), ['$barrier', '$identifier', '=', '$number']);
    assert.deepEqual(names('group = parser.add_argument_group("g")\n').length, 8);
  });

  it('leaves out literal data tables of 4 rows or more, not shorter ones', () => {
    const table = (rows: number) => `T = [\n${Array.from({ length: rows }, (_, row) => `    (${row}, "n${row}", -1.5),\n`).join('')}]\n`;
    assert.ok(cloneTokens(table(4)).kinds.includes(BARRIER));
    assert.ok(!cloneTokens(table(3)).kinds.includes(BARRIER));
    assert.equal(cloneTokens(table(3)).kinds.filter((kind) => kind === STRING).length, 3);
  });
});

describe('duplicate-code clone index', () => {
  const options = { minTokens: 50, minLines: 6 };

  it('reports every copy, related to the others, whatever the order of the units', () => {
    const streams = [stream('a', block('one'), 0), stream('b', `x = 1\n${block('two')}`, 1), stream('c', block('three'), 2)];
    for (const order of [streams, [...streams].reverse()]) {
      const reports = findClones(order, options);
      assert.equal(reports.length, 3);
      for (const report of reports) assert.equal(report.others.length, 2);
    }
  });

  it('pairs a copy with its longest match, not the first one indexed', () => {
    const longer = block('one', '    frame["z"] = frame["income"] * 2\n    frame["w"] = frame["age"] - 1\n');
    const reports = findClones([stream('short', block('a'), 0), stream('long', longer, 1), stream('probe', longer, 2)], options);
    const probe = reports.find((report) => report.copy.documentId === 2)!;
    assert.equal(probe.others[0].documentId, 1);
    assert.equal(probe.copy.lines, 9);
  });

  it('re-hashes an edited unit and forgets a removed one', () => {
    const workspace = new CloneWorkspace();
    const a = stream('a', block('one'), 0);
    const b = stream('b', block('two'), 1);
    assert.equal(workspace.findClones([a, b], options).length, 2);
    const edited = stream('b', 'x = 1\n', 1);
    assert.equal(workspace.findClones([a, edited], options).length, 0);
    assert.equal(workspace.findClones([a, stream('c', block('three'), 1)], options).length, 2);
    assert.equal(workspace.findClones([a], options).length, 0);
  });
});

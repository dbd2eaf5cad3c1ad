// The clone detector on its own: the tokenizer (strings, f-strings, numbers, continuations, noise left
// out), the index kept between calls (an edited unit re-hashed, a removed one forgotten) and the choice of
// the longest match.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/engine';
import { mergeSettings } from '../../server/src/config/settings';
import { pythonSnapshot } from '../../server/src/documents/snapshot';
import { BARRIER, cloneTokens, kindName, STRING } from '../../server/src/duplication/pythonTokens';
import { initParser } from '../../server/src/parsing/parser';
import { DuplicateIndex, duplicateFindings } from '../../server/src/workspace/duplicateFindings';
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
    const workspace = new CloneWorkspace<number>();
    const a = stream('a', block('one'), 0);
    const b = stream('b', block('two'), 1);
    assert.equal(workspace.findClones([a, b], options).length, 2);
    const edited = stream('b', 'x = 1\n', 1);
    assert.equal(workspace.findClones([a, edited], options).length, 0);
    assert.equal(workspace.findClones([a, stream('c', block('three'), 1)], options).length, 2);
    assert.equal(workspace.findClones([a], options).length, 0);
  });

  it('updates one document at a time and answers for the documents asked', () => {
    const workspace = new CloneWorkspace<string>();
    const document = (text: string, minTokens = 50) => ({ units: [{ tokens: cloneTokens(text) }], minTokens, minLines: 6 });
    workspace.setDocument('a', document(block('one')));
    workspace.setDocument('b', document(block('two')));
    workspace.setDocument('c', document('x = 1\n'));
    assert.deepEqual(workspace.copiesOf(['a']).map((report) => report.others.map((other) => other.documentId)), [['b']]);
    assert.deepEqual(workspace.copiesOf(['c']), []);
    // Replaced: only 'c' is hashed again; 'a' now has two other copies.
    assert.equal(workspace.setDocument('c', document(block('three'))), false);
    assert.deepEqual(workspace.copiesOf(['a'])[0].others.map((other) => other.documentId).sort(), ['b', 'c']);
    assert.equal(workspace.removeDocument('b'), false);
    assert.deepEqual(workspace.copiesOf(['a', 'b']).map((report) => [report.copy.documentId, report.others.map((other) => other.documentId)]), [['a', ['c']]]);
    // A document asking for a smaller window rebuilds the index (every copy may change), and so does its removal.
    assert.equal(workspace.setDocument('d', document('y = 2\n', 20)), true);
    assert.equal(workspace.copiesOf(['a']).length, 1);
    assert.equal(workspace.removeDocument('d'), true);
    assert.equal(workspace.copiesOf(['c']).length, 1);
  });
});

describe('duplicate-code index of the language server', () => {
  before(() => initParser());
  const settings = mergeSettings();
  const analysed = (uri: string, text: string) => analyze(pythonSnapshot(uri, text), settings);
  const uri = (name: string) => `file:///project/${name}.py`;

  it('gives the same findings as the one-shot pass, updated one document at a time', () => {
    const texts: [string, string][] = [
      ['a', block('one')],
      ['b', `x = 1\n${block('two')}`],
      ['c', 'def other():\n    return 1\n'],
    ];
    const documents = texts.map(([name, text]) => ({ uri: uri(name), result: analysed(uri(name), text) }));
    const index = new DuplicateIndex();
    for (const { uri, result } of documents) index.set(uri, result);
    const incremental = [...index.copiesOf(documents.map((document) => document.uri))].filter(([, copies]) => copies.findings.length > 0).map(([uri, copies]) => [uri, copies.findings]);
    assert.deepEqual(incremental, [...duplicateFindings(documents)]);
    assert.match(incremental[0][1][0].message, /another place: b\.py, lines 2–8/);
  });

  it('refreshes the edited document and the open ones that shared a copy with it before or after the edit', () => {
    const index = new DuplicateIndex();
    index.set(uri('a'), analysed(uri('a'), block('one')));
    index.set(uri('b'), analysed(uri('b'), block('two')));
    index.set(uri('c'), analysed(uri('c'), 'x = 1\n'));
    index.set(uri('closed'), analysed(uri('closed'), block('three')));
    const open = new Map<string, Set<string>>([uri('a'), uri('b'), uri('c')].map((name) => [name, new Set()]));
    const refresh = (changed?: string[]) => {
      const refreshed = index.refresh(changed, open);
      for (const [name, copies] of refreshed) open.set(name, copies.partners);
      return [...refreshed.keys()].sort();
    };
    assert.deepEqual(refresh(), [uri('a'), uri('b'), uri('c')]);
    assert.deepEqual([...open.get(uri('a'))!].sort(), [uri('b'), uri('closed')]);
    // b loses its copy: b, and a (which named b), not c.
    index.set(uri('b'), analysed(uri('b'), 'y = 2\n'));
    assert.deepEqual(refresh([uri('b')]), [uri('a'), uri('b')]);
    assert.deepEqual([...open.get(uri('a'))!], [uri('closed')]);
    // c gains a copy: c, and a (which c now names), not b.
    index.set(uri('c'), analysed(uri('c'), block('four')));
    assert.deepEqual(refresh([uri('c')]), [uri('a'), uri('c')]);
    // A closed file is deleted: the open documents that named it.
    index.delete(uri('closed'));
    assert.deepEqual(refresh([uri('closed')]), [uri('a'), uri('c')]);
    assert.deepEqual([...open.get(uri('a'))!], [uri('c')]);
    // Another minTokens (a settings change) may change every copy: every open document.
    const fewerTokens = mergeSettings({ rules: { options: { 'duplicate-code': { minTokens: 20 } } } });
    index.set(uri('b'), analyze(pythonSnapshot(uri('b'), 'y = 2\n'), fewerTokens));
    assert.deepEqual(refresh([uri('b')]), [uri('a'), uri('b'), uri('c')]);
  });
});

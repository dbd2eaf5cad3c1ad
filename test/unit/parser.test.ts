// Incremental parsing must be invisible: a tree parsed from the previous tree of an edited document has to
// equal, node for node and position for position, the tree a fresh tolerant parse gives. Random edits of the
// fixture files (insertions, deletions, replacements, non-ASCII text, syntax errors made and fixed) check it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseCache } from '../../server/src/analysis/engine';
import { editBetween, initParser, parsePython, parsePythonTolerant, type SyntaxTree } from '../../server/src/parsing/parser';

/** Every node with its kind, flags and both kinds of positions, in document order: equal trees, equal strings. */
function describeTree(tree: SyntaxTree): string {
  const lines: string[] = [tree.rootNode.toString()];
  const cursor = tree.walk();
  for (;;) {
    const node = cursor.currentNode;
    const { startPosition: start, endPosition: end } = node;
    lines.push(`${cursor.currentFieldName ?? ''}:${node.type}${node.isMissing ? '!' : ''} ${node.startIndex}-${node.endIndex} ${start.row}:${start.column}-${end.row}:${end.column}`);
    if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
    let climbed = false;
    while (cursor.gotoParent()) {
      if (cursor.gotoNextSibling()) {
        climbed = true;
        break;
      }
    }
    if (!climbed) break;
  }
  cursor.delete();
  return lines.join('\n');
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

function fixtureFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return entry.name.endsWith('.py') ? [path] : [];
  });
}

// What typing brings: code, whitespace, non-ASCII (two- and four-byte, surrogate pairs), and the pieces of
// code that break the syntax (an open bracket, a lone colon, a quote) or mend it again.
const SNIPPETS = [
  'x = 1\n',
  '    y = compute(x)\n',
  'def broken(:\n',
  'if ready:\n    go()\n',
  'for item in items:\n',
  '(',
  ')',
  ':',
  '"',
  '"""',
  "'",
  '#',
  '\\',
  '\n',
  '\n\n',
  '    ',
  '\t',
  'é',
  'naïve = "café"',
  '# 日本語のコメント\n',
  '"😀"',
  '😀',
  'λ = lambda ß: ß',
  'return',
  ', ',
  '.',
  'class C(Base):\n    pass\n',
  'try:\n',
  'except ValueError as error:\n    raise\n',
  '[i for i in range(3)]',
  'f"{value!r:>10}"',
  '@decorator\n',
  'async def run():\n    await task\n',
  'match value:\n    case 1:\n        pass\n',
];

type Random = () => number;

function hasSyntaxError(text: string): boolean {
  const tree = parsePython(text);
  const hasError = tree.rootNode.hasError;
  tree.delete();
  return hasError;
}
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)];

/**
 * One random edit of `text`. `history` holds the earlier texts without syntax errors: a broken text is
 * often mended, as when typing, by going back to one of them (which undoes the last few edits).
 */
function randomEdit(text: string, isBroken: boolean, random: Random, history: string[]): string {
  if (isBroken && history.length > 0 && random() < 0.5) return history[Math.max(0, history.length - 1 - Math.floor(random() * 3))];
  const at = Math.floor(random() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
  const span = Math.floor(random() * 40);
  switch (Math.floor(random() * 7)) {
    case 0:
    case 1:
      return text.slice(0, at) + pick(random, SNIPPETS) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + span);
    case 3:
      return text.slice(0, at) + pick(random, SNIPPETS) + text.slice(at + span);
    case 4:
      // A whole line deleted or duplicated, as editors do.
      return random() < 0.5 ? text.slice(0, lineStart) + text.slice(lineEnd) : text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 5:
      // Undo: back to an earlier text.
      return history.length > 0 ? history[Math.max(0, history.length - 1 - Math.floor(random() * 4))] : text;
    default:
      // A line typed character by character: one character more.
      return text.slice(0, at) + pick(random, ['a', ' ', '=', '(', ')', ':', 'é', '\n']) + text.slice(at);
  }
}

describe('parser', () => {
  before(() => initParser());

  it('measures indices and columns in UTF-16 code units, as JavaScript strings do', () => {
    const text = 'label = "é😀日"  # ü\nvalue = 1\n';
    const tree = parsePython(text);
    const comment = tree.rootNode.descendantsOfType('comment')[0]!;
    assert.equal(comment.startIndex, text.indexOf('#'));
    assert.equal(comment.startPosition.column, text.indexOf('#'));
    assert.equal(comment.endIndex, text.indexOf('\n'));
    const value = tree.rootNode.namedChildren.find((node) => node?.text === 'value = 1')!;
    assert.equal(value.startIndex, text.indexOf('value'));
    assert.deepEqual(value.startPosition, { row: 1, column: 0 });
    tree.delete();
  });

  it('describes an edit as the span between the common prefix and suffix, never inside a surrogate pair', () => {
    assert.deepEqual(editBetween('a = 1\nb = 2\n', 'a = 1\nb = 23\n'), {
      startIndex: 11,
      oldEndIndex: 11,
      newEndIndex: 12,
      startPosition: { row: 1, column: 5 },
      oldEndPosition: { row: 1, column: 5 },
      newEndPosition: { row: 1, column: 6 },
    });
    assert.deepEqual(editBetween('x\ny\nz', 'x\nz'), {
      startIndex: 2,
      oldEndIndex: 4,
      newEndIndex: 2,
      startPosition: { row: 1, column: 0 },
      oldEndPosition: { row: 2, column: 0 },
      newEndPosition: { row: 1, column: 0 },
    });
    // 😀 is \ud83d\ude00 and 😁 is \ud83d\ude01: they share the high surrogate, which must go with the edit.
    const edit = editBetween('s = "😀"', 's = "😁"');
    assert.equal(edit.startIndex, 5);
    assert.equal(edit.oldEndIndex, 7);
    assert.equal(edit.newEndIndex, 7);
    const same = editBetween('a😀b', 'a😀b');
    assert.equal(same.startIndex, same.oldEndIndex);
  });

  it('gives the tree of a fresh tolerant parse after hundreds of random edits of the fixtures', () => {
    const files = fixtureFiles(join(__dirname, '..', 'fixtures')).sort();
    assert.ok(files.length > 20, 'fixtures found');
    const random = seeded(20261126);
    let edits = 0;
    let errorFree = 0;
    for (const file of files) {
      let text = readFileSync(file, 'utf8');
      let tree = parsePythonTolerant(text);
      const history: string[] = [];
      let isBroken = hasSyntaxError(text);
      for (let step = 0; step < 12; step++) {
        if (!isBroken) history.push(text);
        const edited = randomEdit(text, isBroken, random, history);
        const before = describeTree(tree);
        const incremental = parsePythonTolerant(edited, { text, tree });
        const fresh = parsePythonTolerant(edited);
        assert.equal(describeTree(incremental), describeTree(fresh), `${file}, edit ${step}: ${JSON.stringify(editBetween(text, edited))}`);
        assert.equal(describeTree(tree), before, 'the previous tree is left as it was');
        isBroken = hasSyntaxError(edited);
        if (!isBroken) errorFree++;
        fresh.delete();
        tree.delete();
        text = edited;
        tree = incremental;
        edits++;
      }
      tree.delete();
    }
    assert.ok(edits >= 500, `${edits} edits`);
    // Most edits must take the incremental path (an error-free text), or this test proves little.
    assert.ok(errorFree > edits / 3, `${errorFree} of ${edits} edits parse without errors`);
  });

  it('lets ParseCache parse an edited text from the cached tree of the previous one', () => {
    const cache = new ParseCache();
    const original = 'def f(a):\n    return a\n\n\ndef g(b):\n    return b\n';
    const first = cache.get(original);
    const broken = original.replace('def g(b):', 'def g(b:');
    const brokenEntry = cache.get(broken, original);
    assert.ok(brokenEntry.tree.rootNode.hasError || describeTree(brokenEntry.tree) === describeTree(parsePythonTolerant(broken)));
    const fixed = original.replace('return b', 'return b + 1');
    const fixedEntry = cache.get(fixed, broken);
    const fresh = parsePythonTolerant(fixed);
    assert.equal(describeTree(fixedEntry.tree), describeTree(fresh));
    assert.equal(cache.get(original), first, 'the previous entry stays cached for its own text');
    assert.equal(cache.get(fixed, 'not cached'), fixedEntry);
    fresh.delete();
    cache.clear();
  });
});

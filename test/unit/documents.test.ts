// Snapshots and IPython masking: notebooks from JSON (nbformat 4 and 3) and from editor cells, malformed
// and oversized input, magics that must never become syntax errors, and suppression comment edits.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/engine';
import { collectDirectives, fileSuppressionEdit, lineSuppressionEdit, parseDirective } from '../../server/src/analysis/suppressions';
import { mergeSettings } from '../../server/src/config/settings';
import { maskIpythonSyntax } from '../../server/src/documents/magics';
import { notebookSnapshot, notebookSnapshotFromJson, pythonSnapshot } from '../../server/src/documents/snapshot';
import { initParser, parsePython, parsePythonTolerant } from '../../server/src/parsing/parser';
import { decodePython } from '../../server/src/workspace/files';

describe('IPython masking', () => {
  before(() => initParser());
  const masked = (source: string) => maskIpythonSyntax(source);

  it('blanks line magics, shell escapes and help queries, keeping every offset', () => {
    const source = '%matplotlib inline\n!pip install x \\\n   y\nimport pandas as pd\ndf.head?\n??np.mean\nx = 1';
    const result = masked(source);
    assert.equal(result.text.length, source.length);
    assert.deepEqual(result.text.split('\n').map((line) => line.trim()), ['', '', '', 'import pandas as pd', '', '', 'x = 1']);
    assert.equal(parsePython(result.text).rootNode.hasError, false);
  });

  it('keeps the target of an assigned magic', () => {
    const result = masked('files = !ls data\nt = %timeit -o f()');
    assert.equal(result.text, `files = 0${' '.repeat('!ls data'.length - 1)}\nt = 0${' '.repeat('%timeit -o f()'.length - 1)}`);
  });

  it('keeps Python cell magics’ bodies and makes other cell magics opaque', () => {
    const timed = masked('%%time\nx = compute()');
    assert.equal(timed.isOpaque, false);
    assert.equal(timed.text, '      \nx = compute()');
    const bash = masked('%%bash\nfor f in *; do echo $f; done');
    assert.equal(bash.isOpaque, true);
    assert.equal(bash.text.trim(), '');
  });

  it('keeps a `%` that continues an expression (black style), and the statement of `%time`', () => {
    const source = 'label = (\n    "%s-%s"\n    % (a, b)\n)\n%time total = f(x)\n%matplotlib inline';
    const result = masked(source);
    assert.equal(result.text.split('\n')[2], '    % (a, b)');
    assert.equal(result.text.split('\n')[4], '      total = f(x)');
    assert.equal(result.text.split('\n')[5].trim(), '');
    assert.equal(parsePython(result.text).rootNode.hasError, false);
  });

  it('leaves Python that merely contains % and ! alone', () => {
    const source = 'ratio = a % b\nok = x != y\ntext = "100%"';
    assert.equal(masked(source).text, source);
  });
});

describe('snapshots', () => {
  before(() => initParser());

  it('reads nbformat 4: code cells with their index among all cells and execution counts', () => {
    const json = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { language: 'python' } },
      cells: [
        { cell_type: 'markdown', source: ['# Title'], metadata: {} },
        { cell_type: 'code', source: ['x = 1\n', 'y = 2'], execution_count: 3, metadata: {}, outputs: [] },
        { cell_type: 'raw', source: 'raw', metadata: {} },
        { cell_type: 'code', source: 'z = 3', execution_count: null, metadata: {}, outputs: [] },
      ],
    });
    const snapshot = notebookSnapshotFromJson('file:///n.ipynb', json);
    assert.deepEqual(snapshot.problems, []);
    assert.equal(snapshot.cellCount, 4);
    assert.deepEqual(snapshot.units.map((unit) => [unit.cell, unit.source, unit.executionCount]), [[1, 'x = 1\ny = 2', 3], [3, 'z = 3', null]]);
  });

  it('reads nbformat 3 worksheets', () => {
    const json = JSON.stringify({ nbformat: 3, worksheets: [{ cells: [{ cell_type: 'heading', source: 'T', level: 1 }, { cell_type: 'code', input: ['a = 1'], prompt_number: 7, language: 'python' }] }] });
    const snapshot = notebookSnapshotFromJson('file:///old.ipynb', json);
    assert.deepEqual(snapshot.units.map((unit) => [unit.cell, unit.source, unit.executionCount]), [[1, 'a = 1', 7]]);
  });

  it('skips notebooks in other languages and cells marked as another language', () => {
    const r = JSON.stringify({ nbformat: 4, metadata: { kernelspec: { language: 'R' } }, cells: [{ cell_type: 'code', source: 'x <- 1', metadata: {} }] });
    assert.equal(notebookSnapshotFromJson('file:///r.ipynb', r).units.length, 0);
    const mixed = notebookSnapshot('file:///m.ipynb', [{ kind: 'code', languageId: 'sql', source: 'SELECT 1' }, { kind: 'code', languageId: 'python', source: 'x = 1' }]);
    assert.deepEqual(mixed.units.map((unit) => unit.cell), [1]);
  });

  it('reads nbformat 2, accepts "python3" as the kernel language, and skips a kernel that only claims Python', () => {
    const v2 = JSON.stringify({ nbformat: 2, worksheets: [{ cells: [{ cell_type: 'code', input: 'a = 1', prompt_number: 1, language: 'python' }] }], metadata: {} });
    assert.deepEqual(notebookSnapshotFromJson('file:///v2.ipynb', v2).units.map((unit) => unit.source), ['a = 1']);
    const python3 = JSON.stringify({ nbformat: 4, metadata: { kernelspec: { language: 'python3' } }, cells: [{ cell_type: 'code', source: 'x = 1', metadata: {} }] });
    assert.equal(notebookSnapshotFromJson('file:///p3.ipynb', python3).units.length, 1);
    const cadabra = JSON.stringify({ nbformat: 4, metadata: { kernelspec: { language: 'python' }, language_info: { name: 'cadabra2' } }, cells: [{ cell_type: 'code', source: "ex = Ex(r'A')", metadata: {} }] });
    assert.equal(notebookSnapshotFromJson('file:///c.ipynb', cadabra).units.length, 0);
  });

  it('reports JSON nested too deeply instead of crashing', () => {
    const depth = 100_000;
    const json = `{"nbformat": 4, "metadata": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}, "cells": []}`;
    assert.match(notebookSnapshotFromJson('file:///deep.ipynb', json).problems[0].message, /nested too deeply/);
  });

  it('turns malformed notebooks into a clear problem with a position', () => {
    const cases: [string, RegExp][] = [
      ['{"cells": [', /invalid JSON \(.* at line 1, column 12\)/],
      ['', /invalid JSON|empty/],
      ['[1, 2]', /top level is not a JSON object/],
      ['{"nbformat": 4}', /no "cells" list/],
      ['{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}', /cell 0 has no source text/],
    ];
    for (const [json, message] of cases) {
      const snapshot = notebookSnapshotFromJson('file:///bad.ipynb', json);
      assert.equal(snapshot.units.length, 0);
      assert.match(snapshot.problems[0].message, message, json);
      assert.equal(snapshot.problems[0].severity, 'error');
    }
  });

  it('refuses binary and oversized code with a message instead of analysing it', () => {
    assert.match(pythonSnapshot('file:///b.py', 'a\u0000b').problems[0].message, /looks binary/);
    assert.match(pythonSnapshot('file:///big.py', 'x = 1\n'.repeat(10), { maxFileSize: 20 }).problems[0].message, /above the 1 kB limit \(setting ml-practices\.maxFileSize\)/);
  });

  it('decodes UTF-8, a declared legacy encoding, and reports undecodable bytes', () => {
    assert.equal(decodePython(Buffer.from('x = "é"', 'utf8')).text, 'x = "é"');
    assert.equal(decodePython(Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nx = "'), Buffer.from([0xe9]), Buffer.from('"')])).text, '# -*- coding: latin-1 -*-\nx = "é"');
    assert.match(decodePython(Buffer.from([0x78, 0x3d, 0xff, 0xfe])).error!, /not valid UTF-8 and declares no encoding/);
    assert.match(decodePython(Buffer.concat([Buffer.from('# coding: klingon\n'), Buffer.from([0xff])])).error!, /unknown encoding "klingon"/);
  });

  it('recovers from a syntax error that swallows the rest of the file', () => {
    const long = ['def later(a):', ...Array.from({ length: 16 }, (_, index) => `    v${index} = a`), '    return a'].join('\n');
    const source = `def ok(a):\n    return a\n\ndef broken(:\n    x = = 1\n\n${long}\n`;
    const rows = (tree: ReturnType<typeof parsePython>) => tree.rootNode.descendantsOfType('function_definition').map((node) => node!.startPosition.row);
    assert.ok(!rows(parsePython(source)).includes(6), 'plain parse loses the later function (if this fails, tree-sitter improved and the recovery may go)');
    assert.deepEqual(rows(parsePythonTolerant(source)), [0, 6], 'the functions before and after the broken one survive');
    const result = analyze(pythonSnapshot('file:///s.py', source), mergeSettings());
    assert.deepEqual(result.findings.map((finding) => [finding.ruleId, finding.location.range.start.line]), [['long-function', 6]]);
  });
});

describe('suppression comments', () => {
  before(() => initParser());

  it('parses line and file directives with the position of every rule id', () => {
    const directive = parseDirective('# ml-practices: disable=long-function, many-parameters', 4, 10)!;
    assert.equal(directive.scope, 'line');
    assert.deepEqual(directive.ruleIds.map((mention) => [mention.id, mention.range.start.character, mention.range.end.character]), [['long-function', 34, 47], ['many-parameters', 49, 64]]);
    assert.equal(parseDirective('# ml-practices: disable-file', 0, 0)!.scope, 'file');
    assert.equal(parseDirective('# ml-practices: disable-file', 0, 0)!.ruleIds.length, 0);
    assert.equal(parseDirective('# noqa: E501', 0, 0), undefined);
    assert.equal(parseDirective('# ml-practices: enable=x', 0, 0), undefined);
  });

  it('reads directives only from comments, not from strings', () => {
    const tree = parsePython('s = "# ml-practices: disable-file"\nx = 1  # ml-practices: disable=long-function\n');
    const directives = collectDirectives(tree.rootNode);
    assert.deepEqual(directives.map((directive) => [directive.scope, directive.line]), [['line', 1]]);
  });

  it('builds line edits that append to an existing directive or add a new one', () => {
    const source = 'def f(a, b, c, d, e):  # ml-practices: disable=long-function\n    pass\ndef g():   \n    pass\n';
    const directives = collectDirectives(parsePython(source).rootNode);
    assert.deepEqual(lineSuppressionEdit(source, directives, 'many-parameters', 0), { position: { line: 0, character: 60 }, text: ',many-parameters' });
    assert.deepEqual(lineSuppressionEdit(source, directives, 'long-function', 2), { position: { line: 2, character: 8 }, text: '  # ml-practices: disable=long-function' });
  });

  it('builds file edits after a shebang and coding line, or extends the file directive', () => {
    const source = '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport os\n';
    assert.deepEqual(fileSuppressionEdit(source, [], 'long-function'), { position: { line: 2, character: 0 }, text: '# ml-practices: disable-file=long-function\n' });
    const withDirective = '# ml-practices: disable-file=long-function\nimport os\n';
    const directives = collectDirectives(parsePython(withDirective).rootNode);
    assert.deepEqual(fileSuppressionEdit(withDirective, directives, 'complex-function'), { position: { line: 0, character: 42 }, text: ',complex-function' });
  });
});

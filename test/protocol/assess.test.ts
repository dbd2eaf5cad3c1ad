// Protocol tests of the self-assessment and the practice lens: the real bundled server over stdio.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Hover } from 'vscode-languageserver-protocol';
import type { AssessmentReport } from '../../server/src/assessment/types';
import { TestClient } from '../support/lspClient';

const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '');

describe('self-assessment over the protocol', function () {
  this.timeout(30_000);
  let client: TestClient;
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mlp-assess-'));
    mkdirSync(join(folder, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(folder, '.github', 'workflows', 'ci.yml'), 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n');
    writeFileSync(join(folder, 'track.py'), 'import mlflow\nfrom optuna import create_study\n\nmlflow.log_metric("auc", 0.9)\nstudy = create_study()\n');
  });
  afterEach(() => {
    client?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it('assesses a folder with progress, then decides again from answers without rescanning', async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    const progress: { done: number; total: number }[] = [];
    client.connection.onNotification('ml-practices/assessProgress', (params: { done: number; total: number }) => {
      progress.push(params);
    });
    const report = await client.connection.sendRequest<AssessmentReport>('ml-practices/assess', { folder: pathToFileURL(folder).href });
    const status = (id: string, from = report) => from.practices.find((practice) => practice.id === id)?.status;
    assert.equal(status('03-cont-int'), 'adopted');
    assert.ok(report.practices.find((practice) => practice.id === '03-cont-int')!.evidence.some((item) => item.path === '.github/workflows/ci.yml'));
    assert.deepEqual(progress.at(-1), { folder: pathToFileURL(folder).href, done: 1, total: 1 });
    assert.equal(status('05-use_backlog'), 'unknown');

    // A file added after the scan is not seen when the evidence is reused: proof that nothing was rescanned.
    writeFileSync(join(folder, 'Dockerfile'), 'FROM python:3.11\n');
    const answered = await client.connection.sendRequest<AssessmentReport>('ml-practices/assess', { folder: pathToFileURL(folder).href, reuse: true, answers: { '05-use_backlog': { answer: 'partly', by: 'Ada' } } });
    assert.equal(status('05-use_backlog', answered), 'partly');
    assert.equal(answered.files.total, report.files.total);
  });

  it('keeps the evidence of unchanged files in the cache directory the client names, and reads it on the next run', async () => {
    const cacheDirectory = mkdtempSync(join(tmpdir(), 'mlp-assess-cache-'));
    // Files modified in the last seconds are not cached (file system time resolution).
    const longAgo = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(folder, 'track.py'), longAgo, longAgo);
    client = new TestClient();
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: null, initializationOptions: { cacheDirectory } });
    await client.connection.sendNotification('initialized', {});
    const first = await client.connection.sendRequest<AssessmentReport>('ml-practices/assess', { folder: pathToFileURL(folder).href });
    await client.waitFor('the first assessment logged', () => client.logs.find((line) => /assessment of .*\(Python files and notebooks whose evidence came from the cache: 0\)/.test(line)));
    assert.equal(readdirSync(cacheDirectory).filter((name) => name.startsWith('assessment-')).length, 1);
    const second = await client.connection.sendRequest<AssessmentReport>('ml-practices/assess', { folder: pathToFileURL(folder).href });
    await client.waitFor('the second assessment logged', () => client.logs.find((line) => /assessment of .*\(Python files and notebooks whose evidence came from the cache: 1\)/.test(line)));
    assert.deepEqual(second.practices, first.practices);
    assert.ok(!readdirSync(folder).some((name) => name.startsWith('assessment-')), 'nothing is written into the workspace');
    rmSync(cacheDirectory, { recursive: true, force: true });
  });

  it('stops when the client cancels', async () => {
    for (let index = 0; index < 200; index++) writeFileSync(join(folder, `module_${index}.py`), `def f_${index}(x):\n    return x + ${index}\n`);
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    const source = new CancellationTokenSource();
    client.connection.onNotification('ml-practices/assessProgress', () => source.cancel());
    await assert.rejects(client.connection.sendRequest('ml-practices/assess', { folder: pathToFileURL(folder).href }, source.token), (error: { code?: number }) => error.code === -32800);
    // The server still answers afterwards.
    const report = await client.connection.sendRequest<AssessmentReport>('ml-practices/assess', { folder: pathToFileURL(folder).href });
    assert.equal(report.files.python, 201);
  });

  it('shows the practice lens on a call or import that is evidence of a practice', async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(folder).href);
    const uri = pathToFileURL(join(folder, 'track.py')).href;
    await client.open(uri, 'import mlflow\nfrom optuna import create_study\n\nmlflow.log_metric("auc", 0.9)\nstudy = create_study()\nprint(study)\n');
    await client.waitForDiagnostics(uri);
    const onCall = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 10 } });
    assert.match(hoverText(onCall), /Practice lens.*`mlflow\.log_metric` is evidence of/);
    const onImport = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 22 } });
    assert.match(hoverText(onImport), /`optuna\.create_study` is evidence of \*Automate Hyper-Parameter Optimisation\*/);
    const onPrint = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 2 } });
    assert.equal(onPrint, null);
  });
});

// The duplicate-code index persisted between sessions, through the real server over stdio: the first start
// builds the index and writes the cache into initializationOptions.cacheDirectory; a restart with the same
// directory restores every unchanged file from it (the "workspace index" log line counts them) and gives the
// same diagnostics; a file changed between sessions is read again and a deleted one drops out; a corrupt
// cache is a log line and a full build. Waits are event-driven, each with a deadline.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SERVER, TestClient } from '../support/lspClient';

const block = (name: string, column: string) =>
  `def ${name}(frame):\n    frame = frame.dropna(subset=["${column}", "income"])\n    frame = frame[frame["${column}"].between(18, 100)]\n    frame["income"] = frame["income"].clip(lower=0)\n    frame["log_income"] = (frame["income"] + 1).apply(float)\n    return frame.reset_index(drop=True)\n`;
const other = (name: string) =>
  `def ${name}(model, rows):\n    scores = []\n    for row in rows:\n        value = model.predict([row])[0]\n        if value > 0.5:\n            scores.append((row, value, "high"))\n        else:\n            scores.append((row, value, "low"))\n    return sorted(scores, key=lambda pair: pair[1])\n`;

/** A server session on `folder` with `cacheDirectory`, whose log lines can be awaited. */
class Session {
  readonly client = new TestClient();
  private readonly waiters = new Set<() => void>();

  constructor() {
    // The shared client only records log lines; here a log line also wakes the waits below.
    this.client.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.client.logs.push(params.message);
      for (const waiter of this.waiters) waiter();
    });
  }

  async start(folder: string, cacheDirectory: string | undefined): Promise<void> {
    await this.client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'project' }],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      ...(cacheDirectory ? { initializationOptions: { cacheDirectory } } : {}),
    });
    await this.client.connection.sendNotification('initialized', {});
  }

  /** The first log line matching `pattern` (already logged or still to come), or a failure at the deadline. */
  log(pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        for (const line of this.client.logs) {
          const match = pattern.exec(line);
          if (match) {
            this.waiters.delete(check);
            clearTimeout(timer);
            resolve(match);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no log line matching ${pattern} within ${timeoutMs} ms; logs:\n${this.client.logs.join('\n')}\nstderr: ${this.client.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** How many of how many files the finished build took from the cache. */
  async restored(): Promise<{ restored: number; files: number }> {
    const [, restored, files] = await this.log(/workspace index: \d+ documents in \d+ ms \((\d+) of (\d+) files restored from the index cache\)/);
    return { restored: Number(restored), files: Number(files) };
  }

  /** Opens a file as it is on disk and waits for diagnostics that `accept` takes. */
  async diagnosticsOf(path: string, text: string, accept: (list: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    await this.client.open(uri, text);
    return this.client.waitForDiagnostics(uri, accept);
  }
}

const relatedOf = (list: Diagnostic[]) => [...new Set(list.flatMap((diagnostic) => (diagnostic.relatedInformation ?? []).map((related) => related.location.uri)))].sort();

describe('duplicate-code index cache over stdio', function () {
  this.timeout(60_000);
  let scratch: string;
  let folder: string;
  let cacheDirectory: string;
  let session: Session | undefined;
  const path = (name: string) => join(folder, name);
  const uri = (name: string) => pathToFileURL(path(name)).href;
  /** Files older than the server's 2-second racy window, with distinct mtimes. */
  const write = (name: string, text: string, secondsAgo: number) => {
    writeFileSync(path(name), text);
    const time = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path(name), time, time);
  };
  const sessionOn = async (directory: string | undefined) => {
    session = new Session();
    await session.start(folder, directory);
    return session;
  };
  let firstDiagnostics: Diagnostic[];

  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build`);
    scratch = mkdtempSync(join(tmpdir(), 'mlp-index-cache-'));
    folder = join(scratch, 'project');
    cacheDirectory = join(scratch, 'storage', 'workspace-1');
    mkdirSync(folder);
    write('train.py', block('clean_train', 'age'), 600);
    write('serve.py', block('clean_request', 'age'), 600);
    write('report.py', other('rank'), 600);
    write('audit.py', other('rank_again'), 600);
  });
  afterEach(async () => {
    if (!session) return;
    const current = session;
    session = undefined;
    if (current.client.process.exitCode === null) await current.client.shutdown().catch(() => current.client.kill());
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds the index on the first start and writes the cache outside the workspace', async () => {
    const first = await sessionOn(cacheDirectory);
    await first.log(/index cache: none yet at /);
    assert.deepEqual(await first.restored(), { restored: 0, files: 4 });
    await first.log(/index cache: wrote 4 files \([\d.]+ MB\) to /);
    firstDiagnostics = await first.diagnosticsOf(path('train.py'), block('clean_train', 'age'), (list) => list.length > 0);
    assert.deepEqual(relatedOf(firstDiagnostics), [uri('serve.py')]);
    assert.deepEqual(readdirSync(folder).sort(), ['audit.py', 'report.py', 'serve.py', 'train.py'], 'nothing is written into the workspace');
    assert.equal(readdirSync(cacheDirectory).filter((name) => name.endsWith('.bin')).length, 1);
  });

  it('is ready from the cache on a restart, with the same diagnostics', async () => {
    const second = await sessionOn(cacheDirectory);
    await second.log(/index cache: 4 files read from /);
    assert.deepEqual(await second.restored(), { restored: 4, files: 4 });
    await second.log(/index cache: .* is up to date/);
    const diagnostics = await second.diagnosticsOf(path('train.py'), block('clean_train', 'age'), (list) => list.length > 0);
    assert.deepEqual(diagnostics, firstDiagnostics);
    const ranked = await second.diagnosticsOf(path('report.py'), other('rank'), (list) => list.length > 0);
    assert.deepEqual(relatedOf(ranked), [uri('audit.py')]);
  });

  it('reads a file changed between sessions again (its new copies are found) and forgets a deleted one', async () => {
    // audit.py now holds train.py's block instead of report.py's; serve.py is gone.
    write('audit.py', `${block('clean_audit', 'age')}\nAUDITED = True\n`, 300);
    rmSync(path('serve.py'));
    const third = await sessionOn(cacheDirectory);
    assert.deepEqual(await third.restored(), { restored: 2, files: 3 });
    const train = await third.diagnosticsOf(path('train.py'), block('clean_train', 'age'), (list) => list.length > 0 && relatedOf(list).join() === uri('audit.py'));
    assert.deepEqual(relatedOf(train), [uri('audit.py')], 'the deleted file\'s copy is gone, the changed file\'s is found');
    const report = await third.diagnosticsOf(path('report.py'), other('rank'), () => true);
    assert.deepEqual(report, [], 'the copy the changed file no longer holds is gone');
    await third.log(/index cache: wrote 3 files/);
  });

  it('ignores a corrupt cache with a log line and builds the index from the files', async () => {
    const [file] = readdirSync(cacheDirectory).filter((name) => name.endsWith('.bin'));
    writeFileSync(join(cacheDirectory, file), 'MLPDUPIX this is not an index cache at all, only text of the right magic');
    const fourth = await sessionOn(cacheDirectory);
    await fourth.log(/index cache: ignored .*; building the index from the files/);
    assert.deepEqual(await fourth.restored(), { restored: 0, files: 3 });
    const train = await fourth.diagnosticsOf(path('train.py'), block('clean_train', 'age'), (list) => list.length > 0);
    assert.deepEqual(relatedOf(train), [uri('audit.py')]);
    await fourth.log(/index cache: wrote 3 files/);
  });

  it('keeps no cache when the client names no cacheDirectory, and says so once', async () => {
    const plain = await sessionOn(undefined);
    await plain.log(/workspace index: \d+ documents in \d+ ms$/);
    assert.equal(plain.client.logs.filter((line) => /index cache: off \(the client gave no initializationOptions\.cacheDirectory\)/.test(line)).length, 1);
  });
});

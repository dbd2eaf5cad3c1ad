// The persisted duplicate-code index (workspace/indexCache.ts): what is written is read back as it was (token
// arrays, cells, thresholds, severity, suppression directives) and finds the same copies; anything damaged,
// truncated or from another version is refused with a reason, never half-read; and the store restores only
// files whose size, mtime and settings are those it cached, drops stale ones, and stays out of the workspace.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/analysis/engine';
import { mergeSettings } from '../../server/src/config/settings';
import { notebookSnapshotFromJson, pythonSnapshot } from '../../server/src/documents/snapshot';
import { initParser } from '../../server/src/parsing/parser';
import { DuplicateIndex, type IndexEntry } from '../../server/src/workspace/duplicateFindings';
import { removeStaleTemporaries, writeFileAtomicSync } from '../../server/src/workspace/atomicFile';
import { fileStamp, indexSettingsDigest, IndexCacheError, parseIndexCache, PersistentIndex, serializeIndexCache, type CachedFile } from '../../server/src/workspace/indexCache';

const PRODUCT = '1.2.3+test';
const settings = mergeSettings({}, {});

const block = (name: string, extra = '') => `def ${name}(frame):
    frame = frame.dropna(subset=["age", "income"])
    frame = frame[frame["age"].between(18, 100)]${extra}
    frame["income"] = frame["income"].clip(lower=0)
    frame["log_income"] = (frame["income"] + 1).apply(float)
    frame["segment"] = pd.cut(frame["age"], bins=[18, 30, 50, 100])
    return frame.reset_index(drop=True)
`;
const notebookJson = (sources: string[]) =>
  JSON.stringify({ cells: sources.map((source, index) => ({ cell_type: 'code', execution_count: index + 1, metadata: {}, outputs: [], source })), metadata: {}, nbformat: 4, nbformat_minor: 5 });

/** Documents as the index gets them: a file, a file with a suppressed copy, a notebook with two cells. */
function documents(): { uri: string; path: string; entry: IndexEntry }[] {
  const index = new DuplicateIndex();
  const inputs = [
    { path: '/work/a.py', snapshot: pythonSnapshot('file:///work/a.py', `${block('clean_a')}\n${block('other')}`) },
    { path: '/work/tests/test_b.py', snapshot: pythonSnapshot('file:///work/tests/test_b.py', block('clean_b', '  # ml-practices: disable=duplicate-code')) },
    { path: '/work/c.ipynb', snapshot: notebookSnapshotFromJson('file:///work/c.ipynb', notebookJson(['import pandas as pd\n', block('clean_c')])) },
  ];
  return inputs.map(({ path, snapshot }) => {
    index.set(snapshot.uri, analyze(snapshot, settings));
    return { uri: snapshot.uri, path, entry: index.entry(snapshot.uri)! };
  });
}

const cached = (docs: ReturnType<typeof documents>): CachedFile[] => docs.map(({ path, entry }, position) => ({ path, size: 100 + position, mtimeMs: 1_700_000_000_123.456 + position, settings: indexSettingsDigest(settings), entry }));
const findingsOf = (index: DuplicateIndex, uris: string[]) => JSON.stringify([...index.copiesOf(uris)].map(([uri, copies]) => [uri, copies.findings, [...copies.partners].sort()]));

describe('index cache', () => {
  before(() => initParser());

  it('reads back exactly what it wrote, and the restored index finds the same copies', () => {
    const docs = documents();
    const { data, files, leftOut } = serializeIndexCache([...cached(docs), { path: '/work/empty.ipynb', size: 3, mtimeMs: 5, settings: 'x' }], PRODUCT);
    assert.deepEqual([files, leftOut], [4, 0]);
    const parsed = parseIndexCache(data, PRODUCT);
    assert.equal(parsed.length, 4);
    assert.deepEqual(parsed.slice(0, 3).map(({ entry, ...stamp }) => stamp), cached(docs).map(({ entry, ...stamp }) => stamp));
    assert.equal(parsed[3].entry, undefined, 'a file that adds nothing is cached as such');
    for (const [position, { entry }] of docs.entries()) {
      const back = parsed[position].entry!;
      assert.deepEqual(back.units.map((unit) => unit.cell), entry.units.map((unit) => unit.cell));
      for (const [unitIndex, unit] of entry.units.entries()) {
        for (const key of ['kinds', 'texts', 'ordinals', 'starts', 'ends', 'lineStarts'] as const) {
          assert.deepEqual(back.units[unitIndex].tokens[key], unit.tokens[key], `${docs[position].path} unit ${unitIndex} ${key}`);
        }
      }
      assert.deepEqual([back.minLines, back.minTokens, back.testCode, back.severity, back.directives], [entry.minLines, entry.minTokens, entry.testCode, entry.severity, entry.directives]);
    }
    assert.deepEqual(docs.map(({ entry }) => entry.testCode === true), [false, true, false], 'test code is known as such');
    assert.ok(docs[1].entry.directives.flat().length > 0, 'the fixture has a suppression directive');
    assert.equal(docs[2].entry.units[1].cell, 1);

    const original = new DuplicateIndex();
    const restored = new DuplicateIndex();
    for (const [position, { uri, entry }] of docs.entries()) {
      original.setEntry(uri, entry);
      restored.setEntry(uri, parsed[position].entry!);
    }
    const uris = docs.map(({ uri }) => uri);
    const expected = findingsOf(original, uris);
    assert.match(expected, /duplicate-code/);
    assert.equal(findingsOf(restored, uris), expected);
  });

  it('keeps extreme and decreasing positions exact (zigzag varint deltas)', () => {
    const extremes = [0, 2 ** 31 - 1, 5, 0, 127, 128, 16_383, 16_384, 2 ** 28, 1, 2 ** 31 - 2];
    const tokens = {
      kinds: Uint8Array.from(extremes.map((value) => value & 0xff)),
      texts: Int32Array.from(extremes.map((value) => -value - 1)),
      ordinals: Int32Array.from(extremes).reverse(),
      starts: Int32Array.from(extremes),
      ends: Int32Array.from(extremes.map((value, index) => (index % 2 ? value : 2 ** 31 - 1 - value))),
      lineStarts: Int32Array.from([0, 2 ** 31 - 1, 0, 300]),
    };
    const entry: IndexEntry = { units: [{ cell: 7, tokens }], minLines: 6, minTokens: 50, severity: 'info', directives: [[]] };
    const [back] = parseIndexCache(serializeIndexCache([{ path: '/x.ipynb', size: 1, mtimeMs: 2, settings: 's', entry }], PRODUCT).data, PRODUCT);
    assert.deepEqual(back.entry, entry);
  });

  it('refuses damaged, truncated, foreign and other-version input with a reason', () => {
    const { data } = serializeIndexCache(cached(documents()), PRODUCT);
    const flipped = Buffer.from(data);
    flipped[flipped.length - 7] ^= 0x40;
    const header = Buffer.from(data);
    header[45] ^= 0x01;
    const cases: [string, Uint8Array, string | undefined, RegExp][] = [
      ['empty', new Uint8Array(0), PRODUCT, /too short/],
      ['truncated', data.subarray(0, data.length - 100), PRODUCT, /truncated/],
      ['extended', Buffer.concat([data, Buffer.alloc(8)]), PRODUCT, /truncated or extended/],
      ['a flipped payload byte', flipped, PRODUCT, /checksum/],
      ['a flipped header byte', header, PRODUCT, /checksum/],
      ['not a cache', Buffer.from('{"files": []}'.padEnd(64, ' ')), PRODUCT, /not an ml-practices index cache/],
      ['another version', data, '1.2.4', /written by version 1\.2\.3\+test, this is 1\.2\.4/],
    ];
    for (const [name, input, product, reason] of cases) {
      assert.throws(() => parseIndexCache(input, product!), (error: unknown) => error instanceof IndexCacheError && reason.test(error.message), name);
    }
    // Misaligned input (a Buffer from a pool) is read as well.
    const misaligned = Buffer.alloc(data.length + 1).subarray(1);
    data.copy(misaligned);
    assert.equal(parseIndexCache(misaligned, PRODUCT).length, 3);
  });

  it('refuses a cache whose header disagrees with its payload even when the checksum matches', () => {
    const { data } = serializeIndexCache(cached(documents()), PRODUCT);
    const headerBytes = data.readUInt32LE(12);
    const header = data.toString('utf8', 40, 40 + headerBytes);
    const rewrap = (json: string) => {
      const body = Buffer.concat([Buffer.from(json), data.subarray(40 + headerBytes)]);
      const preamble = Buffer.from(data.subarray(0, 40));
      preamble.writeUInt32LE(Buffer.byteLength(json), 12);
      createHash('sha1').update(body).digest().copy(preamble, 20);
      return Buffer.concat([preamble, body]);
    };
    const tokens = /"tokens":(\d+)/.exec(header)!;
    const cases: [string, string, RegExp][] = [
      ['more tokens than stored', header.replace(tokens[0], `"tokens":${Number(tokens[1]) + 1}`), /do not match its header|malformed entry/],
      ['fewer tokens than stored', header.replace(tokens[0], `"tokens":${Number(tokens[1]) - 1}`), /do not match its header/],
      ['a negative count', header.replace(tokens[0], '"tokens":-4'), /malformed entry/],
      ['fewer files', header.replace(/,\{"path":"\/work\/c\.ipynb".*\]\}$/, ']}'), /payload longer than the header says/],
      ['not JSON', `${header.slice(0, -1)}`, /unreadable header/],
    ];
    assert.notEqual(cases[3][1], header);
    for (const [name, json, reason] of cases) {
      assert.throws(() => parseIndexCache(rewrap(json), PRODUCT), (error: unknown) => error instanceof IndexCacheError && reason.test(error.message), name);
    }
    assert.equal(parseIndexCache(rewrap(header), PRODUCT).length, 3);
  });

  it('stays within its size bound, leaving later files out', () => {
    const files = cached(documents());
    const { data: whole } = serializeIndexCache(files, PRODUCT);
    const { data, files: written, leftOut } = serializeIndexCache(files, PRODUCT, whole.length - 100);
    assert.ok(data.length < whole.length - 100);
    assert.equal(written + leftOut, 3);
    assert.ok(leftOut >= 1);
    assert.equal(parseIndexCache(data, PRODUCT).length, written);
  });

  it('restores files whose stamp matches, re-reads changed ones, drops stale ones and logs a corrupt file', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mlp-index-cache-'));
    const workspace = join(scratch, 'workspace');
    const storage = join(scratch, 'storage');
    mkdirSync(workspace);
    const paths = ['a.py', 'b.py', 'gone.py'].map((name) => join(workspace, name));
    const old = new Date(Date.now() - 60_000);
    for (const [position, path] of paths.entries()) {
      writeFileSync(path, block(`clean_${position}`));
      utimesSync(path, old, old);
    }
    const session = () => {
      const logs: string[] = [];
      const index = new DuplicateIndex();
      const store = new PersistentIndex(index, { directory: storage, workspaceFolders: [workspace], product: PRODUCT, log: (message) => logs.push(message), writeDelayMs: 10 });
      store.load();
      return { index, store, logs };
    };
    const indexAll = (store: PersistentIndex, index: DuplicateIndex, which: string[]) => {
      const read: string[] = [];
      for (const path of which) {
        const uri = pathToFileURL(path).href;
        const stamp = fileStamp(path, settings);
        if (store.restore(uri, path, stamp)) continue;
        index.set(uri, analyze(pythonSnapshot(uri, readFileSync(path, 'utf8')), settings));
        store.indexed(uri, path, stamp);
        read.push(path);
      }
      return read;
    };
    try {
      const first = session();
      assert.match(first.logs.join('\n'), /index cache: none yet/);
      assert.deepEqual(indexAll(first.store, first.index, paths), paths);
      await first.store.buildDone();
      assert.match(first.logs.join('\n'), /index cache: wrote 3 files/);

      // Between sessions: a.py changes (another size and mtime), gone.py is deleted.
      writeFileSync(paths[0], block('clean_a', '\n    frame = frame.copy()'));
      utimesSync(paths[0], new Date(Date.now() - 30_000), new Date(Date.now() - 30_000));
      rmSync(paths[2]);
      const second = session();
      assert.match(second.logs.join('\n'), /index cache: 3 files read from/);
      assert.deepEqual(indexAll(second.store, second.index, paths.slice(0, 2)), [paths[0]], 'only the changed file is read');
      assert.equal(second.store.restored, 1);
      await second.store.buildDone();
      const rewritten = parseIndexCache(readFileSync(second.store.file!), PRODUCT).map((file) => file.path).sort();
      assert.deepEqual(rewritten, paths.slice(0, 2), 'the deleted file is dropped');

      // Other settings: nothing restores.
      const third = session();
      const otherSettings = mergeSettings({}, { rules: { options: { 'duplicate-code': { minLines: 8 } } } });
      assert.equal(third.store.restore(pathToFileURL(paths[1]).href, paths[1], fileStamp(paths[1], otherSettings)), false);
      assert.equal(third.store.restore(pathToFileURL(paths[1]).href, paths[1], fileStamp(paths[1], settings)), true);

      writeFileSync(second.store.file!, readFileSync(second.store.file!).subarray(0, 100));
      const corrupt = session();
      assert.match(corrupt.logs.join('\n'), /index cache: ignored .*truncated.*building the index from the files/);
      assert.equal(corrupt.store.restore(pathToFileURL(paths[1]).href, paths[1], fileStamp(paths[1], settings)), false);

      // A file modified within the last 2 seconds may change again unseen (coarse mtimes): never cached.
      writeFileSync(join(workspace, 'fresh.py'), 'x = 1\n');
      assert.equal(fileStamp(join(workspace, 'fresh.py'), settings), undefined);
      assert.ok(fileStamp(paths[1], settings));

      const inside: string[] = [];
      const refused = new PersistentIndex(new DuplicateIndex(), { directory: join(workspace, '.cache'), workspaceFolders: [workspace], product: PRODUCT, log: (message) => inside.push(message) });
      assert.equal(refused.file, undefined);
      assert.match(inside.join('\n'), /index cache: off .*inside the workspace folder/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('cache files written atomically', () => {
  it('removes the temporaries of writers that ended, keeps those of running ones, and replaces the file whole', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'ml-practices-atomic-'));
    try {
      const file = join(scratch, 'cache.bin');
      // A process id that surely ended: a child that has exited.
      const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
      writeFileSync(`${file}.${ended}.tmp`, 'half written');
      writeFileSync(`${file}.${process.pid}.tmp`, 'being written by this process');
      writeFileSync(join(scratch, 'other.bin.123.tmp'), 'another file');
      assert.equal(removeStaleTemporaries(file), 1);
      assert.deepEqual(readdirSync(scratch).sort(), [`cache.bin.${process.pid}.tmp`, 'other.bin.123.tmp'].sort());
      rmSync(`${file}.${process.pid}.tmp`);
      writeFileAtomicSync(file, Buffer.from('whole'));
      assert.equal(readFileSync(file, 'utf8'), 'whole');
      assert.deepEqual(readdirSync(scratch).sort(), ['cache.bin', 'other.bin.123.tmp']);
      assert.throws(() => writeFileAtomicSync(join(scratch, 'missing', 'x.bin'), Buffer.from('x')));
      assert.equal(removeStaleTemporaries(join(scratch, 'missing', 'x.bin')), 0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

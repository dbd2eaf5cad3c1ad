// The duplicate-code workspace index, kept on disk between sessions of the language server so that a
// reopened workspace is ready without reading and tokenizing every file again. Per file it holds exactly
// what the index holds (IndexEntry: each code unit's clone tokens as typed arrays, the thresholds, the
// rule's severity and the suppression directives), keyed by absolute path, size, mtime and a digest of the
// settings that shape the entry; the product version voids the whole file. No LSP types: the server gives
// a directory and a log function.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Directive } from '../analysis/suppressions';
import type { Severity } from '../analysis/types';
import type { Settings } from '../config/settings';
import type { DuplicateIndex, IndexEntry } from './duplicateFindings';
import type { CloneTokens } from './duplicates';
import { removeStaleTemporaries, temporaryFor, writeFileAtomicSync } from './atomicFile';

/**
 * Layout: MAGIC (8 bytes), format (u32 LE), header length H (u32 LE), payload length P (u32 LE), SHA-1 of
 * header and payload (20 bytes), the header as UTF-8 JSON (H bytes: stamps, thresholds, severity, directives,
 * each unit's cell and token and line counts), then the payload, per code unit: kinds (1 byte a token), text
 * hashes (4 bytes a token, native byte order, which the header names), then as LEB128 varints of zigzag
 * deltas: start and length of each token, each token's line ordinal, each line start. Measured on 2,140
 * files of the Debian ML corpus (4.7 M tokens): the typed arrays as stored take 84 MB and read in ~0.1 s,
 * this 38 MB and ~0.3 s, JSON with base64 arrays 112 MB and ~0.6 s, deflate (level 1) 32 MB but ~2 s to
 * write and ~0.8 s to read. The whole corpus (10,616 files, 4 million lines) takes 191 MB, read in ~1 s.
 */
const MAGIC = 'MLPDUPIX';
const FORMAT = 1;
const PREAMBLE_BYTES = 40;
/** Largest cache file written or read; files past it are left out (they are read from disk next time). */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** A file modified this recently may change again within its mtime's resolution: not cached until later. */
const RACY_MS = 2_000;
const WRITE_DELAY_MS = 3_000;

/** What a file's cached entry is valid for. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** indexSettingsDigest of the settings the file was analysed with. */
  settings: string;
}

export interface CachedFile extends FileStamp {
  /** Absolute path. */
  path: string;
  /** What the index holds of it; absent when the file adds nothing (no code units, unreadable). */
  entry?: IndexEntry;
}

interface HeaderUnit {
  cell: number | null;
  tokens: number;
  lines: number;
}

interface HeaderFile extends FileStamp {
  path: string;
  /** Payload bytes of its units (the payload holds the files in header order). */
  bytes: number;
  entry: { severity: Severity | null; directives: Directive[][]; minLines: number; minTokens: number; testCode?: boolean; units: HeaderUnit[]; projectModules?: string[] } | null;
}

interface Header {
  product: string;
  endianness: string;
  files: HeaderFile[];
}

const digests = new WeakMap<Settings, string>();
/** Digest of every setting that changes what a file puts in the index: size limit, rule options, severities. */
export function indexSettingsDigest(settings: Settings): string {
  let digest = digests.get(settings);
  if (!digest) {
    const shaping = [settings.maxFileSize, settings.rules.customizations, settings.rules.options['duplicate-code'] ?? null];
    digest = createHash('sha1').update(JSON.stringify(shaping)).digest('hex').slice(0, 16);
    digests.set(settings, digest);
  }
  return digest;
}

/** The stamp of a file as it is now, or undefined when it cannot be stat'ed or was modified too recently. */
export function fileStamp(path: string, settings: Settings, now = Date.now()): FileStamp | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || now - stat.mtimeMs < RACY_MS) return undefined;
    return { size: stat.size, mtimeMs: stat.mtimeMs, settings: indexSettingsDigest(settings) };
  } catch {
    return undefined;
  }
}

/** A growing byte buffer for the payload. */
class ByteWriter {
  bytes = Buffer.allocUnsafe(1 << 20);
  length = 0;

  ensure(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    let capacity = this.bytes.length;
    while (this.length + more > capacity) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  raw(array: ArrayBufferView): void {
    this.ensure(array.byteLength);
    this.bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), this.length);
    this.length += array.byteLength;
  }

  /** Zigzag deltas of `values` (from 0), as varints; `base` gives each delta's reference (default: the previous value). */
  deltas(values: Int32Array, base?: Int32Array): void {
    this.ensure(5 * values.length);
    const bytes = this.bytes;
    let at = this.length;
    let previous = 0;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      const delta = value - (base ? base[index] : previous);
      previous = value;
      let zigzag = ((delta << 1) ^ (delta >> 31)) >>> 0;
      while (zigzag >= 0x80) {
        bytes[at++] = (zigzag & 0x7f) | 0x80;
        zigzag >>>= 7;
      }
      bytes[at++] = zigzag;
    }
    this.length = at;
  }
}

/** Reads what ByteWriter wrote; reading past the end is caught by the caller's final length check. */
class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  raw(length: number): Uint8Array {
    const copy = new Uint8Array(length);
    copy.set(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return copy;
  }

  deltas(length: number, base?: Int32Array): Int32Array {
    const values = new Int32Array(length);
    const bytes = this.bytes;
    let at = this.at;
    let previous = 0;
    for (let index = 0; index < length; index++) {
      let zigzag = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++];
        zigzag |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80 && shift < 35);
      const delta = (zigzag >>> 1) ^ -(zigzag & 1);
      previous = values[index] = (base ? base[index] : previous) + delta;
    }
    this.at = at;
    return values;
  }
}

function writeUnit(writer: ByteWriter, tokens: CloneTokens): void {
  writer.raw(tokens.kinds);
  writer.raw(tokens.texts);
  writer.deltas(tokens.starts);
  writer.deltas(tokens.ends, tokens.starts);
  writer.deltas(tokens.ordinals);
  writer.deltas(tokens.lineStarts);
}

function readUnit(reader: ByteReader, count: number, lines: number): CloneTokens {
  const kinds = reader.raw(count);
  const texts = new Int32Array(reader.raw(4 * count).buffer);
  const starts = reader.deltas(count);
  const ends = reader.deltas(count, starts);
  return { kinds, texts, starts, ends, ordinals: reader.deltas(count), lineStarts: reader.deltas(lines) };
}

/**
 * The cache file's bytes. Files are taken in order while the file stays within `maxBytes`; the others are
 * left out (counted in `leftOut`).
 */
export function serializeIndexCache(files: Iterable<CachedFile>, product: string, maxBytes = MAX_CACHE_BYTES): { data: Buffer; files: number; leftOut: number } {
  const header: Header = { product, endianness: endianness(), files: [] };
  const payload = new ByteWriter();
  let leftOut = 0;
  // Bytes so far: preamble, header JSON (`{"product":…,"files":[` + records and commas + `]}`), payload.
  let headerBytes = Buffer.byteLength(JSON.stringify(header));
  for (const { path, size, mtimeMs, settings, entry } of files) {
    const units = entry?.units ?? [];
    const before = payload.length;
    for (const { tokens } of units) writeUnit(payload, tokens);
    const record: HeaderFile = {
      path,
      bytes: payload.length - before,
      size,
      mtimeMs,
      settings,
      entry: entry
        ? {
            severity: entry.severity ?? null,
            directives: entry.directives,
            minLines: entry.minLines,
            minTokens: entry.minTokens,
            ...(entry.testCode ? { testCode: true } : {}),
            ...(entry.projectModules && entry.projectModules.length > 0 ? { projectModules: entry.projectModules } : {}),
            units: units.map(({ cell, tokens }) => ({ cell: cell ?? null, tokens: tokens.kinds.length, lines: tokens.lineStarts.length })),
          }
        : null,
    };
    const recordBytes = Buffer.byteLength(JSON.stringify(record)) + 1;
    if (PREAMBLE_BYTES + headerBytes + recordBytes + payload.length > maxBytes) {
      payload.length = before;
      leftOut++;
      continue;
    }
    header.files.push(record);
    headerBytes += recordBytes;
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const data = Buffer.allocUnsafe(PREAMBLE_BYTES + json.length + payload.length);
  data.write(MAGIC, 0, 'latin1');
  data.writeUInt32LE(FORMAT, 8);
  data.writeUInt32LE(json.length, 12);
  data.writeUInt32LE(payload.length, 16);
  json.copy(data, PREAMBLE_BYTES);
  payload.bytes.copy(data, PREAMBLE_BYTES + json.length, 0, payload.length);
  createHash('sha1').update(data.subarray(PREAMBLE_BYTES)).digest().copy(data, 20);
  return { data, files: header.files.length, leftOut };
}

export class IndexCacheError extends Error {}

const fail = (reason: string): never => {
  throw new IndexCacheError(reason);
};
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A file of a cache, its entry decoded on demand. */
export interface StoredFile extends FileStamp {
  path: string;
  /** Tokens in each of its code units (known before decoding). */
  unitTokens: number[];
  /** Decodes what the file put in the index (undefined: nothing); throws IndexCacheError on bad bytes. */
  entry(): IndexEntry | undefined;
}

/**
 * Opens a cache written by `serializeIndexCache` for the same product: checks it whole (length, checksum,
 * header) and leaves each file's token arrays to be decoded when asked for, so that a restore decodes the
 * files it restores, between the other work of the build. Throws IndexCacheError on anything else:
 * truncated, corrupt, another format, another product version or byte order.
 */
export function openIndexCache(input: Uint8Array, product: string): StoredFile[] {
  if (input.byteLength < PREAMBLE_BYTES) fail(`too short (${input.byteLength} bytes)`);
  const data = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (data.toString('latin1', 0, 8) !== MAGIC) fail('not an ml-practices index cache');
  const format = data.readUInt32LE(8);
  if (format !== FORMAT) fail(`format ${format}, expected ${FORMAT}`);
  const headerBytes = data.readUInt32LE(12);
  const payloadStart = PREAMBLE_BYTES + headerBytes;
  const expected = payloadStart + data.readUInt32LE(16);
  if (expected !== data.length) fail(`${data.length} bytes, expected ${expected} (truncated or extended)`);
  if (!createHash('sha1').update(data.subarray(PREAMBLE_BYTES)).digest().equals(data.subarray(20, 40))) fail('checksum mismatch');
  let header: Header;
  try {
    header = JSON.parse(data.toString('utf8', PREAMBLE_BYTES, payloadStart)) as Header;
  } catch (error) {
    return fail(`unreadable header (${String(error)})`);
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.files)) fail('malformed header');
  if (header.product !== product) fail(`written by version ${String(header.product)}, this is ${product}`);
  if (header.endianness !== endianness()) fail(`byte order ${String(header.endianness)}`);
  const files: StoredFile[] = [];
  let at = payloadStart;
  for (const file of header.files) {
    if (typeof file?.path !== 'string' || !isCount(file.size) || typeof file.mtimeMs !== 'number' || typeof file.settings !== 'string' || !isCount(file.bytes)) fail('malformed file entry');
    const { path, size, mtimeMs, settings, entry, bytes } = file;
    if (entry !== null) {
      const valid =
        typeof entry === 'object' &&
        Array.isArray(entry.units) &&
        entry.units.every((unit) => isCount(unit?.tokens) && isCount(unit.lines) && (unit.cell === null || isCount(unit.cell))) &&
        Array.isArray(entry.directives) &&
        entry.directives.every(Array.isArray) &&
        isCount(entry.minLines) &&
        isCount(entry.minTokens);
      if (!valid) fail(`malformed entry for ${path}`);
      // A token takes 8 bytes at least, a line 1: counts beyond the file's bytes cannot be real.
      if (entry.units.reduce((sum, unit) => sum + 8 * unit.tokens + unit.lines, 0) > bytes) fail(`malformed entry for ${path}`);
    } else if (bytes !== 0) {
      fail(`malformed entry for ${path}`);
    }
    const start = at;
    at += bytes;
    if (at > data.length) fail('payload shorter than the header says');
    const decode = (): IndexEntry | undefined => {
      if (entry === null) return undefined;
      const reader = new ByteReader(data, start);
      const units = entry.units.map((unit) => {
        const tokens = readUnit(reader, unit.tokens, unit.lines);
        return unit.cell === null ? { tokens } : { cell: unit.cell, tokens };
      });
      if (reader.at !== start + bytes) fail(`the bytes of ${path} do not match its header`);
      const restored: IndexEntry = { units, minLines: entry.minLines, minTokens: entry.minTokens, severity: entry.severity ?? undefined, directives: entry.directives };
      if (entry.testCode === true) restored.testCode = true;
      if (Array.isArray(entry.projectModules)) restored.projectModules = entry.projectModules.filter((module): module is string => typeof module === 'string');
      return restored;
    };
    files.push({ path, size, mtimeMs, settings, unitTokens: entry?.units.map((unit) => unit.tokens) ?? [], entry: decode });
  }
  if (at !== data.length) fail('payload longer than the header says');
  return files;
}

/** Every file of a cache, decoded (see openIndexCache). */
export function parseIndexCache(input: Uint8Array, product: string): CachedFile[] {
  return openIndexCache(input, product).map(({ path, size, mtimeMs, settings, entry }) => {
    const decoded = entry();
    return decoded ? { path, size, mtimeMs, settings, entry: decoded } : { path, size, mtimeMs, settings };
  });
}

export interface PersistentIndexOptions {
  /** Where the cache file goes (the editor's storage for this workspace); created when missing. */
  directory: string;
  /** The workspace folders: they name the cache file, and nothing is written inside them. */
  workspaceFolders: readonly string[];
  /** The product version; a cache of another version is ignored. */
  product: string;
  log: (message: string) => void;
  writeDelayMs?: number;
}

/**
 * Keeps the cache file of one workspace in step with a DuplicateIndex. The server loads it before the first
 * build, asks `restore` for each file (a file whose stamp matches goes into the index from the cache, not
 * read nor parsed), reports files it indexed from disk (`indexed`) and files gone from the index (`forget`:
 * deleted, excluded), and calls `buildDone`: the cache is written then (unless it holds exactly that
 * already), and again a few seconds after later changes. Only the files indexed in this session are
 * written, so stale entries (deleted, renamed, changed files) drop out.
 */
export class PersistentIndex {
  /** The cache file, or undefined when persisting is off (see the log). */
  readonly file?: string;
  /** Entries read at start, by path; cleared after the first build. */
  private previous = new Map<string, StoredFile>();
  /**
   * What each file put in the index when it was last indexed from disk, by URI. A file opened in the editor
   * keeps its entry here (the index holds the editor's text then): the entry still matches the stamp.
   */
  private readonly onDisk = new Map<string, { path: string; stamp: FileStamp; entry?: IndexEntry }>();
  private writesEnabled = false;
  private timer?: NodeJS.Timeout;
  private writing = false;
  /** Whether the files to write differ from the cache file read at start. */
  private changedSinceLoad = false;
  private reserved = false;
  /** How long the last write kept the thread busy (serialising): later writes wait 10 times that at least. */
  private lastWriteMs = 0;
  /** Files put in the index from the cache in this session. */
  restored = 0;

  constructor(
    private readonly index: DuplicateIndex,
    private readonly options: PersistentIndexOptions,
  ) {
    const directory = resolve(options.directory);
    const inside = options.workspaceFolders.find((folder) => {
      const fromFolder = relative(folder, directory);
      return fromFolder === '' || !(fromFolder.startsWith('..') || resolve(fromFolder) === fromFolder);
    });
    if (inside) {
      options.log(`index cache: off (cacheDirectory ${directory} is inside the workspace folder ${inside}; nothing is written into a workspace)`);
      return;
    }
    const name = createHash('sha1').update([...options.workspaceFolders].sort().join('\n')).digest('hex').slice(0, 12);
    this.file = join(directory, `duplicate-index-${name}.bin`);
  }

  /** Reads the cache file; anything wrong with it is a log line, and the index is built from the files. */
  load(): void {
    if (!this.file) return;
    const stale = removeStaleTemporaries(this.file);
    if (stale > 0) this.options.log(`index cache: removed ${stale} unfinished write${stale === 1 ? '' : 's'} of processes that ended`);
    const started = performance.now();
    let data: Buffer;
    try {
      const { size } = statSync(this.file);
      if (size > MAX_CACHE_BYTES) throw new IndexCacheError(`${size} bytes, more than the ${MAX_CACHE_BYTES} allowed`);
      data = readFileSync(this.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.options.log(code === 'ENOENT' ? `index cache: none yet at ${this.file}` : `index cache: could not read ${this.file} (${error instanceof Error ? error.message : String(error)}); building the index from the files`);
      return;
    }
    try {
      this.previous = new Map(openIndexCache(data, this.options.product).map((file) => [file.path, file]));
      this.options.log(`index cache: ${this.previous.size} files read from ${this.file} in ${(performance.now() - started).toFixed(0)} ms`);
    } catch (error) {
      this.options.log(`index cache: ignored ${this.file}: ${error instanceof Error ? error.message : String(error)}; building the index from the files`);
    }
  }

  /** Puts the file in the index from the cache when its stamp matches the cached one; true when done. */
  restore(uri: string, path: string, stamp: FileStamp | undefined): boolean {
    const cached = stamp && this.previous.get(path);
    if (!cached || cached.size !== stamp.size || cached.mtimeMs !== stamp.mtimeMs || cached.settings !== stamp.settings) return false;
    let entry: IndexEntry | undefined;
    try {
      entry = cached.entry();
    } catch (error) {
      this.options.log(`index cache: ${path} not restored: ${error instanceof Error ? error.message : String(error)}`);
      this.previous.delete(path);
      return false;
    }
    if (entry) {
      this.index.setEntry(uri, entry);
      if (!this.reserved) {
        // The first document fixed the index's window: make room for every cached one at once.
        this.reserved = true;
        this.index.reserve([...this.previous.values()].flatMap((file) => file.unitTokens));
      }
    } else {
      this.index.delete(uri);
    }
    this.restored++;
    this.onDisk.set(uri, { path, stamp, entry });
    return true;
  }

  /** The file was just indexed as it is on disk, stamped before it was read (no stamp: not cacheable). */
  indexed(uri: string, path: string, stamp: FileStamp | undefined): void {
    if (stamp) {
      this.onDisk.set(uri, { path, stamp, entry: this.index.entry(uri) });
      this.changed();
    } else {
      this.forget(uri);
    }
  }

  /** The file is gone from disk or no longer indexed (deleted, excluded). */
  forget(uri: string): void {
    if (this.onDisk.delete(uri)) this.changed();
  }

  /** The first build is over: write the cache now, and from now on after changes. */
  buildDone(): Promise<void> {
    // Nothing read from disk, nothing dropped: the file on disk is what would be written.
    const upToDate = !this.changedSinceLoad && this.restored === this.previous.size && this.onDisk.size === this.restored;
    this.previous.clear();
    this.writesEnabled = true;
    if (!this.file) return Promise.resolve();
    if (upToDate && this.restored > 0) {
      this.options.log(`index cache: ${this.file} is up to date`);
      return Promise.resolve();
    }
    return this.write();
  }

  /** Writes pending changes at once (shutdown). */
  flushSync(): void {
    if (!this.timer || this.writing) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const prepared = this.prepare();
    if (!prepared) return;
    try {
      writeFileAtomicSync(this.file!, prepared.written.data);
      prepared.report();
    } catch (error) {
      prepared.failed(error);
    }
  }

  private changed(): void {
    this.changedSinceLoad = true;
    if (!this.file || !this.writesEnabled) return;
    // Debounced from the first change: a stream of changes (a branch switch) still gets written. A large
    // index takes a while to serialise, so it is written less often: at most a tenth of the time.
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, Math.max(this.options.writeDelayMs ?? WRITE_DELAY_MS, 10 * this.lastWriteMs));
    this.timer.unref();
  }

  /** Replaces the cache file atomically (temp file + rename); one write at a time. */
  private async write(): Promise<void> {
    if (this.writing) {
      this.changed(); // again once this one is done
      return;
    }
    const prepared = this.prepare();
    if (!prepared) return;
    this.writing = true;
    try {
      await writeFile(prepared.temporary, prepared.written.data);
      renameSync(prepared.temporary, this.file!);
      prepared.report();
    } catch (error) {
      prepared.failed(error);
    } finally {
      this.writing = false;
    }
  }

  /** The bytes of the files the index holds as on disk, and how to report the write. */
  private prepare() {
    const file = this.file;
    if (!file) return undefined;
    const started = performance.now();
    const files: CachedFile[] = [];
    for (const { path, stamp, entry } of this.onDisk.values()) files.push({ path, ...stamp, entry });
    const temporary = temporaryFor(file);
    const failed = (error: unknown) => {
      rmSync(temporary, { force: true });
      this.options.log(`index cache: could not write ${file} (${error instanceof Error ? error.message : String(error)})`);
    };
    let written: ReturnType<typeof serializeIndexCache>;
    try {
      written = serializeIndexCache(files, this.options.product);
      mkdirSync(this.options.directory, { recursive: true });
    } catch (error) {
      failed(error);
      return undefined;
    }
    this.lastWriteMs = performance.now() - started;
    const report = () =>
      this.options.log(
        `index cache: wrote ${written.files} files (${(written.data.length / 1e6).toFixed(1)} MB) to ${file} in ${(performance.now() - started).toFixed(0)} ms` +
          (written.leftOut > 0 ? `; ${written.leftOut} files left out (over ${MAX_CACHE_BYTES / 1024 / 1024} MB)` : ''),
      );
    return { written, temporary, report, failed };
  }
}

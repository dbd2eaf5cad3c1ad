// What each Python file and notebook contributed to the last assessment, kept between runs so that the
// next run analyses only the files that changed. A file's evidence depends only on its content, the
// settings, the catalog's signals and the product build: the cache is keyed by all of them (the file by
// path, size and modification time). One file per assessed folder, in a directory the caller names (the
// CLI's --cache-dir, the editor's storage): nothing is written into the project. Engine-level: no LSP.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { removeStaleTemporaries, writeFileAtomicSync } from '../workspace/atomicFile';
import type { FileEvidence } from './collect';

const FORMAT = 'ml-practices assessment cache 1';
/** A file modified this recently may change again within the file system's time resolution: not cached. */
const SETTLE_MS = 2_000;
/** Larger caches are not written (a next run analyses everything again, as without a cache). */
const MAX_BYTES = 512 * 1024 * 1024;

interface Entry {
  size: number;
  mtimeMs: number;
  evidence: FileEvidence;
}

interface CacheFile {
  format: string;
  stamp: string;
  entries: Map<string, Entry>;
}

/**
 * The build this code runs in (the bundle's size and modification time): a cache made by another build —
 * another version, a development rebuild, a reinstall — is void. Shared by the caches of the index and
 * of the assessment.
 */
export function buildIdentity(): string {
  try {
    const { size, mtimeMs } = statSync(__filename);
    return `${size}.${Math.round(mtimeMs)}`;
  } catch {
    return 'unknown';
  }
}

/** A digest of everything besides a file's content that its evidence depends on. */
export function cacheStamp(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export class EvidenceCache {
  private readonly file: string;
  private previous = new Map<string, Entry>();
  private readonly next = new Map<string, Entry>();
  /** Files whose evidence came from the cache in this run. */
  hits = 0;

  /** `root`: the assessed folder (one cache file per folder); `stamp`: see cacheStamp. */
  constructor(
    directory: string,
    root: string,
    private readonly stamp: string,
    private readonly log: (message: string) => void,
  ) {
    this.file = join(directory, `assessment-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.bin`);
  }

  /** Reads the cache file; a missing one is a first run, a bad or outdated one a note and an empty cache. */
  load(): void {
    const stale = removeStaleTemporaries(this.file);
    if (stale > 0) this.log(`assessment cache: removed ${stale} unfinished write${stale === 1 ? '' : 's'} of processes that ended`);
    let data: Buffer;
    try {
      data = readFileSync(this.file);
    } catch {
      return;
    }
    try {
      const parsed = deserialize(data) as Partial<CacheFile>;
      if (parsed.format !== FORMAT || !(parsed.entries instanceof Map)) throw new Error('not an assessment cache of this format');
      if (parsed.stamp !== this.stamp) {
        this.log(`assessment cache: made by another build or with other settings; every file is analysed again`);
        return;
      }
      this.previous = parsed.entries;
    } catch (error) {
      this.log(`assessment cache: ignored ${this.file} (${error instanceof Error ? error.message : String(error)}); every file is analysed again`);
    }
  }

  /** The file's evidence from the last run, when its size and modification time are still the same. */
  get(path: string): FileEvidence | undefined {
    const entry = this.previous.get(path);
    if (!entry) return undefined;
    const stat = statOf(path);
    if (!stat || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return undefined;
    this.next.set(path, entry);
    this.hits++;
    return entry.evidence;
  }

  /** Keeps a file's fresh evidence for the next run (unless the file is still settling). */
  set(path: string, evidence: FileEvidence): void {
    const stat = statOf(path);
    if (!stat || Date.now() - stat.mtimeMs < SETTLE_MS) return;
    this.next.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, evidence });
  }

  /** Writes the files seen in this run (others are dropped), atomically; a failure is a note, never an error. */
  save(): void {
    if (this.hits === this.next.size && this.next.size === this.previous.size) return; // nothing changed
    try {
      const data = serialize({ format: FORMAT, stamp: this.stamp, entries: this.next } satisfies CacheFile);
      if (data.length > MAX_BYTES) {
        this.log(`assessment cache: not written (${Math.round(data.length / 1048576)} MB is over the ${MAX_BYTES / 1048576} MB bound)`);
        return;
      }
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileAtomicSync(this.file, data);
    } catch (error) {
      this.log(`assessment cache: could not write ${this.file} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

function statOf(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    const { size, mtimeMs } = statSync(path);
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}

// Cache files are replaced atomically: written next to themselves under a temporary name (with the writer's
// process id), then renamed over the old file. A process killed between the two leaves its temporary behind;
// the next process that opens the cache removes those of writers that are gone.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary name this process writes `file` under. */
export const temporaryFor = (file: string): string => `${file}.${process.pid}.tmp`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** Removes the temporaries of `file` left by processes that no longer run; returns how many. Never throws. */
export function removeStaleTemporaries(file: string): number {
  const prefix = `${basename(file)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return 0; // no directory yet
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    try {
      rmSync(join(dirname(file), name), { force: true });
      removed++;
    } catch {
      // another process removed it, or it cannot be: left for the next time
    }
  }
  return removed;
}

/** Replaces `file` with `data` atomically; the temporary is removed when the write fails. */
export function writeFileAtomicSync(file: string, data: Uint8Array): void {
  const temporary = temporaryFor(file);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

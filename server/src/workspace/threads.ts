// How many threads a run may use: ML_PRACTICES_WORKERS when set (0 or 1: everything on this thread), else the
// machine's parallelism, at most 4. Shared by the self-assessment's and the check's worker threads.
import { availableParallelism } from 'node:os';

/** Below this many files, starting threads (each loads the bundle and the parser) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 48;

export function wantedThreads(): number {
  const configured = process.env.ML_PRACTICES_WORKERS;
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : Math.min(availableParallelism(), 4);
}

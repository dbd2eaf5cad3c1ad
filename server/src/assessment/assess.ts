// The self-assessment in one call: collect the workspace's evidence, read the team's answers and the
// history, decide every practice. Shared by `ml-practices assess` and the server's `ml-practices/assess`.
import { loadCatalog } from '../catalog/catalog';
import type { Settings } from '../config/settings';
import { buildIdentity, cacheStamp, EvidenceCache } from './cache';
import { collectEvidence, type Collected } from './collect';
import { decide } from './decide';
import { readAnswers, readHistory } from './store';
import type { AnswersFile, AssessmentReport } from './types';

export interface AssessOptions {
  root: string;
  settings: Settings;
  version: string;
  now?: Date;
  /** Answers to use instead of reading `.ml-practices/assessment.json` (the editor passes fresh ones). */
  answers?: AnswersFile;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Where the evidence of unchanged files is kept between runs (see cache.ts); none: no cache. */
  cacheDirectory?: string;
  /** Notes about the cache (ignored, not written). */
  log?: (message: string) => void;
}

export async function collectWorkspace(options: AssessOptions): Promise<Collected> {
  const catalog = loadCatalog();
  let cache: EvidenceCache | undefined;
  if (options.cacheDirectory) {
    const signals = [...catalog.practices.values()].map((practice) => [practice.id, practice.signals]);
    cache = new EvidenceCache(options.cacheDirectory, options.root, cacheStamp([options.version, buildIdentity(), options.settings, signals]), options.log ?? (() => undefined));
    cache.load();
  }
  return collectEvidence({ root: options.root, settings: options.settings, catalog, onProgress: options.onProgress, isCancelled: options.isCancelled, cache });
}

/** Decides from evidence already collected: answering questions does not rescan the workspace. */
export function decideWorkspace(collected: Collected, options: AssessOptions): AssessmentReport {
  const catalog = loadCatalog();
  const notices: string[] = [];
  const answers = options.answers ?? readAnswers(options.root, notices, new Set(catalog.practices.keys()));
  const history = readHistory(options.root, notices);
  return decide(collected, { catalog, answers, history, version: options.version, now: options.now ?? new Date(), notices });
}

export async function assessWorkspace(options: AssessOptions): Promise<AssessmentReport> {
  return decideWorkspace(await collectWorkspace(options), options);
}

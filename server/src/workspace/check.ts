// Checks a set of files as one project: each file through the engine, then the cross-document passes
// (duplicate-code). Shared by the CLI and the tests, so both see exactly what users see.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, PROJECT_MODULES_CONTRIBUTION, type AnalysisResult, type ParseCache } from '../analysis/engine';
import { PROJECT_MODULES, projectFactsOf, type ProjectFacts } from '../analysis/project';
import type { Finding, InputProblem } from '../analysis/types';
import type { Settings } from '../config/settings';
import { CLONE_STREAMS } from '../checks/duplication/duplicate-code';
import type { CloneTokens } from '../duplication/pythonTokens';
import { DuplicateIndex, duplicateFindings } from './duplicateFindings';
import { MIN_FILES_FOR_WORKERS, wantedThreads } from './threads';
import type { Snapshot } from '../documents/snapshot';
import { readSnapshot } from './files';

export interface CheckedFile {
  path: string;
  kind: 'python' | 'notebook';
  findings: Finding[];
  problems: InputProblem[];
  /** Lines of code analysed (all code units), for the duplicated-lines share. */
  lines: number;
}

export interface CheckResult {
  files: CheckedFile[];
  /** Lines covered by at least one duplicated block, over all files. */
  duplicatedLines: number;
  totalLines: number;
}

const byPosition = (a: Finding, b: Finding) =>
  (a.location.cell ?? 0) - (b.location.cell ?? 0) || a.location.range.start.line - b.location.range.start.line || a.location.range.start.character - b.location.range.start.character;

/** One file read and analysed, before the cross-document passes. */
export interface AnalysedFile {
  path: string;
  uri: string;
  kind: 'python' | 'notebook';
  result: AnalysisResult;
  lines: number;
}

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** `inspect` sees the snapshot right after analysis, while `cache` still holds its trees. */
export function analyseFile(path: string, settings: Settings, cache?: ParseCache, inspect?: (snapshot: Snapshot, result: AnalysisResult) => void, project?: ProjectFacts): AnalysedFile {
  const snapshot = readSnapshot(path, { maxFileSize: settings.maxFileSize });
  const result = analyze(snapshot, settings, cache, project);
  inspect?.(snapshot, result);
  const lines = snapshot.units.reduce((sum, unit) => sum + lineCount(unit.source), 0);
  return { path, uri: pathToFileURL(path).href, kind: snapshot.kind, result, lines };
}

/**
 * The cross-document passes over analysed files: duplicate-code findings and the duplicated-lines share.
 * `index`: a duplicate index already holding the first of these files, in this order (see duplicateFindings).
 */
export function joinFiles(analysed: readonly AnalysedFile[], index?: DuplicateIndex): CheckResult {
  const duplicates = duplicateFindings(analysed, undefined, index);
  let duplicatedLines = 0;
  const files = analysed.map(({ path, uri, kind, result, lines }) => {
    const copies = duplicates.get(uri) ?? [];
    const covered = new Set<string>();
    for (const copy of copies) for (let line = copy.location.range.start.line; line <= copy.location.range.end.line; line++) covered.add(`${copy.location.cell ?? -1}:${line}`);
    duplicatedLines += covered.size;
    return { path, kind, findings: [...result.findings, ...copies].sort(byPosition), problems: result.problems, lines };
  });
  return { files, duplicatedLines, totalLines: files.reduce((sum, file) => sum + file.lines, 0) };
}

/**
 * What the files of a run tell of the project (analysis/project.ts), as the project-wide libraries each file
 * imports: each file is read as bytes first, and only one that names a library is decoded and asked.
 */
export function projectImportsOfFiles(paths: readonly string[], settings: Settings): Map<string, readonly string[]> {
  const importsByFile = new Map<string, readonly string[]>();
  const noRules: Settings = { ...settings, rules: { ...settings.rules, customizations: [{ rule: '*', severity: 'off' }] } };
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // reported by the analysis
    }
    if (bytes.length > settings.maxFileSize || !PROJECT_MODULES.some((module) => bytes.includes(module))) continue;
    const modules = analyze(readSnapshot(path, { maxFileSize: settings.maxFileSize }), noRules).contributions.get(PROJECT_MODULES_CONTRIBUTION) as string[] | undefined;
    if (modules && modules.length > 0) importsByFile.set(path, modules);
  }
  return importsByFile;
}

export function checkFiles(paths: readonly string[], settings: Settings): CheckResult {
  const project = projectFactsOf(projectImportsOfFiles(paths, settings));
  return joinFiles(paths.map((path) => analyseFile(path, settings, undefined, undefined, project)));
}

const WORKER_FILE = join(__dirname, 'checkWorker.js');

/** What the main thread sends the check's worker: the files to analyse, by position. */
export interface CheckWorkerData {
  settings: Settings;
  projectImports: Map<string, readonly string[]>;
}

/** The buffers of an analysed file's clone tokens, moved (not copied) to the thread that indexes them. */
export function transferablesOf(file: AnalysedFile): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const streams = (file.result.contributions.get(CLONE_STREAMS) as { streams?: { tokens: CloneTokens }[] } | undefined)?.streams ?? [];
  for (const { tokens } of streams) for (const array of [tokens.kinds, tokens.texts, tokens.ordinals, tokens.starts, tokens.ends, tokens.lineStarts]) buffers.add(array.buffer as ArrayBuffer);
  return [...buffers];
}

/**
 * `checkFiles` with the files analysed on a worker thread while this thread puts each one, as it comes, in
 * the clone index (in path order, so the result is the same byte for byte), then matches. On two cores the
 * analysis and the indexing overlap. Few files, one thread wanted (ML_PRACTICES_WORKERS=1) or no worker
 * bundle (running from sources): `checkFiles`. A file the worker fails on is analysed here.
 */
export async function checkFilesInParallel(paths: readonly string[], settings: Settings, { workerFile = WORKER_FILE }: { workerFile?: string } = {}): Promise<CheckResult> {
  if (paths.length < MIN_FILES_FOR_WORKERS || wantedThreads() < 2 || !existsSync(workerFile)) return checkFiles(paths, settings);
  const projectImports = projectImportsOfFiles(paths, settings);
  const project = projectFactsOf(projectImports);
  const analysed: (AnalysedFile | undefined)[] = new Array(paths.length);
  const index = new DuplicateIndex();
  let indexed = 0;
  const data: CheckWorkerData = { settings, projectImports };
  const worker = new Worker(workerFile, { workerData: data });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { position: number; file?: AnalysedFile; error?: string }) => {
        try {
          analysed[message.position] = message.file ?? analyseFile(paths[message.position], settings, undefined, undefined, project);
          for (; indexed < paths.length && analysed[indexed]; indexed++) index.set(analysed[indexed]!.uri, analysed[indexed]!.result);
          if (indexed === paths.length) resolve();
        } catch (error) {
          reject(error);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => indexed < paths.length && reject(new Error(`the check's worker thread stopped (exit code ${code})`)));
      paths.forEach((path, position) => worker.postMessage({ position, path }));
    });
  } finally {
    await worker.terminate();
  }
  return joinFiles(analysed as AnalysedFile[], index);
}

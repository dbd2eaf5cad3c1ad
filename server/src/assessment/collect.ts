// Gathers a workspace's evidence for the self-assessment: walks every file once (honouring excludes and
// .gitignore), matches path and text signals, reads dependency manifests, analyses Python files and
// notebooks with the same engine as `check` (rules, duplicate-code), and collects imports and calls that
// catalog signals name. Reads files only: it never runs project code and sends nothing anywhere.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ParseCache } from '../analysis/engine';
import type { Finding } from '../analysis/types';
import { importedModules, qualify, type ImportAliases } from '../analysis/imports';
import { codeLayout } from '../duplication/pythonTokens';
import { codeLayoutOf, functionsOf, outlineOfUnit, type FunctionMetrics } from '../analysis/units';
import { lineAt } from '../parsing/lexer';
import type { Catalog } from '../catalog/catalog';
import type { Settings } from '../config/settings';
import { analyseFile, joinFiles, type AnalysedFile } from '../workspace/check';
import { DuplicateIndex } from '../workspace/duplicateFindings';
import { ANALYSED_EXTENSIONS, findFiles } from '../workspace/files';
import { MIN_FILES_FOR_WORKERS, wantedThreads } from '../workspace/threads';
import { isManifest, readManifest } from './manifests';
import { STORE_DIRECTORY } from './store';
import type { EvidenceCache } from './cache';
import { documentAliases } from './lens';
import { escapeRegExp, SignalTable, type SignalRef } from './signals';

/** A place in the workspace: path relative to the root, 1-based line and cell. */
export interface Place {
  path: string;
  line?: number;
  cell?: number;
  excerpt?: string;
}

export interface SignalMatch {
  ref: SignalRef;
  /** The first places found (at most MAX_PLACES). */
  places: Place[];
  /** All places found. */
  count: number;
}

/** One function or method, measured, for the unit profiles and refactoring candidates. */
export interface UnitRecord extends Place {
  line: number;
  name: string;
  metrics: FunctionMetrics;
  /** Rules that report this unit (after suppression comments). */
  reportedBy: Set<string>;
}

export interface Collected {
  root: string;
  files: { total: number; python: number; notebooks: number; linesOfCode: number };
  /** Python files and notebooks whose evidence came from the cache (see cache.ts). */
  fromCache: number;
  matches: Map<string, SignalMatch>;
  units: UnitRecord[];
  /** Every finding of every rule, with its file's workspace-relative path. */
  findings: { path: string; finding: Finding }[];
  duplicatedLines: number;
  totalLines: number;
  loads: { total: number; checked: number };
  /** The rule limits in force (settings applied), for the unit profiles. */
  limits: { maxLines: number; maxBranchPoints: number; maxParameters: number };
  /** Rules that ran on at least one file: a measure that needs a rule switched off cannot be computed. */
  rulesOn: Set<string>;
  notices: string[];
}

export interface CollectOptions {
  root: string;
  settings: Settings;
  catalog: Catalog;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Evidence of unchanged files from the last run (see cache.ts); this run's is stored in it, then saved. */
  cache?: EvidenceCache;
}

export class AssessmentCancelled extends Error {
  constructor() {
    super('the assessment was cancelled');
  }
}

const MAX_PLACES = 5;
/** First line of a Markdown report written by `assess` (see markdown.ts). */
export const REPORT_HEADING = '# ML practices self-assessment';
/** Text signals read files up to this size; larger ones (data dumps, logs) are not configuration. */
const MAX_TEXT_BYTES = 1_000_000;
/** Files analysed between two yields to the event loop (progress, cancellation). */
const BATCH = 16;
/** Longest stretch of this thread's own work between two yields while worker threads wait for files. */
const YIELD_EVERY_MS = 10;


const toPosix = (path: string) => path.split(sep).join('/');

function integerLimit(settings: Settings, rule: string, option: string, fallback: number): number {
  const value = settings.rules.options[rule]?.[option];
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

export async function collectEvidence(options: CollectOptions): Promise<Collected> {
  const { root, settings } = options;
  const table = new SignalTable(options.catalog);
  const matches = new Map<string, SignalMatch>();
  const notices: string[] = [];
  const record = (ref: SignalRef, place: Place) => {
    let match = matches.get(ref.key);
    if (!match) matches.set(ref.key, (match = { ref, places: [], count: 0 }));
    match.count++;
    if (match.places.length < MAX_PLACES) match.places.push(place);
  };
  const cancelled = () => {
    if (options.isCancelled?.()) throw new AssessmentCancelled();
  };

  // 1. Every file and directory, once.
  const directories: string[] = [];
  const walk = findFiles([root], { root, exclude: settings.exclude, include: () => true, onDirectory: (path) => directories.push(path) });
  const relativePaths = walk.files.map((path) => toPosix(relative(root, path)));
  // 2 starts first: the worker threads analyse Python files and notebooks while this thread matches paths,
  // reads configuration and manifests (the results are merged afterwards, in the same order as before).
  const isCode = (path: string) => ANALYSED_EXTENSIONS.some((extension) => path.endsWith(extension));
  const analysable = walk.files.filter((_, index) => isCode(relativePaths[index]));
  // The duplicate index is filled while files are still being analysed (this thread is mostly waiting
  // then), in file order so that the copies found do not depend on thread timing.
  const duplicates = new DuplicateIndex();
  const onEvidence = (evidence: FileEvidence) => duplicates.set(evidence.file.uri, evidence.file.result);
  const analysing = analyseAll(analysable, { root, settings, table, onProgress: options.onProgress, cancelled, cache: options.cache, onEvidence });
  // Keep the promise observed: a failure is handled where it is awaited, not as an unhandled rejection.
  analysing.catch(() => undefined);
  for (const directory of directories) {
    const path = toPosix(relative(root, directory));
    for (const ref of table.paths) if (ref.matches(path)) record(ref, { path: `${path}/` });
  }
  // This thread also hands the workers their files: it yields every few milliseconds so that a worker
  // which has finished a file gets its next one without waiting for the whole loop.
  let yielded = performance.now();
  for (let index = 0; index < walk.files.length; index++) {
    if (performance.now() - yielded > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      yielded = performance.now();
    }
    const absolute = walk.files[index];
    const path = relativePaths[index];
    for (const ref of table.paths) if (ref.matches(path)) record(ref, { path });
    const fileName = basename(path);
    const manifest = isManifest(fileName) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path);
    // Code is searched cell by cell during analysis (below), so notebook evidence names a cell and line.
    const texts = isCode(path) ? [] : table.texts.filter((ref) => ref.matches(path));
    if (!manifest && texts.length === 0) continue;
    let text: string;
    try {
      if (statSync(absolute).size > MAX_TEXT_BYTES) continue;
      text = readFileSync(absolute, 'utf8');
    } catch {
      continue; // unreadable: no evidence from it
    }
    // The assessment's own exports (a Markdown report committed for a pull request) name every practice:
    // reading them as evidence would make the report confirm itself.
    if (!text.startsWith(REPORT_HEADING) && !path.startsWith(`${STORE_DIRECTORY}/`)) matchTexts(texts, text, { path }, record);
    if (manifest) {
      const { dependencies, problem } = readManifest(fileName, text);
      if (problem) notices.push(`${path}: ${problem}.`);
      for (const dependency of dependencies) {
        for (const ref of table.dependencies.get(dependency.name) ?? []) record(ref, { path, line: dependency.line, excerpt: excerpt(text.split('\n')[dependency.line - 1]) });
      }
    }
  }

  // 2. Python files and notebooks through the engine (in worker threads when there are many), started above.
  const perFile = await analysing;
  const analysed: AnalysedFile[] = [];
  const units: UnitRecord[] = [];
  const loads = { total: 0, checked: 0 };
  const rulesOn = new Set<string>();
  let python = 0;
  let notebooks = 0;
  let linesOfCode = 0;
  const byKey = table.byKey();
  for (const evidence of perFile) {
    analysed.push(evidence.file);
    if (evidence.file.kind === 'notebook') notebooks++;
    else python++;
    for (const [key, place] of evidence.matches) record(byKey.get(key)!, place);
    for (const unit of evidence.units) units.push({ ...unit, reportedBy: new Set(unit.reportedBy) });
    loads.total += evidence.loads.total;
    loads.checked += evidence.loads.checked;
    for (const rule of evidence.rulesOn) rulesOn.add(rule);
    linesOfCode += evidence.linesOfCode;
  }
  cancelled();

  options.cache?.save();

  // 3. Cross-file passes and rule findings.
  const joined = joinFiles(analysed, duplicates);
  const findings = joined.files.flatMap((file) => file.findings.map((finding) => ({ path: toPosix(relative(root, file.path)), finding })));
  for (const { path, finding } of findings) {
    for (const ref of table.rules.get(finding.ruleId) ?? []) {
      const cell = finding.location.cell;
      record(ref, { path, line: finding.location.range.start.line + 1, cell: cell === undefined ? undefined : cell + 1 });
    }
  }
  return {
    root,
    files: { total: walk.files.length, python, notebooks, linesOfCode },
    fromCache: options.cache?.hits ?? 0,
    matches,
    units,
    findings,
    duplicatedLines: joined.duplicatedLines,
    totalLines: joined.totalLines,
    loads,
    limits: {
      maxLines: integerLimit(settings, 'long-function', 'maxLines', 15),
      maxBranchPoints: integerLimit(settings, 'complex-function', 'maxBranchPoints', 4),
      maxParameters: integerLimit(settings, 'many-parameters', 'maxParameters', 4),
    },
    rulesOn,
    notices: [...walk.notices, ...notices],
  };
}

/** Records each text signal whose phrase occurs in `text`, at its first occurrence. */
function matchTexts(texts: readonly (SignalRef & { needle: string })[], text: string, where: Place, record: (ref: SignalRef, place: Place) => void): void {
  // Most files hold none of the phrases: one scan of a case-insensitive pattern of them all says so.
  if (texts.length === 0 || !anyPhrase(texts).test(text)) return;
  const lower = text.toLowerCase();
  for (const ref of texts) {
    const at = lower.indexOf(ref.needle);
    if (at < 0) continue;
    const lineIndex = lower.slice(0, at).split('\n').length - 1;
    record(ref, { ...where, line: lineIndex + 1, excerpt: excerpt(text.split('\n')[lineIndex]) });
  }
}

const phrasePatterns = new WeakMap<readonly { needle: string }[], RegExp>();
const phrasePatternsByNeedles = new Map<string, RegExp>();

/**
 * A pattern that finds any of the phrases, whatever the case (Unicode case folding, so it matches wherever
 * the lower-cased text holds a phrase: the phrases are ASCII). Kept per list and per distinct set of phrases.
 */
function anyPhrase(texts: readonly { needle: string }[]): RegExp {
  let pattern = phrasePatterns.get(texts);
  if (!pattern) {
    const needles = [...new Set(texts.map((ref) => ref.needle))].sort();
    const key = needles.join('\n');
    pattern = phrasePatternsByNeedles.get(key);
    if (!pattern) phrasePatternsByNeedles.set(key, (pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'iu')));
    phrasePatterns.set(texts, pattern);
  }
  return pattern;
}

/** What one Python file or notebook contributes to the assessment. Plain data: a worker thread sends it. */
export interface FileEvidence {
  file: AnalysedFile;
  /** Signal key and place, for every signal the file matches. */
  matches: [string, Place][];
  units: (Omit<UnitRecord, 'reportedBy'> & { reportedBy: string[] })[];
  loads: { total: number; checked: number };
  rulesOn: string[];
  linesOfCode: number;
}

/** Analyses one file with every rule and collects what the signals look for in it (imports, calls, text). */
export function assessFile(absolute: string, root: string, settings: Settings, table: SignalTable): FileEvidence {
  const path = toPosix(relative(root, absolute));
  const matches: [string, Place][] = [];
  const record = (ref: SignalRef, place: Place) => matches.push([ref.key, place]);
  const units: FileEvidence['units'] = [];
  const loads = { total: 0, checked: 0 };
  const rulesOn = new Set<string>();
  let linesOfCode = 0;
  const cache = new ParseCache(Number.MAX_SAFE_INTEGER);
  try {
    const file = analyseFile(absolute, settings, cache, (snapshot, result) => {
      const reported = new Map<string, string[]>();
      for (const finding of result.findings) {
        const key = `${finding.location.cell ?? -1}:${finding.location.range.start.line}:${finding.location.range.start.character}`;
        reported.set(key, [...(reported.get(key) ?? []), finding.ruleId]);
        if (finding.ruleId === 'unchecked-data-load') loads.total++;
      }
      for (const note of result.notes) {
        if (note.ruleId !== 'unchecked-data-load' || note.markdown.includes('returns it unchecked')) continue;
        loads.total++;
        loads.checked++;
      }
      for (const rule of result.severities.keys()) rulesOn.add(rule);
      const texts = table.texts.filter((ref) => ref.matches(path));
      if (snapshot.kind === 'notebook' && texts.length > 0) matchMarkdownCells(absolute, texts, path, record);
      // Imports of every code unit, from their outlines (no tree): a notebook imports in one cell and calls
      // in another, so aliases are the document's.
      const code = snapshot.units.filter((unit) => !unit.isOpaque).map((unit) => cache.get(unit.text));
      const aliases: ImportAliases = code.some(({ text }) => table.mentionsModule(text)) ? documentAliases(code) : new Map();
      for (const unit of snapshot.units) {
        matchTexts(texts, unit.source, { path, cell: unit.cell === undefined ? undefined : unit.cell + 1 }, record);
        if (unit.isOpaque) {
          linesOfCode += codeLayout(unit.text).codeLineCount;
          continue;
        }
        const facts = cache.get(unit.text);
        const layout = codeLayoutOf(unit.text, facts.derive);
        linesOfCode += layout.codeLineCount;
        const cell = unit.cell === undefined ? undefined : unit.cell + 1;
        let lines: string[] | undefined;
        const place = (offset: number): Place => {
          const row = lineAt(layout.lineStarts, offset);
          return { path, line: row + 1, cell, excerpt: excerpt((lines ??= unit.source.split('\n'))[row]) };
        };
        for (const metrics of functionsOf(facts)) {
          const key = `${unit.cell ?? -1}:${metrics.nameRange.start.line}:${metrics.nameRange.start.character}`;
          units.push({ path, line: metrics.nameRange.start.line + 1, cell, name: metrics.qualifiedName, metrics, reportedBy: reported.get(key) ?? [] });
        }
        if (aliases.size === 0) continue; // calls can only reach a library through an import
        // Import statements and calls in text order (the first places of a signal are the first in the file).
        const { imports, calls } = outlineOfUnit(facts);
        for (let statement = 0, call = 0; statement < imports.length || call < calls.length; ) {
          if (call >= calls.length || (statement < imports.length && imports[statement].start < calls[call].calleeStart)) {
            // One statement is one piece of evidence per signal, however many names it imports.
            const { start } = imports[statement];
            for (const ref of new Set(importedModules(imports[statement++]).flatMap((module) => table.importSignals(module)))) record(ref, place(start));
            continue;
          }
          const { callee, calleeStart } = calls[call++];
          if (!callee || !aliases.has(callee.split('.')[0])) continue;
          for (const ref of table.callSignals(qualify(callee, aliases))) record(ref, place(calleeStart));
        }
      }
    });
    return { file, matches, units, loads, rulesOn: [...rulesOn], linesOfCode };
  } finally {
    cache.clear();
  }
}

interface AnalyseAllOptions {
  root: string;
  settings: Settings;
  table: SignalTable;
  onProgress?: (done: number, total: number) => void;
  cancelled: () => void;
  cache?: EvidenceCache;
  /** Called with each file's evidence in the order of the files, as soon as it and all before it are known. */
  onEvidence?: (evidence: FileEvidence) => void;
}

/** The worker bundle beside this bundle (dist/assessWorker.js); absent when running from sources. */
const WORKER_FILE = join(__dirname, 'assessWorker.js');
/** How many of the largest files each thread is given first (see dispatchOrder). */
const LARGEST_FIRST_PER_THREAD = 4;

function workerCount(files: number): number {
  const wanted = wantedThreads();
  if (wanted < 2 || files < MIN_FILES_FOR_WORKERS || !existsSync(WORKER_FILE)) return 0;
  return Math.min(wanted, Math.ceil(files / 16));
}

/**
 * Every file's evidence, in the order of `files` (so the report does not depend on thread timing): from
 * the cache when the file is unchanged, else analysed (in worker threads when there are many).
 */
async function analyseAll(files: readonly string[], options: AnalyseAllOptions): Promise<FileEvidence[]> {
  const results: (FileEvidence | undefined)[] = files.map((file) => options.cache?.get(file));
  const missing: number[] = [];
  results.forEach((evidence, index) => evidence === undefined && missing.push(index));
  const cached = files.length - missing.length;
  const progress = options.onProgress && ((done: number) => options.onProgress!(cached + done, files.length));
  let ready = 0;
  const advance = () => {
    for (; ready < files.length && results[ready] !== undefined; ready++) options.onEvidence?.(results[ready]!);
  };
  const onFresh = (position: number, evidence: FileEvidence) => {
    results[missing[position]] = evidence;
    options.cache?.set(files[missing[position]], evidence);
    advance();
  };
  advance(); // the cached files before the first one to analyse
  await analyseFiles(missing.map((index) => files[index]), { ...options, onProgress: progress }, onFresh);
  return results as FileEvidence[];
}

async function analyseFiles(files: readonly string[], options: AnalyseAllOptions, onResult: (position: number, evidence: FileEvidence) => void): Promise<void> {
  const threads = workerCount(files.length);
  if (threads === 0) {
    for (let index = 0; index < files.length; index++) {
      if (index % BATCH === 0) {
        options.onProgress?.(index, files.length);
        await new Promise((resolve) => setImmediate(resolve));
        options.cancelled();
      }
      onResult(index, assessFile(files[index], options.root, options.settings, options.table));
    }
    options.onProgress?.(files.length, files.length);
    return;
  }
  await analyseInWorkers(files, threads, options, onResult);
}

/**
 * The order in which files go to the threads: the largest few first (one of them last would leave the other
 * threads idle at the end), then the rest in file order (so that results can be used in order early).
 */
function dispatchOrder(files: readonly string[], threads: number): number[] {
  const sizes = files.map((file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0; // the analysis reports it
    }
  });
  const first = new Set(
    sizes
      .map((size, index) => ({ size, index }))
      .sort((a, b) => b.size - a.size || a.index - b.index)
      .slice(0, threads * LARGEST_FIRST_PER_THREAD)
      .map(({ index }) => index),
  );
  return [...first, ...files.map((_, index) => index).filter((index) => !first.has(index))];
}

/**
 * Hands files to worker threads one at a time (the next one as soon as a thread is free). A file a worker
 * fails on is analysed here instead, so one bad file costs time, never evidence; cancelling terminates the
 * threads at once.
 */
function analyseInWorkers(files: readonly string[], threads: number, options: AnalyseAllOptions, onResult: (position: number, evidence: FileEvidence) => void): Promise<void> {
  const order = dispatchOrder(files, threads);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const complete = (index: number, evidence: FileEvidence) => {
      onResult(index, evidence);
      done++;
      if (done % BATCH === 0 || done === files.length) options.onProgress?.(done, files.length);
      try {
        options.cancelled();
      } catch (error) {
        finish(error);
        return;
      }
      if (done === files.length) finish();
    };
    const feed = (worker: Worker) => {
      if (next < order.length) {
        const index = order[next++];
        worker.postMessage({ index, path: files[index] });
      }
    };
    for (let thread = 0; thread < threads; thread++) {
      const worker = new Worker(WORKER_FILE, { workerData: { root: options.root, settings: options.settings } });
      workers.push(worker);
      worker.on('message', (message: { index: number; evidence?: FileEvidence; error?: string }) => {
        if (finished) return;
        feed(worker); // first: the worker goes on while this thread takes in the result
        if (message.evidence) complete(message.index, message.evidence);
        else {
          try {
            complete(message.index, assessFile(files[message.index], options.root, options.settings, options.table));
          } catch (error) {
            finish(error);
          }
        }
      });
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
    options.onProgress?.(0, files.length);
  });
}

/** Markdown cells are not code units, but their prose is evidence too ("we checked for disparate impact"). */
function matchMarkdownCells(absolute: string, texts: readonly (SignalRef & { needle: string })[], path: string, record: (ref: SignalRef, place: Place) => void): void {
  let cells: unknown;
  try {
    cells = (JSON.parse(readFileSync(absolute, 'utf8')) as { cells?: unknown }).cells;
  } catch {
    return; // a malformed notebook is reported by the analysis itself
  }
  if (!Array.isArray(cells)) return;
  cells.forEach((cell: { cell_type?: unknown; source?: unknown }, index) => {
    if (cell?.cell_type !== 'markdown') return;
    const source = Array.isArray(cell.source) ? cell.source.join('') : typeof cell.source === 'string' ? cell.source : '';
    matchTexts(texts, source, { path, cell: index + 1 }, record);
  });
}

function excerpt(line: string | undefined): string | undefined {
  const trimmed = line?.trim();
  if (!trimmed) return undefined;
  return trimmed.length > 120 ? `${trimmed.slice(0, 119)}…` : trimmed;
}


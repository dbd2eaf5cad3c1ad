// Checks a set of files as one project: each file through the engine, then the cross-document passes
// (duplicate-code). Shared by the CLI and the tests, so both see exactly what users see.
import { pathToFileURL } from 'node:url';
import { analyze, type AnalysisResult, type ParseCache } from '../analysis/engine';
import type { Finding, InputProblem } from '../analysis/types';
import type { Settings } from '../config/settings';
import { duplicateFindings } from './duplicateFindings';
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

/** `inspect` sees the snapshot right after analysis, while `cache` still holds its trees. */
export function analyseFile(path: string, settings: Settings, cache?: ParseCache, inspect?: (snapshot: Snapshot, result: AnalysisResult) => void): AnalysedFile {
  const snapshot = readSnapshot(path, { maxFileSize: settings.maxFileSize });
  const result = analyze(snapshot, settings, cache);
  inspect?.(snapshot, result);
  const lines = snapshot.units.reduce((sum, unit) => sum + unit.source.split('\n').length, 0);
  return { path, uri: pathToFileURL(path).href, kind: snapshot.kind, result, lines };
}

/** The cross-document passes over analysed files: duplicate-code findings and the duplicated-lines share. */
export function joinFiles(analysed: readonly AnalysedFile[]): CheckResult {
  const duplicates = duplicateFindings(analysed);
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

export function checkFiles(paths: readonly string[], settings: Settings): CheckResult {
  return joinFiles(paths.map((path) => analyseFile(path, settings)));
}

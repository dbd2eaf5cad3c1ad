// What one CLI run produced, independent of output format: per file, its findings and input problems.
import type { Finding, InputProblem, Severity } from '../analysis/types';
import { RULES_BY_ID } from '../checks';

export interface FileReport {
  /** Absolute path of the file. */
  path: string;
  /** Path relative to the run's root, with forward slashes: what reports print. */
  displayPath: string;
  kind: 'python' | 'notebook';
  findings: Finding[];
  problems: InputProblem[];
}

export interface RunReport {
  root: string;
  files: FileReport[];
  /** Messages about the run itself (missing paths, configuration). */
  notices: string[];
  /** Lines in duplicated blocks and lines analysed, for the share of duplicated code. */
  duplication?: { duplicatedLines: number; totalLines: number };
}

export function duplicationShare(report: RunReport): string | undefined {
  if (!report.duplication || report.duplication.totalLines === 0) return undefined;
  const { duplicatedLines, totalLines } = report.duplication;
  return `${duplicatedLines} of ${totalLines} lines duplicated (${((100 * duplicatedLines) / totalLines).toFixed(1)}%)`;
}

/** Notebook findings that say whether "Restart & Run All" reproduces the notebook (the notebook-only rules). */
export function readinessProblems(file: FileReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of file.findings) {
    if (!RULES_BY_ID.get(finding.ruleId)?.meta.notebookOnly) continue;
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  }
  return counts;
}

export function readinessLine(file: FileReport): string {
  const counts = readinessProblems(file);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return `${file.displayPath}: Restart & Run All: ready`;
  const parts = [...counts].map(([ruleId, count]) => `${count} ${ruleId.replace(/^notebook-/, '').replace(/-/g, ' ')}`);
  return `${file.displayPath}: Restart & Run All: ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`;
}

export function countBySeverity(report: RunReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of report.files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}

import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';

/** Display path (relative to the run's root, forward slashes) of any file URI a finding mentions. */
export function displayPathOf(root: string, uri: string): string {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  return relative(root, path).split(sep).join('/');
}

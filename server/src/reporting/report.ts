// What one CLI run produced, independent of output format: per file, its findings and input problems.
import type { Finding, InputProblem, Severity } from '../analysis/types';

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

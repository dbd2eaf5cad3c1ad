// Human-readable CLI output, one line per finding (path:line:col, or path:cell N:line:col in notebooks),
// then one "Restart & Run All" readiness line per notebook, then a summary line.
import { countBySeverity, duplicationShare, readinessLine, type RunReport } from './report';
import type { CodeLocation } from '../analysis/types';

function where(displayPath: string, location: CodeLocation): string {
  const cell = location.cell === undefined ? '' : `cell ${location.cell + 1}:`;
  return `${displayPath}:${cell}${location.range.start.line + 1}:${location.range.start.character + 1}`;
}

export function formatText(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const problem of file.problems) lines.push(`${where(file.displayPath, problem.location)}: ${problem.severity} ${problem.message}`);
    for (const finding of file.findings) lines.push(`${where(file.displayPath, finding.location)}: ${finding.severity} [${finding.ruleId}] ${finding.message}`);
  }
  const notebookFiles = report.files.filter((file) => file.kind === 'notebook' && file.problems.length === 0);
  if (notebookFiles.length > 0) lines.push('', ...notebookFiles.map(readinessLine), '');
  const counts = countBySeverity(report);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const notebooks = report.files.filter((file) => file.kind === 'notebook').length;
  const problems = report.files.reduce((sum, file) => sum + file.problems.length, 0);
  lines.push(
    `${total} finding${total === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info, ${counts.hint} hint) in ${report.files.length} file${report.files.length === 1 ? '' : 's'} (${report.files.length - notebooks} Python, ${notebooks} notebook${notebooks === 1 ? '' : 's'})` +
      (problems > 0 ? `; ${problems} file${problems === 1 ? '' : 's'} could not be analysed` : '') +
      (duplicationShare(report) ? `; ${duplicationShare(report)}` : '') +
      '.',
  );
  return lines.join('\n');
}

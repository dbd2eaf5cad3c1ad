// Machine-readable CLI output. Lines and columns are 1-based (as printed by the text format); `cell` is
// the 0-based index among all cells of a notebook.
import { pathToFileURL } from 'node:url';
import { RULES_BY_ID } from '../checks';
import type { CodeLocation } from '../analysis/types';
import { countBySeverity, readinessProblems, type RunReport } from './report';

const position = (location: CodeLocation) => ({
  ...(location.cell === undefined ? {} : { cell: location.cell }),
  line: location.range.start.line + 1,
  column: location.range.start.character + 1,
  endLine: location.range.end.line + 1,
  endColumn: location.range.end.character + 1,
});

export function formatJson(report: RunReport, version: string): string {
  // A related location (the other copy of a duplicate …) names its file as the findings do.
  const displayPaths = new Map(report.files.map((file) => [pathToFileURL(file.path).href, file.displayPath]));
  return JSON.stringify(
    {
      tool: { name: 'ml-practices', version },
      findings: report.files.flatMap((file) =>
        file.findings.map((finding) => ({
          file: file.displayPath,
          ruleId: finding.ruleId,
          practice: RULES_BY_ID.get(finding.ruleId)?.meta.practice,
          severity: finding.severity,
          message: finding.message,
          ...position(finding.location),
          related: finding.related?.map((related) => ({ file: displayPaths.get(related.location.uri) ?? related.location.uri, message: related.message, ...position(related.location) })),
        })),
      ),
      problems: report.files.flatMap((file) => file.problems.map((problem) => ({ file: file.displayPath, severity: problem.severity, message: problem.message, ...position(problem.location) }))),
      notebooks: report.files
        .filter((file) => file.kind === 'notebook' && file.problems.length === 0)
        .map((file) => {
          const counts = readinessProblems(file);
          return { file: file.displayPath, restartAndRunAllProblems: [...counts.values()].reduce((sum, count) => sum + count, 0), byRule: Object.fromEntries(counts) };
        }),
      notices: report.notices,
      summary: { files: report.files.length, ...countBySeverity(report), ...(report.duplication ?? {}) },
    },
    null,
    2,
  );
}

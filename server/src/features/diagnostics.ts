// Engine findings → LSP diagnostics. The diagnostic code is the rule id and links to its practice page;
// related locations (the other copy, the defining cell) become relatedInformation.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { RULES_BY_ID } from '../checks';
import { getPractice } from '../catalog/catalog';
import type { CodeLocation, Finding, InputProblem, Severity } from '../analysis/types';

export const SOURCE = 'ml-practices';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Maps a location to the URI the editor knows it by (a notebook cell's own URI for cells). */
export type UriResolver = (location: CodeLocation) => string | undefined;

export function toDiagnostic(finding: Finding, resolveUri: UriResolver): Diagnostic {
  const rule = RULES_BY_ID.get(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = [];
  for (const item of finding.related ?? []) {
    const uri = resolveUri(item.location);
    if (uri) related.push({ location: { uri, range: item.location.range }, message: item.message });
  }
  return {
    range: finding.location.range,
    severity: LSP_SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: rule ? { href: getPractice(rule.meta.practice).url } : undefined,
    source: SOURCE,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(finding.data || finding.fix ? { data: { ...finding.data, ...(finding.fix ? { fix: finding.fix } : {}) } } : {}),
  };
}

export function problemToDiagnostic(problem: InputProblem): Diagnostic {
  return { range: problem.location.range, severity: LSP_SEVERITY[problem.severity], source: SOURCE, message: problem.message };
}

// The cross-document part of duplicate-code: token streams contributed by each analysed document go through
// the clone detector together, and every copy of a duplicated block becomes a finding in its own document,
// related to every other copy. The CLI runs it over all files it checks; the server over open documents.
import { basename } from 'node:path';
import type { AnalysisResult } from '../analysis/engine';
import { isSuppressed } from '../analysis/suppressions';
import type { Finding } from '../analysis/types';
import { CLONE_STREAMS } from '../checks/duplication/duplicate-code';
import { CloneWorkspace, type CloneCopy, type TokenStream } from './duplicates';

export interface AnalysedDocument {
  uri: string;
  result: AnalysisResult;
}

interface Contribution {
  streams: Omit<TokenStream, 'documentId' | 'key'>[];
  minLines: number;
  minTokens: number;
}

const RULE = 'duplicate-code';
/** Other copies named in a message, and given as related locations, at most. */
const MAX_LISTED = 5;
const MAX_RELATED = 20;

function fileName(uri: string): string {
  return decodeURIComponent(basename(uri));
}

/** One index for the life of the process: the language server calls this after every analysis. */
const workspace = new CloneWorkspace();

const kindOf = (exact: boolean) => (exact ? 'exact copies' : 'copies with renamed names or changed values');

/**
 * Duplicate-code findings by document URI (documents with the rule off get none). With `reportFor`, only
 * those documents get findings (the others are matched against): the server asks for its open documents.
 */
export function duplicateFindings(documents: readonly AnalysedDocument[], reportFor?: ReadonlySet<string>): Map<string, Finding[]> {
  const streams: (TokenStream & { unitIndex: number })[] = [];
  let minLines = Infinity;
  let minTokens = Infinity;
  documents.forEach((document, documentId) => {
    const contribution = document.result.contributions.get(CLONE_STREAMS) as Contribution | undefined;
    if (!contribution) return;
    minLines = Math.min(minLines, contribution.minLines);
    minTokens = Math.min(minTokens, contribution.minTokens);
    const report = (reportFor?.has(document.uri) ?? true) && document.result.severities.has(RULE);
    contribution.streams.forEach((stream, unitIndex) => streams.push({ ...stream, documentId, unitIndex, key: `${document.uri}#${unitIndex}`, report }));
  });
  const byUri = new Map<string, Finding[]>();
  if (streams.length === 0) return byUri;
  const reports = workspace.findClones(streams, { minLines, minTokens });
  const unitIndexOf = new Map(streams.map((stream) => [`${stream.documentId}:${stream.cell ?? -1}`, stream.unitIndex]));

  for (const { copy, others, tokens } of reports) {
    const describe = (other: CloneCopy, from: CloneCopy) => {
      const lines = `lines ${other.range.start.line + 1}–${other.range.end.line + 1}`;
      const sameDocument = other.documentId === from.documentId;
      const where = sameDocument ? (other.cell === undefined ? 'this file' : other.cell === from.cell ? 'this cell' : `cell ${other.cell + 1}`) : other.cell === undefined ? fileName(documents[other.documentId].uri) : `cell ${other.cell + 1} of ${fileName(documents[other.documentId].uri)}`;
      return `${where}, ${lines}`;
    };
    const document = documents[copy.documentId];
    const severity = document.result.severities.get(RULE);
    if (!severity) continue;
    const totalLines = others.reduce((sum, other) => sum + other.lines, copy.lines);
    const kind = kindOf(others.every((other) => other.exact));
    const unitIndex = unitIndexOf.get(`${copy.documentId}:${copy.cell ?? -1}`) ?? 0;
    const directives = document.result.directives;
    const fileDirectives = directives.flat().filter((directive) => directive.scope === 'file');
    // A directive on any line of a copy suppresses that copy (block suppression), as does a file directive.
    const unitDirectives = directives[unitIndex] ?? [];
    let suppressed = false;
    for (let line = copy.range.start.line; line <= copy.range.end.line && !suppressed; line++) suppressed = isSuppressed(unitDirectives, RULE, line, fileDirectives);
    if (suppressed) continue;
    // A block copied dozens of times would make every copy list every other one: keep lists short.
    const listed = others.slice(0, MAX_LISTED).map((other) => describe(other, copy));
    const more = others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more` : '';
    const finding: Finding = {
      ruleId: RULE,
      severity,
      message: `This block (${copy.lines} lines) also stands in ${others.length === 1 ? 'another place' : `${others.length} other places`}: ${listed.join('; ')}${more}. Write it once, as a function every copy calls.`,
      location: { uri: document.uri, cell: copy.cell, range: copy.range },
      related: others.slice(0, MAX_RELATED).map((other) => ({ location: { uri: documents[other.documentId].uri, cell: other.cell, range: other.range }, message: `the same block (${kindOf(other.exact)})` })),
      details: `**Duplicated block**: ${others.length + 1} copies (${kind}), ${totalLines} duplicated lines in all, ${tokens} tokens each.\n\n${['- **here**', ...others.slice(0, MAX_RELATED).map((other) => `- ${describe(other, copy)}`)].join('\n')}${others.length > MAX_RELATED ? `\n- … ${others.length - MAX_RELATED} more` : ''}`,
    };
    const list = byUri.get(document.uri) ?? [];
    list.push(finding);
    byUri.set(document.uri, list);
  }
  return byUri;
}

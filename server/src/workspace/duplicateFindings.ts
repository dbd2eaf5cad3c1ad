// The cross-document part of duplicate-code: token streams contributed by each analysed document go through
// the clone detector together, and every copy of a duplicated block becomes a finding in its own document,
// related to every other copy. The CLI runs it over all files it checks; the server over open documents.
import { basename } from 'node:path';
import type { AnalysisResult } from '../analysis/engine';
import { isSuppressed } from '../analysis/suppressions';
import type { Finding } from '../analysis/types';
import { CLONE_STREAMS } from '../checks/duplication/duplicate-code';
import { findClones, type CloneCopy, type TokenStream } from './duplicates';

export interface AnalysedDocument {
  uri: string;
  result: AnalysisResult;
}

interface Contribution {
  streams: Omit<TokenStream, 'documentId'>[];
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

/** Duplicate-code findings by document URI (documents with the rule off get none). */
export function duplicateFindings(documents: readonly AnalysedDocument[]): Map<string, Finding[]> {
  const streams: (TokenStream & { unitIndex: number })[] = [];
  let minLines = Infinity;
  let minTokens = Infinity;
  documents.forEach((document, documentId) => {
    const contribution = document.result.contributions.get(CLONE_STREAMS) as Contribution | undefined;
    if (!contribution) return;
    minLines = Math.min(minLines, contribution.minLines);
    minTokens = Math.min(minTokens, contribution.minTokens);
    contribution.streams.forEach((stream, unitIndex) => streams.push({ ...stream, documentId, unitIndex }));
  });
  const byUri = new Map<string, Finding[]>();
  if (streams.length === 0) return byUri;
  const groups = findClones(streams, { minLines, minTokens });
  const unitIndexOf = new Map(streams.map((stream) => [`${stream.documentId}:${stream.cell ?? -1}`, stream.unitIndex]));

  for (const group of groups) {
    const describe = (copy: CloneCopy, from: CloneCopy) => {
      const lines = `lines ${copy.range.start.line + 1}–${copy.range.end.line + 1}`;
      const sameDocument = copy.documentId === from.documentId;
      const where = sameDocument ? (copy.cell === undefined ? 'this file' : copy.cell === from.cell ? 'this cell' : `cell ${copy.cell + 1}`) : copy.cell === undefined ? fileName(documents[copy.documentId].uri) : `cell ${copy.cell + 1} of ${fileName(documents[copy.documentId].uri)}`;
      return `${where}, ${lines}`;
    };
    const totalLines = group.copies.reduce((sum, copy) => sum + copy.lines, 0);
    const kind = group.exact ? 'exact copies' : 'copies with renamed names or changed values';
    for (const copy of group.copies) {
      const document = documents[copy.documentId];
      const severity = document.result.severities.get(RULE);
      if (!severity) continue;
      const unitIndex = unitIndexOf.get(`${copy.documentId}:${copy.cell ?? -1}`) ?? 0;
      const directives = document.result.directives;
      const fileDirectives = directives.flat().filter((directive) => directive.scope === 'file');
      // A directive on any line of a copy suppresses that copy (block suppression), as does a file directive.
      const unitDirectives = directives[unitIndex] ?? [];
      let suppressed = false;
      for (let line = copy.range.start.line; line <= copy.range.end.line && !suppressed; line++) suppressed = isSuppressed(unitDirectives, RULE, line, fileDirectives);
      if (suppressed) continue;
      const others = group.copies.filter((other) => other !== copy);
      // A block copied dozens of times would make every copy list every other one: keep lists short.
      const listed = others.slice(0, MAX_LISTED).map((other) => describe(other, copy));
      const more = others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more` : '';
      const finding: Finding = {
        ruleId: RULE,
        severity,
        message: `This block (${copy.lines} lines) also stands in ${others.length === 1 ? 'another place' : `${others.length} other places`}: ${listed.join('; ')}${more}. Write it once, as a function every copy calls.`,
        location: { uri: document.uri, cell: copy.cell, range: copy.range },
        related: others.slice(0, MAX_RELATED).map((other) => ({ location: { uri: documents[other.documentId].uri, cell: other.cell, range: other.range }, message: `the same block (${kind})` })),
        details: `**Duplicated block**: ${group.copies.length} copies (${kind}), ${totalLines} duplicated lines in all, ${group.tokens} tokens each.\n\n${['- **here**', ...others.slice(0, MAX_RELATED).map((other) => `- ${describe(other, copy)}`)].join('\n')}${others.length > MAX_RELATED ? `\n- … ${others.length - MAX_RELATED} more` : ''}`,
      };
      const list = byUri.get(document.uri) ?? [];
      list.push(finding);
      byUri.set(document.uri, list);
    }
  }
  return byUri;
}

// Hover: the practice card for a finding under the cursor, or for a rule id written in a suppression
// comment. The card's "Open practice" link runs the client's ml-practices.showPractice command.
import type { Hover, Position } from 'vscode-languageserver';
import { RULES_BY_ID } from '../checks';
import { getPractice, type Practice } from '../catalog/catalog';
import { renderPracticeCard } from '../catalog/card';
import type { Directive } from '../analysis/suppressions';
import type { Finding, Note, Range } from '../analysis/types';
import type { LensHit } from '../assessment/lens';

export const SHOW_PRACTICE_COMMAND = 'ml-practices.showPractice';

export function commandLink(command: string, args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

const contains = (range: Range, position: Position) =>
  (position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character)) &&
  (position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character));

/** A practice card whose links open practices in the editor's practice view. */
function linkedCard(practice: Practice): string {
  return renderPracticeCard(practice, {
    openPracticeLink: commandLink(SHOW_PRACTICE_COMMAND, [practice.id]),
    relatedLink: (relatedId) => commandLink(SHOW_PRACTICE_COMMAND, [relatedId]),
  });
}

export function practiceCardForRule(ruleId: string): string | undefined {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return undefined;
  const practice = getPractice(rule.meta.practice);
  const note = practice.ruleNotes?.[ruleId];
  const card = linkedCard(practice);
  return note ? `*Why \`${ruleId}\` matters for this practice:* ${note}\n\n${card}` : card;
}

/** Findings and directives are those of the code unit (file or cell) the position is in. */
export function hoverAt(findings: readonly Finding[], directives: readonly Directive[], position: Position, notes: readonly Note[] = []): Hover | null {
  for (const directive of directives) {
    for (const mention of directive.ruleIds) {
      if (!contains(mention.range, position)) continue;
      const card = practiceCardForRule(mention.id);
      const rule = RULES_BY_ID.get(mention.id);
      const text = card
        ? `**${mention.id}** — ${rule!.meta.description}\n\n${card}`
        : `**${mention.id}** is not an ml-practices rule, so this suppression has no effect.`;
      return { contents: { kind: 'markdown', value: text }, range: mention.range };
    }
  }
  const hits = findings.filter((finding) => contains(finding.location.range, position));
  if (hits.length === 0) {
    const note = notes.find((candidate) => contains(candidate.location.range, position));
    if (!note) return null;
    const card = note.ruleId ? practiceCardForRule(note.ruleId) : undefined;
    return { contents: { kind: 'markdown', value: card ? `${note.markdown}\n\n---\n\n${card}` : note.markdown }, range: note.location.range };
  }
  const details = [...new Set(hits.map((finding) => finding.details).filter(Boolean))];
  const cards = [...new Set(hits.map((finding) => finding.ruleId))].map((ruleId) => practiceCardForRule(ruleId)).filter(Boolean);
  return { contents: { kind: 'markdown', value: [...details, ...cards].join('\n\n---\n\n') }, range: hits[0].location.range };
}

/** The practice lens: a call or import that is evidence of practices, with their cards. */
export function lensHover(hit: LensHit): Hover {
  const practices = [...new Map(hit.signals.map((signal) => [signal.practice.id, signal])).values()];
  const parts = practices.map(({ practice, signal }) => `**Practice lens** — \`${hit.name}\` is evidence of *${practice.title}*: ${signal.says}. The workspace self-assessment (ML Practices: Assess Workspace) counts it.\n\n${linkedCard(practice)}`);
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: hit.range };
}

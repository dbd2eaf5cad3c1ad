// The self-assessment as Markdown: for a pull request, a wiki page or the terminal (`ml-practices assess`).
// Also the "Copy as issue" text of one refactoring candidate.
import { REPORT_HEADING } from './collect';
import type { AssessmentReport, CodeLocation, DuplicateCandidate, Evidence, PracticeAssessment, Status, UnitCandidate } from './types';

const STATUS_TEXT: Record<Status, string> = { adopted: 'adopted', partly: 'partly', 'not-adopted': 'not adopted', unknown: 'unknown' };
const STATUS_MARK: Record<Status, string> = { adopted: '✅', partly: '◐', 'not-adopted': '❌', unknown: '❔' };
/** Evidence lines listed per practice, at most. */
const MAX_EVIDENCE = 3;

const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pct = (value: number | null) => (value === null ? '–' : `${value}%`);

export function placeText(location: { path?: string; line?: number; cell?: number }): string {
  if (!location.path) return '';
  const inCell = location.cell ? `, cell ${location.cell}` : '';
  return location.line ? `${location.path}${inCell}:${location.line}` : `${location.path}${inCell}`;
}

function evidenceLine(item: Evidence): string {
  const where = placeText(item);
  const more = item.count && item.count > 1 ? ` (${item.count} places)` : '';
  const against = item.supports === 'against' ? 'against: ' : '';
  return `${against}${item.says}${where ? ` — \`${where}\`` : ''}${more}`;
}

function practiceBlock(practice: PracticeAssessment): string[] {
  const lines = [`- ${STATUS_MARK[practice.status]} **${practice.title}** — ${STATUS_TEXT[practice.status]}. ${practice.reason}`];
  const listed = practice.evidence.filter((item) => item.supports !== 'measure').slice(0, MAX_EVIDENCE);
  for (const item of listed) lines.push(`  - ${evidenceLine(item)}`);
  const rest = practice.evidence.filter((item) => item.supports !== 'measure').length - listed.length;
  if (rest > 0) lines.push(`  - … and ${rest} more`);
  if (practice.status === 'unknown' && practice.question && !practice.answer) lines.push(`  - Question: ${practice.question}`);
  return lines;
}

function unitLine(unit: UnitCandidate): string {
  const what = unit.metric === 'lines' ? `${unit.value} lines of code` : unit.metric === 'complexity' ? `complexity ${unit.value}` : `${unit.value} parameters`;
  return `- \`${unit.name}\` — ${what} — \`${placeText(unit)}\``;
}

const blockText = (block: CodeLocation) => `${placeText({ path: block.path, cell: block.cell })}:${block.line}${block.endLine && block.endLine !== block.line ? `–${block.endLine}` : ''}`;

export function formatAssessmentMarkdown(report: AssessmentReport): string {
  const out: string[] = [];
  const name = report.root.split(/[\\/]/).filter(Boolean).pop() ?? report.root;
  const count = (status: Status) => report.practices.filter((practice) => practice.status === status).length;
  out.push(`${REPORT_HEADING}: ${name}`, '');
  out.push(
    `Generated ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC by ml-practices ${report.tool.version} from ${report.files.total} files (${report.files.python} Python files, ${report.files.notebooks} notebooks, ${report.files.linesOfCode.toLocaleString('en-US')} lines of code).`,
    '',
  );
  out.push(`**Overall: ${pct(report.score)}** — ${count('adopted')} adopted, ${count('partly')} partly, ${count('not-adopted')} not adopted, ${count('unknown')} unknown (score: adopted counts 1, partly ½, over decided practices).`, '');
  if (report.trend) {
    const changes = report.trend.changes.map((change) => `${change.title}: ${STATUS_TEXT[change.from]} → ${STATUS_TEXT[change.to]}`);
    out.push(`**Since ${report.trend.previousAt.slice(0, 10)}:** score ${pct(report.trend.previousScore)} → ${pct(report.score)}; ${changes.length === 0 ? 'no practice changed status.' : `${changes.length} changed: ${changes.join('; ')}.`}`, '');
  }
  out.push('## By category', '', '| Category | Adopted | Partly | Not adopted | Unknown | Score | Surveyed teams ≈ |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const category of report.categories) {
    out.push(`| ${category.category} | ${category.adopted} | ${category.partly} | ${category.notAdopted} | ${category.unknown} | ${pct(category.score)} | ${category.surveyAdoption === null ? '–' : `≈${Math.round(category.surveyAdoption)}%`} |`);
  }
  out.push('', '_Surveyed teams: share of the SE-ML survey’s teams adopting the category’s practices completely or mostly, averaged over the category; read off a published chart, approximate (about ±1 point)._', '');
  const steps = report.nextSteps.any ?? [];
  if (steps.length > 0) {
    out.push('## Next steps', '');
    steps.forEach((step, index) => out.push(`${index + 1}. **${step.title}** — ${step.reason}`));
    out.push('');
  }
  out.push('## Effects', '', '| Effect | Score | Practices |', '|---|---:|---|');
  for (const group of report.effects) out.push(`| ${group.name} | ${pct(group.score)} | ${cell(group.practices.map((practice) => `${STATUS_MARK[practice.status]} ${practice.title}`).join('; '))} |`);
  out.push('', '## EU requirements for trustworthy AI', '', '| Requirement | Score | Practices |', '|---|---:|---|');
  for (const group of report.trustworthiness) out.push(`| ${group.name} | ${pct(group.score)} | ${group.practices.length === 0 ? 'no practice in the catalog maps to it' : cell(group.practices.map((practice) => `${STATUS_MARK[practice.status]} ${practice.title}`).join('; '))} |`);
  out.push('');
  for (const category of report.categories) {
    out.push(`## ${category.category}`, '');
    for (const practice of report.practices.filter((item) => item.category === category.category)) out.push(...practiceBlock(practice));
    out.push('');
  }
  const { refactoring } = report;
  out.push('## Refactoring candidates', '');
  if (refactoring.duplicates.length > 0) {
    out.push('**Files sharing duplicated blocks**', '');
    for (const set of refactoring.duplicates) out.push(`- ${set.lines} duplicated lines in ${set.files.map((file) => `\`${file}\``).join(', ')}`);
    out.push('');
  }
  const units: [string, UnitCandidate[]][] = [
    ['Longest units', refactoring.longestUnits],
    ['Most complex units', refactoring.mostComplexUnits],
    ['Largest interfaces', refactoring.largestInterfaces],
    ['Snoozed (suppressed in the code)', refactoring.snoozed.filter((item): item is UnitCandidate => 'name' in item)],
  ];
  for (const [title, list] of units) {
    if (list.length === 0) continue;
    out.push(`**${title}**`, '', ...list.map(unitLine), '');
  }
  if (refactoring.duplicates.length + refactoring.longestUnits.length + refactoring.mostComplexUnits.length + refactoring.largestInterfaces.length === 0) out.push('None: no duplicated blocks and no unit over the limits.', '');
  if (report.unanswered.length > 0) {
    out.push('## Questions to answer', '', `Code cannot show these; answer them in the editor (ML Practices: Assess Workspace) or in \`.ml-practices/assessment.json\`:`, '');
    for (const question of report.unanswered) out.push(`- **${question.title}** (\`${question.id}\`): ${question.question}`);
    out.push('');
  }
  if (report.notices.length > 0) out.push('## Notices', '', ...report.notices.map((notice) => `- ${notice}`), '');
  return out.join('\n');
}

/** "Copy as issue": a ready-to-file Markdown issue for one refactoring candidate. */
export function candidateIssueText(candidate: UnitCandidate | DuplicateCandidate): string {
  if ('files' in candidate) {
    return [
      `### Remove ${candidate.lines} duplicated lines shared by ${candidate.files.length === 1 ? candidate.files[0] : `${candidate.files.length} files`}`,
      '',
      'These blocks are copies of each other (found by ml-practices, rule `duplicate-code`). Write the logic once, as a function every place calls, so that a fix lands everywhere at once.',
      '',
      ...candidate.blocks.map((block) => `- [ ] \`${blockText(block)}\``),
      '',
      'Practice: Write Code Once.',
    ].join('\n');
  }
  const what = candidate.metric === 'lines' ? `${candidate.value} lines of code` : candidate.metric === 'complexity' ? `a complexity of ${candidate.value}` : `${candidate.value} parameters`;
  const advice =
    candidate.metric === 'lines'
      ? 'Split it into functions that each do one step (load, transform, train, evaluate), named after what they do.'
      : candidate.metric === 'complexity'
        ? 'Move each branch’s work into a function of its own, or replace the branching with a lookup table, so each part can be tested alone.'
        : 'Group the parameters that travel together into a dataclass or config object.';
  const practice = candidate.metric === 'lines' ? 'Write Short Units of Code' : candidate.metric === 'complexity' ? 'Write Simple Units of Code' : 'Keep Unit Interfaces Small';
  return [`### Refactor \`${candidate.name}\` (${what})`, '', `\`${placeText(candidate)}\` has ${what} (rule \`${candidate.rule}\`). ${advice}`, '', `Practice: ${practice}.`].join('\n');
}

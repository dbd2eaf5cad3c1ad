// From evidence to the report: each practice's status (measure, signals, the team's answer, in that
// order), the per-category, per-effect and per-EU-requirement summaries beside the survey, next steps,
// refactoring candidates and the trend since the last recorded run. Pure: no file system, no LSP.
import type { Catalog, MeasureSpec, Practice } from '../catalog/catalog';
import type { Collected, Place, SignalMatch, UnitRecord } from './collect';
import type {
  AnswersFile,
  AssessmentReport,
  CategorySummary,
  DuplicateCandidate,
  Evidence,
  GroupCoverage,
  HistoryFile,
  Measure,
  NextStep,
  PracticeAssessment,
  RefactoringCandidates,
  Status,
  Trend,
  UnitCandidate,
} from './types';

export interface DecideOptions {
  catalog: Catalog;
  answers: AnswersFile;
  history: HistoryFile;
  version: string;
  now: Date;
  notices?: string[];
}

const ANSWER_STATUS = { yes: 'adopted', partly: 'partly', no: 'not-adopted', unknown: 'unknown' } as const satisfies Record<string, Status>;
export const STATUS_LABEL: Record<Status, string> = { adopted: 'adopted', partly: 'partly adopted', 'not-adopted': 'not adopted', unknown: 'unknown' };

/** Candidates of each kind in the report, at most. */
const TOP = 5;

const round1 = (value: number) => Math.round(value * 10) / 10;
const percent = (part: number, whole: number) => (whole === 0 ? undefined : round1((100 * part) / whole));

/** The figure a measure needs, from the evidence; undefined when it cannot be computed. */
export function computeMetric(metric: string, collected: Collected): number | undefined {
  const { units, limits, rulesOn } = collected;
  const codeIn = (selected: UnitRecord[]) => selected.reduce((sum, unit) => sum + unit.metrics.linesOfCode, 0);
  switch (metric) {
    case 'duplicatedLinesPercent':
      return rulesOn.has('duplicate-code') ? percent(collected.duplicatedLines, collected.totalLines) : undefined;
    case 'longUnitCodePercent':
      return percent(codeIn(units.filter((unit) => unit.metrics.linesOfCode > limits.maxLines)), codeIn(units));
    case 'complexUnitCodePercent':
      return percent(codeIn(units.filter((unit) => unit.metrics.branchPoints > limits.maxBranchPoints)), codeIn(units));
    case 'wideInterfaceUnitPercent':
      return percent(units.filter((unit) => unit.metrics.parameterCount > limits.maxParameters).length, units.length);
    case 'checkedLoadsPercent':
      return rulesOn.has('unchecked-data-load') ? percent(collected.loads.checked, collected.loads.total) : undefined;
    case 'linesOfCode':
      return collected.files.python + collected.files.notebooks > 0 ? collected.files.linesOfCode : undefined;
    default:
      return undefined;
  }
}

function statusOfMeasure(spec: MeasureSpec, value: number): Status {
  if (spec.adoptedAtMost !== undefined) return value <= spec.adoptedAtMost ? 'adopted' : spec.partlyAtMost !== undefined && value <= spec.partlyAtMost ? 'partly' : 'not-adopted';
  if (spec.adoptedAtLeast !== undefined) return value >= spec.adoptedAtLeast ? 'adopted' : spec.partlyAtLeast !== undefined && value >= spec.partlyAtLeast ? 'partly' : 'not-adopted';
  return 'unknown';
}

function thresholdsOf(spec: MeasureSpec): string {
  const unit = spec.metric.endsWith('Percent') ? '%' : '';
  if (spec.adoptedAtMost !== undefined) return `adopted at most ${spec.adoptedAtMost}${unit}${spec.partlyAtMost !== undefined ? `, partly at most ${spec.partlyAtMost}${unit}` : ''}`;
  return `adopted at least ${spec.adoptedAtLeast}${unit}${spec.partlyAtLeast !== undefined ? `, partly at least ${spec.partlyAtLeast}${unit}` : ''}`;
}

/** Why a measure cannot be computed, per metric. */
const UNMEASURABLE: Record<string, string> = {
  duplicatedLinesPercent: 'no Python code, or the duplicate-code rule is off',
  longUnitCodePercent: 'no functions in the Python code',
  complexUnitCodePercent: 'no functions in the Python code',
  wideInterfaceUnitPercent: 'no functions in the Python code',
  checkedLoadsPercent: 'no external data loads found (or the unchecked-data-load rule is off)',
  linesOfCode: 'no Python code',
};

const formatNumber = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-US') : String(value));

function evidenceOf(match: SignalMatch, supports: 'for' | 'against'): Evidence[] {
  const says = match.ref.signal.says;
  const items: Evidence[] = match.places.map((place: Place) => ({ says, supports, ...place }));
  if (items.length > 0 && match.count > items.length) items[0] = { ...items[0], count: match.count };
  return items;
}

function listSays(matches: SignalMatch[]): string {
  const says = [...new Set(matches.map((match) => match.ref.signal.says))];
  return says.length <= 2 ? says.join('; ') : `${says.slice(0, 2).join('; ')} and ${says.length - 2} more`;
}

function assessPractice(practice: Practice, collected: Collected, answers: AnswersFile): PracticeAssessment {
  const matched = (side: 'adopted' | 'notAdopted') => practice.signals[side].map((_, index) => collected.matches.get(`${practice.id}/${side}/${index}`)).filter((match): match is SignalMatch => match !== undefined);
  const pro = matched('adopted');
  const contra = matched('notAdopted');
  const evidence = [...pro.flatMap((match) => evidenceOf(match, 'for')), ...contra.flatMap((match) => evidenceOf(match, 'against'))];
  const answer = practice.question ? answers.answers[practice.id] : undefined;
  let status: Status;
  let reason: string;
  let measure: Measure | undefined;
  const value = practice.measure ? computeMetric(practice.measure.metric, collected) : undefined;
  if (practice.measure && value !== undefined) {
    const display = practice.measure.says.replace('{value}', formatNumber(value));
    measure = { metric: practice.measure.metric, value, display, thresholds: thresholdsOf(practice.measure) };
    status = statusOfMeasure(practice.measure, value);
    reason = `${display[0].toUpperCase()}${display.slice(1)} (${measure.thresholds}).`;
    evidence.unshift({ says: display, supports: 'measure' });
  } else if (pro.length > 0 && (pro.some((match) => !match.ref.signal.partial) || !answer || answer.answer === 'unknown')) {
    // Weak (partial) evidence alone does not overrule the team's answer.
    const full = pro.some((match) => !match.ref.signal.partial);
    status = full && contra.length === 0 ? 'adopted' : 'partly';
    reason =
      status === 'adopted'
        ? `Shown by: ${listSays(pro)}.`
        : contra.length > 0
          ? `Shown by: ${listSays(pro)}; but ${listSays(contra)}.`
          : `Only partly shown: ${listSays(pro)}.`;
  } else if (answer && answer.answer !== 'unknown') {
    status = ANSWER_STATUS[answer.answer];
    reason = `The team answered “${answer.answer}”${answer.by ? ` (${answer.by}${answer.at ? `, ${answer.at.slice(0, 10)}` : ''})` : ''}.`;
  } else if (contra.length > 0) {
    status = 'not-adopted';
    reason = `${listSays(contra)[0].toUpperCase()}${listSays(contra).slice(1)}.`;
  } else if (practice.measure) {
    status = 'unknown';
    reason = `Nothing to measure here: ${UNMEASURABLE[practice.measure.metric] ?? 'the figure cannot be computed'}.`;
  } else if (practice.detectability === 'code') {
    status = 'not-adopted';
    reason = 'No sign of it in the code, configuration or dependencies.';
  } else {
    status = 'unknown';
    reason = practice.question ? 'Code cannot show this: answer the question to decide.' : 'No evidence either way in the files.';
  }
  if (answer) {
    evidence.push({ says: `answered “${answer.answer}”${answer.by ? ` by ${answer.by}` : ''}${answer.at ? ` on ${answer.at.slice(0, 10)}` : ''}${answer.note ? `: ${answer.note}` : ''}`, supports: 'answer', path: '.ml-practices/assessment.json' });
  }
  return {
    id: practice.id,
    kind: practice.kind,
    title: practice.title,
    category: practice.category,
    difficulty: practice.difficulty,
    url: practice.url,
    detectability: practice.detectability,
    status,
    reason,
    evidence,
    ...(measure ? { measure } : {}),
    ...(practice.question ? { question: practice.question } : {}),
    ...(answer ? { answer } : {}),
    survey: practice.survey ? { ...practice.survey, approximate: true } : null,
    effects: practice.effects,
    euRequirement: practice.trustworthiness?.euRequirement ?? null,
  };
}

/** (adopted + ½·partly) over decided practices, in percent. */
export function scoreOf(statuses: readonly Status[]): number | null {
  const decided = statuses.filter((status) => status !== 'unknown');
  if (decided.length === 0) return null;
  const points = decided.reduce((sum, status) => sum + (status === 'adopted' ? 1 : status === 'partly' ? 0.5 : 0), 0);
  return Math.round((100 * points) / decided.length);
}

function categories(practices: PracticeAssessment[]): CategorySummary[] {
  const names = [...new Set(practices.map((practice) => practice.category))];
  return names.map((category) => {
    const members = practices.filter((practice) => practice.category === category);
    const count = (status: Status) => members.filter((practice) => practice.status === status).length;
    const surveyed = members.filter((practice) => practice.survey);
    const surveyAdoption = surveyed.length === 0 ? null : round1(surveyed.reduce((sum, practice) => sum + practice.survey!.adoption.completely + practice.survey!.adoption.mostly, 0) / surveyed.length);
    return { category, practices: members.length, adopted: count('adopted'), partly: count('partly'), notAdopted: count('not-adopted'), unknown: count('unknown'), score: scoreOf(members.map((practice) => practice.status)), surveyAdoption };
  });
}

function coverage(groups: Record<string, string[]>, byId: Map<string, PracticeAssessment>): GroupCoverage[] {
  return Object.entries(groups).map(([name, ids]) => {
    const practices = ids.map((id) => byId.get(id)).filter((practice): practice is PracticeAssessment => !!practice).map(({ id, title, status }) => ({ id, title, status }));
    return { name, practices, score: scoreOf(practices.map((practice) => practice.status)) };
  });
}

const DIFFICULTY_COST = { basic: 1, medium: 2, advanced: 3 } as const;

/**
 * Practices not (fully) adopted, best value for their difficulty first: value counts the effects a
 * practice drives and whether it serves an EU trustworthiness requirement; a practice already partly
 * adopted costs half. Ties go to the practice more surveyed teams adopt (others have shown it works).
 */
function nextSteps(practices: PracticeAssessment[], effects: string[]): Record<string, NextStep[]> {
  const open = practices.filter((practice) => practice.kind === 'se-ml' && (practice.status === 'not-adopted' || practice.status === 'partly'));
  const value = (practice: PracticeAssessment) => (1 + practice.effects.length + (practice.euRequirement ? 1 : 0)) / ((DIFFICULTY_COST[practice.difficulty ?? 'medium'] ?? 2) * (practice.status === 'partly' ? 0.5 : 1));
  const adoption = (practice: PracticeAssessment) => (practice.survey ? practice.survey.adoption.completely + practice.survey.adoption.mostly : 0);
  const ranked = [...open].sort((a, b) => value(b) - value(a) || adoption(b) - adoption(a) || a.id.localeCompare(b.id));
  const step = (practice: PracticeAssessment): NextStep => {
    const parts = [`${practice.difficulty ?? 'unrated'} difficulty`];
    if (practice.status === 'partly') parts.push('already partly adopted');
    if (practice.effects.length > 0) parts.push(`drives ${practice.effects.join(', ').toLowerCase()}`);
    if (practice.euRequirement) parts.push(`serves the EU requirement “${practice.euRequirement}”`);
    if (practice.survey) parts.push(`about ${Math.round(adoption(practice))}% of surveyed teams adopt it completely or mostly (approximate)`);
    return { id: practice.id, title: practice.title, difficulty: practice.difficulty, effects: practice.effects, reason: `${parts.join('; ')}.` };
  };
  const result: Record<string, NextStep[]> = { any: ranked.slice(0, TOP).map(step) };
  for (const effect of effects) result[effect] = ranked.filter((practice) => practice.effects.includes(effect)).slice(0, TOP).map(step);
  return result;
}

/** The rule that reports a unit over the limit of each measure. */
const RULE_OF_METRIC: Record<UnitCandidate['metric'], UnitCandidate['rule']> = { lines: 'long-function', complexity: 'complex-function', parameters: 'many-parameters' };

function unitCandidate(unit: UnitRecord, metric: UnitCandidate['metric']): UnitCandidate {
  const rule = RULE_OF_METRIC[metric];
  const value = metric === 'lines' ? unit.metrics.linesOfCode : metric === 'complexity' ? unit.metrics.branchPoints + 1 : unit.metrics.parameterCount;
  return { path: unit.path, line: unit.line, ...(unit.cell ? { cell: unit.cell } : {}), endLine: unit.metrics.range.end.line + 1, name: unit.name, metric, value, rule };
}

function refactoring(collected: Collected): RefactoringCandidates {
  const { units, limits } = collected;
  const snoozed: RefactoringCandidates['snoozed'] = [];
  const top = (metric: UnitCandidate['metric'], measure: (unit: UnitRecord) => number, limit: number) => {
    const candidate = (unit: UnitRecord) => unitCandidate(unit, metric);
    const over = units.filter((unit) => measure(unit) > limit).sort((a, b) => measure(b) - measure(a) || a.path.localeCompare(b.path) || a.line - b.line);
    const rule = RULE_OF_METRIC[metric];
    const active = over.filter((unit) => unit.reportedBy.has(rule) || !collected.rulesOn.has(rule));
    snoozed.push(...over.filter((unit) => collected.rulesOn.has(rule) && !unit.reportedBy.has(rule)).slice(0, TOP).map(candidate));
    return active.slice(0, TOP).map(candidate);
  };
  const longestUnits = top('lines', (unit) => unit.metrics.linesOfCode, limits.maxLines);
  const mostComplexUnits = top('complexity', (unit) => unit.metrics.branchPoints, limits.maxBranchPoints);
  const largestInterfaces = top('parameters', (unit) => unit.metrics.parameterCount, limits.maxParameters);
  return { duplicates: duplicateSets(collected), longestUnits, mostComplexUnits, largestInterfaces, snoozed };
}

/** Sets of files that share duplicated blocks, largest duplicated line count first. */
function duplicateSets(collected: Collected): DuplicateCandidate[] {
  const sets = new Map<string, DuplicateCandidate>();
  const pathByUri = new Map<string, string>();
  for (const { path, finding } of collected.findings) pathByUri.set(finding.location.uri, path);
  for (const { path, finding } of collected.findings) {
    if (finding.ruleId !== 'duplicate-code') continue;
    const others = (finding.related ?? []).map((related) => pathByUri.get(related.location.uri)).filter((other): other is string => !!other);
    const files = [...new Set([path, ...others])].sort();
    const key = files.join('\n');
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { files, lines: 0, blocks: [] }));
    const { start, end } = finding.location.range;
    set.lines += end.line - start.line + 1;
    const cell = finding.location.cell;
    set.blocks.push({ path, line: start.line + 1, endLine: end.line + 1, ...(cell === undefined ? {} : { cell: cell + 1 }) });
  }
  return [...sets.values()].sort((a, b) => b.lines - a.lines || a.files[0].localeCompare(b.files[0])).slice(0, TOP);
}

function trendOf(history: HistoryFile, practices: PracticeAssessment[]): Trend | null {
  const previous = history.runs[history.runs.length - 1];
  if (!previous) return null;
  const changes = practices
    .filter((practice) => previous.statuses[practice.id] !== undefined && previous.statuses[practice.id] !== practice.status)
    .map((practice) => ({ id: practice.id, title: practice.title, from: previous.statuses[practice.id], to: practice.status }));
  return { previousAt: previous.at, previousScore: previous.score, changes };
}

export function decide(collected: Collected, options: DecideOptions): AssessmentReport {
  const { catalog } = options;
  const practices = [...catalog.practices.values()].map((practice) => assessPractice(practice, collected, options.answers));
  const byId = new Map(practices.map((practice) => [practice.id, practice]));
  const score = scoreOf(practices.map((practice) => practice.status));
  const at = options.now.toISOString();
  return {
    version: 1,
    tool: { name: 'ml-practices', version: options.version },
    root: collected.root,
    generatedAt: at,
    files: collected.files,
    score,
    categories: categories(practices),
    practices,
    effects: coverage(catalog.effects, byId),
    trustworthiness: coverage(catalog.euRequirements, byId),
    nextSteps: nextSteps(practices, Object.keys(catalog.effects)),
    refactoring: refactoring(collected),
    unanswered: practices.filter((practice) => practice.question && !practice.answer && practice.status === 'unknown').map(({ id, title, question }) => ({ id, title, question: question! })),
    trend: trendOf(options.history, practices),
    historyEntry: { at, score, statuses: Object.fromEntries(practices.map((practice) => [practice.id, practice.status])) },
    notices: [...collected.notices, ...(options.notices ?? [])],
  };
}

// The workspace self-assessment's data: what `ml-practices assess --format json` prints, what the
// server's `ml-practices/assess` request returns and what the report view renders. No LSP types here.
// Changing a field is a breaking change for JSON consumers: add, do not rename.
import type { Practice } from '../catalog/catalog';

export type Status = 'adopted' | 'partly' | 'not-adopted' | 'unknown';
export const STATUSES: readonly Status[] = ['adopted', 'partly', 'not-adopted', 'unknown'];

export type AnswerValue = 'yes' | 'partly' | 'no' | 'unknown';

/** One answer to a practice's question, as kept in `.ml-practices/assessment.json`. */
export interface Answer {
  answer: AnswerValue;
  /** Who answered (git user.name, the OS user, or what the CLI was told). */
  by?: string;
  /** ISO 8601 time of the answer. */
  at?: string;
  note?: string;
}

/** `.ml-practices/assessment.json`: the team's answers, meant to be committed. */
export interface AnswersFile {
  version: 1;
  answers: Record<string, Answer>;
}

/** One place that shows (or contradicts) a practice. */
export interface Evidence {
  /** What it shows, in a few words (the signal's `says`, or a measured figure). */
  says: string;
  /** `for`: shows the practice; `against`: shows it is missing; `answer`: the team said so; `measure`: a figure. */
  supports: 'for' | 'against' | 'answer' | 'measure';
  /** Workspace-relative path, `/`-separated; absent for answers and workspace-wide figures. */
  path?: string;
  /** 1-based line in the file (in the cell for notebooks). */
  line?: number;
  /** 1-based notebook cell. */
  cell?: number;
  /** The line's text, trimmed, at most 120 characters. */
  excerpt?: string;
  /** How many places in all show the same thing (only the first few are listed as separate evidence). */
  count?: number;
}

/** A measured figure that decides a code-level practice (duplicated share, unit-size profile, checked loads …). */
export interface Measure {
  metric: string;
  value: number;
  /** The figure as shown to users, e.g. "8.4% of lines duplicated". */
  display: string;
  /** The threshold that was applied, as shown to users, e.g. "adopted at most 5%, partly at most 10%". */
  thresholds: string;
}

export interface SurveyFigures {
  rank: number;
  year: number;
  /** Shares of surveyed teams, in percent, read off a published chart: approximate (about ±1 point). */
  adoption: { completely: number; mostly: number; partially: number; notAtAll: number };
  approximate: true;
}

/** The catalog facts a report repeats for each practice (see catalog/catalog.ts). */
type PracticeFacts = Pick<Practice, 'id' | 'kind' | 'title' | 'category' | 'difficulty' | 'url' | 'detectability' | 'effects'>;

export interface PracticeAssessment extends PracticeFacts {
  status: Status;
  /** One sentence: why this status. */
  reason: string;
  evidence: Evidence[];
  measure?: Measure;
  /** For practices code cannot (fully) show: the question the team answers. */
  question?: string;
  answer?: Answer;
  survey: SurveyFigures | null;
  euRequirement: string | null;
}

export interface CategorySummary {
  category: string;
  practices: number;
  adopted: number;
  partly: number;
  notAdopted: number;
  unknown: number;
  /** (adopted + ½·partly) / decided practices, in percent; null when nothing is decided. */
  score: number | null;
  /**
   * Share of surveyed teams that adopt the category's practices completely or mostly, averaged over the
   * category's surveyed practices, in percent (approximate); null for categories the survey did not rank.
   */
  surveyAdoption: number | null;
}

export interface GroupCoverage {
  /** The effect (agility, software quality, …) or EU requirement. */
  name: string;
  practices: { id: string; title: string; status: Status }[];
  /** Same formula as CategorySummary.score. */
  score: number | null;
}

export interface NextStep {
  id: string;
  title: string;
  difficulty: 'basic' | 'medium' | 'advanced' | null;
  effects: string[];
  /** Why it is suggested: value for its difficulty, in words. */
  reason: string;
}

/** A code location in a refactoring candidate. */
export interface CodeLocation {
  path: string;
  line: number;
  endLine?: number;
  cell?: number;
}

export interface UnitCandidate extends CodeLocation {
  /** The function's name. */
  name: string;
  metric: 'lines' | 'complexity' | 'parameters';
  value: number;
  rule: 'long-function' | 'complex-function' | 'many-parameters';
}

export interface DuplicateCandidate {
  /** The files that share the duplicated blocks. */
  files: string[];
  /** Duplicated lines in this set of files. */
  lines: number;
  blocks: CodeLocation[];
}

export interface RefactoringCandidates {
  duplicates: DuplicateCandidate[];
  longestUnits: UnitCandidate[];
  mostComplexUnits: UnitCandidate[];
  largestInterfaces: UnitCandidate[];
  /** Candidates the user suppressed in the code ("snoozed"), listed apart. */
  snoozed: (UnitCandidate | (DuplicateCandidate & { metric: 'duplicates' }))[];
}

export interface TrendChange {
  id: string;
  title: string;
  from: Status;
  to: Status;
}

export interface Trend {
  /** When the previous run was recorded. */
  previousAt: string;
  previousScore: number | null;
  changes: TrendChange[];
}

/** One recorded run, kept in `.ml-practices/history.json`. */
export interface HistoryEntry {
  at: string;
  score: number | null;
  statuses: Record<string, Status>;
}

export interface HistoryFile {
  version: 1;
  runs: HistoryEntry[];
}

export interface AssessmentReport {
  version: 1;
  tool: { name: 'ml-practices'; version: string };
  /** Absolute path of the assessed folder. */
  root: string;
  generatedAt: string;
  files: { total: number; python: number; notebooks: number; linesOfCode: number };
  /** Over every practice with a decided status, same formula as CategorySummary.score. */
  score: number | null;
  categories: CategorySummary[];
  practices: PracticeAssessment[];
  effects: GroupCoverage[];
  trustworthiness: GroupCoverage[];
  /** Best value-for-difficulty practices not yet adopted; key "any" plus one key per effect. */
  nextSteps: Record<string, NextStep[]>;
  refactoring: RefactoringCandidates;
  /** Practices with a question and no answer yet. */
  unanswered: { id: string; title: string; question: string }[];
  trend: Trend | null;
  /** What to append to the history when this run is recorded. */
  historyEntry: HistoryEntry;
  notices: string[];
}

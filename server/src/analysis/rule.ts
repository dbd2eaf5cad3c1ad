// The contract every check implements: metadata (id, practice, default severity, options) and a check
// function that reports findings through its context. One rule per file under checks/.
import type { SyntaxNode } from '../parsing/parser';
import type { CodeUnit, Snapshot } from '../documents/snapshot';
import type { FunctionMetrics } from './units';
import type { ProjectFacts } from './project';
import type { Fix, Range, RelatedLocation, Severity } from './types';

export type RuleOptionSpec =
  | { type: 'integer'; default: number; minimum: number; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string };

export type RuleOptionValue = number | readonly string[];

/** Reads an integer option (the sanitizer has checked its type). */
export function integerOption(options: Readonly<Record<string, RuleOptionValue>>, name: string): number {
  const value = options[name];
  if (typeof value !== 'number') throw new Error(`rule option ${name} is not an integer`);
  return value;
}

/** Reads a list-of-strings option (the sanitizer has checked its type). */
export function stringListOption(options: Readonly<Record<string, RuleOptionValue>>, name: string): readonly string[] {
  const value = options[name];
  if (!Array.isArray(value)) throw new Error(`rule option ${name} is not a list of strings`);
  return value;
}

export interface RuleMeta {
  /** Kebab-case id naming the flagged pattern; users write it in suppression comments and settings. */
  id: string;
  /** Catalog id of the practice the rule serves (its card is the rule's documentation). */
  practice: string;
  /** Further practices the finding relates to, shown as links on the card. */
  relatedPractices?: string[];
  defaultSeverity: Severity;
  /** Default severity in notebooks, when it differs (exploration code is held to a softer default). */
  defaultSeverityInNotebooks?: Severity;
  /** One line saying what the rule reports, used in rule tables and SARIF. */
  description: string;
  options: Record<string, RuleOptionSpec>;
  /** Runs on notebooks only (the notebook-state rules); Python files are skipped by the engine. */
  notebookOnly?: boolean;
}

export interface ParsedUnit extends CodeUnit {
  root: SyntaxNode;
  /** Function measurements, computed on first use and shared by all checks. */
  functions(): FunctionMetrics[];
  /**
   * Computes a fact that depends only on this unit's text, once: it is kept with the parse tree and reused
   * by later analyses while the text is unchanged (the rest of a notebook when one cell is edited).
   */
  derive<T>(key: string, compute: () => T): T;
}

export interface Report {
  unit: ParsedUnit;
  range: Range;
  message: string;
  related?: RelatedLocation[];
  /** Markdown shown on hover above the practice card (e.g. where a name is defined and changed). */
  details?: string;
  /** Facts a code action needs later (travel as the diagnostic's data). */
  data?: Record<string, string>;
  /** A suggested fix (quick fix in the editor, SARIF `fixes` in the CLI). */
  fix?: Fix;
}

export interface RuleContext {
  snapshot: Snapshot;
  units: readonly ParsedUnit[];
  /** The rule's options with defaults applied and user values validated. */
  options: Readonly<Record<string, RuleOptionValue>>;
  report(report: Report): void;
  /** Attaches hover-only information to a range (no diagnostic), e.g. why a rule stayed silent there. */
  note(note: { unit: ParsedUnit; range: Range; markdown: string; ruleId?: string }): void;
  /** Computes a value once per analysis and shares it between rules (e.g. the notebook's name bindings). */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Hands a per-document result to a cross-document pass (duplicate-code's token streams go to the
   * workspace clone detector); it comes out in AnalysisResult.contributions.
   */
  contribute(key: string, value: unknown): void;
  /** What is known of the project's other files (whether one imports a library). */
  project: ProjectFacts;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

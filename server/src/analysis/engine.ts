// The engine: snapshot + settings → findings. Parses each code unit once (tree-sitter), measures units
// lazily, runs every enabled rule, applies severities and suppression comments. Knows nothing of LSP.
import { RULES } from '../checks';
import { effectiveSeverity, ruleOptions, type Settings } from '../config/settings';
import type { Snapshot } from '../documents/snapshot';
import { parsePythonTolerant, type PreviousParse, type SyntaxTree } from '../parsing/parser';
import type { ParsedUnit, Report } from './rule';
import type { Range } from './types';
import { collectDirectives, DIRECTIVE_PREFIX, isSuppressed, type Directive } from './suppressions';
import type { Finding, InputProblem, Note, Severity } from './types';
import { functionsOf } from './units';
import { NO_PROJECT_FACTS, projectModulesIn, type ProjectFacts } from './project';

export interface AnalysisResult {
  findings: Finding[];
  /** Hover-only information (e.g. why a notebook rule cannot decide). */
  notes: Note[];
  problems: InputProblem[];
  /** Suppression directives per code unit (same order as snapshot.units), for hover and code actions. */
  directives: Directive[][];
  /** Per-document results for cross-document passes (see RuleContext.contribute), by key. */
  contributions: Map<string, unknown>;
  /** The severity each enabled rule has in this document (after customizations). */
  severities: Map<string, Severity>;
}

/**
 * A code unit's text, its tree (parsed on first use: the unit measures, the clone tokens and the pre-tests
 * need none) and everything derived from the text alone (bindings, metrics, outline …).
 */
export class ParsedText {
  private readonly derived = new Map<string, unknown>();
  /** A fact derived from the text, computed once and kept with it (see deriveFrom). */
  readonly derive = <T>(key: string, compute: () => T): T => deriveFrom(this.derived, key, compute);
  private parsed: SyntaxTree | undefined;
  /** The earlier parse to reuse (an edit's previous text), looked up when the tree is first needed. */
  private previous: (() => PreviousParse | undefined) | undefined;

  constructor(
    readonly text: string,
    previous?: () => PreviousParse | undefined,
  ) {
    this.previous = previous;
  }

  get tree(): SyntaxTree {
    if (!this.parsed) {
      this.parsed = parsePythonTolerant(this.text, this.previous?.());
      this.previous = undefined;
    }
    return this.parsed;
  }

  get isParsed(): boolean {
    return this.parsed !== undefined;
  }

  /** Frees the tree (wasm memory); a later use parses again. */
  free(): void {
    this.parsed?.delete();
    this.parsed = undefined;
  }
}

/** A fact derived from a parsed text, computed once and kept with its tree. */
function deriveFrom<T>(derived: Map<string, unknown>, key: string, compute: () => T): T {
  if (!derived.has(key)) derived.set(key, compute());
  return derived.get(key) as T;
}

/**
 * Reuses trees, and facts derived from them, for unchanged code between analyses: a notebook edit changes
 * one cell, and the other cells keep their trees, bindings and measurements, so an edit costs one cell's
 * work plus cheap notebook-level joins. Trees live in wasm memory, so evicted trees are freed explicitly.
 */
export class ParseCache {
  private readonly entries = new Map<string, ParsedText>();
  constructor(private readonly capacity = 1024) {}

  /**
   * The entry of `text`; its tree is parsed when first asked for. Give `previousText` when `text` is an edit
   * of it (the same document's last analysed text): while that text's tree is cached, the new one is parsed
   * incrementally from it. The previous entry stays as it is, valid for its own text.
   */
  get(text: string, previousText?: string): ParsedText {
    let entry = this.entries.get(text);
    if (entry) {
      this.entries.delete(text); // re-insert: Map order is our LRU order
    } else {
      const previous =
        previousText === undefined
          ? undefined
          : () => {
              const before = this.entries.get(previousText);
              return before?.isParsed ? { text: previousText, tree: before.tree } : undefined;
            };
      entry = new ParsedText(text, previous);
    }
    this.entries.set(text, entry);
    return entry;
  }

  /** Frees the least recently used trees beyond capacity; call between analyses, never during one. */
  trim(): void {
    for (const [text, entry] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(text);
      entry.free();
    }
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.free();
    this.entries.clear();
  }
}

/** AnalysisResult.contributions key: the PROJECT_MODULES the document imports (string[]). */
export const PROJECT_MODULES_CONTRIBUTION = 'project-modules';

/**
 * Analyses one snapshot. Pass a cache from a long-lived process; without one, trees are freed at once.
 * `project`: what is known of the other files (see project.ts).
 */
export function analyze(snapshot: Snapshot, settings: Settings, cache?: ParseCache, project: ProjectFacts = NO_PROJECT_FACTS): AnalysisResult {
  if (!settings.enable || snapshot.units.length === 0) {
    return { findings: [], notes: [], problems: snapshot.problems, directives: snapshot.units.map(() => []), contributions: new Map(), severities: new Map() };
  }
  const ownEntries: ParsedText[] = [];
  try {
    const units: ParsedUnit[] = snapshot.units.map((unit) => {
      // The tree is parsed on first use: duplicate-code and the unit measures need only the text, so most
      // files of a workspace index or a CLI run are never parsed. Without a cache, trees are freed at once.
      const entry = cache?.get(unit.text) ?? new ParsedText(unit.text);
      if (!cache) ownEntries.push(entry);
      const { derive } = entry;
      return {
        ...unit,
        get root() {
          return entry.tree.rootNode;
        },
        derive,
        functions: () => functionsOf({ text: unit.text, derive }),
      };
    });
    const indexOfUnit = new Map(units.map((unit, index) => [unit, index]));
    // Only a unit whose text mentions the directive prefix can hold one: skip the tree walk otherwise.
    const directives = units.map((unit) => unit.derive('directives', () => (unit.text.includes(DIRECTIVE_PREFIX) ? collectDirectives(unit.root) : [])));
    const fileDirectives = directives.flat().filter((directive) => directive.scope === 'file');
    const findings: Finding[] = [];
    const notes: Note[] = [];
    const note = ({ unit, range, markdown, ruleId }: { unit: ParsedUnit; range: Range; markdown: string; ruleId?: string }) => notes.push({ location: { uri: snapshot.uri, cell: unit.cell, range }, markdown, ruleId });
    const memos = new Map<string, unknown>();
    const contributions = new Map<string, unknown>();
    const severities = new Map<string, Severity>();
    const contribute = (key: string, value: unknown) => contributions.set(key, value);
    const memo = <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    };
    for (const rule of RULES) {
      const defaultSeverity = snapshot.kind === 'notebook' ? (rule.meta.defaultSeverityInNotebooks ?? rule.meta.defaultSeverity) : rule.meta.defaultSeverity;
      const severity = effectiveSeverity(rule.meta.id, defaultSeverity, settings.rules.customizations);
      if (severity === 'off' || (rule.meta.notebookOnly && snapshot.kind !== 'notebook')) continue;
      severities.set(rule.meta.id, severity);
      const report = ({ unit, range, message, related, details, data, fix }: Report) => {
        const unitIndex = indexOfUnit.get(unit) ?? -1;
        if (isSuppressed(directives[unitIndex] ?? [], rule.meta.id, range.start.line, fileDirectives)) return;
        findings.push({ ruleId: rule.meta.id, severity, message, location: { uri: snapshot.uri, cell: unit.cell, range }, related, details, data, fix });
      };
      rule.check({ snapshot, units, options: ruleOptions(rule.meta.id, settings), report, note, memo, contribute, project });
    }
    // Which project-wide libraries this document imports, for the other documents' analyses (see project.ts).
    contributions.set(PROJECT_MODULES_CONTRIBUTION, projectModulesIn(units));
    findings.sort((a, b) => (a.location.cell ?? 0) - (b.location.cell ?? 0) || a.location.range.start.line - b.location.range.start.line || a.location.range.start.character - b.location.range.start.character);
    return { findings, notes, problems: snapshot.problems, directives, contributions, severities };
  } finally {
    for (const entry of ownEntries) entry.free();
    cache?.trim();
  }
}

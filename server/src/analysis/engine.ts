// The engine: snapshot + settings → findings. Parses each code unit once (tree-sitter), measures units
// lazily, runs every enabled rule, applies severities and suppression comments. Knows nothing of LSP.
import { RULES } from '../checks';
import { effectiveSeverity, ruleOptions, type Settings } from '../config/settings';
import type { Snapshot } from '../documents/snapshot';
import { parsePythonTolerant, type SyntaxTree } from '../parsing/parser';
import type { ParsedUnit, Report } from './rule';
import type { Range } from './types';
import { collectDirectives, isSuppressed, type Directive } from './suppressions';
import type { Finding, InputProblem, Note } from './types';
import { measureFunctions, type FunctionMetrics } from './units';

export interface AnalysisResult {
  findings: Finding[];
  /** Hover-only information (e.g. why a notebook rule cannot decide). */
  notes: Note[];
  problems: InputProblem[];
  /** Suppression directives per code unit (same order as snapshot.units), for hover and code actions. */
  directives: Directive[][];
}

/**
 * Reuses trees for unchanged code between analyses (a notebook edit changes one cell; the others keep
 * their trees). Trees live in wasm memory, so evicted trees are freed explicitly.
 */
export class ParseCache {
  private readonly trees = new Map<string, SyntaxTree>();
  constructor(private readonly capacity = 512) {}

  get(text: string): SyntaxTree {
    let tree = this.trees.get(text);
    if (tree) {
      this.trees.delete(text); // re-insert: Map order is our LRU order
    } else {
      tree = parsePythonTolerant(text);
    }
    this.trees.set(text, tree);
    return tree;
  }

  /** Frees the least recently used trees beyond capacity; call between analyses, never during one. */
  trim(): void {
    for (const [text, tree] of this.trees) {
      if (this.trees.size <= this.capacity) break;
      this.trees.delete(text);
      tree.delete();
    }
  }

  clear(): void {
    for (const tree of this.trees.values()) tree.delete();
    this.trees.clear();
  }
}

/** Analyses one snapshot. Pass a cache from a long-lived process; without one, trees are freed at once. */
export function analyze(snapshot: Snapshot, settings: Settings, cache?: ParseCache): AnalysisResult {
  if (!settings.enable || snapshot.units.length === 0) {
    return { findings: [], notes: [], problems: snapshot.problems, directives: snapshot.units.map(() => []) };
  }
  const ownTrees: SyntaxTree[] = [];
  try {
    const units: ParsedUnit[] = snapshot.units.map((unit) => {
      const tree = cache ? cache.get(unit.text) : parsePythonTolerant(unit.text);
      if (!cache) ownTrees.push(tree);
      let functions: FunctionMetrics[] | undefined;
      return { ...unit, root: tree.rootNode, functions: () => (functions ??= measureFunctions(tree.rootNode)) };
    });
    const directives = units.map((unit) => collectDirectives(unit.root));
    const fileDirectives = directives.flat().filter((directive) => directive.scope === 'file');
    const findings: Finding[] = [];
    const notes: Note[] = [];
    const note = ({ unit, range, markdown }: { unit: ParsedUnit; range: Range; markdown: string }) => notes.push({ location: { uri: snapshot.uri, cell: unit.cell, range }, markdown });
    const memos = new Map<string, unknown>();
    const memo = <T>(key: string, compute: () => T): T => {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    };
    for (const rule of RULES) {
      const severity = effectiveSeverity(rule.meta.id, rule.meta.defaultSeverity, settings.rules.customizations);
      if (severity === 'off' || (rule.meta.notebookOnly && snapshot.kind !== 'notebook')) continue;
      const report = ({ unit, range, message, related, details, data }: Report) => {
        const unitIndex = units.indexOf(unit);
        if (isSuppressed(directives[unitIndex] ?? [], rule.meta.id, range.start.line, fileDirectives)) return;
        findings.push({ ruleId: rule.meta.id, severity, message, location: { uri: snapshot.uri, cell: unit.cell, range }, related, details, data });
      };
      rule.check({ snapshot, units, options: ruleOptions(rule.meta.id, settings), report, note, memo });
    }
    findings.sort((a, b) => (a.location.cell ?? 0) - (b.location.cell ?? 0) || a.location.range.start.line - b.location.range.start.line || a.location.range.start.character - b.location.range.start.character);
    return { findings, notes, problems: snapshot.problems, directives };
  } finally {
    for (const tree of ownTrees) tree.delete();
    cache?.trim();
  }
}

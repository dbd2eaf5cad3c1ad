// What the notebook-state rules share, computed once per analysis: each code cell's module-level name
// events (bindings.ts), where every name is bound in the notebook, and whether anything could define names
// we cannot see (star imports, exec/eval, globals() writes, %run/%load).
import type { SyntaxNode } from '../parsing/parser';
import { walkCursor } from '../parsing/syntax';
import type { CodeLocation, Range } from './types';
import { bindUnit, type NameEvent, type UnitBindings } from './bindings';
import { MUTATING_TYPES, mutationsAt } from './mutations';
import type { ParsedUnit, RuleContext } from './rule';

export interface CellFacts {
  unit: ParsedUnit;
  bindings: UnitBindings;
  /** Nothing but blank lines and comments (magics count as content). */
  isEmpty: boolean;
}

export interface Definition {
  cellIndex: number;
  event: NameEvent;
}

/** A top-level statement that changes a value in place (see mutations.ts). */
export interface NotebookMutation {
  cellIndex: number;
  statement: number;
  /** The node to report: the whole statement for a bare call, else the assignment or deletion. */
  node: SyntaxNode;
  name: string;
  how: string;
}

export interface NotebookFacts {
  cells: CellFacts[];
  /** Module-level bindings of each name, in notebook order. */
  definitions: Map<string, Definition[]>;
  /** In-place changes made by top-level code (not inside function bodies), one per statement and name. */
  mutations: NotebookMutation[];
  /** Why names may be defined beyond what we can see, or undefined when we see everything. */
  opaqueReason?: string;
  /** Index (among code units) of the first cell that can define unseen names; reads below it are uncertain. */
  firstOpaqueCell?: number;
}

/** Line magics that can define names: %run and %load execute code, %pylab star-imports numpy and matplotlib. */
const NAME_DEFINING_MAGICS = new Set(['run', 'load', 'store', 'pylab']);

export function notebookFacts(context: Pick<RuleContext, 'units' | 'memo'>): NotebookFacts {
  return context.memo('notebook-facts', () => {
    const cells = context.units.map((unit): CellFacts => ({
      unit,
      bindings: unit.derive('bindings', () => bindUnit(unit.root)),
      // Magics count as content; they are masked, so the same text can come from sources with and without them.
      isEmpty: !unit.derive('hasCode', () => unit.root.namedChildren.some((child) => child !== null && child.type !== 'comment')) && unit.text === unit.source,
    }));
    const definitions = new Map<string, Definition[]>();
    cells.forEach(({ bindings }, cellIndex) => {
      for (const event of bindings.events) {
        if (event.kind !== 'bind') continue;
        let list = definitions.get(event.name);
        if (!list) definitions.set(event.name, (list = []));
        list.push({ cellIndex, event });
      }
    });
    let opaqueReason: string | undefined;
    let firstOpaqueCell: number | undefined;
    for (const [cellIndex, { unit, bindings }] of cells.entries()) {
      const cellLabel = `cell ${(unit.cell ?? 0) + 1}`;
      const magic = unit.lineMagics?.find((name) => NAME_DEFINING_MAGICS.has(name));
      if (bindings.hasStarImport) opaqueReason = `a star import in ${cellLabel} can define any name`;
      else if (bindings.hasDynamicNames) opaqueReason = `exec/eval or a globals() write in ${cellLabel} can define names`;
      else if (magic) opaqueReason = `%${magic} in ${cellLabel} can define names`;
      if (opaqueReason) {
        firstOpaqueCell = cellIndex;
        break;
      }
    }
    return { cells, definitions, mutations: collectMutations(cells), opaqueReason, firstOpaqueCell };
  });
}

/** In-place changes made by one cell's top-level code (cached per cell text). */
function cellMutations(bindings: UnitBindings): Omit<NotebookMutation, 'cellIndex'>[] {
  const mutations: Omit<NotebookMutation, 'cellIndex'>[] = [];
  bindings.statements.forEach((statement, statementIndex) => {
    const seen = new Set<string>();
    // Only the node types that can change data are materialised (each node object costs a trip through wasm).
    walkCursor(statement, (cursor) => {
      const type = cursor.nodeType;
      if (type === 'function_definition' || type === 'lambda' || type === 'class_definition') return false;
      if (!MUTATING_TYPES.has(type)) return true;
      const node = cursor.currentNode;
      for (const { name, how } of mutationsAt(node)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const reported = node.type === 'call' && node.parent?.type === 'expression_statement' ? node.parent : node;
        mutations.push({ statement: statementIndex, node: reported, name, how });
      }
      return true;
    });
  });
  return mutations;
}

function collectMutations(cells: CellFacts[]): NotebookMutation[] {
  return cells.flatMap(({ unit, bindings }, cellIndex) => unit.derive('mutations', () => cellMutations(bindings)).map((mutation) => ({ ...mutation, cellIndex })));
}

/** Cells that change each name in place, indexed once per analysis. */
function mutationsByName(context: Pick<RuleContext, 'memo'>, mutations: readonly NotebookMutation[]): Map<string, Set<number>> {
  return context.memo('mutations-by-name', () => {
    const byName = new Map<string, Set<number>>();
    for (const mutation of mutations) {
      let cellsOfName = byName.get(mutation.name);
      if (!cellsOfName) byName.set(mutation.name, (cellsOfName = new Set()));
      cellsOfName.add(mutation.cellIndex);
    }
    return byName;
  });
}

/** Markdown for hovers: where a name is defined and changed in the notebook. */
export function describeName(context: Pick<RuleContext, 'units' | 'memo'>, name: string): string {
  const { cells, definitions, mutations } = notebookFacts(context);
  const place = (cellIndex: number, range?: Range) => `${cellLabel(cells[cellIndex].unit)}${range ? ` (line ${range.start.line + 1})` : ''}`;
  const defined = (definitions.get(name) ?? []).map((definition) => place(definition.cellIndex, definition.event.range));
  const changed = [...(mutationsByName(context, mutations).get(name) ?? [])].map((cellIndex) => place(cellIndex));
  const lines = [`**\`${name}\`** — defined in ${defined.length > 0 ? defined.join(', ') : 'no cell of this notebook'}.`];
  if (changed.length > 0) lines.push(`Changed in place in ${changed.join(', ')}.`);
  return lines.join(' ');
}

/** The first line of a cell's code (its first non-blank line), for cell-level findings. */
export function firstLineRange(unit: ParsedUnit): Range {
  const lines = unit.source.split('\n');
  const line = Math.max(0, lines.findIndex((text) => text.trim() !== ''));
  const text = lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
}

export function cellLocation(uri: string, unit: ParsedUnit, range: Range): CodeLocation {
  return { uri, cell: unit.cell, range };
}

/** "cell 4" as users count cells (from 1). */
export const cellLabel = (unit: ParsedUnit) => `cell ${(unit.cell ?? 0) + 1}`;

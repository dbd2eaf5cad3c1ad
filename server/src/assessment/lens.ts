// The "practice lens": an API call or import that is evidence of a practice (`mlflow.log_metric`,
// `optuna.create_study`, `pandera.DataFrameSchema`, `train_test_split` …) names that practice, from the
// same signal table the self-assessment uses. The hover shows the practice's card there.
import { aliasesOf, dottedName, qualify, type ImportAliases } from '../analysis/imports';
import { outlineOfUnit, type UnitText } from '../analysis/units';
import { loadCatalog } from '../catalog/catalog';
import type { SyntaxNode } from '../parsing/parser';
import type { Range } from '../analysis/types';
import { nodeRange } from '../parsing/syntax';
import { SignalTable, type SignalRef } from './signals';

let table: SignalTable | undefined;
const signalTable = () => (table ??= new SignalTable(loadCatalog()));

export interface LensHit {
  range: Range;
  /** The qualified name the signal matched (`mlflow.log_metric`). */
  name: string;
  /** Adopted-side signals only: the lens shows what a call is evidence *for*. */
  signals: SignalRef[];
}

/** Import aliases of every code unit of a document (a notebook imports in one cell and calls in another). */
export function documentAliases(units: readonly UnitText[]): ImportAliases {
  const aliases: ImportAliases = new Map();
  for (const unit of units) aliasesOf(outlineOfUnit(unit).imports, aliases);
  return aliases;
}

const within = (node: SyntaxNode, row: number, column: number) =>
  (node.startPosition.row < row || (node.startPosition.row === row && node.startPosition.column <= column)) &&
  (node.endPosition.row > row || (node.endPosition.row === row && node.endPosition.column >= column));

/** The practice evidence at a position: the callee of a call, or a module in an import statement. */
export function practiceLensAt(root: SyntaxNode, position: { line: number; character: number }, aliases: ImportAliases): LensHit | undefined {
  const point = { row: position.line, column: position.character };
  let node: SyntaxNode | null = root.descendantForPosition(point);
  const table = signalTable();
  const adopted = (refs: SignalRef[]) => refs.filter((ref) => ref.side === 'adopted');
  for (; node; node = node.parent) {
    if (node.type === 'call') {
      const callee = node.childForFieldName('function');
      const name = dottedName(callee);
      if (!callee || !name || !within(callee, point.row, point.column)) return undefined;
      const qualified = qualify(name, aliases);
      const signals = adopted(table.callSignals(qualified));
      return signals.length > 0 ? { range: nodeRange(callee), name: qualified, signals } : undefined;
    }
    if (node.type === 'dotted_name' && (node.parent?.type === 'import_statement' || node.parent?.type === 'import_from_statement' || node.parent?.type === 'aliased_import')) {
      const statement = node.parent.type === 'aliased_import' ? node.parent.parent : node.parent;
      const module = statement?.childForFieldName('module_name');
      const full = module && statement?.type === 'import_from_statement' && !module.equals(node) ? `${module.text}.${node.text}` : node.text;
      const signals = adopted([...table.importSignals(full), ...table.callSignals(full)]);
      return signals.length > 0 ? { range: nodeRange(node), name: full, signals } : undefined;
    }
    if (node.type.endsWith('statement') || node.type === 'module') return undefined;
  }
  return undefined;
}

import type { Rule } from '../../analysis/rule';
import { cellLabel, cellLocation, notebookFacts } from '../../analysis/notebook';
import type { SyntaxNode } from '../../parsing/parser';
import { nodeRange, walk } from '../../parsing/syntax';

/**
 * ## What it does
 * Reports a statement in a notebook cell that changes data created in another cell: rebinding a name from
 * itself (`df = df.dropna()`, `n = n + 1`, `df += 1`), item assignment or deletion (`df["x"] = …`,
 * `df.loc[…] = …`, `del df["c"]`), assigning `.columns`/`.index`, calls with `inplace=True`, and in-place
 * container methods (`append`, `extend`, `insert`, `pop`, `remove`, `update`, `sort`, `clear`) — unless the
 * name was (re)bound earlier in the same cell. Running such a cell twice, or out of order, gives a
 * different result.
 */
const MUTATORS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'update', 'sort', 'clear']);
const FRAME_LABELS = new Set(['columns', 'index']);

/** `df` for `df`, `df.loc`, `df["a"].str`, `df.loc[mask]`: the variable a chain of access starts from. */
function rootName(node: SyntaxNode | null): SyntaxNode | undefined {
  let current = node;
  while (current) {
    if (current.type === 'identifier') return current;
    if (current.type === 'attribute') current = current.childForFieldName('object');
    else if (current.type === 'subscript') current = current.childForFieldName('value');
    else if (current.type === 'call') current = current.childForFieldName('function');
    else return undefined;
  }
  return undefined;
}

function readsName(node: SyntaxNode | null, name: string): boolean {
  if (!node) return false;
  let found = false;
  walk(node, (child) => {
    if (found) return false;
    if (child.type === 'attribute') {
      found = readsName(child.childForFieldName('object'), name);
      return false;
    }
    if (child.type === 'keyword_argument') {
      found = readsName(child.childForFieldName('value'), name);
      return false;
    }
    if (child.type === 'identifier' && child.text === name) found = true;
    return !['lambda', 'function_definition'].includes(child.type);
  });
  return found;
}

interface Mutation {
  name: string;
  how: string;
}

/** The mutations one node performs (called for every node of a top-level statement). */
function mutationsAt(node: SyntaxNode): Mutation[] {
  switch (node.type) {
    case 'assignment': {
      const left = node.childForFieldName('left');
      if (left?.type === 'identifier') {
        return readsName(node.childForFieldName('right'), left.text) ? [{ name: left.text, how: `rebinds \`${left.text}\` from itself` }] : [];
      }
      if (left?.type === 'subscript') {
        const root = rootName(left);
        return root ? [{ name: root.text, how: `assigns into \`${root.text}\`` }] : [];
      }
      if (left?.type === 'attribute' && FRAME_LABELS.has(left.childForFieldName('attribute')?.text ?? '')) {
        const root = rootName(left);
        return root ? [{ name: root.text, how: `replaces \`${root.text}.${left.childForFieldName('attribute')!.text}\`` }] : [];
      }
      return [];
    }
    case 'augmented_assignment': {
      const root = rootName(node.childForFieldName('left'));
      return root ? [{ name: root.text, how: `updates \`${root.text}\` in place` }] : [];
    }
    case 'delete_statement':
      return node.namedChildren
        .flatMap((child) => (child?.type === 'expression_list' ? child.namedChildren : [child]))
        .filter((target): target is SyntaxNode => target?.type === 'subscript')
        .flatMap((target) => {
          const root = rootName(target);
          return root ? [{ name: root.text, how: `deletes from \`${root.text}\`` }] : [];
        });
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee?.type !== 'attribute') return [];
      const root = rootName(callee);
      if (!root) return [];
      const method = callee.childForFieldName('attribute')?.text ?? '';
      const inplace = node.childForFieldName('arguments')?.namedChildren.some(
        (argument) => argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === 'inplace' && argument.childForFieldName('value')?.text === 'True',
      );
      if (inplace) return [{ name: root.text, how: `changes \`${root.text}\` with \`${method}(…, inplace=True)\`` }];
      if (MUTATORS.has(method)) return [{ name: root.text, how: `changes \`${root.text}\` in place with \`.${method}()\`` }];
      return [];
    }
    default:
      return [];
  }
}

export const notebookStateWrangling: Rule = {
  meta: {
    id: 'notebook-state-wrangling',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'info',
    description: 'Notebook cell changes data created in another cell (re-running it gives a different result).',
    options: {},
    notebookOnly: true,
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions } = notebookFacts(context);
    cells.forEach(({ unit, bindings }, cellIndex) => {
      bindings.statements.forEach((statement, statementIndex) => {
        const reported = new Set<string>();
        walk(statement, (node) => {
          if (node.type === 'function_definition' || node.type === 'lambda' || node.type === 'class_definition') return false;
          for (const mutation of mutationsAt(node)) {
            if (reported.has(mutation.name)) continue;
            const boundHereBefore = bindings.events.some((event) => event.kind === 'bind' && event.name === mutation.name && !event.deferred && event.statement < statementIndex);
            if (boundHereBefore) continue;
            const elsewhere = (definitions.get(mutation.name) ?? []).filter((definition) => definition.cellIndex !== cellIndex);
            // Modules are not data: `sys.path.append(…)` after `import sys` is configuration.
            if (elsewhere.length === 0 || (definitions.get(mutation.name) ?? []).some((definition) => definition.event.how === 'import')) continue;
            const creator = [...elsewhere].reverse().find((definition) => definition.cellIndex < cellIndex) ?? elsewhere[0];
            const creatorUnit = cells[creator.cellIndex].unit;
            reported.add(mutation.name);
            report({
              unit,
              range: nodeRange(node.type === 'call' ? (node.parent?.type === 'expression_statement' ? node.parent : node) : node),
              message: `This ${mutation.how}, which ${cellLabel(creatorUnit)} created: running this cell twice, or out of order, gives a different result. Put the change in a function that returns a new value (\`clean = clean_frame(${mutation.name})\`), or create and change it in one cell.`,
              related: [{ location: cellLocation(snapshot.uri, creatorUnit, creator.event.range), message: `\`${mutation.name}\` is created here` }],
            });
          }
          return true;
        });
      });
    });
  },
};

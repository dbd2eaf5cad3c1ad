// In-place changes to data that a statement makes: rebinding a name from itself, item assignment and
// deletion, .columns/.index assignment, inplace=True calls and in-place container methods. Used by the
// notebook-state-wrangling rule and by the notebook hovers ("where it is changed").
import type { SyntaxNode } from '../parsing/parser';
import { chainRoot, walk } from '../parsing/syntax';

const MUTATORS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'update', 'sort', 'clear']);
const FRAME_LABELS = new Set(['columns', 'index']);


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

export interface Mutation {
  name: string;
  how: string;
}

/** The node types mutationsAt finds changes in (it finds none in any other). */
export const MUTATING_TYPES = new Set(['assignment', 'augmented_assignment', 'delete_statement', 'call']);

/** The mutations one node performs (called for every node of a top-level statement). */
export function mutationsAt(node: SyntaxNode): Mutation[] {
  switch (node.type) {
    case 'assignment': {
      const left = node.childForFieldName('left');
      if (left?.type === 'identifier') {
        return readsName(node.childForFieldName('right'), left.text) ? [{ name: left.text, how: `rebinds \`${left.text}\` from itself` }] : [];
      }
      if (left?.type === 'subscript') {
        const root = chainRoot(left);
        return root ? [{ name: root.text, how: `assigns into \`${root.text}\`` }] : [];
      }
      if (left?.type === 'attribute' && FRAME_LABELS.has(left.childForFieldName('attribute')?.text ?? '')) {
        const root = chainRoot(left);
        return root ? [{ name: root.text, how: `replaces \`${root.text}.${left.childForFieldName('attribute')!.text}\`` }] : [];
      }
      return [];
    }
    case 'augmented_assignment': {
      const root = chainRoot(node.childForFieldName('left'));
      return root ? [{ name: root.text, how: `updates \`${root.text}\` in place` }] : [];
    }
    case 'delete_statement':
      return node.namedChildren
        .flatMap((child) => (child?.type === 'expression_list' ? child.namedChildren : [child]))
        .filter((target): target is SyntaxNode => target?.type === 'subscript')
        .flatMap((target) => {
          const root = chainRoot(target);
          return root ? [{ name: root.text, how: `deletes from \`${root.text}\`` }] : [];
        });
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee?.type !== 'attribute') return [];
      const root = chainRoot(callee);
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


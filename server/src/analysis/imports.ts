// Import aliases of a file or notebook, so calls can be named by what they are: `pd.read_csv` is
// `pandas.read_csv` after `import pandas as pd`, `Image.open` is `PIL.Image.open` after
// `from PIL import Image`. Relative imports are left out (they are project code, not libraries).
import type { SyntaxNode } from '../parsing/parser';
import type { ParsedUnit } from './rule';
import { walk } from '../parsing/syntax';
import { callsAndImports } from './calls';

export type ImportAliases = Map<string, string>;

/** A unit's import aliases, found once per text and kept with its tree (read-only: copy before adding). */
export function importsOf(unit: Pick<ParsedUnit, 'root' | 'derive'>): ReadonlyMap<string, string> {
  return unit.derive('imports', () => {
    // The import statements come from the shared calls-and-imports query (usually run already), so only
    // they are walked, not the whole tree.
    const aliases: ImportAliases = new Map();
    for (const { name, node } of callsAndImports(unit.root, unit.derive)) if (name === 'import') collectImports(node, aliases);
    return aliases;
  });
}

/**
 * Adds the aliases bound by import statements anywhere under `root`, function bodies included (a
 * function that imports pandas as pd for itself still calls pandas through pd).
 */
export function collectImports(root: SyntaxNode, aliases: ImportAliases = new Map()): ImportAliases {
  walk(root, (node) => {
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        if (!name) continue;
        if (name.type === 'aliased_import') {
          const module = name.childForFieldName('name')?.text;
          const alias = name.childForFieldName('alias')?.text;
          if (module && alias) aliases.set(alias, module);
        } else if (name.type === 'dotted_name') {
          const first = name.namedChild(0)?.text;
          if (first) aliases.set(first, first);
        }
      }
      return false;
    }
    if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name');
      if (!module || module.type !== 'dotted_name') return false; // relative import: project code
      for (const name of node.childrenForFieldName('name')) {
        if (!name) continue;
        if (name.type === 'aliased_import') {
          const imported = name.childForFieldName('name')?.text;
          const alias = name.childForFieldName('alias')?.text;
          if (imported && alias) aliases.set(alias, `${module.text}.${imported}`);
        } else if (name.type === 'dotted_name') {
          aliases.set(name.text, `${module.text}.${name.text}`);
        }
      }
      return false;
    }
    return true;
  });
  return aliases;
}

/** The dotted name of an expression (`a.b.c`), or undefined when it is not a plain chain of names. */
export function dottedName(node: SyntaxNode | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = dottedName(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute')?.text;
    return object && attribute ? `${object}.${attribute}` : undefined;
  }
  return undefined;
}

/** `pd.read_csv` → `pandas.read_csv` when `pd` is an import alias; otherwise the name as written. */
export function qualify(name: string, aliases: ImportAliases): string {
  const [head, ...rest] = name.split('.');
  const module = aliases.get(head);
  return module ? [module, ...rest].join('.') : name;
}

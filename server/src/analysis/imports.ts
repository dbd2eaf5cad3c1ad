// Import aliases of a file or notebook, so calls can be named by what they are: `pd.read_csv` is
// `pandas.read_csv` after `import pandas as pd`, `Image.open` is `PIL.Image.open` after
// `from PIL import Image`. Relative imports are left out (they are project code, not libraries).
import type { SyntaxNode } from '../parsing/parser';
import type { ParsedUnit } from './rule';
import type { OutlineImport } from '../parsing/outline';
import { outlineOfUnit } from './units';

export type ImportAliases = Map<string, string>;

/** A unit's import aliases, found once per text from its outline (read-only: copy before adding). */
export function importsOf(unit: Pick<ParsedUnit, 'text' | 'derive'>): ReadonlyMap<string, string> {
  return unit.derive('imports', () => aliasesOf(outlineOfUnit(unit).imports));
}

/** The aliases the import statements bind: `import a.b` binds a; `import a.b as c` c → a.b; `from a import b as c` c → a.b. */
export function aliasesOf(statements: readonly OutlineImport[], aliases: ImportAliases = new Map()): ImportAliases {
  for (const statement of statements) {
    if (statement.isFrom && statement.module === undefined) continue; // relative import: project code
    for (const { name, alias } of statement.names) {
      if (statement.isFrom) aliases.set(alias ?? name, `${statement.module}.${name}`);
      else if (alias) aliases.set(alias, name);
      else aliases.set(name.split('.')[0], name.split('.')[0]);
    }
  }
  return aliases;
}

/** The modules an import statement brings in: `from a.b import c` → a.b and a.b.c; relative imports none. */
export function importedModules(statement: OutlineImport): string[] {
  if (!statement.isFrom) return statement.names.map(({ name }) => name);
  if (statement.module === undefined) return [];
  return [statement.module, ...statement.names.map(({ name }) => `${statement.module}.${name}`)];
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

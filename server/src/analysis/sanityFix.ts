// "Add sanity checks" for an unchecked load: checks inferred from how the data is used afterwards, inserted
// right after the loading statement with its indentation. Frames: not empty, the columns the code reads
// exist and have no missing values (a pandera schema when the project uses pandera: the file imports it,
// or another file does and the fix adds the import); arrays: not empty and
// finite; JSON: the keys the code reads exist. The inserted code mentions the loaded name, so once applied
// the load counts as checked and the fix is not offered again.
import { headerEnd } from '../duplication/pythonTokens';
import type { LoadRecord } from './dataLoads';
import type { ImportAliases } from './imports';
import type { ParsedUnit } from './rule';
import type { Fix, FixEdit } from './types';

const MAX_FIELDS = 12;

const quote = (text: string) => JSON.stringify(text);

/** The module alias a file uses for a package (`pa` for pandera, `np` for numpy), if it imports it. */
function aliasOf(aliases: ImportAliases, ...modules: string[]): string | undefined {
  for (const [alias, module] of aliases) if (modules.includes(module)) return alias;
  return undefined;
}

/** Whether the schema for this load is a pandera one (a frame whose columns are known, not polars or Spark). */
const wantsSchema = (record: LoadRecord) => record.kind === 'frame' && record.fields.size > 0 && !record.qualified.startsWith('polars') && !record.qualified.startsWith('spark');

function checkLines(record: LoadRecord, name: string, aliases: ImportAliases, projectPandera?: string): string[] {
  const label = record.source ? record.source.split('/').pop()! : name;
  const fields = [...record.fields].sort().slice(0, MAX_FIELDS);
  switch (record.kind) {
    case 'frame': {
      const pandera = aliasOf(aliases, 'pandera', 'pandera.pandas') ?? projectPandera;
      if (pandera && wantsSchema(record)) {
        return [
          `${name} = ${pandera}.DataFrameSchema(`,
          '    {',
          ...fields.map((field) => `        ${quote(field)}: ${pandera}.Column(nullable=False),`),
          '    },',
          `    checks=${pandera}.Check(lambda frame: len(frame) > 0, error=${quote(`${label}: no rows`)}),`,
          `).validate(${name})`,
        ];
      }
      const lines = [`assert len(${name}) > 0, ${quote(`${label}: no rows`)}`];
      if (fields.length > 0) {
        const set = `{${fields.map(quote).join(', ')}}`;
        lines.push(`assert ${set} <= set(${name}.columns), ${quote(`${label}: missing columns`)}`);
        if (!record.qualified.startsWith('spark')) {
          lines.push(`assert ${name}[[${fields.map(quote).join(', ')}]].notna().all().all(), ${quote(`${label}: missing values in ${fields.join(', ')}`)}`);
        }
      }
      return lines;
    }
    case 'array': {
      const numpy = aliasOf(aliases, 'numpy');
      const lines = [`assert ${name}.size > 0, ${quote(`${label}: empty array`)}`];
      if (numpy) lines.push(`assert ${numpy}.isfinite(${name}).all(), ${quote(`${label}: NaN or infinite values`)}`);
      return lines;
    }
    case 'json':
      return fields.length > 0
        ? fields.map((field) => `assert ${quote(field)} in ${name}, ${quote(`${label}: missing key ${field}`)}`)
        : [`assert ${name}, ${quote(`${label}: empty`)}`];
    case 'image':
    case 'other':
      return [`assert ${name} is not None, ${quote(`${label}: nothing was loaded`)}`];
  }
}

/** The lines of the last source fixed: a file with many unchecked loads is split once, not once per load. */
let splitSource: string | undefined;
let splitLines: string[] = [];
function linesOf(source: string): string[] {
  if (source !== splitSource) {
    splitSource = source;
    splitLines = source.split('\n');
  }
  return splitLines;
}

/**
 * Where `import pandera as pa` goes when the file does not import pandera: after the last top-level import
 * of the first unit (cell) up to the load's that has one (above the load in its own unit), else at the top of
 * the load's unit, below its header comments and docstring.
 */
function importEdit(units: readonly ParsedUnit[], record: LoadRecord, line: string): FixEdit {
  const loadUnit = record.unit;
  for (const unit of units) {
    // In the load's own unit, only imports above the load: the name must exist when the check runs.
    const imports = unit.isOpaque
      ? []
      : unit.root.namedChildren.filter(
          (child) => (child?.type === 'import_statement' || child?.type === 'import_from_statement' || child?.type === 'future_import_statement') && (unit !== loadUnit || child.endIndex <= record.statement.startIndex),
        );
    const last = imports[imports.length - 1];
    if (last) {
      const end = { line: last.endPosition.row, character: (unit.source.split('\n')[last.endPosition.row] ?? '').replace(/\r$/, '').length };
      return { cell: unit.cell, range: { start: end, end }, newText: `\n${line}` };
    }
    if (unit === loadUnit) break;
  }
  const offset = headerEnd(loadUnit.text);
  const at = { line: loadUnit.text.slice(0, offset).split('\n').length - 1, character: 0 };
  return { cell: loadUnit.cell, range: { start: at, end: at }, newText: `${line}\n` };
}

/** What the fix knows of the rest of the project: whether another file uses pandera, and the file's units. */
export interface FixContext {
  aliases: ImportAliases;
  projectUsesPandera: boolean;
  units: readonly ParsedUnit[];
}

/** The fix for an unchecked load that is bound to a name; undefined when there is nothing to name. */
export function sanityChecksFix(record: LoadRecord, source: string, context: FixContext): Fix | undefined {
  const name = record.targets[0];
  if (!name) return undefined;
  const lines = linesOf(source);
  const startLine = record.statement.startPosition.row;
  const indent = /^\s*/.exec(lines[startLine] ?? '')![0];
  const endLine = record.statement.endPosition.row;
  const endCharacter = (lines[endLine] ?? '').replace(/\r$/, '').length;
  // The project uses pandera but this file does not import it: write the schema and import pandera.
  const addsImport = context.projectUsesPandera && wantsSchema(record) && !aliasOf(context.aliases, 'pandera', 'pandera.pandas');
  const alias = context.aliases.has('pa') ? 'pandera' : 'pa';
  const text = checkLines(record, name, context.aliases, addsImport ? alias : undefined).map((line) => `\n${indent}${line}`).join('');
  const edits: FixEdit[] = [{ cell: record.unit.cell, range: { start: { line: endLine, character: endCharacter }, end: { line: endLine, character: endCharacter } }, newText: text }];
  if (addsImport) edits.unshift(importEdit(context.units, record, alias === 'pa' ? 'import pandera as pa' : 'import pandera'));
  return { title: `Add sanity checks for \`${name}\``, edits };
}

// "Add sanity checks" for an unchecked load: checks inferred from how the data is used afterwards, inserted
// right after the loading statement with its indentation. Frames: not empty, the columns the code reads
// exist and have no missing values (a pandera schema when pandera is imported); arrays: not empty and
// finite; JSON: the keys the code reads exist. The inserted code mentions the loaded name, so once applied
// the load counts as checked and the fix is not offered again.
import type { LoadRecord } from './dataLoads';
import type { ImportAliases } from './imports';
import type { Fix } from './types';

const MAX_FIELDS = 12;

const quote = (text: string) => JSON.stringify(text);

/** The module alias a file uses for a package (`pa` for pandera, `np` for numpy), if it imports it. */
function aliasOf(aliases: ImportAliases, ...modules: string[]): string | undefined {
  for (const [alias, module] of aliases) if (modules.includes(module)) return alias;
  return undefined;
}

function checkLines(record: LoadRecord, name: string, aliases: ImportAliases): string[] {
  const label = record.source ? record.source.split('/').pop()! : name;
  const fields = [...record.fields].sort().slice(0, MAX_FIELDS);
  switch (record.kind) {
    case 'frame': {
      const pandera = aliasOf(aliases, 'pandera', 'pandera.pandas');
      if (pandera && fields.length > 0 && !record.qualified.startsWith('polars') && !record.qualified.startsWith('spark')) {
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

/** The fix for an unchecked load that is bound to a name; undefined when there is nothing to name. */
export function sanityChecksFix(record: LoadRecord, source: string, aliases: ImportAliases): Fix | undefined {
  const name = record.targets[0];
  if (!name) return undefined;
  const lines = linesOf(source);
  const startLine = record.statement.startPosition.row;
  const indent = /^\s*/.exec(lines[startLine] ?? '')![0];
  const endLine = record.statement.endPosition.row;
  const endCharacter = (lines[endLine] ?? '').replace(/\r$/, '').length;
  const text = checkLines(record, name, aliases).map((line) => `\n${indent}${line}`).join('');
  return {
    title: `Add sanity checks for \`${name}\``,
    edits: [{ cell: record.unit.cell, range: { start: { line: endLine, character: endCharacter }, end: { line: endLine, character: endCharacter } }, newText: text }],
  };
}

import { analyseDataLoads, importAliasesOf, isTestFile, type LoadRecord } from '../../analysis/dataLoads';
import { sanityChecksFix } from '../../analysis/sanityFix';
import { stringListOption, type ParsedUnit, type Rule } from '../../analysis/rule';
import { nodeRange } from '../../parsing/syntax';

/**
 * ## What it does
 * Reports a call that brings external data into the program (pandas `read_*`, `json.load`, `torch.load`,
 * an HTTP response's `.json()`, Spark's `spark.read.*` …) when nothing checks that data afterwards in the
 * same scope: no `assert`, no `if … raise`, no schema validation (pandera, Great Expectations, pydantic,
 * jsonschema, marshmallow, TFDV), no reader-level schema, no validating function. Looking at the data
 * (`df.head()`, `df.info()`) is inspection, not a check. A local function that returns loaded data is a loader where
 * it is called, and is reported there. Test files, bundled toy datasets, files shipped inside the package (paths from
 * `__file__` or `importlib.resources`), the program's own output and serialization read back, and URLs only probed
 * are left alone.
 */
export const uncheckedDataLoad: Rule = {
  meta: {
    id: 'unchecked-data-load',
    practice: '01-sanity_check',
    relatedPractices: ['01-input-data-complete'],
    defaultSeverity: 'warning',
    defaultSeverityInNotebooks: 'info',
    description: 'External data loaded without any sanity check afterwards (assert, if … raise, schema validation).',
    options: {
      loaders: { type: 'string[]', default: [], description: 'Extra loader functions, as dotted names (`mylib.io.read_table`, `*` allowed).' },
      validators: {
        type: 'string[]',
        default: ['validate*', 'check*', 'verify*', 'sanity*', 'assert_*'],
        description: 'Function names (globs) that count as a check when the data is passed to them.',
      },
    },
  },
  check(context) {
    if (isTestFile(context.snapshot.uri)) return;
    const records = analyseDataLoads(context, { extraLoaders: stringListOption(context.options, 'loaders'), validatorNames: stringListOption(context.options, 'validators') });
    let importAliases: ReturnType<typeof importAliasesOf> | undefined;
    const aliases = () => (importAliases ??= importAliasesOf(context.units));
    // Asked once per analysis: the answer scans what the project knows of its other files.
    let projectUsesPandera: boolean | undefined;
    const usesPandera = () => (projectUsesPandera ??= context.project.imports('pandera'));
    const where = (unit: ParsedUnit, line: number) => (unit.cell === undefined ? `line ${line + 1}` : `cell ${unit.cell + 1}, line ${line + 1}`);
    for (const record of records) {
      const summary = describeLoad(record, where);
      if (record.checked || record.returnedToCallers) {
        context.note({ unit: record.unit, range: nodeRange(record.call), markdown: summary, ruleId: 'unchecked-data-load' });
        continue;
      }
      const name = record.source ? `\`${record.source}\`` : 'the data';
      const inspected = record.inspected ? ` It is only inspected (${record.inspected.what}, ${where(record.inspected.unit, record.inspected.node.startPosition.row)}): nothing fails when it is wrong.` : '';
      const inner = record.wrapped?.[0];
      const loads = inner ? `returns ${name} loaded by \`${inner.callee}\` (${where(inner.unit, inner.call.startPosition.row)})` : `loads ${name}`;
      context.report({
        unit: record.unit,
        range: nodeRange(record.call),
        message: `\`${record.callee}\` ${loads}, and nothing checks it before use.${inspected} Add a sanity check (assert the columns, types and ranges you rely on, or validate a schema).`,
        details: summary,
        fix: sanityChecksFix(record, record.unit.source, { aliases: aliases(), projectUsesPandera: usesPandera(), units: context.units }),
      });
    }
  },
};

function describeLoad(record: LoadRecord, where: (unit: ParsedUnit, line: number) => string): string {
  const head = `**Loads external data** with \`${record.qualified}\`${record.targets.length > 0 ? ` into \`${record.targets.join('`, `')}\`` : ''}.`;
  if (record.returnedToCallers) return `${head} The function returns it unchecked, so it is checked (or reported) where the function is called.`;
  if (record.checked) return `${head} Checked by ${record.checked.what} (${where(record.checked.unit, record.checked.node.startPosition.row)}).`;
  if (record.inspected) return `${head} Inspected by ${record.inspected.what} (${where(record.inspected.unit, record.inspected.node.startPosition.row)}), never checked.`;
  return `${head} Never checked.`;
}

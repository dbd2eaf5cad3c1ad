// Where external data enters the program and whether anything checks it before use. For every loader
// call (pandas read_*, json.load, torch.load, an HTTP response's .json() …) we follow the value and what
// is derived from it by assignment through the rest of its scope (the function body, the module, or the
// cells below in a notebook), and record the first real check (assert, if … raise, schema validation, a
// validating function) or, failing that, the first inspection (head/info/describe …). The
// unchecked-data-load rule, its hover and its quick fix are built on these records.
import picomatch from 'picomatch';
import type { SyntaxNode } from '../parsing/parser';
import { walk } from '../parsing/syntax';
import { collectImports, dottedName, qualify, type ImportAliases } from './imports';
import type { ParsedUnit, RuleContext } from './rule';
import { targetNames } from './bindings';

export type LoadedKind = 'frame' | 'array' | 'image' | 'json' | 'other';

export interface LoadEvidence {
  unit: ParsedUnit;
  node: SyntaxNode;
  /** "the assert", "schema.validate(…)", "df.head()" … */
  what: string;
}

export interface LoadRecord {
  unit: ParsedUnit;
  /** The loader call. */
  call: SyntaxNode;
  /** The simple statement that contains the call (where a fix inserts checks after). */
  statement: SyntaxNode;
  /** The loader as written (`pd.read_csv`) and as resolved (`pandas.read_csv`). */
  callee: string;
  qualified: string;
  kind: LoadedKind;
  /** Names bound to the loaded value by the loading statement. */
  targets: string[];
  checked?: LoadEvidence;
  inspected?: LoadEvidence;
  /** Columns (frames) or keys (JSON) the code reads later, for the "Add sanity checks" fix. */
  fields: Set<string>;
  /** The first string argument (usually a path), to name the data in messages. */
  source?: string;
  /** Load inside a function that returns it unchecked and is called elsewhere: reported at the calls instead. */
  returnedToCallers?: boolean;
}

export interface LoaderOptions {
  /** Extra loader names (dotted, `*` allowed), from settings. */
  extraLoaders: readonly string[];
  /** Function-name globs that count as validation when data is passed to them. */
  validatorNames: readonly string[];
}

const DEFAULT_LOADERS: [string, LoadedKind][] = [
  ['pandas.read_*', 'frame'],
  ['polars.read_*', 'frame'],
  ['polars.scan_*', 'frame'],
  ['pyarrow.parquet.read_table', 'frame'],
  ['pyarrow.csv.read_csv', 'frame'],
  ['numpy.load', 'array'],
  ['numpy.loadtxt', 'array'],
  ['numpy.genfromtxt', 'array'],
  ['numpy.fromfile', 'array'],
  ['json.load', 'json'],
  ['json.loads', 'json'],
  ['yaml.load', 'json'],
  ['yaml.safe_load', 'json'],
  ['yaml.full_load', 'json'],
  ['yaml.unsafe_load', 'json'],
  ['pickle.load', 'other'],
  ['pickle.loads', 'other'],
  ['joblib.load', 'other'],
  ['torch.load', 'other'],
  ['csv.reader', 'other'],
  ['csv.DictReader', 'other'],
  ['urllib.request.urlopen', 'other'],
  ['datasets.load_dataset', 'other'],
  ['sklearn.datasets.fetch_*', 'frame'],
  ['h5py.File', 'other'],
  ['xarray.open_dataset', 'other'],
  ['PIL.Image.open', 'image'],
  ['cv2.imread', 'image'],
];
const HTTP_CLIENTS = ['requests', 'httpx'];
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'request', 'delete']);
const SPARK_FORMATS = new Set(['csv', 'json', 'parquet', 'orc', 'table', 'text', 'load', 'jdbc']);
const INSPECTORS = new Set(['head', 'tail', 'info', 'describe', 'sample', 'isna', 'isnull', 'notna', 'value_counts', 'nunique', 'unique', 'show', 'printSchema', 'summary']);
const INSPECTED_PROPERTIES = new Set(['shape', 'dtypes', 'columns', 'size', 'ndim', 'dtype']);
const SCHEMA_METHODS = new Set(['validate', 'validate_python', 'validate_json', 'model_validate', 'model_validate_json', 'parse_obj', 'parse_raw', 'validate_statistics', 'validate_examples_in_tfrecord']);
/** DataFrame API names: `df.<name>` is a method or property, not a column. */
const FRAME_API = new Set(
  `T abs add agg aggregate align all any append apply applymap asfreq assign astype at axes between bfill bool boxplot clip columns combine combine_first compare copy corr count cov cummax cummin cumprod cumsum describe diff div divide dot drop drop_duplicates droplevel dropna dtypes duplicated empty eq equals eval ewm expanding explode ffill fillna filter first first_valid_index floordiv ge get groupby gt head hist iat idxmax idxmin iloc index infer_objects info insert interpolate isin isna isnull items iterrows itertuples join keys kurt last le loc lt map mask max mean median melt memory_usage merge min mod mode mul multiply ndim ne nlargest notna notnull nsmallest nunique pct_change pipe pivot pivot_table plot pop pow prod quantile query rank reindex rename reorder_levels replace resample reset_index rolling round sample select_dtypes sem set_axis set_index shape shift size skew sort_index sort_values squeeze stack std str sub sum swapaxes tail take to_csv to_dict to_excel to_json to_numpy to_parquet to_pickle to_sql to_string transform transpose truncate tz_convert unique unstack update value_counts values var where xs dt cat sparse`.split(' '),
);

interface Tracked {
  records: LoadRecord[];
}

/** Path globs of test code (pytest's naming, and tests/ folders): loads in tests read fixtures, not external data. */
const TEST_FILES = picomatch(['**/test_*.py', '**/*_test.py', '**/conftest.py', '**/tests/**'], { dot: true });

export function isTestFile(uri: string): boolean {
  const path = decodeURIComponent(uri.replace(/^file:\/\//, ''));
  return TEST_FILES(path);
}

function firstStringArgument(call: SyntaxNode): string | undefined {
  const first = call.childForFieldName('arguments')?.namedChild(0);
  if (first?.type !== 'string') return undefined;
  const content = first.namedChildren.find((child) => child?.type === 'string_content');
  return content?.text;
}

function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.text === name) return argument.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** Identifiers read in an expression (not attribute names, keyword names or nested function bodies). */
function readNames(node: SyntaxNode | null): SyntaxNode[] {
  if (!node) return [];
  const found: SyntaxNode[] = [];
  walk(node, (child) => {
    if (child.type === 'lambda' || child.type === 'function_definition' || child.type === 'class_definition') return false;
    if (child.type === 'attribute') {
      found.push(...readNames(child.childForFieldName('object')));
      return false;
    }
    if (child.type === 'keyword_argument') {
      found.push(...readNames(child.childForFieldName('value')));
      return false;
    }
    if (child.type === 'identifier') found.push(child);
    return true;
  });
  return found;
}

/**
 * Names whose value flows into an expression: like readNames, but not the index of a subscript
 * (`df[config["columns"]]` is derived from df, not from config).
 */
function valueNames(node: SyntaxNode | null): SyntaxNode[] {
  if (!node) return [];
  if (node.type === 'subscript') return valueNames(node.childForFieldName('value'));
  if (node.type === 'identifier') return [node];
  if (node.type === 'attribute') return valueNames(node.childForFieldName('object'));
  if (node.type === 'keyword_argument') return valueNames(node.childForFieldName('value'));
  if (node.type === 'lambda' || node.type === 'function_definition') return [];
  return node.namedChildren.flatMap((child) => (child ? valueNames(child) : []));
}

/** The identifier a chain of attribute access, subscripts and calls starts from (`df` in `df["a"].mean()`). */
function chainRoot(node: SyntaxNode | null): SyntaxNode | undefined {
  let current = node;
  while (current) {
    if (current.type === 'identifier') return current;
    if (current.type === 'attribute') current = current.childForFieldName('object');
    else if (current.type === 'subscript') current = current.childForFieldName('value');
    else if (current.type === 'call') current = current.childForFieldName('function');
    else if (current.type === 'parenthesized_expression') current = current.namedChild(0);
    else return undefined;
  }
  return undefined;
}

function containsRaise(block: SyntaxNode | null): boolean {
  let found = false;
  if (!block) return false;
  walk(block, (node) => {
    if (found || node.type === 'function_definition' || node.type === 'lambda') return false;
    if (node.type === 'raise_statement') found = true;
    return true;
  });
  return found;
}

const COMPOUND = new Set(['if_statement', 'for_statement', 'while_statement', 'with_statement', 'try_statement', 'match_statement']);

/** Simple statements of a block in execution order, descending into compound statements of the same scope. */
function simpleStatements(statements: readonly SyntaxNode[], visit: (statement: SyntaxNode) => void): void {
  for (const statement of statements) {
    if (statement.type === 'function_definition' || statement.type === 'class_definition' || statement.type === 'decorated_definition' || statement.type === 'comment') continue;
    if (COMPOUND.has(statement.type)) {
      visit(statement); // the header (conditions, iterables, with-items) is handled by the caller
      for (const child of statement.namedChildren) {
        if (!child) continue;
        const blocks = child.type === 'block' ? [child] : child.namedChildren.filter((inner): inner is SyntaxNode => inner?.type === 'block');
        for (const block of blocks) simpleStatements(block.namedChildren.filter((inner): inner is SyntaxNode => !!inner), visit);
      }
      continue;
    }
    visit(statement);
  }
}

/** The parts of a statement evaluated by the statement itself (a compound statement's header, not its body). */
function ownParts(statement: SyntaxNode): SyntaxNode[] {
  if (!COMPOUND.has(statement.type)) return [statement];
  return statement.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'block' && !['elif_clause', 'else_clause', 'except_clause', 'finally_clause', 'case_clause', 'except_group_clause'].includes(child.type));
}

function functionDefinitions(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  walk(root, (node) => {
    if (node.type === 'function_definition') found.push(node);
    return true;
  });
  return found;
}

function parameterNames(definition: SyntaxNode): string[] {
  return (definition.childForFieldName('parameters')?.namedChildren ?? []).flatMap((parameter) => {
    if (!parameter) return [];
    if (parameter.type === 'identifier') return [parameter.text];
    const name = parameter.childForFieldName('name') ?? parameter.namedChild(0);
    return name?.type === 'identifier' ? [name.text] : [];
  });
}

interface UnitStatements {
  unit: ParsedUnit;
  statements: SyntaxNode[];
}

/** Import aliases of the analysed file or notebook (shared with the fix builder). */
export function importAliasesOf(units: readonly ParsedUnit[]): ImportAliases {
  const aliases: ImportAliases = new Map();
  for (const unit of units) collectImports(unit.root, aliases);
  return aliases;
}

export function analyseDataLoads(context: Pick<RuleContext, 'units' | 'memo' | 'snapshot'>, options: LoaderOptions): LoadRecord[] {
  return context.memo('data-loads', () => new DataLoadAnalysis(context.units, options).run());
}

class DataLoadAnalysis {
  private readonly aliases: ImportAliases = new Map();
  private readonly loaderTable: { match: (name: string) => boolean; kind: LoadedKind }[];
  private readonly isValidatorName: (name: string) => boolean;
  /** Local functions that assert or raise on a parameter: name → checked parameter names (in order). */
  private readonly checkingFunctions = new Map<string, { parameters: string[]; checked: Set<string> }>();
  /** Local functions that return loaded data unchecked: name → the records inside them. */
  private readonly wrappingFunctions = new Map<string, LoadRecord[]>();
  private readonly records: LoadRecord[] = [];

  constructor(
    private readonly units: readonly ParsedUnit[],
    options: LoaderOptions,
  ) {
    for (const unit of units) collectImports(unit.root, this.aliases);
    this.loaderTable = [
      ...DEFAULT_LOADERS.map(([glob, kind]) => ({ match: picomatch(glob), kind })),
      ...options.extraLoaders.map((glob) => ({ match: picomatch(glob), kind: 'other' as LoadedKind })),
    ];
    this.isValidatorName = picomatch([...options.validatorNames]);
  }

  run(): LoadRecord[] {
    const definitions = this.units.flatMap((unit) => functionDefinitions(unit.root).map((definition) => ({ unit, definition })));
    for (const { definition } of definitions) this.noteCheckingFunction(definition);
    // Function bodies first: a function that returns loaded data unchecked is a loader at its call sites.
    for (const { unit, definition } of definitions) {
      const body = definition.childForFieldName('body');
      if (!body) continue;
      const returned: LoadRecord[] = [];
      const local = this.scope([{ unit, statements: body.namedChildren.filter((child): child is SyntaxNode => !!child) }], returned);
      const unchecked = returned.filter((record) => !record.checked);
      const name = definition.childForFieldName('name')?.text;
      if (name && unchecked.length > 0) this.wrappingFunctions.set(name, unchecked);
      this.records.push(...local);
    }
    const moduleRecords = this.scope(this.units.map((unit) => ({ unit, statements: unit.root.namedChildren.filter((child): child is SyntaxNode => !!child) })), []);
    this.records.push(...moduleRecords);
    // Loads inside a wrapping function are reported at its call sites, when it has some here.
    const calledWrappers = new Set(moduleRecords.concat(this.records).filter((record) => this.wrappingFunctions.has(record.qualified)).map((record) => record.qualified));
    for (const [name, inner] of this.wrappingFunctions) if (calledWrappers.has(name)) for (const record of inner) record.returnedToCallers = true;
    return this.records;
  }

  private noteCheckingFunction(definition: SyntaxNode): void {
    const name = definition.childForFieldName('name')?.text;
    const parameters = parameterNames(definition);
    if (!name || parameters.length === 0) return;
    const checked = new Set<string>();
    const decorated = definition.parent?.type === 'decorated_definition'
      ? definition.parent.namedChildren.filter((child) => child?.type === 'decorator').map((decorator) => decorator!.text)
      : [];
    if (decorated.some((text) => /check_types|check_input|check_io|validate_call|validate_arguments/.test(text))) for (const parameter of parameters) checked.add(parameter);
    walk(definition.childForFieldName('body')!, (node) => {
      if (node.type === 'function_definition') return false;
      const condition = node.type === 'assert_statement' ? node : (node.type === 'if_statement' || node.type === 'elif_clause') && containsRaise(node.childForFieldName('consequence')) ? node.childForFieldName('condition') : null;
      if (condition) for (const read of readNames(condition)) if (parameters.includes(read.text)) checked.add(read.text);
      return true;
    });
    if (checked.size > 0) this.checkingFunctions.set(name, { parameters, checked });
  }

  /** The loader a call is, if it is one: its resolved name and the kind of data it brings. */
  private loaderOf(call: SyntaxNode): { qualified: string; kind: LoadedKind } | undefined {
    const callee = call.childForFieldName('function');
    const written = dottedName(callee);
    if (written) {
      const qualified = qualify(written, this.aliases);
      const entry = this.loaderTable.find((candidate) => candidate.match(qualified));
      if (entry) return { qualified, kind: entry.kind };
      if (this.wrappingFunctions.has(written)) return { qualified: written, kind: this.wrappingFunctions.get(written)![0].kind };
    }
    if (callee?.type !== 'attribute') return undefined;
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const object = callee.childForFieldName('object');
    // requests.get(url).json() and httpx.post(…).json()
    if (method === 'json' && object?.type === 'call') {
      const inner = dottedName(object.childForFieldName('function'));
      const [client, verb] = inner ? qualify(inner, this.aliases).split('.') : [];
      if (client && HTTP_CLIENTS.includes(client) && HTTP_METHODS.has(verb)) return { qualified: `${client}.${verb}(…).json`, kind: 'json' };
    }
    // spark.read.csv(…), spark.read.format("x").load(…)
    if (SPARK_FORMATS.has(method)) {
      let current: SyntaxNode | null = object;
      while (current && (current.type === 'call' || current.type === 'attribute')) {
        if (current.type === 'attribute' && current.childForFieldName('attribute')?.text === 'read') return { qualified: `spark.read.${method}`, kind: 'frame' };
        current = current.type === 'call' ? current.childForFieldName('function') : current.childForFieldName('object');
      }
    }
    return undefined;
  }

  /** Analyses one scope (a function body, or the module / all notebook cells in order). */
  private scope(parts: UnitStatements[], returned: LoadRecord[]): LoadRecord[] {
    const tracked = new Map<string, Tracked>();
    /** Names bound to an HTTP response: `.json()` on them is a load, `.raise_for_status()` a check. */
    const responses = new Map<string, { checked?: LoadEvidence }>();
    const records: LoadRecord[] = [];
    const recordsOf = (nodes: SyntaxNode[]) => [...new Set(nodes.flatMap((node) => tracked.get(node.text)?.records ?? []))];
    const check = (targets: LoadRecord[], evidence: LoadEvidence) => {
      for (const record of targets) if (!record.checked) record.checked = evidence;
    };
    const inspect = (targets: LoadRecord[], evidence: LoadEvidence) => {
      for (const record of targets) if (!record.checked && !record.inspected) record.inspected = evidence;
    };

    for (const { unit, statements } of parts) {
      simpleStatements(statements, (statement) => {
        for (const part of ownParts(statement)) this.examine(unit, statement, part, { tracked, responses, records, recordsOf, check, inspect, returned });
      });
    }
    return records;
  }

  private examine(
    unit: ParsedUnit,
    statement: SyntaxNode,
    part: SyntaxNode,
    state: {
      tracked: Map<string, Tracked>;
      responses: Map<string, { checked?: LoadEvidence }>;
      records: LoadRecord[];
      recordsOf: (nodes: SyntaxNode[]) => LoadRecord[];
      check: (targets: LoadRecord[], evidence: LoadEvidence) => void;
      inspect: (targets: LoadRecord[], evidence: LoadEvidence) => void;
      returned: LoadRecord[];
    },
  ): void {
    const { tracked, responses, records, recordsOf, check, inspect, returned } = state;
    const evidence = (node: SyntaxNode, what: string): LoadEvidence => ({ unit, node, what });

    // Checks that are statements: assert …, and if … raise.
    if (statement.type === 'assert_statement' && part === statement) check(recordsOf(readNames(statement)), evidence(statement, 'the assert'));
    if (statement.type === 'if_statement' && statement.childForFieldName('condition')?.equals(part)) {
      const clauses = [statement, ...statement.namedChildren.filter((child): child is SyntaxNode => child?.type === 'elif_clause')];
      for (const clause of clauses) {
        if (containsRaise(clause.childForFieldName('consequence'))) check(recordsOf(readNames(clause.childForFieldName('condition'))), evidence(clause, 'the `if … raise`'));
      }
    }

    // Calls: loads, validations, inspections.
    const newLoads: LoadRecord[] = [];
    // Calls in post-order (arguments before the call that takes them): `schema.validate(pd.read_csv(p))`
    // must see the load before the validation.
    const calls: SyntaxNode[] = [];
    const collect = (node: SyntaxNode) => {
      if (node.type === 'lambda' || node.type === 'function_definition' || node.type === 'class_definition') return;
      if (node.type === 'subscript' || node.type === 'attribute') this.noteField(node, tracked);
      for (const child of node.namedChildren) if (child) collect(child);
      if (node.type === 'call') calls.push(node);
    };
    collect(part);
    for (const node of calls) {
      const callee = node.childForFieldName('function');
      const argumentsNode = node.childForFieldName('arguments');
      const argumentValues = (argumentsNode?.namedChildren ?? []).filter((argument): argument is SyntaxNode => !!argument);
      const argumentRecords = recordsOf(argumentValues.flatMap((argument) => readNames(argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument)));
      const calleeName = dottedName(callee) ?? '';
      const method = callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '';
      const receiver = callee?.type === 'attribute' ? chainRoot(callee.childForFieldName('object')) : undefined;
      const receiverRecords = receiver ? tracked.get(receiver.text)?.records ?? [] : [];
      const shortName = calleeName.split('.').pop() ?? '';

      const loader = this.loaderOf(node);
      const responseReceiver = method === 'json' && receiver && responses.has(receiver.text) && callee?.childForFieldName('object')?.type === 'identifier';
      if (loader || responseReceiver) {
        const qualified = loader?.qualified ?? `${receiver!.text}.json`;
        const record: LoadRecord = {
          unit,
          call: node,
          statement,
          callee: calleeName || qualified,
          qualified,
          kind: loader?.kind ?? 'json',
          targets: [],
          fields: new Set(),
          source: firstStringArgument(node),
        };
        if (responseReceiver && responses.get(receiver!.text)!.checked) record.checked = responses.get(receiver!.text)!.checked;
        // A reader-level schema (a dtype mapping, or schema=) checks the data as it is read.
        const dtype = keywordArgument(node, 'dtype');
        if ((dtype && (dtype.type === 'dictionary' || (dtype.type === 'identifier' && !['str', 'float', 'int', 'object', 'bool'].includes(dtype.text)))) || keywordArgument(node, 'schema')) {
          record.checked = evidence(node, 'the schema given to the reader');
        }
        newLoads.push(record);
        records.push(record);
      }

      // Validation of tracked data (or of a load in the same expression).
      const nestedLoads = newLoads.filter((record) => argumentValues.some((argument) => argument.equals(record.call) || (argument.type === 'keyword_argument' && argument.childForFieldName('value')?.equals(record.call))));
      const validates =
        SCHEMA_METHODS.has(method) ||
        SCHEMA_METHODS.has(shortName) ||
        this.isValidatorName(shortName) ||
        (method === 'load' || method === 'loads' ? receiver !== undefined && !this.aliases.has(receiver.text) && !loader : false);
      if (validates) check([...argumentRecords, ...nestedLoads], evidence(node, `\`${calleeName || method}(…)\``));
      if (method.startsWith('expect_') || method === 'raise_for_status') {
        check(receiverRecords, evidence(node, `\`${receiver?.text}.${method}(…)\``));
        if (method === 'raise_for_status' && receiver && responses.has(receiver.text)) responses.get(receiver.text)!.checked = evidence(node, `\`${receiver.text}.raise_for_status()\``);
      }
      // Model(**data): a class (pydantic, dataclass with checks) built from the data.
      if (/^[A-Z]/.test(shortName) && argumentValues.some((argument) => argument.type === 'dictionary_splat')) {
        check(recordsOf(argumentValues.filter((argument) => argument.type === 'dictionary_splat').flatMap((argument) => readNames(argument))), evidence(node, `\`${calleeName}(**…)\``));
      }
      // A local function that asserts or raises on the parameter the data is passed to.
      const local = this.checkingFunctions.get(calleeName);
      if (local) {
        argumentValues.forEach((argument, index) => {
          const parameter = argument.type === 'keyword_argument' ? argument.childForFieldName('name')?.text : local.parameters[index];
          if (parameter && local.checked.has(parameter)) {
            const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
            check([...recordsOf(readNames(value)), ...nestedLoads.filter((record) => value?.equals(record.call))], evidence(node, `\`${calleeName}(…)\``));
          }
        });
      }
      // Looking at the data is not checking it.
      if (INSPECTORS.has(method)) inspect(receiverRecords, evidence(node, `\`${node.text.length > 40 ? `${receiver?.text}.${method}()` : node.text}\``));
      if (['print', 'display'].includes(calleeName)) inspect(argumentRecords, evidence(node, `\`${calleeName}(…)\``));
    }

    // A bare expression showing the data (the last line of a notebook cell): inspection.
    if (statement.type === 'expression_statement' && part === statement) {
      const expression = statement.namedChild(0);
      if (expression && expression.type !== 'call' && expression.type !== 'assignment' && expression.type !== 'augmented_assignment') {
        const root = chainRoot(expression);
        const property = expression.type === 'attribute' ? expression.childForFieldName('attribute')?.text : undefined;
        if (root && (expression.type === 'identifier' || (property && INSPECTED_PROPERTIES.has(property)))) inspect(tracked.get(root.text)?.records ?? [], evidence(statement, `\`${statement.text}\``));
      }
    }

    // Bindings: targets of the load, derived values, names reused for something else.
    const binding = this.bindingOf(part);
    if (binding) {
      const { targets, value } = binding;
      const fromLoads = newLoads.filter((record) => value && (value.equals(record.call) || this.contains(value, record.call)));
      const derived = recordsOf(valueNames(value));
      const isResponse = value?.type === 'call' && this.isHttpCall(value);
      for (const target of targets) {
        responses.delete(target.text);
        if (fromLoads.length > 0) {
          tracked.set(target.text, { records: fromLoads });
          for (const record of fromLoads) if (!record.targets.includes(target.text)) record.targets.push(target.text);
        } else if (derived.length > 0) {
          tracked.set(target.text, { records: derived });
        } else {
          tracked.delete(target.text); // the name now holds something else
          if (isResponse) responses.set(target.text, {});
        }
      }
    }
    if (statement.type === 'return_statement' && part === statement) {
      returned.push(...recordsOf(readNames(statement)), ...newLoads);
    }
  }

  private isHttpCall(call: SyntaxNode): boolean {
    const inner = dottedName(call.childForFieldName('function'));
    const [client, verb] = inner ? qualify(inner, this.aliases).split('.') : [];
    return !!client && HTTP_CLIENTS.includes(client) && HTTP_METHODS.has(verb);
  }

  private contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
    return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
  }

  /** Targets and value of an assignment-like part (`x = …`, `with … as x`, `for x in …`). */
  private bindingOf(part: SyntaxNode): { targets: SyntaxNode[]; value: SyntaxNode | null } | undefined {
    const assignment = part.type === 'expression_statement' ? part.namedChild(0) : part;
    if (assignment?.type === 'assignment') {
      // a = b = load(): every target binds the innermost value.
      let value = assignment.childForFieldName('right');
      const targets = targetNames(assignment.childForFieldName('left')!);
      while (value?.type === 'assignment') {
        targets.push(...targetNames(value.childForFieldName('left')!));
        value = value.childForFieldName('right');
      }
      return { targets, value };
    }
    if (part.type === 'with_clause') {
      const items = part.namedChildren.filter((child): child is SyntaxNode => child?.type === 'with_item');
      const targets: SyntaxNode[] = [];
      let value: SyntaxNode | null = null;
      for (const item of items) {
        const pattern = item.childForFieldName('value');
        if (pattern?.type === 'as_pattern') {
          value = pattern.namedChild(0);
          const alias = pattern.childForFieldName('alias');
          if (alias) targets.push(...targetNames(alias));
        }
      }
      return targets.length > 0 ? { targets, value } : undefined;
    }
    return undefined;
  }

  /** Columns (`df["age"]`, `df.age`, `df[["a", "b"]]`) and keys (`data["k"]`) read from tracked data. */
  private noteField(node: SyntaxNode, tracked: Map<string, Tracked>): void {
    if (node.type === 'subscript') {
      const value = node.childForFieldName('value');
      if (value?.type !== 'identifier') return;
      const records = tracked.get(value.text)?.records;
      if (!records) return;
      const subscript = node.childForFieldName('subscript');
      const strings = subscript?.type === 'string' ? [subscript] : subscript?.type === 'list' ? subscript.namedChildren.filter((child): child is SyntaxNode => child?.type === 'string') : [];
      for (const string of strings) {
        const content = string.namedChildren.find((child) => child?.type === 'string_content')?.text;
        if (content) for (const record of records) record.fields.add(content);
      }
      return;
    }
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute')?.text;
    if (object?.type !== 'identifier' || !attribute || node.parent?.type === 'call' && node.parent.childForFieldName('function')?.equals(node)) return;
    if (node.parent?.type === 'assignment' && node.parent.childForFieldName('left')?.equals(node)) return;
    for (const record of tracked.get(object.text)?.records ?? []) {
      if (record.kind === 'frame' && !FRAME_API.has(attribute) && !attribute.startsWith('_')) record.fields.add(attribute);
    }
  }
}

// Where external data enters the program and whether anything checks it before use. For every loader
// call (pandas read_*, json.load, torch.load, an HTTP response's .json() …) we follow the value and what
// is derived from it by assignment through the rest of its scope (the function body, the module, or the
// cells below in a notebook), and record the first real check (assert, if … raise, schema validation, a
// validating function) or, failing that, the first inspection (head/info/describe …). The
// unchecked-data-load rule, its hover and its quick fix are built on these records.
import picomatch from 'picomatch';
import type { SyntaxNode } from '../parsing/parser';
import { chainRoot, walk } from '../parsing/syntax';
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
  ['pyarrow.feather.read_*', 'frame'],
  ['dask.dataframe.read_*', 'frame'],
  ['scipy.io.loadmat', 'other'],
  ['scipy.io.arff.loadarff', 'other'],
  ['skimage.io.imread', 'image'],
  ['imageio.imread', 'image'],
  ['imageio.v2.imread', 'image'],
  ['imageio.v3.imread', 'image'],
  ['matplotlib.pyplot.imread', 'image'],
  ['matplotlib.image.imread', 'image'],
  ['dill.load', 'other'],
  ['dill.loads', 'other'],
  ['xarray.open_mfdataset', 'other'],
  ['xarray.open_zarr', 'other'],
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

/** One call, reduced to what the analysis needs (plain data: no tree access after extraction). */
interface CallFact {
  node: SyntaxNode;
  calleeName: string;
  method: string;
  /** The identifier the callee's object chain starts from (`df` in `df["a"].head()`). */
  receiver?: string;
  /** The callee's object is a bare identifier (`response.json()`), not a longer chain. */
  receiverIsName: boolean;
  /** For `x.json()` on a call: the inner callee (`requests.get`). */
  innerCalleeName?: string;
  /** `spark.read…<method>(…)`: the chain has a `.read` step. */
  throughRead: boolean;
  argumentNames: string[];
  argumentsInfo: { keyword?: string; names: string[]; isDictSplat: boolean; callIndex?: number }[];
  firstString?: string;
  readerSchema: boolean;
  /** Opened for writing (`h5py.File(p, "w")`, `mode="a"`): not a load. */
  writeMode: boolean;
  /** The first argument is a string literal (`'string'`) or `StringIO("…")` around one (`'text'`). */
  literalArgument?: 'string' | 'text';
  /** The first argument's name, bare or inside `StringIO(name)` (to tell names bound to string literals). */
  firstArgumentName?: string;
  firstArgumentInStringIo: boolean;
}

interface FieldFact {
  object: string;
  field: string;
  /** df.age (attribute) or df["age"] (subscript). */
  viaAttribute: boolean;
}

interface PartFacts {
  calls: CallFact[];
  fields: FieldFact[];
  binding?: { targets: string[]; valueNames: string[]; valueCalls: number[]; valueHttpCallee?: string; valueIsString?: boolean };
  assertNames?: string[];
  ifRaiseClauses?: { names: string[]; node: SyntaxNode }[];
  returnNames?: string[];
  display?: { root: string; isName: boolean; property?: string; text: string; node: SyntaxNode };
}

interface StatementFacts {
  statement: SyntaxNode;
  parts: PartFacts[];
}

interface FunctionFacts {
  name?: string;
  parameters: string[];
  /** Parameters the function asserts or raises on (or all, for @check_types-style decorators). */
  checked: Set<string>;
  body: StatementFacts[];
}

interface UnitFacts {
  /** Module-level names bound to string literals (`version_json = '''{…}'''`). */
  stringConstants: string[];
  aliases: ImportAliases;
  statements: StatementFacts[];
  functions: FunctionFacts[];
}

function callFact(call: SyntaxNode, calls: SyntaxNode[]): CallFact {
  const callee = call.childForFieldName('function');
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  let throughRead = false;
  for (let current: SyntaxNode | null = object; current && (current.type === 'call' || current.type === 'attribute'); current = current.type === 'call' ? current.childForFieldName('function') : current.childForFieldName('object')) {
    if (current.type === 'attribute' && current.childForFieldName('attribute')?.text === 'read') throughRead = true;
  }
  const argumentNodes = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((argument): argument is SyntaxNode => !!argument);
  const dtype = keywordArgument(call, 'dtype');
  return {
    node: call,
    calleeName: dottedName(callee) ?? '',
    method: callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '',
    receiver: object ? chainRoot(object)?.text : undefined,
    receiverIsName: object?.type === 'identifier',
    innerCalleeName: object?.type === 'call' ? dottedName(object.childForFieldName('function')) : undefined,
    throughRead,
    argumentNames: argumentNodes.flatMap((argument) => readNames(argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument)).map((node) => node.text),
    argumentsInfo: argumentNodes.map((argument) => {
      const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
      const callIndex = value ? calls.findIndex((candidate) => candidate.equals(value)) : -1;
      return {
        keyword: argument.type === 'keyword_argument' ? argument.childForFieldName('name')?.text : undefined,
        names: readNames(value).map((node) => node.text),
        isDictSplat: argument.type === 'dictionary_splat',
        callIndex: callIndex >= 0 ? callIndex : undefined,
      };
    }),
    firstString: firstStringArgument(call),
    writeMode: isWriteMode(call),
    literalArgument: literalKind(argumentNodes[0]),
    firstArgumentName: argumentNodes[0]?.type === 'identifier' ? argumentNodes[0].text : stringIoArgumentName(argumentNodes[0]),
    firstArgumentInStringIo: stringIoArgumentName(argumentNodes[0]) !== undefined,
    readerSchema: !!(dtype && (dtype.type === 'dictionary' || (dtype.type === 'identifier' && !['str', 'float', 'int', 'object', 'bool'].includes(dtype.text)))) || !!keywordArgument(call, 'schema'),
  };
}

const STRING_TYPES = new Set(['string', 'concatenated_string']);

/** `h5py.File(p, "w")`, `open_dataset(p, mode="a")`: a write or create mode (no `r`). */
function isWriteMode(call: SyntaxNode): boolean {
  const second = call.childForFieldName('arguments')?.namedChildren.filter((argument) => argument?.type !== 'keyword_argument')[1];
  const mode = keywordArgument(call, 'mode') ?? second;
  if (!mode || mode.type !== 'string') return false;
  const text = mode.namedChildren.find((child) => child?.type === 'string_content')?.text ?? '';
  return /[wax]/.test(text) && !text.includes('r');
}

/** `'string'` for a string literal, `'text'` for `StringIO("…")` around one (data written in the program). */
function literalKind(node: SyntaxNode | undefined | null): 'string' | 'text' | undefined {
  if (!node) return undefined;
  if (STRING_TYPES.has(node.type)) return 'string';
  if (node.type === 'call' && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(node.childForFieldName('function')) ?? '')) {
    const inner = node.childForFieldName('arguments')?.namedChild(0);
    if (inner && STRING_TYPES.has(inner.type)) return 'text';
  }
  return undefined;
}

/** The name in `StringIO(name)`, so a name bound to a string literal counts as literal text too. */
function stringIoArgumentName(node: SyntaxNode | undefined | null): string | undefined {
  if (node?.type !== 'call' || !/(^|\.)(StringIO|BytesIO)$/.test(dottedName(node.childForFieldName('function')) ?? '')) return undefined;
  const inner = node.childForFieldName('arguments')?.namedChild(0);
  return inner?.type === 'identifier' ? inner.text : undefined;
}

function fieldFact(node: SyntaxNode): FieldFact[] {
  if (node.type === 'subscript') {
    const value = node.childForFieldName('value');
    if (value?.type !== 'identifier') return [];
    const subscript = node.childForFieldName('subscript');
    const strings = subscript?.type === 'string' ? [subscript] : subscript?.type === 'list' ? subscript.namedChildren.filter((child): child is SyntaxNode => child?.type === 'string') : [];
    return strings.flatMap((string) => {
      const content = string.namedChildren.find((child) => child?.type === 'string_content')?.text;
      return content ? [{ object: value.text, field: content, viaAttribute: false }] : [];
    });
  }
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute')?.text;
  if (object?.type !== 'identifier' || !attribute) return [];
  const parent = node.parent;
  if (parent?.type === 'call' && parent.childForFieldName('function')?.equals(node)) return [];
  if (parent?.type === 'assignment' && parent.childForFieldName('left')?.equals(node)) return [];
  return [{ object: object.text, field: attribute, viaAttribute: true }];
}

function bindingFacts(part: SyntaxNode, calls: SyntaxNode[]): PartFacts['binding'] {
  const withinValue = (value: SyntaxNode | null) =>
    value ? calls.flatMap((call, index) => (call.startIndex >= value.startIndex && call.endIndex <= value.endIndex ? [index] : [])) : [];
  const assignment = part.type === 'expression_statement' ? part.namedChild(0) : part;
  if (assignment?.type === 'assignment') {
    let value = assignment.childForFieldName('right');
    const targets = targetNames(assignment.childForFieldName('left')!);
    while (value?.type === 'assignment') {
      targets.push(...targetNames(value.childForFieldName('left')!));
      value = value.childForFieldName('right');
    }
    return {
      targets: targets.map((node) => node.text),
      valueNames: valueNames(value).map((node) => node.text),
      valueCalls: withinValue(value),
      valueHttpCallee: value?.type === 'call' ? dottedName(value.childForFieldName('function')) : undefined,
      valueIsString: !!value && STRING_TYPES.has(value.type),
    };
  }
  if (part.type === 'with_clause') {
    const targets: string[] = [];
    let value: SyntaxNode | null = null;
    for (const item of part.namedChildren) {
      const pattern = item?.type === 'with_item' ? item.childForFieldName('value') : null;
      if (pattern?.type === 'as_pattern') {
        value = pattern.namedChild(0);
        const alias = pattern.childForFieldName('alias');
        if (alias) targets.push(...targetNames(alias).map((node) => node.text));
      }
    }
    return targets.length > 0 ? { targets, valueNames: valueNames(value).map((node) => node.text), valueCalls: withinValue(value) } : undefined;
  }
  return undefined;
}

function partFacts(statement: SyntaxNode, part: SyntaxNode): PartFacts {
  const calls: SyntaxNode[] = [];
  const fields: FieldFact[] = [];
  // Calls in post-order (arguments before the call that takes them): `schema.validate(pd.read_csv(p))`
  // must see the load before the validation.
  const collect = (node: SyntaxNode) => {
    if (node.type === 'lambda' || node.type === 'function_definition' || node.type === 'class_definition') return;
    if (node.type === 'subscript' || node.type === 'attribute') fields.push(...fieldFact(node));
    for (const child of node.namedChildren) if (child) collect(child);
    if (node.type === 'call') calls.push(node);
  };
  collect(part);
  const facts: PartFacts = { calls: calls.map((call) => callFact(call, calls)), fields, binding: bindingFacts(part, calls) };
  if (part === statement && statement.type === 'assert_statement') facts.assertNames = readNames(statement).map((node) => node.text);
  if (statement.type === 'if_statement' && statement.childForFieldName('condition')?.equals(part)) {
    const clauses = [statement, ...statement.namedChildren.filter((child): child is SyntaxNode => child?.type === 'elif_clause')];
    facts.ifRaiseClauses = clauses
      .filter((clause) => containsRaise(clause.childForFieldName('consequence')))
      .map((clause) => ({ names: readNames(clause.childForFieldName('condition')).map((node) => node.text), node: clause }));
  }
  if (part === statement && statement.type === 'return_statement') facts.returnNames = readNames(statement).map((node) => node.text);
  if (part === statement && statement.type === 'expression_statement') {
    const expression = statement.namedChild(0);
    if (expression && expression.type !== 'call' && expression.type !== 'assignment' && expression.type !== 'augmented_assignment') {
      const root = chainRoot(expression);
      const property = expression.type === 'attribute' ? expression.childForFieldName('attribute')?.text : undefined;
      if (root) facts.display = { root: root.text, isName: expression.type === 'identifier', property, text: statement.text, node: statement };
    }
  }
  return facts;
}

function statementFacts(statements: readonly SyntaxNode[]): StatementFacts[] {
  const result: StatementFacts[] = [];
  simpleStatements(statements, (statement) => result.push({ statement, parts: ownParts(statement).map((part) => partFacts(statement, part)) }));
  return result;
}

function functionFacts(definition: SyntaxNode): FunctionFacts {
  const parameters = parameterNames(definition);
  const checked = new Set<string>();
  const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent.namedChildren.filter((child) => child?.type === 'decorator').map((decorator) => decorator!.text) : [];
  if (decorated.some((text) => /check_types|check_input|check_io|validate_call|validate_arguments/.test(text))) for (const parameter of parameters) checked.add(parameter);
  const body = definition.childForFieldName('body');
  if (body) {
    walk(body, (node) => {
      if (node.type === 'function_definition') return false;
      const condition = node.type === 'assert_statement' ? node : (node.type === 'if_statement' || node.type === 'elif_clause') && containsRaise(node.childForFieldName('consequence')) ? node.childForFieldName('condition') : null;
      if (condition) for (const read of readNames(condition)) if (parameters.includes(read.text)) checked.add(read.text);
      return true;
    });
  }
  return {
    name: definition.childForFieldName('name')?.text,
    parameters,
    checked,
    body: body ? statementFacts(body.namedChildren.filter((child): child is SyntaxNode => !!child)) : [],
  };
}

/** Everything the data-load analysis needs from one unit; depends only on its text, so it is cached with the tree. */
function unitFacts(root: SyntaxNode): UnitFacts {
  const statements = statementFacts(root.namedChildren.filter((child): child is SyntaxNode => !!child));
  return {
    stringConstants: statements.flatMap(({ parts }) => parts.flatMap((part) => (part.binding?.valueIsString ? part.binding.targets : []))),
    aliases: collectImports(root),
    statements,
    functions: functionDefinitions(root).map(functionFacts),
  };
}

interface ScopePart {
  unit: ParsedUnit;
  statements: StatementFacts[];
}

export function analyseDataLoads(context: Pick<RuleContext, 'units' | 'memo' | 'snapshot'>, options: LoaderOptions): LoadRecord[] {
  return context.memo('data-loads', () => new DataLoadAnalysis(context.units, options).run());
}

/** Import aliases of the analysed file or notebook (shared with the fix builder). */
export function importAliasesOf(units: readonly ParsedUnit[]): ImportAliases {
  const aliases: ImportAliases = new Map();
  for (const unit of units) for (const [alias, module] of unit.derive('data-load-facts', () => unitFacts(unit.root)).aliases) aliases.set(alias, module);
  return aliases;
}

class DataLoadAnalysis {
  private readonly aliases: ImportAliases;
  private readonly facts: { unit: ParsedUnit; facts: UnitFacts }[];
  private readonly loaderTable: { match: (name: string) => boolean; kind: LoadedKind }[];
  private readonly isValidatorName: (name: string) => boolean;
  /** Local functions that assert or raise on a parameter: name → parameters, and which are checked. */
  private readonly checkingFunctions = new Map<string, { parameters: string[]; checked: Set<string> }>();
  /** Local functions that return loaded data unchecked: name → the records inside them. */
  private readonly wrappingFunctions = new Map<string, LoadRecord[]>();
  private readonly records: LoadRecord[] = [];
  /** Names bound to string literals at module level: loading from them is reading the program's own text. */
  private readonly stringConstants: Set<string>;

  constructor(units: readonly ParsedUnit[], options: LoaderOptions) {
    this.facts = units.map((unit) => ({ unit, facts: unit.derive('data-load-facts', () => unitFacts(unit.root)) }));
    this.stringConstants = new Set(this.facts.flatMap(({ facts }) => facts.stringConstants));
    this.aliases = importAliasesOf(units);
    this.loaderTable = [
      ...DEFAULT_LOADERS.map(([glob, kind]) => ({ match: picomatch(glob), kind })),
      ...options.extraLoaders.map((glob) => ({ match: picomatch(glob), kind: 'other' as LoadedKind })),
    ];
    this.isValidatorName = picomatch([...options.validatorNames]);
  }

  run(): LoadRecord[] {
    for (const { facts } of this.facts) for (const fn of facts.functions) if (fn.name && fn.checked.size > 0) this.checkingFunctions.set(fn.name, { parameters: fn.parameters, checked: fn.checked });
    // Function bodies first: a function that returns loaded data unchecked is a loader at its call sites.
    for (const { unit, facts } of this.facts) {
      for (const fn of facts.functions) {
        const returned: LoadRecord[] = [];
        this.records.push(...this.scope([{ unit, statements: fn.body }], returned));
        const unchecked = returned.filter((record) => !record.checked);
        if (fn.name && unchecked.length > 0) this.wrappingFunctions.set(fn.name, unchecked);
      }
    }
    this.records.push(...this.scope(this.facts.map(({ unit, facts }) => ({ unit, statements: facts.statements })), []));
    // Loads inside a wrapping function are reported at its call sites, when it has some here.
    const calledWrappers = new Set(this.records.filter((record) => this.wrappingFunctions.has(record.qualified)).map((record) => record.qualified));
    for (const [name, inner] of this.wrappingFunctions) if (calledWrappers.has(name)) for (const record of inner) record.returnedToCallers = true;
    return this.records;
  }

  /** The loader a call is, if it is one: its resolved name and the kind of data it brings. */
  private loaderOf(call: CallFact): { qualified: string; kind: LoadedKind } | undefined {
    // Writing a file is not loading. Neither is parsing text written in the program itself: a string
    // literal (or a module constant holding one) given to a text parser (json.loads, yaml.safe_load …),
    // or wrapped in StringIO for any reader. A string given to a file reader is a path, and stays a load.
    if (call.writeMode) return undefined;
    const parsesText = /(^|\.)loads$/.test(call.calleeName) || /^yaml\.(safe_|full_|unsafe_)?load$/.test(qualify(call.calleeName, this.aliases));
    const literal = call.literalArgument === 'text' || (call.literalArgument === 'string' && parsesText);
    const constant = call.firstArgumentName !== undefined && this.stringConstants.has(call.firstArgumentName) && (parsesText || call.firstArgumentInStringIo);
    if (literal || constant) return undefined;
    if (call.calleeName) {
      const qualified = qualify(call.calleeName, this.aliases);
      const entry = this.loaderTable.find((candidate) => candidate.match(qualified));
      if (entry) return { qualified, kind: entry.kind };
      const wrapped = this.wrappingFunctions.get(call.calleeName);
      if (wrapped) return { qualified: call.calleeName, kind: wrapped[0].kind };
    }
    // requests.get(url).json() and httpx.post(…).json()
    if (call.method === 'json' && call.innerCalleeName && this.isHttpCallee(call.innerCalleeName)) {
      return { qualified: `${qualify(call.innerCalleeName, this.aliases)}(…).json`, kind: 'json' };
    }
    // spark.read.csv(…), spark.read.format("x").load(…)
    if (SPARK_FORMATS.has(call.method) && call.throughRead) return { qualified: `spark.read.${call.method}`, kind: 'frame' };
    return undefined;
  }

  private isHttpCallee(name: string): boolean {
    const [client, verb] = qualify(name, this.aliases).split('.');
    return !!client && HTTP_CLIENTS.includes(client) && HTTP_METHODS.has(verb);
  }

  /** Analyses one scope (a function body, or the module / all notebook cells in order). */
  private scope(parts: readonly ScopePart[], returned: LoadRecord[]): LoadRecord[] {
    const tracked = new Map<string, LoadRecord[]>();
    /** Names bound to an HTTP response: `.json()` on them is a load, `.raise_for_status()` a check. */
    const responses = new Map<string, { checked?: LoadEvidence }>();
    const records: LoadRecord[] = [];
    const recordsOf = (names: readonly string[]) => [...new Set(names.flatMap((name) => tracked.get(name) ?? []))];
    const check = (targets: readonly LoadRecord[], evidence: LoadEvidence) => {
      for (const record of targets) if (!record.checked) record.checked = evidence;
    };
    const inspect = (targets: readonly LoadRecord[], evidence: LoadEvidence) => {
      for (const record of targets) if (!record.checked && !record.inspected) record.inspected = evidence;
    };

    for (const { unit, statements } of parts) {
      for (const { statement, parts: statementParts } of statements) {
        for (const part of statementParts) {
          const evidence = (node: SyntaxNode, what: string): LoadEvidence => ({ unit, node, what });
          if (part.assertNames) check(recordsOf(part.assertNames), evidence(statement, 'the assert'));
          for (const clause of part.ifRaiseClauses ?? []) check(recordsOf(clause.names), evidence(clause.node, 'the `if … raise`'));
          for (const field of part.fields) {
            for (const record of tracked.get(field.object) ?? []) {
              if (!field.viaAttribute || (record.kind === 'frame' && !FRAME_API.has(field.field) && !field.field.startsWith('_'))) record.fields.add(field.field);
            }
          }

          const callRecords: (LoadRecord | undefined)[] = [];
          part.calls.forEach((call, callIndex) => {
            const argumentRecords = recordsOf(call.argumentNames);
            const receiverRecords = call.receiver ? (tracked.get(call.receiver) ?? []) : [];
            const shortName = call.calleeName.split('.').pop() ?? '';
            const loader = this.loaderOf(call);
            const response = call.method === 'json' && call.receiver && call.receiverIsName ? responses.get(call.receiver) : undefined;
            if (loader || response) {
              const record: LoadRecord = {
                unit,
                call: call.node,
                statement,
                callee: call.calleeName || loader?.qualified || `${call.receiver}.json`,
                qualified: loader?.qualified ?? `${call.receiver}.json`,
                kind: loader?.kind ?? 'json',
                targets: [],
                fields: new Set(),
                source: call.firstString,
              };
              if (response?.checked) record.checked = response.checked;
              // A reader-level schema (a dtype mapping, or schema=) checks the data as it is read.
              if (call.readerSchema) record.checked = evidence(call.node, 'the schema given to the reader');
              callRecords[callIndex] = record;
              records.push(record);
            }
            const nested = call.argumentsInfo.flatMap((argument) => (argument.callIndex !== undefined && callRecords[argument.callIndex] ? [callRecords[argument.callIndex]!] : []));
            const validates =
              SCHEMA_METHODS.has(call.method) ||
              SCHEMA_METHODS.has(shortName) ||
              this.isValidatorName(shortName) ||
              ((call.method === 'load' || call.method === 'loads') && call.receiver !== undefined && !this.aliases.has(call.receiver) && !loader);
            if (validates) check([...argumentRecords, ...nested], evidence(call.node, `\`${call.calleeName || call.method}(…)\``));
            if (call.method.startsWith('expect_') || call.method === 'raise_for_status') {
              check(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}(…)\``));
              if (call.method === 'raise_for_status' && call.receiver && responses.has(call.receiver)) responses.get(call.receiver)!.checked = evidence(call.node, `\`${call.receiver}.raise_for_status()\``);
            }
            // Model(**data): a class (pydantic, a dataclass with checks) built from the data.
            if (/^[A-Z]/.test(shortName)) {
              const splatted = call.argumentsInfo.filter((argument) => argument.isDictSplat).flatMap((argument) => argument.names);
              if (splatted.length > 0) check(recordsOf(splatted), evidence(call.node, `\`${call.calleeName}(**…)\``));
            }
            // A local function that asserts or raises on the parameter the data is passed to.
            const local = this.checkingFunctions.get(call.calleeName);
            if (local) {
              call.argumentsInfo.forEach((argument, index) => {
                const parameter = argument.keyword ?? local.parameters[index];
                if (!parameter || !local.checked.has(parameter)) return;
                const inner = argument.callIndex !== undefined ? callRecords[argument.callIndex] : undefined;
                check([...recordsOf(argument.names), ...(inner ? [inner] : [])], evidence(call.node, `\`${call.calleeName}(…)\``));
              });
            }
            // Looking at the data is not checking it.
            if (INSPECTORS.has(call.method)) inspect(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}()\``));
            if (call.calleeName === 'print' || call.calleeName === 'display') inspect(argumentRecords, evidence(call.node, `\`${call.calleeName}(…)\``));
          });

          // A bare expression showing the data (the last line of a notebook cell): inspection.
          const display = part.display;
          if (display && (display.isName || (display.property && INSPECTED_PROPERTIES.has(display.property)))) inspect(tracked.get(display.root) ?? [], evidence(display.node, `\`${display.text}\``));

          // Bindings: targets of the load, derived values, names reused for something else.
          if (part.binding) {
            const fromLoads = part.binding.valueCalls.flatMap((index) => (callRecords[index] ? [callRecords[index]!] : []));
            const derived = recordsOf(part.binding.valueNames);
            const isResponse = part.binding.valueHttpCallee !== undefined && this.isHttpCallee(part.binding.valueHttpCallee);
            for (const target of part.binding.targets) {
              responses.delete(target);
              if (fromLoads.length > 0) {
                tracked.set(target, fromLoads);
                for (const record of fromLoads) if (!record.targets.includes(target)) record.targets.push(target);
              } else if (derived.length > 0) {
                tracked.set(target, derived);
              } else {
                tracked.delete(target); // the name now holds something else
                if (isResponse) responses.set(target, {});
              }
            }
          }
          if (part.returnNames) returned.push(...recordsOf(part.returnNames), ...callRecords.filter((record): record is LoadRecord => !!record));
        }
      }
    }
    return records;
  }
}

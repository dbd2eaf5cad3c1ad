// Where external data enters the program and whether anything checks it before use. For every loader
// call (pandas read_*, json.load, torch.load, an HTTP response's .json() …) we follow the value and what
// is derived from it by assignment through the rest of its scope (the function body, the module, or the
// cells below in a notebook), and record the first real check (assert, if … raise, schema validation, a
// validating function) or, failing that, the first inspection (head/info/describe …). The
// unchecked-data-load rule, its hover and its quick fix are built on these records.
import { globTest } from '../config/globs';
import type { SyntaxNode } from '../parsing/parser';
import { chainRoot, walk, walkCursor } from '../parsing/syntax';
import type { CodeLayout } from '../duplication/pythonTokens';
import { codeLayoutOf, definitionsOf, outlineOfUnit } from './units';
import { dottedName, importsOf, qualify, type ImportAliases } from './imports';
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
  /** For a call of a local function that returns loaded data: the loads inside it. */
  wrapped?: LoadRecord[];
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
  ['geopandas.read_*', 'frame'],
  // R data sets downloaded from the Rdatasets repository (`sm.datasets.get_rdataset("Duncan", "carData").data`).
  ['statsmodels.datasets.get_rdataset', 'frame'],
  ['statsmodels.api.datasets.get_rdataset', 'frame'],
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
  ['xarray.tutorial.open_dataset', 'other'],
  ['xarray.tutorial.load_dataset', 'other'],
  ['PIL.Image.open', 'image'],
  ['cv2.imread', 'image'],
];
const DEFAULT_LOADER_TABLE = DEFAULT_LOADERS.map(([glob, kind]) => ({ match: globTest(glob), kind }));
/** Resolved callee name → default loader kind (null: not a loader), shared by all analyses; bounded. */
const DEFAULT_LOADER_KINDS = new Map<string, LoadedKind | null>();

function defaultLoaderKind(qualified: string): LoadedKind | undefined {
  let kind = DEFAULT_LOADER_KINDS.get(qualified);
  if (kind === undefined) {
    if (DEFAULT_LOADER_KINDS.size > 50_000) DEFAULT_LOADER_KINDS.clear();
    kind = DEFAULT_LOADER_TABLE.find((candidate) => candidate.match(qualified))?.kind ?? null;
    DEFAULT_LOADER_KINDS.set(qualified, kind);
  }
  return kind ?? undefined;
}
const HTTP_CLIENTS = ['requests', 'httpx'];
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'request', 'delete']);
const SPARK_FORMATS = new Set(['csv', 'json', 'parquet', 'orc', 'table', 'text', 'load', 'jdbc']);
const INSPECTORS = new Set(['head', 'tail', 'info', 'describe', 'sample', 'isna', 'isnull', 'notna', 'value_counts', 'nunique', 'unique', 'show', 'printSchema', 'summary']);
const INSPECTED_PROPERTIES = new Set(['shape', 'dtypes', 'columns', 'size', 'ndim', 'dtype']);
const SCHEMA_METHODS = new Set(['validate', 'validate_python', 'validate_json', 'model_validate', 'model_validate_json', 'parse_obj', 'parse_raw', 'validate_statistics', 'validate_examples_in_tfrecord']);
/** Calls that name a file shipped inside a package (its own data, not external), or a sample data set bundled with geopandas / momepy. */
const RESOURCE_APIS = /^(importlib\.resources\.|importlib_resources\.|pkg_resources\.resource_|pkgutil\.get_data$|(geopandas|momepy)\.datasets\.get_path$)/;
/** Project helpers named after those APIs (scikit-learn's `_open_text(DATA_MODULE, name)` backports). */
const RESOURCE_HELPERS = /^_*(open_text|open_binary|read_binary|resource_filename|resource_stream|resource_string)$/;
/** Cheap test of a unit's text: can anything in it name a package resource? (Most files: no, and the tracking is skipped.) */
/** `__file__` as a name or attribute (`mod.__file__`), not inside a string (`getattr(m, "__file__", "")`). */
const MODULE_FILE = /(^|[^'"\w])__file__(?![\w'"])/;
const RESOURCE_HINT = /__file__|importlib|pkg_resources|pkgutil|open_text|open_binary|read_binary|resource_|datasets\.get_path/;
/** Calls that write a file or buffer: loading the same path or buffer afterwards reads the program's own output. */
const WRITE_CALLS = new Set(
  'to_csv to_pickle to_parquet to_json to_hdf to_feather to_excel to_netcdf to_zarr to_stata save savez savez_compressed savetxt tofile dump imsave imwrite savefig write_text write_bytes'.split(' '),
);
/** Serializers: a value they produced, parsed back, is the program's own data. */
const SERIALIZE_CALLS = /(^|\.)(dumps|dump_bytes|getvalue|recv|recv_bytes|to_csv|as_csv|to_json|to_string|as_text|to_html|as_html|as_latex)$/;
/** Parsers of bytes or text already in memory (as opposed to readers of a path or a file handle). */
const IN_MEMORY_PARSERS = /^(json|pickle|dill|cloudpickle|yaml)\.((safe_|full_|unsafe_)?loads?)$/;
const OBJECT_PARSERS = /^(pickle|dill|cloudpickle)\./;
const BUFFER_NAMES = /^(io|StringIO|BytesIO)$/;
/** Parameters and names that hold a channel the program opened to its own workers (pipes, queues, connections). */
const IPC_NAME = /(^|_)(pipe|queue|conn|connection|parent|child|worker)s?($|_)|^(from|to)_/i;
/** Functions of the pickle protocol: what they unpickle is the object's own state. */
const OWN_STATE_FUNCTIONS = new Set(['__setstate__', '__reduce__', '__reduce_ex__', '__getstate__', '__deepcopy__', '__copy__']);
/** Reading these on an HTTP response only probes it (status, headers): the body is not data. */
const PROBE_ATTRIBUTES = new Set(['status', 'code', 'getcode', 'headers', 'info', 'geturl', 'url', 'close', 'reason', 'getheader', 'getheaders']);
/** Decorators and bases of classes that validate the fields they are built from. */
const VALIDATING_CLASS = /BaseModel|BaseSettings|RootModel|pydantic|Schema|marshmallow|msgspec|attr\.s\b|attrs\.define|validator/;

/** DataFrame API names: `df.<name>` is a method or property, not a column. */
const FRAME_API = new Set(
  `T abs add agg aggregate align all any append apply applymap asfreq assign astype at axes between bfill bool boxplot clip columns combine combine_first compare copy corr count cov cummax cummin cumprod cumsum describe diff div divide dot drop drop_duplicates droplevel dropna dtypes duplicated empty eq equals eval ewm expanding explode ffill fillna filter first first_valid_index floordiv ge get groupby gt head hist iat idxmax idxmin iloc index infer_objects info insert interpolate isin isna isnull items iterrows itertuples join keys kurt last le loc lt map mask max mean median melt memory_usage merge min mod mode mul multiply ndim ne nlargest notna notnull nsmallest nunique pct_change pipe pivot pivot_table plot pop pow prod quantile query rank reindex rename reorder_levels replace resample reset_index rolling round sample select_dtypes sem set_axis set_index shape shift size skew sort_index sort_values squeeze stack std str sub sum swapaxes tail take to_csv to_dict to_excel to_json to_numpy to_parquet to_pickle to_sql to_string transform transpose truncate tz_convert unique unstack update value_counts values var where xs dt cat sparse`.split(' '),
);

/** Path globs of test code (pytest's naming, and tests/ folders): loads in tests read fixtures, not external data. */
const TEST_FILES = globTest(['**/test_*.py', '**/*_test.py', '**/conftest.py', '**/tests/**'], { dot: true });

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
  walkCursor(node, (cursor) => {
    const type = cursor.nodeType;
    if (type === 'lambda' || type === 'function_definition' || type === 'class_definition') return false;
    if (type === 'attribute') {
      found.push(...readNames(cursor.currentNode.childForFieldName('object')));
      return false;
    }
    if (type === 'keyword_argument') {
      found.push(...readNames(cursor.currentNode.childForFieldName('value')));
      return false;
    }
    if (type === 'identifier' && cursor.nodeIsNamed) found.push(cursor.currentNode);
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

/** The block rejects what led into it: it raises, or it leaves (`return` / `continue`) as its last step. */
function rejects(block: SyntaxNode | null): boolean {
  if (!block) return false;
  if (containsRaise(block)) return true;
  const last = block.namedChildren.filter((child) => child?.type !== 'comment').pop();
  return last?.type === 'return_statement' || last?.type === 'continue_statement';
}

/** Errors that bad content raises when the code reads it (a missing key, a wrong type, an undecodable payload). */
const CONTENT_ERRORS = /\b(KeyError|IndexError|LookupError|ValueError|TypeError|AttributeError|\w*DecodeError|\w*PickleError|UnpicklingError|\w*ValidationError|ParserError|SchemaError)\b/;

/** `try: … except KeyError: raise …`: reading the data in the try body checks it, with a clear error when it is wrong. */
function raisesOnContentError(tryStatement: SyntaxNode): boolean {
  return tryStatement.namedChildren.some(
    (clause) => clause?.type === 'except_clause' && CONTENT_ERRORS.test(clause.namedChildren.filter((child) => child?.type !== 'block').map((child) => child!.text).join(' ')) && containsRaise(clause.namedChildren.find((child) => child?.type === 'block') ?? null),
  );
}

const COMPOUND = new Set(['if_statement', 'for_statement', 'while_statement', 'with_statement', 'try_statement', 'match_statement']);

/** Statements whose body may not run (or runs instead of another branch): bindings in it add to what a name may hold. */
const BRANCHING = new Set(['if_statement', 'for_statement', 'while_statement', 'match_statement']);

/**
 * Simple statements of a block in execution order, descending into compound statements of the same scope.
 * `conditional` tells whether the statement sits in a branch (if/elif/else, loop body, except, case).
 */
interface StatementContext {
  conditional: boolean;
  guarded: boolean;
  /** Start offsets of the loops around the statement (innermost last). */
  loops: number[];
}

function simpleStatements(statements: readonly SyntaxNode[], visit: (statement: SyntaxNode, context: StatementContext) => void, context: StatementContext = { conditional: false, guarded: false, loops: [] }): void {
  for (const statement of statements) {
    if (statement.type === 'function_definition' || statement.type === 'class_definition' || statement.type === 'decorated_definition' || statement.type === 'comment') continue;
    if (COMPOUND.has(statement.type)) {
      visit(statement, context); // the header (conditions, iterables, with-items) is handled by the caller
      const guardsBody = statement.type === 'try_statement' && raisesOnContentError(statement);
      const isLoop = statement.type === 'while_statement' || statement.type === 'for_statement';
      for (const child of statement.namedChildren) {
        if (!child) continue;
        const inner: StatementContext = {
          conditional: context.conditional || (child.type === 'block' ? BRANCHING.has(statement.type) : child.type !== 'finally_clause'),
          guarded: context.guarded || (guardsBody && child.type === 'block'),
          loops: isLoop && child.type === 'block' ? [...context.loops, statement.startIndex] : context.loops,
        };
        const blocks = child.type === 'block' ? [child] : child.namedChildren.filter((block): block is SyntaxNode => block?.type === 'block');
        for (const block of blocks) simpleStatements(block.namedChildren.filter((node): node is SyntaxNode => !!node), visit, inner);
      }
      continue;
    }
    visit(statement, context);
  }
}

/** The parts of a statement evaluated by the statement itself (a compound statement's header, not its body). */
function ownParts(statement: SyntaxNode): SyntaxNode[] {
  if (!COMPOUND.has(statement.type)) return [statement];
  return statement.namedChildren.filter((child): child is SyntaxNode => !!child && child.type !== 'block' && !['elif_clause', 'else_clause', 'except_clause', 'finally_clause', 'case_clause', 'except_group_clause'].includes(child.type));
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
  /** `dtype=` a dict literal, `dtype=<name>` (a mapping when the name is bound to a dict), `schema=`. */
  dtype?: { mapping: boolean; name?: string };
  schemaKeyword: boolean;
  /** Indices (in the part's calls) of the calls nested anywhere in this call's arguments. */
  innerCalls: number[];
  /** Source text of each argument value (short ones), to match a load with an earlier write of the same path or buffer. */
  argumentTexts: string[];
  /** The first argument: `self.x` (an object's own state); text built in the program (f-string, concatenation, `.format`); the names it reads. */
  firstArgumentOwnState: boolean;
  firstArgumentBuilt: boolean;
  firstArgumentReads: string[];
  /** The value is thrown away or only shown: `urlopen(url)` or `refresh()` as a statement, `with urlopen(url):`, `Image.open(p).show()`. */
  discarded: boolean;
  /** Opened for writing (`h5py.File(p, "w")`, `mode="a"`): not a load. */
  writeMode: boolean;
  /** Writes a file or buffer (writeMode, `to_csv`, `dump`, `save_*` …). */
  isWrite: boolean;
  /** Serializes (`dumps`, `getvalue`, `to_csv()` …) or receives from the program's own channel (`recv`). */
  isSerializer: boolean;
  /** The first argument is a string literal (`'string'`) or `StringIO("…")` around one (`'text'`). */
  literalArgument?: 'string' | 'text';
  /** The first argument's name, bare or inside `StringIO(name)` (to tell names bound to string literals). */
  firstArgumentName?: string;
  firstArgumentInStringIo: boolean;
  /** The first argument is an in-memory buffer, `StringIO(…)` / `BytesIO(…)`. */
  firstArgumentIsBuffer: boolean;
  /** The arguments mention `__file__` (also `module.__file__`): a path next to a module's code. */
  mentionsModuleFile: boolean;
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
  binding?: {
    targets: string[];
    valueNames: string[];
    valueReads: string[];
    valueCalls: number[];
    valueCallIndex?: number;
    valueHttpCallee?: string;
    valueIsString?: boolean;
    valueIsDict?: boolean;
    valueMentionsModuleFile?: boolean;
    /** `StringIO(…)` / `BytesIO(…)`: an in-memory buffer, of program-made text when its argument is. */
    valueIsBuffer?: boolean;
    /** `pd = pandas`, `pd = importlib.import_module("pandas")`, `pd = check_pandas_support(…)`: the module (or alias) bound. */
    valueModule?: { alias: string } | { module: string };
  };
  assertNames?: string[];
  /** `if` / `elif` clauses whose body raises: the names their condition reads, and the calls in it (a load checked where it happens). */
  ifRaiseClauses?: { names: string[]; calls: number[]; node: SyntaxNode; what: string }[];
  /** Names and calls handed to the caller by `return` or `yield`. */
  returnNames?: string[];
  returnCalls?: number[];
  /** Names read by the part as data: not binding targets, not a probe of a response (`r.status`). Computed on first use (only probed responses need it). */
  readonly dataReads: string[];
  display?: { root: string; isName: boolean; property?: string; text: string; node: SyntaxNode };
}

interface StatementFacts {
  statement: SyntaxNode;
  parts: PartFacts[];
  /** In a branch of the scope (if/else, loop body, except …): a binding here may or may not replace the name's value. */
  conditional: boolean;
  /** In the body of a `try` whose handler for content errors (KeyError, ValueError …) raises. */
  guarded: boolean;
  /** The loops around it in the scope: a check at the top of a loop body also checks what the body bound last time round. */
  loops: number[];
}

interface FunctionFacts {
  name?: string;
  parameters: string[];
  /** Parameters the function asserts or raises on (or all, for @check_types-style decorators). */
  checked: Set<string>;
  body: StatementFacts[];
  /** Names of the functions and methods (`self.name(…)`) it calls, to analyse callees before callers. */
  callees: string[];
  /** What its statements bind and write. */
  lists: PartLists;
}

interface UnitFacts {
  /** Module-level names bound to string literals (`version_json = '''{…}'''`). */
  stringConstants: string[];
  /** The text mentions `__file__` or a resource API: package resources are tracked only then. */
  mayNameResources: boolean;
  /** Classes defined in the unit, and whether building one from data validates it (pydantic, checks in the class). */
  classes: Map<string, boolean>;
  aliases: ReadonlyMap<string, string>;
  /** Module-level statements (function bodies are in functionFactsOf, computed only for the functions that need them). */
  statements: StatementFacts[];
  /** What the module-level statements bind and write (see PartLists). */
  lists: PartLists;
  /** Every function definition of the unit (nested ones too), in text order. */
  functions: { node: SyntaxNode; name?: string }[];
}

/** What the analysis gathers file-wide from the parts of a scope's statements. */
interface PartLists {
  /** Names bound to dict literals (a `dtype=` mapping given by name). */
  dictNames: string[];
  /** Assignments that may bind a module: resolved against the imports in importAliasesOf. */
  moduleBindings: ({ target: string; alias: string } | { target: string; module: string })[];
  /** Source text of literal paths given to writing calls (`to_csv`, `dump`, `h5py.File(p, "w")` …). */
  writtenTexts: { text: string; offset: number }[];
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
  const args = call.childForFieldName('arguments');
  const first = argumentNodes[0]?.type === 'keyword_argument' ? undefined : argumentNodes[0];
  // Each argument is walked once (tree access goes through wasm and dominates the cost of the facts).
  const argumentsInfo = argumentNodes.map((argument) => {
    const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
    const callIndex = value ? calls.findIndex((candidate) => candidate.startIndex === value.startIndex && candidate.endIndex === value.endIndex) : -1;
    return {
      keyword: argument.type === 'keyword_argument' ? argument.childForFieldName('name')?.text : undefined,
      names: readNames(value).map((node) => node.text),
      isDictSplat: argument.type === 'dictionary_splat',
      callIndex: callIndex >= 0 ? callIndex : undefined,
    };
  });
  return {
    node: call,
    calleeName: dottedName(callee) ?? '',
    method: callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '',
    receiver: object ? chainRoot(object)?.text : undefined,
    receiverIsName: object?.type === 'identifier',
    innerCalleeName: object?.type === 'call' ? dottedName(object.childForFieldName('function')) : undefined,
    throughRead,
    argumentNames: argumentsInfo.flatMap((argument) => argument.names),
    argumentsInfo,
    firstString: firstStringArgument(call),
    writeMode: isWriteMode(call),
    isWrite: false,
    isSerializer: false,
    literalArgument: literalKind(argumentNodes[0]),
    firstArgumentName: argumentNodes[0]?.type === 'identifier' ? argumentNodes[0].text : stringIoArgumentName(argumentNodes[0]),
    firstArgumentInStringIo: stringIoArgumentName(argumentNodes[0]) !== undefined,
    firstArgumentIsBuffer: first?.type === 'call' && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(first.childForFieldName('function')) ?? ''),
    mentionsModuleFile: !!args && MODULE_FILE.test(args.text),
    dtype: dtype ? { mapping: dtype.type === 'dictionary' || dtype.type === 'dictionary_comprehension', name: dtype.type === 'identifier' ? dtype.text : undefined } : undefined,
    schemaKeyword: !!keywordArgument(call, 'schema'),
    innerCalls: args ? calls.flatMap((candidate, index) => (candidate.startIndex >= args.startIndex && candidate.endIndex <= args.endIndex ? [index] : [])) : [],
    argumentTexts: argumentNodes.flatMap((argument) => {
      const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
      return value && value.endIndex - value.startIndex <= 120 ? [value.text] : [];
    }),
    firstArgumentOwnState: first?.type === 'attribute' && /^(self|cls)$/.test(first.childForFieldName('object')?.text ?? ''),
    firstArgumentBuilt: isBuiltText(first),
    firstArgumentReads: first ? argumentsInfo[0].names : [],
    discarded: isDiscarded(call),
  };
}

const STRING_TYPES = new Set(['string', 'concatenated_string']);

/** Text the program builds itself: a literal or f-string, a concatenation or `%` with one, `"…".format(…)`, `.encode()` of one. */
function isBuiltText(node: SyntaxNode | undefined | null): boolean {
  if (!node) return false;
  if (STRING_TYPES.has(node.type)) return true;
  if (node.type === 'parenthesized_expression') return isBuiltText(node.namedChild(0));
  if (node.type === 'binary_operator') return isBuiltText(node.childForFieldName('left')) || isBuiltText(node.childForFieldName('right'));
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'attribute' && /^(format|encode|join)$/.test(callee.childForFieldName('attribute')?.text ?? '')) return isBuiltText(callee.childForFieldName('object'));
  }
  return false;
}

/** The call's value is never used as data: a bare statement, `with call:` without `as`, or only `.show()`n / `.close()`d. */
function isDiscarded(call: SyntaxNode): boolean {
  let node = call;
  const parent = node.parent;
  if (parent?.type === 'attribute' && /^(show|close)$/.test(parent.childForFieldName('attribute')?.text ?? '') && parent.parent?.type === 'call') node = parent.parent;
  const container = node.parent;
  if (container?.type === 'expression_statement') return true;
  return container?.type === 'with_item' && container.childForFieldName('value')?.equals(node) === true;
}

/** `h5py.File(p, "w")`, `open_dataset(p, mode="a")`: a write or create mode (no `r`). */
function isWriteMode(call: SyntaxNode): boolean {
  const second = call.childForFieldName('arguments')?.namedChildren.filter((argument) => argument?.type !== 'keyword_argument')[1];
  const mode = keywordArgument(call, 'mode') ?? second;
  if (!mode || mode.type !== 'string') return false;
  const text = mode.namedChildren.find((child) => child?.type === 'string_content')?.text ?? '';
  return /^[rwaxbt+-]{1,4}$/.test(text) && /[wax]/.test(text) && !text.includes('r');
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

/** Identifiers the part reads as data: binding targets and `x.status`-style probes left out. */
function dataReads(part: SyntaxNode): string[] {
  const found: string[] = [];
  const visit = (node: SyntaxNode) => {
    if (node.type === 'lambda' || node.type === 'function_definition' || node.type === 'class_definition') return;
    if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      if (left && left.type !== 'identifier' && left.type !== 'pattern_list' && left.type !== 'tuple_pattern') visit(left);
      const right = node.childForFieldName('right');
      if (right) visit(right);
      return;
    }
    if (node.type === 'attribute') {
      const object = node.childForFieldName('object');
      if (object?.type === 'identifier' && PROBE_ATTRIBUTES.has(node.childForFieldName('attribute')?.text ?? '')) return;
      if (object) visit(object);
      return;
    }
    if (node.type === 'keyword_argument') {
      const value = node.childForFieldName('value');
      if (value) visit(value);
      return;
    }
    if (node.type === 'identifier') found.push(node.text);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(part);
  return found;
}

/** A module bound by assignment: another name for an alias, `import_module("x")`, scikit-learn's `check_pandas_support(…)`. */
function moduleOf(value: SyntaxNode | null): { alias: string } | { module: string } | undefined {
  if (value?.type === 'identifier') return { alias: value.text };
  if (value?.type !== 'call') return undefined;
  const callee = dottedName(value.childForFieldName('function')) ?? '';
  if (/(^|\.)check_pandas_support$/.test(callee)) return { module: 'pandas' };
  if (!/(^|\.)(import_module|__import__)$/.test(callee)) return undefined;
  const name = firstStringArgument(value);
  return name && /^[\w.]+$/.test(name) ? { module: name } : undefined;
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
    const names = valueNames(value).map((node) => node.text);
    return {
      targets: targets.map((node) => node.text),
      valueNames: names,
      valueReads: names,
      valueCalls: withinValue(value),
      valueCallIndex: value?.type === 'call' ? calls.findIndex((call) => call.equals(value)) : undefined,
      valueHttpCallee: value?.type === 'call' ? dottedName(value.childForFieldName('function')) : undefined,
      valueIsString: !!value && STRING_TYPES.has(value.type),
      valueIsBuffer: value?.type === 'call' && /(^|\.)(StringIO|BytesIO)$/.test(dottedName(value.childForFieldName('function')) ?? ''),
      valueMentionsModuleFile: !!value && MODULE_FILE.test(value.text),
      valueIsDict: value?.type === 'dictionary' || value?.type === 'dictionary_comprehension',
      valueModule: targets.length === 1 ? moduleOf(value) : undefined,
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
    const names = valueNames(value).map((node) => node.text);
    return targets.length > 0
      ? { targets, valueNames: names, valueReads: names, valueCalls: withinValue(value), valueCallIndex: value?.type === 'call' ? calls.findIndex((call) => call.equals(value)) : undefined }
      : undefined;
  }
  return undefined;
}

function partFacts(statement: SyntaxNode, part: SyntaxNode): PartFacts {
  const calls: SyntaxNode[] = [];
  const fields: FieldFact[] = [];
  // Calls in post-order (arguments before the call that takes them): `schema.validate(pd.read_csv(p))`
  // must see the load before the validation.
  // A cursor walk that materialises only the nodes it keeps (node objects cost a trip through wasm each).
  const open: { depth: number; node: SyntaxNode }[] = [];
  /** The calls entered at `depth` or deeper are complete (their arguments were all visited). */
  const complete = (depth: number) => {
    while (open.length > 0 && open[open.length - 1].depth >= depth) calls.push(open.pop()!.node);
  };
  walkCursor(part, (cursor, depth) => {
    if (!cursor.nodeIsNamed) return false;
    complete(depth);
    const type = cursor.nodeType;
    if (type === 'lambda' || type === 'function_definition' || type === 'class_definition') return false;
    if (type === 'subscript' || type === 'attribute') fields.push(...fieldFact(cursor.currentNode));
    else if (type === 'call') open.push({ depth, node: cursor.currentNode });
    return true;
  });
  complete(0);
  const within = (node: SyntaxNode | null) => (node ? calls.flatMap((call, index) => (call.startIndex >= node.startIndex && call.endIndex <= node.endIndex ? [index] : [])) : []);
  let reads: string[] | undefined;
  const facts: PartFacts = {
    calls: calls.map((call) => callFact(call, calls)),
    fields,
    binding: bindingFacts(part, calls),
    get dataReads() {
      return (reads ??= dataReads(part));
    },
  };
  for (const call of facts.calls) {
    call.isWrite = isWriteCall(call);
    call.isSerializer = SERIALIZE_CALLS.test(call.calleeName || call.method);
  }
  if (part === statement && statement.type === 'assert_statement') facts.assertNames = readNames(statement).map((node) => node.text);
  if (statement.type === 'if_statement' && statement.childForFieldName('condition')?.equals(part)) {
    const clauses = [statement, ...statement.namedChildren.filter((child): child is SyntaxNode => child?.type === 'elif_clause')];
    // `if …: … elif …: … else: raise`: every condition sorts the data, and what fits none of them is an error.
    const elseRaises = statement.namedChildren.some((child) => child?.type === 'else_clause' && containsRaise(child.childForFieldName('body')));
    facts.ifRaiseClauses = clauses.flatMap((clause) => {
      const consequence = clause.childForFieldName('consequence');
      const what = elseRaises || containsRaise(consequence) ? 'the `if … raise`' : rejects(consequence) ? 'the guard `if … return`' : undefined;
      return what ? [{ names: readNames(clause.childForFieldName('condition')).map((node) => node.text), calls: within(clause.childForFieldName('condition')), node: clause, what }] : [];
    });
  }
  if (part === statement && statement.type === 'return_statement') {
    facts.returnNames = readNames(statement).map((node) => node.text);
    facts.returnCalls = within(statement);
  }
  // `yield data` hands the value to the caller like `return` (generators, @contextmanager loaders).
  if (part === statement && statement.type === 'expression_statement') {
    const expression = statement.namedChild(0);
    const yielded = expression?.type === 'yield' ? expression : expression?.type === 'assignment' && expression.childForFieldName('right')?.type === 'yield' ? expression.childForFieldName('right') : null;
    if (yielded) {
      facts.returnNames = readNames(yielded).map((node) => node.text);
      facts.returnCalls = within(yielded);
    }
  }
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
  simpleStatements(statements, (statement, { conditional, guarded, loops }) => result.push({ statement, parts: ownParts(statement).map((part) => partFacts(statement, part)), conditional, guarded, loops }));
  return result;
}

function functionFacts(definition: SyntaxNode): FunctionFacts {
  const parameters = parameterNames(definition);
  const checked = new Set<string>();
  const decorated = definition.parent?.type === 'decorated_definition' ? definition.parent.namedChildren.filter((child) => child?.type === 'decorator').map((decorator) => decorator!.text) : [];
  if (decorated.some((text) => /check_types|check_input|check_io|validate_call|validate_arguments/.test(text))) for (const parameter of parameters) checked.add(parameter);
  const body = definition.childForFieldName('body');
  const statements = body ? statementFacts(body.namedChildren.filter((child): child is SyntaxNode => !!child)) : [];
  // A parameter is checked when an assert or `if … raise` reads it, or a value derived from it (`keys = set(data)`).
  const origins = new Map(parameters.map((parameter) => [parameter, [parameter]]));
  const parametersIn = (names: readonly string[]) => [...new Set(names.flatMap((name) => origins.get(name) ?? []))];
  for (const { parts } of statements) {
    for (const part of parts) {
      for (const parameter of parametersIn(part.assertNames ?? [])) checked.add(parameter);
      for (const clause of part.ifRaiseClauses ?? []) if (clause.what === 'the `if … raise`') for (const parameter of parametersIn(clause.names)) checked.add(parameter);
      for (const target of part.binding?.targets ?? []) {
        const from = parametersIn(part.binding!.valueNames);
        if (from.length > 0) origins.set(target, from);
        else origins.delete(target);
      }
    }
  }
  return {
    name: definition.childForFieldName('name')?.text,
    parameters,
    checked,
    body: statements,
    callees: [...new Set(statements.flatMap(({ parts }) => parts.flatMap((part) => part.calls.map(calledFunctionName))))],
    lists: partLists(statements),
  };
}

function partLists(statements: readonly StatementFacts[]): PartLists {
  const parts = statements.flatMap((statement) => statement.parts);
  return {
    dictNames: parts.flatMap((part) => (part.binding?.valueIsDict ? part.binding.targets : [])),
    moduleBindings: parts.flatMap((part) => (part.binding?.valueModule ? [{ target: part.binding.targets[0], ...part.binding.valueModule }] : [])),
    // Only literal paths count file-wide; a written name or expression counts in its own scope (see scope()).
    writtenTexts: parts.flatMap((part) =>
      part.calls.filter((call) => call.isWrite).flatMap((call) => call.argumentTexts.filter((text) => /^[rbuRBU]*['"]/.test(text)).map((text) => ({ text, offset: call.node.startIndex }))),
    ),
  };
}

/** What the data-load analysis needs from one unit's module level; depends only on its text, so it is cached with the tree. */
function unitFacts(root: SyntaxNode, text: string, layout: CodeLayout, aliases: ReadonlyMap<string, string>): UnitFacts {
  const statements = statementFacts(root.namedChildren.filter((child): child is SyntaxNode => !!child));
  const defined = definitionsOf(root, layout);
  return {
    stringConstants: statements.flatMap(({ parts }) => parts.flatMap((part) => (part.binding?.valueIsString ? part.binding.targets : []))),
    mayNameResources: RESOURCE_HINT.test(text),
    classes: classFacts(defined.flatMap(({ kind, node }) => (kind === 'class' ? [node] : []))),
    aliases,
    statements,
    lists: partLists(statements),
    functions: defined.flatMap(({ kind, node }) => (kind === 'function' ? [{ node, name: node.childForFieldName('name')?.text }] : [])),
  };
}

const unitFactsOf = (unit: ParsedUnit): UnitFacts => unit.derive('data-load-facts', () => unitFacts(unit.root, unit.text, codeLayoutOf(unit.text, unit.derive), importsOf(unit)));

/** One function's facts, computed on first need and kept with the tree (they depend only on the unit's text). */
function functionFactsOf(unit: ParsedUnit, node: SyntaxNode): FunctionFacts {
  return unit.derive(`data-load-function:${node.startIndex}`, () => functionFacts(node));
}

/** `f` for `f(…)`, `name` for `self.name(…)` / `cls.name(…)`: how a call names a function of the same file. */
function calledFunctionName(call: CallFact): string {
  return /^(self|cls)\.[A-Za-z_]\w*$/.test(call.calleeName) ? call.method : call.calleeName;
}

function isWriteCall(call: CallFact): boolean {
  const name = call.method || call.calleeName;
  return call.writeMode || WRITE_CALLS.has(name) || /^_?(dump|save|write|export)_\w+$/.test(name);
}

/** Class name → true when building it from data validates the data (pydantic and similar bases, or checks in its body). */
function classFacts(definitions: readonly SyntaxNode[]): Map<string, boolean> {
  const classes = new Map<string, boolean>();
  for (const node of definitions) {
    const name = node.childForFieldName('name')?.text;
    const bases = node.childForFieldName('superclasses')?.text ?? '';
    const decorators = node.parent?.type === 'decorated_definition' ? node.parent.namedChildren.filter((child) => child?.type === 'decorator').map((decorator) => decorator!.text).join(' ') : '';
    // On the text (no second walk of the tree): a raise or assert in the class, or a validator decorator.
    const checks = /\b(raise|assert)\b|@\w*validat/.test(node.childForFieldName('body')?.text ?? '');
    if (name) classes.set(name, checks || VALIDATING_CLASS.test(bases) || VALIDATING_CLASS.test(decorators));
  }
  return classes;
}

interface ScopePart {
  unit: ParsedUnit;
  statements: StatementFacts[];
}

export function analyseDataLoads(context: Pick<RuleContext, 'units' | 'memo' | 'snapshot'>, options: LoaderOptions): LoadRecord[] {
  return context.memo('data-loads', () => (mayLoad(context.units, options) ? new DataLoadAnalysis(context.units, options).run() : []));
}

/** Last names of the default loaders (`read_*`, `load`, `File` …): a call to none of them is no default load. */
const LOADER_LAST_NAMES = globTest([...new Set(DEFAULT_LOADERS.map(([glob]) => glob.split('.').pop()!))]);

/** The calls of a unit as its outline gives them (no tree): enough to tell where a load may be. */
interface CallHints {
  /** Offsets (ascending) of calls whose last name alone may make them a load: a default loader's (`pd.read_csv`, `Image.open`), `.json()`, a Spark reader format. */
  loads: number[];
  /** Every call: the bare function name or the method name, whether it is bare, and its offset. In text order. */
  calls: { name: string; bare: boolean; offset: number }[];
  /** Local names of loaders imported with `from … import` (`read_csv`, also renamed). */
  importedLoaders: string[];
}

function callHints(unit: ParsedUnit): CallHints {
  return unit.derive('data-load-hints', () => {
    const hints: CallHints = { loads: [], calls: [], importedLoaders: [] };
    const outline = outlineOfUnit(unit);
    for (const { name, bare, offset } of outline.calls) {
      hints.calls.push({ name, bare, offset });
      if (!bare && (LOADER_LAST_NAMES(name) || name === 'json' || SPARK_FORMATS.has(name))) hints.loads.push(offset);
    }
    for (const statement of outline.imports) {
      if (!statement.isFrom) continue;
      for (const { name, alias } of statement.names) if (LOADER_LAST_NAMES(name.split('.').pop()!)) hints.importedLoaders.push(alias ?? name);
    }
    hints.calls.sort((first, second) => first.offset - second.offset);
    hints.loads.sort((first, second) => first - second);
    return hints;
  });
}

/**
 * A cheap, conservative test run before the facts walk (which costs most of this rule): can any call in
 * these units be a load? Every load the analysis finds is a call whose last name is a default loader's
 * (`pd.read_csv`, `Image.open`, also through a module bound by assignment), a from-imported loader
 * (`read_csv`, also renamed), `.json()` (HTTP responses), a Spark reader format, or a local function
 * wrapping one of those. Extra loaders from the settings can have any name: then there is no shortcut.
 */
function mayLoad(units: readonly ParsedUnit[], options: LoaderOptions): boolean {
  if (options.extraLoaders.length > 0) return true;
  const hints = units.map(callHints);
  const imported = new Set(hints.flatMap((unit) => unit.importedLoaders));
  return hints.some((unit) => unit.loads.length > 0 || unit.calls.some((call) => call.bare && imported.has(call.name)));
}

/** A call name that may write a file (isWriteCall without the mode test). */
const isWriteName = (name: string) => WRITE_CALLS.has(name) || /^_?(dump|save|write|export)_\w+$/.test(name);
/** Text that may hold a write mode (`"w"`, `'ab'`, `mode=…`): only such a function may write through a mode. */
const MODE_HINT = /['"][rwaxbt+-]{1,4}['"]|\bmode\b/;

/**
 * The functions whose facts the analysis needs, in text order per unit: those with a call that may be a
 * load, those that may write a file (a written path read back elsewhere is no external data), and those
 * that call such a function by name (a wrapper's callers), up to a fixed point. The others can hold no
 * load and reach none: their facts are computed only if loaded data is passed to them (checkingFunction).
 */
function functionsNeeded(units: readonly ParsedUnit[], everything: boolean): { unit: ParsedUnit; node: SyntaxNode; name?: string }[][] {
  const all = units.map((unit) => unitFactsOf(unit).functions.map((fn) => ({ unit, ...fn })));
  if (everything) return all;
  const hints = units.map(callHints);
  const imported = new Set(hints.flatMap((unit) => unit.importedLoaders));
  /** The first index whose offset is at or after `start` (offsets ascending). */
  const firstAt = (offsets: readonly number[], start: number) => {
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (offsets[middle] < start) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // Per function: the names it calls, and whether it needs its facts on its own account.
  const scanned = all.map((functions, unit) => {
    const { loads, calls } = hints[unit];
    const callOffsets = calls.map((call) => call.offset);
    return functions.map(({ node }) => {
      const start = node.startIndex;
      const end = node.endIndex;
      const names: string[] = [];
      const firstLoad = firstAt(loads, start);
      let needed = firstLoad < loads.length && loads[firstLoad] < end;
      for (let index = firstAt(callOffsets, start); index < calls.length && calls[index].offset < end; index++) {
        const call = calls[index];
        names.push(call.name);
        if ((call.bare && imported.has(call.name)) || isWriteName(call.name)) needed = true;
      }
      return { names, needed: needed || MODE_HINT.test(node.text) };
    });
  });
  const neededNames = new Set(all.flatMap((functions, unit) => functions.flatMap((fn, index) => (scanned[unit][index].needed && fn.name ? [fn.name] : []))));
  for (let changed = true; changed; ) {
    changed = false;
    all.forEach((functions, unit) =>
      functions.forEach((fn, index) => {
        const entry = scanned[unit][index];
        if (entry.needed || !entry.names.some((name) => neededNames.has(name))) return;
        entry.needed = changed = true;
        if (fn.name) neededNames.add(fn.name);
      }),
    );
  }
  return all.map((functions, unit) => functions.filter((_, index) => scanned[unit][index].needed));
}

/** Import aliases, then modules bound by assignment (`pd = check_pandas_support(…)`) unless the name is an import alias already. */
function resolveAliases(imports: readonly ReadonlyMap<string, string>[], bindings: readonly PartLists['moduleBindings'][number][]): ImportAliases {
  const aliases: ImportAliases = new Map();
  for (const unitAliases of imports) for (const [alias, module] of unitAliases) aliases.set(alias, module);
  for (const binding of bindings) {
    if (aliases.has(binding.target)) continue;
    const module = 'module' in binding ? binding.module : aliases.get(binding.alias);
    if (module) aliases.set(binding.target, module);
  }
  return aliases;
}

/** Import aliases of the analysed file or notebook, with the modules bound at module level (for the fix builder). */
export function importAliasesOf(units: readonly ParsedUnit[]): ImportAliases {
  const facts = units.map(unitFactsOf);
  return resolveAliases(
    facts.map((unit) => unit.aliases),
    facts.flatMap((unit) => unit.lists.moduleBindings),
  );
}

/** What a scope analysis starts from, and what it hands back to the caller of the scope. */
interface ScopeContext {
  /** The function analysed; undefined for the module (or all cells of a notebook). */
  functionName?: string;
  /** Names holding a path or handle of a file shipped inside the package, known when the scope starts. */
  resources: ReadonlySet<string>;
  /** Receives the loads the scope returns or yields. */
  returned: LoadRecord[];
}

const NO_FLAGS: readonly boolean[] = [];
const BASIC_TYPES = new Set(['str', 'float', 'int', 'object', 'bool', 'bytes', 'complex']);
const union = <T>(first: readonly T[] | undefined, second: readonly T[]): T[] => [...new Set([...(first ?? []), ...second])];

class DataLoadAnalysis {
  private readonly aliases: ImportAliases;
  private readonly facts: { unit: ParsedUnit; facts: UnitFacts }[];
  /** Extra loaders from the settings (the default table is matched through defaultLoaderKind). */
  private readonly extraLoaders: ((name: string) => boolean)[];
  /** Per callee as written: its resolved name, the loader entry it matches and whether it names a package resource. */
  private readonly callees = new Map<string, { qualified: string; kind?: LoadedKind; resourceApi: boolean }>();
  /** Some unit may name a package resource (`__file__`, importlib.resources …): only then are resources tracked. */
  private readonly tracksResources: boolean;
  private readonly isValidatorName: (name: string) => boolean;
  /** Local functions that assert or raise on a parameter: name → parameters, and which are checked. */
  private readonly checkingFunctions = new Map<string, { parameters: string[]; checked: Set<string> } | undefined>();
  /** The functions whose facts are needed (see functionsNeeded), in text order. */
  private readonly functions: { unit: ParsedUnit; fn: FunctionFacts }[];
  /** Local functions that return loaded data unchecked: name → the records inside them. */
  private readonly wrappingFunctions = new Map<string, LoadRecord[]>();
  /** Local functions that return a path inside the package (`def data_path(name): return join(HERE, name)`). */
  private readonly resourceFunctions = new Set<string>();
  private readonly records: LoadRecord[] = [];
  /** Wrapping functions called somewhere in the file (also where the call itself reads nothing external). */
  private readonly calledWrappers = new Set<string>();
  /** Names bound to string literals at module level: loading from them is reading the program's own text. */
  private readonly stringConstants: Set<string>;
  /** Names bound to dict literals: `dtype=<name>` is then a per-column mapping. */
  private readonly dictNames: Set<string>;
  /** Literal paths the file writes to: reading them back is reading the program's own output. */
  private readonly writtenLiterals = new Map<string, { unit: number; offset: number }>();
  private readonly classes = new Map<string, boolean>();

  constructor(units: readonly ParsedUnit[], options: LoaderOptions) {
    this.facts = units.map((unit) => ({ unit, facts: unitFactsOf(unit) }));
    this.tracksResources = this.facts.some(({ facts }) => facts.mayNameResources);
    // Resources are followed through every function; extra loaders can have any name.
    this.functions = functionsNeeded(units, this.tracksResources || options.extraLoaders.length > 0).flatMap((functions) => functions.map(({ unit, node }) => ({ unit, fn: functionFactsOf(unit, node) })));
    const lists = [...this.facts.map(({ facts }) => ({ unit: facts, lists: facts.lists })), ...this.functions.map(({ unit, fn }) => ({ unit: unitFactsOf(unit), lists: fn.lists }))];
    this.stringConstants = new Set(this.facts.flatMap(({ facts }) => facts.stringConstants));
    this.dictNames = new Set(lists.flatMap(({ lists }) => lists.dictNames));
    // The first place each literal path is written; a load after it (in document and cell order) reads it back.
    const unitIndex = new Map(this.facts.map(({ facts }, index) => [facts, index]));
    for (const { unit: facts, lists: part } of lists) {
      const unit = unitIndex.get(facts)!;
      for (const { text, offset } of part.writtenTexts) {
        const known = this.writtenLiterals.get(text);
        if (!known || unit < known.unit || (unit === known.unit && offset < known.offset)) this.writtenLiterals.set(text, { unit, offset });
      }
    }
    for (const { facts } of this.facts) for (const [name, validates] of facts.classes) this.classes.set(name, validates || this.classes.get(name) === true);
    this.aliases = resolveAliases(
      this.facts.map(({ facts }) => facts.aliases),
      lists.flatMap(({ lists }) => lists.moduleBindings),
    );
    this.extraLoaders = options.extraLoaders.map((glob) => globTest(glob));
    this.isValidatorName = globTest(options.validatorNames);
  }

  /** The last local function of that name that asserts or raises on a parameter (facts computed on first ask). */
  private checkingFunction(name: string): { parameters: string[]; checked: Set<string> } | undefined {
    if (!this.checkingFunctions.has(name)) {
      let found: { parameters: string[]; checked: Set<string> } | undefined;
      for (const { unit, facts } of this.facts) {
        for (const candidate of facts.functions) {
          if (candidate.name !== name) continue;
          const fn = functionFactsOf(unit, candidate.node);
          if (fn.checked.size > 0) found = { parameters: fn.parameters, checked: fn.checked };
        }
      }
      this.checkingFunctions.set(name, found);
    }
    return this.checkingFunctions.get(name);
  }

  run(): LoadRecord[] {
    // Package resources: module names built from __file__ (or importlib.resources …), then local functions returning such paths.
    const moduleResources = new Set<string>();
    if (this.tracksResources) for (const { facts } of this.facts) this.trackResources(facts.statements, moduleResources);
    for (let round = 0; round < (this.tracksResources ? 2 : 0); round++) {
      for (const { fn } of this.functions) if (fn.name && !this.resourceFunctions.has(fn.name) && this.trackResources(fn.body, new Set(moduleResources))) this.resourceFunctions.add(fn.name);
    }
    // Function bodies first, callees before callers: a function that returns loaded data unchecked is a loader at its call sites.
    for (const { unit, fn } of this.callOrder()) {
      const returned: LoadRecord[] = [];
      this.records.push(...this.scope([{ unit, statements: fn.body }], { functionName: fn.name, resources: moduleResources, returned }));
      const unchecked = [...new Set(returned)].filter((record) => !record.checked);
      if (fn.name && unchecked.length > 0) this.wrappingFunctions.set(fn.name, unchecked);
    }
    this.records.push(...this.scope(this.facts.map(({ unit, facts }) => ({ unit, statements: facts.statements })), { resources: new Set(), returned: [] }));
    // Loads inside a wrapping function are reported at its call sites, when it has some here.
    for (const [name, inner] of this.wrappingFunctions) if (this.calledWrappers.has(name)) for (const record of inner) record.returnedToCallers = true;
    return this.records;
  }

  /** Functions in an order where a local function comes before the functions that call it (cycles broken anywhere). */
  private callOrder(): { unit: ParsedUnit; fn: FunctionFacts }[] {
    const all = this.functions;
    const byName = new Map<string, typeof all>();
    for (const entry of all) if (entry.fn.name) byName.set(entry.fn.name, [...(byName.get(entry.fn.name) ?? []), entry]);
    const ordered: typeof all = [];
    const seen = new Set<FunctionFacts>();
    const visit = (entry: (typeof all)[number]) => {
      if (seen.has(entry.fn)) return;
      seen.add(entry.fn);
      for (const callee of entry.fn.callees) for (const other of byName.get(callee) ?? []) visit(other);
      ordered.push(entry);
    };
    for (const entry of all) visit(entry);
    return ordered;
  }

  /** Per call of a part: does it name (or open) a file shipped inside the package? */
  private resourceCalls(part: PartFacts, resources: ReadonlySet<string>): boolean[] {
    const flags: boolean[] = [];
    part.calls.forEach((call, index) => {
      flags[index] =
        this.callee(call.calleeName).resourceApi ||
        this.resourceFunctions.has(calledFunctionName(call)) ||
        (call.receiver !== undefined && resources.has(call.receiver)) ||
        call.mentionsModuleFile ||
        call.argumentNames.some((name) => name === '__file__' || resources.has(name)) ||
        call.innerCalls.some((inner) => flags[inner]);
    });
    return flags;
  }

  /** Follows package-resource paths through bindings; true when the statements return one. */
  private trackResources(statements: readonly StatementFacts[], resources: Set<string>): boolean {
    let returnsResource = false;
    for (const { parts, conditional } of statements) {
      for (const part of parts) {
        const flags = this.resourceCalls(part, resources);
        this.bindResources(part, flags, resources, conditional);
        if (part.returnNames?.some((name) => name === '__file__' || resources.has(name)) || part.returnCalls?.some((index) => flags[index])) returnsResource = true;
      }
    }
    return returnsResource;
  }

  private bindResources(part: PartFacts, flags: readonly boolean[], resources: Set<string>, conditional: boolean): void {
    const binding = part.binding;
    if (!binding) return;
    const isResource = !!binding.valueMentionsModuleFile || binding.valueReads.some((name) => resources.has(name)) || binding.valueCalls.some((index) => flags[index]);
    for (const target of binding.targets) {
      if (isResource) resources.add(target);
      else if (!conditional) resources.delete(target);
    }
  }

  private callee(calleeName: string): { qualified: string; kind?: LoadedKind; resourceApi: boolean } {
    let entry = this.callees.get(calleeName);
    if (!entry) {
      const qualified = qualify(calleeName, this.aliases);
      entry = {
        qualified,
        kind: !calleeName ? undefined : (defaultLoaderKind(qualified) ?? (this.extraLoaders.some((match) => match(qualified)) ? 'other' : undefined)),
        resourceApi: RESOURCE_APIS.test(qualified) || RESOURCE_HELPERS.test(calleeName.split('.').pop() ?? ''),
      };
      this.callees.set(calleeName, entry);
    }
    return entry;
  }

  /** The loader a call is, if it is one: its resolved name and the kind of data it brings. */
  private loaderOf(call: CallFact): { qualified: string; kind: LoadedKind; wrapped?: LoadRecord[] } | undefined {
    // Writing a file is not loading.
    if (call.writeMode) return undefined;
    let loader: { qualified: string; kind: LoadedKind; wrapped?: LoadRecord[] } | undefined;
    const resolved = this.callee(call.calleeName);
    if (resolved.kind) loader = { qualified: resolved.qualified, kind: resolved.kind };
    else if (call.calleeName) {
      const name = calledFunctionName(call);
      const wrapped = this.wrappingFunctions.get(name);
      if (wrapped) loader = { qualified: name, kind: wrapped[0].kind, wrapped };
    }
    // requests.get(url).json() and httpx.post(…).json()
    if (!loader && call.method === 'json' && call.innerCalleeName && this.isHttpCallee(call.innerCalleeName)) {
      loader = { qualified: `${this.callee(call.innerCalleeName).qualified}(…).json`, kind: 'json' };
    }
    // spark.read.csv(…), spark.read.format("x").load(…)
    if (!loader && SPARK_FORMATS.has(call.method) && call.throughRead) loader = { qualified: `spark.read.${call.method}`, kind: 'frame' };
    if (!loader) return undefined;
    // Parsing text written in the program itself is not loading either: a string literal (or a module constant
    // holding one) given to a text parser (json.loads, yaml.safe_load …), or wrapped in StringIO for any reader.
    // A string given to a file reader is a path, and stays a load.
    const parsesText = /(^|\.)loads$/.test(call.calleeName) || /^yaml\.(safe_|full_|unsafe_)?load$/.test(resolved.qualified);
    const literal = call.literalArgument === 'text' || (call.literalArgument === 'string' && parsesText) || (parsesText && call.firstArgumentBuilt);
    const constant = call.firstArgumentName !== undefined && this.stringConstants.has(call.firstArgumentName) && (parsesText || call.firstArgumentInStringIo);
    return literal || constant ? undefined : loader;
  }

  /**
   * Bytes or text the program made itself, parsed back: `pickle.loads(pickle.dumps(x))`, `json.loads(f"…")`,
   * a message from its own pipe or queue, an object's own pickled state (`__setstate__`, `self._cache`).
   */
  private isOwnSerialization(call: CallFact, qualified: string, part: PartFacts, internal: ReadonlySet<string>, buffers: ReadonlySet<string>, context: ScopeContext): boolean {
    const serialized = call.innerCalls.some((index) => part.calls[index].isSerializer);
    // Any reader given a buffer of program-made text: `pd.read_csv(StringIO(summary.as_csv()))`, `raw = StringIO("1,2")`.
    if ((call.firstArgumentIsBuffer && serialized) || (call.firstArgumentName !== undefined && buffers.has(call.firstArgumentName) && !call.firstArgumentInStringIo)) return true;
    const objectParser = OBJECT_PARSERS.test(qualified);
    if (!IN_MEMORY_PARSERS.test(qualified) && !(objectParser && /\.load$/.test(qualified))) return false;
    if (serialized) return true;
    const reads = call.firstArgumentReads.filter((name) => !BUFFER_NAMES.test(name));
    if (reads.length > 0 && reads.every((name) => internal.has(name))) return true;
    if (!objectParser) return false;
    if (context.functionName && OWN_STATE_FUNCTIONS.has(context.functionName)) return true;
    if (call.firstArgumentOwnState) return true;
    return call.firstArgumentReads.length > 0 && IPC_NAME.test(call.firstArgumentReads[0]);
  }

  /** `self.name(…)`, `cls.name(…)` or `Class.name(…)` with a class of this file: a method defined here. */
  private isOwnMethodCall(call: CallFact): boolean {
    const match = /^(\w+)\.\w+$/.exec(call.calleeName);
    return !!match && (match[1] === 'self' || match[1] === 'cls' || this.classes.has(match[1]));
  }

  private readonly validatorNames = new Map<string, boolean>();
  private isValidator(name: string): boolean {
    let validates = this.validatorNames.get(name);
    if (validates === undefined) this.validatorNames.set(name, (validates = this.isValidatorName(name)));
    return validates;
  }

  private isHttpCallee(name: string): boolean {
    const [client, verb] = this.callee(name).qualified.split('.');
    return !!client && HTTP_CLIENTS.includes(client) && HTTP_METHODS.has(verb);
  }

  /** A reader-level schema: `schema=`, or a `dtype=` mapping (a plain dtype only sets the format, it checks nothing). */
  private hasReaderSchema(call: CallFact, kind: LoadedKind): boolean {
    if (call.schemaKeyword) return true;
    const dtype = call.dtype;
    if (!dtype) return false;
    if (dtype.mapping) return true;
    if (dtype.name === undefined || BASIC_TYPES.has(dtype.name)) return false;
    // A name given to a frame reader is usually a column mapping defined elsewhere; for arrays it is the binary format.
    return this.dictNames.has(dtype.name) || kind === 'frame';
  }

  /** Analyses one scope (a function body, or the module / all notebook cells in order). */
  private scope(parts: readonly ScopePart[], context: ScopeContext): LoadRecord[] {
    const tracked = new Map<string, LoadRecord[]>();
    /** Names bound to an HTTP response: `.json()` on them is a load, `.raise_for_status()` a check. */
    const responses = new Map<string, { checked?: LoadEvidence }>();
    /** Names holding a path or handle inside the package. */
    const resources = new Set(context.resources);
    /** Names holding bytes or text the program made (serialized, received from its own workers, built). */
    const internal = new Set<string>();
    /** Names bound to an in-memory buffer of such text (`raw = StringIO("a,b\\n1,2")`). */
    const buffers = new Set<string>();
    /** Arguments of writing calls so far (paths, handles, buffers), and names derived from them. */
    const written = new Set<string>();
    /** A literal path written earlier in the file (`try: read("x.csv") except: …; write("x.csv")` is a cache of a download, still external). */
    const writtenBefore = (text: string, unit: ParsedUnit, offset: number) => {
      const first = this.writtenLiterals.get(text);
      if (!first) return false;
      const unitIndex = this.facts.findIndex((entry) => entry.unit === unit);
      return first.unit < unitIndex || (first.unit === unitIndex && first.offset < offset);
    };
    /** `r = urlopen(url)`: a load only once the body is read as data (not just `r.status`). */
    const probes = new Map<LoadRecord, boolean>();
    const loopChecks = new Map<number, { names: Set<string>; evidence: LoadEvidence }[]>();
    const recordLoops = new Map<LoadRecord, number[]>();
    const records: LoadRecord[] = [];
    const recordsOf = (names: readonly string[]): LoadRecord[] => (tracked.size === 0 ? [] : [...new Set(names.flatMap((name) => tracked.get(name) ?? []))]);
    const check = (targets: readonly (LoadRecord | undefined)[], evidence: LoadEvidence) => {
      for (const record of targets) if (record && !record.checked) record.checked = evidence;
    };
    const inspect = (targets: readonly LoadRecord[], evidence: LoadEvidence) => {
      for (const record of targets) if (!record.checked && !record.inspected) record.inspected = evidence;
    };

    for (const { unit, statements } of parts) {
      for (const { statement, parts: statementParts, conditional, guarded, loops } of statements) {
        for (const part of statementParts) {
          const evidence = (node: SyntaxNode, what: string): LoadEvidence => ({ unit, node, what });
          if (loops.length > 0) {
            // Remember the checks inside loops: they run again after the rest of the body rebinds the names.
            const checks = [...(part.assertNames ? [{ names: part.assertNames, what: 'the assert', node: statement }] : []), ...(part.ifRaiseClauses ?? [])];
            for (const loop of loops) for (const { names, what, node } of checks) loopChecks.set(loop, [...(loopChecks.get(loop) ?? []), { names: new Set(names), evidence: evidence(node, what) }]);
          }
          if (probes.size > 0) for (const record of recordsOf(part.dataReads)) if (probes.has(record)) probes.set(record, true);
          if (part.assertNames) check(recordsOf(part.assertNames), evidence(statement, 'the assert'));
          for (const clause of part.ifRaiseClauses ?? []) check(recordsOf(clause.names), evidence(clause.node, clause.what));
          for (const field of part.fields) {
            for (const record of tracked.get(field.object) ?? []) {
              if (!field.viaAttribute || (record.kind === 'frame' && !FRAME_API.has(field.field) && !field.field.startsWith('_'))) record.fields.add(field.field);
            }
          }

          const resourceFlags = this.tracksResources ? this.resourceCalls(part, resources) : NO_FLAGS;
          const callRecords: (LoadRecord | undefined)[] = [];
          part.calls.forEach((call, callIndex) => {
            let loader = this.loaderOf(call);
            if (loader?.wrapped) this.calledWrappers.add(loader.qualified);
            if (loader) {
              const firstText = call.argumentTexts[0];
              const ownOutput = firstText !== undefined && (written.has(firstText) || writtenBefore(firstText, unit, call.node.startIndex));
              // Its value thrown away (`urlopen(url)` as a statement, `with h5py.File(p):`, `Image.open(p).show()`, a
              // wrapper called for its side effects): nothing enters the program's data.
              const probe = call.discarded;
              // The package's own files, the program's own output or serialization, a URL only probed: nothing external comes in.
              if (resourceFlags[callIndex] || ownOutput || probe || this.isOwnSerialization(call, loader.qualified, part, internal, buffers, context)) loader = undefined;
            }
            const response = call.method === 'json' && call.receiver && call.receiverIsName ? responses.get(call.receiver) : undefined;
            if (loader || response) {
              const sources = loader?.wrapped ? [...new Set(loader.wrapped.map((inner) => inner.source))] : [call.firstString];
              const record: LoadRecord = {
                unit,
                call: call.node,
                statement,
                callee: call.calleeName || loader?.qualified || `${call.receiver}.json`,
                qualified: loader?.qualified ?? `${call.receiver}.json`,
                kind: loader?.kind ?? 'json',
                targets: [],
                fields: new Set(),
                source: sources.length === 1 ? sources[0] : undefined,
                wrapped: loader?.wrapped,
              };
              if (response?.checked) record.checked = response.checked;
              // A reader-level schema (a dtype mapping, or schema=) checks the data as it is read.
              if (this.hasReaderSchema(call, record.kind)) record.checked = evidence(call.node, 'the schema given to the reader');
              if (/urlopen$/.test(record.qualified) && part.binding?.valueCallIndex === callIndex) probes.set(record, false);
              callRecords[callIndex] = record;
              records.push(record);
              if (loops.length > 0) recordLoops.set(record, loops);
            }
            if (call.isWrite) for (const text of call.argumentTexts) written.add(text);
            // The rest checks or inspects loaded data: nothing to do before the first load of the scope.
            if (tracked.size === 0 && callRecords.length === 0 && responses.size === 0) return;
            const argumentRecords = recordsOf(call.argumentNames);
            const receiverRecords = call.receiver ? (tracked.get(call.receiver) ?? []) : [];
            const shortName = call.calleeName.split('.').pop() ?? '';
            const nested = call.argumentsInfo.flatMap((argument) => (argument.callIndex !== undefined && callRecords[argument.callIndex] ? [callRecords[argument.callIndex]!] : []));
            for (const record of nested) if (probes.has(record)) probes.set(record, true);
            const validates =
              SCHEMA_METHODS.has(call.method) ||
              SCHEMA_METHODS.has(shortName) ||
              this.isValidator(shortName) ||
              ((call.method === 'load' || call.method === 'loads') && call.receiver !== undefined && !this.aliases.has(call.receiver) && !loader);
            if (validates) check([...argumentRecords, ...nested], evidence(call.node, `\`${call.calleeName || call.method}(…)\``));
            if (call.method.startsWith('expect_') || call.method === 'raise_for_status') {
              check(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}(…)\``));
              if (call.method === 'raise_for_status' && call.receiver && responses.has(call.receiver)) responses.get(call.receiver)!.checked = evidence(call.node, `\`${call.receiver}.raise_for_status()\``);
            }
            // Model(**data): a class that validates what it is built from (pydantic, checks in the class). A class
            // defined here without checks (a plain dataclass) validates nothing; one defined elsewhere gets the benefit of the doubt.
            if (/^[A-Z]/.test(shortName) && this.classes.get(shortName) !== false) {
              const splatted = call.argumentsInfo.filter((argument) => argument.isDictSplat).flatMap((argument) => argument.names);
              if (splatted.length > 0) check(recordsOf(splatted), evidence(call.node, `\`${call.calleeName}(**…)\``));
            }
            // A local function that asserts or raises on the parameter the data is passed to.
            const bare = this.checkingFunction(call.calleeName);
            // A bare call (`next(it)`) is not a method of this file, even when a method has the same name.
            const local = bare && !(!call.calleeName.includes('.') && /^(self|cls)$/.test(bare.parameters[0] ?? '')) ? bare : this.isOwnMethodCall(call) ? this.checkingFunction(call.method) : undefined;
            if (local) {
              // `self.check(x)` / `Builder.from_dict(x)`: a leading self/cls parameter takes no argument.
              const offset = call.calleeName.includes('.') && /^(self|cls)$/.test(local.parameters[0] ?? '') ? 1 : 0;
              call.argumentsInfo.forEach((argument, index) => {
                const parameter = argument.keyword ?? local.parameters[index + offset];
                if (!parameter || !local.checked.has(parameter)) return;
                const inner = argument.callIndex !== undefined ? callRecords[argument.callIndex] : undefined;
                check([...recordsOf(argument.names), ...(inner ? [inner] : [])], evidence(call.node, `\`${call.calleeName}(…)\``));
              });
            }
            // Looking at the data is not checking it.
            if (INSPECTORS.has(call.method)) inspect(receiverRecords, evidence(call.node, `\`${call.receiver}.${call.method}()\``));
            if (call.calleeName === 'print' || call.calleeName === 'display') inspect(argumentRecords, evidence(call.node, `\`${call.calleeName}(…)\``));
          });
          // A load inside the assert or the `if … raise` condition is checked right there.
          if (part.assertNames) check(callRecords, evidence(statement, 'the assert'));
          for (const clause of part.ifRaiseClauses ?? []) check(clause.calls.map((index) => callRecords[index]), evidence(clause.node, clause.what));
          // Read inside `try: … except KeyError: raise …`: wrong content ends in a clear error.
          // (A load in the try body is not checked by that alone: failing to parse is not a check of the content.)
          if (guarded) check(recordsOf(part.dataReads), evidence(statement, 'the `try … except … raise`'));

          // A bare expression showing the data (the last line of a notebook cell): inspection.
          const display = part.display;
          if (display && (display.isName || (display.property && INSPECTED_PROPERTIES.has(display.property)))) inspect(tracked.get(display.root) ?? [], evidence(display.node, `\`${display.text}\``));

          // Bindings: targets of the load, derived values, names reused for something else. In a branch, a
          // binding adds to what the name may hold (the other branch, or the try body, may have bound it).
          if (part.binding) {
            const binding = part.binding;
            const fromLoads = binding.valueCalls.flatMap((index) => (callRecords[index] ? [callRecords[index]!] : []));
            // `ok = response.status == 200` derives a flag, not data, from a probed response.
            const readAsData = probes.size > 0 ? new Set(recordsOf(part.dataReads)) : undefined;
            const derived = recordsOf(binding.valueNames).filter((record) => !probes.has(record) || readAsData?.has(record));
            const isResponse = binding.valueHttpCallee !== undefined && this.isHttpCallee(binding.valueHttpCallee);
            const serialized = binding.valueCalls.some((index) => part.calls[index].isSerializer);
            const isInternal = binding.valueIsString || serialized || (internal.size > 0 && binding.valueReads.length > 0 && binding.valueReads.every((name) => internal.has(name)));
            // A handle on a path the program wrote (`open("out.json")` after `open("out.json", "w")`) holds its own output.
            const isWritten =
              fromLoads.length === 0 &&
              (written.size > 0 || this.writtenLiterals.size > 0) &&
              (binding.valueReads.some((name) => written.has(name)) || binding.valueCalls.some((index) => {
                  const opened = part.calls[index];
                  const path = opened.argumentTexts[0];
                  return !opened.isWrite && path !== undefined && (written.has(path) || writtenBefore(path, unit, opened.node.startIndex));
                }));
            const isBuffer = !!binding.valueIsBuffer && (serialized || binding.valueReads.every((name) => BUFFER_NAMES.test(name) || internal.has(name)));
            if (this.tracksResources) this.bindResources(part, resourceFlags, resources, conditional);
            for (const target of binding.targets) {
              responses.delete(target);
              if (isBuffer) buffers.add(target);
              else if (!conditional) buffers.delete(target);
              if (isInternal) internal.add(target);
              else if (!conditional) internal.delete(target);
              if (isWritten) written.add(target);
              else if (!conditional) written.delete(target);
              if (fromLoads.length > 0) {
                tracked.set(target, conditional ? union(tracked.get(target), fromLoads) : fromLoads);
                for (const record of fromLoads) if (!record.targets.includes(target)) record.targets.push(target);
              } else if (derived.length > 0) {
                tracked.set(target, conditional ? union(tracked.get(target), derived) : derived);
              } else if (!conditional) {
                tracked.delete(target); // the name now holds something else
                if (isResponse) responses.set(target, {});
              } else if (isResponse) {
                responses.set(target, {});
              }
            }
          }
          if (part.returnNames) {
            const handed = [...recordsOf(part.returnNames), ...(part.returnCalls ?? []).flatMap((index) => (callRecords[index] ? [callRecords[index]!] : []))];
            for (const record of handed) if (probes.has(record)) probes.set(record, true);
            context.returned.push(...handed);
          }
        }
      }
    }
    // A load in a loop body, checked by a check of the loop that runs on the next time round.
    for (const [record, around] of recordLoops) {
      if (record.checked) continue;
      const found = around.flatMap((loop) => loopChecks.get(loop) ?? []).find(({ names }) => record.targets.some((target) => names.has(target)));
      if (found) record.checked = found.evidence;
    }
    // A response whose body is never read (only its status or headers) was a probe, not a load.
    const probesOnly = new Set([...probes].filter(([, used]) => !used).map(([record]) => record));
    return probesOnly.size > 0 ? records.filter((record) => !probesOnly.has(record)) : records;
  }
}

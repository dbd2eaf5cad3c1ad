// IPython syntax in notebook cells (line magics, shell escapes, cell magics, help queries) is not
// Python. We blank it out with spaces before parsing, so tree-sitter sees valid code, no magic is ever
// reported as a syntax error, and every position in the masked text is the same as in the original.
import { isParserReady, parsePython } from '../parsing/parser';

/** Cell magics whose body is still Python run in this kernel; any other cell magic makes the cell opaque. */
const PYTHON_BODY_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'memit', 'mprun', 'px', 'python', 'python3']);

/** `df.head?`, `??np.mean`, `%pinfo x` style help requests: the whole line is one help query. */
const HELP_QUERY = /^\s*\?{0,2}[A-Za-z_][\w.]*(\(\))?\?{1,2}\s*$|^\s*\?{1,2}[A-Za-z_][\w.]*\s*$/;
/** `files = !ls` and `t = %timeit -o f()`: a Python target assigned from a magic. */
const ASSIGNED_MAGIC = /^(\s*[A-Za-z_][\w.,\s[\]]*=\s*)([!%].*)$/;

export interface MaskedSource {
  text: string;
  /** True when a cell magic (e.g. `%%bash`) makes the whole cell something other than Python. */
  isOpaque: boolean;
  /** The cell magic's name (`time`, `bash` …) when the cell starts with one. */
  cellMagic?: string;
  /** Names of the line magics used (`run`, `load`, `matplotlib` …), for checks that care. */
  lineMagics: string[];
}

const blank = (line: string) => ' '.repeat(line.length);

/**
 * Indices of lines that start with `%` but are the modulo operator of an expression begun on an earlier
 * line: the original text is parsed, and such a `%` is an operator token inside a binary operator that
 * starts on a previous line. Only parsed when a cell has `%` lines after its first line.
 */
function percentContinuationLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const candidates = lines.flatMap((line, index) => (index > 0 && line.trimStart().startsWith('%') && !line.trimStart().startsWith('%%') ? [index] : []));
  if (candidates.length === 0 || !isParserReady()) return found;
  const tree = parsePython(lines.join('\n'));
  try {
    for (const index of candidates) {
      const column = lines[index].length - lines[index].trimStart().length;
      const token = tree.rootNode.descendantForPosition({ row: index, column });
      const operator = token?.parent;
      if (token?.type === '%' && operator?.type === 'binary_operator' && operator.startPosition.row < index && !operator.hasError) found.add(index);
    }
  } finally {
    tree.delete();
  }
  return found;
}

/** Recent results by source: a notebook edit re-masks one cell, not all of them. */
const recent = new Map<string, MaskedSource>();
const RECENT_LIMIT = 4096;

export function maskIpythonSyntax(source: string): MaskedSource {
  const known = recent.get(source);
  if (known) return known;
  const masked = mask(source);
  if (!isParserReady()) return masked; // `%` continuation lines need the parser: do not remember a guess
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(source, masked);
  return masked;
}

function mask(source: string): MaskedSource {
  const lines = source.split('\n');
  const firstCodeLine = lines.findIndex((line) => line.trim() !== '');
  let cellMagic: string | undefined;
  if (firstCodeLine >= 0 && lines[firstCodeLine].trimStart().startsWith('%%')) {
    cellMagic = lines[firstCodeLine].trim().slice(2).split(/\s+/)[0];
    if (!PYTHON_BODY_CELL_MAGICS.has(cellMagic)) {
      return { text: lines.map(blank).join('\n'), isOpaque: true, cellMagic, lineMagics: [] };
    }
    lines[firstCodeLine] = blank(lines[firstCodeLine]);
  }
  let continuesMagic = false;
  const lineMagics: string[] = [];
  const noteMagic = (text: string) => {
    const magic = /^%+([A-Za-z_]\w*)/.exec(text.trimStart());
    if (magic) lineMagics.push(magic[1]);
  };
  // A line starting with `%` can also be Python: the modulo operator continuing an expression from the
  // line above (black formats `"%s" % (…)` that way). Such lines parse as part of a binary operator.
  const pythonPercentLines = percentContinuationLines(lines);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const trimmed = line.trimStart();
    if (!continuesMagic && trimmed.startsWith('%') && pythonPercentLines.has(index)) continue;
    // `%time x = f()` runs the statement in the notebook's namespace: keep the statement, drop the magic.
    const timed = continuesMagic ? null : /^(\s*%(?:time|timeit)\s+)(?!-)(\S.*)$/.exec(line);
    if (timed && !timed[2].startsWith('%') && !timed[2].startsWith('!')) {
      noteMagic(trimmed);
      lines[index] = ' '.repeat(timed[1].length) + timed[2];
      continue;
    }
    const isMagicLine = continuesMagic || trimmed.startsWith('%') || (trimmed.startsWith('!') && !trimmed.startsWith('!=')) || HELP_QUERY.test(line);
    if (isMagicLine) {
      if (!continuesMagic) noteMagic(trimmed);
      lines[index] = blank(line);
      continuesMagic = line.trimEnd().endsWith('\\');
      continue;
    }
    const assigned = ASSIGNED_MAGIC.exec(line);
    if (assigned) {
      noteMagic(assigned[2]);
      // Keep the target so later uses of the name still see a definition; the value becomes `0`.
      lines[index] = assigned[1] + '0' + ' '.repeat(assigned[2].length - 1);
      continuesMagic = line.trimEnd().endsWith('\\');
    }
  }
  return { text: lines.join('\n'), isOpaque: false, cellMagic, lineMagics };
}

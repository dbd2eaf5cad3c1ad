// Finds and reads the files the CLI (and later the workspace index) analyses: .py and .ipynb files under
// the given paths, skipping default excludes, the user's `exclude` globs and what .gitignore files ignore.
// Reading decodes UTF-8, honours a PEP 263 coding comment, and turns undecodable input into a problem.
import { existsSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';
import ignore, { type Ignore } from 'ignore';
import { globTest } from '../config/globs';
import { DEFAULT_EXCLUDES } from '../config/settings';
import { notebookSnapshotFromJson, pythonSnapshot, type Snapshot, type SnapshotLimits } from '../documents/snapshot';

export const ANALYSED_EXTENSIONS = ['.py', '.ipynb'];

const isAnalysed = (path: string) => ANALYSED_EXTENSIONS.some((extension) => path.endsWith(extension));
const toPosix = (path: string) => path.split(sep).join('/');

export interface WalkOptions {
  /** Directory that exclude globs and .gitignore rules are relative to. */
  root: string;
  exclude: readonly string[];
  /** Which files to list, by name (default: .py and .ipynb). */
  include?: (fileName: string) => boolean;
  /** Called with every directory walked into (not excluded, not ignored); the self-assessment uses it. */
  onDirectory?: (path: string) => void;
}

export interface WalkResult {
  files: string[];
  /** Paths given that do not exist or cannot be read. */
  missing: string[];
  /** Things the user should know about the walk (a named folder that .gitignore ignores). */
  notices: string[];
}

interface IgnoreFile {
  base: string;
  rules: Ignore;
}

function readIgnoreFile(directory: string): IgnoreFile | undefined {
  try {
    return { base: directory, rules: ignore().add(readFileSync(join(directory, '.gitignore'), 'utf8')) };
  } catch {
    return undefined; // no .gitignore here, or unreadable: it ignores nothing
  }
}

/** .gitignore files of the directories above `directory`, up to the repository root (the folder with .git). */
function ancestorIgnoreFiles(directory: string): IgnoreFile[] {
  const found: IgnoreFile[] = [];
  for (let current = dirname(directory); current !== directory; directory = current, current = dirname(current)) {
    const file = readIgnoreFile(current);
    if (file) found.unshift(file);
    if (existsSync(join(current, '.git'))) break;
  }
  return found;
}

/**
 * Whether a file is excluded: default excludes anywhere in its path, user globs relative to the project
 * root (the folder of pyproject.toml, or the workspace folder). The language server asks this for every
 * document it is sent, so an excluded file gets no diagnostics in the editor either.
 */
export function isExcludedFile(path: string, root: string, exclude: readonly string[]): boolean {
  const fromRoot = toPosix(relative(root, path));
  return isDefaultExcluded(toPosix(path)) || (!fromRoot.startsWith('..') && exclude.length > 0 && userExcludes(exclude)(fromRoot));
}

const isDefaultExcluded = globTest(DEFAULT_EXCLUDES, { dot: true });
/** The user's exclude globs, compiled once per distinct list (settings change rarely; files are many). */
const compiledExcludes = new Map<string, (path: string) => boolean>();
function userExcludes(exclude: readonly string[]): (path: string) => boolean {
  const key = exclude.join('\n');
  let test = compiledExcludes.get(key);
  if (!test) {
    if (compiledExcludes.size >= 64) compiledExcludes.clear();
    compiledExcludes.set(key, (test = globTest(exclude, { dot: true })));
  }
  return test;
}

export function findFiles(paths: readonly string[], options: WalkOptions): WalkResult {
  const isUserExcluded = userExcludes(options.exclude);
  const include = options.include ?? isAnalysed;
  const files: string[] = [];
  const missing: string[] = [];
  const notices: string[] = [];
  const relativeToRoot = (path: string) => toPosix(relative(options.root, path));
  /** Default excludes match anywhere below the walked path; user globs are relative to the project root. */
  const isExcluded = (path: string, walkedFrom: string, suffix = '') => {
    const fromWalk = toPosix(relative(walkedFrom, path));
    const fromRoot = relativeToRoot(path);
    return isDefaultExcluded(`${fromWalk}${suffix}`) || (!fromRoot.startsWith('..') && isUserExcluded(`${fromRoot}${suffix}`));
  };

  const visitDirectory = (directory: string, ignoreStack: IgnoreFile[], walkedFrom: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // unreadable directory: nothing to analyse there
    }
    const stack = [...ignoreStack];
    const own = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readIgnoreFile(directory) : undefined;
    if (own) stack.push(own);
    const isIgnored = (path: string, isDirectory: boolean) =>
      stack.some(({ base, rules }) => {
        const fromBase = toPosix(relative(base, path));
        return fromBase !== '' && !fromBase.startsWith('..') && rules.ignores(isDirectory ? `${fromBase}/` : fromBase);
      });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (isExcluded(path, walkedFrom, '/') || isExcluded(path, walkedFrom, '/x') || isIgnored(path, true)) continue;
        options.onDirectory?.(path);
        visitDirectory(path, stack, walkedFrom);
      } else if (entry.isFile() && include(entry.name) && !isExcluded(path, walkedFrom) && !isIgnored(path, false)) {
        files.push(path);
      }
    }
  };

  for (const given of paths) {
    const path = resolve(given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      missing.push(given);
      continue;
    }
    if (isDirectory) {
      const ancestors = ancestorIgnoreFiles(path);
      const ignoredItself = ancestors.some(({ base, rules }) => rules.ignores(`${toPosix(relative(base, path))}/`));
      // A folder named on the command line is checked even when a .gitignore above it ignores it: the
      // user asked for it. Say so, since git would not show it.
      if (ignoredItself) notices.push(`${given} is ignored by a .gitignore above it; it was checked because it was named.`);
      visitDirectory(path, ignoredItself ? [] : ancestors, path);
    }
    else files.push(path); // a file named explicitly is analysed even if excluded or ignored
  }
  return { files: [...new Set(files)], missing, notices };
}

const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Python codec names (`latin-1`, `iso8859_15`, `utf8`) as the WHATWG labels TextDecoder knows. */
function textDecoderFor(pythonName: string): TextDecoder | undefined {
  const normalized = pythonName.toLowerCase().replace(/_/g, '-').replace(/^iso8859/, 'iso-8859').replace(/^latin-?1$/, 'iso-8859-1');
  for (const label of [pythonName, normalized]) {
    try {
      return new TextDecoder(label, { fatal: true });
    } catch {
      // not a label this runtime knows; try the next spelling
    }
  }
  return undefined;
}

/** Decodes Python source bytes: UTF-8 (BOM allowed), else the encoding a PEP 263 comment declares. */
export function decodePython(bytes: Uint8Array): { text?: string; error?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const head = Buffer.from(bytes.subarray(0, 400)).toString('latin1').split('\n').slice(0, 2);
    const label = head.map((line) => CODING_COOKIE.exec(line)?.[1]).find(Boolean);
    if (!label) return { error: 'it is not valid UTF-8 and declares no encoding (add a "# -*- coding: …" line or save it as UTF-8)' };
    const decoder = textDecoderFor(label);
    if (!decoder) return { error: `it declares the unknown encoding "${label}"` };
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return { error: `it is not valid ${label}` };
    }
  }
}

/** Reads a .py or .ipynb file into a snapshot; unreadable or undecodable files become snapshot problems. */
export function readSnapshot(path: string, limits: SnapshotLimits): Snapshot {
  const uri = pathToFileURL(path).href;
  const isNotebook = path.endsWith('.ipynb');
  const failed = (message: string): Snapshot => ({
    uri,
    kind: isNotebook ? 'notebook' : 'python',
    units: [],
    cellCount: 0,
    problems: [{ severity: 'error', location: { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: `ml-practices: ${message}; it was not analysed.` }],
  });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return failed(`this file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (isNotebook) {
    // A notebook's JSON is far larger than its code (outputs, images); the size limit applies to the code.
    const decoded = decodePython(bytes);
    if (decoded.text === undefined) return failed(`this notebook is not valid UTF-8 JSON`);
    return notebookSnapshotFromJson(uri, decoded.text, limits);
  }
  if (bytes.subarray(0, 8192).includes(0)) return pythonSnapshot(uri, '\u0000', limits);
  const decoded = decodePython(bytes);
  if (decoded.text === undefined) return failed(`this file cannot be decoded: ${decoded.error}`);
  return pythonSnapshot(uri, decoded.text, limits);
}

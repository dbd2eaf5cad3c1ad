// Declared dependencies of a Python project, read from the files projects declare them in:
// requirements*.txt, pyproject.toml (PEP 621, PEP 735 groups, Poetry), Pipfile, setup.cfg, setup.py and
// conda environment files. Each dependency comes with the line that declares it, as evidence.
import { parse as parseToml } from 'smol-toml';
import { pythonQuery, parsePython } from '../parsing/parser';
import { normalizeDistribution } from './signals';

export interface DeclaredDependency {
  /** PEP 503-normalised distribution name. */
  name: string;
  /** 1-based line of the declaration. */
  line: number;
}

const MANIFEST_NAMES = ['pyproject.toml', 'Pipfile', 'setup.cfg', 'setup.py', 'environment.yml', 'environment.yaml'];

export function isManifest(fileName: string): boolean {
  return MANIFEST_NAMES.includes(fileName) || (fileName.startsWith('requirements') && fileName.endsWith('.txt')) || (fileName.endsWith('.txt') && fileName.includes('requirements'));
}

/** The distribution name at the start of a PEP 508 requirement (`torch>=2; python_version>"3.8"` → `torch`). */
function requirementName(requirement: string): string | undefined {
  const trimmed = requirement.trim();
  let end = 0;
  while (end < trimmed.length && /[A-Za-z0-9._-]/.test(trimmed[end])) end++;
  return end > 0 ? normalizeDistribution(trimmed.slice(0, end)) : undefined;
}

/**
 * 1-based line that declares a distribution (for evidence): the first line whose requirement, after
 * leading quotes, brackets and whitespace, names exactly it (`pytest` is not on the `pytest-cov` line).
 */
function lineOf(text: string, name: string): number {
  const index = text.split('\n').findIndex((line) => requirementName(line.replace(/^[\s"'[,]+/, '')) === name);
  return index < 0 ? 1 : index + 1;
}

function fromNames(text: string, names: Iterable<string>): DeclaredDependency[] {
  const seen = new Set<string>();
  const found: DeclaredDependency[] = [];
  for (const raw of names) {
    const name = requirementName(raw);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    found.push({ name, line: lineOf(text, name) });
  }
  return found;
}

function requirementsTxt(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || line.startsWith('-')) return; // options, -r includes, -e editable paths
    const name = requirementName(line);
    if (name) found.push({ name, line: index + 1 });
  });
  return found;
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function pyprojectToml(text: string): DeclaredDependency[] {
  const data = asRecord(parseToml(text));
  const project = asRecord(data.project);
  const poetry = asRecord(asRecord(data.tool).poetry);
  const names = [
    ...asStrings(project.dependencies),
    ...Object.values(asRecord(project['optional-dependencies'])).flatMap(asStrings),
    ...Object.values(asRecord(data['dependency-groups'])).flatMap(asStrings),
    ...Object.keys(asRecord(poetry.dependencies)),
    ...Object.keys(asRecord(poetry['dev-dependencies'])),
    ...Object.values(asRecord(poetry.group)).flatMap((group) => Object.keys(asRecord(asRecord(group).dependencies))),
  ].filter((name) => name !== 'python');
  return fromNames(text, names);
}

function pipfile(text: string): DeclaredDependency[] {
  const data = asRecord(parseToml(text));
  return fromNames(text, [...Object.keys(asRecord(data.packages)), ...Object.keys(asRecord(data['dev-packages']))]);
}

/** setup.cfg: the indented continuation lines of install_requires / extras_require / tests_require. */
function setupCfg(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  let inList = false;
  let inExtras = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/[#;].*$/, '');
    if (/^\[/.test(line)) {
      inExtras = line.trim() === '[options.extras_require]';
      inList = false;
      return;
    }
    const keyValue = /^(\S[^=]*?)\s*=\s*(.*)$/.exec(line);
    if (keyValue) {
      inList = inExtras || ['install_requires', 'tests_require', 'setup_requires'].includes(keyValue[1].trim());
      if (inList && keyValue[2].trim()) {
        const name = requirementName(keyValue[2]);
        if (name) found.push({ name, line: index + 1 });
      }
      return;
    }
    if (inList && /^\s+\S/.test(line)) {
      const name = requirementName(line);
      if (name) found.push({ name, line: index + 1 });
    }
  });
  return found;
}

/** setup.py: string items of the install_requires / extras_require / tests_require arguments, read from the parse tree. */
function setupPy(text: string): DeclaredDependency[] {
  const tree = parsePython(text);
  try {
    const found: DeclaredDependency[] = [];
    const captures = pythonQuery('(keyword_argument name: (identifier) @key value: (_) @value)').captures(tree.rootNode);
    for (let index = 0; index + 1 < captures.length; index += 2) {
      const key = captures[index].node.text;
      if (!['install_requires', 'extras_require', 'tests_require', 'setup_requires'].includes(key)) continue;
      // Requirements are the strings inside lists (`extras_require` maps extra names to lists).
      for (const string of captures[index + 1].node.descendantsOfType('string_content')) {
        if (string?.parent?.parent?.type !== 'list') continue;
        const name = requirementName(string.text);
        if (name) found.push({ name, line: string.startPosition.row + 1 });
      }
    }
    return found;
  } finally {
    tree.delete();
  }
}

/** Conda environment files: `- name=version` items, and the nested `- pip:` list. */
function environmentYml(text: string): DeclaredDependency[] {
  const found: DeclaredDependency[] = [];
  let inDependencies = false;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s#.*$/, '');
    if (/^\S/.test(line)) {
      inDependencies = line.startsWith('dependencies:');
      return;
    }
    const item = /^\s+-\s+(\S+)\s*$/.exec(line);
    if (!inDependencies || !item) return;
    const spec = item[1].includes('::') ? item[1].split('::')[1] : item[1]; // conda-forge::numpy
    const name = requirementName(spec);
    if (name && name !== 'python' && name !== 'pip') found.push({ name, line: index + 1 });
  });
  return found;
}

/** Dependencies declared in one manifest; a manifest that cannot be read declares nothing (and says why). */
export function readManifest(fileName: string, text: string): { dependencies: DeclaredDependency[]; problem?: string } {
  try {
    if (fileName === 'pyproject.toml') return { dependencies: pyprojectToml(text) };
    if (fileName === 'Pipfile') return { dependencies: pipfile(text) };
    if (fileName === 'setup.cfg') return { dependencies: setupCfg(text) };
    if (fileName === 'setup.py') return { dependencies: setupPy(text) };
    if (fileName.startsWith('environment.')) return { dependencies: environmentYml(text) };
    return { dependencies: requirementsTxt(text) };
  } catch (error) {
    return { dependencies: [], problem: `${fileName} could not be read as a dependency list (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

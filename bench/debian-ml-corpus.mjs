// A real corpus of machine-learning Python code, shared by benchmarks: the library code of the main
// scientific-Python / ML packages of Debian 12 (bookworm) and the documentation packages that ship their
// example scripts and notebooks, at versions pinned below.
//
//   node bench/debian-ml-corpus.mjs          # download + extract once (cached), print a summary
//   import { ensureCorpus } from './debian-ml-corpus.mjs'
//   const { root, pythonFiles, lines, packages } = await ensureCorpus();
//
// How: `apt-get download <package>=<version>` into bench/.cache/debian-ml/debs/, `dpkg -x` into
// bench/.cache/debian-ml/root/<package>/ (git-ignored, never committed; ~230 MB of .debs, ~1.1 GB
// extracted). Files that dh_compress gzipped under /usr/share/doc (`*.py.gz`, `*.ipynb.gz`) are
// decompressed next to the .gz so linters see them. A package is fetched again only when its stamp does
// not name the pinned version; the whole corpus is counted once and recorded in a marker file
// (`root/.complete.json`), so later calls return at once.
//
// Pins: the Candidate version `apt-cache policy <package>` reported on 2026-11-26 (bookworm, -updates,
// -security, main, amd64). apt-get download verifies each .deb against the signed archive index. A version
// that has left the archive can still be had from snapshot.debian.org.
//
// Counts: `pythonFiles` = regular `*.py` files (symlinks not counted, since they point at files counted
// already, and the linter does not follow them), `lines` = newline characters in them (what `wc -l`
// prints), `notebooks` = regular `*.ipynb` files.
//
// Careful when pointing ml-practices at it: bench/.cache/ is in the repository's .gitignore and the CLI
// honours the .gitignore files above the folder it walks, so `ml-practices check bench/.cache/...` finds
// nothing. Use `linkOutsideRepo()` (a symlink in a temporary folder) and check through that.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = join(here, '.cache', 'debian-ml');
const DEB_DIR = join(CACHE_DIR, 'debs');
const STAMP_DIR = join(CACHE_DIR, 'stamps');
export const CORPUS_ROOT = join(CACHE_DIR, 'root');
const MARKER = join(CORPUS_ROOT, '.complete.json');

/**
 * [package, version, kind]. kind `library`: the installed Python package (under usr/lib/python3/dist-packages);
 * `doc`: a documentation package shipping example scripts and/or notebooks (under usr/share/doc). A library
 * package may ship examples too (python3-networkx: usr/share/doc/python3-networkx/examples/).
 *
 * The libraries asked for come to ~4.0 million lines on their own, more than the ~2.5 million first aimed
 * at; none was dropped (python3-sympy alone is 0.75 million lines of symbolic maths: drop it here if a
 * benchmark needs a smaller, more ML-only corpus).
 */
export const PACKAGES = [
  // Libraries (the list asked for; the `-lib` halves hold compiled extensions and no .py, kept for completeness).
  ['python3-sklearn', '1.2.1+dfsg-1', 'library'],
  ['python3-sklearn-lib', '1.2.1+dfsg-1', 'library'],
  ['python3-pandas', '1.5.3+dfsg-2', 'library'],
  ['python3-pandas-lib', '1.5.3+dfsg-2', 'library'],
  ['python3-torch', '1.13.1+dfsg-4', 'library'],
  ['python3-statsmodels', '0.13.5+dfsg-7', 'library'],
  ['python3-scipy', '1.10.1-2', 'library'],
  ['python3-numpy', '1:1.24.2-1+deb12u1', 'library'],
  ['python3-matplotlib', '3.6.3-1+b1', 'library'],
  ['python3-skimage', '0.19.3-8', 'library'],
  ['python3-networkx', '2.8.8-1', 'library'],
  ['python3-sympy', '1.11.1-1', 'library'],
  ['python3-nltk', '3.8-1', 'library'],
  ['python3-seaborn', '0.12.2-1', 'library'],
  ['python3-dask', '2022.12.1+dfsg-2', 'library'],
  ['python3-xarray', '2023.01.0-1.1', 'library'],
  // python3-h5py is an empty package that depends on python3-h5py-serial | python3-h5py-mpi.
  ['python3-h5py-serial', '3.7.0-8', 'library'],
  ['python3-joblib', '1.2.0-4+deb12u1', 'library'],
  ['python3-tables', '3.7.0-5', 'library'],
  // Documentation packages that ship example scripts and/or notebooks. Looked at and left out because
  // they ship neither (HTML only): python-scipy-doc, python-dask-doc; not in bookworm: python-matplotlib-doc,
  // python-networkx-doc (python3-networkx ships its examples itself), python-nltk-doc, python-seaborn-doc,
  // python-joblib-doc.
  ['python-sklearn-doc', '1.2.1+dfsg-1', 'doc'],
  ['python-pandas-doc', '1.5.3+dfsg-2', 'doc'],
  ['python-statsmodels-doc', '0.13.5+dfsg-7', 'doc'],
  ['python-skimage-doc', '0.19.3-8', 'doc'],
  ['python-xarray-doc', '2023.01.0-1.1', 'doc'],
  ['python-h5py-doc', '3.7.0-8', 'doc'],
  ['python-tables-doc', '3.7.0-5', 'doc'],
  ['python-lmfit-doc', '1.1.0-1', 'doc'],
];

/** The file name apt-get download writes: the epoch's colon is written %3a. */
const debName = (name, version) => `${name}_${version.replace(':', '%3a')}_`;

function log(message) {
  process.stderr.write(`[debian-ml-corpus] ${message}\n`);
}

function requireApt() {
  for (const tool of ['apt-get', 'dpkg']) {
    const probe = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        `debian-ml-corpus: \`${tool}\` is not available. This corpus is built from Debian 12 (bookworm) packages ` +
          `with \`apt-get download\` and \`dpkg -x\`; run on Debian/Ubuntu with the bookworm archive configured ` +
          `(or copy a filled bench/.cache/debian-ml/ from a machine that has them).`,
      );
    }
  }
}

let aptUpdated = false;

function download(name, version) {
  const existing = readdirSync(DEB_DIR).find((file) => file.startsWith(debName(name, version)) && file.endsWith('.deb'));
  if (existing) return join(DEB_DIR, existing);
  requireApt();
  const attempt = () => spawnSync('apt-get', ['download', `${name}=${version}`], { cwd: DEB_DIR, encoding: 'utf8' });
  let result = attempt();
  if (result.status !== 0 && !aptUpdated) {
    // A fresh machine may have empty package lists: refresh once and retry.
    log(`apt-get download ${name}=${version} failed; running apt-get update once`);
    aptUpdated = true;
    const update = spawnSync('apt-get', ['update'], { encoding: 'utf8' });
    if (update.status !== 0) log(`apt-get update failed (${update.status}): ${update.stderr.trim().split('\n').pop()}`);
    result = attempt();
  }
  if (result.status !== 0) {
    throw new Error(
      `debian-ml-corpus: \`apt-get download ${name}=${version}\` failed (exit ${result.status}):\n${result.stderr.trim()}\n` +
        `The pinned version may have left the archive; fetch it from snapshot.debian.org into ${DEB_DIR}/ or update the pin.`,
    );
  }
  const fetched = readdirSync(DEB_DIR).find((file) => file.startsWith(debName(name, version)) && file.endsWith('.deb'));
  if (!fetched) throw new Error(`debian-ml-corpus: apt-get download ${name}=${version} wrote no .deb into ${DEB_DIR}`);
  return join(DEB_DIR, fetched);
}

/** Regular files under dir (symlinks are not followed and not listed). */
export function regularFiles(dir, accept = () => true) {
  const found = [];
  const visit = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && accept(path)) found.push(path);
    }
  };
  if (existsSync(dir)) visit(dir);
  return found.sort();
}

/** `*.py` and `*.ipynb` files that Debian shipped gzipped, decompressed next to their .gz. */
function gunzipShipped(dir) {
  let count = 0;
  for (const path of regularFiles(dir, (file) => file.endsWith('.py.gz') || file.endsWith('.ipynb.gz'))) {
    const target = path.slice(0, -3);
    if (existsSync(target)) continue;
    writeFileSync(target, gunzipSync(readFileSync(path)));
    count++;
  }
  return count;
}

function extract(name, version) {
  const dir = join(CORPUS_ROOT, name);
  const stamp = join(STAMP_DIR, name);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version && existsSync(dir)) return dir;
  const deb = download(name, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('dpkg', ['-x', deb, dir]);
  const gunzipped = gunzipShipped(dir);
  writeFileSync(stamp, `${version}\n`);
  log(`extracted ${name}=${version}${gunzipped ? ` (${gunzipped} gzipped .py/.ipynb decompressed)` : ''}`);
  return dir;
}

function countLines(path) {
  const bytes = readFileSync(path);
  let lines = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) lines++;
  return lines;
}

function pinsDigest() {
  return createHash('sha256').update(JSON.stringify(PACKAGES)).digest('hex').slice(0, 16);
}

/**
 * Downloads and extracts the corpus once; returns where it is and how big it is.
 * @returns {Promise<{ root: string, pythonFiles: number, lines: number, notebooks: number,
 *   packages: { name: string, version: string, kind: 'library'|'doc', dir: string, pythonFiles: number, lines: number, notebooks: number }[] }>}
 */
export async function ensureCorpus() {
  if (existsSync(MARKER)) {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    if (marker.pins === pinsDigest() && marker.packages.every((entry) => existsSync(entry.dir))) return marker.summary;
  }
  mkdirSync(DEB_DIR, { recursive: true });
  mkdirSync(STAMP_DIR, { recursive: true });
  mkdirSync(CORPUS_ROOT, { recursive: true });
  // Packages no longer pinned (an older list) must not stay in the tree that benchmarks walk.
  const pinned = new Set(PACKAGES.map(([name]) => name));
  for (const entry of readdirSync(CORPUS_ROOT, { withFileTypes: true })) {
    if (entry.isDirectory() && !pinned.has(entry.name)) {
      rmSync(join(CORPUS_ROOT, entry.name), { recursive: true, force: true });
      rmSync(join(STAMP_DIR, entry.name), { force: true });
      log(`removed ${entry.name} (no longer in the pinned list)`);
    }
  }
  for (const file of readdirSync(DEB_DIR)) {
    if (file.endsWith('.deb') && !PACKAGES.some(([name, version]) => file.startsWith(debName(name, version)))) rmSync(join(DEB_DIR, file), { force: true });
  }
  const packages = [];
  for (const [name, version, kind] of PACKAGES) {
    const dir = extract(name, version);
    const py = regularFiles(dir, (file) => file.endsWith('.py'));
    const notebooks = regularFiles(dir, (file) => file.endsWith('.ipynb')).length;
    packages.push({ name, version, kind, dir, pythonFiles: py.length, lines: py.reduce((sum, file) => sum + countLines(file), 0), notebooks });
  }
  const summary = {
    root: CORPUS_ROOT,
    pythonFiles: packages.reduce((sum, entry) => sum + entry.pythonFiles, 0),
    lines: packages.reduce((sum, entry) => sum + entry.lines, 0),
    notebooks: packages.reduce((sum, entry) => sum + entry.notebooks, 0),
    packages,
  };
  writeFileSync(MARKER, `${JSON.stringify({ pins: pinsDigest(), completed: new Date().toISOString(), packages, summary }, null, 2)}\n`);
  return summary;
}

/**
 * A temporary folder outside the repository with a symlink `name` → target, so the CLI walks the corpus
 * without applying the repository's .gitignore. Returns the symlink's path and a cleanup function.
 */
export function linkOutsideRepo(target, name = 'corpus') {
  const dir = mkdtempSync(join(tmpdir(), 'ml-practices-corpus-'));
  const link = join(dir, name);
  symlinkSync(resolve(target), link);
  return { path: link, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const corpus = await ensureCorpus();
    const pad = (value, width) => String(value).padStart(width);
    console.log(`Debian ML corpus at ${relative(process.cwd(), corpus.root) || '.'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`${'package'.padEnd(26)} ${'version'.padEnd(22)} kind     ${pad('.py files', 9)} ${pad('.py lines', 10)} ${pad('.ipynb', 6)}`);
    for (const entry of corpus.packages) {
      console.log(`${entry.name.padEnd(26)} ${entry.version.padEnd(22)} ${entry.kind.padEnd(8)} ${pad(entry.pythonFiles, 9)} ${pad(entry.lines, 10)} ${pad(entry.notebooks, 6)}`);
    }
    const of = (kind) => corpus.packages.filter((entry) => entry.kind === kind);
    const sum = (entries, key) => entries.reduce((total, entry) => total + entry[key], 0);
    console.log(`libraries: ${of('library').length} packages, ${sum(of('library'), 'pythonFiles')} .py files, ${sum(of('library'), 'lines')} lines`);
    console.log(`docs:      ${of('doc').length} packages, ${sum(of('doc'), 'pythonFiles')} .py files, ${sum(of('doc'), 'lines')} lines, ${sum(of('doc'), 'notebooks')} notebooks`);
    console.log(`total:     ${corpus.packages.length} packages, ${corpus.pythonFiles} .py files, ${corpus.lines} lines of Python, ${corpus.notebooks} notebooks`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

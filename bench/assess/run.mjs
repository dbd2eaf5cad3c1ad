#!/usr/bin/env node
// Self-assessment speed on real 5,000-file workspaces (issue 6: `assess` must finish in under 10 s).
//
//   node bench/assess/run.mjs [--runs 5]
//
// Two workspaces are assembled from the pinned Debian corpus (bench/debian-ml-corpus.mjs), copied into
// bench/.cache/assess/<name>/ (git-ignored) because the CLI does not follow symlinked folders:
//   library — torch, pandas, statsmodels, scipy: 5,431 files, 4,272 of them Python (the worst case:
//             every file is measured and hashed for duplicates, and the duplicate search is the largest);
//   project — scikit-learn with its documentation, joblib, seaborn, xarray: 5,015 files, mostly docs,
//             images and examples, like a real project tree.
// Each run is `/usr/bin/time -v node dist/cli.js assess <workspace> --format json` (cold process, every
// rule on, duplicate-code included); the script prints every run and the median wall time and peak RSS.
// Then the same with `--cache-dir` (a fresh directory under bench/.cache/assess/cache-<name>/): one run that
// fills the cache, then --runs runs with nothing changed (the evidence of every file from the cache), and
// checks that those reports equal the first one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_ROOT, ensureCorpus, regularFiles } from '../debian-ml-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CLI = join(repo, 'dist', 'cli.js');
const CACHE = join(here, '..', '.cache', 'assess');
const WORKSPACES = {
  library: ['python3-torch', 'python3-pandas', 'python3-statsmodels', 'python3-scipy'],
  project: ['python3-sklearn', 'python-sklearn-doc', 'python3-joblib', 'python3-seaborn', 'python3-xarray'],
};
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

function workspace(name, packages) {
  const target = join(CACHE, name);
  if (!existsSync(join(target, '.complete'))) {
    mkdirSync(target, { recursive: true });
    for (const pkg of packages) cpSync(join(CORPUS_ROOT, pkg), join(target, pkg), { recursive: true, dereference: false, verbatimSymlinks: true });
    writeFileSync(join(target, '.complete'), packages.join('\n'));
  }
  return target;
}

function timed(args) {
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`assess failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  const field = (label) => result.stderr.split('\n').find((line) => line.trim().startsWith(label))?.split(': ').pop()?.trim();
  const [minutes, seconds] = (field('Elapsed (wall clock) time') ?? '0:0').split(':').map(Number);
  return { wall: minutes * 60 + seconds, rssMb: Number(field('Maximum resident set size (kbytes)')) / 1024, report: JSON.parse(result.stdout) };
}

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` first');
if (!existsSync('/usr/bin/time')) throw new Error('GNU time is missing: apt-get install -y time');
await ensureCorpus();
for (const [name, packages] of Object.entries(WORKSPACES)) {
  const root = workspace(name, packages);
  const files = regularFiles(root).length;
  const walls = [];
  const rss = [];
  let report;
  for (let run = 1; run <= RUNS; run++) {
    const result = timed(['assess', root, '--format', 'json']);
    walls.push(result.wall);
    rss.push(result.rssMb);
    report = result.report;
    console.log(`${name} run ${run}: ${result.wall.toFixed(2)} s, peak RSS ${result.rssMb.toFixed(0)} MB`);
  }
  const counts = report.practices.reduce((all, practice) => ({ ...all, [practice.status]: (all[practice.status] ?? 0) + 1 }), {});
  console.log(
    `${name}: ${files} files on disk (${readdirSync(root).length - 1} packages), ${report.files.total} walked, ${report.files.python} Python files, ${report.files.notebooks} notebooks, ${report.files.linesOfCode} lines of code`,
  );
  console.log(`${name}: median ${median(walls).toFixed(2)} s (goal < 10 s), peak RSS median ${median(rss).toFixed(0)} MB; statuses ${JSON.stringify(counts)}; score ${report.score}%`);

  const cacheDir = join(CACHE, `cache-${name}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const comparable = (result) => JSON.stringify({ ...result, generatedAt: undefined, historyEntry: { ...result.historyEntry, at: undefined } });
  const filling = timed(['assess', root, '--format', 'json', '--cache-dir', cacheDir]);
  console.log(`${name} with --cache-dir, first run (fills the cache): ${filling.wall.toFixed(2)} s, peak RSS ${filling.rssMb.toFixed(0)} MB`);
  const warm = [];
  const warmRss = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = timed(['assess', root, '--format', 'json', '--cache-dir', cacheDir]);
    if (comparable(result.report) !== comparable(report)) throw new Error(`${name}: the report from the cache differs from the one made without it`);
    warm.push(result.wall);
    warmRss.push(result.rssMb);
    console.log(`${name} with --cache-dir, nothing changed, run ${run}: ${result.wall.toFixed(2)} s, peak RSS ${result.rssMb.toFixed(0)} MB`);
  }
  console.log(`${name}: with the cache and nothing changed, median ${median(warm).toFixed(2)} s (same report), peak RSS median ${median(warmRss).toFixed(0)} MB`);
}

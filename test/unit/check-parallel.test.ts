// `ml-practices check` with the analysis on a worker thread (the bundled dist/checkWorker.js, as the CLI runs
// it) gives exactly what the one-thread check gives, and a file the worker fails on is analysed on the main
// thread. A probe script in front of the worker records that the worker thread really ran.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeSettings } from '../../server/src/config/settings';
import { initParser } from '../../server/src/parsing/parser';
import { checkFiles, checkFilesInParallel } from '../../server/src/workspace/check';
import { MIN_FILES_FOR_WORKERS } from '../../server/src/workspace/threads';

const WORKER = join(__dirname, '..', '..', 'dist', 'checkWorker.js');

/** A module with a cleaning block every fifth module shares (renamed), and a long function of its own. */
function moduleText(index: number): string {
  const frame = index % 5 === 0 ? 'frame' : `table_${index}`;
  return `import pandas as pd


def clean_${index}(${frame}):
    ${frame} = ${frame}.dropna(subset=["age", "income"])
    ${frame} = ${frame}[${frame}["age"].between(18, 100)]
    ${frame}["income"] = ${frame}["income"].clip(lower=0)
    ${frame}["log_income"] = (${frame}["income"] + 1).apply(float)
    ${frame}["segment"] = pd.cut(${frame}["age"], bins=[18, 30, 50, 100])
    return ${frame}.reset_index(drop=True)


def score_${index}(values, weights, bias, scale, offset):
    total = sum(value * weight for value, weight in zip(values, weights))
    return (total + bias) * scale + offset + ${index}
`;
}

describe('check on a worker thread', () => {
  let root: string;
  let paths: string[];
  const workers = process.env.ML_PRACTICES_WORKERS;
  before(async () => {
    // Two threads whatever this machine has (a one-CPU runner would otherwise check on one thread).
    process.env.ML_PRACTICES_WORKERS = '2';
    await initParser();
    root = mkdtempSync(join(tmpdir(), 'ml-practices-parallel-'));
    mkdirSync(join(root, 'pkg'));
    paths = Array.from({ length: MIN_FILES_FOR_WORKERS + 12 }, (_, index) => {
      const path = join(root, 'pkg', `module_${String(index).padStart(3, '0')}.py`);
      writeFileSync(path, moduleText(index));
      return path;
    });
  });
  after(() => {
    if (workers === undefined) delete process.env.ML_PRACTICES_WORKERS;
    else process.env.ML_PRACTICES_WORKERS = workers;
    rmSync(root, { recursive: true, force: true });
  });

  it('gives the same findings and duplicated lines as the one-thread check, with the worker running', async () => {
    assert.ok(existsSync(WORKER), 'dist/checkWorker.js is built (npm test builds before the unit tests)');
    const marker = join(root, 'worker-ran');
    const probe = join(root, 'probe.js');
    writeFileSync(probe, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nrequire(${JSON.stringify(WORKER)});\n`);
    const settings = mergeSettings();
    const parallel = await checkFilesInParallel(paths, settings, { workerFile: probe });
    assert.ok(existsSync(marker), 'the worker thread ran');
    const single = checkFiles(paths, settings);
    assert.ok(single.files.some((file) => file.findings.some((finding) => finding.ruleId === 'duplicate-code')), 'the modules share copies');
    assert.deepEqual(parallel, single);
  });

  it('analyses on the main thread a file the worker fails on', async () => {
    const failing = join(root, 'failing.js');
    writeFileSync(
      failing,
      `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', ({ position }) => parentPort.postMessage({ position, error: 'cannot analyse' }));\n`,
    );
    const settings = mergeSettings();
    assert.deepEqual(await checkFilesInParallel(paths, settings, { workerFile: failing }), checkFiles(paths, settings));
  });
});

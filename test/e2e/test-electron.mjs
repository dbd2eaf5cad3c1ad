#!/usr/bin/env node
// The same extension-host suite (test/e2e/suite) on desktop VS Code through @vscode/test-electron
// (`npm run test:vscode`). It downloads VS Code, so it needs a network (not used in CI here); on a
// headless Linux box run it under xvfb-run.
//
// Environment: ML_PRACTICES_E2E_VSCODE_VERSION (default: stable)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './exthost.mjs';
import { Reporter, ensureBuilt, extensionDir, makeRunDir } from './lib.mjs';

const reporter = new Reporter('vscode');
const run = makeRunDir('electron');
let code = 1;
try {
  ensureBuilt();
  const testsEntry = await bundleSuite(run.out);
  const resultsFile = join(run.root, 'results.json');
  try {
    await runTests({
      version: process.env.ML_PRACTICES_E2E_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: extensionDir(),
      extensionTestsPath: testsEntry,
      extensionTestsEnv: { ML_PRACTICES_E2E_RESULTS: resultsFile, ML_PRACTICES_E2E_WORKSPACE: run.workspace },
      launchArgs: [
        run.workspace,
        '--disable-workspace-trust',
        '--disable-telemetry',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', run.userData,
        '--extensions-dir', run.extensions,
      ],
    });
  } catch (e) {
    if (!existsSync(resultsFile)) reporter.record('run VS Code with the suite', false, e.stack || String(e));
  }
  if (existsSync(resultsFile)) {
    for (const ev of JSON.parse(readFileSync(resultsFile, 'utf8'))) {
      if (ev.type === 'pass') reporter.record(ev.title, true, '', ev.ms);
      if (ev.type === 'fail') reporter.record(ev.title, false, ev.error, ev.ms);
    }
  }
} catch (e) {
  reporter.record('test-electron setup', false, e.stack || String(e));
} finally {
  run.remove();
  code = reporter.finish();
}
process.exit(code);

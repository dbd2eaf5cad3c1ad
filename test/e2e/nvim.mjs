#!/usr/bin/env node
// Neovim 0.7 as a second LSP client: headless nvim starts `node dist/server.js --stdio`, opens
// test/e2e/workspace/train.py, waits for diagnostics, checks hover and code actions.
// Usage: node test/e2e/nvim.mjs
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  E2E_DIR, EXPECTED, WORKSPACE_FIXTURE, extensionDir, isolatedEnv, makeRunDir, onCleanup, resultsPath, runPhase, startProcess, waitFor,
  clearResults,
} from './lib.mjs';

export async function runNvim(reporter) {
  clearResults('nvim');
  const run = makeRunDir('nvim');
  onCleanup(() => run.remove());
  const server = join(extensionDir(), 'dist', 'server.js');
  if (!existsSync(server)) throw new Error(`${server} is missing: run npm run build`);
  const file = join(WORKSPACE_FIXTURE, EXPECTED.file);
  const started = Date.now();
  const nvim = startProcess(
    'nvim',
    ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(E2E_DIR, 'nvim', 'lsp-test.lua')}`],
    {
      cwd: extensionDir(),
      label: 'nvim',
      logFile: resultsPath('nvim.log'),
      env: isolatedEnv(run, {
        ML_PRACTICES_SERVER: server,
        ML_PRACTICES_FILE: file,
        ML_PRACTICES_EXPECTED: JSON.stringify(EXPECTED.findings),
        ML_PRACTICES_TIMEOUT: process.env.ML_PRACTICES_E2E_NVIM_TIMEOUT || '20000',
      }),
    },
  );
  onCleanup(() => nvim.stop());
  await waitFor(() => nvim.exited, { timeout: 60_000, interval: 20, message: 'nvim to exit', describe: () => nvim.tail() });
  // Relay nvim's per-test lines into our reporter.
  let sawSummary = false;
  for (const line of nvim.output().split('\n')) {
    const m = /^\s*(PASS|FAIL) nvim: (.*?)(?: \((\d+) ms\))?$/.exec(line);
    if (m) reporter.record(m[2], m[1] === 'PASS', '', m[3] !== undefined ? Number(m[3]) : undefined);
    else if (/^\d+ passed, \d+ failed$/.test(line.trim())) sawSummary = true;
    else if (line.trim()) reporter.log(`       ${line}`);
  }
  if (!sawSummary || nvim.exitCode !== 0) {
    if (!sawSummary || reporter.failed === 0) reporter.record(`nvim exited with ${nvim.exitCode}`, false, nvim.tail());
  }
  reporter.log(`nvim: client run took ${Date.now() - started} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await runPhase('nvim', runNvim, { timeout: 90_000 }));
}

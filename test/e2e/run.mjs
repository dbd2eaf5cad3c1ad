#!/usr/bin/env node
// End-to-end tests of ml-practices (what `npm run test:e2e` runs):
//   0. install prerequisites if needed (test/e2e/install.mjs: Debian packages, code-server 4.100.3)
//   1. build dist/ if it is missing or older than the sources (`npm run build`)
//   2. nvim     — Neovim 0.7 as LSP client of `node dist/server.js --stdio`
//   3. exthost  — mocha suite inside the real VS Code extension host (code-server's server + Chromium)
//   4. ui       — packaged .vsix installed in code-server, driven through the web UI (Chromium)
// Every phase runs as its own process group with its own HOME/TMPDIR; whatever happens, its
// servers and browsers are killed. Closing line: `N passed, N failed`.
//
// Usage: node test/e2e/run.mjs [nvim] [exthost] [ui]      (default: all three)
// Environment:
//   ML_PRACTICES_E2E_TIMEOUT   global deadline in seconds (default 900)
//   ML_PRACTICES_E2E_INSTALL=1 install missing Debian packages (CI=true does the same)
//   ML_PRACTICES_E2E_CACHE     code-server cache dir (default ~/.cache/ml-practices-e2e)
//   ML_PRACTICES_E2E_KEEP=1    keep the per-run temp dirs
//   ML_PRACTICES_E2E_EXTENSION_DIR  test another extension checkout (default: this repo)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { E2E_DIR, RESULTS_DIR, ensureBuilt, killRecordedGroups, seconds, sleep } from './lib.mjs';

const ALL_PHASES = ['grammar', 'nvim', 'exthost', 'ui'];
const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = requested.filter((p) => !ALL_PHASES.includes(p));
if (unknown.length) {
  console.error(`unknown phase(s): ${unknown.join(', ')}; phases: ${ALL_PHASES.join(', ')}`);
  process.exit(2);
}
const phases = requested.length ? ALL_PHASES.filter((p) => requested.includes(p)) : ALL_PHASES;

const started = Date.now();
const globalTimeout = Number(process.env.ML_PRACTICES_E2E_TIMEOUT || 900) * 1000;
const deadline = started + globalTimeout;
const pidsDir = mkdtempSync(join(process.env.ML_PRACTICES_E2E_TMP || tmpdir(), 'ml-practices-e2e-pids-'));
const timings = [];
let passed = 0;
let failed = 0;
let current = null; // running phase child

const out = (l) => process.stdout.write(`${l}\n`);

function finish(code) {
  const leftovers = killRecordedGroups(pidsDir);
  if (leftovers.length) out(`e2e: killed leftover process groups: ${leftovers.join(', ')}`);
  rmSync(pidsDir, { recursive: true, force: true });
  out('');
  out('e2e timings:');
  for (const t of timings) out(`  ${t.name.padEnd(8)} ${seconds(t.ms).padStart(8)}  ${t.note || ''}`);
  out(`  ${'total'.padEnd(8)} ${seconds(Date.now() - started).padStart(8)}`);
  out(`e2e artefacts (screenshots, logs): ${RESULTS_DIR}`);
  out(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 || passed === 0 ? 1 : 0));
}

async function killPhase(child, why) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  out(`e2e: stopping phase (${why})`);
  try {
    process.kill(-child.pid, 'SIGTERM'); // the runner cleans up its servers and browsers
  } catch {
    /* gone */
  }
  const until = Date.now() + 15_000;
  while (Date.now() < until && child.exitCode === null && child.signalCode === null) await sleep(100);
  if (child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  killRecordedGroups(pidsDir);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    out(`e2e: received ${sig}`);
    failed++;
    await killPhase(current, sig);
    finish(sig === 'SIGINT' ? 130 : 143);
  });
}

function runPhaseProcess(name) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(E2E_DIR, `${name}.mjs`)], {
      detached: true, // own process group (setsid), killed as a whole on timeout
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ML_PRACTICES_E2E_PIDS_DIR: pidsDir },
    });
    current = child;
    let summary = null;
    let partial = '';
    const onData = (d) => {
      partial += d.toString();
      const lines = partial.split('\n');
      partial = lines.pop();
      for (const line of lines) {
        const m = /^(\d+) passed, (\d+) failed/.exec(line.trim());
        if (m) {
          summary = { passed: Number(m[1]), failed: Number(m[2]) };
          // Reworded so that only the final total reads as a closing `N passed, N failed` line.
          out(`  = ${name} phase: ${m[1]} ok, ${m[2]} not ok`);
        } else out(line);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const remaining = deadline - Date.now();
    const timer = setTimeout(() => killPhase(child, `global deadline of ${seconds(globalTimeout)} passed`), Math.max(remaining, 0));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (partial) out(partial);
      current = null;
      resolve({ code, signal, summary, timedOut: Date.now() >= deadline });
    });
  });
}

// 0. prerequisites
{
  const t = Date.now();
  out('e2e: checking prerequisites');
  try {
    const r = ensureInstalled({ log: out });
    timings.push({ name: 'install', ms: Date.now() - t, note: r.fresh ? 'code-server installed' : 'cached' });
  } catch (e) {
    timings.push({ name: 'install', ms: Date.now() - t, note: 'FAILED' });
    out(e.code === 'E2E_MISSING_PACKAGES' ? e.message : `e2e: install failed: ${e.stack || e}`);
    failed++;
    finish(1);
  }
}

// 1. build
{
  const t = Date.now();
  try {
    const built = ensureBuilt({ log: out });
    timings.push({ name: 'build', ms: Date.now() - t, note: built ? 'npm run build' : 'dist/ up to date' });
  } catch (e) {
    timings.push({ name: 'build', ms: Date.now() - t, note: 'FAILED' });
    out(`e2e: ${e.message}`);
    failed++;
    finish(1);
  }
}

// 2-4. phases
for (const name of phases) {
  if (Date.now() >= deadline) {
    out(`e2e: skipping ${name}: global deadline passed`);
    failed++;
    timings.push({ name, ms: 0, note: 'skipped (deadline)' });
    continue;
  }
  out('');
  out(`=== e2e phase: ${name} ===`);
  const t = Date.now();
  const r = await runPhaseProcess(name);
  const leftovers = killRecordedGroups(pidsDir);
  if (leftovers.length) out(`e2e: killed process groups left by ${name}: ${leftovers.join(', ')}`);
  const ms = Date.now() - t;
  if (r.summary) {
    passed += r.summary.passed;
    failed += r.summary.failed;
  }
  const ok = r.code === 0 && r.summary && r.summary.failed === 0;
  if (!r.summary || (r.code !== 0 && r.summary.failed === 0)) {
    failed++; // crashed or killed without a verdict of its own
    out(`  FAIL ${name}: runner ended with ${r.signal || `exit ${r.code}`}${r.timedOut ? ' (global deadline)' : ''}`);
  }
  timings.push({ name, ms, note: ok ? 'ok' : 'FAILED' });
}

finish();

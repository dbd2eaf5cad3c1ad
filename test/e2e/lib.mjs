// Shared helpers of the end-to-end runners: paths, isolated run dirs, process groups, polling,
// a tiny reporter that prints one line per test and the closing `N passed, N failed` line.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(E2E_DIR, '..', '..');
export const WORKSPACE_FIXTURE = join(E2E_DIR, 'workspace');
export const RESULTS_DIR = resolve(process.env.ML_PRACTICES_E2E_RESULTS_DIR || join(REPO, '.test-results', 'e2e'));

/** The extension under test: the repo itself unless ML_PRACTICES_E2E_EXTENSION_DIR points elsewhere. */
export function extensionDir() {
  return resolve(process.env.ML_PRACTICES_E2E_EXTENSION_DIR || REPO);
}

export const EXTENSION_ID = 'ml-practices.ml-practices';

/** Expected findings in the fixture, shared by all runners. */
export const EXPECTED = {
  file: 'train.py',
  notebook: 'explore.ipynb',
  findings: [
    { rule: 'long-function', name: 'train_model', title: 'Write Short Units of Code' },
    { rule: 'complex-function', name: 'pick_optimizer', title: 'Write Simple Units of Code' },
    { rule: 'many-parameters', name: 'build_model', title: 'Keep Unit Interfaces Small' },
  ],
  notebookFinding: { rule: 'long-function', name: 'summarize_dataset', title: 'Write Short Units of Code' },
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Reporter

export class Reporter {
  constructor(name) {
    this.name = name;
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
    this.started = Date.now();
  }

  log(line) {
    process.stdout.write(`${line}\n`);
  }

  /** Runs fn under a deadline; never throws. Returns true when it passed. */
  async test(title, fn, { timeout = 60_000 } = {}) {
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(fn),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${seconds(timeout)}`)), timeout);
        }),
      ]);
      this.passed++;
      this.log(`  PASS ${this.name}: ${title} (${Date.now() - started} ms)`);
      return true;
    } catch (e) {
      this.failed++;
      this.failures.push({ title, error: e });
      this.log(`  FAIL ${this.name}: ${title} (${Date.now() - started} ms)`);
      this.log(indent(String(e && e.stack ? e.stack : e), '       '));
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Records a result computed elsewhere (e.g. reported by the extension host). */
  record(title, ok, detail = '', ms) {
    if (ok) this.passed++;
    else {
      this.failed++;
      this.failures.push({ title, error: detail });
    }
    this.log(`  ${ok ? 'PASS' : 'FAIL'} ${this.name}: ${title}${ms !== undefined ? ` (${ms} ms)` : ''}`);
    if (!ok && detail) this.log(indent(String(detail), '       '));
  }

  /** Prints the closing line and returns the exit code. */
  finish() {
    this.log(`${this.name}: finished in ${seconds(Date.now() - this.started)}`);
    this.log(`${this.passed} passed, ${this.failed} failed`);
    return this.failed > 0 || this.passed === 0 ? 1 : 0;
  }
}

export function indent(text, prefix) {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Polling

/**
 * Polls fn until it returns a truthy value (returned) or the deadline passes (throws with the
 * message, the last value description and the last error).
 */
export async function waitFor(fn, { timeout = 20_000, interval = 100, message = 'condition', describe } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  let detail = '';
  if (describe) {
    try {
      detail = `\n  state: ${await describe(last)}`;
    } catch (e) {
      detail = `\n  state: <describe failed: ${e.message}>`;
    }
  }
  throw new Error(`timed out after ${seconds(timeout)} waiting for ${message}${detail}${lastError ? `\n  last error: ${lastError.message || lastError}` : ''}`);
}

export async function waitForHttp(url, { timeout = 60_000, proc } = {}) {
  return waitFor(
    async () => {
      if (proc && proc.exited) throw new Error(`${proc.label} exited with ${proc.exitCode}:\n${proc.tail()}`);
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      return r.status < 500;
    },
    { timeout, interval: 150, message: `HTTP ${url}`, describe: () => (proc ? `server output:\n${proc.tail()}` : '') },
  );
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Isolated run directories and environments

export function makeRunDir(label) {
  const base = process.env.ML_PRACTICES_E2E_TMP || tmpdir();
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(join(base, `ml-practices-e2e-${label}-`));
  const dirs = { root };
  for (const d of ['home', 'tmp', 'user-data', 'server-data', 'extensions', 'browser-profile', 'out']) {
    dirs[d.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = join(root, d);
    mkdirSync(join(root, d), { recursive: true });
  }
  dirs.workspace = join(root, 'workspace');
  // Let the orchestrator remove it should this process die without cleaning up.
  if (pidsDir()) {
    try {
      writeFileSync(join(pidsDir(), `rundir-${process.pid}-${label}`), root);
    } catch {
      /* best effort */
    }
  }
  cpSync(WORKSPACE_FIXTURE, dirs.workspace, { recursive: true });
  dirs.remove = () => {
    if (process.env.ML_PRACTICES_E2E_KEEP === '1') {
      process.stdout.write(`(kept run dir ${root})\n`);
      return;
    }
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort */
    }
  };
  return dirs;
}

/** The environment of one isolated run: own HOME and TMPDIR, nothing of an outer VS Code. */
export function isolatedEnv(run, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|npm_)/.test(k)) continue;
    if (['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR', 'PASSWORD', 'HASHED_PASSWORD', 'PORT'].includes(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: run.home,
    TMPDIR: run.tmp,
    TMP: run.tmp,
    TEMP: run.tmp,
    XDG_CONFIG_HOME: join(run.home, '.config'),
    XDG_CACHE_HOME: join(run.home, '.cache'),
    XDG_DATA_HOME: join(run.home, '.local', 'share'),
    LANG: process.env.LANG || 'C.UTF-8',
  });
  return { ...env, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Process groups

const groups = new Map(); // pgid -> label

function pidsDir() {
  return process.env.ML_PRACTICES_E2E_PIDS_DIR;
}

function recordGroup(pgid, label) {
  groups.set(pgid, label);
  const dir = pidsDir();
  if (dir) {
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, String(pgid)), `${label}\n`);
    } catch {
      /* best effort */
    }
  }
}

function forgetGroup(pgid) {
  groups.delete(pgid);
  const dir = pidsDir();
  if (dir) rmSync(join(dir, String(pgid)), { force: true });
}

function groupAlive(pgid) {
  if (!Number.isInteger(pgid) || pgid <= 1 || pgid === OWN_PGID) return false;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function killGroup(pgid, { grace = 3000 } = {}) {
  if (!groupAlive(pgid)) {
    forgetGroup(pgid);
    return;
  }
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* gone */
  }
  const deadline = Date.now() + grace;
  while (Date.now() < deadline && groupAlive(pgid)) await sleep(50);
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  forgetGroup(pgid);
}

export function killAllGroupsSync() {
  for (const pgid of [...groups.keys()]) {
    if (pgid === OWN_PGID) continue;
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
    forgetGroup(pgid);
  }
}

export async function killAllGroups() {
  await Promise.all([...groups.keys()].map((g) => killGroup(g)));
}

/** Kills every process group listed in a pids dir (used by the orchestrator after a phase). */
export function killRecordedGroups(dir) {
  if (!dir || !existsSync(dir)) return [];
  const killed = [];
  for (const f of readdirSync(dir)) {
    if (f.startsWith('rundir-')) {
      const path = readFileSync(join(dir, f), 'utf8').trim();
      if (process.env.ML_PRACTICES_E2E_KEEP !== '1' && path.includes('ml-practices-e2e-')) rmSync(path, { recursive: true, force: true });
      rmSync(join(dir, f), { force: true });
      continue;
    }
    const pgid = Number(f);
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGKILL');
        killed.push(`${pgid} (${readFileSync(join(dir, f), 'utf8').trim()})`);
      } catch {
        /* gone */
      }
    }
    rmSync(join(dir, f), { force: true });
  }
  return killed;
}

/**
 * Starts a command in its own session/process group (setsid via detached: true); its output goes
 * to logFile and a ring buffer.
 */
export function startProcess(cmd, args, { env, cwd, logFile, label = cmd } = {}) {
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const log = logFile ? createWriteStream(logFile) : null;
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const waiters = [];
  const handle = {
    label,
    child,
    pid: child.pid,
    exited: false,
    exitCode: null,
    output: () => buffer,
    tail: (n = 40) => buffer.split('\n').slice(-n).join('\n'),
    waitForOutput(re, { timeout = 60_000 } = {}) {
      return waitFor(
        () => {
          if (re.test(buffer)) return true;
          if (handle.exited) throw new Error(`${label} exited with ${handle.exitCode} before printing ${re}:\n${handle.tail()}`);
          return false;
        },
        { timeout, message: `${label} to print ${re}`, describe: () => handle.tail() },
      );
    },
    async stop() {
      await killGroup(child.pid);
      await new Promise((r) => (handle.exited ? r() : child.once('exit', r)));
      log?.end();
    },
  };
  const onData = (d) => {
    const s = d.toString();
    buffer += s;
    if (buffer.length > 2_000_000) buffer = buffer.slice(-1_000_000);
    log?.write(s);
    for (const w of waiters) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('exit', (code, signal) => {
    handle.exited = true;
    handle.exitCode = code ?? signal;
  });
  child.on('error', (e) => {
    handle.exited = true;
    handle.exitCode = e.message;
    buffer += `\n[spawn error] ${e.message}\n`;
  });
  if (child.pid) recordGroup(child.pid, label);
  return handle;
}

function ownProcessGroup() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}
export const OWN_PGID = ownProcessGroup();

/**
 * Records the process groups of direct children that lead a group of their own and that we did not
 * spawn ourselves (e.g. Chromium launched by Playwright), so that they are killed at the end.
 */
export function recordChildGroups(label) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pgrp = Number(fields[2]);
      if (ppid === process.pid && pgrp === Number(entry) && pgrp !== OWN_PGID && !groups.has(pgrp)) recordGroup(pgrp, label);
    } catch {
      /* raced */
    }
  }
}

let cleanupHooks = [];
/** Registers async cleanup that runs on normal finish, SIGINT/SIGTERM, and the watchdog. */
export function onCleanup(fn) {
  cleanupHooks.push(fn);
}

export async function runCleanup() {
  const hooks = cleanupHooks.reverse();
  cleanupHooks = [];
  for (const h of hooks) {
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(h),
        new Promise((r) => {
          timer = setTimeout(r, 10_000);
        }),
      ]);
    } catch (e) {
      process.stderr.write(`cleanup: ${e.message}\n`);
    } finally {
      clearTimeout(timer);
    }
  }
  await killAllGroups();
}

let handlersInstalled = false;
let interrupted = false;
/**
 * Runs main(reporter) with a phase deadline. Whatever happens, cleanup runs, every process group
 * we started is killed, and the closing line is printed.
 */
export async function runPhase(name, main, { timeout = 300_000 } = {}) {
  const reporter = new Reporter(name);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', killAllGroupsSync);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(sig, async () => {
        if (interrupted) return;
        interrupted = true;
        reporter.log(`${name}: received ${sig}, cleaning up`);
        reporter.record(`interrupted by ${sig}`, false);
        await runCleanup();
        reporter.finish();
        process.exit(sig === 'SIGINT' ? 130 : 143);
      });
    }
  }
  const envTimeout = Number(process.env.ML_PRACTICES_E2E_PHASE_TIMEOUT || 0) * 1000;
  const limit = envTimeout > 0 ? envTimeout : timeout;
  let timer;
  try {
    await Promise.race([
      main(reporter),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name} phase deadline of ${seconds(limit)} passed`)), limit);
      }),
    ]);
  } catch (e) {
    reporter.record(`${name} phase`, false, e && e.stack ? e.stack : String(e));
  } finally {
    clearTimeout(timer);
    await runCleanup();
  }
  const code = reporter.finish();
  process.exitCode = code;
  return code;
}

// ---------------------------------------------------------------------------------------------
// Build / dist freshness

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/** Returns why dist/ needs a build, or null when it is up to date. */
export function distStaleness(dir = extensionDir()) {
  const outputs = ['dist/client.js', 'dist/server.js'].map((p) => join(dir, p));
  const missing = outputs.filter((p) => !existsSync(p));
  if (missing.length) return `missing ${missing.map((p) => p.slice(dir.length + 1)).join(', ')}`;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = ['client', 'server', 'src', 'catalog', 'esbuild.mjs', 'package.json', 'tsconfig.json'].map((p) => join(dir, p));
  const newestInput = Math.max(...inputs.map(newestMtime));
  if (newestInput > oldestOutput) return 'sources are newer than dist/';
  return null;
}

export function npmRun(script, { cwd = extensionDir(), log = (l) => process.stdout.write(`${l}\n`), timeout = 300_000 } = {}) {
  const started = Date.now();
  log(`$ npm run ${script}   (in ${cwd})`);
  const r = spawnSync('npm', ['run', script], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.error || r.status !== 0) {
    throw new Error(`npm run ${script} failed (${r.error ? r.error.message : `exit ${r.status}`}) after ${seconds(Date.now() - started)}:\n${out.split('\n').slice(-60).join('\n')}`);
  }
  log(`  npm run ${script}: ok in ${seconds(Date.now() - started)}`);
  return out;
}

/** Builds dist/ when it is missing or older than the sources. */
export function ensureBuilt({ log } = {}) {
  const why = distStaleness();
  if (!why) return false;
  (log || ((l) => process.stdout.write(`${l}\n`)))(`dist/ needs a build: ${why}`);
  npmRun('build', { log });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Chromium

export const CHROMIUM = process.env.ML_PRACTICES_E2E_CHROMIUM || '/usr/bin/chromium';

export async function launchChromium(profileDir, env, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  recordChildGroups('chromium');
  return context;
}

export function resultsPath(name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * Copies the VS Code logs of a run (extension host, extension output channels, server) into
 * .test-results/e2e/<prefix>-logs/ and returns the `[error]` entries that concern the extension.
 */
export function harvestLogs(run, prefix) {
  const dest = resultsPath(`${prefix}-logs`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const errors = [];
  const files = [...walk(join(run.userData, 'logs')), ...walk(join(run.serverData, 'data', 'logs')), ...walk(join(run.serverData, 'logs'))]
    .filter((f) => f.endsWith('.log'))
    .filter((f) => /exthost|remoteagent|output_logging|ML Practices|ml-practices/i.test(f));
  for (const f of files) {
    const name = f.split('/').slice(-3).join('__').replace(/\s+/g, '_');
    cpSync(f, join(dest, name));
    if (/exthost\.log$|remoteexthost\.log$/.test(f)) {
      const text = readFileSync(f, 'utf8');
      // An [error] entry runs until the next timestamped line.
      const entries = text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/);
      for (const e of entries) {
        if (/\[error\]/.test(e) && /ml-practices|extensionDevelopment|dist\/(client|server)\.js/i.test(e)) errors.push(e.trim());
      }
    }
  }
  return { dest, errors };
}

/** Removes the previous run's artefacts of one runner (files starting with prefix) from the results dir. */
export function clearResults(prefix) {
  if (!existsSync(RESULTS_DIR)) return;
  for (const f of readdirSync(RESULTS_DIR)) {
    if (f.startsWith(prefix)) rmSync(join(RESULTS_DIR, f), { recursive: true, force: true });
  }
}

/**
 * The log file of an extension's output channel in a run (VS Code writes each channel of an extension to
 * `…/exthost<N>/<extension id>/<channel name>.log`), or undefined while it does not exist yet.
 */
export function findChannelLog(run, extensionId, channelName) {
  const dirs = [join(run.userData, 'logs'), join(run.serverData, 'data', 'logs'), join(run.serverData, 'logs')];
  return dirs
    .flatMap((dir) => walk(dir))
    .filter((file) => file.endsWith(`/${extensionId}/${channelName}.log`))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

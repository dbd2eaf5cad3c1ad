#!/usr/bin/env node
// Installs what the end-to-end tests need, offline (npm registry + Debian apt only):
//   - Debian packages: chromium neovim build-essential python3 libkrb5-dev ripgrep
//   - code-server 4.100.3 (VS Code's server + web workbench) into a cache dir outside the repo.
//
// Idempotent: a marker file records a finished install, so a rerun takes ~0 s.
// Cache dir: $ML_PRACTICES_E2E_CACHE or ~/.cache/ml-practices-e2e/.
// Debian packages are installed only when CI is set or ML_PRACTICES_E2E_INSTALL=1; otherwise the
// script stops and prints the exact command to run.
//
// Usage: node test/e2e/install.mjs [--force]
import { spawnSync } from 'node:child_process';
import {
  chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, renameSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// Bump when the recipe below changes, so existing caches are rebuilt.
const RECIPE_REVISION = 1;
export const DEBIAN_PACKAGES = ['chromium', 'neovim', 'build-essential', 'python3', 'libkrb5-dev', 'ripgrep'];

// Native modules VS Code's server needs (built from source against the local Node headers).
const ALLOW_SCRIPTS = ['@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'];

export function cacheDir() {
  return resolve(process.env.ML_PRACTICES_E2E_CACHE || join(homedir(), '.cache', 'ml-practices-e2e'));
}

/** Paths of an installed code-server (whether or not it is installed yet). */
export function codeServerPaths(base = cacheDir()) {
  const prefix = join(base, `code-server-${CODE_SERVER_VERSION}`);
  const root = join(prefix, 'node_modules', 'code-server');
  const vscode = join(root, 'lib', 'vscode');
  return {
    prefix,
    root,
    vscode,
    marker: join(prefix, '.ml-practices-e2e-installed.json'),
    serverMain: join(vscode, 'out', 'server-main.js'),
    cli: join(root, 'out', 'node', 'entry.js'),
  };
}

function markerContent() {
  return {
    codeServer: CODE_SERVER_VERSION,
    recipe: RECIPE_REVISION,
    nodeAbi: process.versions.modules,
    arch: process.arch,
  };
}

export function isCodeServerInstalled(base = cacheDir()) {
  const { marker, serverMain, cli } = codeServerPaths(base);
  if (!existsSync(marker) || !existsSync(serverMain) || !existsSync(cli)) return false;
  try {
    const got = JSON.parse(readFileSync(marker, 'utf8'));
    const want = markerContent();
    return Object.keys(want).every((k) => String(got[k]) === String(want[k]));
  } catch {
    return false;
  }
}

function run(cmd, args, { cwd, env, log }) {
  const started = Date.now();
  log(`  $ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout || ''}\n${r.stderr || ''}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(`command failed (${r.error ? r.error.message : `exit ${r.status}`}): ${cmd} ${args.join(' ')}\n${out}`);
  }
  log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// Debian packages

export function missingDebianPackages() {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\n', ...DEBIAN_PACKAGES], {
    encoding: 'utf8',
  });
  const installed = new Set(
    (r.stdout || '').split('\n').filter((l) => l.endsWith(' installed')).map((l) => l.split(' ')[0]),
  );
  return DEBIAN_PACKAGES.filter((p) => !installed.has(p));
}

export function ensureDebianPackages({ log = console.log } = {}) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return { installed: [] };
  const allowed = Boolean(process.env.CI) || process.env.ML_PRACTICES_E2E_INSTALL === '1';
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  const command = `${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`;
  if (!allowed) {
    const err = new Error(
      `Missing Debian packages needed by the e2e tests: ${missing.join(' ')}\n` +
        `Install them with:\n\n    ${command}\n\n` +
        'or rerun with ML_PRACTICES_E2E_INSTALL=1 (CI=true does the same) to let this script install them.',
    );
    err.code = 'E2E_MISSING_PACKAGES';
    throw err;
  }
  log(`Installing Debian packages: ${missing.join(' ')}`);
  const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo ? run('sudo', ['-E', 'apt-get', ...args], { env: aptEnv, log }) : run('apt-get', args, { env: aptEnv, log }));
  apt(['update']);
  apt(['install', '-y', ...missing]);
  const still = missingDebianPackages();
  if (still.length) throw new Error(`apt-get did not install: ${still.join(' ')}`);
  return { installed: missing };
}

// ---------------------------------------------------------------------------------------------
// code-server

function patchAllowScripts(packageJsonPath, allow, denyPredicate) {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const deps = { ...(pkg.dependencies || {}), ...(pkg.optionalDependencies || {}), ...(pkg.devDependencies || {}) };
  const allowScripts = { ...(pkg.allowScripts || {}) };
  for (const name of allow) allowScripts[name] = true;
  for (const name of Object.keys(deps)) if (denyPredicate(name)) allowScripts[name] = false;
  pkg.allowScripts = allowScripts;
  writeFileSync(packageJsonPath, `${JSON.stringify(pkg, null, 2)}\n`);
  return allowScripts;
}

export function installCodeServer({ log = console.log, force = false } = {}) {
  const base = cacheDir();
  const final = codeServerPaths(base);
  if (!force && isCodeServerInstalled(base)) return { ...final, fresh: false };

  mkdirSync(base, { recursive: true });
  // Build in a staging dir and rename at the end, so an interrupted install never looks finished.
  const staging = `${final.prefix}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const p = codeServerPaths(base);
  const s = {
    prefix: staging,
    root: join(staging, 'node_modules', 'code-server'),
    vscode: join(staging, 'node_modules', 'code-server', 'lib', 'vscode'),
  };
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${final.prefix}`);
  const npmEnv = {
    npm_config_yes: 'true',
    npm_config_nodedir: '/usr', // node-gyp: use the local Node headers, never download them
    npm_config_python: existsSync('/usr/bin/python3') ? '/usr/bin/python3' : process.env.npm_config_python,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
  };
  // Keep the root package from picking up a parent project's package.json / allowScripts.
  writeFileSync(
    join(staging, 'package.json'),
    `${JSON.stringify({ name: 'ml-practices-e2e-code-server', private: true, allowScripts: { argon2: true } }, null, 2)}\n`,
  );

  try {
    // 1. code-server itself, without any install script (its postinstall downloads and needs --unsafe-perm).
    run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: staging,
      env: npmEnv,
      log,
    });
    // 2. Allow the native builds VS Code needs; deny ripgrep's downloader and Windows-only packages.
    patchAllowScripts(join(s.vscode, 'package.json'), ALLOW_SCRIPTS, (n) => n === '@vscode/ripgrep' || /(^|[/-])windows-/.test(n));
    // 3. VS Code's own production dependencies, native modules built from source.
    run('npm', ['install', '--omit=dev'], { cwd: s.vscode, env: npmEnv, log });
    // 4a. ripgrep from Debian (the npm package would download it from GitHub).
    const rgDir = join(s.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgDir, { recursive: true });
    copyFileSync('/usr/bin/rg', join(rgDir, 'rg'));
    chmodSync(join(rgDir, 'rg'), 0o755);
    // 4b. Built VS Code loads node_modules.asar; point it at the plain folder.
    const asar = join(s.vscode, 'node_modules.asar');
    rmSync(asar, { force: true, recursive: true });
    symlinkSync('node_modules', asar);
    // 4c. Built-in extensions' dependencies.
    if (existsSync(join(s.vscode, 'extensions', 'package.json'))) {
      run('npm', ['install', '--omit=dev'], { cwd: join(s.vscode, 'extensions'), env: npmEnv, log });
    }
    // 5. argon2 for code-server's own CLI wrapper (--install-extension, UI test).
    run('npm', ['rebuild', 'argon2', '--build-from-source'], { cwd: staging, env: npmEnv, log });

    // Sanity checks: native modules load under this Node.
    const check = [
      "require('node-pty')",
      "require('@vscode/spdlog')",
      "require('@parcel/watcher')",
      "require('native-watchdog')",
    ].join(';');
    run(process.execPath, ['-e', check], { cwd: s.vscode, log });
    run(process.execPath, ['-e', "require('argon2')"], { cwd: s.root, log });

    writeFileSync(join(staging, '.ml-practices-e2e-installed.json'), `${JSON.stringify({ ...markerContent(), installedAt: new Date().toISOString() }, null, 2)}\n`);
    if (!force && isCodeServerInstalled(base)) {
      // Another run finished an install meanwhile: keep that one.
      rmSync(staging, { recursive: true, force: true });
    } else {
      rmSync(final.prefix, { recursive: true, force: true });
      renameSync(staging, final.prefix);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { ...p, fresh: true };
}

/** Everything the e2e tests need. Returns code-server paths. */
export function ensureInstalled({ log = console.log, force = false } = {}) {
  const started = Date.now();
  const deb = ensureDebianPackages({ log });
  const cs = installCodeServer({ log, force });
  return { ...cs, debianInstalled: deb.installed, seconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = ensureInstalled({ force: process.argv.includes('--force') });
    console.log(
      `e2e prerequisites ready in ${r.seconds.toFixed(1)} s${r.fresh ? '' : ' (cached)'}: code-server ${CODE_SERVER_VERSION} at ${r.prefix}`,
    );
  } catch (e) {
    console.error(e.code === 'E2E_MISSING_PACKAGES' ? e.message : e.stack || String(e));
    process.exit(e.code === 'E2E_MISSING_PACKAGES' ? 2 : 1);
  }
}

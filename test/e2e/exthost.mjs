#!/usr/bin/env node
// Runs the mocha suite (test/e2e/suite) inside the real VS Code extension host, offline:
// code-server's bundled VS Code server (server-main.js --enable-smoke-test-driver) + headless
// Debian Chromium opening the workbench with an extensionDevelopmentPath/extensionTestsPath payload.
// The workbench calls window.codeAutomationExit(code) when the suite ends.
//
// Usage: node test/e2e/exthost.mjs
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ensureInstalled } from './install.mjs';
import {
  E2E_DIR, extensionDir, freePort, isolatedEnv, launchChromium, makeRunDir, onCleanup, resultsPath, runPhase, seconds,
  harvestLogs, indent, startProcess, waitFor, waitForHttp,
  clearResults,
} from './lib.mjs';

/** Bundles test/e2e/suite/index.ts (mocha + tests; `vscode` external) into outDir/index.js. */
export async function bundleSuite(outDir) {
  const outfile = join(outDir, 'index.js');
  await esbuild.build({
    entryPoints: [join(E2E_DIR, 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    // mocha 12 is ESM and uses import.meta.url; give it a real value in the CJS bundle.
    define: { 'import.meta.url': '__e2e_import_meta_url' },
    banner: { js: "const __e2e_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  });
  return outfile;
}

export function writeSettings(run) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'files.autoSave': 'off',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.editor.enablePreview': false,
  };
  for (const dir of [join(run.userData, 'User'), join(run.serverData, 'data', 'Machine'), join(run.serverData, 'data', 'User')]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  }
}

const MARK = /@@E2E@@(\{.*?\})@@/;

export async function runExtensionHost(reporter) {
  const cs = ensureInstalled({ log: (l) => reporter.log(l) });
  const ext = extensionDir();
  for (const f of ['package.json', 'dist/client.js']) {
    if (!existsSync(join(ext, f))) throw new Error(`${join(ext, f)} is missing (npm run build)`);
  }
  clearResults('exthost');
  const run = makeRunDir('exthost');
  onCleanup(() => run.remove());
  writeSettings(run);

  const t0 = Date.now();
  const testsEntry = await bundleSuite(run.out);
  reporter.log(`exthost: bundled suite in ${Date.now() - t0} ms`);

  const port = await freePort();
  const resultsFile = join(run.root, 'results.json');
  const env = isolatedEnv(run, {
    ML_PRACTICES_E2E_RESULTS: resultsFile,
    ML_PRACTICES_E2E_WORKSPACE: run.workspace,
  });
  const t1 = Date.now();
  const server = startProcess(
    process.execPath,
    [
      cs.serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir', run.userData,
      '--server-data-dir', run.serverData,
      '--extensions-dir', run.extensions,
    ],
    { env, cwd: run.root, label: 'vscode-server', logFile: resultsPath('exthost-server.log') },
  );
  onCleanup(() => server.stop());
  onCleanup(() => {
    const { dest, errors } = harvestLogs(run, 'exthost');
    reporter.log(`exthost: VS Code logs copied to ${dest}`);
    if (errors.length && reporter.failed > 0) {
      reporter.log('exthost: errors logged by the extension host about the extension:');
      for (const e of errors.slice(0, 10)) reporter.log(indent(e.split('\n').slice(0, 15).join('\n'), '       '));
    }
  });
  await waitForHttp(`http://127.0.0.1:${port}/version`, { timeout: 60_000, proc: server });
  reporter.log(`exthost: VS Code server up on port ${port} in ${Date.now() - t1} ms`);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ext)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const context = await launchChromium(run.browserProfile, env);
  onCleanup(() => context.close());
  const page = context.pages()[0] || (await context.newPage());
  const consoleLines = [];
  const events = [];
  let exitCode = null;
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = Number(code);
  });
  page.on('console', (msg) => {
    const text = msg.text();
    consoleLines.push(`[${msg.type()}] ${text}`);
    const m = MARK.exec(text);
    if (m) {
      try {
        const ev = JSON.parse(m[1]);
        events.push(ev);
        if (ev.type === 'pass') reporter.record(ev.title, true, '', ev.ms);
        if (ev.type === 'fail') reporter.record(ev.title, false, ev.error, ev.ms);
      } catch {
        /* not ours */
      }
    }
  });
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  onCleanup(() => writeFileSync(resultsPath('exthost-console.log'), `${consoleLines.join('\n')}\n`));

  const t2 = Date.now();
  await page.goto(url);
  const deadline = Number(process.env.ML_PRACTICES_E2E_EXTHOST_TIMEOUT || 240) * 1000;
  try {
    await waitFor(() => exitCode !== null, {
      timeout: deadline,
      interval: 100,
      message: 'the extension host suite to finish (codeAutomationExit)',
      describe: () => `last console lines:\n${consoleLines.slice(-25).join('\n')}\nserver:\n${server.tail(15)}`,
    });
  } finally {
    await page.screenshot({ path: resultsPath('exthost.png') }).catch(() => {});
  }
  reporter.log(`exthost: suite ran in ${seconds(Date.now() - t2)} (exit code ${exitCode})`);

  // Results seen on the console are recorded already; fall back to the file the suite wrote.
  if (!events.some((e) => e.type === 'end') && existsSync(resultsFile)) {
    for (const ev of JSON.parse(readFileSync(resultsFile, 'utf8'))) {
      events.push(ev);
      if (ev.type === 'pass') reporter.record(ev.title, true, '', ev.ms);
      if (ev.type === 'fail') reporter.record(ev.title, false, ev.error, ev.ms);
    }
  }
  const end = events.find((e) => e.type === 'end');
  if (!end) {
    reporter.record('extension host suite reported its end', false,
      `exit code ${exitCode}; no results seen. Last console lines:\n${consoleLines.slice(-40).join('\n')}`);
  } else if (exitCode !== 0 && end.failed === 0) {
    reporter.record('extension host exit code', false, `exit code ${exitCode} although mocha reported no failure`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await runPhase('exthost', runExtensionHost, { timeout: 420_000 }));
}

#!/usr/bin/env node
// UI smoke test of the packaged extension: `npm run package`, `code-server --install-extension`
// into a fresh extensions dir, code-server on 127.0.0.1, headless Debian Chromium driven by
// playwright-core. Screenshots go to .test-results/e2e/ui-*.png.
//
// Usage: node test/e2e/ui.mjs        (ML_PRACTICES_E2E_VSIX=path skips `npm run package`)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled } from './install.mjs';
import {
  EXPECTED, EXTENSION_ID, extensionDir, freePort, harvestLogs, indent, isolatedEnv, launchChromium, makeRunDir, npmRun, onCleanup, resultsPath,
  runPhase, seconds, startProcess, waitFor, waitForHttp,
  clearResults,
} from './lib.mjs';
import { writeSettings } from './exthost.mjs';
import { assessmentSteps } from './ui-assessment.mjs';

const STEP_TIMEOUT = Number(process.env.ML_PRACTICES_E2E_UI_STEP_TIMEOUT || 45_000);

export function packageVsix(reporter) {
  if (process.env.ML_PRACTICES_E2E_VSIX) return process.env.ML_PRACTICES_E2E_VSIX;
  const started = Date.now();
  npmRun('package', { log: (l) => reporter.log(`ui: ${l}`) });
  const vsix = join(extensionDir(), 'dist', 'ml-practices.vsix');
  if (!existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  reporter.log(`ui: packaged ${vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB) in ${seconds(Date.now() - started)}`);
  return vsix;
}

function zipListing(file) {
  const r = spawnSync('python3', ['-m', 'zipfile', '-l', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot list ${file}: ${r.stderr}`);
  return r.stdout;
}

export async function runUi(reporter) {
  const cs = ensureInstalled({ log: (l) => reporter.log(l) });
  clearResults('ui-');
  const run = makeRunDir('ui');
  onCleanup(() => run.remove());
  writeSettings(run);
  const env = isolatedEnv(run);

  let vsix;
  const packaged = await reporter.test('npm run package writes a .vsix with the client and the server', () => {
    vsix = packageVsix(reporter);
    const listing = zipListing(vsix);
    for (const f of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/assessWorker.js', 'extension/media/assessment.js', 'extension/media/assessment.css']) {
      if (!listing.includes(f)) throw new Error(`${f} is not in ${vsix}:\n${listing.split('\n').slice(0, 40).join('\n')}`);
    }
  }, { timeout: 300_000 });
  if (!packaged) return;

  const installed = await reporter.test('code-server --install-extension installs the .vsix', () => {
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [cs.cli, '--install-extension', vsix, '--force', '--extensions-dir', run.extensions, '--user-data-dir', run.userData],
      { env, cwd: run.root, encoding: 'utf8', timeout: 120_000 },
    );
    const out = `${r.stdout}${r.stderr}`;
    writeFileSync(resultsPath('ui-install-extension.log'), out);
    if (r.status !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`exit ${r.status}${r.error ? ` (${r.error.message})` : ''}:\n${out.trim()}`);
    }
    reporter.log(`ui: extension installed in ${seconds(Date.now() - started)}`);
  }, { timeout: 130_000 });
  if (!installed) return;

  const port = await freePort();
  const configFile = join(run.root, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const server = startProcess(
    process.execPath,
    [
      cs.cli,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', run.userData,
      '--extensions-dir', run.extensions,
      run.workspace,
    ],
    { env, cwd: run.root, label: 'code-server', logFile: resultsPath('ui-code-server.log') },
  );
  onCleanup(() => server.stop());
  onCleanup(() => {
    const { dest, errors } = harvestLogs(run, 'ui');
    reporter.log(`ui: VS Code logs copied to ${dest}`);
    if (errors.length && reporter.failed > 0) {
      reporter.log('ui: errors logged by the extension host about the extension:');
      for (const e of errors.slice(0, 10)) reporter.log(indent(e.split('\n').slice(0, 15).join('\n'), '       '));
    }
  });
  const t0 = Date.now();
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, { timeout: 60_000, proc: server });
  reporter.log(`ui: code-server up on port ${port} in ${seconds(Date.now() - t0)}`);

  const context = await launchChromium(run.browserProfile, env);
  onCleanup(() => context.close());
  const page = context.pages()[0] || (await context.newPage());
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  onCleanup(() => writeFileSync(resultsPath('ui-console.log'), `${consoleLines.join('\n')}\n`));

  let shot = 0;
  const screenshot = async (name) => {
    shot++;
    const file = resultsPath(`ui-${String(shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    return file;
  };
  const step = async (title, name, fn) => {
    const ok = await reporter.test(title, fn, { timeout: STEP_TIMEOUT });
    const file = await screenshot(ok ? name : `${name}-FAILED`);
    if (!ok) reporter.log(`       screenshot: ${file}`);
    return ok;
  };

  const explorerRow = (name) =>
    page.locator('.explorer-folders-view .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) });

  const workbenchOk = await step('workbench loads with the workspace in the explorer', 'workbench', async () => {
    // The workbench's `logLevel` payload puts the extension's output channel at trace level, which makes the
    // language client log every LSP message there (the assessment's Cancel step reads that log).
    const payload = JSON.stringify([['logLevel', `${EXTENSION_ID}:trace`]]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(payload)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT });
    await explorerRow(EXPECTED.file).first().waitFor({ timeout: STEP_TIMEOUT });
  });
  if (!workbenchOk) return;

  /** Hovers the squiggle on the line that contains `def <name>` inside `scope` until `title` shows. */
  const hoverTitle = async (scope, name, title) => {
    const hover = page.locator('.monaco-hover:visible');
    const deadline = Date.now() + STEP_TIMEOUT - 5000;
    let attempt = 0;
    let lastText = '';
    while (Date.now() < deadline) {
      attempt++;
      const line = scope.locator('.view-line', { hasText: `def ${name}` }).first();
      const lineBox = await line.boundingBox();
      if (!lineBox) throw new Error(`no visible line with "def ${name}"`);
      // The squiggle on that line (decorations are absolutely positioned overlays).
      let target;
      for (const sq of await scope.locator('.squiggly-info').all()) {
        const b = await sq.boundingBox();
        if (b && Math.abs(b.y + b.height / 2 - (lineBox.y + lineBox.height / 2)) < lineBox.height) {
          target = { x: b.x + Math.min(b.width / 2, 20), y: lineBox.y + lineBox.height / 2 };
          break;
        }
      }
      if (!target) throw new Error(`no .squiggly-info on the line of def ${name}`);
      if (attempt > 2 && attempt % 2 === 1) {
        // Fallback: put the cursor on the name and show the hover from the keyboard (Ctrl+K Ctrl+I).
        await page.mouse.click(target.x, target.y);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
      } else {
        // Leave the word, then come back: the editor shows a hover on entering a word, not on standing still.
        await page.mouse.move(target.x - 200, target.y + 200, { steps: 2 });
        await page.mouse.move(target.x, target.y, { steps: 4 });
      }
      const shown = await hover
        .filter({ hasText: title })
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown) {
        const heading = hover.locator('h1, h2, h3, h4, h5, h6').filter({ hasText: title });
        if ((await heading.count()) === 0) throw new Error(`hover shows "${title}" but not as a heading`);
        return attempt;
      }
      lastText = (await hover.allInnerTexts().catch(() => [])).join(' | ');
      await page.keyboard.press('Escape');
    }
    throw new Error(`hover with "${title}" did not show after ${attempt} attempts; last hover text: ${JSON.stringify(lastText)}`);
  };

  const editor = page.locator('.editor-instance .monaco-editor').first();
  // Decorations exist only for rendered lines: wait for the squiggle on the first finding's line.
  const squiggleOnLine = async (scope, name) => {
    const line = await scope.locator('.view-line', { hasText: `def ${name}` }).first().boundingBox();
    if (!line) return false;
    for (const sq of await scope.locator('.squiggly-info').all()) {
      const b = await sq.boundingBox();
      if (b && Math.abs(b.y + b.height / 2 - (line.y + line.height / 2)) < line.height) return true;
    }
    return false;
  };

  const pyOk = await step(`open ${EXPECTED.file} from the explorer and see an info squiggle on train_model`, 'train-py', async () => {
    await explorerRow(EXPECTED.file).first().click();
    await editor.locator('.view-line', { hasText: 'def train_model' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await waitFor(() => squiggleOnLine(editor, 'train_model'), {
      timeout: STEP_TIMEOUT - 5000,
      interval: 200,
      message: '.squiggly-info on the line of def train_model',
      describe: async () => {
        const classes = await editor.locator('[class*="squiggly-"]').evaluateAll((els) => els.map((e) => e.className));
        return `squiggles present: ${JSON.stringify(classes)}`;
      },
    });
  });

  await step('Problems panel lists the findings', 'problems', async () => {
    const panel = page.locator('.markers-panel');
    await page.keyboard.press('Control+Shift+M');
    const visible = await panel.waitFor({ timeout: 3000 }).then(() => true).catch(() => false);
    if (!visible) {
      await page.keyboard.press('F1');
      await page.keyboard.type('View: Focus Problems');
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      await panel.waitFor({ timeout: 10_000 });
    }
    for (const f of EXPECTED.findings) {
      await panel.locator('.monaco-list-row', { hasText: f.rule }).first().waitFor({ timeout: 15_000 }).catch(async () => {
        throw new Error(`no row with "${f.rule}" in the Problems panel: ${JSON.stringify(await panel.innerText())}`);
      });
    }
    const text = await panel.innerText();
    if (!/ml-practices/.test(text)) throw new Error(`Problems panel does not name the source ml-practices: ${JSON.stringify(text)}`);
  });

  if (pyOk) {
    await step(`hover on train_model shows "${EXPECTED.findings[0].title}"`, 'hover', async () => {
      const attempts = await hoverTitle(editor, 'train_model', EXPECTED.findings[0].title);
      reporter.log(`ui: hover shown after ${attempts} attempt(s)`);
    });
  }

  // The notebook widget is rendered in an overlay (.notebookOverlay), not inside the editor pane.
  const nb = page.locator('.notebookOverlay').first();
  const nbOk = await step(`open ${EXPECTED.notebook} and see an info squiggle in the cell`, 'notebook', async () => {
    await explorerRow(EXPECTED.notebook).first().click();
    await nb.locator('.view-line', { hasText: `def ${EXPECTED.notebookFinding.name}` }).first().waitFor({ timeout: STEP_TIMEOUT });
    await waitFor(() => squiggleOnLine(nb, EXPECTED.notebookFinding.name), {
      timeout: STEP_TIMEOUT - 5000,
      interval: 200,
      message: `.squiggly-info on the line of def ${EXPECTED.notebookFinding.name} in the cell`,
      describe: async () => JSON.stringify(await nb.locator('[class*="squiggly-"]').evaluateAll((els) => els.map((e) => e.className))),
    });
  });

  if (nbOk) {
    await step(`hover in the notebook cell shows "${EXPECTED.notebookFinding.title}"`, 'notebook-hover', async () => {
      const attempts = await hoverTitle(nb, EXPECTED.notebookFinding.name, EXPECTED.notebookFinding.title);
      reporter.log(`ui: notebook hover shown after ${attempts} attempt(s)`);
    });
  }

  await assessmentSteps({ page, step, run, reporter, timeout: STEP_TIMEOUT });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await runPhase('ui', runUi, { timeout: 600_000 }));
}

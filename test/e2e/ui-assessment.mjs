// UI steps for "ML Practices: Assess Workspace" (called by ui.mjs once the workbench is up): real keys
// and clicks in code-server's web UI. Runs the command from the palette, answers two questions in the
// QuickPicks and stops with Escape, reads the report inside the webview (an iframe in an iframe),
// clicks an evidence link and checks the editor's cursor, exports the report as Markdown and as JSON
// through the save dialog, and cancels a running assessment from its progress notification. Files
// written by the extension are checked on disk.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXTENSION_ID, findChannelLog, waitFor } from './lib.mjs';

const COMMAND_LABEL = 'ML Practices: Assess Workspace';

/**
 * The report's document. Webviews are an iframe (the host) holding an iframe (the content), and the
 * open notebook has a webview of its own (outputs): look for the frame that shows the report. Setting
 * new HTML replaces the content frame, so callers look it up again after an update.
 */
async function reportFrame(page, timeout = 15_000) {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      const found = await frame.locator('h1', { hasText: 'ML practices self-assessment' }).count().catch(() => 0);
      if (found > 0) return frame;
    }
    return undefined;
  }, { timeout, interval: 200, message: 'the report webview (a frame with the report heading)' });
}

/**
 * Writes `files` Python modules of `functions` functions each into dir: enough code that the assessment
 * scans for a few seconds (the Cancel step needs a scan that is still running when the click lands).
 * The code is generated from a seeded PRNG so that the statements' shapes differ: no duplicate-code
 * findings between the modules or with the fixture's files.
 */
function writeGeneratedModules(dir, files, functions) {
  let state = 0x9e3779b9;
  const random = (n) => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const operators = ['+', '-', '*', '//', '%', '**', '&', '|'];
  const expression = (depth) => {
    switch (random(depth > 2 ? 2 : 5)) {
      case 0:
        return `v${random(9)}`;
      case 1:
        return String(random(1000));
      case 2:
        return `(${expression(depth + 1)} ${operators[random(operators.length)]} ${expression(depth + 1)})`;
      case 3:
        return `fn${random(50)}(${Array.from({ length: random(3) + 1 }, () => expression(depth + 1)).join(', ')})`;
      default:
        return `[${expression(depth + 1)} for v${random(9)} in range(${random(20)}) if ${expression(depth + 1)}]`;
    }
  };
  const statement = (indent) => {
    const kind = random(6);
    if (kind === 0 && indent.length < 12) return `${indent}if ${expression(0)} > ${expression(1)}:\n${statement(`${indent}    `)}\n${statement(`${indent}    `)}`;
    if (kind === 1 && indent.length < 12) return `${indent}for v${random(9)} in range(${expression(1)}):\n${statement(`${indent}    `)}`;
    return `${indent}v${random(9)} = ${expression(0)}`;
  };
  mkdirSync(dir, { recursive: true });
  for (let file = 0; file < files; file++) {
    const lines = [];
    for (let unit = 0; unit < functions; unit++) {
      lines.push(`def unit_${file}_${unit}(v0, v1, v2):`);
      for (let count = 6 + random(10); count > 0; count--) lines.push(statement('    '));
      lines.push('    return v0', '', '');
    }
    writeFileSync(join(dir, `module_${String(file).padStart(3, '0')}.py`), lines.join('\n'));
  }
}

function readJsonIfThere(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // being written
  }
}

export async function assessmentSteps({ page, step, run, reporter, timeout }) {
  const store = join(run.workspace, '.ml-practices');
  const quickInput = page.locator('.quick-input-widget');
  const questionsToast = page.locator('.notification-toast', { hasText: 'need an answer from the team' });
  let questionCount = 0;

  const runCommand = async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await quickInput.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(COMMAND_LABEL);
    await quickInput.locator('.monaco-list-row', { hasText: COMMAND_LABEL }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  };

  /** Runs the report's export button for one format through the save dialog (default path) and returns the file's text. */
  const exportReport = async (label, fileName) => {
    await page.locator('.tabs-container .tab', { hasText: 'ML Practices: Assessment' }).first().click();
    const button = (await reportFrame(page)).getByRole('button', { name: label });
    await button.waitFor({ timeout: 15_000 });
    await button.focus();
    await page.keyboard.press('Enter'); // keyboard, as a keyboard user would
    // code-server's save dialog is VS Code's own quick-input file dialog, prefilled with the default path.
    const input = quickInput.locator('input').first();
    const pattern = new RegExp(`/${fileName.replace(/\./g, '\\.')}$`);
    await waitFor(async () => (await quickInput.isVisible()) && pattern.test(await input.inputValue()), {
      timeout: 15_000,
      message: `the save dialog with the default file name ${fileName}`,
      describe: async () => JSON.stringify(await input.inputValue().catch(() => '')),
    });
    await page.keyboard.press('Enter');
    const file = join(run.workspace, fileName);
    const text = await waitFor(() => (existsSync(file) ? readFileSync(file, 'utf8') : undefined), { timeout: 15_000, message: `${file} on disk` });
    await (await reportFrame(page)).locator('#action-status', { hasText: `Exported to ${fileName}` }).waitFor({ timeout: 10_000 });
    return text;
  };

  const ran = await step(`"${COMMAND_LABEL}" from the command palette assesses the workspace and offers the questions`, 'assess-command', async () => {
    await runCommand();
    await questionsToast.first().waitFor({ timeout: timeout - 5000 });
    const text = await questionsToast.first().innerText();
    const match = /(\d+) practices? needs? an answer from the team/.exec(text);
    if (!match) throw new Error(`unexpected toast text: ${JSON.stringify(text)}`);
    questionCount = Number(match[1]);
    if (questionCount < 3) throw new Error(`only ${questionCount} questions; the test answers two and stops`);
    await reportFrame(page);
    reporter.log(`ui: ${questionCount} questions offered`);
  });
  if (!ran) return;

  await step('answering: one QuickPick per question (Yes, No), Escape stops, answers saved in .ml-practices/assessment.json', 'assess-answers', async () => {
    await questionsToast.first().locator('.monaco-button', { hasText: 'Answer now' }).first().click();
    const title = quickInput.locator('.quick-input-title');
    for (const [index, label] of [[1, 'Yes'], [2, 'No']]) {
      await waitFor(async () => (await title.isVisible()) && (await title.innerText()).startsWith(`(${index}/${questionCount}) `), {
        timeout: 15_000,
        message: `QuickPick titled "(${index}/${questionCount}) …"`,
        describe: async () => `title: ${JSON.stringify(await title.innerText().catch(() => ''))}`,
      });
      const placeholder = await quickInput.locator('input').first().getAttribute('placeholder');
      if (!placeholder || !placeholder.endsWith('?')) throw new Error(`the question is not the placeholder: ${JSON.stringify(placeholder)}`);
      const labels = await quickInput.locator('.monaco-list-row .label-name').allInnerTexts();
      if (JSON.stringify(labels) !== JSON.stringify(['Yes', 'Partly', 'No', "Don't know"])) throw new Error(`items ${JSON.stringify(labels)}`);
      await page.keyboard.type(label);
      await quickInput.locator('.monaco-list-row.focused', { hasText: label }).first().waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
    }
    await waitFor(async () => (await title.innerText().catch(() => '')).startsWith(`(3/${questionCount}) `), { timeout: 15_000, message: 'the third question' });
    await page.keyboard.press('Escape');
    const file = join(store, 'assessment.json');
    const stored = await waitFor(() => {
      const data = readJsonIfThere(file);
      return data && Object.keys(data.answers ?? {}).length === 2 ? data : undefined;
    }, { timeout: 15_000, message: `${file} with two answers`, describe: () => (existsSync(file) ? readFileSync(file, 'utf8') : 'missing') });
    const answers = Object.values(stored.answers);
    if (JSON.stringify(answers.map((answer) => answer.answer).sort()) !== JSON.stringify(['no', 'yes'])) throw new Error(`answers ${JSON.stringify(stored)}`);
    for (const answer of answers) {
      if (!answer.by || !/^\d{4}-\d\d-\d\dT/.test(answer.at ?? '')) throw new Error(`answer without by/at: ${JSON.stringify(answer)}`);
    }
  });

  await step('the report view updates with the answers; the run is recorded once in .ml-practices/history.json', 'assess-report', async () => {
    const expected = `${questionCount - 2} practices need an answer`;
    const questions = async () => (await reportFrame(page)).locator('section[aria-labelledby="questions"]').innerText({ timeout: 2000 }).catch(() => '');
    await waitFor(async () => (await questions()).includes(expected), {
      timeout: 15_000,
      message: `"${expected}" in the report`,
      describe: async () => JSON.stringify(await questions()),
    });
    const frame = await reportFrame(page);
    for (const heading of ['By category', 'Next steps', 'Effects', 'EU requirements for trustworthy AI', 'Practices', 'Refactoring candidates', 'Trend']) {
      await frame.locator('h2', { hasText: heading }).first().waitFor({ timeout: 5000 });
    }
    await frame.locator('svg[role="img"][aria-labelledby]').waitFor({ timeout: 5000 });
    const chart = await frame.locator('figure.chart').innerText();
    if (!/≈ \d+% \(approximate\)/.test(chart)) throw new Error(`survey figures are not labelled approximate in the chart: ${JSON.stringify(chart.slice(0, 400))}`);
    // The effect selector shows one list at a time.
    const select = frame.locator('#effect-select');
    const effects = await select.locator('option').evaluateAll((options) => options.map((option) => option.value));
    if (effects.length < 2) throw new Error(`effect selector options ${JSON.stringify(effects)}`);
    await select.selectOption(effects[1]);
    await frame.locator(`.steps[data-effect="${effects[1]}"]`).waitFor({ state: 'visible', timeout: 5000 });
    await frame.locator('.steps[data-effect="any"]').waitFor({ state: 'hidden', timeout: 5000 });
    const history = readJsonIfThere(join(store, 'history.json'));
    if (!history || history.runs.length !== 1) throw new Error(`history.json: ${JSON.stringify(history)}`);
    await frame.locator('figure.chart').scrollIntoViewIfNeeded(); // for the step's screenshot
  });

  await step('clicking an evidence link in the report opens train.py at that line', 'assess-evidence-link', async () => {
    // The link with the highest line: the cursor cannot be there by accident (earlier steps hover line 11).
    const links = (await reportFrame(page)).locator('a[data-action="open"][data-path="train.py"][data-line]');
    const lines = (await links.evaluateAll((elements) => elements.map((element) => Number(element.dataset.line))));
    if (lines.length === 0) throw new Error('no evidence link into train.py');
    const line = String(Math.max(...lines));
    const link = links.and((await reportFrame(page)).locator(`[data-line="${line}"]`)).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const cursor = page.locator('.statusbar-item', { hasText: `Ln ${line}, Col 1` });
    await cursor.first().waitFor({ timeout: 15_000 });
    const active = page.locator('.tabs-container .tab.active');
    const label = await active.first().innerText();
    if (!label.includes('train.py')) throw new Error(`active tab is ${JSON.stringify(label)}`);
  });

  await step('"Export Markdown" writes the report where the save dialog says', 'assess-export', async () => {
    const text = await exportReport('Export Markdown', 'ml-practices-assessment.md');
    if (!text.startsWith('# ML practices self-assessment:') || !text.includes('## By category')) throw new Error(`unexpected export: ${JSON.stringify(text.slice(0, 300))}`);
  });

  await step('"Export JSON" writes the report as JSON: every practice with its status, the score the report shows', 'assess-export-json', async () => {
    const text = await exportReport('Export JSON', 'ml-practices-assessment.json');
    let exported;
    try {
      exported = JSON.parse(text);
    } catch (error) {
      throw new Error(`the export is not JSON (${error.message}): ${JSON.stringify(text.slice(0, 300))}`);
    }
    const { practices } = exported;
    if (!Array.isArray(practices) || practices.length !== 56) throw new Error(`practices: ${Array.isArray(practices) ? `${practices.length} entries` : JSON.stringify(practices)}, expected 56`);
    const statuses = ['adopted', 'partly', 'not-adopted', 'unknown'];
    for (const practice of practices) {
      if (typeof practice?.id !== 'string' || !practice.id || !statuses.includes(practice.status)) throw new Error(`practice without id or status: ${JSON.stringify(practice).slice(0, 300)}`);
    }
    if (new Set(practices.map((practice) => practice.id)).size !== practices.length) throw new Error('practice ids repeat');
    // What the report shows: the overall score, the count per status, the files and the folder.
    const frame = await reportFrame(page);
    const shownScore = (await frame.locator('.overall .score-value').innerText()).trim();
    const exportedScore = exported.score === null ? '–' : `${exported.score}%`;
    if (typeof exported.score !== 'number' && exported.score !== null) throw new Error(`score ${JSON.stringify(exported.score)}`);
    if (shownScore !== exportedScore) throw new Error(`the report shows ${JSON.stringify(shownScore)}, the export has score ${JSON.stringify(exported.score)}`);
    const shownCounts = (await frame.locator('.overall .counts strong').allInnerTexts()).map(Number);
    const exportedCounts = statuses.map((status) => practices.filter((practice) => practice.status === status).length);
    if (JSON.stringify(shownCounts) !== JSON.stringify(exportedCounts)) throw new Error(`per status (${statuses.join(', ')}): report ${JSON.stringify(shownCounts)}, export ${JSON.stringify(exportedCounts)}`);
    const header = await frame.locator('header p.muted').first().innerText();
    if (!header.includes(`from ${exported.files?.total} files`)) throw new Error(`files: export ${JSON.stringify(exported.files)}, report ${JSON.stringify(header)}`);
    if (exported.root !== run.workspace) throw new Error(`root ${JSON.stringify(exported.root)}, expected ${JSON.stringify(run.workspace)}`);
    // The export is the report as shown, answers included (two answered, the rest still open).
    if (!Array.isArray(exported.unanswered) || exported.unanswered.length !== questionCount - 2) throw new Error(`unanswered: ${JSON.stringify(exported.unanswered?.length)}, expected ${questionCount - 2}`);
  });

  await step('"Copy as issue" on a refactoring candidate puts the issue text on the clipboard', 'assess-copy-issue', async () => {
    const frame = await reportFrame(page);
    const button = frame.locator('button[data-action="copy-issue"]').first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await frame.locator('#action-status', { hasText: 'Copied' }).waitFor({ timeout: 10_000 });
    const errors = await page.locator('.notification-toast', { hasText: 'ML Practices:' }).allInnerTexts();
    if (errors.length > 0) throw new Error(`notifications: ${JSON.stringify(errors)}`);
  });

  await step('Cancel in the progress notification stops a running assessment: the server answers "cancelled", no report, nothing recorded', 'assess-cancel', async () => {
    const historyFile = join(store, 'history.json');
    const historyBefore = readFileSync(historyFile, 'utf8');
    const reportBefore = await (await reportFrame(page)).locator('header p.muted').first().innerText();
    const log = findChannelLog(run, EXTENSION_ID, 'ML Practices');
    if (!log) throw new Error(`no log file of the ML Practices output channel under ${run.root}`);
    // 240 modules (~100,000 lines): a scan of several seconds, still running when the click lands. Written
    // into this run's copy of the workspace, after the steps that check the report of the fixture.
    writeGeneratedModules(join(run.workspace, 'generated'), 240, 20);
    const offset = statSync(log).size;
    const logSince = () => readFileSync(log, 'utf8').slice(offset);

    await runCommand();
    const progress = page.locator('.notification-toast', { hasText: `ML Practices: assessing ${basename(run.workspace)}` }).first();
    // Cancel while the first half of the files is being analysed ("N of M files", N < M/2): the scan is
    // under way and far from done when the click lands.
    const shown = await waitFor(async () => {
      const text = await progress.innerText({ timeout: 1000 }).catch(() => '');
      const match = /(\d+) of (\d+) files/.exec(text);
      return match && Number(match[1]) < Number(match[2]) / 2 ? text : undefined;
    }, {
      timeout: 20_000,
      interval: 50,
      message: 'the progress notification with "N of M files", N < M/2',
      describe: async () => JSON.stringify(await page.locator('.notification-toast').allInnerTexts()),
    });
    await progress.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
    reporter.log(`ui: cancelled at ${JSON.stringify(shown.replace(/\s+/g, ' ').trim())}`);
    await progress.waitFor({ state: 'detached', timeout: 10_000 });

    // The language client's trace (the channel is at trace level, see ui.mjs): the request, the client's
    // $/cancelRequest, and the server's answer: the RequestCancelled error (-32800) of the stopped scan.
    const request = /Sending request 'ml-practices\/assess - \((\d+)\)'/;
    const exchange = await waitFor(() => {
      const text = logSince();
      const id = request.exec(text)?.[1];
      const response = id && new RegExp(`Received response 'ml-practices/assess - \\(${id}\\)'[^\n]*`).exec(text);
      return response ? { text, id, response: response[0], responseAt: response.index } : undefined;
    }, { timeout: 20_000, message: 'the response to the assess request in the trace', describe: () => logSince().split('\n').filter((line) => !/textDocument|publishDiagnostics|workspace\//.test(line)).slice(-20).join('\n') });
    const cancelAt = exchange.text.indexOf("Sending notification '$/cancelRequest'", exchange.text.search(request));
    if (cancelAt < 0 || cancelAt > exchange.responseAt) throw new Error(`no $/cancelRequest before the response: ${exchange.response}`);
    if (!/Request failed: the assessment was cancelled \(-32800\)/.test(exchange.response)) throw new Error(`the server did not stop the scan: ${exchange.response}`);
    reporter.log(`ui: ${exchange.response.replace(/^.*\[trace\] /, '')}`);
    if (new RegExp(`assessment of ${run.workspace}: \\d+ files`).test(logSince())) throw new Error('the server logged a finished scan of the workspace');

    // The client shows and records nothing for the cancelled run.
    if (readFileSync(historyFile, 'utf8') !== historyBefore) throw new Error(`the cancelled run was recorded: ${readFileSync(historyFile, 'utf8')}`);
    const reportNow = await (await reportFrame(page)).locator('header p.muted').first().innerText();
    if (reportNow !== reportBefore) throw new Error(`the report changed: ${JSON.stringify(reportNow)} (was ${JSON.stringify(reportBefore)})`);
    const reportTabs = await page.locator('.tabs-container .tab', { hasText: 'ML Practices: Assessment' }).count();
    if (reportTabs !== 1) throw new Error(`${reportTabs} report tabs`);
    if ((await questionsToast.count()) > 0) throw new Error(`questions offered after cancelling: ${JSON.stringify(await questionsToast.allInnerTexts())}`);
  });
}

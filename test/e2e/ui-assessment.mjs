// UI steps for "ML Practices: Assess Workspace" (called by ui.mjs once the workbench is up): real keys
// and clicks in code-server's web UI. Runs the command from the palette, answers two questions in the
// QuickPicks and stops with Escape, reads the report inside the webview (an iframe in an iframe),
// clicks an evidence link and checks the editor's cursor, and exports the report as Markdown through
// the save dialog. Files written by the extension are checked on disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './lib.mjs';

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

  const ran = await step(`"${COMMAND_LABEL}" from the command palette assesses the workspace and offers the questions`, 'assess-command', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await quickInput.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(COMMAND_LABEL);
    await quickInput.locator('.monaco-list-row', { hasText: COMMAND_LABEL }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
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
    await page.locator('.tabs-container .tab', { hasText: 'ML Practices: Assessment' }).first().click();
    const button = (await reportFrame(page)).getByRole('button', { name: 'Export Markdown' });
    await button.waitFor({ timeout: 15_000 });
    await button.focus();
    await page.keyboard.press('Enter'); // keyboard, as a keyboard user would
    // code-server's save dialog is VS Code's own quick-input file dialog, prefilled with the default path.
    const input = quickInput.locator('input').first();
    await waitFor(async () => (await quickInput.isVisible()) && /ml-practices-assessment\.md$/.test(await input.inputValue()), {
      timeout: 15_000,
      message: 'the save dialog with the default file name',
      describe: async () => JSON.stringify(await input.inputValue().catch(() => '')),
    });
    await page.keyboard.press('Enter');
    const file = join(run.workspace, 'ml-practices-assessment.md');
    const text = await waitFor(() => (existsSync(file) ? readFileSync(file, 'utf8') : undefined), { timeout: 15_000, message: `${file} on disk` });
    if (!text.startsWith('# ML practices self-assessment:') || !text.includes('## By category')) throw new Error(`unexpected export: ${JSON.stringify(text.slice(0, 300))}`);
    await (await reportFrame(page)).locator('#action-status', { hasText: 'Exported to' }).waitFor({ timeout: 10_000 });
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
}

// The assessment report view's HTML (client/src/assessment/html.ts), rendered from the real engine's
// report of examples/ plus hostile text planted in it: everything escaped, a strict CSP with the nonce,
// every practice shown, links that carry what the extension needs to open the code.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findCandidate, renderAssessmentHtml, escapeHtml } from '../../client/src/assessment/html';
import { assessWorkspace } from '../../server/src/assessment/assess';
import type { AssessmentReport } from '../../server/src/assessment/types';
import { mergeSettings } from '../../server/src/config/settings';
import { initParser } from '../../server/src/parsing/parser';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const RESOURCES = {
  nonce: 'n0nce1234abcd',
  cspSource: 'https://file+.vscode-resource.example',
  styleUri: 'https://file+.vscode-resource.example/ext/media/assessment.css',
  scriptUri: 'https://file+.vscode-resource.example/ext/media/assessment.js',
};
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

/** The attributes of every `<a>` / `<button>` with data-action, as maps. */
function actionElements(html: string): Record<string, string>[] {
  return [...html.matchAll(/<(?:a|button)\b([^>]*\bdata-action="[^"]*"[^>]*)>/g)].map((match) =>
    Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((attribute) => [attribute[1], attribute[2]])),
  );
}

describe('assessment view: HTML renderer', function () {
  this.timeout(60_000);
  let report: AssessmentReport;
  let html: string;

  before(async () => {
    await initParser();
    report = await assessWorkspace({ root: EXAMPLES, settings: mergeSettings({}), version: 'test', now: new Date('2026-11-26T12:00:00Z') });
    // File contents and answers reach the page: plant markup where users' text goes.
    const practice = report.practices.find((item) => item.evidence.some((evidence) => evidence.path && evidence.line));
    assert.ok(practice, 'examples/ gives no practice with evidence at a line');
    practice.evidence.unshift({ says: `says ${HOSTILE}`, supports: 'against', path: 'src/evil.py', line: 7, excerpt: `x = "${HOSTILE}"` });
    report.notices.push(`notice ${HOSTILE}`);
    report.unanswered.push({ id: 'x', title: `title ${HOSTILE}`, question: `question ${HOSTILE}` });
    html = renderAssessmentHtml(report, `folder ${HOSTILE}`, RESOURCES);
  });

  it('escapes markup from the report (excerpts, notices, questions, folder name)', () => {
    assert.ok(!html.includes('<script>alert'), 'an unescaped <script> from the report');
    assert.ok(!html.includes('<img src=x'), 'an unescaped <img> from the report');
    assert.ok(html.includes('x = &quot;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'the excerpt is not shown escaped');
    // The only script is ours, from the extension, with the nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.deepEqual(scripts, [`<script nonce="${RESOURCES.nonce}" src="${RESOURCES.scriptUri}">`]);
    assert.ok(!/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'an inline event handler');
  });

  it('has a strict Content-Security-Policy meta with the nonce', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, 'no CSP meta');
    const policy = Object.fromEntries(meta[1].split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    assert.deepEqual(policy['default-src'], ["'none'"]);
    assert.deepEqual(policy['script-src'], [`'nonce-${RESOURCES.nonce}'`]);
    assert.ok(policy['style-src'].every((source: string) => source === RESOURCES.cspSource || source === `'nonce-${RESOURCES.nonce}'`), `style-src ${policy['style-src']}`);
    assert.ok(!meta[1].includes('unsafe'), 'unsafe-* in the CSP');
    assert.ok(!/(?:src|href)="https?:\/\/(?!file\+\.vscode-resource\.example)[^"]*"[^>]*>\s*<\/script>|<link[^>]+href="https?:\/\/(?!file\+)/.test(html), 'remote content');
    assert.ok(!/\sstyle="/.test(html), 'an inline style attribute (the CSP forbids it)');
  });

  it('shows every practice with its status, and the survey figures as approximate', () => {
    for (const practice of report.practices) {
      assert.ok(html.includes(`data-practice="${escapeHtml(practice.id)}"`), `practice ${practice.id} is missing`);
      assert.ok(html.includes(escapeHtml(practice.title)), `title of ${practice.id} is missing`);
    }
    assert.equal([...html.matchAll(/<section class="practice /g)].length, report.practices.length);
    const surveyed = report.practices.filter((practice) => practice.survey);
    assert.ok(surveyed.length > 0);
    assert.ok(/≈ \d+%[^<]*\(approximate/.test(html), 'survey figures are not marked approximate');
    for (const category of report.categories.filter((item) => item.surveyAdoption !== null)) {
      assert.ok(html.includes(`≈ ${Math.round(category.surveyAdoption!)}% (approximate)`), `survey figure of ${category.category} is missing`);
    }
  });

  it('has the sections: overall, chart with an aria label, next steps per effect, effects, EU requirements, refactoring, exports', () => {
    assert.ok(html.includes(`${report.score}%`), 'overall score');
    assert.match(html, /<svg role="img" aria-labelledby="chart-title chart-desc"/);
    for (const key of Object.keys(report.nextSteps)) assert.ok(html.includes(`data-effect="${escapeHtml(key)}"`), `next steps for ${key}`);
    assert.match(html, /<select id="effect-select">/);
    for (const group of [...report.effects, ...report.trustworthiness]) assert.ok(html.includes(`<th scope="row">${escapeHtml(group.name)}</th>`), `group ${group.name}`);
    assert.equal(report.trustworthiness.length, 7);
    assert.match(html, /data-action="export" data-format="markdown">Export Markdown</);
    assert.match(html, /data-action="export" data-format="json">Export JSON</);
    assert.ok(html.includes('id="trend"'));
  });

  it('gives links the path, line and cell of the code, and copy buttons a candidate that exists', () => {
    const elements = actionElements(html);
    const links = elements.filter((element) => element['data-action'] === 'open');
    assert.ok(links.some((link) => link['data-path'] === 'src/evil.py' && link['data-line'] === '7'), 'the planted evidence has no link');
    assert.ok(links.some((link) => link['data-cell'] && link['data-path'].endsWith('.ipynb')), 'no link into a notebook cell');
    for (const link of links) assert.equal(link.href, '#');
    // every located evidence item has a link carrying its place
    for (const practice of report.practices) {
      for (const evidence of practice.evidence.slice(0, 8).filter((item) => item.path && item.line)) {
        const match = links.some((link) => link['data-path'] === escapeHtml(evidence.path!) && link['data-line'] === String(evidence.line) && (link['data-cell'] ?? undefined) === (evidence.cell ? String(evidence.cell) : undefined));
        assert.ok(match, `no link for ${practice.id} evidence ${evidence.path}:${evidence.line}`);
      }
    }
    const unit = report.refactoring.longestUnits[0];
    assert.ok(unit, 'examples/ has no long unit');
    assert.ok(links.some((link) => link['data-path'] === unit.path && link['data-line'] === String(unit.line)), 'the longest unit has no link');
    const copies = elements.filter((element) => element['data-action'] === 'copy-issue');
    const candidates = report.refactoring.duplicates.length + report.refactoring.longestUnits.length + report.refactoring.mostComplexUnits.length + report.refactoring.largestInterfaces.length + report.refactoring.snoozed.length;
    assert.equal(copies.length, candidates);
    for (const copy of copies) assert.ok(findCandidate(report, copy['data-candidate']), `copy button ${copy['data-candidate']} names no candidate`);
    assert.equal(findCandidate(report, 'constructor:0'), undefined);
    assert.equal(findCandidate(report, 'longestUnits:999'), undefined);
  });

  it('shows the trend when there is one', () => {
    const withTrend = renderAssessmentHtml(
      { ...report, trend: { previousAt: '2026-11-20T10:00:00Z', previousScore: 40, changes: [{ id: report.practices[0].id, title: report.practices[0].title, from: 'not-adopted', to: 'adopted' }] } },
      'examples',
      RESOURCES,
    );
    assert.match(withTrend, /Since the run of 2026-11-20 10:00 UTC: score 40% →/);
    assert.ok(withTrend.includes('Practices whose status changed'));
  });
});

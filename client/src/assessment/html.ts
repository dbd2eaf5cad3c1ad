// The assessment report as the HTML of a webview: a pure function (report → string) with no `vscode`
// import, so it runs in plain Node under mocha. Everything taken from the report is escaped (evidence
// excerpts are lines of the user's files). No inline script, style or event handler: the page's
// behaviour lives in media/assessment.js, its look in media/assessment.css, and a strict
// Content-Security-Policy allows only those two (from the extension) and nonce-carrying tags.
import type {
  AssessmentReport,
  CategorySummary,
  CodeLocation,
  DuplicateCandidate,
  Evidence,
  GroupCoverage,
  NextStep,
  PracticeAssessment,
  Status,
  SurveyFigures,
  UnitCandidate,
} from '../../../server/src/assessment/types';

export interface ViewResources {
  /** A fresh random string per render, allowed by the CSP for the script and style tags. */
  nonce: string;
  /** The webview's `cspSource` (the origin its local resources are served from). */
  cspSource: string;
  /** media/assessment.css and media/assessment.js as webview URIs. */
  styleUri: string;
  scriptUri: string;
}

/** Which refactoring candidate a "Copy as issue" button stands for: `<list>:<index>`. */
export type CandidateList = 'duplicates' | 'longestUnits' | 'mostComplexUnits' | 'largestInterfaces' | 'snoozed';

export const STATUS_LABEL: Record<Status, string> = { adopted: 'Adopted', partly: 'Partly', 'not-adopted': 'Not adopted', unknown: 'Unknown' };
const STATUS_ICON: Record<Status, string> = { adopted: '✓', partly: '◐', 'not-adopted': '✗', unknown: '?' };
const SUPPORTS_LABEL: Record<Evidence['supports'], string> = { for: 'for', against: 'against', answer: 'answer', measure: 'measure' };
const ANSWER_LABEL = { yes: 'Yes', partly: 'Partly', no: 'No', unknown: "Don't know" } as const;
/** Evidence items shown per practice before "… and N more". */
const MAX_EVIDENCE = 8;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

const percent = (value: number | null) => (value === null ? '–' : `${value}%`);
const approx = (value: number) => `≈ ${Math.round(value)}%`;

function statusBadge(status: Status): string {
  return `<span class="status status-${status}"><span aria-hidden="true">${STATUS_ICON[status]}</span> ${STATUS_LABEL[status]}</span>`;
}

/** Where a location is, as text: `path, cell N:line`. */
function placeLabel(location: { path?: string; line?: number; cell?: number; endLine?: number }): string {
  if (!location.path) return '';
  const cell = location.cell ? `, cell ${location.cell}` : '';
  const lines = location.line ? `:${location.line}${location.endLine && location.endLine !== location.line ? `–${location.endLine}` : ''}` : '';
  return `${location.path}${cell}${lines}`;
}

/** A link that opens a file (at a line, in a notebook cell) or reveals a folder; media/assessment.js handles the click. */
function openLink(location: { path: string; line?: number; cell?: number; endLine?: number }, label = placeLabel(location)): string {
  const attributes = [`data-action="open"`, `data-path="${escapeHtml(location.path)}"`];
  if (location.line) attributes.push(`data-line="${location.line}"`);
  if (location.cell) attributes.push(`data-cell="${location.cell}"`);
  const what = location.path.endsWith('/') ? 'Reveal folder' : 'Open';
  return `<a href="#" class="code-link" ${attributes.join(' ')} title="${what} ${escapeHtml(placeLabel(location))}">${escapeHtml(label)}</a>`;
}

function surveyText(survey: SurveyFigures | null): string {
  if (!survey) return 'not in the SE-ML survey';
  const { completely, mostly, partially, notAtAll } = survey.adoption;
  return `${approx(completely + mostly)} of surveyed teams adopt it completely or mostly (${approx(completely)} completely, ${approx(mostly)} mostly, ${approx(partially)} partially, ${approx(notAtAll)} not at all; approximate, survey ${survey.year}, rank ${survey.rank})`;
}

function evidenceItem(item: Evidence): string {
  const parts = [`<span class="supports supports-${item.supports}">${SUPPORTS_LABEL[item.supports]}</span>`, `<span class="says">${escapeHtml(item.says)}</span>`];
  if (item.path) parts.push(openLink({ path: item.path, line: item.line, cell: item.cell }));
  if (item.count && item.count > 1) parts.push(`<span class="count">(${item.count} places)</span>`);
  if (item.excerpt) parts.push(`<code class="excerpt">${escapeHtml(item.excerpt)}</code>`);
  return `<li>${parts.join(' ')}</li>`;
}

function practiceSection(practice: PracticeAssessment): string {
  const headingId = `practice-${escapeHtml(practice.id)}`;
  const rows = [
    `<dt>Status</dt><dd>${statusBadge(practice.status)}</dd>`,
    `<dt>Why</dt><dd>${escapeHtml(practice.reason)}</dd>`,
    `<dt>Difficulty</dt><dd>${escapeHtml(practice.difficulty ?? 'not rated')}</dd>`,
    `<dt>Surveyed teams</dt><dd>${escapeHtml(surveyText(practice.survey))}</dd>`,
  ];
  if (practice.measure) rows.push(`<dt>Measure</dt><dd>${escapeHtml(practice.measure.display)} <span class="muted">(${escapeHtml(practice.measure.thresholds)})</span></dd>`);
  if (practice.answer) {
    const by = practice.answer.by ? ` by ${escapeHtml(practice.answer.by)}` : '';
    const at = practice.answer.at ? ` on ${escapeHtml(practice.answer.at.slice(0, 10))}` : '';
    const note = practice.answer.note ? ` — ${escapeHtml(practice.answer.note)}` : '';
    rows.push(`<dt>Team's answer</dt><dd>${ANSWER_LABEL[practice.answer.answer]}${by}${at}${note}</dd>`);
  } else if (practice.question) {
    rows.push(`<dt>Question</dt><dd>${escapeHtml(practice.question)}</dd>`);
  }
  const listed = practice.evidence.filter((item) => item.supports !== 'measure');
  const evidence =
    listed.length === 0
      ? ''
      : `<ul class="evidence" aria-label="Evidence for ${escapeHtml(practice.title)}">${listed.slice(0, MAX_EVIDENCE).map(evidenceItem).join('')}${
          listed.length > MAX_EVIDENCE ? `<li class="muted">… and ${listed.length - MAX_EVIDENCE} more</li>` : ''
        }</ul>`;
  return `<section class="practice practice-${practice.status}" id="${headingId}" data-practice="${escapeHtml(practice.id)}" aria-labelledby="${headingId}-title">
<h4 id="${headingId}-title">${escapeHtml(practice.title)} <a href="${escapeHtml(practice.url)}" class="external" title="Practice page on se-ml.github.io">practice page</a></h4>
<dl>${rows.join('')}</dl>${evidence}</section>`;
}

/** Bar chart of each category's score beside the survey's figure: inline SVG, sizes as attributes (the CSP forbids inline styles). */
function categoryChart(categories: CategorySummary[]): string {
  const labelWidth = 170;
  const barWidth = 360;
  const rowHeight = 46;
  const top = 8;
  const height = top + categories.length * rowHeight + 4;
  const width = labelWidth + barWidth + 150;
  const scale = (value: number) => Math.max(0, Math.min(100, value)) * (barWidth / 100);
  const rows = categories.map((category, index) => {
    const y = top + index * rowHeight;
    const ours = category.score;
    const survey = category.surveyAdoption;
    const oursText = ours === null ? 'this workspace: no decided practice' : `this workspace: ${ours}%`;
    const surveyLabel = survey === null ? 'survey: not ranked' : `surveyed teams: ${approx(survey)} (approximate)`;
    return `<g>
<text class="chart-label" x="0" y="${y + 22}">${escapeHtml(category.category)}</text>
<rect class="bar-ours" x="${labelWidth}" y="${y + 4}" width="${ours === null ? 0 : scale(ours).toFixed(1)}" height="14"><title>${escapeHtml(`${category.category}, ${oursText}`)}</title></rect>
<text class="chart-value" x="${labelWidth + (ours === null ? 0 : scale(ours)) + 6}" y="${y + 16}">${escapeHtml(ours === null ? 'no decided practice' : `${ours}%`)}</text>
<rect class="bar-survey" x="${labelWidth}" y="${y + 22}" width="${survey === null ? 0 : scale(survey).toFixed(1)}" height="14"><title>${escapeHtml(`${category.category}, ${surveyLabel}`)}</title></rect>
<text class="chart-value" x="${labelWidth + (survey === null ? 0 : scale(survey)) + 6}" y="${y + 34}">${escapeHtml(survey === null ? 'not in the survey' : `${approx(survey)} (approximate)`)}</text>
</g>`;
  });
  const description = categories
    .map((category) => `${category.category}: this workspace ${category.score === null ? 'no decided practice' : `${category.score}%`}, surveyed teams ${category.surveyAdoption === null ? 'not ranked' : `${approx(category.surveyAdoption)} (approximate)`}`)
    .join('; ');
  return `<figure class="chart">
<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet">
<title id="chart-title">Score per category beside the share of surveyed teams adopting the category's practices</title>
<desc id="chart-desc">${escapeHtml(description)}</desc>
${rows.join('\n')}
</svg>
<figcaption><span class="legend legend-ours" aria-hidden="true"></span> this workspace's score <span class="legend legend-survey" aria-hidden="true"></span> surveyed teams adopting completely or mostly, ≈ (approximate, read off a published chart, about ±1 point)</figcaption>
</figure>`;
}

function categoryTable(categories: CategorySummary[]): string {
  const rows = categories.map(
    (category) =>
      `<tr><th scope="row"><a href="#category-${escapeHtml(slug(category.category))}">${escapeHtml(category.category)}</a></th><td>${category.practices}</td><td>${category.adopted}</td><td>${category.partly}</td><td>${category.notAdopted}</td><td>${category.unknown}</td><td>${percent(category.score)}</td><td>${
        category.surveyAdoption === null ? '–' : `${approx(category.surveyAdoption)} (approximate)`
      }</td></tr>`,
  );
  return `<table class="numbers"><caption>Practices per category and status</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Practices</th><th scope="col">Adopted</th><th scope="col">Partly</th><th scope="col">Not adopted</th><th scope="col">Unknown</th><th scope="col">Score</th><th scope="col">Surveyed teams</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>`;
}

function groupTable(caption: string, groups: GroupCoverage[], nameHeader: string): string {
  const rows = groups.map((group) => {
    const practices =
      group.practices.length === 0
        ? '<span class="muted">no practice in the catalog maps to it</span>'
        : `<ul class="inline">${group.practices.map((practice) => `<li><a href="#practice-${escapeHtml(practice.id)}">${escapeHtml(practice.title)}</a> ${statusBadge(practice.status)}</li>`).join('')}</ul>`;
    return `<tr><th scope="row">${escapeHtml(group.name)}</th><td>${percent(group.score)}</td><td>${practices}</td></tr>`;
  });
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr><th scope="col">${escapeHtml(nameHeader)}</th><th scope="col">Score</th><th scope="col">Practices and their status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function nextStepsSection(nextSteps: Record<string, NextStep[]>): string {
  const keys = Object.keys(nextSteps);
  if (keys.length === 0) return '';
  const selected = keys.includes('any') ? 'any' : keys[0];
  const label = (key: string) => (key === 'any' ? 'Any effect' : key);
  const options = keys.map((key) => `<option value="${escapeHtml(key)}"${key === selected ? ' selected' : ''}>${escapeHtml(label(key))}</option>`).join('');
  const lists = keys.map((key) => {
    const steps = nextSteps[key];
    const body =
      steps.length === 0
        ? '<p class="muted">Nothing to suggest: every practice with this effect is adopted or undecided.</p>'
        : `<ol>${steps.map((step) => `<li><a href="#practice-${escapeHtml(step.id)}">${escapeHtml(step.title)}</a> <span class="muted">(${escapeHtml(step.difficulty ?? 'difficulty not rated')})</span> — ${escapeHtml(step.reason)}</li>`).join('')}</ol>`;
    return `<div class="steps" data-effect="${escapeHtml(key)}" aria-label="Next steps for ${escapeHtml(label(key))}"${key === selected ? '' : ' hidden'}>${body}</div>`;
  });
  return `<section aria-labelledby="next-steps"><h2 id="next-steps">Next steps</h2>
<p><label for="effect-select">Effect you care about</label> <select id="effect-select">${options}</select></p>
<div aria-live="polite">${lists.join('\n')}</div></section>`;
}

function copyButton(list: CandidateList, index: number, what: string): string {
  return `<button type="button" class="secondary" data-action="copy-issue" data-candidate="${list}:${index}" aria-label="Copy as issue: ${escapeHtml(what)}">Copy as issue</button>`;
}

function unitList(title: string, list: CandidateList, units: { unit: UnitCandidate; index: number }[]): string {
  if (units.length === 0) return '';
  const measure = (unit: UnitCandidate) => (unit.metric === 'lines' ? `${unit.value} lines of code` : unit.metric === 'complexity' ? `complexity ${unit.value}` : `${unit.value} parameters`);
  const rows = units.map(
    ({ unit, index }) =>
      `<tr><th scope="row"><code>${escapeHtml(unit.name)}</code></th><td>${escapeHtml(measure(unit))}</td><td>${openLink(unit)}</td><td>${copyButton(list, index, `${unit.name}, ${measure(unit)}`)}</td></tr>`,
  );
  return `<table><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col">Function</th><th scope="col">Measure</th><th scope="col">Where</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function duplicateList(title: string, list: CandidateList, sets: { set: DuplicateCandidate; index: number }[]): string {
  if (sets.length === 0) return '';
  const rows = sets.map(({ set, index }) => {
    const blocks = set.blocks.map((block: CodeLocation) => `<li>${openLink(block)}</li>`).join('');
    return `<tr><th scope="row">${set.files.map((file) => `<code>${escapeHtml(file)}</code>`).join(', ')}</th><td>${set.lines}</td><td><ul class="plain">${blocks}</ul></td><td>${copyButton(list, index, `${set.lines} duplicated lines in ${set.files.join(', ')}`)}</td></tr>`;
  });
  return `<table><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col">Files</th><th scope="col">Duplicated lines</th><th scope="col">Copies</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function refactoringSection(report: AssessmentReport): string {
  const { refactoring } = report;
  const indexed = <T>(items: T[]) => items.map((item, index) => ({ item, index }));
  const units = (list: UnitCandidate[]) => indexed(list).map(({ item, index }) => ({ unit: item, index }));
  const snoozedUnits = indexed(refactoring.snoozed)
    .filter((entry): entry is { item: UnitCandidate; index: number } => 'name' in entry.item)
    .map(({ item, index }) => ({ unit: item, index }));
  const snoozedSets = indexed(refactoring.snoozed)
    .filter((entry): entry is { item: DuplicateCandidate & { metric: 'duplicates' }; index: number } => 'files' in entry.item)
    .map(({ item, index }) => ({ set: item, index }));
  const active = [
    duplicateList('Files sharing duplicated blocks', 'duplicates', indexed(refactoring.duplicates).map(({ item, index }) => ({ set: item, index }))),
    unitList('Longest units', 'longestUnits', units(refactoring.longestUnits)),
    unitList('Most complex units', 'mostComplexUnits', units(refactoring.mostComplexUnits)),
    unitList('Largest interfaces', 'largestInterfaces', units(refactoring.largestInterfaces)),
  ].filter(Boolean);
  const snoozed = [duplicateList('Snoozed duplicated blocks', 'snoozed', snoozedSets), unitList('Snoozed units', 'snoozed', snoozedUnits)].filter(Boolean);
  return `<section aria-labelledby="refactoring"><h2 id="refactoring">Refactoring candidates</h2>
${active.length === 0 ? '<p>None: no duplicated blocks and no unit over the limits.</p>' : active.join('\n')}
${snoozed.length === 0 ? '' : `<section aria-labelledby="snoozed"><h3 id="snoozed">Snoozed (suppressed in the code)</h3>${snoozed.join('\n')}</section>`}
</section>`;
}

function trendSection(report: AssessmentReport): string {
  const { trend } = report;
  if (!trend) return `<section aria-labelledby="trend"><h2 id="trend">Trend</h2><p>This is the first recorded run; the next run shows what changed since this one.</p></section>`;
  const changes =
    trend.changes.length === 0
      ? '<p>No practice changed status.</p>'
      : `<table><caption>Practices whose status changed</caption><thead><tr><th scope="col">Practice</th><th scope="col">Before</th><th scope="col">Now</th></tr></thead><tbody>${trend.changes
          .map((change) => `<tr><th scope="row"><a href="#practice-${escapeHtml(change.id)}">${escapeHtml(change.title)}</a></th><td>${statusBadge(change.from)}</td><td>${statusBadge(change.to)}</td></tr>`)
          .join('')}</tbody></table>`;
  return `<section aria-labelledby="trend"><h2 id="trend">Trend</h2>
<p>Since the run of ${escapeHtml(trend.previousAt.slice(0, 16).replace('T', ' '))} UTC: score ${percent(trend.previousScore)} → ${percent(report.score)}.</p>${changes}</section>`;
}

/** The whole page. `folderName` is the workspace folder's name, shown in the heading. */
export function renderAssessmentHtml(report: AssessmentReport, folderName: string, resources: ViewResources): string {
  const count = (status: Status) => report.practices.filter((practice) => practice.status === status).length;
  const csp = [
    "default-src 'none'",
    `style-src ${resources.cspSource} 'nonce-${resources.nonce}'`,
    `script-src 'nonce-${resources.nonce}'`,
    `img-src ${resources.cspSource}`,
    `font-src ${resources.cspSource}`,
  ].join('; ');
  const practicesByCategory = report.categories
    .map((category) => {
      const practices = report.practices.filter((practice) => practice.category === category.category);
      return `<section aria-labelledby="category-${escapeHtml(slug(category.category))}"><h3 id="category-${escapeHtml(slug(category.category))}">${escapeHtml(category.category)} <span class="muted">— score ${percent(category.score)}</span></h3>${practices.map(practiceSection).join('\n')}</section>`;
    })
    .join('\n');
  // Practices whose category has no summary would otherwise be missing from the page.
  const summarised = new Set(report.categories.map((category) => category.category));
  const orphans = report.practices.filter((practice) => !summarised.has(practice.category));
  const questions =
    report.unanswered.length === 0
      ? ''
      : `<section aria-labelledby="questions"><h2 id="questions">Questions for the team</h2>
<p>${report.unanswered.length} ${report.unanswered.length === 1 ? 'practice needs' : 'practices need'} an answer that code cannot give. <button type="button" data-action="answer">Answer now</button></p>
<ul>${report.unanswered.map((question) => `<li><a href="#practice-${escapeHtml(question.id)}">${escapeHtml(question.title)}</a>: ${escapeHtml(question.question)}</li>`).join('')}</ul></section>`;
  const notices = report.notices.length === 0 ? '' : `<section aria-labelledby="notices" class="notices"><h2 id="notices">Notices</h2><ul>${report.notices.map((notice) => `<li>${escapeHtml(notice)}</li>`).join('')}</ul></section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(resources.styleUri)}" nonce="${resources.nonce}">
<title>ML Practices: Assessment — ${escapeHtml(folderName)}</title>
</head>
<body>
<header>
<h1>ML practices self-assessment: ${escapeHtml(folderName)}</h1>
<p class="muted">Generated ${escapeHtml(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC by ml-practices ${escapeHtml(report.tool.version)} from ${report.files.total} files (${report.files.python} Python files, ${report.files.notebooks} notebooks, ${report.files.linesOfCode} lines of code).</p>
<div class="overall" role="group" aria-label="Overall result">
<p class="score"><span class="score-value">${percent(report.score)}</span> <span class="score-label">overall score</span></p>
<ul class="counts" aria-label="Practices per status">
<li>${statusBadge('adopted')} <strong>${count('adopted')}</strong></li>
<li>${statusBadge('partly')} <strong>${count('partly')}</strong></li>
<li>${statusBadge('not-adopted')} <strong>${count('not-adopted')}</strong></li>
<li>${statusBadge('unknown')} <strong>${count('unknown')}</strong></li>
</ul>
<p class="muted">Score: adopted counts 1, partly ½, over the ${report.practices.length - count('unknown')} decided practices of ${report.practices.length}.</p>
</div>
<div class="toolbar">
<button type="button" data-action="export" data-format="markdown">Export Markdown</button>
<button type="button" data-action="export" data-format="json">Export JSON</button>
<span id="action-status" role="status" class="muted"></span>
</div>
</header>
<main>
${questions}
${trendSection(report)}
<section aria-labelledby="categories"><h2 id="categories">By category</h2>
${categoryChart(report.categories)}
${categoryTable(report.categories)}
</section>
${nextStepsSection(report.nextSteps)}
<section aria-labelledby="effects"><h2 id="effects">Effects</h2>${groupTable('What the practices do for the team', report.effects, 'Effect')}</section>
<section aria-labelledby="eu"><h2 id="eu">EU requirements for trustworthy AI</h2>${groupTable('The 7 requirements and the practices that serve them', report.trustworthiness, 'Requirement')}</section>
<section aria-labelledby="practices"><h2 id="practices">Practices</h2>
${practicesByCategory}
${orphans.length === 0 ? '' : `<section aria-labelledby="category-other"><h3 id="category-other">Other</h3>${orphans.map(practiceSection).join('\n')}</section>`}
</section>
${refactoringSection(report)}
${notices}
</main>
<script nonce="${resources.nonce}" src="${escapeHtml(resources.scriptUri)}"></script>
</body>
</html>
`;
}

/** Finds the candidate a "Copy as issue" button names (`list:index`), or undefined for a stale or forged key. */
export function findCandidate(report: AssessmentReport, key: string): UnitCandidate | DuplicateCandidate | undefined {
  const [list, indexText] = key.split(':');
  const index = Number(indexText);
  const lists: Record<CandidateList, (UnitCandidate | DuplicateCandidate)[]> = {
    duplicates: report.refactoring.duplicates,
    longestUnits: report.refactoring.longestUnits,
    mostComplexUnits: report.refactoring.mostComplexUnits,
    largestInterfaces: report.refactoring.largestInterfaces,
    snoozed: report.refactoring.snoozed,
  };
  if (!Object.hasOwn(lists, list) || !Number.isInteger(index)) return undefined;
  return lists[list as CandidateList][index];
}

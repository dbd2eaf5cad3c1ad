// The self-assessment against small, realistic project trees (test/fixtures/assess/<project>/), each with
// the status a careful reviewer gives every practice of the catalog (expected.json). Matched both ways:
// every practice the engine decides must be expected with that status, and every expected id must exist.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessWorkspace, collectWorkspace, decideWorkspace } from '../../server/src/assessment/assess';
import { readManifest } from '../../server/src/assessment/manifests';
import { formatAssessmentMarkdown, candidateIssueText } from '../../server/src/assessment/markdown';
import { answersText, historyText, parseAnswers, readHistory } from '../../server/src/assessment/store';
import type { AssessmentReport, Status } from '../../server/src/assessment/types';
import { loadCatalog } from '../../server/src/catalog/catalog';
import { mergeSettings, type Settings } from '../../server/src/config/settings';
import { initParser } from '../../server/src/parsing/parser';
import { materializeFixtures } from '../support/cliRunner';

const FIXTURES = join(__dirname, '..', 'fixtures', 'assess');
const NOW = new Date('2026-11-26T12:00:00Z');

interface Expected {
  statuses: Record<string, Status>;
  /** Per practice, "path:line" (or "path" / "path, cell N:line") places that must be among its evidence. */
  evidence?: Record<string, string[]>;
}

const projects = existsSync(FIXTURES) ? readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];

function assess(root: string): Promise<AssessmentReport> {
  // expected.json is the test's expectation, not part of the project.
  return assessWorkspace({ root, settings: mergeSettings({ exclude: ['expected.json'] }), version: 'test', now: NOW });
}

const placeOf = (item: { path?: string; line?: number; cell?: number }) => `${item.path}${item.cell ? `, cell ${item.cell}` : ''}${item.line ? `:${item.line}` : ''}`;

describe('assess: fixture projects', function () {
  this.timeout(60_000);
  before(() => initParser());

  it('has fixture projects, one per category at least', () => {
    assert.ok(projects.length >= 7, `only ${projects.length} fixture projects in ${FIXTURES}`);
  });

  for (const project of projects) {
    it(`${project}: every practice has the expected status (both ways), with the expected evidence`, async () => {
      const expected = JSON.parse(readFileSync(join(FIXTURES, project, 'expected.json'), 'utf8')) as Expected;
      const root = materializeFixtures(join(FIXTURES, project));
      try {
        const report = await assess(root);
        const problems: string[] = [];
        const decided = new Map(report.practices.map((practice) => [practice.id, practice]));
        for (const practice of report.practices) {
          const want = expected.statuses[practice.id];
          if (want === undefined) problems.push(`${practice.id}: decided ${practice.status} but not in expected.json`);
          else if (want !== practice.status) problems.push(`${practice.id}: expected ${want}, got ${practice.status} (${practice.reason})`);
        }
        for (const id of Object.keys(expected.statuses)) if (!decided.has(id)) problems.push(`${id}: expected but not a practice of the catalog`);
        for (const [id, places] of Object.entries(expected.evidence ?? {})) {
          const found = (decided.get(id)?.evidence ?? []).map(placeOf);
          for (const place of places) if (!found.includes(place)) problems.push(`${id}: evidence ${place} missing (found: ${found.join('; ') || 'none'})`);
        }
        assert.deepEqual(problems, [], `${project}:\n  ${problems.join('\n  ')}`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('assess: decisions, answers and trend', function () {
  this.timeout(60_000);
  before(() => initParser());
  let root: string;
  beforeEach(() => {
    root = materializeFixtures(join(__dirname, '..', 'fixtures', 'assess-unit'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const statusOf = (report: AssessmentReport, id: string) => report.practices.find((practice) => practice.id === id)?.status;

  it('covers every practice of the catalog once', async () => {
    const report = await assess(root);
    assert.deepEqual(report.practices.map((practice) => practice.id).sort(), [...loadCatalog().practices.keys()].sort());
  });

  it('asks the questions code cannot settle, and an answer decides them', async () => {
    const before = await assess(root);
    assert.equal(statusOf(before, '05-use_backlog'), 'unknown');
    assert.ok(before.unanswered.some((question) => question.id === '05-use_backlog'));
    mkdirSync(join(root, '.ml-practices'));
    writeFileSync(join(root, '.ml-practices', 'assessment.json'), answersText({ version: 1, answers: {} }, { '05-use_backlog': { answer: 'yes', by: 'Ada', at: '2026-11-20T10:00:00Z' } }));
    const after = await assess(root);
    assert.equal(statusOf(after, '05-use_backlog'), 'adopted');
    assert.ok(!after.unanswered.some((question) => question.id === '05-use_backlog'));
    const backlog = after.practices.find((practice) => practice.id === '05-use_backlog')!;
    assert.match(backlog.reason, /answered “yes” \(Ada, 2026-11-20\)/);
  });

  it('reports a malformed answers file as a notice and goes on', async () => {
    mkdirSync(join(root, '.ml-practices'));
    writeFileSync(join(root, '.ml-practices', 'assessment.json'), '{"answers": {"05-use_backlog": {"answer": "maybe"}, "no-such": {"answer": "yes"}}}');
    const report = await assess(root);
    assert.equal(statusOf(report, '05-use_backlog'), 'unknown');
    assert.ok(report.notices.some((notice) => notice.includes('must be one of yes, partly, no, unknown')), report.notices.join('\n'));
    assert.ok(report.notices.some((notice) => notice.includes('"no-such" is not a practice')), report.notices.join('\n'));
    writeFileSync(join(root, '.ml-practices', 'assessment.json'), '{ not json');
    const broken = await assess(root);
    assert.ok(broken.notices.some((notice) => notice.includes('is not valid JSON')), broken.notices.join('\n'));
  });

  it('a computable measure decides, and its figure is evidence', async () => {
    const report = await assess(root);
    const loads = report.practices.find((practice) => practice.id === '01-sanity_check')!;
    assert.equal(loads.measure?.metric, 'checkedLoadsPercent');
    assert.equal(loads.measure?.value, 50); // one of the two loads in load.py is checked
    assert.equal(loads.status, 'partly');
    const codeOnce = report.practices.find((practice) => practice.id === 'bms-code-once')!;
    assert.equal(codeOnce.measure?.metric, 'duplicatedLinesPercent');
    assert.ok(codeOnce.measure!.value > 10, `duplicated share ${codeOnce.measure?.value}`);
    assert.equal(codeOnce.status, 'not-adopted');
  });

  it('shows what changed since the last recorded run', async () => {
    const first = await assess(root);
    assert.equal(first.trend, null);
    mkdirSync(join(root, '.ml-practices'));
    const previous = { ...first.historyEntry, statuses: { ...first.historyEntry.statuses, '03-cont-int': 'adopted' as Status } };
    writeFileSync(join(root, '.ml-practices', 'history.json'), historyText({ version: 1, runs: [] }, previous));
    const second = await assess(root);
    assert.equal(second.trend?.previousAt, first.generatedAt);
    assert.deepEqual(second.trend?.changes.map((change) => [change.id, change.from, change.to]), [['03-cont-int', 'adopted', 'not-adopted']]);
    assert.equal(readHistory(root, []).runs.length, 1);
  });

  it('lists refactoring candidates and keeps suppressed ones apart', async () => {
    const report = await assess(root);
    assert.deepEqual(report.refactoring.longestUnits.map((unit) => unit.name), ['train']);
    assert.deepEqual(report.refactoring.snoozed.map((unit) => ('name' in unit ? unit.name : '')), ['snoozed_train']);
    assert.equal(report.refactoring.duplicates[0]?.files.join(','), 'copy_a.py,copy_b.py');
    assert.match(candidateIssueText(report.refactoring.longestUnits[0]), /^### Refactor `train` \(\d+ lines of code\)/);
    assert.match(candidateIssueText(report.refactoring.duplicates[0]), /copy_a\.py:\d+–\d+/);
  });

  it('suggests next steps per effect, never an adopted practice', async () => {
    const report = await assess(root);
    assert.deepEqual(Object.keys(report.nextSteps).sort(), ['any', ...Object.keys(loadCatalog().effects)].sort());
    const adopted = new Set(report.practices.filter((practice) => practice.status === 'adopted').map((practice) => practice.id));
    for (const steps of Object.values(report.nextSteps)) for (const step of steps) assert.ok(!adopted.has(step.id), step.id);
    assert.ok(report.nextSteps.any.length > 0);
  });

  it('labels survey figures as approximate in Markdown', async () => {
    const markdown = formatAssessmentMarkdown(await assess(root));
    assert.match(markdown, /approximate \(about ±1 point\)/);
    assert.match(markdown, /^## Next steps/m);
    assert.match(markdown, /^## EU requirements for trustworthy AI/m);
  });
});

describe('assess: dependency manifests', () => {
  before(() => initParser());
  const names = (fileName: string, text: string) => readManifest(fileName, text).dependencies.map((dependency) => `${dependency.name}@${dependency.line}`);

  it('reads requirements files, skipping options and comments', () => {
    assert.deepEqual(names('requirements.txt', '# pinned\n-r base.txt\nScikit_Learn==1.5  # ml\n\ntorch>=2; python_version>"3.8"\n-e ./lib\n'), ['scikit-learn@3', 'torch@5']);
  });

  it('reads pyproject.toml: PEP 621, optional dependencies, dependency groups and Poetry', () => {
    const text = '[project]\ndependencies = ["pandas>=2", "mlflow"]\n[project.optional-dependencies]\ntest = ["pytest"]\n[dependency-groups]\nlint = ["ruff"]\n[tool.poetry.dependencies]\npython = "^3.11"\noptuna = "*"\n';
    assert.deepEqual(names('pyproject.toml', text).map((name) => name.split('@')[0]).sort(), ['mlflow', 'optuna', 'pandas', 'pytest', 'ruff']);
  });

  it('reads setup.py from its parse tree, setup.cfg, Pipfile and conda environments', () => {
    assert.deepEqual(names('setup.py', 'from setuptools import setup\nsetup(\n    name="x",\n    install_requires=["numpy", "pandera>=0.18"],\n    extras_require={"dev": ["pytest"]},\n)\n'), ['numpy@4', 'pandera@4', 'pytest@5']);
    assert.deepEqual(names('setup.cfg', '[options]\ninstall_requires =\n    dvc\n    great_expectations\n[options.extras_require]\ndev = black\n'), ['dvc@3', 'great-expectations@4', 'black@6']);
    assert.deepEqual(names('Pipfile', '[packages]\nwandb = "*"\n[dev-packages]\nmypy = "*"\n'), ['wandb@2', 'mypy@4']);
    assert.deepEqual(names('environment.yml', 'name: env\ndependencies:\n  - python=3.11\n  - conda-forge::numpy\n  - pip\n  - pip:\n    - evidently==0.4\n'), ['numpy@4', 'evidently@7']);
  });

  it('says why a broken manifest declares nothing', () => {
    const result = readManifest('pyproject.toml', '[project\ndependencies = [');
    assert.deepEqual(result.dependencies, []);
    assert.match(result.problem ?? '', /could not be read as a dependency list/);
  });
});

describe('assess: stored answers', () => {
  it('keeps answers sorted and merges updates', () => {
    const text = answersText(parseAnswers({ answers: { b: { answer: 'no' } } }, []), { a: { answer: 'yes', by: 'Ada' } });
    assert.deepEqual(Object.keys(JSON.parse(text).answers), ['a', 'b']);
  });
});

describe('assess: evidence cache between runs', function () {
  this.timeout(60_000);
  before(() => initParser());
  let root: string;
  let cacheDirectory: string;
  const settings = mergeSettings({ exclude: ['expected.json'] });
  const longAgo = new Date('2026-01-01T00:00:00Z');
  beforeEach(() => {
    root = materializeFixtures(join(FIXTURES, 'maintainability-messy'));
    cacheDirectory = mkdtempSync(join(tmpdir(), 'ml-practices-cache-'));
    // Files modified within the last seconds are not cached (the file system's time resolution).
    for (const name of readdirSync(root)) utimesSync(join(root, name), longAgo, longAgo);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cacheDirectory, { recursive: true, force: true });
  });

  const run = async (options: { cache?: boolean; settings?: Settings; log?: string[] } = {}) => {
    const assessOptions = { root, settings: options.settings ?? settings, version: 'test', now: NOW, cacheDirectory: options.cache === false ? undefined : cacheDirectory, log: (message: string) => options.log?.push(message) };
    const collected = await collectWorkspace(assessOptions);
    return { fromCache: collected.fromCache, report: decideWorkspace(collected, assessOptions) };
  };
  const analysedFiles = 3; // two .py files and a notebook

  it('gives the same report from the cache, writes only into the cache directory, and reads no unchanged file again', async () => {
    const listing = () => readdirSync(root).sort();
    const before = listing();
    const first = await run();
    assert.equal(first.fromCache, 0);
    assert.deepEqual(listing(), before, 'nothing is written into the project');
    assert.equal(readdirSync(cacheDirectory).length, 1);
    const second = await run();
    assert.equal(second.fromCache, analysedFiles);
    assert.deepEqual(second.report, first.report);
  });

  it('analyses a changed file again: the report equals one made without a cache', async () => {
    const first = await run();
    const changed = join(root, 'train_model.py');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n\ndef added(a, b, c, d, e, f):\n    return a or b or c or d or e or f\n`);
    utimesSync(changed, longAgo, new Date(longAgo.getTime() + 60_000));
    const cached = await run();
    assert.equal(cached.fromCache, analysedFiles - 1);
    assert.notDeepEqual(cached.report.practices, first.report.practices, 'the change shows (a wide interface, more code)');
    assert.deepEqual(cached.report, (await run({ cache: false })).report);
  });

  it('ignores a corrupt cache or one made with other settings, with a note, and analyses everything', async () => {
    await run();
    const log: string[] = [];
    const other = await run({ settings: mergeSettings({ exclude: ['expected.json'], rules: { options: { 'long-function': { maxLines: 40 } } } }), log });
    assert.equal(other.fromCache, 0);
    assert.match(log.join('\n'), /another build or with other settings/);
    const [file] = readdirSync(cacheDirectory);
    writeFileSync(join(cacheDirectory, file), 'not a cache');
    log.length = 0;
    const corrupt = await run({ log });
    assert.equal(corrupt.fromCache, 0);
    assert.match(log.join('\n'), /assessment cache: ignored/);
    assert.deepEqual(corrupt.report, (await run({ cache: false })).report);
  });
});

// The CLI as users and CI run it: the real bundled dist/cli.js, spawned with an explicit working directory
// on a copy of test/fixtures/cli (see materializeFixtures for why dot-files are stored as `dot.NAME`).
// Covers the text, JSON and SARIF formats (SARIF validated against the official 2.1.0 schema), file
// walking (.gitignore, default excludes, `exclude` globs), configuration, exit codes and source encodings.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { CLI, materializeFixtures, runCli, type CliResult } from '../support/cliRunner';

const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');
const SARIF_SCHEMA = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

const PRACTICE_OF: Record<string, string> = {
  'long-function': 'bms-short-units',
  'complex-function': 'bms-simple-units',
  'many-parameters': 'bms-small-interfaces',
};

/** What `check project` finds (cwd = the fixture root); notebook `cell` is 0-based among all cells. */
const PROJECT_FINDINGS = [
  { file: 'project/notebooks/nb.ipynb', cell: 1, line: 4, column: 5, severity: 'info', ruleId: 'many-parameters', name: 'scale' },
  { file: 'project/src/model.py', line: 4, column: 5, severity: 'info', ruleId: 'many-parameters', name: 'train' },
  { file: 'project/src/model.py', line: 13, column: 5, severity: 'info', ruleId: 'long-function', name: 'summarise' },
  { file: 'project/src/model.py', line: 34, column: 5, severity: 'info', ruleId: 'complex-function', name: 'risk_band' },
];

/** Files in the fixture project that must never be analysed by a directory walk (each has a long function). */
const SKIPPED = ['project/generated/ignored.py', 'project/data/excluded.py', 'project/.venv/lib/x.py', 'project/notebooks/.ipynb_checkpoints/nb-checkpoint.ipynb'];

const TEXT_FINDING = /^(?<file>.+?):(?:cell (?<cell>\d+):)?(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info|hint) \[(?<ruleId>[\w-]+)\] (?<message>.+)$/;

interface JsonFinding {
  file: string;
  ruleId: string;
  practice: string;
  severity: string;
  message: string;
  cell?: number;
  line: number;
  column: number;
}
interface JsonReport {
  findings: JsonFinding[];
  problems: { file: string; severity: string; message: string; line: number; column: number }[];
  summary: { files: number; error: number; warning: number; info: number; hint: number; duplicatedLines?: number; totalLines?: number };
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } };
  properties?: { cell?: number };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  taxa: { id: string; index: number; toolComponent: { name: string; index: number } }[];
  properties?: { cell?: number };
}
interface SarifRule {
  id: string;
  helpUri: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  properties: { practice: string };
}
interface SarifRun {
  tool: { driver: { name: string; rules: SarifRule[] } };
  taxonomies: { name: string; taxa: { id: string }[] }[];
  originalUriBaseIds: Record<string, { uri: string }>;
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations?: SarifLocation[] }[] }[];
  results: SarifResult[];
}
interface SarifLog {
  version: string;
  runs: SarifRun[];
}

/**
 * A validator for the official SARIF 2.1.0 schema. The file declares JSON Schema draft-04 (`$schema`
 * draft-04, `id`), which Ajv 8 does not ship; it uses no keyword whose meaning changed after draft-04
 * except `id`, so it is compiled as draft-07 with `id` renamed `$id`. One of its patterns
 * (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is invalid with the `u` flag, hence unicodeRegExp: false.
 * ajv-formats is not installed, so `format` (uri, date-time) is not checked.
 */
function sarifValidator(): ValidateFunction {
  const { $schema: _draft04, id, ...schema } = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as { $schema: string; id: string } & Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
}

function assertValidSarif(validate: ValidateFunction, log: unknown): void {
  const valid = validate(log);
  assert.ok(valid, `SARIF output does not match the 2.1.0 schema:\n${JSON.stringify(validate.errors, null, 2)}`);
}

const describeRun = (result: CliResult) => `exit ${result.status}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;

function expectExit(result: CliResult, code: number): CliResult {
  assert.equal(result.status, code, describeRun(result));
  return result;
}

function parseJson<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch (error) {
    throw new Error(`output is not JSON (${(error as Error).message})\n${describeRun(result)}`);
  }
}

describe('ml-practices CLI (dist/cli.js, spawned)', function () {
  this.timeout(60_000);
  let root: string;
  let validateSarif: ValidateFunction;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`node esbuild.mjs\` (npm run build) first`);
    root = materializeFixtures(FIXTURES);
    // The skipped files must exist, or asserting their absence from reports would prove nothing.
    for (const file of [...SKIPPED, 'project/.gitignore']) assert.ok(existsSync(join(root, file)), `fixture ${file} is missing`);
    validateSarif = sarifValidator();
  });

  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  describe('check --format text', () => {
    it('prints path:line:col: severity [rule] message per finding, notebooks as path:cell N:line:col, then a summary; exit 0', () => {
      const result = expectExit(runCli(['check', 'project'], root), 0);
      assert.equal(result.stderr, '');
      const [findingBlock, readinessBlock, summary] = result.stdout.trimEnd().split('\n\n');
      assert.equal(readinessBlock, 'project/notebooks/nb.ipynb: Restart & Run All: ready');
      const lines = findingBlock.split('\n');
      const findings = lines.map((line) => {
        const match = TEXT_FINDING.exec(line);
        assert.ok(match?.groups, `not a finding line: ${line}`);
        const { file, cell, line: row, column, severity, ruleId, message } = match.groups;
        return { file, cell: cell === undefined ? undefined : Number(cell), line: Number(row), column: Number(column), severity, ruleId, message };
      });
      assert.deepEqual(
        findings.map(({ message: _message, ...rest }) => rest),
        PROJECT_FINDINGS.map(({ name: _name, cell, ...rest }) => ({ ...rest, cell: cell === undefined ? undefined : cell + 1 })),
      );
      findings.forEach((finding, index) => assert.match(finding.message, new RegExp(`\`${PROJECT_FINDINGS[index].name}\``)));
      assert.match(summary, /^4 findings \(0 error, 0 warning, 4 info, 0 hint\) in 2 files\b/);
      assert.match(summary, /1 Python, 1 notebook\b/);
    });

    it('prints paths relative to the working directory, not to the project', () => {
      const result = expectExit(runCli(['check'], join(root, 'project')), 0);
      const prefixes = result.stdout.split('\n\n')[0].split('\n').map((line) => line.split(': ')[0]);
      assert.deepEqual(prefixes, ['notebooks/nb.ipynb:cell 2:4:5', 'src/model.py:4:5', 'src/model.py:13:5', 'src/model.py:34:5']);
    });

    it('skips .gitignore\'d files, `exclude` globs, .venv and .ipynb_checkpoints, which are analysed when named', () => {
      const inProject = parseJson<JsonReport>(expectExit(runCli(['check', '--format', 'json'], join(root, 'project')), 0));
      assert.deepEqual([...new Set(inProject.findings.map((finding) => finding.file))].sort(), ['notebooks/nb.ipynb', 'src/model.py']);
      assert.equal(inProject.summary.files, 2, 'files analysed (with or without findings)');
      const walked = expectExit(runCli(['check', 'project'], root), 0).stdout;
      for (const file of SKIPPED) assert.ok(!walked.includes(file.split('/').pop()!), `${file} should not be analysed:\n${walked}`);
      // Control: the same files do have findings, so their absence above comes from the walk.
      const named = expectExit(runCli(['check', '--format', 'json', ...SKIPPED], root), 0);
      const report = parseJson<JsonReport>(named);
      assert.deepEqual(report.problems, []);
      assert.deepEqual([...new Set(report.findings.map((finding) => finding.file))].sort(), [...SKIPPED].sort());
      // The skipped files are copies of one another, so duplicate-code reports them too once they are named.
      assert.deepEqual([...new Set(report.findings.map((finding) => finding.ruleId))].sort(), ['duplicate-code', 'long-function']);
    });
  });

  describe('check --format json', () => {
    it('reports file, ruleId, practice, severity, 1-based line/column, and the 0-based cell for notebooks', () => {
      const result = expectExit(runCli(['check', 'project', '--format', 'json'], root), 0);
      const report = parseJson<JsonReport>(result);
      assert.deepEqual(
        report.findings.map(({ file, ruleId, practice, severity, line, column, cell }) => ({ file, ruleId, practice, severity, line, column, ...(cell === undefined ? {} : { cell }) })),
        PROJECT_FINDINGS.map(({ name: _name, ...finding }) => ({ file: finding.file, ruleId: finding.ruleId, practice: PRACTICE_OF[finding.ruleId], severity: finding.severity, line: finding.line, column: finding.column, ...(finding.cell === undefined ? {} : { cell: finding.cell }) })),
      );
      for (const finding of report.findings) {
        assert.equal('cell' in finding, finding.file.endsWith('.ipynb'), `${finding.file}: cell only for notebooks`);
        assert.ok(finding.message.length > 0);
      }
      assert.deepEqual(report.problems, []);
      assert.deepEqual(report.summary, { files: 2, error: 0, warning: 0, info: 4, hint: 0, duplicatedLines: 0, totalLines: 50 });
    });

    it('applies severity overrides from the project\'s rules.customizations', () => {
      const result = expectExit(runCli(['check', 'errors', '--format', 'json'], root), 1);
      const report = parseJson<JsonReport>(result);
      assert.deepEqual(
        report.findings.map(({ file, ruleId, severity, line }) => ({ file, ruleId, severity, line })),
        [
          { file: 'errors/pipeline.py', ruleId: 'long-function', severity: 'error', line: 4 },
          { file: 'errors/pipeline.py', ruleId: 'many-parameters', severity: 'info', line: 24 },
        ],
      );
      assert.equal(report.summary.error, 1);
    });
  });

  describe('check --format sarif', () => {
    let log: SarifLog;
    let run: SarifRun;

    before(() => {
      log = parseJson<SarifLog>(expectExit(runCli(['check', 'project', '--format', 'sarif'], root), 0));
      run = log.runs[0];
    });

    it('is valid SARIF 2.1.0 according to the official schema', () => {
      assertValidSarif(validateSarif, log);
      // The validator is not vacuous: it rejects a log with a wrong version and a result without a message.
      assert.equal(validateSarif({ ...log, version: '2.0.0' }), false);
      assert.equal(validateSarif({ ...log, runs: [{ ...run, results: [{ ...run.results[0], message: undefined }] }] }), false);
    });

    it('describes every rule with its practice page (https helpUri) and catalog text', () => {
      assert.equal(log.version, '2.1.0');
      assert.equal(run.tool.driver.name, 'ml-practices');
      // The same rules as `ml-practices rules` lists (more than the three unit-size rules as rules are added).
      const listed = parseJson<{ id: string; practiceId: string }[]>(expectExit(runCli(['rules', '--format', 'json'], root), 0));
      assert.deepEqual(run.tool.driver.rules.map((rule) => rule.id), listed.map((rule) => rule.id));
      for (const id of Object.keys(PRACTICE_OF)) assert.ok(run.tool.driver.rules.some((rule) => rule.id === id), `rule ${id} is missing`);
      for (const rule of run.tool.driver.rules) {
        assert.equal(new URL(rule.helpUri).protocol, 'https:', `${rule.id} helpUri ${rule.helpUri}`);
        assert.ok(rule.shortDescription.text.trim().length > 0, `${rule.id} shortDescription`);
        assert.ok(rule.fullDescription.text.trim().length > 0, `${rule.id} fullDescription`);
        assert.equal(rule.properties.practice, PRACTICE_OF[rule.id] ?? listed.find((entry) => entry.id === rule.id)?.practiceId, `${rule.id} practice`);
      }
    });

    it('carries the SE-ML taxonomy, and each result\'s taxa[0] points at its rule\'s practice', () => {
      const taxonomy = run.taxonomies[0];
      assert.equal(taxonomy.name, 'SE-ML');
      assert.ok(taxonomy.taxa.length > 0);
      for (const practice of Object.values(PRACTICE_OF)) assert.ok(taxonomy.taxa.some((taxon) => taxon.id === practice), `taxon ${practice} is missing`);
      assert.equal(run.results.length, PROJECT_FINDINGS.length);
      for (const result of run.results) {
        assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId, `ruleIndex of ${result.ruleId}`);
        const [taxon] = result.taxa;
        assert.ok(taxon, `${result.ruleId} result has no taxa`);
        assert.equal(run.taxonomies[taxon.toolComponent.index]?.name, 'SE-ML');
        assert.equal(taxonomy.taxa[taxon.index]?.id, PRACTICE_OF[result.ruleId], `${result.ruleId}: taxa[0].index ${taxon.index}`);
        assert.equal(taxon.id, PRACTICE_OF[result.ruleId]);
      }
    });

    it('locates results relative to %SRCROOT% (the working directory); notebook results carry the cell and in-cell lines', () => {
      assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(`${root}/`).href);
      const located = run.results.map((result) => {
        const { artifactLocation, region } = result.locations[0].physicalLocation;
        assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
        const file = fileURLToPath(new URL(artifactLocation.uri, run.originalUriBaseIds['%SRCROOT%'].uri));
        assert.ok(existsSync(file), `${artifactLocation.uri} does not resolve to a file (${file})`);
        return { uri: artifactLocation.uri, ruleId: result.ruleId, line: region.startLine, column: region.startColumn, cell: result.properties?.cell };
      });
      assert.deepEqual(
        located,
        PROJECT_FINDINGS.map((finding) => ({ uri: finding.file, ruleId: finding.ruleId, line: finding.line, column: finding.column, cell: finding.cell })),
      );
      const notebook = run.results.find((result) => result.locations[0].physicalLocation.artifactLocation.uri.endsWith('.ipynb'));
      assert.ok(notebook, 'no notebook result');
      assert.equal(notebook.properties?.cell, 1);
      assert.equal(notebook.locations[0].physicalLocation.region.startLine, 4, 'startLine is counted within the cell, not in the .ipynb JSON');
    });

    it('reports a malformed notebook as a tool execution notification and goes on with the other files', () => {
      const result = expectExit(runCli(['check', 'broken', '--format', 'sarif'], root), 1);
      assert.doesNotMatch(result.stderr, /internal error/);
      const broken = parseJson<SarifLog>(result);
      assertValidSarif(validateSarif, broken);
      const [brokenRun] = broken.runs;
      const notifications = brokenRun.invocations[0].toolExecutionNotifications;
      const notification = notifications.find((candidate) => candidate.locations?.[0].physicalLocation.artifactLocation.uri === 'broken/broken.ipynb');
      assert.ok(notification, `no notification for broken/broken.ipynb: ${JSON.stringify(notifications, null, 2)}`);
      assert.match(notification.message.text, /could not be read: invalid JSON/);
      assert.equal(notification.level, 'error');
      assert.deepEqual(
        brokenRun.results.map((candidate) => [candidate.locations[0].physicalLocation.artifactLocation.uri, candidate.ruleId]),
        [['broken/ok.py', 'many-parameters']],
      );
    });
  });

  describe('exit codes and options', () => {
    it('exits 1 when a finding is at error severity', () => {
      const result = expectExit(runCli(['check', 'errors'], root), 1);
      assert.match(result.stdout, /^errors\/pipeline\.py:4:5: error \[long-function\] /m);
      assert.match(result.stdout, /^errors\/pipeline\.py:24:5: info \[many-parameters\] /m);
    });

    it('takes settings from --config instead of the project (a non-pyproject file has them at the top level)', () => {
      const fromErrors = expectExit(runCli(['check', 'project/src', '--config', 'errors/pyproject.toml'], root), 1);
      assert.match(fromErrors.stdout, /^project\/src\/model\.py:13:5: error \[long-function\] /m);
      assert.match(fromErrors.stdout, /^project\/src\/model\.py:34:5: info \[complex-function\] /m);
      const strict = expectExit(runCli(['check', 'project/src', '--config', 'configs/strict.toml', '--format', 'json'], root), 1);
      assert.deepEqual(
        parseJson<JsonReport>(strict).findings.map(({ ruleId, severity }) => `${ruleId} ${severity}`),
        ['many-parameters info', 'long-function error', 'complex-function error'],
      );
    });

    it('exits 1 when a file cannot be analysed, even if no finding is an error (CI must not pass unchecked code)', () => {
      expectExit(runCli(['check', 'broken', 'encoding'], root), 1);
      expectExit(runCli(['check', 'encoding/latin1.py'], root), 0);
    });

    it('exits 2 for an unknown --format', () => {
      const result = expectExit(runCli(['check', 'project', '--format', 'xml'], root), 2);
      assert.match(result.stderr, /--format must be one of text, json, sarif, got "xml"/);
      assert.equal(result.stdout, '');
    });

    it('exits 2 for an unknown option', () => {
      const result = expectExit(runCli(['check', 'project', '--colour'], root), 2);
      assert.match(result.stderr, /--colour/);
      assert.match(result.stderr, /Usage:/);
      assert.equal(result.stdout, '');
    });

    it('exits 2 for a path that does not exist, even next to one that does', () => {
      for (const args of [['check', 'no-such-dir'], ['check', 'project', 'no-such-dir']]) {
        const result = expectExit(runCli(args, root), 2);
        assert.match(result.stderr, /no such file or directory: no-such-dir/);
        assert.equal(result.stdout, '');
      }
    });

    it('exits 2 for a pyproject.toml that is not valid TOML, naming the file', () => {
      const result = expectExit(runCli(['check', 'bad-config'], root), 2);
      assert.match(result.stderr, /configuration error: .*bad-config[\\/]pyproject\.toml: invalid TOML \(line 3/);
      assert.equal(result.stdout, '');
    });

    it('exits 2 for invalid setting values, naming the key and the value', () => {
      const result = expectExit(runCli(['check', 'bad-values'], root), 2);
      assert.match(result.stderr, /configuration error: .*"run" must be "onType" or "onSave", got "sometimes"/);
      assert.equal(result.stdout, '');
      // The same file given with --config is rejected the same way.
      const viaConfig = expectExit(runCli(['check', 'project', '--config', 'bad-values/pyproject.toml'], root), 2);
      assert.match(viaConfig.stderr, /"run"/);
    });

    it('exits 2 when the --config file cannot be read', () => {
      const result = expectExit(runCli(['check', 'project', '--config', 'no-such.toml'], root), 2);
      assert.match(result.stderr, /no-such\.toml: cannot be read \(ENOENT\)/);
    });

    it('--output writes the report to the file instead of stdout, keeping the exit code', () => {
      const stdoutReport = parseJson<JsonReport>(expectExit(runCli(['check', 'errors', '--format', 'json'], root), 1));
      const output = join(root, 'report.json');
      const result = expectExit(runCli(['check', 'errors', '--format', 'json', '--output', output], root), 1);
      assert.equal(result.stdout, '');
      assert.ok(existsSync(output), `${output} was not written`);
      assert.deepEqual(JSON.parse(readFileSync(output, 'utf8')), stdoutReport);

      const sarifFile = join(root, 'project.sarif');
      expectExit(runCli(['check', 'project', '-f', 'sarif', '-o', sarifFile], root), 0);
      assertValidSarif(validateSarif, JSON.parse(readFileSync(sarifFile, 'utf8')));
    });
  });

  describe('rules', () => {
    it('--format json lists the three unit-size rules with their practice ids', () => {
      const result = expectExit(runCli(['rules', '--format', 'json'], root), 0);
      const rules = parseJson<{ id: string; practiceId: string; practice: string; defaultSeverity: string; description: string }[]>(result);
      // Other rules (the notebook-state ones) are listed too; the three unit-size rules must be among them.
      assert.deepEqual(
        Object.keys(PRACTICE_OF).map((id) => rules.find((rule) => rule.id === id)).map((rule) => rule && { id: rule.id, practiceId: rule.practiceId, defaultSeverity: rule.defaultSeverity }),
        Object.entries(PRACTICE_OF).map(([id, practiceId]) => ({ id, practiceId, defaultSeverity: 'info' })),
      );
      assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length, 'rule ids are unique');
      for (const rule of rules) {
        assert.ok(rule.practiceId && rule.practice && rule.description, `${rule.id} has a practice id, practice title and description`);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity), `${rule.id} default severity ${rule.defaultSeverity}`);
      }
    });

    it('text format lists each rule with its default severity; other formats are usage errors', () => {
      const result = expectExit(runCli(['rules'], root), 0);
      for (const id of Object.keys(PRACTICE_OF)) assert.match(result.stdout, new RegExp(`^${id} +info +\\S`, 'm'));
      const sarif = expectExit(runCli(['rules', '--format', 'sarif'], root), 2);
      assert.match(sarif.stderr, /--format must be one of text, json, got "sarif"/);
    });
  });

  describe('source encodings', () => {
    it('reports a file that is not UTF-8 and has no coding comment as not decodable, and does not analyse it', () => {
      const text = expectExit(runCli(['check', 'encoding'], root), 1);
      assert.match(
        text.stdout,
        /^encoding\/undecodable\.py:1:1: error ml-practices: this file cannot be decoded: it is not valid UTF-8 and declares no encoding .*; it was not analysed\.$/m,
      );
      assert.match(text.stdout, /; 1 file could not be analysed; 0 of 7 lines duplicated \(0\.0%\)\.$/m);
      const report = parseJson<JsonReport>(expectExit(runCli(['check', 'encoding', '--format', 'json'], root), 1));
      assert.deepEqual(
        report.problems.map(({ file, severity, line, column }) => ({ file, severity, line, column })),
        [{ file: 'encoding/undecodable.py', severity: 'error', line: 1, column: 1 }],
      );
      assert.match(report.problems[0].message, /not valid UTF-8 and declares no encoding/);
      assert.ok(!report.findings.some((finding) => finding.file === 'encoding/undecodable.py'), 'an undecodable file has no findings');
    });

    it('analyses a Latin-1 file with a `# -*- coding: latin-1 -*-` comment normally', () => {
      const report = parseJson<JsonReport>(expectExit(runCli(['check', 'encoding/latin1.py', '--format', 'json'], root), 0));
      assert.deepEqual(report.problems, []);
      assert.deepEqual(
        report.findings.map(({ file, ruleId, line, column, message }) => ({ file, ruleId, line, column, name: /`([^`]+)`/.exec(message)?.[1] })),
        // é is byte 0xE9 in the file: the name comes out right only if it was decoded as Latin-1.
        [{ file: 'encoding/latin1.py', ruleId: 'many-parameters', line: 5, column: 5, name: 'café' }],
      );
    });
  });
  describe('paths beyond the project root (regressions)', () => {
    const FIVE = 'def f(a, b, c, d, e):\n    return a\n';
    let scratch: string;
    const put = (relativePath: string, text: string) => {
      mkdirSync(join(scratch, relativePath, '..'), { recursive: true });
      writeFileSync(join(scratch, relativePath), text);
    };

    before(() => {
      scratch = realpathSync(mkdtempSync(join(tmpdir(), 'ml-practices-paths-')));
      put('a/run #1.py', FIVE);
      put('proj/pyproject.toml', '[tool.ml-practices]\nexclude = []\n');
      put('proj/ok.py', 'x = 1\n');
      put('side/.venv/lib/x.py', FIVE);
      put('side/kept.py', FIVE);
      put('repo/.git/HEAD', 'ref: refs/heads/main\n');
      put('repo/.gitignore', 'build/\n');
      put('repo/build/gen.py', FIVE);
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('escapes # and spaces in SARIF artifact URIs', () => {
      const log = parseJson<SarifLog>(runCli(['check', 'a', '--format', 'sarif'], scratch));
      assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'a/run%20%231.py');
    });

    it('applies default excludes to paths outside the project root', () => {
      const result = runCli(['check', 'proj', 'side'], scratch);
      assert.match(result.stdout, /^side\/kept\.py:1:5:/m);
      assert.doesNotMatch(result.stdout, /\.venv/);
    });

    it('honours a .gitignore above the walked folder, but checks a folder it ignores when that folder is named', () => {
      put('repo/src/build/gen.py', FIVE);
      put('repo/src/ok.py', 'x = 1\n');
      // build/ is ignored below repo/ (walking repo/src applies repo/.gitignore) …
      assert.doesNotMatch(runCli(['check', 'repo/src'], scratch).stdout, /gen\.py/);
      // … but a folder named on the command line is checked, with a note on stderr.
      const named = runCli(['check', 'repo/build'], scratch);
      assert.match(named.stdout, /gen\.py:1:5/);
      assert.match(named.stderr, /repo\/build is ignored by a \.gitignore above it; it was checked because it was named/);
      assert.match(runCli(['check', 'repo/build/gen.py'], scratch).stdout, /gen\.py:1:5/, 'a file named explicitly is analysed too');
    });

    it('carries the "Add sanity checks" fix of an unchecked load as a SARIF fix', () => {
      put('loads/prepare.py', 'import pandas as pd\n\n\ndef prepare(path):\n    df = pd.read_csv(path)\n    return df["age"]\n');
      const log = parseJson<SarifLog>(runCli(['check', 'loads', '--format', 'sarif'], scratch));
      assertValidSarif(validateSarif, log);
      const result = log.runs[0].results.find((candidate) => candidate.ruleId === 'unchecked-data-load') as unknown as {
        fixes: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: { startLine: number; startColumn: number }; insertedContent: { text: string } }[] }[] }[];
      };
      const [fix] = result.fixes;
      assert.equal(fix.description.text, "Add sanity checks for 'df'");
      assert.equal(fix.artifactChanges[0].artifactLocation.uri, 'loads/prepare.py');
      assert.deepEqual(fix.artifactChanges[0].replacements[0].deletedRegion, { startLine: 5, startColumn: 27, endLine: 5, endColumn: 27 });
      assert.match(fix.artifactChanges[0].replacements[0].insertedContent.text, /^\n    assert len\(df\) > 0, "df: no rows"\n    assert \{"age"\} <= set\(df\.columns\)/);
    });

    it('exits 2 with a message when --output cannot be written', () => {
      const result = expectExit(runCli(['check', 'a', '--output', 'missing-dir/report.txt'], scratch), 2);
      assert.match(result.stderr, /cannot write --output missing-dir\/report\.txt: ENOENT/);
    });
  });

  describe('assess', () => {
    let project: string;
    before(() => {
      project = materializeFixtures(join(__dirname, '..', 'fixtures', 'assess-unit'));
    });
    after(() => rmSync(project, { recursive: true, force: true }));

    it('prints the Markdown assessment by default, with survey figures labelled approximate; exit 0', () => {
      const result = expectExit(runCli(['assess', project], root), 0);
      assert.match(result.stdout, /^# ML practices self-assessment: /);
      assert.match(result.stdout, /\*\*Overall: \d+%\*\*/);
      assert.match(result.stdout, /approximate \(about ±1 point\)/);
      assert.match(result.stdout, /^## Refactoring candidates/m);
    });

    it('prints JSON with every practice, and SARIF valid against the 2.1.0 schema with one result per practice', () => {
      const report = parseJson<{ practices: { id: string; status: string }[] }>(expectExit(runCli(['assess', project, '--format', 'json'], root), 0));
      assert.equal(report.practices.length, 56);
      const log = parseJson<SarifLog>(expectExit(runCli(['assess', project, '--format', 'sarif'], root), 0));
      assertValidSarif(validateSarif, log);
      const results = log.runs[0].results as unknown as { ruleId: string; kind: string; level: string }[];
      assert.equal(results.length, 56);
      const kinds = new Map(report.practices.map((practice) => [practice.id, practice.status]));
      for (const result of results) {
        const expected = { adopted: ['pass', 'none'], partly: ['fail', 'note'], 'not-adopted': ['fail', 'warning'], unknown: ['review', 'none'] }[kinds.get(result.ruleId)!];
        assert.deepEqual([result.kind, result.level], expected, result.ruleId);
      }
    });

    it('records a run with --record only, and the next run shows the trend', () => {
      expectExit(runCli(['assess', project, '--format', 'json'], root), 0);
      assert.equal(existsSync(join(project, '.ml-practices', 'history.json')), false, 'assess must not write without --record');
      // The exported report inside the project must not count as evidence of anything.
      expectExit(runCli(['assess', project, '--record', '--output', join(project, 'assessment.md')], root), 0);
      const history = JSON.parse(readFileSync(join(project, '.ml-practices', 'history.json'), 'utf8')) as { runs: unknown[] };
      assert.equal(history.runs.length, 1);
      const second = parseJson<{ trend: { changes: unknown[] } | null }>(expectExit(runCli(['assess', project, '--format', 'json'], root), 0));
      assert.deepEqual(second.trend?.changes, []);
    });

    it('rejects a bad format, several folders or a missing folder with exit 2', () => {
      assert.match(expectExit(runCli(['assess', project, '--format', 'html'], root), 2).stderr, /--format must be one of markdown, json, sarif/);
      assert.match(expectExit(runCli(['assess', project, project], root), 2).stderr, /assess takes one folder/);
      assert.match(expectExit(runCli(['assess', join(project, 'nope')], root), 2).stderr, /no such folder/);
    });
  });
});

// The command-line interface: the same engine as the language server, for CI.
//   ml-practices check [PATHS…] [--format text|json|sarif] [--config FILE] [--output FILE]
//   ml-practices rules [--format text|json]
// Exit codes: 0 no error-level finding, 1 an error-level finding or an unanalysable file, 2 usage or configuration error.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { assessWorkspace } from './assessment/assess';
import { formatAssessmentMarkdown } from './assessment/markdown';
import { formatAssessmentSarif } from './assessment/sarif';
import { HISTORY_FILE, historyText, readHistory } from './assessment/store';
import { getPractice } from './catalog/catalog';
import { RULES } from './checks';
import { findProjectConfig, readConfigFile, type ProjectConfig } from './config/pyproject';
import { mergeSettings } from './config/settings';
import { initParser } from './parsing/parser';
import { formatJson } from './reporting/json';
import type { FileReport, RunReport } from './reporting/report';
import { formatSarif } from './reporting/sarif';
import { formatText } from './reporting/text';
import { checkFilesInParallel } from './workspace/check';
import { findFiles } from './workspace/files';

declare const ML_PRACTICES_VERSION: string | undefined;
const VERSION = typeof ML_PRACTICES_VERSION === 'string' ? ML_PRACTICES_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  ml-practices check [PATHS…] [--format text|json|sarif] [--config FILE] [--output FILE]
      Analyse .py and .ipynb files (default: the current directory). Respects .gitignore and the
      "exclude" globs of [tool.ml-practices] in pyproject.toml (or the --config file).
      Exit code: 0 no error-level finding, 1 an error-level finding or a file that could not be
      analysed (malformed notebook, undecodable), 2 usage or configuration error.
  ml-practices assess [PATH] [--format markdown|json|sarif] [--config FILE] [--output FILE] [--record] [--cache-dir DIR]
      Self-assessment of the project at PATH (default: the current directory): for each practice of
      the catalog, adopted / partly / not adopted / unknown, with the evidence, beside the SE-ML
      survey. Reads the team's answers from PATH/.ml-practices/assessment.json. --record appends this
      run to PATH/.ml-practices/history.json (the trend). --cache-dir keeps what each file showed in
      DIR, so the next run analyses only the files that changed. Exit code 0, or 2 on a usage error.
  ml-practices rules [--format text|json]
      List the rules with their practice and default severity.
  ml-practices --version | --help`;

class UsageError extends Error {}

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(value: string | undefined, allowed: readonly string[]): Format {
  const format = value ?? 'text';
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${format}"`);
  return format as Format;
}

function startDirectory(path: string): string {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return process.cwd();
  }
}

async function check(paths: string[], options: { format?: string; config?: string; output?: string }): Promise<number> {
  const format = parseFormat(options.format, FORMATS);
  const targets = paths.length > 0 ? paths : ['.'];
  // Without --config, the project is the one around the first path (so `check examples` uses examples/pyproject.toml).
  const project: ProjectConfig = options.config ? readConfigFile(options.config) : findProjectConfig(startDirectory(targets[0]));
  if (project.problems.length > 0) {
    for (const problem of project.problems) process.stderr.write(`ml-practices: configuration error: ${problem}\n`);
    return 2;
  }
  const settings = mergeSettings(project.settings);
  // Exclude globs are relative to the project root; printed paths are relative to where the user is.
  const root = process.cwd();
  const walk = findFiles(targets, { root: project.root, exclude: settings.exclude });
  if (walk.missing.length > 0) {
    for (const path of walk.missing) process.stderr.write(`ml-practices: no such file or directory: ${path}\n`);
    return 2;
  }
  await initParser();
  const checked = await checkFilesInParallel(walk.files, settings);
  const files: FileReport[] = checked.files.map(({ path, kind, findings, problems }) => ({ path, displayPath: relative(root, path).split(sep).join('/'), kind, findings, problems }));
  for (const notice of walk.notices) process.stderr.write(`ml-practices: note: ${notice}\n`);
  const report: RunReport = { root: resolve(root), files, notices: walk.notices, duplication: { duplicatedLines: checked.duplicatedLines, totalLines: checked.totalLines } };
  const output = format === 'sarif' ? formatSarif(report, VERSION) : format === 'json' ? formatJson(report, VERSION) : formatText(report);
  if (writeOutput(output, options.output) !== 0) return 2;
  // A file that could not be analysed (malformed notebook, undecodable) fails like an error finding:
  // CI must not pass while code goes unchecked.
  const hasError = files.some((file) => file.findings.some((finding) => finding.severity === 'error') || file.problems.some((problem) => problem.severity === 'error'));
  return hasError ? 1 : 0;
}

async function assess(paths: string[], options: { format?: string; config?: string; output?: string; record?: boolean; 'cache-dir'?: string }): Promise<number> {
  const format = options.format ?? 'markdown';
  if (!['markdown', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be one of markdown, json, sarif, got "${format}"`);
  if (paths.length > 1) throw new UsageError('assess takes one folder');
  const root = resolve(paths[0] ?? '.');
  try {
    if (!statSync(root).isDirectory()) throw new UsageError(`${paths[0]} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    process.stderr.write(`ml-practices: no such folder: ${paths[0]}\n`);
    return 2;
  }
  const project: ProjectConfig = options.config ? readConfigFile(options.config) : findProjectConfig(root);
  if (project.problems.length > 0) {
    for (const problem of project.problems) process.stderr.write(`ml-practices: configuration error: ${problem}\n`);
    return 2;
  }
  await initParser();
  const cacheDirectory = options['cache-dir'] === undefined ? undefined : resolve(options['cache-dir']);
  const log = (message: string) => process.stderr.write(`ml-practices: note: ${message}\n`);
  const report = await assessWorkspace({ root, settings: mergeSettings(project.settings), version: VERSION, cacheDirectory, log });
  const output = format === 'json' ? JSON.stringify(report, null, 2) : format === 'sarif' ? formatAssessmentSarif(report) : formatAssessmentMarkdown(report);
  for (const notice of report.notices) process.stderr.write(`ml-practices: note: ${notice}\n`);
  if (options.record) {
    const historyPath = join(root, HISTORY_FILE);
    try {
      mkdirSync(dirname(historyPath), { recursive: true });
      writeFileSync(historyPath, historyText(readHistory(root, []), report.historyEntry));
    } catch (error) {
      process.stderr.write(`ml-practices: cannot write ${historyPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
  }
  return writeOutput(output, options.output);
}

function writeOutput(output: string, file: string | undefined): number {
  if (!file) {
    process.stdout.write(`${output}\n`);
    return 0;
  }
  try {
    writeFileSync(file, `${output}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`ml-practices: cannot write --output ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
}

function listRules(options: { format?: string }): number {
  const format = parseFormat(options.format, ['text', 'json']);
  const rows = RULES.map((rule) => ({ id: rule.meta.id, practice: getPractice(rule.meta.practice).title, practiceId: rule.meta.practice, defaultSeverity: rule.meta.defaultSeverity, description: rule.meta.description }));
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const row of rows) process.stdout.write(`${row.id.padEnd(20)} ${row.defaultSeverity.padEnd(8)} ${row.practice}\n    ${row.description}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        record: { type: 'boolean' },
        'cache-dir': { type: 'string' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === 'check') return await check(rest, values);
    if (command === 'rules') return listRules(values);
    if (command === 'assess') return await assess(rest, values);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ml-practices: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

/** Runs the CLI as a process: sets the exit code, reports crashes as internal errors (exit 3). */
export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ml-practices: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}

if (require.main === module) run(process.argv.slice(2));

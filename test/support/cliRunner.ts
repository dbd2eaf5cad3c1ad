// Runs the real bundled CLI (`node dist/cli.js …`) as a child process, and prepares fixture trees for it.
// No mocks: every call is a separate process with an explicit working directory.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, realpathSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

export interface CliResult {
  /** Exit code of the process. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd` and waits for it (killed after 15 s, which fails the test). */
export function runCli(args: readonly string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 15_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  if (result.signal) throw new Error(`ml-practices ${args.join(' ')} was killed by ${result.signal}\nstderr:\n${result.stderr}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Copies a fixture tree into a new temporary directory (its real path, so it compares equal to what the
 * child's process.cwd() reports) and renames every `dot.NAME` entry to `.NAME`. Fixtures store dot-files
 * and dot-directories (`.gitignore`, `.venv`, `.ipynb_checkpoints`) under those other names because git
 * would otherwise leave out what a fixture's own .gitignore ignores (or a global ignore of `.venv`), and a
 * test asserting that an ignored file is skipped would then pass without the file existing.
 */
export function materializeFixtures(source: string): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'ml-practices-cli-')));
  cpSync(source, root, { recursive: true });
  const undot = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      let path = join(directory, entry.name);
      if (entry.name.startsWith('dot.')) {
        const target = join(directory, entry.name.slice('dot'.length));
        renameSync(path, target);
        path = target;
      }
      if (entry.isDirectory()) undot(path);
    }
  };
  undot(root);
  return root;
}

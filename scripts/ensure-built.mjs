// Shared by `npm start` and `npm test`: installs dependencies when node_modules is missing or older than
// package-lock.json, and rebuilds dist/ when any source, catalog or build file is newer than the bundles.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function newestIn(directory) {
  if (!existsSync(directory)) return 0;
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : mtime(path));
  }
  return newest;
}

export function ensureInstalled() {
  if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
    console.log('> npm ci (dependencies missing or out of date)');
    execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  }
}

export function ensureBuilt() {
  const built = Math.min(mtime('dist/server.js'), mtime('dist/cli.js'), mtime('dist/client.js'));
  const sources = Math.max(newestIn('server/src'), newestIn('client/src'), newestIn('catalog'), mtime('esbuild.mjs'), mtime('package.json'));
  if (built < sources) {
    console.log('> npm run build');
    execSync('node esbuild.mjs', { stdio: 'inherit' });
  }
}

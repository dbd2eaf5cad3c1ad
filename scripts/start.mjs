// `npm start`: install and build when needed, then run the CLI on the bundled example project: the
// findings (`check`), then the workspace self-assessment (`assess`).
import { execFileSync } from 'node:child_process';
import { ensureBuilt, ensureInstalled } from './ensure-built.mjs';

ensureInstalled();
ensureBuilt();
console.log('\n> ml-practices check examples\n');
try {
  execFileSync(process.execPath, ['dist/cli.js', 'check', 'examples'], { stdio: 'inherit' });
} catch (error) {
  // Exit code 1 means error-level findings: a result, not a failure of `npm start`.
  if (error.status !== 1) process.exit(error.status ?? 1);
}
console.log('\n> ml-practices assess examples\n');
try {
  execFileSync(process.execPath, ['dist/cli.js', 'assess', 'examples'], { stdio: 'inherit' });
} catch (error) {
  process.exit(error.status ?? 1);
}

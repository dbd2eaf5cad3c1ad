// `npm test`: the whole suite: type check, build, unit tests, protocol tests (real server over stdio),
// end-to-end tests (Neovim, VS Code extension host, UI smoke in code-server). Ends with one summary line.
import { spawn } from 'node:child_process';
import { ensureBuilt, ensureInstalled } from './ensure-built.mjs';

ensureInstalled();
ensureBuilt();

const steps = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '-p', '.', '--noEmit'] },
  { name: 'typecheck-e2e', command: 'npx', args: ['tsc', '-p', 'test/e2e', '--noEmit'] },
  { name: 'unit', command: 'npx', args: ['mocha'] },
  { name: 'protocol', command: 'npx', args: ['mocha', '--config', 'test/protocol/.mocharc.json'] },
  { name: 'e2e', command: 'node', args: ['test/e2e/run.mjs'] },
];
const only = process.argv.slice(2);

function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Counts from mocha's "N passing / N failing / N pending" or our runners' "N passed, N failed". */
function counts(output) {
  const number = (pattern) => Number(pattern.exec(output)?.[1] ?? 0);
  const mochaPassed = number(/^\s*(\d+) passing/m);
  const plain = /^\s*(?:\w+:\s*)?(\d+) passed, (\d+) failed/m.exec(output);
  return {
    passed: mochaPassed + (plain ? Number(plain[1]) : 0),
    failed: number(/^\s*(\d+) failing/m) + (plain ? Number(plain[2]) : 0),
    pending: number(/^\s*(\d+) pending/m),
  };
}

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps.filter((candidate) => only.length === 0 || only.includes(candidate.name))) {
  console.log(`\n=== ${step.name} ===`);
  const { code, output } = await run(step);
  const counted = counts(output);
  passed += counted.passed;
  failed += counted.failed;
  // A pending (skipped) test is a defect here, and a failing step that counted no failed test is one failure.
  if (counted.pending > 0) failed += counted.pending;
  if (code !== 0 || counted.pending > 0) {
    failedSteps.push(step.name);
    if (counted.failed === 0 && counted.pending === 0) failed += 1;
  }
}
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);

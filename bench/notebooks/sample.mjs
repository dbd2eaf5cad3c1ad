#!/usr/bin/env node
// Draws the fixed-seed sample of notebook-rule findings for the hand check (hand-check.md) from the last
// run's report, and prints each with what a reviewer needs to judge it: the flagged cell and its
// neighbours with their execution counts, and for name rules every cell that binds or mentions the name.
//
//   node bench/notebooks/sample.mjs [--per-rule 12] [--seed 7] [--context 2] [--only RULE] [--index N] [--list]
// --list prints one tab-separated line per sampled finding (index, rule, path, cell, line:column, name).
// --report FILE samples from another report.json than the last run's (default bench/.cache/notebooks/report.json).
import { mulberry32 } from '../sampling.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const here = dirname(new URL(import.meta.url).pathname);
const repo = join(here, '..', '..');
const corpusDir = join(repo, 'bench', 'corpus', 'notebooks');
const { values: options } = parseArgs({
  options: {
    'per-rule': { type: 'string', default: '12' },
    seed: { type: 'string', default: '7' },
    context: { type: 'string', default: '2' },
    only: { type: 'string' },
    index: { type: 'string' },
    list: { type: 'boolean', default: false },
    report: { type: 'string', default: join(repo, 'bench', '.cache', 'notebooks', 'report.json') },
  },
});
const RULES = ['notebook-out-of-order', 'notebook-unexecuted-cell', 'notebook-use-before-define', 'notebook-hidden-state', 'notebook-state-wrangling'];


const report = JSON.parse(readFileSync(options.report, 'utf8'));
const key = (finding) => `${finding.file}\u0000${String(finding.cell).padStart(5, '0')}\u0000${String(finding.line).padStart(6, '0')}\u0000${String(finding.column).padStart(4, '0')}`;
const sample = [];
for (const rule of RULES) {
  const random = mulberry32(Number(options.seed));
  const pool = report.findings.filter((finding) => finding.ruleId === rule).sort((a, b) => key(a).localeCompare(key(b)));
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other], pool[index]];
  }
  sample.push(...pool.slice(0, Number(options['per-rule'])).map((finding) => ({ ...finding, of: pool.length })));
}

const notebookCells = (file) => {
  const document = JSON.parse(readFileSync(join(corpusDir, file.replace(/^corpus\//, '')), 'utf8'));
  const cells = document.nbformat < 4 ? document.worksheets?.[0]?.cells ?? [] : document.cells;
  return cells.map((cell) => ({
    type: cell.cell_type,
    source: [].concat(document.nbformat < 4 && cell.cell_type === 'code' ? cell.input : cell.source).join(''),
    count: document.nbformat < 4 ? cell.prompt_number : cell.execution_count,
  }));
};
const show = (cells, index, marker = '') => {
  const cell = cells[index];
  const header = `--- cell ${index} (${cell.type}${cell.type === 'code' ? `, [${cell.count ?? ' '}]` : ''})${marker}`;
  const body = cell.source.split('\n').map((line, number) => `${String(number + 1).padStart(4)}| ${line}`).join('\n');
  return `${header}\n${cell.type === 'code' ? body : body.split('\n').slice(0, 3).join('\n')}`;
};

const context = Number(options.context);
sample.forEach((finding, number) => {
  if (options.only && finding.ruleId !== options.only) return;
  if (options.index !== undefined && Number(options.index) !== number) return;
  const path = finding.file.replace(/^corpus\//, '');
  if (options.list) {
    const subject = /`([^`]+)`/.exec(finding.message)?.[1] ?? '';
    process.stdout.write(`${number}\t${finding.ruleId}\t${path}\t${finding.cell}\t${finding.line}:${finding.column}\t${subject}\n`);
    return;
  }
  process.stdout.write(`\n########## #${number} ${finding.ruleId} (1 of ${finding.of}) ${path} cell ${finding.cell} line ${finding.line}:${finding.column}\n${finding.message}\n`);
  for (const related of finding.related ?? []) process.stdout.write(`  related: cell ${related.cell} line ${related.line}: ${related.message}\n`);
  const cells = notebookCells(finding.file);
  const name = /`([A-Za-z_]\w*)`/.exec(finding.message)?.[1];
  const shown = new Set();
  for (let index = Math.max(0, finding.cell - context); index <= Math.min(cells.length - 1, finding.cell + context); index++) shown.add(index);
  if (finding.ruleId === 'notebook-out-of-order' || finding.ruleId === 'notebook-unexecuted-cell') {
    process.stdout.write(`execution counts of code cells: ${cells.map((cell, index) => (cell.type === 'code' ? `${index}:${cell.count ?? '-'}` : null)).filter(Boolean).join(' ')}\n`);
    for (const related of finding.related ?? []) shown.add(related.cell);
  }
  if (name && ['notebook-use-before-define', 'notebook-hidden-state', 'notebook-state-wrangling'].includes(finding.ruleId)) {
    const mentions = cells.map((cell, index) => (new RegExp(`\\b${name}\\b`).test(cell.source) ? index : -1)).filter((index) => index >= 0);
    process.stdout.write(`cells mentioning \`${name}\`: ${mentions.join(', ') || 'none'}\n`);
    for (const index of mentions.slice(0, 4)) shown.add(index);
  }
  for (const index of [...shown].sort((a, b) => a - b)) process.stdout.write(`${show(cells, index, index === finding.cell ? '   <== FLAGGED' : '')}\n`);
});

// Self time per function from a V8 .cpuprofile (written by `node --cpu-prof`): where the CLI spends its time.
//
//   node bench/duplication/profile.mjs PROFILE.cpuprofile [--top 25]
//   import { topSelfTime } from './profile.mjs'
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Sums each node's samples × interval by function (name + script + line), so a function called from many
 * places counts once. Returns { totalMs, rows: [{ name, where, selfMs, share }] } sorted by self time.
 */
export function topSelfTime(profilePath, top = 25) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  // Sample i lasted timeDeltas[i + 1] (V8 records the delta before each sample); the last uses the average.
  const deltas = profile.timeDeltas ?? [];
  const average = deltas.length > 0 ? (profile.endTime - profile.startTime) / deltas.length : 0;
  profile.samples.forEach((id, index) => {
    const duration = index + 1 < deltas.length ? deltas[index + 1] : average;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(0, duration));
  });
  const byFunction = new Map();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += micros;
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const row = byFunction.get(key) ?? { name, where, micros: 0 };
    row.micros += micros;
    byFunction.set(key, row);
  }
  // Inclusive time of the phases: a sample counts for every listed function on its stack (once each).
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map(PHASES.map((name) => [name, 0]));
  for (const [id, micros] of selfMicros) {
    const seen = new Set();
    for (let current = id; current !== undefined; current = parentOf.get(current)) {
      const name = byId.get(current)?.callFrame.functionName;
      if (name && inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name) + micros);
      }
    }
  }
  const phases = PHASES.map((name) => ({ name, totalMs: inclusive.get(name) / 1000, share: total > 0 ? inclusive.get(name) / total : 0 })).filter((phase) => phase.totalMs > 0);
  const rows = [...byFunction.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, top)
    .map((row) => ({ name: row.name, where: row.where, selfMs: row.micros / 1000, share: total > 0 ? row.micros / total : 0 }));
  return { totalMs: total / 1000, rows, phases };
}

/** Functions of the CLI whose inclusive time says which phase the time goes to. */
const PHASES = ['checkFiles', 'readSnapshot', 'analyze', 'parse', 'collectDirectives', 'cloneTokens', 'duplicateFindings', 'findClones', 'isRepetitive', 'linesOf', 'formatJson', '(garbage collector)'];

export function formatProfile({ totalMs, rows, phases }) {
  const lines = [`sampled ${(totalMs / 1000).toFixed(1)} s; inclusive time of the main phases (nested, so they overlap):`];
  for (const phase of phases) lines.push(`${(phase.totalMs / 1000).toFixed(2).padStart(8)} ${`${(phase.share * 100).toFixed(1)}%`.padStart(6)}  ${phase.name}`);
  lines.push(`top ${rows.length} functions by self time:`);
  lines.push(`${'self s'.padStart(8)} ${'share'.padStart(6)}  function (bundle line)`);
  for (const row of rows) lines.push(`${(row.selfMs / 1000).toFixed(2).padStart(8)} ${`${(row.share * 100).toFixed(1)}%`.padStart(6)}  ${row.name}${row.where ? ` (${row.where})` : ''}`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (positionals.length !== 1) {
    console.error('usage: node bench/duplication/profile.mjs PROFILE.cpuprofile [--top 25]');
    process.exit(2);
  }
  console.log(formatProfile(topSelfTime(positionals[0], Number(values.top))));
}

// Clone pairs out of the three tools' reports, in one shape, and the matching between two tools' pairs.
//
// A pair is two fragments { file, start, end } (file: path relative to the scanned tree, lines 1-based and
// inclusive), stored with the smaller (file, start) first so that A–B and B–A are the same pair.
//
//   ours   node dist/cli.js check … --format json: each duplicate-code finding is one copy of a block and its
//          `related` entries are every other copy. Since 2026-11-26 the JSON format names a related location's
//          `file`; each copy lists the copies it matched, and the two copies of a pair each report the other
//          with lines that can differ at the edges (each side is matched from its own start), so pairs that
//          join the same two files and overlap by ≥ 50% on both sides count once (`mergeOverlapping`).
//          Reports without `file` (older CLIs): the file is recovered from the other copy's own
//          finding: the one with the same lines that names this copy back, in the file the message names
//          ("…also stands in 2 other places: this file, lines 3–9; utils.py, lines 40–46."; the message names
//          at most 5 copies and `related` holds at most 20, so pairs among the 22nd and later copies of a
//          block are not seen). Every copy of a group is paired with every other copy it lists: a group of
//          n ≤ 21 copies gives n(n-1)/2 pairs.
//   jscpd  jscpd-report.json `duplicates[]`: firstFile / secondFile with start / end lines; one pair each.
//   pylint R0801 messages "Similar lines in N files\n==module:[start:end]\n…" (start 0-based, end exclusive);
//          module names are mapped back to files the way pylint derives them (packages = folders with
//          __init__.py); every file of a message is paired with every other.
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

const toPosix = (path) => path.split(sep).join('/');

export function makePair(a, b) {
  const first = a.file < b.file || (a.file === b.file && a.start <= b.start) ? a : b;
  const second = first === a ? b : a;
  return { a: first, b: second };
}

const pairKey = (pair) => `${pair.a.file}:${pair.a.start}-${pair.a.end}|${pair.b.file}:${pair.b.start}-${pair.b.end}`;

function dedupe(pairs) {
  const seen = new Map();
  for (const pair of pairs) if (!seen.has(pairKey(pair))) seen.set(pairKey(pair), pair);
  return [...seen.values()];
}

/** Keeps one of the pairs that join the same two files and overlap by ≥ 50% on both sides (the first, in line order). */
function mergeOverlapping(pairs) {
  const byFiles = new Map();
  for (const pair of pairs) {
    const key = `${pair.a.file}|${pair.b.file}`;
    if (!byFiles.has(key)) byFiles.set(key, []);
    byFiles.get(key).push(pair);
  }
  const kept = [];
  for (const list of byFiles.values()) {
    list.sort((p, q) => p.a.start - q.a.start || p.b.start - q.b.start);
    const mine = [];
    for (const pair of list) if (!mine.some((other) => pairsMatch(other, pair))) mine.push(pair);
    kept.push(...mine);
  }
  return kept;
}

/** Strips the scanned folder (as given, or its real path) from a reported path. */
export function relativizer(prefixes) {
  const normalized = prefixes.filter(Boolean).map((prefix) => toPosix(prefix).replace(/\/+$/, '') + '/');
  return (path) => {
    const posix = toPosix(path);
    for (const prefix of normalized) if (posix.startsWith(prefix)) return posix.slice(prefix.length);
    return posix;
  };
}

// ---- ours --------------------------------------------------------------------------------------------------

/**
 * "…also stands in another place: X, lines a–b. Write it once…" → [{ where, start, end }] in related order.
 * The message names at most a few copies ("…; Y, lines c–d and 7 more. Write it once…"); related
 * locations beyond those have no name here (undefined).
 */
function placesInMessage(message) {
  const match = /also stands in (?:another place|\d+ other places): (.*?)(?: and \d+ more)?\. Write it once/s.exec(message);
  if (!match) return [];
  return match[1].split('; ').map((item) => {
    const place = /^(.*), lines (\d+)–(\d+)$/.exec(item);
    return place ? { where: place[1], start: Number(place[2]), end: Number(place[3]) } : { where: undefined };
  });
}

/**
 * @param report parsed JSON of `ml-practices check --format json`
 * @param toRelative maps the report's `file` to a path relative to the scanned tree
 * @returns {{ pairs, findings, groups, unresolved, ambiguous, capped }}
 */
export function oursPairs(report, toRelative) {
  const findings = report.findings.filter((finding) => finding.ruleId === 'duplicate-code');
  const rangeKey = (where) => `${where.line}|${where.column}|${where.endLine}|${where.endColumn}`;
  const byRange = new Map();
  for (const finding of findings) {
    finding.rel = toRelative(finding.file);
    const list = byRange.get(rangeKey(finding)) ?? [];
    list.push(finding);
    byRange.set(rangeKey(finding), list);
  }
  const sameRange = (a, b) => a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
  const pairs = [];
  const signatures = new Set();
  let unresolved = 0;
  let ambiguous = 0;
  let capped = 0;
  const copyKey = (file, where) => `${file}:${where.line}:${where.column}-${where.endLine}:${where.endColumn}`;
  for (const finding of findings) {
    const places = placesInMessage(finding.message);
    const others = Number(/also stands in (\d+) other places/.exec(finding.message)?.[1] ?? 1);
    if ((finding.related ?? []).length < others) capped++;
    const members = [copyKey(finding.rel, finding)];
    const used = new Set();
    (finding.related ?? []).forEach((related, index) => {
      if (related.file !== undefined) {
        // Reports from CLIs that name a related location's file: no need to recover it.
        const rel = toRelative(related.file);
        members.push(copyKey(rel, related));
        pairs.push(makePair({ file: finding.rel, start: finding.line, end: finding.endLine }, { file: rel, start: related.line, end: related.endLine }));
        return;
      }
      const where = places[index]?.where;
      if (where !== undefined && where.startsWith('cell ')) {
        unresolved++;
        return;
      }
      // The other copy's own finding: same lines, naming this copy back, and (when the message names it)
      // in a file of that name.
      let candidates = (byRange.get(rangeKey(related)) ?? []).filter(
        (other) =>
          other !== finding &&
          !used.has(other) &&
          (other.related ?? []).some((back) => sameRange(back, finding)) &&
          (where === undefined || (where === 'this file' ? other.rel === finding.rel : basename(other.rel) === where)),
      );
      const files = new Set(candidates.map((other) => other.rel));
      if (files.size === 0) {
        unresolved++;
        return;
      }
      if (files.size > 1) {
        // Several files qualify: prefer one in the same folder, else count it as ambiguous.
        const near = candidates.filter((other) => dirname(other.rel) === dirname(finding.rel));
        if (near.length > 0 && new Set(near.map((other) => other.rel)).size === 1) candidates = near;
        else ambiguous++;
      }
      const other = candidates[0];
      used.add(other);
      members.push(copyKey(other.rel, related));
      pairs.push(makePair({ file: finding.rel, start: finding.line, end: finding.endLine }, { file: other.rel, start: related.line, end: related.endLine }));
    });
    signatures.add(members.sort().join('#'));
  }
  return { pairs: mergeOverlapping(dedupe(pairs)), findings: findings.length, groups: signatures.size, unresolved, ambiguous, capped };
}

// ---- jscpd -------------------------------------------------------------------------------------------------

export function jscpdPairs(report, toRelative) {
  const pairs = report.duplicates.map((duplicate) =>
    makePair(
      { file: toRelative(duplicate.firstFile.name), start: duplicate.firstFile.start, end: duplicate.firstFile.end },
      { file: toRelative(duplicate.secondFile.name), start: duplicate.secondFile.start, end: duplicate.secondFile.end },
    ),
  );
  const kinds = {};
  for (const duplicate of report.duplicates) kinds[duplicate.kind ?? '?'] = (kinds[duplicate.kind ?? '?'] ?? 0) + 1;
  return { pairs: dedupe(pairs), reported: report.duplicates.length, kinds, statistics: report.statistics?.total };
}

// ---- pylint ------------------------------------------------------------------------------------------------

/** The module name pylint gives a file: its path from the first folder upwards without __init__.py. */
export function pylintModuleName(absolutePath) {
  const parts = [basename(absolutePath).replace(/\.py$/, '')];
  let directory = dirname(absolutePath);
  while (existsSync(join(directory, '__init__.py')) && dirname(directory) !== directory) {
    parts.unshift(basename(directory));
    directory = dirname(directory);
  }
  if (parts.length > 1 && parts[parts.length - 1] === '__init__') parts.pop();
  return parts.join('.');
}

/**
 * @param messages parsed `pylint --output-format=json`
 * @param files relative paths of the files pylint was given; treeRoot their folder
 */
export function pylintPairs(messages, files, treeRoot) {
  // pylint names a module from the search path it builds out of all the files it was given, so a file of a
  // subset can be named `stats.tests.test_x` or `scipy.stats.tests.test_x`: resolve a name to the files
  // whose path ends with it, preferring the one whose package chain gives exactly that name.
  const bySuffix = new Map();
  const canonical = new Map();
  for (const file of files) {
    canonical.set(file, pylintModuleName(join(treeRoot, file)));
    const parts = file.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/');
    for (let index = parts.length - 1; index >= 0; index--) {
      const name = parts.slice(index).join('.');
      const list = bySuffix.get(name) ?? [];
      list.push(file);
      bySuffix.set(name, list);
    }
  }
  const byModule = {
    get: (name) => {
      const candidates = bySuffix.get(name) ?? [];
      const exact = candidates.filter((file) => canonical.get(file) === name);
      return exact.length > 0 ? exact : candidates;
    },
    size: new Set(canonical.values()).size,
  };
  const pairs = [];
  let ambiguous = 0;
  let unresolved = 0;
  let messagesSeen = 0;
  for (const message of messages) {
    if (message.symbol !== 'duplicate-code') continue;
    messagesSeen++;
    const places = [...message.message.matchAll(/^==(.+?):\[(\d+):(\d+)\]$/gm)].map((match) => {
      const candidates = byModule.get(match[1]) ?? [];
      if (candidates.length > 1) ambiguous++;
      if (candidates.length === 0) unresolved++;
      return candidates.length === 0 ? undefined : { file: candidates[0], start: Number(match[2]) + 1, end: Math.max(Number(match[2]) + 1, Number(match[3])) };
    });
    for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) if (places[i] && places[j]) pairs.push(makePair(places[i], places[j]));
  }
  return { pairs: dedupe(pairs), messages: messagesSeen, ambiguous, unresolved, modules: byModule.size };
}

// ---- shared measures ---------------------------------------------------------------------------------------

/** Lines covered by at least one fragment of any pair (each line of each file counted once). */
export function coveredLines(pairs) {
  const byFile = new Map();
  for (const pair of pairs) {
    for (const fragment of [pair.a, pair.b]) {
      const set = byFile.get(fragment.file) ?? new Set();
      for (let line = fragment.start; line <= fragment.end; line++) set.add(line);
      byFile.set(fragment.file, set);
    }
  }
  let total = 0;
  for (const set of byFile.values()) total += set.size;
  return total;
}

/** Share of the shorter range that two line ranges have in common. */
function overlap(x, y) {
  const common = Math.min(x.end, y.end) - Math.max(x.start, y.start) + 1;
  if (common <= 0) return 0;
  return common / Math.min(x.end - x.start + 1, y.end - y.start + 1);
}

/**
 * Two pairs match when they join the same two files and each fragment overlaps its counterpart by at least
 * `threshold` of the shorter of the two (so a short clone inside a longer one counts as found).
 */
export function pairsMatch(p, q, threshold = 0.5) {
  const straight = p.a.file === q.a.file && p.b.file === q.b.file && overlap(p.a, q.a) >= threshold && overlap(p.b, q.b) >= threshold;
  if (straight) return true;
  return p.a.file === q.b.file && p.b.file === q.a.file && overlap(p.a, q.b) >= threshold && overlap(p.b, q.a) >= threshold;
}

/** For each pair of `from`, whether `to` has a matching pair. */
export function matchedFlags(from, to, threshold = 0.5) {
  const index = new Map();
  for (const pair of to) {
    const key = `${pair.a.file}|${pair.b.file}`;
    const list = index.get(key) ?? [];
    list.push(pair);
    index.set(key, list);
  }
  return from.map((pair) => (index.get(`${pair.a.file}|${pair.b.file}`) ?? []).some((other) => pairsMatch(pair, other, threshold)));
}

/** For each pair of `from`, whether both its fragments lie (≥ threshold) in lines that `to`'s pairs cover. */
export function flaggedFlags(from, to, threshold = 0.5) {
  const byFile = new Map();
  for (const pair of to) {
    for (const fragment of [pair.a, pair.b]) {
      const set = byFile.get(fragment.file) ?? new Set();
      for (let line = fragment.start; line <= fragment.end; line++) set.add(line);
      byFile.set(fragment.file, set);
    }
  }
  const covered = (fragment) => {
    const set = byFile.get(fragment.file);
    if (!set) return false;
    let inside = 0;
    for (let line = fragment.start; line <= fragment.end; line++) if (set.has(line)) inside++;
    return inside / (fragment.end - fragment.start + 1) >= threshold;
  };
  return from.map((pair) => covered(pair.a) && covered(pair.b));
}

export const relativeTo = (root) => (path) => toPosix(relative(root, path));

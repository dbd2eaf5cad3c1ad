#!/usr/bin/env node
// Recall of rule duplicate-code on planted copies (the mutation-and-injection method of clone-detection
// research, after Roy & Cordy's framework; our own code): real fragments of the pinned Debian ML corpus
// (bench/debian-ml-corpus.mjs) are copied, mutated, and planted into other real files; the CLI is run on the
// workspace and a planted copy counts as found when a duplicate-code finding joins it to its original.
//
//   node bench/duplication/recall.mjs                 # 200 fragments, 300-file workspace, seed 7
//   options: --fragments 200  --files 300  --seed 7  --no-jscpd  --show-misses 40  --min-tokens N (default: the rule's)
//   node bench/duplication/recall.mjs --precision     # precision re-sample instead (see precisionSample), and
//                                                     # which hand-judged pairs are still reported (judgedStillReported)
//   node bench/duplication/recall.mjs --show T1:12,26 # a past run's fragments: original, planted copy, our findings near them
//   options: --sample-seed 1126  --sample-size 30
//
// 1. Files: library .py files of the corpus (2–300 kB, parseable by Python 3.11, no tabs or CRs in them),
//    shuffled with the seed; the first --files are the workspace.
// 2. Fragments (Python's ast, helper below): a run of whole consecutive statements of one block inside a real
//    function (a function body or a block nested in one; not a class body, not module level), each
//    statement starting its own line and ending it, 6–30 code lines (non-blank, non-comment lines), no
//    docstring and no import among its statements. Size bands 6–9, 10–19, 20–30 are drawn in turn so that
//    each holds about a third. One fragment per source file.
// 3. Hosts: each fragment goes into a different file of the workspace (never its own), before a statement
//    (or after the last one) of a block inside a function, re-indented to that block's indentation (lines
//    inside multi-line strings keep theirs), never inside another planted fragment's original.
// 4. Variants, each in its own workspace copy under bench/.cache/recall/ws-<variant>/ (same hosts and places):
//      T1   verbatim
//      T2   every name renamed consistently (not attributes, keyword-argument names, builtins, self/cls),
//           each literal changed with probability 1/2 (a string gets a word in front of its text, a number
//           another number; at least one literal when there is any)
//      T2c  T2, and comments and blank lines changed: the fragment's own comments and blank lines removed,
//           1–3 comment lines and 1–2 blank lines put at random statement starts, one trailing comment
//      T3   (stretch) T1 with one simple statement deleted or one statement inserted inside the fragment
//    Every planted host file is parsed again (ast.parse); a mutation that breaks it is retried, then dropped.
// 5. Our CLI (dist/ snapshot, see below) with only duplicate-code on; jscpd 5.3.2 (bench/.cache/jscpd, as
//    run.mjs installs it) default and with --ignore-identifiers --ignore-literals, when present.
//    Found: a finding in the host overlaps the planted lines and one of its related locations overlaps the
//    original in the source file, or the other way round. Also given: "flagged" (a finding overlaps the
//    planted lines, whatever its partner) and the share of planted code lines the linked findings cover.
//
// The CLI used is a copy of dist/cli.js + wasm made at the start of each run (bench/.cache/recall/dist-snapshot/),
// so that a rebuild during the run does not change it; dist/ is rebuilt first when the sources are newer.
import { spawnSync } from 'node:child_process';
import { newestSourceTime } from '../engine.mjs';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, ensureCorpus, linkOutsideRepo, regularFiles } from '../debian-ml-corpus.mjs';
import { mulberry32, shuffle } from '../sampling.mjs';
import { matchedFlags, oursPairs, relativizer } from './pairs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CACHE = join(repo, 'bench', '.cache', 'recall');
const JSCPD = join(repo, 'bench', '.cache', 'jscpd', 'node_modules', 'jscpd-linux-x64-gnu', 'bin', 'jscpd');

const { values: options } = parseArgs({
  options: {
    fragments: { type: 'string', default: '200' },
    files: { type: 'string', default: '300' },
    seed: { type: 'string', default: '7' },
    'no-jscpd': { type: 'boolean', default: false },
    'min-tokens': { type: 'string' },
    'show-misses': { type: 'string', default: '40' },
    precision: { type: 'boolean', default: false },
    show: { type: 'string' },
    'sample-seed': { type: 'string', default: '1126' },
    'sample-size': { type: 'string', default: '30' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
/** The CLI's configuration: duplicate-code alone (and --min-tokens, to measure another threshold). */
const DUPLICATES_ONLY = `[tool.ml-practices]\nrules.customizations = [{ rule = "*", severity = "off" }, { rule = "duplicate-code", severity = "warning" }]\n${
  options['min-tokens'] ? `rules.options = { duplicate-code = { minTokens = ${Number(options['min-tokens'])} } }\n` : ''
}`;
if (options.help) {
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(header.slice(0, header.findIndex((line) => line.startsWith('import '))).join('\n'));
  process.exit(0);
}
const seed = Number(options.seed);
const wanted = Number(options.fragments);
const workspaceSize = Number(options.files);
const log = (line = '') => process.stdout.write(`${line}\n`);
const note = (line) => process.stderr.write(`[recall] ${line}\n`);
const fail = (message) => {
  process.stderr.write(`bench/duplication/recall: ${message}\n`);
  process.exit(1);
};

// ---- the Python helper: statements from ast, mutations from tokenize --------------------------------------

const HELPER = String.raw`
import ast, builtins, io, json, keyword, random, sys, tokenize

SKIP_TOKENS = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER, tokenize.ENCODING}
BUILTINS = set(dir(builtins)) | {'self', 'cls'}
WORDS = ['value', 'data', 'item', 'result', 'buf', 'tmp', 'acc', 'cur', 'arr', 'res', 'out', 'idx', 'obj', 'elem', 'node', 'mat', 'vec', 'part']
BLOCK_FIELDS = ('body', 'orelse', 'finalbody')

def code_line(text):
    s = text.strip()
    return s != '' and not s.startswith('#')

def scan(path):
    try:
        src = open(path, encoding='utf-8').read()
    except Exception:
        return None
    if '\r' in src or '\t' in src or '\f' in src:
        return None
    try:
        tree = ast.parse(src)
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except Exception:
        return None
    lines = src.split('\n')
    ntok = [0] * (len(lines) + 2)
    for t in toks:
        if t.type not in SKIP_TOKENS:
            ntok[t.start[0]] += 1
    def info(s):
        start = min([s.lineno] + [d.lineno for d in getattr(s, 'decorator_list', [])])
        col = min([s.col_offset] + [d.col_offset - 1 for d in getattr(s, 'decorator_list', [])])
        # an \`elif\` is an If node in its parent's orelse: not a statement that can stand alone
        first = lines[start - 1][:col].strip() == '' and not lines[start - 1][col:].startswith('elif')
        rest = lines[s.end_lineno - 1][s.end_col_offset:].strip()
        clean = rest == '' or rest.startswith('#')
        doc = isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)
        imp = isinstance(s, (ast.Import, ast.ImportFrom))
        code = sum(1 for l in range(start, s.end_lineno + 1) if code_line(lines[l - 1]))
        tokens = sum(ntok[l] for l in range(start, s.end_lineno + 1))
        return [start, s.end_lineno, col, int(first and clean), int(doc), int(imp), code, tokens]
    blocks = []
    def walk_block(stmts):
        blocks.append([info(s) for s in stmts])
        for s in stmts:
            if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            for field in BLOCK_FIELDS:
                sub = getattr(s, field, None)
                if sub:
                    walk_block(sub)
            for h in getattr(s, 'handlers', []) or []:
                walk_block(h.body)
            for c in getattr(s, 'cases', []) or []:
                walk_block(c.body)
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            walk_block(node.body)
    return {'lines': len(lines), 'blocks': blocks}

def string_lines(text):
    """Lines (1-based) that begin inside a multi-line string token: their indentation is string content."""
    inside = set()
    for t in tokenize.generate_tokens(io.StringIO(text).readline):
        if t.type == tokenize.STRING and t.end[0] > t.start[0]:
            inside.update(range(t.start[0] + 1, t.end[0] + 1))
    return inside

def shift(text, delta):
    inside = string_lines(text)
    out = []
    for number, line in enumerate(text.split('\n'), 1):
        if number in inside or line.strip() == '':
            out.append(line if number in inside else '')
        elif delta >= 0:
            out.append(' ' * delta + line)
        else:
            lead = len(line) - len(line.lstrip(' '))
            out.append(line[min(lead, -delta):])
    return '\n'.join(out)

def tokens_of(text):
    return list(tokenize.generate_tokens(io.StringIO(text).readline))

def replace_tokens(text, edits):
    """edits: [(start(row, col), end(row, col), new)] non-overlapping; applied right to left."""
    lines = text.split('\n')
    for (sr, sc), (er, ec), new in sorted(edits, key=lambda e: e[0], reverse=True):
        head = lines[sr - 1][:sc]
        tail = lines[er - 1][ec:]
        lines[sr - 1:er] = (head + new + tail).split('\n')
    return '\n'.join(lines)

def valid(text):
    try:
        ast.parse(text)
        return True
    except Exception:
        return False

def rename(text, rng):
    toks = tokens_of(text)
    names = {}
    edits = []
    depth = 0
    literals = []
    for i, t in enumerate(toks):
        if t.type == tokenize.OP and t.string in '([{':
            depth += 1
        elif t.type == tokenize.OP and t.string in ')]}':
            depth -= 1
        if t.type == tokenize.NAME and not keyword.iskeyword(t.string) and not keyword.issoftkeyword(t.string) and t.string not in BUILTINS:
            k = i - 1
            while k >= 0 and toks[k].type in (tokenize.NL, tokenize.COMMENT):
                k -= 1
            prev = toks[k] if k >= 0 else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if prev is not None and prev.type == tokenize.OP and prev.string == '.':
                continue
            # a keyword argument's name is the callee's parameter: kept
            if depth > 0 and nxt is not None and nxt.type == tokenize.OP and nxt.string == '=' and prev is not None and prev.type == tokenize.OP and prev.string in ('(', ','):
                continue
            if t.string not in names:
                names[t.string] = '%s_%d' % (rng.choice(WORDS), len(names) + 1)
            edits.append((t.start, t.end, names[t.string]))
        elif t.type in (tokenize.NUMBER, tokenize.STRING):
            literals.append(t)
    chosen = [t for t in literals if rng.random() < 0.5]
    if literals and not chosen:
        chosen = [rng.choice(literals)]
    for t in chosen:
        if t.type == tokenize.NUMBER:
            s = t.string.lower()
            if s.startswith(('0x', '0o', '0b')) or 'j' in s:
                new = str(rng.randint(2, 99))
            elif '.' in s or 'e' in s:
                new = '%.2f' % (rng.randint(1, 999) / 100.0)
            else:
                new = str(int(s.replace('_', '')) + rng.randint(1, 9))
        else:
            s = t.string
            q = 0
            while s[q] not in '\'"':
                q += 1
            quote = s[q] * 3 if s[q:q + 3] in ('"""', "'''") else s[q]
            new = s[:q + len(quote)] + rng.choice(WORDS) + ' ' + s[q + len(quote):]
        edits.append((t.start, t.end, new))
    return replace_tokens(text, edits), len(names), len(chosen)

def logical_starts(text):
    """(line, indent) of each logical line start except the first, outside brackets and strings."""
    starts = []
    toks = tokens_of(text)
    at_start = True
    for t in toks:
        if t.type in (tokenize.NEWLINE,):
            at_start = True
            continue
        if t.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            continue
        if at_start:
            starts.append((t.start[0], t.start[1]))
            at_start = False
    return starts[1:]

def recomment(text, rng):
    # drop comments (whole-line ones with their line) and blank lines outside strings
    toks = tokens_of(text)
    edits = [(t.start, t.end, '') for t in toks if t.type == tokenize.COMMENT]
    text = replace_tokens(text, edits)
    inside = string_lines(text)
    kept = [l.rstrip() if (n not in inside) else l for n, l in enumerate(text.split('\n'), 1) if n in inside or l.strip() != '']
    text = '\n'.join(kept)
    lines = text.split('\n')
    starts = logical_starts(text)
    if not starts:
        return None
    inserts = []
    for _ in range(rng.randint(1, 3)):
        line, col = rng.choice(starts)
        inserts.append((line, ' ' * col + '# ' + ' '.join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))))
    for _ in range(rng.randint(1, 2)):
        line, col = rng.choice(starts)
        inserts.append((line, ''))
    for line, new in sorted(inserts, key=lambda e: e[0], reverse=True):
        lines.insert(line - 1, new)
    text = '\n'.join(lines)
    # one trailing comment at the end of a logical line
    ends = [t for t in tokens_of(text) if t.type == tokenize.NEWLINE and t.string != '']
    if ends:
        t = rng.choice(ends)
        text = replace_tokens(text, [(t.start, t.start, '  # ' + rng.choice(WORDS))])
    return text

COMPOUND = ('if', 'elif', 'else', 'for', 'while', 'with', 'def', 'class', 'try', 'except', 'finally', 'async', 'match', 'case', '@')

def gap(text, rng):
    lines = text.split('\n')
    toks = tokens_of(text)
    # logical lines: (first line, last line, indent, first token)
    logical = []
    cur = None
    for t in toks:
        if t.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            continue
        if cur is None:
            cur = [t.start[0], t.end[0], t.start[1], t.string]
        if t.type == tokenize.NEWLINE:
            cur[1] = t.start[0]
            logical.append(cur)
            cur = None
        else:
            cur[1] = t.end[0]
    interior = logical[1:-1]
    if not interior:
        return None, None
    if rng.random() < 0.5:
        simple = [l for l in interior if l[3] not in COMPOUND and not lines[l[1] - 1].rstrip().endswith(':')]
        rng.shuffle(simple)
        for first, last, col, _ in simple:
            candidate = '\n'.join(lines[:first - 1] + lines[last:])
            if valid(candidate):
                return candidate, 'deleted line %d-%d' % (first, last)
    options = list(interior)
    rng.shuffle(options)
    for first, last, col, _ in options:
        new = ' ' * col + 'print("%s reached", %d)' % (rng.choice(WORDS), rng.randint(1, 99))
        candidate = '\n'.join(lines[:first - 1] + [new] + lines[first - 1:])
        if valid(candidate):
            return candidate, 'inserted before line %d' % first
    return None, None

def variant_text(fragment, variant, rng):
    """fragment: dedented (column 0). Returns (text, detail) or (None, reason)."""
    if variant == 'T1':
        return fragment, ''
    if variant == 'T3':
        text, detail = gap(fragment, rng)
        return (text, detail) if text else (None, 'no interior statement to change')
    text, renamed, changed = rename(fragment, rng)
    detail = '%d names renamed, %d literals changed' % (renamed, changed)
    if variant == 'T2c':
        text = recomment(text, rng)
        if text is None:
            return None, 'no statement start'
    return text, detail

def plant(job):
    files = job['files']
    out = {}
    for f in files:
        out[f['rel']] = open(f['abs'], encoding='utf-8').read()
    results = []
    for p in job['plants']:
        src = open(p['srcAbs'], encoding='utf-8').read().split('\n')
        fragment = shift('\n'.join(src[p['start'] - 1:p['end']]), -p['col'])
        host = out[p['host']].split('\n')
        result = {'id': p['id'], 'ok': False}
        for attempt in range(8):
            rng = random.Random(p['seed'] * 1000 + attempt)
            text, detail = variant_text(fragment, job['variant'], rng)
            if text is None:
                result['reason'] = detail
                continue
            planted = shift(text, p['hostCol']).split('\n')
            while planted and planted[-1].strip() == '':
                planted.pop()
            new_host = host[:p['line'] - 1] + planted + host[p['line'] - 1:]
            if valid('\n'.join(new_host)):
                out[p['host']] = '\n'.join(new_host)
                code = [i for i, l in enumerate(planted) if code_line(l)]
                result = {'id': p['id'], 'ok': True, 'n': len(planted), 'from': p['line'] + code[0], 'to': p['line'] + code[-1], 'detail': detail, 'text': '\n'.join(planted)}
                break
            result['reason'] = 'planted host does not parse'
        results.append(result)
    for rel, text in out.items():
        target = job['dir'] + '/' + rel
        import os
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, 'w', encoding='utf-8').write(text)
    return results

request = json.load(sys.stdin)
if request['op'] == 'scan':
    json.dump({f: scan(f) for f in request['files']}, sys.stdout)
else:
    json.dump(plant(request), sys.stdout)
`;

function python(request) {
  const helper = join(CACHE, 'helper.py');
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(helper, HELPER);
  // A fixed hash seed: the helper's sets and dicts of names would otherwise be ordered differently in each run,
  // and so would the mutations drawn from them (the gapped variant varied by about 2 points between runs).
  const env = { ...process.env, PYTHONHASHSEED: '0' };
  const result = spawnSync('python3', [helper], { input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env });
  if (result.status !== 0) fail(`helper.py failed: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout);
}

// ---- the CLI ----------------------------------------------------------------------------------------------

function ensureCli() {
  // A fresh copy of dist/ for each run (rebuilt first when the sources are newer), so that a rebuild
  // by someone else during the run does not change the CLI under it.
  const dist = join(repo, 'dist');
  if (!existsSync(join(dist, 'cli.js')) || statSync(join(dist, 'cli.js')).mtimeMs < newestSourceTime(repo)) {
    note('building dist/ (node esbuild.mjs) …');
    if (spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repo, stdio: 'inherit' }).status !== 0) fail('the build failed');
  }
  const snapshot = join(CACHE, 'dist-snapshot');
  mkdirSync(snapshot, { recursive: true });
  for (const file of ['cli.js', 'checkWorker.js', 'tree-sitter.wasm', 'tree-sitter-python.wasm']) copyFileSync(join(dist, file), join(snapshot, file));
  return join(snapshot, 'cli.js');
}

// ---- precision re-sample ----------------------------------------------------------------------------------
// The same CLI snapshot on the whole-corpus tree of run.mjs (bench/.cache/duplication/trees/full, 9,152 files:
// run `node bench/duplication/run.mjs --no-pylint` once to build it and jscpd's pairs); our pairs that jscpd
// 5.3.2's pairs in runs/full/pairs-jscpd.json do not match (pairs.mjs: same files, ≥ 50% overlap both sides);
// a seeded sample of them with both fragments' code, for the hand check, in bench/.cache/recall/precision-sample.md.
function precisionSample() {
  const tree = join(repo, 'bench', '.cache', 'duplication', 'trees', 'full');
  const jscpdPairsPath = join(repo, 'bench', '.cache', 'duplication', 'runs', 'full', 'pairs-jscpd.json');
  if (!existsSync(tree) || !existsSync(jscpdPairsPath)) fail('run `node bench/duplication/run.mjs --no-pylint` first (whole-corpus tree and jscpd pairs)');
  const cli = ensureCli();
  const link = linkOutsideRepo(tree, 'corpus');
  const cwd = dirname(link.path);
  const out = join(CACHE, 'precision-ours.json');
  try {
    const config = join(cwd, 'duplicates-only.toml');
    writeFileSync(config, DUPLICATES_ONLY);
    const t0 = Date.now();
    spawnSync(process.execPath, [cli, 'check', 'corpus', '--format', 'json', '--config', config, '--output', out], { cwd, stdio: 'ignore' });
    note(`ours on the whole corpus: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    link.cleanup();
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const ours = oursPairs(report, relativizer([link.path, tree, 'corpus'])).pairs;
  const jscpd = JSON.parse(readFileSync(jscpdPairsPath, 'utf8'));
  const found = matchedFlags(ours, jscpd);
  const only = ours.filter((_, index) => !found[index]);
  const sampleSeed = Number(options['sample-seed']);
  const sample = shuffle(only, mulberry32(sampleSeed)).slice(0, Number(options['sample-size']));
  const excerpt = (fragment) => {
    const lines = readFileSync(join(tree, fragment.file), 'utf8').split('\n');
    const body = [];
    for (let line = Math.max(1, fragment.start - 2); line <= Math.min(lines.length, fragment.end + 2, fragment.start + 45); line++) {
      body.push(`${String(line).padStart(5)}${line >= fragment.start && line <= fragment.end ? ' |' : '  '} ${lines[line - 1]}`);
    }
    return body.join('\n');
  };
  const text = [`# Ours-only pairs, seed ${sampleSeed} (${sample.length} of ${only.length}; our pairs ${ours.length}, jscpd's ${jscpd.length}; CLI sha256 ${createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 12)})\n`];
  sample.forEach((pair, index) => {
    text.push(`## P${index + 1}. ${pair.a.file}:${pair.a.start}-${pair.a.end}  ↔  ${pair.b.file}:${pair.b.start}-${pair.b.end}\n`);
    text.push('```\n' + excerpt(pair.a) + '\n```\n```\n' + excerpt(pair.b) + '\n```\n');
  });
  writeFileSync(join(CACHE, 'precision-sample.md'), text.join('\n'));
  writeFileSync(join(CACHE, 'precision-sample.json'), `${JSON.stringify(sample, null, 1)}\n`);
  log(`our pairs ${ours.length}, jscpd's ${jscpd.length}, ours only ${only.length}; sample of ${sample.length} (seed ${sampleSeed}) → ${relative(repo, join(CACHE, 'precision-sample.md'))}`);
  sample.forEach((pair, index) => log(`  P${index + 1} ${pair.a.file}:${pair.a.start}-${pair.a.end} ↔ ${pair.b.file}:${pair.b.start}-${pair.b.end}`));
  judgedStillReported(ours);
}

// The pairs of earlier samples, judged by hand (bench/duplication/judged-pairs.json: seed, verdict real /
// borderline / noise, both fragments; see hand-check.md): how many of each verdict this build still reports
// (pairs.mjs matching, as for jscpd's pairs). A rule meant to drop noise should keep the real ones.
function judgedStillReported(ours) {
  const judged = JSON.parse(readFileSync(join(here, 'judged-pairs.json'), 'utf8'));
  const still = matchedFlags(judged, ours);
  const verdicts = ['real', 'borderline', 'noise'];
  const rows = new Map();
  judged.forEach((pair, index) => {
    for (const key of [String(pair.seed), 'all']) {
      const row = rows.get(key) ?? Object.fromEntries(verdicts.map((verdict) => [verdict, [0, 0]]));
      row[pair.verdict][1]++;
      if (still[index]) row[pair.verdict][0]++;
      rows.set(key, row);
    }
  });
  log(`judged pairs still reported (of ${judged.length}, bench/duplication/judged-pairs.json):`);
  log(`  seed   ${verdicts.map((verdict) => verdict.padStart(12)).join('')}`);
  for (const [key, row] of [...rows].sort(([a], [b]) => (a === 'all') - (b === 'all'))) log(`  ${key.padEnd(6)} ${verdicts.map((verdict) => `${row[verdict][0]}/${row[verdict][1]}`.padStart(12)).join('')}`);
}

// ---- looking at misses -------------------------------------------------------------------------------------
function showFragments(spec) {
  const [variant, list] = spec.split(':');
  const saved = JSON.parse(readFileSync(join(CACHE, 'results.json'), 'utf8'));
  const report = JSON.parse(readFileSync(join(CACHE, `ours-${variant}.json`), 'utf8'));
  for (const id of (list ?? '').split(',').map(Number)) {
    const fragment = saved.fragments[id - 1];
    const result = saved.results[variant]?.[id - 1];
    if (!fragment || !result?.host) {
      log(`#${id}: not planted in ${variant}`);
      continue;
    }
    log(`==== #${id} ${variant}: ${fragment.code} code lines, ~${fragment.tokens} tokens, ${fragment.statements} statements${result.detail ? `; ${result.detail}` : ''}`);
    for (const [label, where] of [['original', result.orig], ['planted', result.host]]) {
      const lines = readFileSync(join(CACHE, `ws-${variant}`, where.file), 'utf8').split('\n');
      log(`--- ${label} ${where.file}:${where.start}-${where.end}`);
      for (let line = Math.max(1, where.start - 1); line <= Math.min(lines.length, where.end + 1); line++) log(`${String(line).padStart(5)} ${lines[line - 1]}`);
      for (const finding of report.findings) {
        if (finding.ruleId !== 'duplicate-code' || !finding.file.endsWith(where.file)) continue;
        if (finding.line <= where.end + 3 && finding.endLine >= where.start - 3) log(`      finding ${finding.line}-${finding.endLine}: ${finding.message}`);
      }
    }
  }
}

// ---- main -------------------------------------------------------------------------------------------------
if (options.show) {
  showFragments(options.show);
  process.exit(0);
}
if (options.precision) {
  precisionSample();
  process.exit(0);
}

const started = Date.now();
const random = mulberry32(seed);
const corpus = await ensureCorpus();
const candidates = [];
for (const entry of corpus.packages.filter((p) => p.kind === 'library')) {
  for (const abs of regularFiles(entry.dir, (path) => path.endsWith('.py'))) {
    const size = statSync(abs).size;
    if (size >= 2_000 && size <= 300_000) candidates.push(abs);
  }
}
candidates.sort();
const order = shuffle(candidates, random);
// Scan a few more than the workspace needs: some files do not parse or use tabs.
const scanned = python({ op: 'scan', files: order.slice(0, Math.ceil(workspaceSize * 1.3)) });
const workspace = order.slice(0, Math.ceil(workspaceSize * 1.3)).filter((abs) => scanned[abs] && scanned[abs].blocks.length > 0).slice(0, workspaceSize);
const relOf = (abs) => relative(CORPUS_ROOT, abs).split('\\').join('/');
note(`${candidates.length} candidate files; workspace ${workspace.length} files`);

// Statement fields from the helper: [start, end, col, ownLines, docstring, import, codeLines, tokens].
const BANDS = [
  { name: '6–9', min: 6, max: 9 },
  { name: '10–19', min: 10, max: 19 },
  { name: '20–30', min: 20, max: 30 },
];
function runsOf(abs) {
  const runs = [];
  for (const block of scanned[abs].blocks) {
    for (let i = 0; i < block.length; i++) {
      let code = 0;
      let tokens = 0;
      for (let j = i; j < block.length; j++) {
        const s = block[j];
        if (!s[3] || s[4] || s[5]) break;
        code += s[6];
        tokens += s[7];
        if (code > 30) break;
        // Code lines between statements (none: comments/blank only) are counted by the statements' spans.
        if (code >= 6) runs.push({ start: block[i][0], end: s[1], col: block[i][2], code, tokens, statements: j - i + 1 });
      }
    }
  }
  return runs;
}

const fragments = [];
const sourceOf = new Map();
for (const abs of workspace) {
  if (fragments.length >= wanted) break;
  const band = BANDS[fragments.length % BANDS.length];
  const runs = runsOf(abs).filter((run) => run.code >= band.min && run.code <= band.max);
  if (runs.length === 0) continue;
  const run = runs[Math.floor(random() * runs.length)];
  const fragment = { id: fragments.length + 1, src: relOf(abs), srcAbs: abs, ...run, band: band.name, seed: Math.floor(random() * 1e9) };
  fragments.push(fragment);
  sourceOf.set(abs, fragment);
}
if (fragments.length < wanted) note(`only ${fragments.length} fragments found`);

// Places in a host: before a statement that starts its own line, or after the last one of a block.
function placesOf(abs) {
  const own = sourceOf.get(abs);
  const places = [];
  for (const block of scanned[abs].blocks) {
    block.forEach((s, index) => {
      if (s[3]) places.push({ line: s[0], col: s[2] });
      if (index === block.length - 1 && s[3]) places.push({ line: s[1] + 1, col: s[2] });
    });
  }
  // Not inside this file's own fragment (its original must stay whole).
  return places.filter((place) => !own || place.line <= own.start || place.line > own.end + 0);
}
const hostOrder = shuffle(workspace, random);
const usedHosts = new Set();
for (const fragment of fragments) {
  const host = hostOrder.find((abs) => abs !== fragment.srcAbs && !usedHosts.has(abs) && placesOf(abs).length > 0);
  if (!host) fail('not enough host files');
  usedHosts.add(host);
  const places = placesOf(host);
  const place = places[Math.floor(random() * places.length)];
  Object.assign(fragment, { host: relOf(host), hostAbs: host, line: place.line, hostCol: place.col });
}

const cli = ensureCli();
const cliDigest = createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 12);
const useJscpd = !options['no-jscpd'] && existsSync(JSCPD);
const overlaps = (a, b, from, to) => a <= to && b >= from;
const VARIANTS = ['T1', 'T2', 'T2c', 'T3'];
const results = {};

for (const variant of VARIANTS) {
  const dir = join(CACHE, `ws-${variant}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const planted = python({
    op: 'plant',
    variant,
    dir,
    files: workspace.map((abs) => ({ abs, rel: relOf(abs) })),
    plants: fragments.map((f) => ({ id: f.id, srcAbs: f.srcAbs, start: f.start, end: f.end, col: f.col, host: f.host, line: f.line, hostCol: f.hostCol, seed: f.seed })),
  });
  const byId = new Map(planted.map((p) => [p.id, p]));
  // Lines of the original after its own file received a planted copy.
  const insertedIn = new Map();
  for (const f of fragments) {
    const p = byId.get(f.id);
    if (p.ok) insertedIn.set(f.host, { line: f.line, n: p.n });
  }
  const mapLine = (rel, line) => {
    const ins = insertedIn.get(rel);
    return ins && line >= ins.line ? line + ins.n : line;
  };
  const link = linkOutsideRepo(dir, 'corpus');
  const cwd = dirname(link.path);
  const toRelative = relativizer([link.path, dir, 'corpus']);
  const reports = {};
  try {
    const config = join(cwd, 'duplicates-only.toml');
    writeFileSync(config, DUPLICATES_ONLY);
    const t0 = Date.now();
    const out = join(CACHE, `ours-${variant}.json`);
    const ours = spawnSync(process.execPath, [cli, 'check', 'corpus', '--format', 'json', '--config', config, '--output', out], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (!existsSync(out)) fail(`our CLI wrote no report (exit ${ours.status}): ${ours.stderr.slice(-1000)}`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    reports.ours = report.findings
      .filter((finding) => finding.ruleId === 'duplicate-code')
      .map((finding) => ({ file: toRelative(finding.file), start: finding.line, end: finding.endLine, related: (finding.related ?? []).map((r) => ({ file: toRelative(r.file ?? ''), start: r.line, end: r.endLine })) }));
    note(`${variant}: ours ${((Date.now() - t0) / 1000).toFixed(1)} s, ${reports.ours.length} findings`);
    if (useJscpd) {
      for (const [key, extra] of [['jscpd', []], ['jscpd-type2', ['--ignore-identifiers', '--ignore-literals']]]) {
        const outDir = join(CACHE, `${key}-${variant}`);
        rmSync(outDir, { recursive: true, force: true });
        spawnSync(JSCPD, ['--min-tokens', '50', '--min-lines', '6', '--format', 'python', '--reporters', 'json', '--output', outDir, '--no-gitignore', '--absolute', '--silent', ...extra, 'corpus'], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
        const path = join(outDir, 'jscpd-report.json');
        if (!existsSync(path)) {
          note(`${key}: no report`);
          continue;
        }
        const findings = [];
        for (const d of JSON.parse(readFileSync(path, 'utf8')).duplicates) {
          const a = { file: toRelative(d.firstFile.name), start: d.firstFile.start, end: d.firstFile.end };
          const b = { file: toRelative(d.secondFile.name), start: d.secondFile.start, end: d.secondFile.end };
          findings.push({ ...a, related: [b] }, { ...b, related: [a] });
        }
        reports[key] = findings;
      }
    }
  } finally {
    link.cleanup();
  }
  results[variant] = fragments.map((f) => {
    const p = byId.get(f.id);
    if (!p.ok) return { id: f.id, skipped: p.reason };
    const host = { file: f.host, start: p.from, end: p.to };
    const orig = { file: f.src, start: mapLine(f.src, f.start), end: mapLine(f.src, f.end) };
    const verdicts = {};
    for (const [tool, findings] of Object.entries(reports)) {
      const covered = new Set();
      let linked = false;
      let flagged = false;
      for (const finding of findings) {
        const at = (where, what) => where.file === what.file && overlaps(where.start, where.end, what.start, what.end);
        if (at(finding, host)) flagged = true;
        if (at(finding, host) && finding.related.some((r) => at(r, orig))) {
          linked = true;
          for (let l = Math.max(finding.start, host.start); l <= Math.min(finding.end, host.end); l++) covered.add(l);
        }
        if (at(finding, orig)) {
          for (const r of finding.related) {
            if (!at(r, host)) continue;
            linked = true;
            for (let l = Math.max(r.start, host.start); l <= Math.min(r.end, host.end); l++) covered.add(l);
          }
        }
      }
      const codeLines = p.text.split('\n').map((line, index) => ({ line: f.line + index, code: line.trim() !== '' && !line.trim().startsWith('#') })).filter((x) => x.code);
      const coverage = codeLines.length ? codeLines.filter((x) => covered.has(x.line)).length / codeLines.length : 0;
      verdicts[tool] = { linked, flagged, coverage };
    }
    return { id: f.id, host, orig, detail: p.detail, verdicts };
  });
}

// ---- report -----------------------------------------------------------------------------------------------

const pct = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const tools = Object.keys(results.T1.find((r) => r.verdicts)?.verdicts ?? { ours: 1 });
log(`Planted-copy recall — ${new Date().toISOString().slice(0, 10)}, seed ${seed}, ${fragments.length} fragments from ${fragments.length} files, workspace ${workspace.length} files; our CLI sha256 ${cliDigest}…; ${((Date.now() - started) / 1000).toFixed(0)} s`);
log(`fragments: code lines ${BANDS.map((b) => `${b.name}: ${fragments.filter((f) => f.band === b.name).length}`).join(', ')}; approx. tokens (Python's tokenizer) < 50: ${fragments.filter((f) => f.tokens < 50).length}`);
for (const tool of tools) {
  log(`\n${tool}: found = linked to the original (flagged = planted lines flagged with any partner; cov = mean share of planted code lines covered by the linked findings, over found)`);
  const header = ['variant', 'planted', 'found', 'flagged', 'cov', ...BANDS.map((b) => `found ${b.name}`), 'found, ≥ 50 tokens'];
  const rows = [header];
  for (const variant of VARIANTS) {
    const ok = results[variant].filter((r) => r.verdicts);
    const found = ok.filter((r) => r.verdicts[tool]?.linked);
    const flagged = ok.filter((r) => r.verdicts[tool]?.flagged);
    const cov = found.length ? found.reduce((s, r) => s + r.verdicts[tool].coverage, 0) / found.length : 0;
    const band = (b) => {
      const inBand = ok.filter((r) => fragments[r.id - 1].band === b.name);
      const hit = inBand.filter((r) => r.verdicts[tool]?.linked).length;
      return `${hit}/${inBand.length} ${pct(hit, inBand.length)}`;
    };
    const big = ok.filter((r) => fragments[r.id - 1].tokens >= 50);
    const bigHit = big.filter((r) => r.verdicts[tool]?.linked).length;
    rows.push([variant + (variant === 'T3' ? ' (stretch)' : ''), String(ok.length), `${found.length} ${pct(found.length, ok.length)}`, pct(flagged.length, ok.length), `${(cov * 100).toFixed(0)}%`, ...BANDS.map(band), `${bigHit}/${big.length} ${pct(bigHit, big.length)}`]);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}
const skipped = VARIANTS.map((v) => `${v} ${results[v].filter((r) => r.skipped).length}`).join(', ');
log(`\nnot planted (mutation impossible or host would not parse): ${skipped}`);

const misses = [];
for (const variant of VARIANTS) {
  for (const r of results[variant]) {
    if (!r.verdicts || r.verdicts.ours.linked) continue;
    const f = fragments[r.id - 1];
    misses.push({ variant, id: r.id, code: f.code, tokens: f.tokens, band: f.band, host: r.host, orig: r.orig, flagged: r.verdicts.ours.flagged, detail: r.detail });
  }
}
log(`\nour misses (${misses.length}; first ${options['show-misses']}): variant #id — planted host:lines ← original:lines (code lines, ~tokens)`);
for (const m of misses.slice(0, Number(options['show-misses']))) {
  log(`  ${m.variant.padEnd(3)} #${String(m.id).padEnd(3)} ${m.host.file}:${m.host.start}-${m.host.end} ← ${m.orig.file}:${m.orig.start}-${m.orig.end} (${m.code} lines, ~${m.tokens} tokens${m.flagged ? ', flagged with another partner' : ''})`);
}
writeFileSync(join(CACHE, 'results.json'), `${JSON.stringify({ seed, cliDigest, fragments: fragments.map(({ srcAbs, hostAbs, ...rest }) => rest), results, misses }, null, 1)}\n`);
log(`\ndetails: ${relative(repo, join(CACHE, 'results.json'))}; workspaces: ${relative(repo, CACHE)}/ws-<variant>/; reports: ours-<variant>.json`);

// Times the CLI on each notebook given, one `check <file>` at a time, in one process: the parser is
// loaded once (by a warm-up run), so each time is reading + analysing + formatting one notebook, without
// Node start-up. Used by run.mjs. Usage: node time-each.cjs <dist/cli.js> <notebook>…  → JSON rows on stdout.
const { main } = require(process.argv[2]);
const files = process.argv.slice(3);
const config = process.env.ML_PRACTICES_BENCH_CONFIG ? ['--config', process.env.ML_PRACTICES_BENCH_CONFIG] : [];

(async () => {
  if (files.length > 0) await main(['check', files[0], '--format', 'json', '--output', '/dev/null', ...config]); // warm-up
  const rows = [];
  for (const path of files) {
    const started = process.hrtime.bigint();
    const exit = await main(['check', path, '--format', 'json', '--output', '/dev/null', ...config]);
    rows.push({ path, ms: Number(process.hrtime.bigint() - started) / 1e6, exit });
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
})().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(3);
});

// Bundles the three entry points (VS Code client, language server, CLI) and copies the tree-sitter
// wasm files next to them, so that dist/ plus catalog/ is everything the extension needs at run time.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateCatalogOnDisk } from './scripts/catalog-check.mjs';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const problems = validateCatalogOnDisk();
if (problems.length > 0) {
  console.error(`catalog/ is invalid:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

mkdirSync('dist', { recursive: true });
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm');
copyFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), 'dist/tree-sitter-python.wasm');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer packages' ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  // web-tree-sitter's ES build locates its wasm through import.meta.url, which a CJS bundle lacks.
  // The version the CLI prints and reports carry comes from package.json.
  define: { 'import.meta.url': 'importMetaUrl', ML_PRACTICES_VERSION: JSON.stringify(require('./package.json').version) },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  // The self-assessment's worker threads (used by both the server and the CLI).
  { ...common, entryPoints: ['server/src/assessment/worker.ts'], outfile: 'dist/assessWorker.js' },
  // The CLI check's worker thread (analysis while the main thread builds the clone index).
  { ...common, entryPoints: ['server/src/workspace/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`esbuild: built dist/client.js, dist/server.js, dist/cli.js, dist/assessWorker.js, dist/checkWorker.js in ${Date.now() - started} ms`);
}

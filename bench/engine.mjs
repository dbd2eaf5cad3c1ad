// Shared by benchmark scripts that call the engine in-process or check that dist/ is fresh.
//   bundleEngine(exports, cacheDir, name): bundles the named engine exports (TypeScript sources) with the
//     esbuild options of esbuild.mjs into <cacheDir>/engine.cjs, copies the tree-sitter wasm beside it,
//     loads it and initialises the parser. Nothing is added to product code.
//   newestSourceTime(repo): the newest modification time under server/src and catalog (is dist/ stale?).
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** `exports`: lines like "export { analyze } from './server/src/analysis/engine';" (relative to `repo`). */
export async function bundleEngine({ repo, exports, cacheDir, name }) {
  const esbuild = await import('esbuild');
  const outfile = join(cacheDir, 'engine.cjs');
  mkdirSync(cacheDir, { recursive: true });
  await esbuild.build({
    stdin: { contents: exports.join('\n'), resolveDir: repo, loader: 'ts', sourcefile: `${name}-entry.ts` },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), join(cacheDir, 'tree-sitter.wasm'));
  copyFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'), join(cacheDir, 'tree-sitter-python.wasm'));
  const engine = require(outfile);
  await engine.initParser();
  return engine;
}

export function newestSourceTime(repo) {
  let newest = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ['server/src', 'catalog']) visit(join(repo, dir));
  return newest;
}

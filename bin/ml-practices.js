#!/usr/bin/env node
// Entry point for `npx ml-practices`: runs the bundled CLI, or says how to build it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('ml-practices: dist/cli.js is missing; run `npm run build` (or `npm start`) first.\n');
  process.exit(2);
}
require(cli).run(process.argv.slice(2));

// Validates catalog/ on disk: every prose entry against the JSON schema, file name = id, and a one-to-one
// match between prose entries and the facts (46 SE-ML practices + 10 maintainability guidelines).
// Used by esbuild.mjs (a broken catalog fails the build) and by the unit tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const catalogDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'catalog');

export function validateCatalogOnDisk(dir = catalogDir) {
  const problems = [];
  const schema = JSON.parse(readFileSync(join(dir, 'schema', 'practice.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8'));
  const guidelines = JSON.parse(readFileSync(join(dir, 'guidelines.json'), 'utf8'));
  const expectedIds = new Set([...facts.practices.map((p) => p.id), ...guidelines.guidelines.map((g) => g.id)]);

  const seen = new Set();
  for (const file of readdirSync(join(dir, 'practices')).filter((f) => f.endsWith('.json'))) {
    const id = file.slice(0, -'.json'.length);
    let entry;
    try {
      entry = JSON.parse(readFileSync(join(dir, 'practices', file), 'utf8'));
    } catch (error) {
      problems.push(`practices/${file}: not valid JSON (${error.message})`);
      continue;
    }
    if (!validate(entry)) {
      for (const e of validate.errors) problems.push(`practices/${file}${e.instancePath}: ${e.message}`);
    }
    if (entry.id !== id) problems.push(`practices/${file}: id "${entry.id}" does not match the file name`);
    if (!expectedIds.has(id)) problems.push(`practices/${file}: no practice or guideline with id "${id}" in the facts`);
    seen.add(id);
  }
  for (const id of expectedIds) if (!seen.has(id)) problems.push(`practices/${id}.json is missing`);
  return problems;
}

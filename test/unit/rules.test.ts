// Runs every rule fixture through the engine and compares findings with the inline expectations, both
// ways. Also checks that each rule has positive and negative fixtures, for .py files and notebooks.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/engine';
import { RULES } from '../../server/src/checks';
import { mergeSettings } from '../../server/src/config/settings';
import { initParser } from '../../server/src/parsing/parser';
import { readSnapshot } from '../../server/src/workspace/files';
import { expectationStrings, locationKey, readExpectations } from '../support/expectations';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');
const REQUIRED = ['positive.py', 'negative.py', 'positive.ipynb', 'negative.ipynb'];
/** Notebook-only rules prove with a negative .py fixture that Python files are left alone. */
const REQUIRED_NOTEBOOK_ONLY = ['negative.py', 'positive.ipynb', 'negative.ipynb'];

function findingsOf(path: string, onlyRule?: string): string[] {
  const result = analyze(readSnapshot(path, { maxFileSize: 1_000_000 }), mergeSettings());
  assert.deepEqual(result.problems, [], `${path} should be analysable`);
  return result.findings
    .filter((finding) => !onlyRule || finding.ruleId === onlyRule)
    .map((finding) => `${locationKey(finding.location.cell, finding.location.range.start.line)}: ${finding.ruleId}`)
    .sort();
}

describe('rule fixtures (inline expectations, matched both ways)', () => {
  before(() => initParser());

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      const directory = join(FIXTURES, rule.meta.id);

      it('has a positive and a negative fixture for .py and .ipynb', () => {
        for (const file of rule.meta.notebookOnly ? REQUIRED_NOTEBOOK_ONLY : REQUIRED) assert.ok(existsSync(join(directory, file)), `missing fixture ${rule.meta.id}/${file}`);
      });

      const fixtures = existsSync(directory) ? readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(py|ipynb)$/.test(name)) : [];
      for (const file of fixtures) {
        it(file, () => {
          const path = join(directory, file);
          const expected = expectationStrings(readExpectations(path));
          const base = file.split('/').pop()!;
          if (base.startsWith('positive')) assert.ok(expected.some((line) => line.endsWith(`: ${rule.meta.id}`)), `${file} must expect at least one ${rule.meta.id}`);
          if (base.startsWith('negative')) assert.ok(!expected.some((line) => line.endsWith(`: ${rule.meta.id}`)), `${file} must not expect ${rule.meta.id}`);
          // Every rule runs on every fixture: a finding of another rule is unexpected too.
          assert.deepEqual(findingsOf(path), expected);
        });
      }
    });
  }
});

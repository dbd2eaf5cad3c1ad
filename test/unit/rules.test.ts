// Runs every rule fixture through the same path as the CLI (engine + cross-document passes) and compares
// findings with the inline expectations, both ways. Files directly in a rule's folder are checked one by
// one; each subfolder is checked as one project (cross-file duplicates, a test folder …). Also checks that
// each rule has positive and negative fixtures, for .py files and notebooks.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RULES } from '../../server/src/checks';
import { mergeSettings } from '../../server/src/config/settings';
import { initParser } from '../../server/src/parsing/parser';
import { checkFiles } from '../../server/src/workspace/check';
import { expectationStrings, locationKey, readExpectations } from '../support/expectations';

const FIXTURES = join(__dirname, '..', 'fixtures', 'rules');
const REQUIRED = ['positive.py', 'negative.py', 'positive.ipynb', 'negative.ipynb'];
/** Notebook-only rules prove with a negative .py fixture that Python files are left alone. */
const REQUIRED_NOTEBOOK_ONLY = ['negative.py', 'positive.ipynb', 'negative.ipynb'];
const isFixture = (name: string) => /\.(py|ipynb)$/.test(name);

/** Findings per file of one check run over `paths`, as "cell N line L: rule" strings. */
function findingsOf(paths: string[]): Map<string, string[]> {
  const result = checkFiles(paths, mergeSettings());
  const byFile = new Map<string, string[]>();
  for (const file of result.files) {
    assert.deepEqual(file.problems, [], `${file.path} should be analysable`);
    byFile.set(file.path, file.findings.map((finding) => `${locationKey(finding.location.cell, finding.location.range.start.line)}: ${finding.ruleId}`).sort());
  }
  return byFile;
}

function expectFixture(path: string, actual: string[] | undefined, ruleId: string, name: string): void {
  const expected = expectationStrings(readExpectations(path));
  const base = name.split('/').pop()!;
  if (base.startsWith('positive')) assert.ok(expected.some((line) => line.endsWith(`: ${ruleId}`)), `${name} must expect at least one ${ruleId}`);
  if (base.startsWith('negative')) assert.ok(!expected.some((line) => line.endsWith(`: ${ruleId}`)), `${name} must not expect ${ruleId}`);
  // Every rule runs on every fixture: a finding of another rule is unexpected too.
  assert.deepEqual(actual ?? [], expected, name);
}

describe('rule fixtures (inline expectations, matched both ways)', () => {
  before(() => initParser());

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      const directory = join(FIXTURES, rule.meta.id);
      const entries = existsSync(directory) ? readdirSync(directory).sort() : [];

      it('has a positive and a negative fixture for .py and .ipynb', () => {
        for (const file of rule.meta.notebookOnly ? REQUIRED_NOTEBOOK_ONLY : REQUIRED) assert.ok(existsSync(join(directory, file)), `missing fixture ${rule.meta.id}/${file}`);
      });

      for (const entry of entries.filter(isFixture)) {
        it(entry, () => {
          const path = join(directory, entry);
          expectFixture(path, findingsOf([path]).get(path), rule.meta.id, entry);
        });
      }

      for (const folder of entries.filter((entry) => statSync(join(directory, entry)).isDirectory())) {
        it(`${folder}/ (checked as one project)`, () => {
          const paths = (readdirSync(join(directory, folder), { recursive: true, encoding: 'utf8' }) as string[]).filter(isFixture).map((name) => join(directory, folder, name));
          const findings = findingsOf(paths);
          for (const path of paths) expectFixture(path, findings.get(path), rule.meta.id, relative(directory, path));
        });
      }
    });
  }
});

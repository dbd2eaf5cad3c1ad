// Catalog and manifest meta-tests: the catalog validates against its schema, every rule points at a
// practice that exists, practice texts are not empty, survey figures are labelled approximate, and the
// settings in package.json agree with the rules' metadata.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../server/src/catalog/catalog';
import { adoptionText, renderPracticeCard } from '../../server/src/catalog/card';
import { RULES } from '../../server/src/checks';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';

const ROOT = join(__dirname, '..', '..');

describe('catalog', () => {
  it('validates against the schema and matches the facts one to one', async () => {
    const { validateCatalogOnDisk } = (await import(join(ROOT, 'scripts', 'catalog-check.mjs'))) as { validateCatalogOnDisk: () => string[] };
    assert.deepEqual(validateCatalogOnDisk(), []);
  });

  it('has all 46 SE-ML practices and the 10 maintainability guidelines', () => {
    const catalog = loadCatalog();
    const practices = [...catalog.practices.values()];
    assert.equal(practices.filter((practice) => practice.kind === 'se-ml').length, 46);
    assert.equal(practices.filter((practice) => practice.kind === 'guideline').length, 10);
    const perCategory = Object.fromEntries(['Data', 'Training', 'Coding', 'Deployment', 'Team', 'Governance'].map((category) => [category, practices.filter((practice) => practice.category === category).length]));
    assert.deepEqual(perCategory, { Data: 8, Training: 16, Coding: 4, Deployment: 7, Team: 4, Governance: 7 });
  });

  it('has non-empty prose for every practice', () => {
    for (const practice of loadCatalog().practices.values()) {
      assert.ok(practice.summary.trim().length > 0 && practice.why.trim().length > 0, `${practice.id} has empty text`);
      assert.ok(practice.how.length > 0 && practice.how.every((step) => step.trim().length > 0), `${practice.id} has an empty step`);
    }
  });

  it('matches the facts it was generated from', () => {
    // The shared fact sheet is not part of a user's clone; catalog/facts.json is its committed copy.
    const facts = JSON.parse(readFileSync(join(ROOT, 'catalog', 'facts.json'), 'utf8')) as { practices: { id: string; title: string; url: string }[] };
    for (const fact of facts.practices) {
      const practice = loadCatalog().practices.get(fact.id)!;
      assert.equal(practice.title, fact.title);
      assert.match(practice.url, /^https:\/\/se-ml\.github\.io\/best_practices\//);
    }
  });

  it('every rule points at a practice that exists, and related practices exist too', () => {
    const catalog = loadCatalog();
    for (const rule of RULES) {
      for (const id of [rule.meta.practice, ...(rule.meta.relatedPractices ?? [])]) assert.ok(catalog.practices.has(id), `${rule.meta.id} → missing practice ${id}`);
    }
    for (const practice of catalog.practices.values()) {
      for (const id of practice.related) assert.ok(catalog.practices.has(id), `${practice.id} relates to missing ${id}`);
      for (const signal of [...practice.signals.adopted, ...practice.signals.notAdopted]) {
        if (signal.kind === 'rule') assert.match(signal.rule!, /^[a-z]+(-[a-z]+)+$/, `${practice.id}: rule signal ${signal.rule}`);
      }
    }
  });

  it('explains, in the practice each notebook rule checks, how the rule relates to it', () => {
    for (const rule of RULES.filter((candidate) => candidate.meta.notebookOnly)) {
      const practice = loadCatalog().practices.get(rule.meta.practice)!;
      assert.ok(practice.ruleNotes?.[rule.meta.id], `${practice.id} has no ruleNotes for ${rule.meta.id}`);
    }
    for (const practice of loadCatalog().practices.values()) {
      for (const ruleId of Object.keys(practice.ruleNotes ?? {})) assert.ok(RULES.some((rule) => rule.meta.id === ruleId), `${practice.id} has a note for unknown rule ${ruleId}`);
    }
  });

  it('labels survey adoption as approximate wherever it is shown', () => {
    const sanity = loadCatalog().practices.get('01-sanity_check')!;
    assert.match(adoptionText(sanity)!, /about 8% of teams apply it completely/);
    assert.match(adoptionText(sanity)!, /approximate/);
    const card = renderPracticeCard(sanity);
    assert.match(card, /\*\*Adoption \(approximate\)\.\*\*/);
    const trust = loadCatalog().practices.get('06-audits')!;
    assert.match(adoptionText(trust)!, /trustworthy ML.*approximate/s);
    assert.equal(adoptionText(loadCatalog().practices.get('bms-short-units')!), undefined);
  });

  it('renders a full card with title, category, difficulty, example and links', () => {
    const card = renderPracticeCard(loadCatalog().practices.get('01-sanity_check')!, { openPracticeLink: 'command:x' });
    assert.match(card, /^### Use Sanity Checks for All External Data Sources/);
    assert.match(card, /Data practice 1 of 46 · difficulty: medium/);
    assert.match(card, /\*\*Instead of:\*\*\n```python/);
    assert.match(card, /\[Practice page\]\(https:\/\/se-ml\.github\.io\/best_practices\/01-sanity_check\/\) · \[Open practice\]\(command:x\)/);
    assert.match(card, /\*\*Related:\*\* Check that Input Data is Complete/);
  });
});

describe('package.json manifest', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown; scope?: string; markdownDescription?: string; properties?: Record<string, { properties: Record<string, { default: unknown; minimum?: number }> }> }> } };
  };
  const properties = manifest.contributes.configuration.properties;

  it('declares every setting with scope, markdownDescription and default', () => {
    for (const [key, property] of Object.entries(properties)) {
      assert.ok(property.scope, `${key} has no scope`);
      assert.ok(property.markdownDescription, `${key} has no markdownDescription`);
      assert.ok('default' in property, `${key} has no default`);
    }
  });

  it('agrees with the engine on settings and defaults', () => {
    assert.deepEqual(Object.keys(properties).sort(), ['enable', 'exclude', 'maxFileSize', 'rules.customizations', 'rules.options', 'run', 'trace.server'].map((key) => `ml-practices.${key}`).sort());
    assert.equal(properties['ml-practices.enable'].default, DEFAULT_SETTINGS.enable);
    assert.equal(properties['ml-practices.run'].default, DEFAULT_SETTINGS.run);
    assert.equal(properties['ml-practices.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
  });

  it('declares every rule option with the rule’s default and minimum', () => {
    const options = properties['ml-practices.rules.options'].properties!;
    const configurable = RULES.filter((rule) => Object.keys(rule.meta.options).length > 0);
    assert.deepEqual(Object.keys(options).sort(), configurable.map((rule) => rule.meta.id).sort());
    for (const rule of configurable) {
      const declared = options[rule.meta.id].properties;
      assert.deepEqual(Object.keys(declared).sort(), Object.keys(rule.meta.options).sort(), rule.meta.id);
      for (const [name, spec] of Object.entries(rule.meta.options)) {
        assert.deepEqual(declared[name].default, spec.default, `${rule.meta.id}.${name} default`);
        if (spec.type === 'integer') assert.equal(declared[name].minimum, spec.minimum, `${rule.meta.id}.${name} minimum`);
        else assert.equal((declared[name] as unknown as { type: string }).type, 'array', `${rule.meta.id}.${name} is a list in package.json`);
      }
    }
  });
});

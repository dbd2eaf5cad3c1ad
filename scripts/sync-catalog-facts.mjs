// Regenerates catalog/facts.json from the team's shared fact sheet (../shared/catalog-facts/), keeping
// only the facts the product shows. Run by hand when the fact sheet changes; the result is committed so
// that a clone without ../shared still has every fact.
import { readFileSync, writeFileSync } from 'node:fs';

const sharedDir = process.argv[2] ?? '../shared/catalog-facts';
const practices = JSON.parse(readFileSync(`${sharedDir}/catalog-facts.json`, 'utf8'));
const meta = JSON.parse(readFileSync(`${sharedDir}/catalog-meta.json`, 'utf8'));

const adoption = (pct) =>
  pct && { completely: pct.completely, mostly: pct.mostly, partially: pct.partially, notAtAll: pct.not_at_all };

const facts = {
  source: {
    repository: meta.source.repository,
    commit: meta.source.source_branch_commit,
    note: 'Adoption percentages were read off published bar charts and are approximate (about ±1 percentage point).',
  },
  effects: Object.fromEntries(Object.entries(meta.effects).map(([effect, list]) => [effect, list.map((p) => p.id)])),
  euRequirements: Object.fromEntries(
    Object.entries(meta.eu_requirements).map(([requirement, list]) => [requirement, list.map((p) => p.id)]),
  ),
  practices: practices.map((p) => ({
    id: p.id,
    number: p.site_index,
    title: p.title,
    category: p.category,
    difficulty: p.difficulty ?? null,
    url: p.url,
    related: p.related.map((r) => r.id),
    detectability: p.detection.detectability,
    effects: p.effects,
    survey: p.survey29
      ? { rank: p.survey29.adoption_rank_2020, year: 2020, adoption: adoption(p.survey29.adoption_2020_pct_approx) }
      : null,
    trustworthiness: p.trustworthiness
      ? {
          id: p.trustworthiness.id,
          euRequirement: p.trustworthiness.eu_requirement,
          year: 2021,
          adoption: adoption(p.trustworthiness.adoption_2021_pct_approx),
        }
      : null,
  })),
};
writeFileSync('catalog/facts.json', `${JSON.stringify(facts, null, 1)}\n`);
console.log(`catalog/facts.json: ${facts.practices.length} practices`);

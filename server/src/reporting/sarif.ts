// SARIF 2.1.0 output for code-scanning services. Rules carry their practice's page (helpUri) and catalog
// text; the catalog travels as a taxonomy ("SE-ML") that rules and results reference. Notebook results
// point at the .ipynb file with properties.cell (0-based among all cells) and lines counted in the cell.
import { pathToFileURL } from 'node:url';
import { RULES } from '../checks';
import { loadCatalog } from '../catalog/catalog';
import { renderPracticeCard } from '../catalog/card';
import type { CodeLocation, Range, Severity } from '../analysis/types';
import { displayPathOf, type RunReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
export const TAXONOMY = 'SE-ML';
export const SRCROOT = '%SRCROOT%';

export const SARIF_HEADER = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0' } as const;

/** Who produced the log: the same for `check` and `assess`. */
export function driverIdentity(version: string) {
  return { name: 'ml-practices', version, semanticVersion: version, informationUri: 'https://se-ml.github.io/' };
}

/** The catalog as a SARIF taxonomy: one taxon per practice, referenced by rules and results. */
export function seMlTaxonomy() {
  return {
    name: TAXONOMY,
    organization: 'SE-ML (se-ml.github.io)',
    informationUri: 'https://se-ml.github.io/practices/',
    shortDescription: { text: 'Engineering best practices for machine learning, with the ten Building Maintainable Software guidelines they build on.' },
    isComprehensive: true,
    taxa: [...loadCatalog().practices.values()].map((practice) => ({
      id: practice.id,
      name: practice.title,
      shortDescription: { text: practice.summary },
      helpUri: practice.url,
      properties: { category: practice.category, difficulty: practice.difficulty, kind: practice.kind },
    })),
  };
}

function toPascalCase(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

export function formatSarif(report: RunReport, version: string): string {
  const catalog = loadCatalog();
  const practiceIds = [...catalog.practices.keys()];
  const taxonReference = (practiceId: string) => ({ id: practiceId, index: practiceIds.indexOf(practiceId), toolComponent: { name: TAXONOMY, index: 0 } });
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

  const artifactUri = (uri: string) => displayPathOf(report.root, uri).split('/').map(encodeURIComponent).join('/');
  const regionOf = (range: Range) => ({
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  });
  const location = (where: CodeLocation, message?: string) => ({
    physicalLocation: {
      artifactLocation: { uri: artifactUri(where.uri), uriBaseId: SRCROOT },
      region: regionOf(where.range),
    },
    ...(message ? { message: { text: message } } : {}),
    ...(where.cell === undefined ? {} : { properties: { cell: where.cell } }),
  });

  const results = report.files.flatMap((file) =>
    file.findings.map((finding) => {
      const rule = RULES[ruleIndex.get(finding.ruleId) ?? -1];
      const practices = rule ? [rule.meta.practice, ...(rule.meta.relatedPractices ?? [])] : [];
      return {
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [location(finding.location)],
        ...(finding.related?.length ? { relatedLocations: finding.related.map((related, index) => ({ id: index + 1, ...location(related.location, related.message) })) } : {}),
        taxa: practices.map(taxonReference),
        ...(finding.fix
          ? {
              fixes: [
                {
                  description: { text: finding.fix.title.replace(/`/g, "'") },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: artifactUri(finding.location.uri), uriBaseId: SRCROOT },
                      replacements: finding.fix.edits.map((edit) => ({
                        deletedRegion: regionOf(edit.range),
                        insertedContent: { text: edit.newText },
                        ...(edit.cell === undefined ? {} : { properties: { cell: edit.cell } }),
                      })),
                    },
                  ],
                },
              ],
            }
          : {}),
        ...(finding.location.cell === undefined ? {} : { properties: { cell: finding.location.cell } }),
      };
    }),
  );

  const notifications = [
    ...report.notices.map((text) => ({ level: 'warning', message: { text } })),
    ...report.files.flatMap((file) =>
      file.problems.map((problem) => ({ level: LEVEL[problem.severity], message: { text: problem.message }, locations: [location(problem.location)] })),
    ),
  ];

  const log = {
    ...SARIF_HEADER,
    runs: [
      {
        tool: {
          driver: {
            ...driverIdentity(version),
            rules: RULES.map((rule) => {
              const practice = catalog.practices.get(rule.meta.practice)!;
              return {
                id: rule.meta.id,
                name: toPascalCase(rule.meta.id),
                shortDescription: { text: rule.meta.description },
                fullDescription: { text: `${practice.summary} ${practice.why}` },
                helpUri: practice.url,
                help: { text: `${practice.title}: ${practice.summary}`, markdown: renderPracticeCard(practice) },
                defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
                properties: { practice: practice.id, category: practice.category, tags: ['ml-practices', practice.category] },
                relationships: [rule.meta.practice, ...(rule.meta.relatedPractices ?? [])].map((id) => ({ target: taxonReference(id), kinds: ['relevant'] })),
              };
            }),
            supportedTaxonomies: [{ name: TAXONOMY, index: 0 }],
          },
        },
        taxonomies: [seMlTaxonomy()],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${report.root}/`).href } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

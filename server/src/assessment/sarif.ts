// The self-assessment as SARIF 2.1.0: one rule per practice (referencing the SE-ML taxonomy) and one
// result per practice, with SARIF's own result kinds — adopted is a `pass`, not or partly adopted a
// `fail` (warning / note), unknown a `review`. Evidence locations are the result's locations.
import { pathToFileURL } from 'node:url';
import { loadCatalog } from '../catalog/catalog';
import { driverIdentity, SARIF_HEADER, SRCROOT, TAXONOMY, seMlTaxonomy } from '../reporting/sarif';
import type { AssessmentReport, PracticeAssessment } from './types';

/** Locations per result, at most (the JSON report keeps all evidence). */
const MAX_LOCATIONS = 10;

function kindAndLevel(practice: PracticeAssessment): { kind: string; level: string } {
  switch (practice.status) {
    case 'adopted':
      return { kind: 'pass', level: 'none' };
    case 'partly':
      return { kind: 'fail', level: 'note' };
    case 'not-adopted':
      return { kind: 'fail', level: 'warning' };
    default:
      return { kind: 'review', level: 'none' };
  }
}

export function formatAssessmentSarif(report: AssessmentReport): string {
  const ids = [...loadCatalog().practices.keys()];
  const taxon = (id: string) => ({ id, index: ids.indexOf(id), toolComponent: { name: TAXONOMY, index: 0 } });
  const results = report.practices.map((practice, ruleIndex) => {
    const located = practice.evidence.filter((item) => item.path && !item.path.endsWith('/')).slice(0, MAX_LOCATIONS);
    return {
      ruleId: practice.id,
      ruleIndex,
      ...kindAndLevel(practice),
      message: { text: `${practice.title}: ${practice.status.replace('-', ' ')}. ${practice.reason}` },
      ...(located.length > 0
        ? {
            locations: located.map((item) => ({
              physicalLocation: {
                artifactLocation: { uri: item.path!.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT },
                ...(item.line ? { region: { startLine: item.line } } : {}),
              },
              message: { text: `${item.supports === 'against' ? 'against: ' : ''}${item.says}` },
              ...(item.cell ? { properties: { cell: item.cell - 1 } } : {}),
            })),
          }
        : {}),
      taxa: [taxon(practice.id)],
      properties: { status: practice.status, category: practice.category, ...(practice.measure ? { measure: practice.measure } : {}) },
    };
  });
  const log = {
    ...SARIF_HEADER,
    runs: [
      {
        tool: {
          driver: {
            ...driverIdentity(report.tool.version),
            rules: report.practices.map((practice) => ({
              id: practice.id,
              name: practice.title,
              shortDescription: { text: practice.title },
              helpUri: practice.url,
              properties: { category: practice.category, difficulty: practice.difficulty, tags: ['ml-practices', 'assessment', practice.category] },
              relationships: [{ target: taxon(practice.id), kinds: ['equal'] }],
            })),
            supportedTaxonomies: [{ name: TAXONOMY, index: 0 }],
          },
        },
        taxonomies: [seMlTaxonomy()],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${report.root}/`).href } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: report.notices.map((text) => ({ level: 'warning', message: { text } })) }],
        results,
        properties: { score: report.score, categories: report.categories },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

// The practice catalog: facts (from the SE-ML fact sheet and the maintainability guidelines) joined with
// our own prose, one entry per practice. The single source of every explanation the product shows:
// hover cards, the "Open practice" view, SARIF rule descriptions and the CLI's rule list.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Adoption {
  completely: number;
  mostly: number;
  partially: number;
  notAtAll: number;
}

export interface Signal {
  kind: 'path' | 'import' | 'call' | 'dependency' | 'rule' | 'text';
  glob?: string;
  module?: string;
  name?: string;
  rule?: string;
  pattern?: string;
  /** Alone, this evidence shows the practice only in part. */
  partial?: boolean;
  says: string;
}

/** A figure computed from the rules' findings that decides a code-level practice (see assessment/measures). */
export interface MeasureSpec {
  metric: string;
  adoptedAtMost?: number;
  partlyAtMost?: number;
  adoptedAtLeast?: number;
  partlyAtLeast?: number;
  /** What the figure is, with {value} where the number goes. */
  says: string;
  why?: string;
}

export interface Practice {
  id: string;
  kind: 'se-ml' | 'guideline';
  title: string;
  category: string;
  difficulty: 'basic' | 'medium' | 'advanced' | null;
  url: string;
  /** Position in its list: "n / 46" on the SE-ML site, or the guideline's chapter number. */
  number: number;
  related: string[];
  effects: string[];
  detectability: 'code' | 'partial' | 'not_detectable';
  survey: { rank: number; year: number; adoption: Adoption } | null;
  trustworthiness: { id: string; euRequirement: string; year: number; adoption: Adoption } | null;
  summary: string;
  why: string;
  how: string[];
  example?: { language?: string; bad: string; good: string };
  question?: string;
  /** How each rule that checks this practice relates to it (shown on hover above the card). */
  ruleNotes?: Record<string, string>;
  signals: { adopted: Signal[]; notAdopted: Signal[] };
  measure?: MeasureSpec;
}

export interface Catalog {
  practices: ReadonlyMap<string, Practice>;
  seMlCount: number;
  effects: Record<string, string[]>;
  euRequirements: Record<string, string[]>;
}

type Prose = Pick<Practice, 'summary' | 'why' | 'how' | 'example' | 'question' | 'ruleNotes' | 'signals' | 'measure'>;
type SeMlFacts = Omit<Practice, 'kind' | keyof Prose>;

/** The catalog folder sits at the package root: beside dist/ when bundled, three levels up from sources. */
export function findCatalogDir(start = __dirname): string {
  for (let current = start; ; current = dirname(current)) {
    if (existsSync(join(current, 'catalog', 'facts.json'))) return join(current, 'catalog');
    if (dirname(current) === current) throw new Error(`ml-practices: catalog/ not found above ${start}`);
  }
}

let loaded: Catalog | undefined;

export function loadCatalog(directory = findCatalogDir()): Catalog {
  if (loaded) return loaded;
  const readJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(join(directory, ...parts), 'utf8')) as T;
  const facts = readJson<{ practices: SeMlFacts[]; effects: Record<string, string[]>; euRequirements: Record<string, string[]> }>('facts.json');
  const guidelines = readJson<{ link: string; guidelines: { id: string; number: number; title: string }[] }>('guidelines.json');
  const prose = new Map<string, Prose>();
  for (const file of readdirSync(join(directory, 'practices')).filter((name) => name.endsWith('.json'))) {
    const entry = readJson<Prose & { id: string }>('practices', file);
    prose.set(entry.id, entry);
  }
  const proseOf = (id: string): Prose => {
    const entry = prose.get(id);
    if (!entry) throw new Error(`ml-practices: catalog/practices/${id}.json is missing`);
    return { summary: entry.summary, why: entry.why, how: entry.how, example: entry.example, question: entry.question, ruleNotes: entry.ruleNotes, signals: entry.signals, measure: entry.measure };
  };
  const practices = new Map<string, Practice>();
  for (const fact of facts.practices) practices.set(fact.id, { ...fact, kind: 'se-ml', ...proseOf(fact.id) });
  for (const guideline of guidelines.guidelines) {
    practices.set(guideline.id, {
      id: guideline.id,
      kind: 'guideline',
      title: guideline.title,
      category: 'Maintainability',
      difficulty: null,
      url: guidelines.link,
      number: guideline.number,
      related: [],
      effects: [],
      // A guideline with a question (balanced components …) is one the code shows only in part.
      detectability: prose.get(guideline.id)?.question ? 'partial' : 'code',
      survey: null,
      trustworthiness: null,
      ...proseOf(guideline.id),
    });
  }
  loaded = { practices, seMlCount: facts.practices.length, effects: facts.effects, euRequirements: facts.euRequirements };
  return loaded;
}

export function getPractice(id: string): Practice {
  const practice = loadCatalog().practices.get(id);
  if (!practice) throw new Error(`ml-practices: no practice "${id}" in the catalog`);
  return practice;
}

// The cross-document part of duplicate-code: token streams contributed by each analysed document go into one
// clone index, and every copy of a duplicated block becomes a finding in its own document, related to every
// other copy. The CLI puts all the files it checks in at once; the language server keeps one index for the
// whole workspace, updates it one document at a time and asks for the copies of its open documents.
import { basename } from 'node:path';
import { PROJECT_MODULES_CONTRIBUTION, type AnalysisResult } from '../analysis/engine';
import type { ProjectFacts } from '../analysis/project';
import { isSuppressed, type Directive } from '../analysis/suppressions';
import type { Finding, Severity } from '../analysis/types';
import { CLONE_STREAMS } from '../checks/duplication/duplicate-code';
import { CloneWorkspace, type CloneCopy, type CloneDocument, type CloneReport, type TokenStream } from './duplicates';

export interface AnalysedDocument {
  uri: string;
  result: AnalysisResult;
}

interface Contribution {
  streams: Omit<TokenStream, 'documentId' | 'key'>[];
  minLines: number;
  minTokens: number;
  testCode?: boolean;
}

/**
 * Everything the index keeps of one document: its code units' clone tokens and thresholds, and what its own
 * findings need (the rule's severity there, the suppression directives). The language server persists
 * exactly this between sessions (workspace/indexCache.ts).
 */
export interface IndexEntry extends CloneDocument {
  /** duplicate-code's severity in this document. */
  severity?: Severity;
  /** Suppression directives per code unit, same order as the snapshot's units. */
  directives: Directive[][];
  /** The project-wide libraries the document imports (analysis/project.ts). */
  projectModules?: string[];
}

/** One document's duplicate-code findings, and every document it shares a copy with (suppressed ones too). */
export interface DocumentCopies {
  findings: Finding[];
  partners: Set<string>;
}

const RULE = 'duplicate-code';

/** The project-wide libraries an analysis found imported, as an entry field (absent when none). */
function projectModulesOf(result: AnalysisResult): Pick<IndexEntry, 'projectModules'> {
  const modules = result.contributions.get(PROJECT_MODULES_CONTRIBUTION) as string[] | undefined;
  return modules && modules.length > 0 ? { projectModules: modules } : {};
}
/** Other copies named in the message, and listed in the hover, at most (related locations give them all). */
const MAX_LISTED = 5;
const MAX_DETAILED = 20;

function fileName(uri: string): string {
  return decodeURIComponent(basename(uri));
}

const kindOf = (exact: boolean) => (exact ? 'exact copies' : 'copies with renamed names or changed values');

/**
 * The clone index of a set of documents by URI, kept between calls: `set` replaces one document (only its
 * changed code units are hashed again), `delete` forgets one, `copiesOf` gives the findings of some.
 */
export class DuplicateIndex {
  private readonly clones = new CloneWorkspace<string>();
  private readonly findingInputs = new Map<string, Pick<IndexEntry, 'severity' | 'directives' | 'projectModules'>>();

  /** What the indexed documents tell of the project (which libraries some document imports). */
  readonly project: ProjectFacts = {
    imports: (module) => [...this.findingInputs.values()].some((inputs) => inputs.projectModules?.includes(module) === true),
  };
  /** Set when an update changed the thresholds (minLines/minTokens) since the last `refresh`. */
  private retuned = false;

  get size(): number {
    return this.findingInputs.size;
  }

  has(uri: string): boolean {
    return this.findingInputs.has(uri);
  }

  /** What the index holds of a document (undefined when it is not in the index). */
  entry(uri: string): IndexEntry | undefined {
    const inputs = this.findingInputs.get(uri);
    const document = inputs && this.clones.document(uri);
    return document && { ...document, ...inputs };
  }

  /**
   * Puts a document's analysis in the index (a document without clone tokens — rule off, unreadable — is
   * taken out). Returns true when every document's copies may have changed (another minLines/minTokens).
   */
  set(uri: string, result: AnalysisResult): boolean {
    const contribution = result.contributions.get(CLONE_STREAMS) as Contribution | undefined;
    if (!contribution) return this.delete(uri);
    return this.setEntry(uri, {
      units: contribution.streams,
      minLines: contribution.minLines,
      minTokens: contribution.minTokens,
      ...(contribution.testCode ? { testCode: true } : {}),
      severity: result.severities.get(RULE),
      directives: result.directives,
      ...projectModulesOf(result),
    });
  }

  /** Puts a document in the index as `entry` describes it (e.g. restored from a cache); returns as `set`. */
  setEntry(uri: string, entry: IndexEntry): boolean {
    this.findingInputs.set(uri, { severity: entry.severity, directives: entry.directives, ...(entry.projectModules ? { projectModules: entry.projectModules } : {}) });
    const retuned = this.clones.setDocument(uri, { units: entry.units, minLines: entry.minLines, minTokens: entry.minTokens, ...(entry.testCode ? { testCode: true } : {}) });
    this.retuned ||= retuned;
    return retuned;
  }

  /** Makes room for code units (by token count) about to be set (see CloneWorkspace.reserve). */
  reserve(unitTokens: Iterable<number>): void {
    this.clones.reserve(unitTokens);
  }

  /** Takes a document out; returns true as `set` does. */
  delete(uri: string): boolean {
    this.findingInputs.delete(uri);
    const retuned = this.clones.removeDocument(uri);
    this.retuned ||= retuned;
    return retuned;
  }

  /**
   * The copies of the open documents that may have changed since the documents `changed` were set in or
   * taken out of the index: the changed ones that are open, and the open ones that shared a copy with a
   * changed one before (their last partners, given in `open`) or after (the changed ones' copies now).
   * Without `changed`, or after a threshold change, every open document's.
   */
  refresh(changed: readonly string[] | undefined, open: ReadonlyMap<string, ReadonlySet<string>>): Map<string, DocumentCopies> {
    // Finding who shares copies with a changed document costs a match per changed document: when more
    // changed (a branch switch) than are open, matching every open document is cheaper.
    if (!changed || this.retuned || changed.length > Math.max(1, open.size)) {
      this.retuned = false;
      return this.copiesOf(open.keys());
    }
    const computed = this.copiesOf(changed);
    const targets = new Set<string>();
    for (const [uri, copies] of computed) {
      if (open.has(uri)) targets.add(uri);
      for (const partner of copies.partners) if (open.has(partner)) targets.add(partner);
      for (const partner of open.get(uri) ?? []) if (open.has(partner)) targets.add(partner);
    }
    for (const [uri, partners] of open) if (changed.some((other) => partners.has(other))) targets.add(uri);
    const refreshed = this.copiesOf([...targets].filter((uri) => !computed.has(uri)));
    for (const uri of targets) if (computed.has(uri)) refreshed.set(uri, computed.get(uri)!);
    return refreshed;
  }

  /**
   * The duplicate-code findings of the given documents, matched against every indexed document. Every
   * given URI gets an entry; documents with the rule off get no findings (but their partners).
   */
  copiesOf(uris: Iterable<string>): Map<string, DocumentCopies> {
    const byUri = new Map<string, DocumentCopies>();
    for (const uri of uris) byUri.set(uri, { findings: [], partners: new Set() });
    for (const report of this.clones.copiesOf(byUri.keys())) {
      const copies = byUri.get(report.copy.documentId)!;
      for (const other of report.others) if (other.documentId !== report.copy.documentId) copies.partners.add(other.documentId);
      const finding = this.findingOf(report);
      if (finding) copies.findings.push(finding);
    }
    return byUri;
  }

  private findingOf({ copy, others, tokens, unitIndex }: CloneReport<string>): Finding | undefined {
    const uri = copy.documentId;
    const { severity, directives } = this.findingInputs.get(uri)!;
    if (!severity) return undefined;
    const fileDirectives = directives.flat().filter((directive) => directive.scope === 'file');
    // A directive on any line of a copy suppresses that copy (block suppression), as does a file directive.
    const unitDirectives = directives[unitIndex] ?? [];
    for (let line = copy.range.start.line; line <= copy.range.end.line; line++) if (isSuppressed(unitDirectives, RULE, line, fileDirectives)) return undefined;
    const describe = (other: CloneCopy<string>) => {
      const lines = `lines ${other.range.start.line + 1}–${other.range.end.line + 1}`;
      const sameDocument = other.documentId === uri;
      const where = sameDocument ? (other.cell === undefined ? 'this file' : other.cell === copy.cell ? 'this cell' : `cell ${other.cell + 1}`) : other.cell === undefined ? fileName(other.documentId) : `cell ${other.cell + 1} of ${fileName(other.documentId)}`;
      return `${where}, ${lines}`;
    };
    const totalLines = others.reduce((sum, other) => sum + other.lines, copy.lines);
    const kind = kindOf(others.every((other) => other.exact));
    // A block copied dozens of times would make every copy list every other one: keep lists short.
    const listed = others.slice(0, MAX_LISTED).map(describe);
    const more = others.length > MAX_LISTED ? ` and ${others.length - MAX_LISTED} more` : '';
    return {
      ruleId: RULE,
      severity,
      message: `This block (${copy.lines} lines) also stands in ${others.length === 1 ? 'another place' : `${others.length} other places`}: ${listed.join('; ')}${more}. Write it once, as a function every copy calls.`,
      location: { uri, cell: copy.cell, range: copy.range },
      // Every other copy the matcher found (at most MAX_CANDIDATES of the clone index per position), so that
      // the editor's related information and SARIF's relatedLocations lead to each one.
      related: others.map((other) => ({ location: { uri: other.documentId, cell: other.cell, range: other.range }, message: `the same block (${kindOf(other.exact)})` })),
      details: `**Duplicated block**: ${others.length + 1} copies (${kind}), ${totalLines} duplicated lines in all, ${tokens} tokens each.\n\n${['- **here**', ...others.slice(0, MAX_DETAILED).map((other) => `- ${describe(other)}`)].join('\n')}${others.length > MAX_DETAILED ? `\n- … ${others.length - MAX_DETAILED} more (all in the related locations)` : ''}`,
    };
  }
}

/**
 * Duplicate-code findings by document URI, in one pass over a fresh index (the CLI; documents with the rule
 * off get none). With `reportFor`, only those documents get findings (the others are matched against).
 */
/**
 * The duplicate-code findings of a set of documents. `index`: one that already holds some of them (added
 * while others were still being analysed); the rest are added in order.
 */
export function duplicateFindings(documents: readonly AnalysedDocument[], reportFor?: ReadonlySet<string>, index = new DuplicateIndex()): Map<string, Finding[]> {
  for (const { uri, result } of documents) if (!index.has(uri)) index.set(uri, result);
  const byUri = new Map<string, Finding[]>();
  const asked = documents.map(({ uri }) => uri).filter((uri) => reportFor?.has(uri) ?? true);
  for (const [uri, { findings }] of index.copiesOf(asked)) if (findings.length > 0) byUri.set(uri, findings);
  return byUri;
}

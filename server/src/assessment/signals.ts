// The evidence signals of every catalog entry, indexed for matching: path globs, text phrases, imported
// modules, called functions, declared dependencies and rule findings. The table is data from the catalog
// (catalog/practices/<id>.json → signals); this file only knows how to look each kind up quickly.
import { globTest } from '../config/globs';
import type { Catalog, Practice, Signal } from '../catalog/catalog';

export interface SignalRef {
  practice: Practice;
  side: 'adopted' | 'notAdopted';
  signal: Signal;
  /** Stable key of the signal within the catalog ("<practice>/<side>/<index>"). */
  key: string;
}

interface GlobSignal extends SignalRef {
  matches: (relativePath: string) => boolean;
}

/** `Jenkinsfile` matches that name at any depth; `.github/workflows/*.yml` is matched from the root. */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  return globTest(glob, { dot: true, basename: true });
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** PEP 503 normalisation: `Scikit_Learn` and `scikit-learn` are the same distribution. */
export function normalizeDistribution(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The first segment of a dotted name: `sklearn` for `sklearn.model_selection.train_test_split`. */
const rootOf = (dotted: string) => dotted.split('.')[0];

export class SignalTable {
  readonly paths: GlobSignal[] = [];
  readonly texts: (GlobSignal & { needle: string })[] = [];
  /** Import signals by the module's first segment. */
  readonly imports = new Map<string, (SignalRef & { module: string })[]>();
  /** Call signals by the callee's first segment; `prefix` for names ending in `.*`. */
  readonly calls = new Map<string, (SignalRef & { name: string; prefix: boolean })[]>();
  readonly dependencies = new Map<string, SignalRef[]>();
  readonly rules = new Map<string, SignalRef[]>();

  constructor(catalog: Catalog) {
    for (const practice of catalog.practices.values()) {
      for (const side of ['adopted', 'notAdopted'] as const) {
        practice.signals[side].forEach((signal, index) => this.add({ practice, side, signal, key: `${practice.id}/${side}/${index}` }));
      }
    }
  }

  private add(ref: SignalRef): void {
    const { signal } = ref;
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
    switch (signal.kind) {
      case 'path':
        if (signal.glob) this.paths.push({ ...ref, matches: globMatcher(signal.glob) });
        break;
      case 'text':
        if (signal.pattern) this.texts.push({ ...ref, matches: globMatcher(signal.glob ?? '**'), needle: signal.pattern.toLowerCase() });
        break;
      case 'import':
        if (signal.module) push(this.imports, rootOf(signal.module), { ...ref, module: signal.module });
        break;
      case 'call':
        if (signal.name) {
          const prefix = signal.name.endsWith('.*');
          const name = prefix ? signal.name.slice(0, -2) : signal.name;
          push(this.calls, rootOf(name), { ...ref, name, prefix });
        }
        break;
      case 'dependency':
        if (signal.name) push(this.dependencies, normalizeDistribution(signal.name), ref);
        break;
      case 'rule':
        if (signal.rule) push(this.rules, signal.rule, ref);
        break;
    }
  }

  /** Module roots that import and call signals name: a file that mentions none of them needs no lookup. */
  moduleRoots(): Set<string> {
    return new Set([...this.imports.keys(), ...this.calls.keys()]);
  }

  private rootPattern: RegExp | undefined;
  /** Whether a text mentions any module root as a word: one scan of the text, not one per module. */
  mentionsModule(text: string): boolean {
    this.rootPattern ??= new RegExp(`\\b(?:${[...this.moduleRoots()].map((root) => escapeRegExp(root)).join('|')})\\b`);
    return this.rootPattern.test(text);
  }

  /** Import signals a module (dotted, as imported) satisfies. */
  importSignals(module: string): SignalRef[] {
    return (this.imports.get(rootOf(module)) ?? []).filter((ref) => module === ref.module || module.startsWith(`${ref.module}.`));
  }

  /** Call signals a qualified callee satisfies. */
  callSignals(callee: string): SignalRef[] {
    return (this.calls.get(rootOf(callee)) ?? []).filter((ref) => callee === ref.name || (ref.prefix && callee.startsWith(`${ref.name}.`)));
  }

  /** Every signal by its key. */
  byKey(): Map<string, SignalRef> {
    const all: SignalRef[] = [...this.paths, ...this.texts, ...[...this.imports.values()].flat(), ...[...this.calls.values()].flat(), ...[...this.dependencies.values()].flat(), ...[...this.rules.values()].flat()];
    return new Map(all.map((ref) => [ref.key, ref]));
  }

  /** Whether any text or path signal could look at this file: only those files are read as text. */
  wantsText(relativePath: string): boolean {
    return this.texts.some((ref) => ref.matches(relativePath));
  }
}

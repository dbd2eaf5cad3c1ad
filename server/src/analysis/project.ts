// What an analysis may know of the project around the document: whether another file of the workspace (or
// of the CLI's run) imports a library. The "Add sanity checks" fix writes a pandera schema when the project
// uses pandera, even in a file that does not import it yet. Engine-level: callers (the CLI, the server)
// gather the facts from the files they see; the engine finds them in one document (projectModulesIn).
import { importsOf } from './imports';
import type { ParsedUnit } from './rule';

/** Libraries whose use anywhere in the project changes what the engine suggests. */
export const PROJECT_MODULES = ['pandera'] as const;

export interface ProjectFacts {
  /** Whether some file of the project imports this module (its top-level name). */
  imports(module: string): boolean;
}

export const NO_PROJECT_FACTS: ProjectFacts = { imports: () => false };

/** The project modules a document imports; only a unit whose text names one is asked for its imports. */
export function projectModulesIn(units: readonly ParsedUnit[]): string[] {
  return PROJECT_MODULES.filter((module) =>
    units.some((unit) => !unit.isOpaque && unit.text.includes(module) && [...importsOf(unit).values()].some((imported) => imported === module || imported.startsWith(`${module}.`))),
  );
}

/** Project facts from the modules each file imports (a map kept by the caller: file → modules). */
export function projectFactsOf(importsByFile: ReadonlyMap<string, readonly string[]>): ProjectFacts {
  return { imports: (module) => [...importsByFile.values()].some((modules) => modules.includes(module)) };
}

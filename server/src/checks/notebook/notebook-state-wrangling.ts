import type { Rule } from '../../analysis/rule';
import { cellLabel, cellLocation, describeName, notebookFacts } from '../../analysis/notebook';
import { nodeRange } from '../../parsing/syntax';

/**
 * ## What it does
 * Reports a statement in a notebook cell that changes data created in another cell: rebinding a name from
 * itself (`df = df.dropna()`, `n = n + 1`, `df += 1`), item assignment or deletion (`df["x"] = …`,
 * `df.loc[…] = …`, `del df["c"]`), assigning `.columns`/`.index`, calls with `inplace=True`, and in-place
 * container methods (`append`, `extend`, `insert`, `pop`, `remove`, `update`, `sort`, `clear`) — unless the
 * name was (re)bound earlier in the same cell. Running such a cell twice, or out of order, gives a
 * different result.
 */
export const notebookStateWrangling: Rule = {
  meta: {
    id: 'notebook-state-wrangling',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'info',
    description: 'Notebook cell changes data created in another cell (re-running it gives a different result).',
    options: {},
    notebookOnly: true,
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, mutations } = notebookFacts(context);
    for (const mutation of mutations) {
      const { unit, bindings } = cells[mutation.cellIndex];
      // Bound earlier in this cell: in an earlier statement, or earlier inside the same one (a loop
      // target, an assignment before it in a loop body), but not by the changing statement itself.
      const mutationStart = mutation.node.startIndex;
      const boundHereBefore = bindings.events.some(
        (event) => event.kind === 'bind' && event.name === mutation.name && !event.deferred && (event.statement < mutation.statement || (event.statement === mutation.statement && event.startIndex < mutationStart)),
      );
      if (boundHereBefore) continue;
      const all = definitions.get(mutation.name) ?? [];
      // Modules are not data: `sys.path.append(…)` after `import sys` is configuration.
      if (all.some((definition) => definition.event.how === 'import')) continue;
      // The data was created in a cell above; a name defined only below is use-before-define's case.
      const creator = [...all].reverse().find((definition) => definition.cellIndex < mutation.cellIndex);
      if (!creator) continue;
      const creatorUnit = cells[creator.cellIndex].unit;
      report({
        unit,
        range: nodeRange(mutation.node),
        message: `This ${mutation.how}, which ${cellLabel(creatorUnit)} created: running this cell twice, or out of order, gives a different result. Put the change in a function that returns a new value (\`clean = clean_frame(${mutation.name})\`), or create and change it in one cell.`,
        related: [{ location: cellLocation(snapshot.uri, creatorUnit, creator.event.range), message: `\`${mutation.name}\` is created here` }],
        details: describeName(context, mutation.name),
        data: { name: mutation.name },
      });
    }
  },
};

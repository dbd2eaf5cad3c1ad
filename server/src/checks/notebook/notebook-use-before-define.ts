import type { Rule } from '../../analysis/rule';
import { cellLabel, cellLocation, describeName, notebookFacts } from '../../analysis/notebook';

/**
 * ## What it does
 * Reports a name read by a cell's top-level code that is not defined earlier in that cell or in any cell
 * above, but is defined in a cell below: the notebook works only because the cells ran out of order, and
 * "Restart and run all" would fail here.
 */
export const notebookUseBeforeDefine: Rule = {
  meta: {
    id: 'notebook-use-before-define',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'warning',
    description: 'Name read in a notebook cell but defined only in a cell below it.',
    options: {},
    notebookOnly: true,
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, firstOpaqueCell } = notebookFacts(context);
    const definedAbove = new Set<string>();
    cells.forEach(({ unit, bindings }, cellIndex) => {
      // At or below a star import, %run, %pylab or exec, any name may already be defined.
      if (firstOpaqueCell !== undefined && cellIndex >= firstOpaqueCell) return;
      const definedHere = new Set<string>();
      for (const event of bindings.events) {
        if (event.kind === 'bind') {
          if (!event.deferred) definedHere.add(event.name);
          continue;
        }
        if (event.kind !== 'read' || event.deferred || definedHere.has(event.name) || definedAbove.has(event.name)) continue;
        const below = definitions.get(event.name)?.find((definition) => definition.cellIndex > cellIndex);
        if (!below) continue;
        const definingUnit = cells[below.cellIndex].unit;
        report({
          unit,
          range: event.range,
          message: `\`${event.name}\` is used here but defined only in ${cellLabel(definingUnit)}, below: "Restart and run all" would fail with a NameError. Move the definition above this cell.`,
          related: [{ location: cellLocation(snapshot.uri, definingUnit, below.event.range), message: `\`${event.name}\` is defined here` }],
          details: describeName(context, event.name),
        });
      }
      for (const name of definedHere) definedAbove.add(name);
      // A function defined above may assign module names through `global`; count those as defined too.
      for (const event of bindings.events) if (event.kind === 'bind' && event.deferred) definedAbove.add(event.name);
    });
  },
};

import type { Rule } from '../../analysis/rule';
import { BUILTINS, isIpythonName } from '../../analysis/bindings';
import { describeName, notebookFacts } from '../../analysis/notebook';

/**
 * ## What it does
 * Reports a name read anywhere in the notebook (top level or inside functions) that nothing in the
 * notebook defines, and that is neither a builtin nor a name IPython provides. It can only have come from
 * a cell that was edited or deleted: it lives in the kernel's memory, not in the notebook. Silent when a
 * star import, exec/eval, a globals() write or %run/%load could define names.
 */
export const notebookHiddenState: Rule = {
  meta: {
    id: 'notebook-hidden-state',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'warning',
    description: 'Name read in a notebook that no cell defines (it exists only in the kernel, from an edited or deleted cell).',
    options: {},
    notebookOnly: true,
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells, definitions, opaqueReason } = notebookFacts(context);
    for (const { unit, bindings } of cells) {
      for (const event of bindings.events) {
        if (event.kind !== 'read' || definitions.has(event.name) || BUILTINS.has(event.name) || isIpythonName(event.name)) continue;
        if (opaqueReason) {
          context.note({ unit, range: event.range, markdown: `**\`${event.name}\`** is not defined by any cell that ml-practices can read, but ${opaqueReason}, so \`notebook-hidden-state\` stays silent here.` });
          continue;
        }
        report({
          unit,
          range: event.range,
          message: `No cell in this notebook defines \`${event.name}\`: it only exists in the kernel, left over from a cell that was edited or deleted. "Restart and run all" would fail with a NameError. Add the cell that creates it back.`,
          details: describeName(context, event.name),
        });
      }
    }
  },
};

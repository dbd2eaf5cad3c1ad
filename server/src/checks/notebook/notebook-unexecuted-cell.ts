import type { Rule } from '../../analysis/rule';
import { cellLabel, cellLocation, firstLineRange, notebookFacts } from '../../analysis/notebook';

/**
 * ## What it does
 * Reports a code cell that has never run while a code cell below it has: it was skipped, so what later
 * cells computed is not what the notebook says. Empty and comment-only cells are ignored.
 */
export const notebookUnexecutedCell: Rule = {
  meta: {
    id: 'notebook-unexecuted-cell',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'info',
    description: 'Notebook code cell never executed although cells below it were.',
    options: {},
    notebookOnly: true,
  },
  check(context) {
    const { snapshot, report } = context;
    const { cells } = notebookFacts(context);
    let executedBelow: (typeof cells)[number] | undefined;
    for (let index = cells.length - 1; index >= 0; index--) {
      const { unit, isEmpty } = cells[index];
      if (isEmpty) continue; // an empty or comment-only cell neither counts as skipped nor as having run
      if (typeof unit.executionCount === 'number') {
        executedBelow = cells[index];
        continue;
      }
      if (!executedBelow) continue;
      report({
        unit,
        range: firstLineRange(unit),
        message: `This cell never ran, but ${cellLabel(executedBelow.unit)} below it did: the results below were computed without it. Run it, or delete it if it is not needed.`,
        related: [{ location: cellLocation(snapshot.uri, executedBelow.unit, firstLineRange(executedBelow.unit)), message: `${cellLabel(executedBelow.unit)} ran ([${executedBelow.unit.executionCount}])` }],
      });
    }
  },
};

import type { Rule } from '../../analysis/rule';
import { cellLabel, cellLocation, firstLineRange } from '../../analysis/notebook';

/**
 * ## What it does
 * Reports an executed code cell whose execution count is lower than that of an executed code cell above
 * it: the notebook was not run from top to bottom, so its outputs may depend on an order nobody can see.
 */
export const notebookOutOfOrder: Rule = {
  meta: {
    id: 'notebook-out-of-order',
    practice: '01-reusable_data_clean',
    defaultSeverity: 'info',
    description: 'Notebook cell executed before a cell above it (execution counts not increasing top to bottom).',
    options: {},
    notebookOnly: true,
  },
  check({ snapshot, units, report }) {
    let latestAbove: (typeof units)[number] | undefined;
    for (const unit of units) {
      const count = unit.executionCount;
      if (typeof count !== 'number') continue;
      const latestCount = latestAbove?.executionCount;
      if (latestAbove && typeof latestCount === 'number' && count < latestCount) {
        report({
          unit,
          range: firstLineRange(unit),
          message: `This cell ran as [${count}], before ${cellLabel(latestAbove)} above it ([${latestCount}]): the notebook was not run top to bottom. Restart the kernel and run all cells to check it still works.`,
          related: [{ location: cellLocation(snapshot.uri, latestAbove, firstLineRange(latestAbove)), message: `${cellLabel(latestAbove)} ran later ([${latestCount}])` }],
        });
      } else {
        latestAbove = unit;
      }
    }
  },
};

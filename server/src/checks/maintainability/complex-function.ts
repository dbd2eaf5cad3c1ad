import { integerOption, type Rule } from '../../analysis/rule';
import { reportFunctionsOverLimit } from '../../analysis/units';

/**
 * ## What it does
 * Reports a function or method with more branch points than the limit (4 by default, i.e. McCabe
 * complexity above 5). Branch points: `if`, `elif`, `for`, `while`, `except`, `case`, each `and`/`or`,
 * conditional expressions, and the `for`/`if` clauses of comprehensions.
 *
 * ## Why is this bad?
 * Every branch is a path that needs its own test; data-cleaning code full of special cases is where
 * silent bugs hide. The practice card explains more.
 */
export const complexFunction: Rule = {
  meta: {
    id: 'complex-function',
    practice: 'bms-simple-units',
    defaultSeverity: 'info',
    description: 'Function or method with more branch points than the limit (default 4, McCabe complexity above 5).',
    options: {
      maxBranchPoints: { type: 'integer', default: 4, minimum: 0, description: 'Most branch points a function may have.' },
    },
  },
  check(context) {
    const limit = integerOption(context.options, 'maxBranchPoints');
    reportFunctionsOverLimit(context, limit, (fn) => fn.branchPoints, (fn, value) => `\`${fn.qualifiedName}\` has ${value} branch points (limit ${limit}, McCabe complexity ${value + 1}): move the cases into smaller functions or a lookup table.`);
  },
};

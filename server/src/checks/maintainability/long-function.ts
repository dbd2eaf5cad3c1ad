import { integerOption, type Rule } from '../../analysis/rule';
import { reportFunctionsOverLimit } from '../../analysis/units';

/**
 * ## What it does
 * Reports a function or method with more lines of code than the limit (15 by default). Blank lines,
 * comment-only lines and the docstring do not count; nested functions are measured on their own.
 *
 * ## Why is this bad?
 * Long units do several things at once: loading, cleaning, training and plotting end up in one
 * function that nobody can test or reuse in parts. The practice card explains more.
 */
export const longFunction: Rule = {
  meta: {
    id: 'long-function',
    practice: 'bms-short-units',
    defaultSeverity: 'info',
    description: 'Function or method longer than the limit in lines of code (default 15).',
    options: {
      maxLines: { type: 'integer', default: 15, minimum: 1, description: 'Most lines of code a function may have.' },
    },
  },
  check(context) {
    const limit = integerOption(context.options, 'maxLines');
    reportFunctionsOverLimit(context, limit, (fn) => fn.linesOfCode, (fn, value) => `\`${fn.qualifiedName}\` has ${value} lines of code (limit ${limit}): split it into smaller functions that each do one thing.`);
  },
};

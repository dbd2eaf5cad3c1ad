import { integerOption, type Rule } from '../../analysis/rule';
import { reportFunctionsOverLimit } from '../../analysis/units';

/**
 * ## What it does
 * Reports a function or method with more parameters than the limit (4 by default). A leading
 * `self`/`cls` does not count; `*args` and `**kwargs` count one each; keyword-only parameters count.
 *
 * ## Why is this bad?
 * Long parameter lists (typical for model builders taking every hyper-parameter) are easy to call
 * wrongly and hard to extend. The practice card explains more.
 */
export const manyParameters: Rule = {
  meta: {
    id: 'many-parameters',
    practice: 'bms-small-interfaces',
    defaultSeverity: 'info',
    description: 'Function or method with more parameters than the limit (default 4, not counting self/cls).',
    options: {
      maxParameters: { type: 'integer', default: 4, minimum: 0, description: 'Most parameters a function may take.' },
    },
  },
  check(context) {
    const limit = integerOption(context.options, 'maxParameters');
    reportFunctionsOverLimit(context, limit, (fn) => fn.parameterCount, (fn, value) => `\`${fn.qualifiedName}\` takes ${value} parameters (limit ${limit}): group related ones into a dataclass or config object.`);
  },
};

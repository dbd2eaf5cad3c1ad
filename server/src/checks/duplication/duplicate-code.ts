import { integerOption, type Rule } from '../../analysis/rule';
import { cloneTokens, type TokenStream } from '../../workspace/duplicates';

export const CLONE_STREAMS = 'duplicate-code:streams';

/**
 * ## What it does
 * Reports a block of code (at least 6 lines and 50 tokens by default) that also stands elsewhere: in the
 * same file, another file, another cell of the same notebook or another notebook. Exact copies and copies
 * with renamed identifiers or changed literals are found. Imports, docstrings, comments, `__all__` lists,
 * argparse `add_argument` calls and literal data (4 or more rows holding only literals, as in a lookup table)
 * are ignored.
 *
 * The per-document part is here (the token streams); copies are matched across documents by
 * workspace/duplicates.ts, which the CLI and the language server run over everything they analyse.
 */
export const duplicateCode: Rule = {
  meta: {
    id: 'duplicate-code',
    practice: 'bms-code-once',
    relatedPractices: ['01-reusable_data_clean'],
    defaultSeverity: 'warning',
    defaultSeverityInNotebooks: 'info',
    description: 'Block of code that also stands elsewhere (same file, other files, notebook cells or notebooks).',
    options: {
      minLines: { type: 'integer', default: 6, minimum: 2, description: 'Fewest lines of code a duplicated block must span.' },
      minTokens: { type: 'integer', default: 50, minimum: 10, description: 'Fewest tokens a duplicated block must have.' },
    },
  },
  check(context) {
    // Token streams come from each unit's text (a scan, no syntax tree), derived once per text, so unchanged
    // cells and files reuse theirs and stay in the clone index as they are.
    const streams: Omit<TokenStream, 'documentId' | 'key'>[] = context.units.map((unit) => ({ cell: unit.cell, tokens: unit.derive('clone-tokens', () => cloneTokens(unit.text)) }));
    context.contribute(CLONE_STREAMS, { streams, minLines: integerOption(context.options, 'minLines'), minTokens: integerOption(context.options, 'minTokens') });
  },
};

// The rule registry: one line per rule. Order here is the order of rule tables and SARIF rules.
import type { Rule } from '../analysis/rule';
import { uncheckedDataLoad } from './data/unchecked-data-load';
import { duplicateCode } from './duplication/duplicate-code';
import { complexFunction } from './maintainability/complex-function';
import { longFunction } from './maintainability/long-function';
import { manyParameters } from './maintainability/many-parameters';
import { notebookHiddenState } from './notebook/notebook-hidden-state';
import { notebookOutOfOrder } from './notebook/notebook-out-of-order';
import { notebookStateWrangling } from './notebook/notebook-state-wrangling';
import { notebookUnexecutedCell } from './notebook/notebook-unexecuted-cell';
import { notebookUseBeforeDefine } from './notebook/notebook-use-before-define';

export const RULES: readonly Rule[] = [
  longFunction,
  complexFunction,
  manyParameters,
  notebookOutOfOrder,
  notebookUnexecutedCell,
  notebookUseBeforeDefine,
  notebookHiddenState,
  notebookStateWrangling,
  uncheckedDataLoad,
  duplicateCode,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

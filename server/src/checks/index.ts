// The rule registry: one line per rule. Order here is the order of rule tables and SARIF rules.
import type { Rule } from '../analysis/rule';
import { complexFunction } from './maintainability/complex-function';
import { longFunction } from './maintainability/long-function';
import { manyParameters } from './maintainability/many-parameters';

export const RULES: readonly Rule[] = [longFunction, complexFunction, manyParameters];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

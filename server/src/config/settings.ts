// Settings shared by the editor, pyproject.toml and the CLI: one shape, one sanitizer, one merge.
// Values from outside are never trusted: each key is checked, and every bad value produces a message
// naming the key and the value that was used instead (never a silent default).
import picomatch from 'picomatch';
import { RULES, RULES_BY_ID } from '../checks';
import type { RuleOptionValue } from '../analysis/rule';
import { SEVERITIES, type Severity } from '../analysis/types';

export type RunMode = 'onType' | 'onSave';
export type SeverityOverride = Severity | 'off' | 'upgrade' | 'downgrade' | 'default';

export interface Customization {
  /** A rule id or glob (`*-function`); a leading `!` applies the entry to every rule it does NOT match. */
  rule: string;
  severity: SeverityOverride;
}

export interface Settings {
  enable: boolean;
  run: RunMode;
  exclude: string[];
  maxFileSize: number;
  rules: {
    customizations: Customization[];
    options: Record<string, Record<string, RuleOptionValue>>;
  };
}

/** Settings as a source gives them: any key may be absent. */
export interface PartialSettings {
  enable?: boolean;
  run?: RunMode;
  exclude?: string[];
  maxFileSize?: number;
  rules?: { customizations?: Customization[]; options?: Record<string, Record<string, RuleOptionValue>> };
}

export const DEFAULT_EXCLUDES = ['**/.git/**', '**/node_modules/**', '**/.venv/**', '**/venv/**', '**/__pycache__/**', '**/.ipynb_checkpoints/**', '**/.tox/**', '**/site-packages/**'];

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  exclude: [],
  maxFileSize: 1_000_000,
  rules: { customizations: [], options: {} },
};

const OVERRIDES: readonly SeverityOverride[] = ['error', 'warning', 'info', 'hint', 'off', 'upgrade', 'downgrade', 'default'];

export interface SanitizeResult {
  settings: PartialSettings;
  problems: string[];
}

const describe = (value: unknown) => JSON.stringify(value) ?? String(value);

/** Checks settings from any source (`origin` names it in messages, e.g. "pyproject.toml [tool.ml-practices]"). */
export function sanitizeSettings(raw: unknown, origin: string): SanitizeResult {
  const problems: string[] = [];
  const settings: PartialSettings = {};
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: [`${origin}: expected a table of settings, got ${describe(raw)}; all defaults are used.`] };
  }
  const bad = (key: string, value: unknown, expected: string) => problems.push(`${origin}: "${key}" must be ${expected}, got ${describe(value)}; it was ignored.`);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'enable':
        if (typeof value === 'boolean') settings.enable = value;
        else bad(key, value, 'true or false');
        break;
      case 'run':
        if (value === 'onType' || value === 'onSave') settings.run = value;
        else bad(key, value, '"onType" or "onSave"');
        break;
      case 'exclude':
        if (Array.isArray(value) && value.every((glob) => typeof glob === 'string')) settings.exclude = value;
        else bad(key, value, 'a list of glob strings');
        break;
      case 'maxFileSize':
        if (Number.isInteger(value) && (value as number) > 0) settings.maxFileSize = value as number;
        else bad(key, value, 'a positive whole number of characters');
        break;
      case 'rules':
        settings.rules = sanitizeRules(value, `${origin} rules`, problems);
        break;
      case 'trace':
        break; // trace.server is read by the editor's language client, not by the engine.
      default:
        problems.push(`${origin}: unknown setting "${key}"; it was ignored. Known settings: enable, run, exclude, maxFileSize, rules.customizations, rules.options.`);
    }
  }
  return { settings, problems };
}

function sanitizeRules(raw: unknown, origin: string, problems: string[]): PartialSettings['rules'] {
  const rules: NonNullable<PartialSettings['rules']> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${origin}: expected a table with "customizations" and/or "options", got ${describe(raw)}; it was ignored.`);
    return rules;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === 'customizations') rules.customizations = sanitizeCustomizations(value, `${origin}.customizations`, problems);
    else if (key === 'options') rules.options = sanitizeOptions(value, `${origin}.options`, problems);
    else problems.push(`${origin}: unknown key "${key}"; it was ignored. Known keys: customizations, options.`);
  }
  return rules;
}

function sanitizeCustomizations(raw: unknown, origin: string, problems: string[]): Customization[] {
  if (!Array.isArray(raw)) {
    problems.push(`${origin}: expected a list of { rule, severity } entries, got ${describe(raw)}; it was ignored.`);
    return [];
  }
  const result: Customization[] = [];
  raw.forEach((entry, index) => {
    const where = `${origin}[${index}]`;
    const { rule, severity } = (entry ?? {}) as { rule?: unknown; severity?: unknown };
    if (typeof rule !== 'string' || rule.trim() === '') {
      problems.push(`${where}: "rule" must be a rule id or glob, got ${describe(rule)}; the entry was ignored.`);
      return;
    }
    if (!OVERRIDES.includes(severity as SeverityOverride)) {
      problems.push(`${where}: "severity" must be one of ${OVERRIDES.join(', ')}, got ${describe(severity)}; the entry was ignored.`);
      return;
    }
    const pattern = rule.startsWith('!') ? rule.slice(1) : rule;
    if (!RULES.some((candidate) => picomatch.isMatch(candidate.meta.id, pattern))) {
      problems.push(`${where}: "${rule}" matches no rule (known rules: ${RULES.map((r) => r.meta.id).join(', ')}); the entry is kept but has no effect.`);
    }
    result.push({ rule, severity: severity as SeverityOverride });
  });
  return result;
}

function sanitizeOptions(raw: unknown, origin: string, problems: string[]): Record<string, Record<string, RuleOptionValue>> {
  const result: Record<string, Record<string, RuleOptionValue>> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${origin}: expected a table keyed by rule id, got ${describe(raw)}; it was ignored.`);
    return result;
  }
  for (const [ruleId, values] of Object.entries(raw as Record<string, unknown>)) {
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule) {
      problems.push(`${origin}: unknown rule "${ruleId}"; its options were ignored.`);
      continue;
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      problems.push(`${origin}.${ruleId}: expected a table of options, got ${describe(values)}; it was ignored.`);
      continue;
    }
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      const spec = rule.meta.options[name];
      if (!spec) {
        problems.push(`${origin}.${ruleId}: unknown option "${name}" (known: ${Object.keys(rule.meta.options).join(', ') || 'none'}); it was ignored.`);
      } else if (spec.type === 'integer' && (!Number.isInteger(value) || (value as number) < spec.minimum)) {
        problems.push(`${origin}.${ruleId}.${name}: must be a whole number ≥ ${spec.minimum}, got ${describe(value)}; the default ${spec.default} is used.`);
      } else if (spec.type === 'string[]' && !(Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== ''))) {
        problems.push(`${origin}.${ruleId}.${name}: must be a list of non-empty strings, got ${describe(value)}; the default is used.`);
      } else {
        (result[ruleId] ??= {})[name] = value as RuleOptionValue;
      }
    }
  }
  return result;
}

/**
 * Layers sources, later ones winning where they set a key: defaults ← pyproject.toml ← editor.
 * Customizations are concatenated in the same order, so the editor's entries (matched last) win.
 */
export function mergeSettings(...layers: PartialSettings[]): Settings {
  const merged: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const layer of layers) {
    if (layer.enable !== undefined) merged.enable = layer.enable;
    if (layer.run !== undefined) merged.run = layer.run;
    if (layer.exclude !== undefined) merged.exclude = layer.exclude;
    if (layer.maxFileSize !== undefined) merged.maxFileSize = layer.maxFileSize;
    if (layer.rules?.customizations) merged.rules.customizations.push(...layer.rules.customizations);
    for (const [ruleId, values] of Object.entries(layer.rules?.options ?? {})) {
      merged.rules.options[ruleId] = { ...merged.rules.options[ruleId], ...values };
    }
  }
  return merged;
}

function shift(severity: Severity, steps: number): Severity {
  const index = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(severity) + steps));
  return SEVERITIES[index];
}

/**
 * The severity a rule's findings get, or 'off'. Entries are applied in order and the last matching one
 * wins; upgrade/downgrade move one step from the rule's default (hint < info < warning < error).
 */
export function effectiveSeverity(ruleId: string, defaultSeverity: Severity, customizations: readonly Customization[]): Severity | 'off' {
  let result: Severity | 'off' = defaultSeverity;
  for (const { rule, severity } of customizations) {
    const negated = rule.startsWith('!');
    const matches = picomatch.isMatch(ruleId, negated ? rule.slice(1) : rule);
    if (matches === negated) continue;
    if (severity === 'default') result = defaultSeverity;
    else if (severity === 'upgrade') result = shift(defaultSeverity, 1);
    else if (severity === 'downgrade') result = shift(defaultSeverity, -1);
    else result = severity;
  }
  return result;
}

export function ruleOptions(ruleId: string, settings: Settings): Record<string, RuleOptionValue> {
  const rule = RULES_BY_ID.get(ruleId);
  const defaults = Object.fromEntries(Object.entries(rule?.meta.options ?? {}).map(([name, spec]) => [name, spec.default]));
  return { ...defaults, ...settings.rules.options[ruleId] };
}

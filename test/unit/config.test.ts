// Settings: the sanitizer (every bad value gives a message naming the key), layering of sources, and
// eslint-style severity customizations; pyproject.toml reading.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../server/src/checks';
import { findProjectConfig, readConfigFile } from '../../server/src/config/pyproject';
import { effectiveSeverity, mergeSettings, ruleOptions, sanitizeSettings } from '../../server/src/config/settings';

describe('settings', () => {
  it('accepts valid settings without problems', () => {
    const { settings, problems } = sanitizeSettings(
      { enable: false, run: 'onSave', exclude: ['data/**'], maxFileSize: 10, rules: { customizations: [{ rule: '*-function', severity: 'warning' }], options: { 'long-function': { maxLines: 30 } } } },
      'test',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, { enable: false, run: 'onSave', exclude: ['data/**'], maxFileSize: 10, rules: { customizations: [{ rule: '*-function', severity: 'warning' }], options: { 'long-function': { maxLines: 30 } } } });
  });

  it('names every bad value and what was used instead', () => {
    const { settings, problems } = sanitizeSettings(
      {
        enable: 'yes',
        run: 'sometimes',
        exclude: 'data',
        maxFileSize: -1,
        colour: 'red',
        rules: { customizations: [{ rule: 'long-function', severity: 'loud' }, { rule: 'no-such-rule', severity: 'off' }, 'x'], options: { 'long-function': { maxLines: 0, width: 3 }, ghost: {} } },
      },
      'pyproject.toml [tool.ml-practices]',
    );
    assert.deepEqual(problems, [
      'pyproject.toml [tool.ml-practices]: "enable" must be true or false, got "yes"; it was ignored.',
      'pyproject.toml [tool.ml-practices]: "run" must be "onType" or "onSave", got "sometimes"; it was ignored.',
      'pyproject.toml [tool.ml-practices]: "exclude" must be a list of glob strings, got "data"; it was ignored.',
      'pyproject.toml [tool.ml-practices]: "maxFileSize" must be a positive whole number of characters, got -1; it was ignored.',
      'pyproject.toml [tool.ml-practices]: unknown setting "colour"; it was ignored. Known settings: enable, run, exclude, maxFileSize, rules.customizations, rules.options.',
      'pyproject.toml [tool.ml-practices] rules.customizations[0]: "severity" must be one of error, warning, info, hint, off, upgrade, downgrade, default, got "loud"; the entry was ignored.',
      `pyproject.toml [tool.ml-practices] rules.customizations[1]: "no-such-rule" matches no rule (known rules: ${RULES.map((rule) => rule.meta.id).join(', ')}); the entry is kept but has no effect.`,
      'pyproject.toml [tool.ml-practices] rules.customizations[2]: "rule" must be a rule id or glob, got undefined; the entry was ignored.',
      'pyproject.toml [tool.ml-practices] rules.options.long-function.maxLines: must be a whole number ≥ 1, got 0; the default 15 is used.',
      'pyproject.toml [tool.ml-practices] rules.options.long-function: unknown option "width" (known: maxLines); it was ignored.',
      'pyproject.toml [tool.ml-practices] rules.options: unknown rule "ghost"; its options were ignored.',
    ]);
    assert.deepEqual(settings, { rules: { customizations: [{ rule: 'no-such-rule', severity: 'off' }], options: {} } });
  });

  it('rejects a non-table', () => {
    assert.match(sanitizeSettings([1], 'x').problems[0], /expected a table of settings/);
  });

  it('layers defaults ← project ← editor, editor customizations last', () => {
    const merged = mergeSettings(
      { run: 'onSave', exclude: ['a/**'], rules: { customizations: [{ rule: 'long-function', severity: 'error' }], options: { 'long-function': { maxLines: 20 }, 'many-parameters': { maxParameters: 6 } } } },
      { exclude: ['b/**'], rules: { customizations: [{ rule: 'long-function', severity: 'hint' }], options: { 'long-function': { maxLines: 30 } } } },
    );
    assert.equal(merged.run, 'onSave');
    assert.equal(merged.enable, true);
    assert.deepEqual(merged.exclude, ['b/**']);
    assert.equal(effectiveSeverity('long-function', 'info', merged.rules.customizations), 'hint');
    assert.deepEqual(ruleOptions('long-function', merged), { maxLines: 30 });
    assert.deepEqual(ruleOptions('many-parameters', merged), { maxParameters: 6 });
    assert.deepEqual(ruleOptions('complex-function', merged), { maxBranchPoints: 4 });
  });

  it('applies customizations like eslint.rules.customizations: globs, !, off, upgrade, downgrade, last match wins', () => {
    assert.equal(effectiveSeverity('long-function', 'info', []), 'info');
    assert.equal(effectiveSeverity('long-function', 'info', [{ rule: '*-function', severity: 'error' }]), 'error');
    assert.equal(effectiveSeverity('many-parameters', 'info', [{ rule: '*-function', severity: 'error' }]), 'info');
    assert.equal(effectiveSeverity('many-parameters', 'info', [{ rule: '!*-function', severity: 'off' }]), 'off');
    assert.equal(effectiveSeverity('long-function', 'info', [{ rule: '!*-function', severity: 'off' }]), 'info');
    assert.equal(effectiveSeverity('long-function', 'info', [{ rule: '*', severity: 'upgrade' }]), 'warning');
    assert.equal(effectiveSeverity('long-function', 'info', [{ rule: '*', severity: 'downgrade' }]), 'hint');
    assert.equal(effectiveSeverity('long-function', 'hint', [{ rule: '*', severity: 'downgrade' }]), 'hint');
    assert.equal(effectiveSeverity('long-function', 'error', [{ rule: '*', severity: 'upgrade' }]), 'error');
    assert.equal(effectiveSeverity('long-function', 'info', [{ rule: '*', severity: 'off' }, { rule: 'long-function', severity: 'default' }]), 'info');
  });
});

describe('pyproject.toml', () => {
  const directory = mkdtempSync(join(tmpdir(), 'mlp-config-'));
  const write = (relative: string, text: string) => {
    mkdirSync(join(directory, relative, '..'), { recursive: true });
    writeFileSync(join(directory, relative), text);
    return join(directory, relative);
  };

  it('reads [tool.ml-practices] with dotted and table keys', () => {
    const file = write('good/pyproject.toml', '[project]\nname = "x"\n\n[tool.ml-practices]\nexclude = ["data/**"]\nrules.customizations = [{ rule = "many-parameters", severity = "warning" }]\n\n[tool.ml-practices.rules.options.long-function]\nmaxLines = 25\n');
    const config = readConfigFile(file);
    assert.deepEqual(config.problems, []);
    assert.deepEqual(config.settings, { exclude: ['data/**'], rules: { customizations: [{ rule: 'many-parameters', severity: 'warning' }], options: { 'long-function': { maxLines: 25 } } } });
  });

  it('reports invalid TOML with its position and applies nothing', () => {
    const config = readConfigFile(write('broken/pyproject.toml', '[tool.ml-practices]\nexclude = ["a",\n'));
    assert.equal(config.unreadable, true);
    assert.match(config.problems[0], /invalid TOML \(line \d+, column \d+/);
    assert.deepEqual(config.settings, {});
  });

  it('finds the nearest pyproject.toml with a [tool.ml-practices] section, skipping others', () => {
    write('nested/pyproject.toml', '[tool.ml-practices]\nrun = "onSave"\n');
    write('nested/pkg/pyproject.toml', '[project]\nname = "inner"\n');
    mkdirSync(join(directory, 'nested', 'pkg', 'src'), { recursive: true });
    const config = findProjectConfig(join(directory, 'nested', 'pkg', 'src'));
    assert.equal(config.file, join(directory, 'nested', 'pyproject.toml'));
    assert.deepEqual(config.settings, { run: 'onSave' });
  });
});

// Reads project settings from pyproject.toml ([tool.ml-practices]) or another TOML file given with
// --config. Used by the CLI and by the language server, so both see the same project configuration.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseToml, TomlError } from 'smol-toml';
import { sanitizeSettings, type SanitizeResult } from './settings';

export interface ProjectConfig extends SanitizeResult {
  /** The file the settings came from, or undefined when there is none. */
  file?: string;
  /** Directory that `exclude` globs are relative to. */
  root: string;
  /** True when the file could not be read or parsed at all (CLI: exit 2). */
  unreadable: boolean;
}

/** Settings from a TOML file: `[tool.ml-practices]`, or (for a file other than pyproject.toml) its top level. */
export function readConfigFile(file: string): ProjectConfig {
  const root = dirname(resolve(file));
  const origin = `${basename(file)} [tool.ml-practices]`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, root, unreadable: true, settings: {}, problems: [`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`] };
  }
  let document: Record<string, unknown>;
  try {
    document = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof TomlError ? `line ${error.line}, column ${error.column}: ${error.message.split('\n')[0]}` : String(error);
    return { file, root, unreadable: true, settings: {}, problems: [`${file}: invalid TOML (${detail}); no project settings were applied.`] };
  }
  const tool = (document.tool as Record<string, unknown> | undefined)?.['ml-practices'];
  const section = tool ?? (basename(file) === 'pyproject.toml' ? undefined : document);
  return { file, root, unreadable: false, ...sanitizeSettings(section, origin) };
}

/** The pyproject.toml that configures `directory`: the nearest one upwards that has [tool.ml-practices]. */
export function findProjectConfig(directory: string): ProjectConfig {
  for (let current = resolve(directory); ; current = dirname(current)) {
    const candidate = join(current, 'pyproject.toml');
    if (existsSync(candidate)) {
      const config = readConfigFile(candidate);
      if (config.unreadable || Object.keys(config.settings).length > 0 || config.problems.length > 0) return config;
    }
    if (dirname(current) === current) return { root: resolve(directory), unreadable: false, settings: {}, problems: [] };
  }
}

// Glob tests on hot paths (every call name, every workspace path): picomatch compiles the globs to one
// regular expression, tested directly. picomatch's own matcher function does per-call work these callers
// do not need (result objects, path normalisation) and is about ten times slower per test.
import picomatch from 'picomatch';

export interface GlobTestOptions {
  /** `*` and `**` also match names that start with a dot. */
  dot?: boolean;
  /** A glob without a slash matches the last segment of a path (`Jenkinsfile` at any depth). */
  basename?: boolean;
}

const NEVER = () => false;

function compile(globs: readonly string[], options: GlobTestOptions): (input: string) => boolean {
  if (globs.length === 0) return NEVER;
  const expression = new RegExp(globs.map((glob) => `(?:${picomatch.makeRe(glob, { dot: options.dot }).source})`).join('|'));
  return (input) => expression.test(input);
}

/** Whether a string matches one of the globs (picomatch syntax; inputs are `/`-separated). */
export function globTest(globs: string | readonly string[], options: GlobTestOptions = {}): (input: string) => boolean {
  const list = typeof globs === 'string' ? [globs] : globs;
  if (!options.basename) return compile(list, options);
  const whole = compile(list.filter((glob) => glob.includes('/')), options);
  const last = compile(list.filter((glob) => !glob.includes('/')), options);
  return (input) => whole(input) || last(input.slice(input.lastIndexOf('/') + 1));
}

// Unit measures (long-function, complex-function, many-parameters and the self-assessment's unit profile):
// lines of code, decision points and parameters of each function, from a scan of the text and its outline
// (no syntax tree). Exact numbers on small functions that hold the hard cases.
import assert from 'node:assert/strict';
import { measureFunctions, type FunctionMetrics } from '../../server/src/analysis/units';
import { codeLayout } from '../../server/src/duplication/pythonTokens';
import { outlineOf } from '../../server/src/parsing/outline';

function measure(text: string): Record<string, Pick<FunctionMetrics, 'linesOfCode' | 'branchPoints' | 'parameterCount'>> {
  return Object.fromEntries(measureFunctions(outlineOf(text), codeLayout(text)).map(({ qualifiedName, linesOfCode, branchPoints, parameterCount }) => [qualifiedName, { linesOfCode, branchPoints, parameterCount }]));
}

describe('unit measures', () => {
  it('counts lines holding code: not blank lines (also inside strings), comment lines or the docstring', () => {
    const text = [
      'def load(path, *, sep=",", **options):',
      '    """Read the table.',
      '',
      '    More words."""',
      '    # a comment line',
      '',
      '    message = """first',
      '',
      '    last\\n"""  # the blank line inside the string does not count',
      '    return message',
      '',
    ].join('\n');
    assert.deepEqual(measure(text), { load: { linesOfCode: 4, branchPoints: 0, parameterCount: 3 } });
  });

  it('counts one decision point per if, elif, loop, except, case, and/or, conditional expression and comprehension clause, also inside f-strings', () => {
    const text = [
      'def decide(self, rows, mode):',
      '    if rows and mode:',
      '        pass',
      '    elif not rows or mode == "x":',
      '        pass',
      '    for row in rows:',
      '        while row:',
      '            row = [cell for cell in row if cell]',
      '    try:',
      '        pass',
      '    except ValueError:',
      '        pass',
      '    match mode:',
      '        case "a":',
      '            pass',
      '        case _:',
      '            pass',
      '    label = f"{mode if mode else \'none\'} rows"',
      '    text = "if and or for while"  # and neither words in strings nor comments: if for',
      '    return label',
      '',
    ].join('\n');
    // if, and, elif, or, for, while, comprehension for and if, except, two case clauses, the f-string's if.
    assert.equal(measure(text).decide.branchPoints, 12);
    assert.equal(measure(text).decide.parameterCount, 2, 'self does not count');
  });

  it('gives a nested function its own measures and counts its decorators for nobody', () => {
    const text = [
      'class Trainer:',
      '    def fit(self, data):',
      '        @cache',
      '        @retry(times=3 if data else 1)',
      '        def step(batch):',
      '            return batch or data',
      '        case = 1',
      '        return step(data)',
      '',
      '@register',
      'def top():',
      '    return 1',
      '',
    ].join('\n');
    assert.deepEqual(measure(text), {
      'Trainer.fit': { linesOfCode: 3, branchPoints: 0, parameterCount: 1 },
      'Trainer.fit.<locals>.step': { linesOfCode: 2, branchPoints: 1, parameterCount: 1 },
      top: { linesOfCode: 2, branchPoints: 0, parameterCount: 0 },
    });
  });

  it('marks the lines of the text that hold code, and nothing in comments or strings is a keyword', () => {
    const layout = codeLayout('x = 1  # if\n\n# for\ny = """\nif\n"""\\\n  + z or w\n');
    assert.deepEqual([...layout.codeLines], [1, 0, 0, 1, 1, 1, 1, 0]);
    assert.equal(layout.codeLineCount, 5);
    assert.deepEqual([...layout.branchKeywords], ['x = 1  # if\n\n# for\ny = """\nif\n"""\\\n  + z or w\n'.indexOf('or w')]);
  });
});

// Inline expectations for fixtures: a trailing `# expect: [rule-a, rule-b]` comment says which findings
// start on that line. Matching is both ways: a missing finding and an unexpected one both fail.
import { readFileSync } from 'node:fs';

export interface Expectation {
  /** `cell 2 line 5` style key: cell is the index among all notebook cells, or -1 for .py files. */
  key: string;
  ruleId: string;
}

const MARKER = /#\s*expect:\s*\[([^\]]*)\]/;

function fromLines(lines: string[], cell: number): Expectation[] {
  const found: Expectation[] = [];
  lines.forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    for (const ruleId of match[1].split(',').map((part) => part.trim()).filter(Boolean)) {
      found.push({ key: locationKey(cell, index), ruleId });
    }
  });
  return found;
}

export function locationKey(cell: number | undefined, line: number): string {
  return cell === undefined || cell < 0 ? `line ${line + 1}` : `cell ${cell} line ${line + 1}`;
}

export function readExpectations(path: string): Expectation[] {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.ipynb')) return fromLines(text.split('\n'), -1);
  const notebook = JSON.parse(text) as { cells: { cell_type: string; source: string | string[] }[] };
  return notebook.cells.flatMap((cell, index) => {
    const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
    return cell.cell_type === 'code' ? fromLines(source.split('\n'), index) : [];
  });
}

export function expectationStrings(expectations: readonly Expectation[]): string[] {
  return expectations.map((expectation) => `${expectation.key}: ${expectation.ruleId}`).sort();
}

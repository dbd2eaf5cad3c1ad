#!/usr/bin/env node
// The suppression-comment injection grammar (syntaxes/) tokenized by VS Code's own TextMate engine
// (vscode-textmate + vscode-oniguruma, as shipped in the installed code-server) over VS Code's own Python
// grammar, the way the editor highlights .py files and notebook cells.
// Usage: node test/e2e/grammar.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeServerPaths } from './install.mjs';
import { extensionDir, runPhase } from './lib.mjs';

const INJECTION = 'ml-practices.suppression.injection';

async function loadRegistry() {
  const vscodeDir = codeServerPaths().vscode;
  const requireFromVscode = createRequire(join(vscodeDir, 'package.json'));
  const textmate = requireFromVscode('vscode-textmate');
  const oniguruma = requireFromVscode('vscode-oniguruma');
  await oniguruma.loadWASM(readFileSync(requireFromVscode.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const manifest = JSON.parse(readFileSync(join(extensionDir(), 'package.json'), 'utf8'));
  const contribution = manifest.contributes.grammars.find((grammar) => grammar.scopeName === INJECTION);
  const files = {
    'source.python': join(vscodeDir, 'extensions', 'python', 'syntaxes', 'MagicPython.tmLanguage.json'),
    [INJECTION]: join(extensionDir(), contribution.path),
  };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => (files[scopeName] ? textmate.parseRawGrammar(readFileSync(files[scopeName], 'utf8'), files[scopeName]) : null),
    // As VS Code does for `injectTo`: our grammar is injected into the Python grammar.
    getInjections: (scopeName) => (contribution.injectTo.includes(scopeName) ? [INJECTION] : undefined),
  });
  return { grammar: await registry.loadGrammar('source.python'), textmate };
}

/** Token text → scopes for one line. */
function tokenize(grammar, textmate, line) {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
}

export async function runGrammar(reporter) {
  const { grammar, textmate } = await loadRegistry();
  const scopesOf = (line, text) => {
    const token = tokenize(grammar, textmate, line).find((candidate) => candidate.text === text);
    assert.ok(token, `no token "${text}" in ${JSON.stringify(tokenize(grammar, textmate, line))}`);
    return token.scopes;
  };

  await reporter.test('highlights a line directive and each rule id in it', () => {
    const line = 'def legacy(a, b, c, d, e):  # ml-practices: disable=many-parameters,long-function';
    assert.ok(scopesOf(line, 'ml-practices:').includes('keyword.control.directive.ml-practices'));
    assert.ok(scopesOf(line, 'disable').includes('keyword.other.directive.ml-practices'));
    for (const id of ['many-parameters', 'long-function']) {
      const scopes = scopesOf(line, id);
      assert.ok(scopes.includes('entity.name.tag.rule-id.ml-practices'), `${id}: ${scopes.join(' ')}`);
      assert.ok(scopes.includes('comment.line.number-sign.python'), `${id} stays inside the comment: ${scopes.join(' ')}`);
    }
  });

  await reporter.test('highlights a file directive', () => {
    const line = '# ml-practices: disable-file=complex-function';
    assert.ok(scopesOf(line, 'disable-file').includes('keyword.other.directive.ml-practices'));
    assert.ok(scopesOf(line, 'complex-function').includes('entity.name.tag.rule-id.ml-practices'));
  });

  await reporter.test('leaves other comments, strings and code alone', () => {
    for (const line of ['# disable=long-function is just prose here', 'text = "# ml-practices: disable=long-function"', 'ml_practices = disable']) {
      const marked = tokenize(grammar, textmate, line).filter((token) => token.scopes.some((scope) => scope.endsWith('.ml-practices')));
      assert.deepEqual(marked, [], line);
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await runPhase('grammar', runGrammar, { timeout: 60_000 }));
}

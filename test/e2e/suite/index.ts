// Mocha entry point run inside the real extension host (code-server's server-main.js with
// --enable-smoke-test-driver and the payload URL, or @vscode/test-electron). Bundled by
// test/e2e/exthost.mjs with esbuild (mocha and the tests included, `vscode` external).
//
// Every result is reported on the console as one line `@@E2E@@<json>@@` (the browser page
// receives them as `[Extension Host] …` console messages), and also written to the JSON file named
// by ML_PRACTICES_E2E_RESULTS when that variable reaches the extension host.
import * as fs from 'node:fs';
import Mocha from 'mocha';

type Event = { type: 'start' | 'pass' | 'fail' | 'end'; title?: string; ms?: number; error?: string; passed?: number; failed?: number };

function emit(event: Event, sink: Event[]): void {
  sink.push(event);
  console.log(`@@E2E@@${JSON.stringify(event)}@@`);
}

export function run(): Promise<void> {
  const timeout = Number(process.env.ML_PRACTICES_E2E_TEST_TIMEOUT || 60_000);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout, reporter: 'spec' });
  // The tests are bundled into this file: define describe/it, then load them (require order matters).
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('./python.test');
  require('./notebook.test');
  require('./notebook-state.test');
  require('./notebook-copies.test');
  require('./data-loads.test');
  require('./commands.test');
  require('./assessment.test');

  const events: Event[] = [];
  const resultsFile = process.env.ML_PRACTICES_E2E_RESULTS;
  const save = () => {
    if (!resultsFile) return;
    try {
      fs.writeFileSync(resultsFile, JSON.stringify(events, null, 2));
    } catch (e) {
      console.error(`could not write ${resultsFile}: ${e}`);
    }
  };

  return new Promise((resolve, reject) => {
    emit({ type: 'start' }, events);
    const runner = mocha.run((failures) => {
      emit({ type: 'end', passed: runner.stats?.passes ?? 0, failed: failures }, events);
      save();
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => emit({ type: 'pass', title: test.fullTitle(), ms: test.duration }, events));
    runner.on('fail', (test, err) =>
      emit({ type: 'fail', title: test.fullTitle(), ms: test.duration, error: String((err && (err.stack || err.message)) || err) }, events),
    );
  });
}

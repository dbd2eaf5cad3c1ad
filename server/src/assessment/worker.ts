// Worker thread of the self-assessment (bundled as dist/assessWorker.js): analyses the files the main
// thread sends, one message per file, and answers with the file's evidence (see collect.ts analyseInWorkers).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog } from '../catalog/catalog';
import type { Settings } from '../config/settings';
import { initParser } from '../parsing/parser';
import { assessFile } from './collect';
import { SignalTable } from './signals';

const { root, settings } = workerData as { root: string; settings: Settings };
const port = parentPort!;
const ready = initParser().then(() => new SignalTable(loadCatalog()));

port.on('message', ({ index, path }: { index: number; path: string }) => {
  ready.then(
    (table) => {
      try {
        port.postMessage({ index, evidence: assessFile(path, root, settings, table) });
      } catch (error) {
        port.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    },
    (error: unknown) => port.postMessage({ index, error: String(error) }),
  );
});

// Worker thread of `ml-practices check` (bundled as dist/checkWorker.js): analyses the files the main thread
// sends, one message per file, in the order sent, and answers with each analysed file; the clone tokens'
// buffers are moved, not copied (see check.ts checkFilesInParallel).
import { parentPort, workerData } from 'node:worker_threads';
import { projectFactsOf } from '../analysis/project';
import { initParser } from '../parsing/parser';
import { analyseFile, transferablesOf, type CheckWorkerData } from './check';

const { settings, projectImports } = workerData as CheckWorkerData;
const project = projectFactsOf(projectImports);
const port = parentPort!;
const ready = initParser();

port.on('message', ({ position, path }: { position: number; path: string }) => {
  ready.then(
    () => {
      let file;
      try {
        file = analyseFile(path, settings, undefined, undefined, project);
      } catch (error) {
        port.postMessage({ position, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        return;
      }
      port.postMessage({ position, file }, transferablesOf(file));
    },
    (error: unknown) => port.postMessage({ position, error: String(error) }),
  );
});

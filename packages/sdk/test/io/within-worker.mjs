// The worker for within.ts: plain JS, as a worker's entry cannot be TypeScript; tsx is
// registered here to load the cases.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { module, name } = workerData;
try {
  const { cases } = await import(module);
  const run = cases[name];
  if (run === undefined) throw new Error(`no case named ${name}`);
  run();
  parentPort.postMessage({});
} catch (error) {
  parentPort.postMessage({
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}

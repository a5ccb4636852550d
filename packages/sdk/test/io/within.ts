import { Worker } from 'node:worker_threads';

/**
 * Runs `cases[name]` from `module` in a worker thread and fails if it has not finished within
 * `ms`. A test timeout cannot stop a synchronous regular expression that backtracks for hours;
 * terminating a worker can, so a regression fails the test instead of hanging the run.
 */
export function finishesWithin(module: URL, name: string, ms = 10_000): Promise<void> {
  const worker = new Worker(new URL('./within-worker.mjs', import.meta.url), {
    workerData: { module: module.href, name },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${name}: did not finish within ${ms / 1000} s`));
    }, ms);
    worker.once('message', (message: { error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.error === undefined) resolve();
      else reject(new Error(`${name}: ${message.error}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

// Worker threads whose entry is a TypeScript module: tsx's loader is registered in the worker
// first (a loader registered on the main thread does not reach workers).
import { Worker } from 'node:worker_threads';

/** How long a worker may take to finish its work and close its store before it is stopped. */
export const STOP_GRACE_MS = 10_000;

export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Asks a worker to close (`{ close: true }`: it finishes what it was sent, closes its store and
 * exits), and terminates it if it has not within `graceMs`: a stuck batch must not hold the
 * shutdown forever. A terminated writer loses only its uncommitted batch.
 */
export async function stopWorker(worker: Worker, graceMs: number = STOP_GRACE_MS): Promise<void> {
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.ref();
  worker.postMessage({ close: true });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
  try {
    if ((await Promise.race([exited, late])) === 'late') await worker.terminate();
  } finally {
    clearTimeout(timer);
  }
}

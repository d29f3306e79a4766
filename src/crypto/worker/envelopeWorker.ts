/**
 * The envelope worker's entry: runs encrypt/decrypt jobs off the page's thread so large files do
 * not freeze it; `cancel` stops a job between chunks. Start it from the page with
 * `new Worker(new URL('./envelopeWorker.ts', import.meta.url), { type: 'module' })`.
 */
import type { WorkerReport, WorkerRequest } from './protocol';
import { runJob } from './runJob';

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(report: WorkerReport): void;
}

const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(request.id, controller);
  void runJob(request, (r) => scope.postMessage(r), controller.signal).then((final) => {
    running.delete(request.id);
    scope.postMessage(final);
  });
};

/**
 * The access worker (issue 15): computes a who-can matrix, or a share of its principals, off the
 * page's thread. Start it with `new Worker(new URL('./matrixWorker.ts', import.meta.url),
 * { type: 'module' })`; the page starts a few and gives each a share (matrixPool.ts).
 */
import { accessMatrix } from '../../access';
import type { AccessWorkerReply, AccessWorkerRequest } from './protocol';

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AccessWorkerRequest>) => void) | null;
  postMessage(reply: AccessWorkerReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, scenario, options } = event.data;
  try {
    scope.postMessage({ id, matrix: accessMatrix(scenario, options) });
  } catch (e) {
    scope.postMessage({ id, error: (e as Error).message });
  }
};

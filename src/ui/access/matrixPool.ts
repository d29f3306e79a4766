/**
 * A few access workers (one per spare core, at most four) that share a matrix by principals: each
 * computes the cells of a contiguous slice of the rows, and the page joins them in order. Without
 * Worker (unit tests), the matrix is computed in place.
 */
import {
  accessMatrix,
  diffMatrices,
  matrixPrincipals,
  type AccessChange,
  type AccessMatrix,
} from '../../access';
import type { Scenario } from '../../scenario/types';
import type { AccessWorkerReply, AccessWorkerRequest } from './protocol';

let workers: Worker[] | null = null;
let nextId = 0;

function pool(): Worker[] {
  if (workers) return workers;
  const cores = typeof navigator !== 'undefined' ? (navigator.hardwareConcurrency ?? 2) : 2;
  const n = Math.max(1, Math.min(4, cores - 1));
  workers = Array.from(
    { length: n },
    () => new Worker(new URL('./matrixWorker.ts', import.meta.url), { type: 'module' }),
  );
  return workers;
}

function run(worker: Worker, request: Omit<AccessWorkerRequest, 'id'>): Promise<AccessMatrix> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<AccessWorkerReply>) => {
      if (e.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (e.data.error !== undefined) reject(new Error(e.data.error));
      else resolve(e.data.matrix);
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ id, ...request } satisfies AccessWorkerRequest);
  });
}

/** The matrix of `scenario`, computed by the workers (in place when there are none). */
export async function computeMatrix(scenario: Scenario): Promise<AccessMatrix> {
  if (typeof Worker === 'undefined') return accessMatrix(scenario);
  const rows = matrixPrincipals(scenario).map((p) => p.arn);
  const ws = pool();
  const size = Math.max(1, Math.ceil(rows.length / ws.length));
  const slices: string[][] = [];
  for (let i = 0; i < rows.length; i += size) slices.push(rows.slice(i, i + size));
  if (slices.length <= 1) return run(ws[0] as Worker, { scenario });
  const parts = await Promise.all(
    slices.map((principals, i) => run(ws[i] as Worker, { scenario, options: { principals } })),
  );
  const first = parts[0] as AccessMatrix;
  return {
    principals: parts.flatMap((p) => p.principals),
    keys: first.keys,
    actions: first.actions,
    cells: parts.flatMap((p) => p.cells),
  };
}

/** The cells whose access differs between two scenarios. */
export async function computeDiff(before: Scenario, after: Scenario): Promise<AccessChange[]> {
  const [b, a] = await Promise.all([computeMatrix(before), computeMatrix(after)]);
  return diffMatrices(b, a);
}

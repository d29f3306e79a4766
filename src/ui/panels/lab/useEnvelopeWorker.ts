/**
 * Runs encrypt/decrypt jobs in the envelope worker (src/crypto/worker) for large inputs: one
 * worker per lab, started on first use and ended with the lab; progress, cancel and the result.
 * The worker keeps the messages it encrypts; `exportMessage` and `release` act on them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredMessage, WorkerReport, WorkerRequest } from '../../../crypto';

type Job = Extract<WorkerRequest, { type: 'encrypt' | 'decrypt' }>;
/** A job as the caller describes it (the id is the hook's). */
export type JobSpec = Job extends infer J ? (J extends Job ? Omit<J, 'id'> : never) : never;
/** A job's last report. */
export type JobReport = Exclude<WorkerReport, { type: 'progress' | 'exported' }>;

/** Progress of the running job, or null when none runs. */
export interface WorkerJobs {
  progress: { done: number; total: number } | null;
  /** Runs a job to its final report (done, error or cancelled); `total` sizes a stored input. */
  run(job: JobSpec, total?: number): Promise<JobReport>;
  /** A stored message as a Blob (with the page's first bytes), or the reason it is not there. */
  exportMessage(input: StoredMessage): Promise<Blob | string>;
  /** Lets the worker forget a stored message. */
  release(stored: number): void;
  cancel(): void;
}

export function useEnvelopeWorker(): WorkerJobs {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const current = useRef(0);
  const [progress, setProgress] = useState<WorkerJobs['progress']>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  /** Sends a request with a fresh id; resolves with its first report other than progress. */
  const send = useCallback(
    (
      request: (id: number) => WorkerRequest,
      onProgress?: (r: Extract<WorkerReport, { type: 'progress' }>) => void,
    ) => {
      worker.current ??= new Worker(
        new URL('../../../crypto/worker/envelopeWorker.ts', import.meta.url),
        { type: 'module' },
      );
      const w = worker.current;
      const id = ++nextId.current;
      return {
        id,
        report: new Promise<Exclude<WorkerReport, { type: 'progress' }>>((resolve) => {
          const onMessage = (e: MessageEvent<WorkerReport>) => {
            const r = e.data;
            if (r.id !== id) return;
            if (r.type === 'progress') {
              onProgress?.(r);
              return;
            }
            w.removeEventListener('message', onMessage);
            resolve(r);
          };
          w.addEventListener('message', onMessage);
          w.postMessage(request(id));
        }),
      };
    },
    [],
  );

  const run = useCallback(
    async (job: JobSpec, total = job.input instanceof Blob ? job.input.size : 0) => {
      setProgress({ done: 0, total });
      const { id, report } = send(
        (id) => ({ ...job, id }) as WorkerRequest,
        (r) => setProgress({ done: r.done, total: r.total }),
      );
      current.current = id;
      const r = await report;
      setProgress(null);
      return r.type === 'exported'
        ? ({ type: 'error', id, error: 'unexpected export' } as const)
        : r;
    },
    [send],
  );

  const exportMessage = useCallback(
    async (input: StoredMessage) => {
      const r = await send((id) => ({ type: 'export', id, input })).report;
      if (r.type === 'exported') return r.output;
      return r.type === 'error' ? r.error : r.type;
    },
    [send],
  );

  const release = useCallback((stored: number) => {
    worker.current?.postMessage({ type: 'release', stored } satisfies WorkerRequest);
  }, []);

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel', id: current.current } satisfies WorkerRequest);
  }, []);

  return { progress, run, exportMessage, release, cancel };
}

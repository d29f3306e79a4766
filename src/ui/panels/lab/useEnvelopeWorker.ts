/**
 * Runs encrypt/decrypt jobs in the envelope worker (src/crypto/worker) for large inputs: one
 * worker per lab, started on first use and ended with the lab; progress, cancel and the result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkerReport, WorkerRequest } from '../../../crypto';

type Job = Exclude<WorkerRequest, { type: 'cancel' }>;
/** A job as the caller describes it (the id is the hook's). */
export type JobSpec = Job extends infer J ? (J extends Job ? Omit<J, 'id'> : never) : never;

/** Progress of the running job, 0..1, or null when none runs. */
export interface WorkerJobs {
  progress: { done: number; total: number } | null;
  /** Runs a job to its final report (done, error or cancelled). */
  run(job: JobSpec): Promise<Exclude<WorkerReport, { type: 'progress' }>>;
  cancel(): void;
}

export function useEnvelopeWorker(): WorkerJobs {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [progress, setProgress] = useState<WorkerJobs['progress']>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback((job: JobSpec) => {
    worker.current ??= new Worker(
      new URL('../../../crypto/worker/envelopeWorker.ts', import.meta.url),
      { type: 'module' },
    );
    const w = worker.current;
    const id = ++current.current;
    setProgress({ done: 0, total: job.input.size });
    return new Promise<Exclude<WorkerReport, { type: 'progress' }>>((resolve) => {
      const onMessage = (e: MessageEvent<WorkerReport>) => {
        const r = e.data;
        if (r.id !== id) return;
        if (r.type === 'progress') {
          setProgress({ done: r.done, total: r.total });
          return;
        }
        w.removeEventListener('message', onMessage);
        setProgress(null);
        resolve(r);
      };
      w.addEventListener('message', onMessage);
      w.postMessage({ ...job, id } as WorkerRequest);
    });
  }, []);

  const cancel = useCallback(() => {
    worker.current?.postMessage({ type: 'cancel', id: current.current } satisfies WorkerRequest);
  }, []);

  return { progress, run, cancel };
}

/**
 * One encrypt or decrypt job of the envelope worker: reads its source in chunks (the next one
 * read while this one is processed), streams it through MessageEncryptor/MessageDecryptor, writes
 * the output parts to a sink without copying them together, reports progress after each chunk,
 * and stops between chunks when cancelled.
 */
import type { Bytes } from '../bytes';
import { MessageDecryptor, MessageEncryptor } from '../esdk/stream';
import type { ChunkSource, OutputSink } from './parts';
import type { WorkerReport, WorkerRequest } from './protocol';

type Job = Extract<WorkerRequest, { type: 'encrypt' | 'decrypt' }>;
/** A job's last report. */
export type FinalReport = Exclude<WorkerReport, { type: 'progress' | 'exported' }>;

interface Codec {
  step(chunk: Bytes): Promise<Bytes[] | string>;
  end(): Promise<Bytes[] | string>;
}

async function codecFor(job: Job, sink: OutputSink): Promise<Codec> {
  if (job.type === 'encrypt') {
    const { encryptor, header } = await MessageEncryptor.start({
      keyring: job.keyring,
      encryptionContext: job.encryptionContext,
      frameLength: job.frameLength,
      ...(job.dataKey ? { dataKey: job.dataKey } : {}),
    });
    sink.write([header]);
    return { step: (c) => encryptor.push(c), end: () => encryptor.finish() };
  }
  const decryptor = new MessageDecryptor(job.keyring);
  return {
    step: (c) => decryptor.push(c),
    end: async () => {
      const h = decryptor.finish();
      return typeof h === 'string' ? h : [];
    },
  };
}

/** Runs a job to its final report (done, error or cancelled); never throws. */
export async function runJob(
  job: Job,
  source: ChunkSource,
  sink: OutputSink,
  report: (r: WorkerReport) => void,
  signal: AbortSignal,
): Promise<FinalReport> {
  const { id } = job;
  const total = source.size;
  const chunkSize = Math.max(1, Math.floor(job.chunkSize));
  try {
    const codec = await codecFor(job, sink);
    let done = 0;
    for await (const pieces of source.chunks(chunkSize)) {
      if (signal.aborted) return { type: 'cancelled', id };
      for (const piece of pieces) {
        const out = await codec.step(piece);
        if (typeof out === 'string') return { type: 'error', id, error: out };
        sink.write(out);
        done += piece.length;
      }
      report({ type: 'progress', id, done, total });
    }
    if (signal.aborted) return { type: 'cancelled', id };
    const last = await codec.end();
    if (typeof last === 'string') return { type: 'error', id, error: last };
    sink.write(last);
    return { type: 'done', id, size: sink.size, head: sink.head() };
  } catch (e) {
    return { type: 'error', id, error: e instanceof Error ? e.message : String(e) };
  }
}

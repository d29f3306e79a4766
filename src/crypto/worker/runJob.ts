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
/** A chunk's steps, started: their outputs in order, and the input bytes read up to its end. */
interface Started {
  outputs: Promise<Bytes[] | string>[];
  done: number;
}
/** A job's last report. */
export type FinalReport = Exclude<WorkerReport, { type: 'progress' | 'exported' }>;

interface Codec {
  step(chunk: Bytes): Promise<Bytes[] | string>;
  end(): Promise<Bytes[] | string>;
  /** Whether the next step may start before this one resolves (MessageEncryptor.push). */
  overlaps: boolean;
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
    return { step: (c) => encryptor.push(c), end: () => encryptor.finish(), overlaps: true };
  }
  const decryptor = new MessageDecryptor(job.keyring);
  return {
    step: (c) => decryptor.push(c),
    overlaps: false,
    end: async () => {
      const h = decryptor.finish();
      return typeof h === 'string' ? h : [];
    },
  };
}

/** Starts a chunk's steps: all at once when they may overlap, else each after the last. */
async function startSteps(codec: Codec, pieces: Bytes[]): Promise<Promise<Bytes[] | string>[]> {
  if (codec.overlaps) return pieces.map((p) => codec.step(p));
  const outputs: Promise<Bytes[] | string>[] = [];
  for (const p of pieces) {
    const out = await codec.step(p);
    outputs.push(Promise.resolve(out));
    if (typeof out === 'string') break;
  }
  return outputs;
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
    /** Writes a step's output in order and reports progress; the error name if it failed. */
    const settle = async (step: Started): Promise<string | null> => {
      for (const pending of step.outputs) {
        const out = await pending;
        if (typeof out === 'string') return out;
        sink.write(out);
      }
      report({ type: 'progress', id, done: step.done, total });
      return null;
    };
    // An encryption keeps one chunk in flight while the next is read and handed to WebCrypto.
    let inFlight: Started | null = null;
    let done = 0;
    for await (const pieces of source.chunks(chunkSize)) {
      if (signal.aborted) return { type: 'cancelled', id };
      done += pieces.reduce((n, p) => n + p.length, 0);
      const started = { outputs: await startSteps(codec, pieces), done };
      const ready = codec.overlaps ? inFlight : started;
      inFlight = codec.overlaps ? started : null;
      const error = ready && (await settle(ready));
      if (error) return { type: 'error', id, error };
    }
    const error = inFlight && (await settle(inFlight));
    if (error) return { type: 'error', id, error };
    if (signal.aborted) return { type: 'cancelled', id };
    const last = await codec.end();
    if (typeof last === 'string') return { type: 'error', id, error: last };
    sink.write(last);
    return { type: 'done', id, size: sink.size, head: sink.head() };
  } catch (e) {
    return { type: 'error', id, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * One encrypt or decrypt job of the envelope worker: reads the input Blob in chunks, streams it
 * through MessageEncryptor/MessageDecryptor, reports progress after each chunk, stops between
 * chunks when cancelled, and returns the output as a Blob of parts (about twice the input in
 * memory at most: the input Blob and the output parts).
 */
import type { Bytes } from '../bytes';
import { MessageDecryptor, MessageEncryptor } from '../esdk/stream';
import type { WorkerReport, WorkerRequest } from './protocol';

type Job = Exclude<WorkerRequest, { type: 'cancel' }>;

async function readChunk(input: Blob, at: number, size: number): Promise<Bytes> {
  return new Uint8Array(await input.slice(at, at + size).arrayBuffer());
}

/** Runs a job to its final report (done, error or cancelled); never throws. */
export async function runJob(
  job: Job,
  report: (r: WorkerReport) => void,
  signal: AbortSignal,
): Promise<WorkerReport> {
  const { id, input } = job;
  const total = input.size;
  const chunkSize = Math.max(1, Math.floor(job.chunkSize));
  const parts: BlobPart[] = [];
  try {
    let step: (chunk: Bytes) => Promise<Bytes[] | string>;
    let end: () => Promise<Bytes[] | string>;
    if (job.type === 'encrypt') {
      const { encryptor, header } = await MessageEncryptor.start({
        keyring: job.keyring,
        encryptionContext: job.encryptionContext,
        frameLength: job.frameLength,
        ...(job.dataKey ? { dataKey: job.dataKey } : {}),
      });
      parts.push(header);
      step = (c) => encryptor.push(c);
      end = () => encryptor.finish();
    } else {
      const decryptor = new MessageDecryptor(job.keyring);
      step = async (c) => {
        const out = await decryptor.push(c);
        return typeof out === 'string' ? out : [out];
      };
      end = async () => {
        const h = decryptor.finish();
        return typeof h === 'string' ? h : [];
      };
    }
    // The next chunk is read while this one is processed (a Blob read is I/O, off this thread).
    let next = total > 0 ? readChunk(input, 0, chunkSize) : null;
    for (let at = 0; at < total; at += chunkSize) {
      const chunk = await next;
      if (!chunk) break;
      if (signal.aborted) return { type: 'cancelled', id };
      next = at + chunkSize < total ? readChunk(input, at + chunkSize, chunkSize) : null;
      const out = await step(chunk);
      if (typeof out === 'string') return { type: 'error', id, error: out };
      // A Blob per chunk: the browser stores it while the next chunk is processed.
      if (out.length > 0) parts.push(new Blob(out));
      report({ type: 'progress', id, done: Math.min(total, at + chunkSize), total });
    }
    if (signal.aborted) return { type: 'cancelled', id };
    const last = await end();
    if (typeof last === 'string') return { type: 'error', id, error: last };
    parts.push(...last);
    return { type: 'done', id, output: new Blob(parts) };
  } catch (e) {
    return { type: 'error', id, error: e instanceof Error ? e.message : String(e) };
  }
}

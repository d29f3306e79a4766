/**
 * The envelope worker's entry: runs encrypt/decrypt jobs off the page's thread so large files do
 * not freeze it, keeps the messages it encrypts (see protocol.ts) until released, exports one as a
 * Blob on request; `cancel` stops a job between chunks. Start it from the page with
 * `new Worker(new URL('./envelopeWorker.ts', import.meta.url), { type: 'module' })`.
 */
import type { Bytes } from '../bytes';
import { blobSource, OutputSink, partsSource, patchHead } from './parts';
import {
  REPORT_HEAD_BYTES,
  type StoredMessage,
  type WorkerReport,
  type WorkerRequest,
} from './protocol';
import { runJob } from './runJob';

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(report: WorkerReport): void;
}

const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();
/** Encrypted messages by the id of the job that made them. */
const stored = new Map<number, Bytes[]>();

function storedParts(id: number, input: StoredMessage): Bytes[] | WorkerReport {
  const parts = stored.get(input.stored);
  return parts
    ? patchHead(parts, input.head)
    : { type: 'error', id, error: 'The message is no longer kept: encrypt again.' };
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  if (request.type === 'release') {
    stored.delete(request.stored);
    return;
  }
  if (request.type === 'export') {
    const parts = storedParts(request.id, request.input);
    scope.postMessage(
      Array.isArray(parts) ? { type: 'exported', id: request.id, output: new Blob(parts) } : parts,
    );
    return;
  }
  let source;
  if (request.input instanceof Blob) source = blobSource(request.input);
  else {
    const parts = storedParts(request.id, request.input);
    if (!Array.isArray(parts)) {
      scope.postMessage(parts);
      return;
    }
    source = partsSource(parts);
  }
  const sink = new OutputSink(request.type === 'encrypt', REPORT_HEAD_BYTES);
  const controller = new AbortController();
  running.set(request.id, controller);
  void runJob(request, source, sink, (r) => scope.postMessage(r), controller.signal).then(
    (final) => {
      running.delete(request.id);
      if (final.type === 'done' && request.type === 'encrypt') stored.set(request.id, sink.parts);
      scope.postMessage(final);
    },
  );
};

/**
 * The worker entry's dispatch, run in-process: a stand-in for the dedicated worker scope receives
 * the reports (the real Worker needs a browser; the crypto inside is real).
 */
import { expect, it } from 'vitest';
import { playgroundKeyring, sdkDecrypt } from '../testing/sdk';
import type { WorkerReport, WorkerRequest } from './protocol';

it('runs jobs, keeps encrypted messages for decrypt and export, releases them, cancels by id', async () => {
  const reports: WorkerReport[] = [];
  const scope = {
    onmessage: null as ((e: { data: WorkerRequest }) => void) | null,
    postMessage: (r: WorkerReport) => reports.push(r),
  };
  (globalThis as Record<string, unknown>)['self'] = scope;
  await import('./envelopeWorker');
  const send = (data: WorkerRequest) => scope.onmessage?.({ data });
  const final = (id: number) =>
    expect.poll(() => reports.find((r) => r.id === id && r.type !== 'progress'));
  const keyring = await playgroundKeyring();
  const plaintext = Uint8Array.from({ length: 5000 }, (_, i) => i & 0xff);
  const job = (id: number): WorkerRequest => ({
    type: 'encrypt',
    id,
    input: new Blob([plaintext]),
    keyring,
    encryptionContext: {},
    frameLength: 256,
    chunkSize: 1000,
  });
  send(job(1));
  send(job(2));
  send({ type: 'cancel', id: 2 });
  await final(1).toMatchObject({ type: 'done' });
  await final(2).toEqual({ type: 'cancelled', id: 2 });
  expect(reports.filter((r) => r.id === 1 && r.type === 'progress')).toHaveLength(5);

  const done = reports.find((r) => r.id === 1 && r.type === 'done');
  if (done?.type !== 'done') throw new Error('no message');
  const head = done.head.slice(0, 200);
  send({ type: 'export', id: 3, input: { stored: 1, head } });
  await final(3).toMatchObject({ type: 'exported' });
  const exported = reports.find((r) => r.id === 3);
  if (exported?.type !== 'exported') throw new Error('not exported');
  const message = new Uint8Array(await exported.output.arrayBuffer());
  expect(message.length).toBe(done.size);
  expect((await sdkDecrypt(message)).plaintext).toEqual(plaintext);

  send({ type: 'decrypt', id: 4, input: { stored: 1, head }, keyring, chunkSize: 700 });
  await final(4).toEqual({ type: 'done', id: 4, size: 5000, head: plaintext });
  const tampered = head.slice();
  tampered[150] = (tampered[150] ?? 0) ^ 1;
  send({ type: 'decrypt', id: 5, input: { stored: 1, head: tampered }, keyring, chunkSize: 700 });
  await final(5).toMatchObject({ type: 'error' });

  send({ type: 'release', stored: 1 });
  send({ type: 'decrypt', id: 6, input: { stored: 1, head }, keyring, chunkSize: 700 });
  await final(6).toEqual({
    type: 'error',
    id: 6,
    error: 'The message is no longer kept: encrypt again.',
  });
  delete (globalThis as Record<string, unknown>)['self'];
});

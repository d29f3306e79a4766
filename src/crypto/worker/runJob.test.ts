/**
 * The worker's job runner on Node (Blob and WebCrypto are the same APIs as in the browser): a
 * round trip with progress, the official SDK reading the output, errors and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { playgroundKeyring, sdkDecrypt } from '../testing/sdk';
import type { WorkerReport } from './protocol';
import { runJob } from './runJob';

const data = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) & 0xff);
const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

async function encryptJob(signal = new AbortController().signal) {
  const reports: WorkerReport[] = [];
  const job = {
    type: 'encrypt' as const,
    id: 1,
    input: new Blob([data]),
    keyring: await playgroundKeyring(),
    encryptionContext: { file: 'data.bin' },
    frameLength: 512,
    chunkSize: 3000,
  };
  return { final: await runJob(job, (r) => reports.push(r), signal), reports };
}

describe('runJob', () => {
  it('encrypts with progress; the SDK and a decrypt job read the result', async () => {
    const { final, reports } = await encryptJob();
    expect(reports).toEqual(
      [3000, 6000, 9000, 10000].map((done) => ({ type: 'progress', id: 1, done, total: 10000 })),
    );
    if (final.type !== 'done') throw new Error(final.type);
    const message = await bytes(final.output);
    expect((await sdkDecrypt(message)).plaintext).toEqual(data);
    const keyring = await playgroundKeyring();
    const input = new Blob([message]);
    const job = { type: 'decrypt' as const, id: 2, input, keyring, chunkSize: 999 };
    const back = await runJob(job, () => {}, new AbortController().signal);
    expect(back.type === 'done' && (await bytes(back.output))).toEqual(data);
  });

  it('a tampered or truncated message is an error report', async () => {
    const { final } = await encryptJob();
    if (final.type !== 'done') throw new Error(final.type);
    const message = await bytes(final.output);
    const keyring = await playgroundKeyring();
    const signal = new AbortController().signal;
    const run = (m: Uint8Array<ArrayBuffer>) =>
      runJob(
        { type: 'decrypt', id: 3, input: new Blob([m]), keyring, chunkSize: 4096 },
        () => {},
        signal,
      );
    const bad = message.slice();
    bad[message.length - 5] = (bad[message.length - 5] ?? 0) ^ 1;
    expect(await run(bad)).toEqual({ type: 'error', id: 3, error: 'FrameAuthenticationFailed' });
    expect(await run(message.subarray(0, 5000))).toEqual({
      type: 'error',
      id: 3,
      error: 'MalformedBody',
    });
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    const reports: WorkerReport[] = [];
    const job = {
      type: 'encrypt' as const,
      id: 4,
      input: new Blob([data]),
      keyring: await playgroundKeyring(),
      encryptionContext: {},
      frameLength: 512,
      chunkSize: 1000,
    };
    const final = await runJob(
      job,
      (r) => {
        reports.push(r);
        if (reports.length === 2) controller.abort();
      },
      controller.signal,
    );
    expect(final).toEqual({ type: 'cancelled', id: 4 });
    expect(reports).toHaveLength(2);
  });
});

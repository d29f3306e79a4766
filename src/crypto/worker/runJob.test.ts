/**
 * The worker's job runner on Node (Blob and WebCrypto are the same APIs as in the browser): a
 * round trip with progress, the official SDK reading the output, errors and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { concat, utf8 } from '../bytes';
import { describeHeader } from '../esdk/headerView';
import { kmsEncryptedDataKey } from '../esdk/kmsKeyring';
import { playgroundKeyring, sdkDecrypt } from '../testing/sdk';
import { blobSource, OutputSink, partsSource, patchHead } from './parts';
import type { WorkerReport } from './protocol';
import { runJob } from './runJob';

const data = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) & 0xff);
const never = new AbortController().signal;

async function encryptJob(signal = never) {
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
  const sink = new OutputSink(true, 100);
  const final = await runJob(job, blobSource(job.input), sink, (r) => reports.push(r), signal);
  return { final, reports, sink, message: concat(...sink.parts) };
}

async function decryptParts(parts: Uint8Array<ArrayBuffer>[], keep = false) {
  const keyring = await playgroundKeyring();
  const job = { type: 'decrypt' as const, id: 2, input: new Blob(), keyring, chunkSize: 999 };
  const sink = new OutputSink(keep, 64);
  return { final: await runJob(job, partsSource(parts), sink, () => {}, never), sink };
}

describe('runJob', () => {
  it('encrypts with a data key and encrypted data key from KMS and decrypts with the data key', async () => {
    const dataKey = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
    const blob = utf8('a CiphertextBlob from GenerateDataKey');
    const arn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const keyring = { dataKey, encryptedDataKey: kmsEncryptedDataKey(arn, blob) };
    const job = {
      type: 'encrypt' as const,
      id: 1,
      input: new Blob([data]),
      keyring,
      encryptionContext: {},
      frameLength: 512,
      chunkSize: 3000,
    };
    const sink = new OutputSink(true, 10_000);
    await runJob(job, blobSource(job.input), sink, () => {}, never);
    const edks = describeHeader(sink.head())?.encryptedDataKeys;
    expect(edks?.map((k) => [k.providerId, k.ciphertextHex.length / 2])).toEqual([
      ['aws-kms', blob.length],
    ]);
    const read = async (key: Uint8Array) => {
      const decrypt = { type: 'decrypt' as const, id: 2, input: new Blob(), chunkSize: 999 };
      const out = new OutputSink(true, 64);
      const keyring = { dataKey: key };
      const final = await runJob(
        { ...decrypt, keyring },
        partsSource(sink.parts),
        out,
        () => {},
        never,
      );
      return { final, plaintext: concat(...out.parts) };
    };
    expect((await read(dataKey)).plaintext).toEqual(data);
    // Another data key fails the key commitment before any frame is decrypted.
    const other = await read(new Uint8Array(32));
    expect(other.final).toEqual({ type: 'error', id: 2, error: 'CommitmentMismatch' });
  });

  it('encrypts with progress; the SDK and a decrypt job read the kept parts', async () => {
    const { final, reports, sink, message } = await encryptJob();
    expect(reports).toEqual(
      [3000, 6000, 9000, 10000].map((done) => ({ type: 'progress', id: 1, done, total: 10000 })),
    );
    // The header, then a prefix and a ciphertext per frame: 20 frames of 512 bytes.
    expect(sink.parts).toHaveLength(1 + 2 * 20);
    expect(final).toEqual({
      type: 'done',
      id: 1,
      size: message.length,
      head: message.slice(0, 100),
    });
    expect((await sdkDecrypt(message)).plaintext).toEqual(data);
    const back = await decryptParts(sink.parts, true);
    expect(concat(...back.sink.parts)).toEqual(data);
    expect(back.final).toEqual({ type: 'done', id: 2, size: 10_000, head: data.slice(0, 64) });
  });

  it('a decryption that is not kept reports its size and first bytes only', async () => {
    const { sink } = await encryptJob();
    const back = await decryptParts(sink.parts);
    expect(back.sink.parts).toEqual([]);
    expect(back.final).toEqual({ type: 'done', id: 2, size: 10_000, head: data.slice(0, 64) });
  });

  it('a tampered or truncated message is an error report', async () => {
    const { sink, message } = await encryptJob();
    const bad = message.slice();
    bad[message.length - 5] = (bad[message.length - 5] ?? 0) ^ 1;
    const error = (e: string) => ({ type: 'error', id: 2, error: e });
    expect((await decryptParts([bad])).final).toEqual(error('FrameAuthenticationFailed'));
    expect((await decryptParts([message.slice(0, 5000)])).final).toEqual(error('MalformedBody'));
    // A flipped header byte, patched over the kept parts as the lab does.
    const head = message.slice(0, 64);
    head[40] = (head[40] ?? 0) ^ 1;
    const failed = await decryptParts(patchHead(sink.parts, head));
    expect(failed.final.type).toBe('error');
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
      blobSource(job.input),
      new OutputSink(true, 0),
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

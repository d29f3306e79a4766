/**
 * The worker entry's dispatch, run in-process: a stand-in for the dedicated worker scope receives
 * the reports (the real Worker needs a browser; the crypto inside is real).
 */
import { expect, it } from 'vitest';
import { playgroundKeyring } from '../testing/sdk';
import type { WorkerReport, WorkerRequest } from './protocol';

it('runs jobs, reports progress and done, and cancels by id', async () => {
  const reports: WorkerReport[] = [];
  const scope = {
    onmessage: null as ((e: { data: WorkerRequest }) => void) | null,
    postMessage: (r: WorkerReport) => reports.push(r),
  };
  (globalThis as Record<string, unknown>)['self'] = scope;
  await import('./envelopeWorker');
  const keyring = await playgroundKeyring();
  const job = (id: number): WorkerRequest => ({
    type: 'encrypt',
    id,
    input: new Blob([new Uint8Array(5000)]),
    keyring,
    encryptionContext: {},
    frameLength: 256,
    chunkSize: 1000,
  });
  scope.onmessage?.({ data: job(1) });
  scope.onmessage?.({ data: job(2) });
  scope.onmessage?.({ data: { type: 'cancel', id: 2 } });
  await expect.poll(() => reports.filter((r) => r.type !== 'progress').length).toBe(2);
  expect(reports.find((r) => r.id === 1 && r.type === 'done')).toBeTruthy();
  expect(reports.find((r) => r.id === 2 && r.type !== 'progress')).toEqual({
    type: 'cancelled',
    id: 2,
  });
  expect(reports.filter((r) => r.id === 1 && r.type === 'progress')).toHaveLength(5);
  delete (globalThis as Record<string, unknown>)['self'];
});

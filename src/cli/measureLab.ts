/**
 * `npm run bench:lab`: the envelope lab's chunked encryption (the production build's envelope
 * worker, as the lab runs it for large files) against a bare WebCrypto AES-GCM loop over the same
 * data, frame by frame, in one headless Chromium page per frame length (issue 5's target: a ratio
 * of at least 0.8); then the lab's peak memory while it encrypts and decrypts a file (labMemory.ts).
 * Needs `npm run build` first (or BENCH_OUT_DIR=<dir> after `npx vite build --outDir <dir>`) and
 * Debian's chromium (or PLAYWRIGHT_CHROMIUM_PATH). LAB_BENCH_PORT sets the preview's port.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BENCH_OUT_DIR, withPreviewBrowser } from './previewBrowser';
import { measureLabMemory } from './labMemory';
import { LAB_CHUNK_SIZE, LAB_FRAME_LENGTH } from '../ui/panels/lab/labModel';

const PORT = Number(process.env['LAB_BENCH_PORT'] ?? 4182);
const BASE = `http://localhost:${PORT}`;
const MB = 1024 * 1024;
const SIZE = Number(process.env['LAB_BENCH_MB'] ?? 128) * MB;
const FRAMES = (process.env['LAB_BENCH_FRAMES'] ?? '4096,16384,65536,262144,1048576')
  .split(',')
  .filter(Boolean)
  .map(Number);
const ROUNDS = Number(process.env['LAB_BENCH_ROUNDS'] ?? 3);

interface Args {
  workerUrl: string;
  frameLength: number;
  chunkSize: number;
}

/** In the page: makes SIZE bytes once (kept on window), as an array and as a Blob. */
async function makeData(page: Page): Promise<void> {
  await page.evaluate((size) => {
    const data = new Uint8Array(size);
    for (let at = 0; at < size; at += 65536)
      crypto.getRandomValues(data.subarray(at, Math.min(size, at + 65536)));
    const w = window as unknown as { benchData: Uint8Array; benchBlob: Blob };
    w.benchData = data;
    w.benchBlob = new Blob([data]);
  }, SIZE);
}

/**
 * In the page: the lab's worker jobs over the Blob, as the lab sends them: encrypt (the message
 * stays in the worker), then decrypt that stored message. Milliseconds of each.
 */
function labRun(page: Page, args: Args): Promise<{ encrypt: number; decrypt: number }> {
  return page.evaluate(async ({ workerUrl, frameLength, chunkSize }) => {
    const w = window as unknown as { benchBlob: Blob };
    const wrappingKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const worker = new Worker(workerUrl, { type: 'module' });
    const keyring = { keyNamespace: 'kms-playground', keyName: 'bench#1', wrappingKey };
    type Report = { type: string; size?: number; error?: string };
    const job = (request: object) =>
      new Promise<number>((resolve, reject) => {
        worker.onmessage = (e: MessageEvent<Report>) => {
          if (e.data.type === 'done') resolve(e.data.size ?? 0);
          else if (e.data.type !== 'progress') reject(new Error(e.data.error ?? e.data.type));
        };
        worker.postMessage(request);
      });
    // A first, empty job starts the worker, so that the timing is of the work, not of its boot.
    const warmUp = { type: 'encrypt', id: 0, input: new Blob(), keyring, encryptionContext: {} };
    await job({ ...warmUp, frameLength, chunkSize });
    worker.postMessage({ type: 'release', stored: 0 });
    const t0 = performance.now();
    const size = await job({
      type: 'encrypt',
      id: 1,
      input: w.benchBlob,
      keyring,
      encryptionContext: { purpose: 'bench' },
      frameLength,
      chunkSize,
    });
    const t1 = performance.now();
    const input = { stored: 1, head: new Uint8Array(0) };
    const back = await job({ type: 'decrypt', id: 2, input, keyring, chunkSize });
    const t2 = performance.now();
    worker.terminate();
    (window as unknown as { gc?: () => void }).gc?.();
    if (size < w.benchBlob.size || back !== w.benchBlob.size) throw new Error('short output');
    return { encrypt: t1 - t0, decrypt: t2 - t1 };
  }, args);
}

/**
 * In the page: a bare AES-GCM loop, one call per frame with a fresh IV, output kept. `fromBlob`:
 * over the same Blob as the lab, read with the same chunk size; otherwise over the bytes in memory
 * (no reading at all: the upper bound). Milliseconds.
 */
function bareRun(page: Page, args: Args & { fromBlob: boolean }): Promise<number> {
  return page.evaluate(async ({ frameLength, chunkSize, fromBlob }) => {
    const w = window as unknown as { benchData: Uint8Array<ArrayBuffer>; benchBlob: Blob };
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
    ]);
    const out: ArrayBuffer[] = [];
    const size = w.benchData.length;
    const t0 = performance.now();
    for (let at = 0; at < size; at += chunkSize) {
      const chunk = fromBlob
        ? new Uint8Array(await w.benchBlob.slice(at, at + chunkSize).arrayBuffer())
        : w.benchData.subarray(at, Math.min(size, at + chunkSize));
      for (let f = 0; f < chunk.length; f += frameLength) {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const part = chunk.subarray(f, Math.min(chunk.length, f + frameLength));
        out.push(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, part));
      }
    }
    const ms = performance.now() - t0;
    out.length = 0;
    (window as unknown as { gc?: () => void }).gc?.();
    return ms;
  }, args);
}

const best = (xs: number[]) => Math.min(...xs);
const mbps = (ms: number) => (SIZE / MB / (ms / 1000)).toFixed(0);

async function throughput(page: Page, workerUrl: string, frameLength: number): Promise<string> {
  await page.goto(`${BASE}/`);
  await makeData(page);
  const args = { workerUrl, frameLength, chunkSize: LAB_CHUNK_SIZE };
  const lab: number[] = [];
  const labDecrypt: number[] = [];
  const blob: number[] = [];
  const memory: number[] = [];
  // Interleaved rounds, so that a burst of load from other processes hits every column alike.
  for (let i = 0; i < ROUNDS; i++) {
    const run = await labRun(page, args);
    lab.push(run.encrypt);
    labDecrypt.push(run.decrypt);
    blob.push(await bareRun(page, { ...args, fromBlob: true }));
    memory.push(await bareRun(page, { ...args, fromBlob: false }));
  }
  return [
    String(frameLength).padStart(12),
    mbps(best(lab)).padStart(8),
    mbps(best(blob)).padStart(15),
    (best(blob) / best(lab)).toFixed(2).padStart(5),
    mbps(best(memory)).padStart(15),
    (best(memory) / best(lab)).toFixed(2).padStart(5),
    mbps(best(labDecrypt)).padStart(11),
  ].join(' | ');
}

async function main(): Promise<void> {
  const dir = `${BENCH_OUT_DIR}/assets`;
  const worker = existsSync(dir)
    ? readdirSync(dir).find((f) => /^envelopeWorker-.*\.js$/.test(f))
    : undefined;
  if (!worker) throw new Error(`run \`npm run build\` first (no envelope worker in ${dir})`);
  await withPreviewBrowser(
    PORT,
    async (browser) => {
      const workerUrl = `${BASE}/assets/${worker}`;
      console.log(
        `${SIZE / MB} MB, read chunk ${LAB_CHUNK_SIZE / MB} MB, best of ${ROUNDS}; lab frame length: ${LAB_FRAME_LENGTH}`,
      );
      console.log(
        'frame length | lab MB/s | bare, same Blob | ratio | bare, in memory | ratio | lab decrypt',
      );
      for (const frameLength of FRAMES) {
        // A fresh page per frame length, so that the blobs of one do not weigh on the next.
        const page = await browser.newPage();
        console.log(await throughput(page, workerUrl, frameLength));
        await page.close();
      }
      if (process.env['LAB_BENCH_MEMORY'] !== '0') await measureLabMemory(browser, BASE, SIZE);
    },
    ['--js-flags=--expose-gc'],
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

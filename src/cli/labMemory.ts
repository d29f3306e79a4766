/**
 * The envelope lab's memory bound (issue 5: about twice the input at most), measured through the
 * lab itself: a file of `size` bytes on disk is chosen in the lab's file input, encrypted as an
 * allowed caller of the `admins-and-users` example, then decrypted, while the resident memory of
 * Chromium's processes is sampled from /proc. Prints the peaks above the idle page, relative to
 * the input's size.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { chromiumRss, sampleRss } from './processMemory';

const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';
const MB = 1024 * 1024;
const TIMEOUT = 5 * 60_000;

/** A file of `size` pseudo-random bytes (xorshift: AES does not care, and it is quick). */
function writeInput(path: string, size: number): void {
  const block = new Uint32Array((4 * MB) / 4);
  let x = 2463534242;
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < size; at += block.byteLength) {
      for (let i = 0; i < block.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        block[i] = x >>> 0;
      }
      writeSync(fd, new Uint8Array(block.buffer, 0, Math.min(block.byteLength, size - at)));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs `action` while sampling RSS and, in the page, watching the main thread's long tasks (50 ms
 * and more: what makes a page feel frozen). Returns the time, the RSS peaks and the longest task.
 */
async function during(page: Page, action: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; observer?: PerformanceObserver };
    w.longest = 0;
    w.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
  const sampler = sampleRss();
  const t0 = Date.now();
  await action();
  const ms = Date.now() - t0;
  const peaks = sampler.stop();
  const longestTask = await page.evaluate(() => {
    const w = window as unknown as { longest: number; observer?: PerformanceObserver };
    w.observer?.disconnect();
    return w.longest;
  });
  return { ms, longestTask, ...peaks };
}

export async function measureLabMemory(browser: Browser, base: string, size: number) {
  const path = join(tmpdir(), `lab-bench-${process.pid}.bin`);
  writeInput(path, size);
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/`);
    await page.getByRole('combobox', { name: 'Open an example' }).selectOption('admins-and-users');
    await page.getByRole('tab', { name: 'Envelope lab' }).click();
    const lab = page.getByTestId('envelope-lab');
    await lab.getByRole('combobox', { name: 'Encrypt as (principal)' }).fill(APP);
    await page.waitForTimeout(500);
    const idle = chromiumRss();
    await lab.getByTestId('lab-file').setInputFiles(path);
    const encrypt = await during(page, async () => {
      await lab.getByRole('button', { name: 'Encrypt', exact: true }).click();
      await lab.getByTestId('lab-header').waitFor({ timeout: TIMEOUT });
    });
    await lab.getByRole('combobox', { name: 'Decrypt as (principal)' }).fill(APP);
    const decrypt = await during(page, async () => {
      await lab.getByRole('button', { name: 'Decrypt', exact: true }).click();
      await lab.getByTestId('lab-decrypt-result').waitFor({ timeout: TIMEOUT });
    });
    const ok = await lab.getByTestId('lab-decrypt-result').getAttribute('data-ok');
    if (ok !== 'true') throw new Error('the lab did not decrypt its own message');
    // Encrypting again must not hold the old message and the new one at once.
    const again = await during(page, async () => {
      await lab.getByRole('button', { name: 'Encrypt', exact: true }).click();
      await lab.getByTestId('lab-header').waitFor({ state: 'detached', timeout: TIMEOUT });
      await lab.getByTestId('lab-header').waitFor({ timeout: TIMEOUT });
    });
    const mb = (n: number) => (n / MB).toFixed(0).padStart(5);
    const ratio = (n: number) => (n / size).toFixed(2).padStart(5);
    console.log(
      `\nlab memory, a ${size / MB} MB file: idle page renderers ${mb(idle.renderers)} MB, all Chromium ${mb(idle.total)} MB`,
    );
    console.log(
      'operation | seconds | renderers peak − idle | ÷ input | all Chromium peak − idle | ÷ input | longest task',
    );
    for (const [name, m] of [
      ['encrypt', encrypt],
      ['decrypt', decrypt],
      ['again', again],
    ] as const) {
      const r = m.renderers - idle.renderers;
      const t = m.total - idle.total;
      console.log(
        [
          name.padEnd(9),
          (m.ms / 1000).toFixed(1).padStart(7),
          `${mb(r)} MB`.padStart(21),
          ratio(r).padStart(7),
          `${mb(t)} MB`.padStart(24),
          ratio(t).padStart(7),
          `${m.longestTask.toFixed(0)} ms`.padStart(12),
        ].join(' | '),
      );
    }
  } finally {
    await page.close();
    rmSync(path, { force: true });
  }
}

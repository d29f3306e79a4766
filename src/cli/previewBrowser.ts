/**
 * The harness the browser benchmarks share: serve the production build with `vite preview` in its
 * own process group, launch Chromium (Debian's when present, as the e2e tests do), run the
 * measurement, and always stop both.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function waitForServer(base: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

/** The build to serve: BENCH_OUT_DIR, so a benchmark need not share `dist` with others' builds. */
export const BENCH_OUT_DIR = process.env['BENCH_OUT_DIR'] ?? 'dist';

/** Runs `measure` against the built app on `port`; extra Chromium flags may be added. */
export async function withPreviewBrowser(
  port: number,
  measure: (browser: Browser, base: string) => Promise<void>,
  extraFlags: readonly string[] = [],
): Promise<void> {
  const base = `http://localhost:${port}`;
  // Its own process group, so that ending it ends vite too, not only npx.
  const args = [
    'vite',
    'preview',
    '--outDir',
    BENCH_OUT_DIR,
    '--port',
    String(port),
    '--strictPort',
  ];
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  try {
    await waitForServer(base);
    const exe =
      process.env.PLAYWRIGHT_CHROMIUM_PATH ??
      (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({
      executablePath: exe,
      args: exe ? [...FLAGS, ...extraFlags] : [...extraFlags],
    });
    try {
      await measure(browser, base);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

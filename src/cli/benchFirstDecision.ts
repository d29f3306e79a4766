/**
 * The first decision of a share link, as a browser sees it (issue 16): when the decision is in the
 * DOM, on the page's own clock, and which JavaScript the page had asked for by then, gzipped from
 * the build. `npm run bench:ui` prints both; e2e/first-decision.spec.ts holds the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** What a browser had requested when the first decision appeared. */
export interface FirstDecision {
  /** Milliseconds from navigation start until the decision is in the DOM. */
  ms: number;
  /** Paths of the JavaScript files requested by then (the entry scripts included). */
  scripts: string[];
}

/** Stamps `__firstDecision` (performance.now()) when the decision first appears; before `goto`. */
export async function armFirstDecision(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstDecision?: number };
    new MutationObserver((_, obs) => {
      if (!document.querySelector('[data-testid="decision-result"]')) return;
      w.__firstDecision = performance.now();
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/**
 * Navigates to `url` (armed by {@link armFirstDecision}), waits for the decision, and reads its time
 * and the JavaScript resources whose request started at or before it.
 */
export async function openToFirstDecision(page: Page, url: string): Promise<FirstDecision> {
  await page.goto(url);
  await page.getByTestId('decision-result').waitFor();
  const { ms, requested, entry } = await page.evaluate(() => {
    const at = (window as unknown as { __firstDecision: number }).__firstDecision;
    return {
      ms: at,
      requested: performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= at && /\.js$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname),
      entry: [...document.querySelectorAll('script[src]')].map(
        (s) => new URL((s as HTMLScriptElement).src).pathname,
      ),
    };
  });
  // The entry script is not a resource-timing entry in every browser: count it once.
  const scripts = [...requested];
  for (const p of entry) if (!scripts.includes(p)) scripts.push(p);
  return { ms, scripts };
}

/** The gzipped size of the built files at these URL paths, read from `outDir`. */
export function gzippedBytes(outDir: string, paths: readonly string[]): number {
  return paths.reduce(
    (n, p) => n + gzipSync(readFileSync(join(outDir, p.replace(/^\//, '')))).length,
    0,
  );
}

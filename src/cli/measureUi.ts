/**
 * `npm run bench:ui`: measures the playground in headless Chromium against the production build
 * (issue 3's speed targets). Prints figures; docs/benchmarks.md records them. Needs `npm run build`
 * first and Debian's chromium (or PLAYWRIGHT_CHROMIUM_PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { BENCH_OUT_DIR, withPreviewBrowser } from './previewBrowser';
import { decodeScenarioText, encodeShareFragment } from '../scenario';
import type { Scenario } from '../scenario/types';
import { largeScenario } from './largeScenario';
import { armFirstDecision, gzippedBytes, openToFirstDecision } from './benchFirstDecision';

const PORT = Number(process.env['BENCH_PORT'] ?? 4181);
const BASE = `http://localhost:${PORT}`;
/** `--first`: only each share link's first decision (its time and the JavaScript before it). */
const FIRST_ONLY = process.argv.includes('--first');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/**
 * Time from a change of the request's operation (a DOM change event, as a keyboard user makes it)
 * until both the decision and the diagram have been updated in the DOM.
 */
async function editToDecision(page: Page, operation: string): Promise<number> {
  return page.evaluate(async (op) => {
    const select = [...document.querySelectorAll('select')].find(
      (s) =>
        s.getAttribute('aria-label') === 'API operation' ||
        s.labels?.[0]?.textContent?.includes('API operation'),
    );
    const decision = document.querySelector('[data-testid="decision"]');
    const diagram = document.querySelector('[data-testid="decision-diagram"]');
    if (!select || !decision || !diagram) throw new Error('screen not found');
    const changed = (el: Element) =>
      new Promise<number>((resolve) => {
        const obs = new MutationObserver(() => {
          obs.disconnect();
          resolve(performance.now());
        });
        obs.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    const done = Promise.all([changed(decision), changed(diagram)]);
    const t0 = performance.now();
    select.value = op;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const [a, b] = await done;
    return Math.max(a, b) - t0;
  }, operation);
}

/**
 * Issue 16: a share link opened in a fresh page — time from navigation to the decision on screen,
 * and the JavaScript (gzipped, from the build) the page had requested by then.
 */
async function firstDecision(page: Page, label: string, fragment: string): Promise<void> {
  await armFirstDecision(page);
  const first = await openToFirstDecision(page, `${BASE}/#${fragment}`);
  const kb = gzippedBytes(BENCH_OUT_DIR, first.scripts) / 1024;
  console.log(
    `${label}: first decision ${first.ms.toFixed(0)} ms after navigation; JavaScript requested before it ${kb.toFixed(1)} KB gzipped (${first.scripts.length} files)`,
  );
}

async function measure(page: Page, label: string, scenario: Scenario): Promise<void> {
  await firstDecision(page, label, await encodeShareFragment(scenario));
  const edits: number[] = [];
  for (let i = 0; i < 10; i++)
    edits.push(await editToDecision(page, i % 2 ? 'Encrypt' : 'DescribeKey'));
  console.log(
    `${label}: edit → decision + diagram median ${median(edits).toFixed(1)} ms, max ${Math.max(...edits).toFixed(1)} ms`,
  );
}

/**
 * Keystroke → screen: installs a capturing keydown listener that stamps the time, then resolves
 * when `target` (a CSS selector) has changed in the DOM and the browser reaches its next frame
 * (the first requestAnimationFrame after the change: the typed character is on screen then).
 */
async function armKeystroke(page: Page, target: string, paintsInFrame: boolean): Promise<void> {
  await page.evaluate(
    ([sel, inFrame]) => {
      const w = window as unknown as { __key?: Promise<number> };
      w.__key = new Promise<number>((resolve) => {
        let t0 = 0;
        const el = document.querySelector(sel);
        if (!el) throw new Error(`${sel} not found`);
        const onKey = () => {
          t0 = performance.now();
          window.removeEventListener('keydown', onKey, true);
        };
        window.addEventListener('keydown', onKey, true);
        const obs = new MutationObserver(() => {
          if (!t0) return;
          obs.disconnect();
          // Monaco writes its lines inside a requestAnimationFrame callback, so they paint right
          // after this; a React field commits in the event's task and paints at the next frame.
          if (inFrame) resolve(performance.now() - t0);
          else requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        obs.observe(el, { childList: true, subtree: true, characterData: true, attributes: true });
      });
    },
    [target, paintsInFrame] as const,
  );
}

async function keystrokes(
  page: Page,
  target: string,
  keys: string[],
  paintsInFrame = false,
): Promise<number[]> {
  const out: number[] = [];
  for (const key of keys) {
    await armKeystroke(page, target, paintsInFrame);
    await page.keyboard.press(key);
    out.push(await page.evaluate(() => (window as unknown as { __key: Promise<number> }).__key));
    // Let debounced work (drafts, autosave) settle between keystrokes, as between a typist's keys.
    await page.waitForTimeout(120);
  }
  return out;
}

const summary = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length} keys)`;

/** Keystroke latency in the whole-scenario JSON editor and in a request-builder field. */
async function measureTyping(page: Page, scenario: Scenario): Promise<void> {
  await page.goto(`${BASE}/#${await encodeShareFragment(scenario)}`);
  await page.getByTestId('decision-result').waitFor();
  const keys = [...'abcdefghijklmnopqrst'];

  // The request builder's Key field: each key edits the request and re-decides it.
  const field = page
    .getByTestId('request-builder')
    .getByRole('combobox', { name: 'Key', exact: true });
  await field.click();
  await page.keyboard.press('End');
  const builder = await keystrokes(page, '[data-testid="request-builder"]', keys);
  console.log(`  request builder Key field, keystroke → screen: ${summary(builder)}`);

  // The whole scenario as JSON in Monaco: type inside the "format" string on line 2 (each key
  // re-reads the whole text; the draft then stops at the wrong format, so nothing is re-decided).
  await page.locator('[data-document="scenario"]').first().click();
  const monaco = page.locator('.monaco-editor').first();
  await monaco.waitFor({ timeout: 30_000 });
  await monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const editor = await keystrokes(page, '.monaco-editor .view-lines', keys, true);
  console.log(`  whole-scenario JSON editor, keystroke → screen: ${summary(editor)}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(BENCH_OUT_DIR, 'index.html'))) throw new Error('run `npm run build` first');
  await withPreviewBrowser(PORT, async (browser) => {
    const dir = join(process.cwd(), 'src/scenario/fixtures/conformance');
    for (const name of ['V004.json', 'V020.json', 'V030.json', 'V114.json']) {
      const decoded = decodeScenarioText(readFileSync(join(dir, name), 'utf8'));
      if (!decoded.ok) continue;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      if (FIRST_ONLY) await firstDecision(page, name, await encodeShareFragment(decoded.scenario));
      else await measure(page, name, decoded.scenario);
      await page.close();
    }
    if (FIRST_ONLY) return;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await measure(page, '20 documents × 50 statements', largeScenario());
    const typing = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    console.log('20 documents × 50 statements, typing:');
    await measureTyping(typing, largeScenario());
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

import { readFileSync } from 'node:fs';
import {
  MAX_SCENARIO_BYTES,
  decodeScenarioText,
  encodeShareFragment,
  scenarioToJson,
} from '../src/scenario';
import { auditorScenario, expect, test } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

const STORAGE_KEY = 'kms-playground/workspace/v1';

/**
 * The e2e scenario with `keys` more keys of `tags` tags each: many small values, so the
 * pretty-printed form is nearly twice the compact one.
 */
function bigScenario(title: string, keys: number, tags: number): string {
  const base = scenarioToJson(auditorScenario) as { keys: Record<string, unknown>[] };
  const first = base.keys[0] as { policy: { Statement: unknown[] } };
  const policy = { ...first.policy, Statement: first.policy.Statement.slice(0, 1) };
  const tagSet = Object.fromEntries(Array.from({ length: tags }, (_, t) => [`t${t}`, 'v']));
  const more = Array.from({ length: keys }, (_, i) => ({
    arn: `arn:aws:kms:us-east-1:111122223333:key/0000aaaa-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    aliases: [`alias/k${i}`],
    tags: tagSet,
    policy,
  }));
  return JSON.stringify({ ...base, title, keys: [...base.keys, ...more] });
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Compact ~960 KB, pretty-printed ~1.85 MB: only the compact form fits the limit. */
const NEAR = bigScenario('Near the limit', 300, 275);
/** Compact ~1.1 MB: over the limit in any form. */
const OVER = bigScenario('Over the limit', 300, 320);

test.describe('scenarios near and over the 1 MB limit', () => {
  test.beforeAll(() => {
    expect(bytes(NEAR)).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(bytes(NEAR)).toBeGreaterThan(0.9 * MAX_SCENARIO_BYTES);
    expect(bytes(JSON.stringify(JSON.parse(NEAR), null, 2))).toBeGreaterThan(MAX_SCENARIO_BYTES);
    expect(bytes(OVER)).toBeGreaterThan(MAX_SCENARIO_BYTES);
  });

  test('one close to the limit autosaves, exports in compact form and re-imports', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const app = new PlaygroundPage(page);
    await app.open();
    await app.fileInput.setInputFiles({
      name: 'near-limit.json',
      mimeType: 'application/json',
      buffer: Buffer.from(NEAR),
    });
    await expect(app.scenarioTitle).toContainText('Near the limit');

    // Leaving the page saves at once; the reload restores the whole scenario.
    await page.goto('/');
    await expect(app.heading).toBeVisible();
    await expect(app.scenarioTitle).toContainText('Near the limit');
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const workspace = JSON.parse(saved ?? '{}') as { scenario?: string };
    expect(bytes(workspace.scenario ?? '')).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    expect(workspace.scenario).not.toContain('\n  ');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    const exported = readFileSync((await file.path())!, 'utf8');
    expect(bytes(exported)).toBeLessThanOrEqual(MAX_SCENARIO_BYTES);
    expect(exported).not.toContain('\n  ');
    const decoded = decodeScenarioText(exported);
    expect(decoded.ok && decoded.scenario.keys.length).toBe(301);

    // Another scenario on screen, then the exported file opens again.
    await app.examples.selectOption({ index: 1 });
    await expect(app.scenarioTitle).not.toContainText('Near the limit');
    await app.fileInput.setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(app.scenarioTitle).toContainText('Near the limit');
    await expect(app.bannerNotices.first()).toContainText('Opened exported.json');
  });

  test('one over the limit is refused with the limit named; the work and the pasted text stay', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const app = new PlaygroundPage(page);
    await app.open(await encodeShareFragment(auditorScenario));
    await app.fileInput.setInputFiles({
      name: 'over-limit.json',
      mimeType: 'application/json',
      buffer: Buffer.from(OVER),
    });
    await expect(app.bannerNotices.first()).toContainText('over-limit.json');
    await expect(app.bannerNotices.first()).toContainText('limited to 1 MB');
    await expect(app.bannerNotices.first()).toContainText('unchanged');
    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');

    await page.getByTestId('paste-open').click();
    const box = page.getByTestId('paste-panel').getByRole('textbox');
    await box.fill(OVER);
    await page.getByTestId('paste-panel').getByRole('button', { name: 'Use it' }).click();
    await expect(app.bannerNotices.filter({ hasText: 'The pasted text' })).toContainText(
      'is over 1 MB, the limit for a scenario; nothing was changed.',
    );
    await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
    expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(OVER.length);
  });
});

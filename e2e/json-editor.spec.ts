import { largeScenario } from '../src/cli/largeScenario';
import { encodeShareFragment } from '../src/scenario';
import { MERGE_WINDOW_MS } from '../src/state/derive';
import { expect, test } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

/**
 * Issue 11, typing lag: the whole scenario of a large file (about 200 KB of JSON) is not re-read
 * on every key. The editor hands the text over once typing pauses, or at once when focus leaves
 * it, so nothing typed is lost.
 */
test('typing in a large whole-scenario JSON reaches the scenario after a pause and on leaving the editor', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment({ ...largeScenario(), title: 'Large' }));
  await expect(app.scenarioTitle).toHaveAttribute('title', 'Large');
  await app.openDocument('scenario');
  await expect(app.monaco).toBeVisible({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').click();
  // Line 4 is `  "title": "Large",`: put the cursor before the closing quote.
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"title": "Large"');

  await page.keyboard.type('Pause');
  await expect(app.scenarioTitle).toHaveAttribute('title', 'LargePause');
  await expect(page.locator('.monaco-editor textarea')).toBeFocused();

  // Edits of one document less than MERGE_WINDOW_MS apart are one undo step (src/state/derive.ts):
  // wait that long, as a user who paused would, so the next edit is an undo step of its own.
  await page.waitForTimeout(MERGE_WINDOW_MS + 100);
  // Typed and left straight away: nothing typed is lost.
  await page.keyboard.type('Blur');
  await app.heading.click();
  await expect(app.scenarioTitle).toHaveAttribute('title', 'LargePauseBlur');
  await app.undoButton.click();
  await expect(app.scenarioTitle).toHaveAttribute('title', 'LargePause');
});

import { encodeScenarioText, encodeShareFragment, examples } from '../src/scenario';
import { expect, test, auditorScenario, KEY_ARN } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('every built-in example opens from the examples menu', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open();
  for (const example of examples) {
    await app.examples.selectOption(example.id);
    await expect(app.scenarioTitle).toContainText(example.scenario.title ?? '');
    await expect(app.requestItems).toHaveCount(example.scenario.requests.length);
    await expect(app.decision).toHaveAttribute('data-outcome', /\w+/);
  }
});

test('a scenario file opens, and exporting gives the same scenario back', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open();
  await app.fileInput.setInputFiles({
    name: 'auditor.kms.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeScenarioText(auditorScenario)),
  });
  await expect(app.scenarioTitle).toContainText('E2E: auditor may decrypt');
  await expect(app.requestItems).toHaveCount(3);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^e2e-auditor-may-decrypt/);
  const text = await (await file.createReadStream()).toArray();
  expect(JSON.parse(Buffer.concat(text).toString('utf8')).title).toBe('E2E: auditor may decrypt');
});

test('pasting get-key-policy output outside the editor replaces the key policy', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'NobodyAtAll', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' },
    ],
  };
  const output = JSON.stringify({ Policy: JSON.stringify(policy), PolicyName: 'default' });

  await app.heading.click();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, output);

  await expect(app.bannerNotices.first()).toContainText('key policy');
  await expect(app.decision).toHaveAttribute('data-decision', 'ExplicitDeny');
  await expect(app.editorTitle).toHaveAttribute('data-document', `key:${KEY_ARN.split('/')[1]}`);
});

test('a scenario file dropped anywhere on the window opens', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open();
  const text = encodeScenarioText({ ...auditorScenario, title: 'Dropped in' });
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect(app.scenarioTitle).toContainText('Dropped in');
  await expect(app.requestItems).toHaveCount(3);
});

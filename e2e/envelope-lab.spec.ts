import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { expect, test } from './fixtures';

const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';
const ADMIN = 'arn:aws:sts::111122223333:assumed-role/KeyAdmin/alice';

test('the envelope lab encrypts, decrypts as an allowed caller, denies another, and fails on tampering', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open();
  await app.examples.selectOption('admins-and-users');
  const lab = await app.openEnvelopeLab();

  await lab.encrypt('Order 1001: 3 widgets', APP);
  await expect(lab.steps.locator('[data-status="ok"]')).toHaveCount(4);
  await expect(lab.header).toContainText('0x0478');
  await expect(lab.header).toContainText('purpose = lab');
  await expect(lab.header).toContainText('aws-kms');
  // The steps in the decision diagram: GenerateDataKey's path, then the local steps.
  await lab.steps.getByRole('button', { name: 'Show decision path' }).click();
  await expect(lab.diagramNode('decision')).toHaveAttribute('data-outcome', 'allow');
  for (const step of ['labLocalEncrypt', 'labDiscardKey', 'labStoreDataKey'])
    await expect(lab.diagramNode(step)).toHaveAttribute('data-outcome', 'pass');
  await expect(lab.diagramNode('labLocalEncrypt')).toContainText('Local AES-GCM encryption');

  await lab.decryptAs(APP);
  await expect(lab.result).toHaveAttribute('data-ok', 'true');
  await expect(lab.resultText).toHaveText('Order 1001: 3 widgets');
  expect(await lab.statuses(lab.decryptSteps)).toEqual(['ok', 'ok', 'ok', 'ok']);

  await lab.decryptAs(ADMIN);
  await expect(lab.result).toHaveAttribute('data-ok', 'false');
  await expect(lab.resultText).toContainText('AccessDeniedException');
  expect(await lab.statuses(lab.decryptSteps)).toEqual(['failed', 'skipped', 'skipped', 'skipped']);
  await lab.result.getByRole('button', { name: 'Show decision path' }).click();
  await expect(lab.diagramNode('decision')).toHaveAttribute('data-outcome', 'implicitDeny');
  await expect(lab.diagramNode('labUnwrapDataKey')).toHaveAttribute('data-outcome', 'skipped');

  await lab.setExpectedContextValue('other');
  await lab.decryptAs(APP);
  await expect(lab.result).toHaveAttribute('data-ok', 'false');
  await expect(lab.resultText).toContainText('EncryptionContextMismatch');
  expect(await lab.statuses(lab.decryptSteps)).toEqual(['ok', 'failed', 'skipped', 'skipped']);
  await expect(lab.decryptSteps.locator('[data-step="labCheckContext"]')).toContainText(
    'differs from the expected one at ["purpose"]',
  );

  await lab.setExpectedContextValue('lab');
  await lab.flipByte(40);
  await lab.decryptAs(APP);
  await expect(lab.resultText).toContainText('InvalidCiphertextException');
});

test('a file over the worker threshold is encrypted in the worker with progress', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open();
  await app.examples.selectOption('admins-and-users');
  const lab = await app.openEnvelopeLab();
  await lab.principal.fill(APP);
  await lab.root.getByTestId('lab-file').setInputFiles({
    name: 'big.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.alloc(3 * 1024 * 1024, 7),
  });
  await lab.root.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(lab.steps.locator('[data-status="ok"]')).toHaveCount(4);
  await expect(lab.header).toContainText('frame length 65536');
  await lab.decryptAs(APP);
  await expect(lab.result).toHaveAttribute('data-ok', 'true');
  await expect(lab.resultText).toContainText('3145728 bytes in all');
});

test('a large file shows its progress, can be cancelled, and the lab goes on working', async ({
  page,
}, testInfo) => {
  // 1 GB that costs no disk: a sparse file reads as zeros.
  const path = testInfo.outputPath('large.bin');
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, '');
  await truncate(path, 1024 * 1024 * 1024);
  const app = new PlaygroundPage(page);
  await app.open();
  await app.examples.selectOption('admins-and-users');
  const lab = await app.openEnvelopeLab();
  await lab.principal.fill(APP);
  await lab.root.getByTestId('lab-file').setInputFiles(path);
  await lab.root.getByRole('button', { name: 'Encrypt', exact: true }).click();
  const progress = lab.root.getByRole('progressbar', { name: 'Encryption progress' });
  await expect(progress).toBeVisible();
  await expect(lab.root).toContainText('of 1024.0 MB');
  await lab.root.getByRole('button', { name: 'Cancel' }).click();
  await expect(lab.steps.locator('[data-step="labLocalEncrypt"]')).toHaveAttribute(
    'data-status',
    'failed',
  );
  await expect(lab.steps).toContainText('Cancelled');
  await expect(progress).toBeHidden();

  await lab.root.getByRole('button', { name: 'Use the text instead' }).click();
  await lab.encrypt('after a cancel', APP);
  await expect(lab.steps.locator('[data-status="ok"]')).toHaveCount(4);
  await lab.decryptAs(APP);
  await expect(lab.resultText).toHaveText('after a cancel');
});

import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/PlaygroundPage';

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
  await expect(lab.header).toContainText('kms-playground');

  await lab.decryptAs(APP);
  await expect(lab.result).toHaveAttribute('data-ok', 'true');
  await expect(lab.resultText).toHaveText('Order 1001: 3 widgets');

  await lab.decryptAs(ADMIN);
  await expect(lab.result).toHaveAttribute('data-ok', 'false');
  await expect(lab.resultText).toContainText('AccessDeniedException');
  await lab.result.getByRole('button', { name: 'Show decision path' }).click();
  await expect(lab.root.getByTestId('lab-diagram')).toBeVisible();

  await lab.setExpectedContextValue('other');
  await lab.decryptAs(APP);
  await expect(lab.result).toHaveAttribute('data-ok', 'false');
  await expect(lab.resultText).toContainText('EncryptionContextMismatch');

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

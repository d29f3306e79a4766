/**
 * Export, end to end: a message made in the lab under a key with demo material, downloaded with
 * its wrapping key, is decrypted here, on Node, by the official AWS Encryption SDK exactly as the
 * README's recipe does it (raw AES keyring, `utf8Sorting: true`, a fresh key buffer).
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import {
  buildClient,
  CommitmentPolicy,
  RawAesKeyringNode,
  RawAesWrappingSuiteIdentifier,
} from '@aws-crypto/client-node';
import type { Download } from '@playwright/test';
import { encodeShareFragment, examples } from '../src/scenario';
import type { EnvelopeLabPage } from './pages/EnvelopeLabPage';
import { PlaygroundPage } from './pages/PlaygroundPage';
import { expect, test } from './fixtures';

const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';
/** Demo material for the example's first key (never for real data). */
const DEMO_HEX = Array.from({ length: 32 }, (_, i) =>
  ((i * 37 + 11) & 0xff).toString(16).padStart(2, '0'),
).join('');

async function openWithDemoKey(app: PlaygroundPage): Promise<EnvelopeLabPage> {
  const example = examples.find((e) => e.id === 'admins-and-users');
  if (!example) throw new Error('example admins-and-users is missing');
  const scenario = structuredClone(example.scenario);
  const key = scenario.keys[0];
  if (!key) throw new Error('the example has no key');
  key.demoMaterial = [DEMO_HEX];
  await app.open(await encodeShareFragment(scenario));
  return app.openEnvelopeLab();
}

const bytesOf = async (d: Download) => readFile(await d.path());

/** The README's recipe script, as it stands there. */
async function readmeScript(): Promise<string> {
  const readme = await readFile('README.md', 'utf8');
  const script = /```js\n(\/\/ decrypt-lab-message\.mjs[\s\S]*?)```/.exec(readme)?.[1];
  if (!script) throw new Error('the README has no decrypt-lab-message.mjs recipe');
  return script;
}

/** The same steps in this process, for binary plaintext. */
async function sdkDecrypt(keyName: string, keyFile: Download, messageFile: Download) {
  const { decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
  const keyring = new RawAesKeyringNode({
    keyNamespace: 'kms-playground',
    keyName,
    // Its own buffer: a small Buffer.from(...) shares Node's pool, which the SDK refuses.
    unencryptedMasterKey: new Uint8Array(
      Buffer.from((await bytesOf(keyFile)).toString('utf8').trim(), 'hex'),
    ),
    wrappingSuite: RawAesWrappingSuiteIdentifier.AES256_GCM_IV12_TAG16_NO_PADDING,
    utf8Sorting: true,
  });
  return decrypt(keyring, await bytesOf(messageFile));
}

async function exportBoth(lab: EnvelopeLabPage) {
  const message = await lab.download('Export message');
  const key = await lab.download('Export wrapping key');
  expect(message.suggestedFilename()).toBe('lab-message.esdk');
  expect(key.suggestedFilename()).toBe('lab-wrapping-key.hex');
  const keyName = await lab.root
    .getByTestId('lab-wrapping-key')
    .locator('.mono')
    .first()
    .innerText();
  return { message, key, keyName };
}

test('an exported lab message decrypts with the official Encryption SDK, as the README says', async ({
  page,
}, testInfo) => {
  const app = new PlaygroundPage(page);
  const lab = await openWithDemoKey(app);
  // Mixed case and non-ASCII keys: the SDK orders them as the playground does only with utf8Sorting.
  await lab.addContextPair('Département', 'Übersee');
  await lab.addContextPair('Zone', 'b');
  await lab.encrypt('Order 1001: 3 widgets', APP);
  const { message, key, keyName } = await exportBoth(lab);
  expect(keyName).toMatch(/^arn:aws:kms:.*#1$/);
  expect((await bytesOf(key)).toString('utf8').trim()).toBe(DEMO_HEX);

  // The README's script, run with Node next to the downloaded files (it finds the SDK in
  // node_modules above its folder).
  await message.saveAs(testInfo.outputPath('lab-message.esdk'));
  await key.saveAs(testInfo.outputPath('lab-wrapping-key.hex'));
  await writeFile(testInfo.outputPath('decrypt-lab-message.mjs'), await readmeScript());
  const { stdout } = await promisify(execFile)('node', ['decrypt-lab-message.mjs', keyName], {
    cwd: testInfo.outputPath(),
  });
  const [context, text] = stdout.split('\n');
  expect(JSON.parse(context ?? '')).toEqual({ purpose: 'lab', Département: 'Übersee', Zone: 'b' });
  expect(text).toBe('Order 1001: 3 widgets');
});

test('a large message kept by the worker exports whole and tampering shows in the export', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  const lab = await openWithDemoKey(app);
  const data = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => (i * 31) & 0xff));
  await lab.principal.fill(APP);
  await lab.root.getByTestId('lab-file').setInputFiles({
    name: 'big.bin',
    mimeType: 'application/octet-stream',
    buffer: data,
  });
  await lab.root.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(lab.steps.locator('[data-status="ok"]')).toHaveCount(4);
  const { message, key, keyName } = await exportBoth(lab);
  const { plaintext } = await sdkDecrypt(keyName, key, message);
  expect(plaintext.equals(data)).toBe(true);
  // The key name must match exactly, case included (Encryption SDK guide, "Raw AES keyrings").
  await expect(
    sdkDecrypt(keyName.replace('arn:aws:kms', 'arn:aws:KMS'), key, message),
  ).rejects.toThrow();

  // A flipped header byte is in the exported message, and the SDK refuses it.
  await lab.flipByte(40);
  const tampered = await lab.download('Export message');
  const [original, changed] = [await bytesOf(message), await bytesOf(tampered)];
  expect(changed.length).toBe(original.length);
  expect(changed[40]).toBe((original[40] ?? 0) ^ 1);
  await expect(sdkDecrypt(keyName, key, tampered)).rejects.toThrow();
});

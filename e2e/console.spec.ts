import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import type { Scenario } from '../src/scenario/types';
import { expect, test, INTERN, KEY_ARN, auditorScenario } from './fixtures';
import { ConsolePanel } from './pages/ConsolePanel';
import { PlaygroundPage } from './pages/PlaygroundPage';

const ADMIN = 'arn:aws:iam::111122223333:user/Admin';

/** The e2e scenario plus an administrator whose identity policy allows all of KMS. */
const scenario: Scenario = {
  ...auditorScenario,
  title: 'E2E: console walkthrough',
  principals: [
    ...auditorScenario.principals,
    {
      arn: ADMIN,
      name: 'Admin',
      policies: [
        {
          name: 'KmsAdmin',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }],
          },
        },
      ],
      groups: [],
      tags: {},
    },
  ],
};

/** Serious or critical axe violations inside the bottom pane. */
async function axeProblems(page: Page) {
  const results = await new AxeBuilder({ page }).include('#pane-bottom').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Opens the console scenario with the console tab showing, as `caller` when one is named. */
async function openConsoleScenario(page: Page, caller?: string) {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(scenario));
  await expect(app.scenarioTitle).toContainText('E2E: console walkthrough');
  const cli = new ConsolePanel(page);
  await cli.openConsole();
  if (caller) await cli.caller.selectOption({ label: caller });
  return { app, cli };
}

const ENCRYPT = `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGVsbG8= --profile Intern`;

test.describe('the AWS CLI console', () => {
  test('the grant walkthrough: denied, grant, token, list, revoke, denied', async ({
    page,
    context,
    browser,
  }) => {
    test.setTimeout(60_000);
    const { app, cli } = await openConsoleScenario(page, 'Admin');

    expect(await cli.run(ENCRYPT)).toBe(
      `An error occurred (AccessDeniedException) when calling the Encrypt operation: User: ${INTERN} is not authorized to perform: kms:Encrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Encrypt action`,
    );

    const created = await cli.run(
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${INTERN} --operations Encrypt`,
    );
    const grant = JSON.parse(created) as { GrantToken: string; GrantId: string };
    expect(grant.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(grant.GrantToken.length).toBeGreaterThan(20);

    const ok = JSON.parse(await cli.run(`${ENCRYPT} --grant-tokens ${grant.GrantToken}`)) as {
      KeyId: string;
    };
    expect(ok.KeyId).toBe(KEY_ARN);

    const listed = JSON.parse(await cli.run(`aws kms list-grants --key-id ${KEY_ARN}`)) as {
      Grants: { GrantId: string; GranteePrincipal: string; Operations: string[] }[];
    };
    expect(listed.Grants).toEqual([
      expect.objectContaining({
        GrantId: grant.GrantId,
        GranteePrincipal: INTERN,
        Operations: ['Encrypt'],
      }),
    ]);

    expect(
      await cli.run(`aws kms revoke-grant --key-id ${KEY_ARN} --grant-id ${grant.GrantId}`),
    ).toBe('');
    // A day later, the grant is gone and the caller is denied again.
    await page.getByRole('button', { name: 'Advance the clock 1 day' }).click();
    await expect(cli.clock).toHaveText('2026-01-02 00:00:00 UTC');
    expect(await cli.run(ENCRYPT)).toMatch(/^An error occurred \(AccessDeniedException\)/);

    // A call's command line shows its decision.
    await cli.entries.first().getByRole('button').click();
    await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
    await expect(app.message).toContainText('is not authorized to perform: kms:Encrypt');

    // The audit trail lists every call with its errorCode.
    await cli.openAudit();
    const calls: [string, string][] = [
      ['Encrypt', 'AccessDeniedException'],
      ['CreateGrant', ''],
      ['Encrypt', ''],
      ['ListGrants', ''],
      ['RevokeGrant', ''],
      ['Encrypt', 'AccessDeniedException'],
    ];
    expect(await cli.auditRows()).toEqual(calls);
    await page.getByRole('combobox', { name: 'Outcome' }).selectOption('AccessDeniedException');
    await expect(cli.auditEvents).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Outcome' }).selectOption('');
    // "Who used this key at midnight on 1 January?": pick the key, pick the hour.
    await page.getByRole('combobox', { name: 'Key' }).selectOption({ label: 'alias/payments' });
    await page.getByRole('combobox', { name: 'Hour (UTC)' }).selectOption('2026-01-01T00');
    await expect(cli.auditEvents).toHaveCount(5);

    // A link made after the session restores the audit trail.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.copyLink.click();
    await expect(app.shareUrl).toHaveValue(/#s=1\./);
    const link = await app.shareUrl.inputValue();
    // Opened by someone else: a fresh browser context, with nothing saved.
    const elsewhere = await browser.newContext();
    const again = new PlaygroundPage(await elsewhere.newPage());
    await again.page.goto(link);
    await expect(again.scenarioTitle).toContainText('E2E: console walkthrough');
    const restored = new ConsolePanel(again.page);
    await restored.openAudit();
    expect(await restored.auditRows()).toEqual(calls);
    await elsewhere.close();
  });

  test('help, completion, history and the clock', async ({ page }) => {
    const { cli } = await openConsoleScenario(page);

    expect(await cli.run('help create-grant')).toContain('--grantee-principal <value>');
    await cli.input.fill('aws kms create-g');
    await cli.input.press('Tab');
    await expect(cli.input).toHaveValue('aws kms create-grant ');
    await cli.input.fill('');
    await cli.input.press('ArrowUp');
    await expect(cli.input).toHaveValue('help create-grant');

    await expect(cli.clock).toHaveText('2026-01-01 00:00:00 UTC');
    await page.getByRole('button', { name: 'Advance the clock 1 day' }).click();
    await expect(cli.clock).toHaveText('2026-01-02 00:00:00 UTC');

    // A saved session replays step by step.
    await page.getByText('Script: save or replay a session').click();
    await page.getByRole('button', { name: 'Use this session' }).click();
    await page.getByRole('button', { name: 'Replay step by step' }).click();
    await expect(page.getByTestId('replay-next')).toHaveText('Next: help create-grant');
    await page.getByRole('button', { name: 'Next step (1 of 1)' }).click();
    await expect(cli.entries).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Replay step by step' })).toBeVisible();
  });

  test('real ciphertext: encrypt, decrypt the blob back; tampered or wrong context is InvalidCiphertextException', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const { app, cli } = await openConsoleScenario(page, 'Admin');

    const enc = await cli.runJson(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGVsbG8= --encryption-context team=payments`,
    );
    expect(enc.KeyId).toBe(KEY_ARN);
    expect(enc.CiphertextBlob).toMatch(/^[A-Za-z0-9+/]{40,}=*$/);
    const dec = await cli.runJson(
      `aws kms decrypt --ciphertext-blob ${enc.CiphertextBlob} --encryption-context team=payments`,
    );
    expect(dec).toEqual({
      KeyId: KEY_ARN,
      Plaintext: 'aGVsbG8=',
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    // Raw text in, base64 out, as with cli_binary_format raw-in-base64-out.
    const raw = await cli.runJson(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext hello --cli-binary-format raw-in-base64-out`,
    );
    expect(
      (await cli.runJson(`aws kms decrypt --ciphertext-blob ${raw.CiphertextBlob}`)).Plaintext,
    ).toBe('aGVsbG8=');

    const wrongContext = await cli.run(
      `aws kms decrypt --ciphertext-blob ${enc.CiphertextBlob} --encryption-context team=other`,
    );
    expect(wrongContext).toMatch(
      /^An error occurred \(InvalidCiphertextException\) when calling the Decrypt operation/,
    );
    await expect(cli.entries.last()).toContainText('Key material lives in this page session');
    await page.screenshot({ path: 'test-results/console-crypto-console.png' });
    // One byte of the tag flipped.
    const bytes = Buffer.from(enc.CiphertextBlob ?? '', 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(
      await cli.run(
        `aws kms decrypt --ciphertext-blob ${bytes.toString('base64')} --encryption-context team=payments`,
      ),
    ).toMatch(/^An error occurred \(InvalidCiphertextException\)/);
    expect(await cli.run(`aws kms encrypt --key-id ${KEY_ARN} --plaintext hello`)).toBe(
      'Invalid base64: "hello"',
    );

    // The wrong-context call's decision as it was made then: the engine allowed it.
    await cli.entries.nth(4).getByRole('button').click();
    await expect(page.getByTestId('pinned-banner').first()).toContainText(
      'Call 5 at 00:00, as decided then',
    );
    await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
    await page.screenshot({ path: 'test-results/console-crypto-pinned.png' });
    const banner = await new AxeBuilder({ page })
      .include('[data-testid="pinned-banner"]')
      .analyze();
    expect(banner.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'back to live' }).first().click();
    await expect(page.getByTestId('pinned-banner')).toHaveCount(0);

    await cli.openAudit();
    expect(await cli.auditRows()).toEqual([
      ['Encrypt', ''],
      ['Decrypt', ''],
      ['Encrypt', ''],
      ['Decrypt', ''],
      ['Decrypt', 'InvalidCiphertextException'],
      ['Decrypt', 'InvalidCiphertextException'],
    ]);
  });

  test('history survives a reload; a request is sent as an audited call', async ({ page }) => {
    const { cli } = await openConsoleScenario(page);
    await cli.run(`aws kms describe-key --key-id ${KEY_ARN}`);
    await page.reload();
    await cli.openConsole();
    await expect(cli.entries).toHaveCount(1);
    await cli.input.press('ArrowUp');
    await expect(cli.input).toHaveValue(`aws kms describe-key --key-id ${KEY_ARN}`);

    await page.getByRole('tab', { name: 'Request' }).click();
    await page.getByRole('button', { name: 'Send as a call' }).click();
    await expect(page.getByTestId('send-status')).toContainText('The output is in the Console tab');
    await page.getByRole('button', { name: 'Send as a call' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/console-send-as-call.png' });
    await cli.openConsole();
    await expect(cli.entries).toHaveCount(2);
    await expect(cli.entries.last()).toContainText('# Sent from the request builder');
  });

  test("the envelope lab's KMS calls are in the audit trail", async ({ page }) => {
    const APP = 'arn:aws:sts::111122223333:assumed-role/OrdersApp/worker-1';
    const KEY_ADMIN = 'arn:aws:sts::111122223333:assumed-role/KeyAdmin/alice';
    const app = new PlaygroundPage(page);
    await app.open();
    await app.examples.selectOption('admins-and-users');
    const lab = await app.openEnvelopeLab();
    await lab.encrypt('Order 1001: 3 widgets', APP);
    await lab.decryptAs(APP);
    await expect(lab.result).toHaveAttribute('data-ok', 'true');
    await lab.decryptAs(KEY_ADMIN);
    await expect(lab.result).toHaveAttribute('data-ok', 'false');
    const cli = new ConsolePanel(page);
    await cli.openAudit();
    expect(await cli.auditRows()).toEqual([
      ['GenerateDataKey', ''],
      ['Decrypt', ''],
      ['Decrypt', 'AccessDeniedException'],
    ]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the console and the audit trail are axe-clean (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const { cli } = await openConsoleScenario(page);
      await cli.run(ENCRYPT);
      await cli.run(`aws kms describe-key --key-id ${KEY_ARN}`);
      await cli.run('aws kms no-such-command');
      expect(await axeProblems(page)).toEqual([]);
      await cli.openAudit();
      await expect(cli.auditEvents).toHaveCount(2);
      expect(await axeProblems(page)).toEqual([]);
    });
  }
});

/**
 * Issue 15, real AWS artifacts in the browser: each is pasted (or dropped as a file) on the
 * playground and becomes principals, policies, keys or a selected request, with a notice saying
 * what could not be used. Run alone with
 * `E2E_PORT=4195 E2E_OUT_DIR=/tmp/dist-access npx playwright test e2e/access-import.spec.ts`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeShareFragment } from '../src/scenario';
import { expect, test, KEY_ARN, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

async function pasteText(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content as string], n as string, { type: 'application/json' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    [name, text],
  );
}

const ALICE = 'arn:aws:iam::111122223333:user/Alice';

const decryptEvent = {
  eventVersion: '1.08',
  userIdentity: { type: 'IAMUser', arn: ALICE, accountId: '111122223333', userName: 'Alice' },
  eventTime: '2020-07-27T22:58:24Z',
  eventSource: 'kms.amazonaws.com',
  eventName: 'Decrypt',
  awsRegion: 'us-east-1',
  sourceIPAddress: '192.0.2.0',
  requestParameters: { keyId: KEY_ARN, encryptionContext: { Department: 'Engineering' } },
  resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KEY_ARN }],
  errorCode: 'AccessDenied',
};

test.beforeEach(async ({ page }) => {
  await new PlaygroundPage(page).open(await encodeShareFragment(auditorScenario));
});

test('an AccessDeniedException message becomes the denied request, selected', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await pasteText(
    page,
    `An error occurred (AccessDeniedException) when calling the Encrypt operation: User: ${ALICE} is not authorized to perform: kms:Encrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Encrypt action`,
  );
  await expect(app.decision).toHaveAttribute('data-request', 'denied-Encrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await expect(app.bannerNotices.first()).toContainText('expecting AccessDeniedException');
  const axe = await new AxeBuilder({ page }).include('[data-testid="banner-notice"]').analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' ')}`),
  ).toEqual([]);
});

test('a CloudTrail trail file dropped on the window becomes requests; other services are reported', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  const s3 = { ...decryptEvent, eventSource: 's3.amazonaws.com', eventName: 'GetObject' };
  await dropFile(page, 'trail.json', JSON.stringify({ Records: [decryptEvent, s3] }));
  await expect(app.decision).toHaveAttribute('data-request', 'trail-Decrypt');
  await expect(app.bannerNotices.first()).toContainText(
    'GetObject (s3.amazonaws.com) is not a KMS event',
  );
});

test('get-account-authorization-details adds the users and their policies: the matrix shows their access', async ({
  page,
}) => {
  await pasteText(
    page,
    JSON.stringify({
      UserDetailList: [
        {
          UserName: 'Alice',
          Arn: ALICE,
          GroupList: [],
          AttachedManagedPolicies: [],
          UserPolicyList: [
            {
              PolicyName: 'EncryptPayments',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: KEY_ARN }],
              },
            },
          ],
        },
      ],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
    }),
  );
  await expect(page.getByTestId('banner-notice').first()).toContainText('Read 1 user');
  await page.getByTestId('view-access').click();
  await expect(
    page.locator(
      `[data-testid="access-cell"][data-principal="${ALICE}"][data-action="kms:Encrypt"]`,
    ),
  ).toHaveAttribute('data-access', 'allowed');
});

test('list-keys then list-aliases add keys and their aliases', async ({ page }) => {
  const other = 'arn:aws:kms:us-east-1:111122223333:key/0b7fd7ed-4c1b-4c2c-8d86-0c3b4b1f5e7b';
  await pasteText(page, JSON.stringify({ Keys: [{ KeyId: other.split('/')[1], KeyArn: other }] }));
  await expect(page.getByTestId('banner-notice').first()).toContainText(
    'Read 1 key from list-keys',
  );
  await pasteText(
    page,
    JSON.stringify({
      Aliases: [{ AliasName: 'alias/reports', TargetKeyId: other.split('/')[1] }],
    }),
  );
  await expect(page.getByTestId('banner-notice').last()).toContainText('Attached 1 of 1 alias');
  await page.getByTestId('view-access').click();
  await expect(page.getByTestId('access-filter-key')).toContainText('alias/reports');
});

test('a CloudFormation template adds its key, alias and role', async ({ page }) => {
  await pasteText(
    page,
    JSON.stringify({
      Resources: {
        AppKey: {
          Type: 'AWS::KMS::Key',
          Properties: {
            KeyPolicy: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { AWS: { 'Fn::GetAtt': ['AppRole', 'Arn'] } },
                  Action: 'kms:Decrypt',
                  Resource: '*',
                },
              ],
            },
          },
        },
        AppAlias: {
          Type: 'AWS::KMS::Alias',
          Properties: { AliasName: 'alias/app', TargetKeyId: { Ref: 'AppKey' } },
        },
        AppRole: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'App' } },
      },
    }),
  );
  await expect(page.getByTestId('banner-notice').first()).toContainText(
    'Read 1 key, 1 alias and 1 IAM identity',
  );
  await page.getByTestId('view-access').click();
  await page
    .getByTestId('access-filter-principal')
    .selectOption({ label: 'role/App (111122223333)' });
  const keyFilter = page.getByTestId('access-filter-key');
  const value = await keyFilter.locator('option', { hasText: 'alias/app' }).getAttribute('value');
  await keyFilter.selectOption(value ?? '');
  await expect(
    page.locator('[data-testid="access-cell"][data-action="kms:Decrypt"]'),
  ).toHaveAttribute('data-access', 'allowed');
});

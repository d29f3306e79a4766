import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario, AUDITOR } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** Issue 11: principals and keys renamed in place, by keyboard, in one undoable step. */
test('a principal renamed by keyboard takes every reference along, and one undo puts it back', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  // A second role, whose name the rename will try to take.
  await app.explorer.getByRole('button', { name: /^Add a role to / }).click();
  await expect(
    app.explorer.getByRole('button', { name: 'Rename principal NewRole' }),
  ).toBeVisible();
  const before = await app.outcomes();
  await app.selectRequest('auditor-decrypt');
  await expect(app.principal).toHaveValue(AUDITOR);

  const rename = app.explorer.getByRole('button', { name: 'Rename principal Auditor' });
  await rename.focus();
  await page.keyboard.press('Enter');
  const field = app.explorer.getByRole('textbox', { name: 'New name for principal Auditor' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Auditor');

  // A duplicate is refused next to the field, and nothing changes.
  await page.keyboard.type('NewRole');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(app.explorer.getByRole('alert')).toHaveText(
    'Another role of account 111122223333 is already named NewRole.',
  );
  await expect(field).toBeFocused();
  // A malformed name too.
  await field.fill('Chief Auditor');
  await page.keyboard.press('Enter');
  await expect(app.explorer.getByRole('alert')).toContainText('1 to 64 letters');

  await field.fill('ChiefAuditor');
  await page.keyboard.press('Enter');
  const renamed = app.explorer.getByRole('button', { name: 'Rename principal ChiefAuditor' });
  await expect(renamed).toBeFocused();
  const chief = 'arn:aws:iam::111122223333:role/ChiefAuditor';
  await expect(app.principal).toHaveValue(chief);
  // The key policy names the new ARN, so every decision is the same.
  expect(await app.outcomes()).toEqual(before);
  await app.openDocument('key:');
  await expect(app.monaco).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('role/ChiefAuditor');

  await app.heading.click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(
    app.explorer.getByRole('button', { name: 'Rename principal Auditor' }),
  ).toBeVisible();
  await expect(app.principal).toHaveValue(AUDITOR);
  expect(await app.outcomes()).toEqual(before);
});

test('a key renamed by its alias: requests that name the alias follow; Escape cancels', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  const before = await app.outcomes();
  await app.selectRequest('intern-decrypt');
  await expect(app.key).toHaveValue('alias/payments');

  const rename = app.explorer.getByRole('button', { name: 'Rename key alias/payments' });
  await rename.click();
  const field = app.explorer.getByRole('textbox', { name: 'Alias for key alias/payments' });
  await field.fill('billing');
  await page.keyboard.press('Enter');
  await expect(app.explorer.getByRole('alert')).toContainText('alias/ then letters');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(rename).toBeFocused();

  await page.keyboard.press('Enter');
  await field.fill('alias/billing');
  await page.keyboard.press('Enter');
  await expect(
    app.explorer.getByRole('button', { name: 'Rename key alias/billing' }),
  ).toBeFocused();
  await expect(app.key).toHaveValue('alias/billing');
  expect(await app.outcomes()).toEqual(before);
});

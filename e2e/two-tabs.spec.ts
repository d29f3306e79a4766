import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('two tabs: a save in one reaches the other, and closing an idle tab loses nothing', async ({
  context,
}) => {
  const a = new PlaygroundPage(await context.newPage());
  await a.open(await encodeShareFragment(auditorScenario));
  await expect(a.scenarioTitle).toContainText('E2E: auditor may decrypt');
  // The link's scenario is autosaved.
  await expect
    .poll(() => a.page.evaluate(() => localStorage.getItem('kms-playground/workspace/v1') ?? ''))
    .toContain('E2E: auditor may decrypt');

  const b = new PlaygroundPage(await context.newPage());
  await b.page.goto('/');
  await expect(b.scenarioTitle).toContainText('E2E: auditor may decrypt');

  // Tab A opens another scenario; tab B follows and says so.
  await a.examples.selectOption('admins-and-users');
  await expect(a.scenarioTitle).toContainText('Separation of duties');
  await expect(b.scenarioTitle).toContainText('Separation of duties');
  await expect(b.page.getByText(/changed in another tab/)).toBeVisible();

  // Closing the idle tab B writes nothing over A's work.
  await b.page.close({ runBeforeUnload: true });
  const c = new PlaygroundPage(await context.newPage());
  await c.page.goto('/');
  await expect(c.scenarioTitle).toContainText('Separation of duties');
});

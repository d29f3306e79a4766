import { expect, test } from '@playwright/test';
import { examples } from '../src/scenario';
import { PlaygroundPage } from './pages/PlaygroundPage';

test('picking a built-in example shows its title and one result per request', async ({ page }) => {
  test.skip(examples.length === 0, 'no built-in examples yet');
  const example = examples[examples.length > 1 ? 1 : 0]!;
  const app = new PlaygroundPage(page);
  await app.open();

  await app.pickExample(example.id);

  await expect(app.examplePicker).toHaveValue(example.id);
  if (example.scenario.title) await expect(app.scenarioTitle).toHaveText(example.scenario.title);
  await expect(app.resultRows).toHaveCount(example.scenario.requests.length);
  for (const row of await app.resultRows.all()) {
    await expect(row.getByTestId('outcome')).toBeVisible();
    await expect(row.getByTestId('decision')).toHaveText(/^(Allow|ExplicitDeny|ImplicitDeny)$/);
  }
  await expect(app.scenarioText).toHaveValue(/"kms-playground\/scenario"/);
});

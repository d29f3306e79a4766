import { encodeShareFragment } from '../src/scenario';
import { expect, test, auditorScenario, AUDITOR, INTERN } from './fixtures';
import { PlaygroundPage } from './pages/PlaygroundPage';

/** The fixture's key policy with the intern added next to the auditor. */
function policyLettingInternDecrypt(): string {
  const key = auditorScenario.keys[0]!;
  const policy = structuredClone(key.policy) as {
    Statement: { Sid: string; Principal: unknown }[];
  };
  const statement = policy.Statement.find((s) => s.Sid === 'AllowAuditorDecrypt')!;
  statement.Principal = { AWS: [AUDITOR, INTERN] };
  return JSON.stringify(policy, null, 2);
}

test('pasting a policy change into the editor flips the decision and marks the diagram', async ({
  page,
}) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.selectRequest('intern-decrypt');
  await expect(app.decision).toHaveAttribute('data-outcome', 'AccessDeniedException');
  await expect(app.diagramFlow).toHaveAttribute('aria-label', /AccessDeniedException/);

  await app.openDocument('key:');
  await app.replaceEditorText(policyLettingInternDecrypt());

  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
  await expect(app.request('intern-decrypt')).toHaveAttribute('data-outcome', 'Allowed');
  await expect(app.decidingRefs).toContainText(['AllowAuditorDecrypt']);
  await expect(app.diagram.getByRole('status')).toContainText('Decision changed');
  await expect(app.diagramFlow).toHaveAttribute('aria-label', /Allowed/);
  await expect(app.diagram.locator('.kms-map-node.is-changed').first()).toBeVisible();
  // The edit is one undo step.
  await expect(app.undoButton).toBeEnabled();
});

test('text that does not parse is kept with its error and the decision stays', async ({ page }) => {
  const app = new PlaygroundPage(page);
  await app.open(await encodeShareFragment(auditorScenario));
  await app.openDocument('key:');
  await app.replaceEditorText('{ "Version": "2012-10-17", "Statement": [ ');

  await expect(app.draftError).toBeVisible();
  await expect(app.draftError).toContainText('Your text is kept');
  await expect(app.decision).toHaveAttribute('data-outcome', 'Allowed');
  expect(await app.editorText()).toContain('"Statement": [');

  await app.draftError.getByRole('button', { name: 'Discard my edit' }).click();
  await expect(app.draftError).toBeHidden();
  expect(await app.editorText()).toContain('AllowAuditorDecrypt');
});

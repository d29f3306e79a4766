import { expect, type Locator, type Page } from '@playwright/test';

/** The first screen, as a user sees it: roles, labels and test ids only. */
export class PlaygroundPage {
  readonly heading: Locator;
  readonly examplePicker: Locator;
  readonly fileInput: Locator;
  readonly scenarioText: Locator;
  readonly evaluateButton: Locator;
  readonly inputError: Locator;
  readonly shareError: Locator;
  readonly scenarioTitle: Locator;
  readonly resultRows: Locator;
  readonly diagnostics: Locator;
  readonly copyShareLink: Locator;
  readonly shareUrl: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'KMS Policy Playground' });
    this.examplePicker = page.getByTestId('example-picker');
    this.fileInput = page.getByTestId('file-input');
    this.scenarioText = page.getByRole('textbox', { name: 'Scenario JSON' });
    this.evaluateButton = page.getByRole('button', { name: 'Evaluate' });
    this.inputError = page.getByTestId('input-error');
    this.shareError = page.getByTestId('share-error');
    this.scenarioTitle = page.getByTestId('scenario-title');
    this.resultRows = page.getByTestId('result-row');
    this.diagnostics = page.getByTestId('diagnostic');
    this.copyShareLink = page.getByRole('button', { name: 'Copy share link' });
    this.shareUrl = page.getByRole('textbox', { name: 'Share link' });
  }

  /** Opens the app, optionally at a `#s=...` share fragment (with or without the `#`). */
  async open(fragment?: string): Promise<void> {
    const hash = fragment ? (fragment.startsWith('#') ? fragment : `#${fragment}`) : '';
    await this.page.goto(`/${hash}`);
    await expect(this.heading).toBeVisible();
  }

  async pickExample(id: string): Promise<void> {
    await this.examplePicker.selectOption(id);
  }

  async evaluate(text: string): Promise<void> {
    await this.scenarioText.fill(text);
    await this.evaluateButton.click();
  }

  /** The row of one request, found by its id. */
  row(requestId: string): Locator {
    return this.page.locator(`[data-testid="result-row"][data-request="${requestId}"]`);
  }

  /** Request id -> outcome for every row, in table order. */
  async outcomes(): Promise<Record<string, string>> {
    const rows = await this.resultRows.all();
    const out: Record<string, string> = {};
    for (const row of rows) {
      const id = await row.getAttribute('data-request');
      out[id ?? '?'] = (await row.getAttribute('data-outcome')) ?? '?';
    }
    return out;
  }

  /** Pastes `text` into the scenario text area through a real paste event. */
  async paste(text: string): Promise<void> {
    await this.scenarioText.focus();
    await this.scenarioText.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      // A paste the page does not cancel lands in the text area as typed text would.
      if (element.dispatchEvent(event)) document.execCommand('insertText', false, pasted);
    }, text);
  }
}

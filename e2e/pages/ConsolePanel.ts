import { expect, type Locator, type Page } from '@playwright/test';

/** The AWS CLI console and the audit trail tabs under the editor. */
export class ConsolePanel {
  readonly consoleTab: Locator;
  readonly auditTab: Locator;
  readonly input: Locator;
  readonly entries: Locator;
  readonly caller: Locator;
  readonly clock: Locator;
  readonly auditEvents: Locator;
  readonly auditCount: Locator;

  constructor(readonly page: Page) {
    this.consoleTab = page.getByRole('tab', { name: 'Console' });
    this.auditTab = page.getByRole('tab', { name: 'Audit' });
    this.input = page.getByRole('textbox', { name: 'AWS CLI command' });
    this.entries = page.getByTestId('console-entry');
    this.caller = page.getByRole('combobox', { name: 'Caller (default profile)' });
    this.clock = page.getByTestId('sim-clock');
    this.auditEvents = page.getByTestId('audit-event');
    this.auditCount = page.getByTestId('audit-count');
  }

  async openConsole(): Promise<void> {
    await this.consoleTab.click();
    await expect(this.input).toBeVisible();
  }

  async openAudit(): Promise<void> {
    await this.auditTab.click();
    await expect(this.page.getByTestId('audit')).toBeVisible();
  }

  /** Types a line, runs it with Enter and returns what it printed. */
  async run(line: string): Promise<string> {
    const before = await this.entries.count();
    await this.input.fill(line);
    await this.input.press('Enter');
    await expect(this.entries).toHaveCount(before + 1);
    // Calls with cryptography run asynchronously: wait until the line has its output.
    await expect(this.entries.nth(before)).not.toHaveAttribute('data-pending', 'true');
    const output = this.entries.nth(before).getByTestId('console-output');
    return (await output.count()) === 0 ? '' : output.innerText();
  }

  /** A CLI JSON output's field. */
  async runJson<T = Record<string, string>>(line: string): Promise<T> {
    return JSON.parse(await this.run(line)) as T;
  }

  /** Each audit row as [operation, errorCode or ''] */
  async auditRows(): Promise<[string, string][]> {
    const rows = await this.auditEvents.all();
    return Promise.all(
      rows.map(async (r) => [
        (await r.locator('td').nth(1).innerText()).trim(),
        (await r.getAttribute('data-error-code')) ?? '',
      ]),
    );
  }
}

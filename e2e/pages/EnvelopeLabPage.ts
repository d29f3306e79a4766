import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The envelope lab tab, as a user sees it: roles, labels and test ids only. */
export class EnvelopeLabPage {
  readonly root: Locator;
  readonly plaintext: Locator;
  readonly principal: Locator;
  readonly decryptPrincipal: Locator;
  readonly steps: Locator;
  readonly header: Locator;
  readonly hex: Locator;
  readonly result: Locator;
  readonly resultText: Locator;
  readonly expectedContext: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('envelope-lab');
    this.plaintext = this.root.getByRole('textbox', { name: 'Plaintext' });
    this.principal = this.root.getByRole('combobox', { name: 'Encrypt as (principal)' });
    this.decryptPrincipal = this.root.getByRole('combobox', { name: 'Decrypt as (principal)' });
    this.steps = this.root.getByTestId('lab-steps');
    this.header = this.root.getByTestId('lab-header');
    this.hex = this.root.getByTestId('lab-hex');
    this.result = this.root.getByTestId('lab-decrypt-result');
    this.resultText = this.root.getByTestId('lab-decrypt-text');
    this.expectedContext = this.root.getByTestId('lab-expected-context');
  }

  /** Encrypts `text` as `principal` and waits for the message. */
  async encrypt(text: string, principal: string): Promise<void> {
    await this.plaintext.fill(text);
    await this.principal.fill(principal);
    await this.root.getByRole('button', { name: 'Encrypt', exact: true }).click();
    await expect(this.steps).toBeVisible();
  }

  /** Decrypts the lab's message as `principal` and waits for the result. */
  async decryptAs(principal: string): Promise<void> {
    await this.decryptPrincipal.fill(principal);
    await this.root.getByRole('button', { name: 'Decrypt', exact: true }).click();
    await expect(this.result).toBeVisible();
  }

  /** Flips byte `offset` of the message in the hex view. */
  async flipByte(offset: number): Promise<void> {
    await this.hex.locator(`[data-offset="${offset}"]`).click();
  }

  /** Adds a pair to the encryption context used to encrypt. */
  async addContextPair(key: string, value: string): Promise<void> {
    const context = this.root.getByTestId('lab-context');
    await context.getByRole('button', { name: /add/i }).click();
    const n = await context.getByRole('textbox', { name: /: key \d+$/ }).count();
    await context.getByRole('textbox', { name: `Encryption context: key ${n}` }).fill(key);
    await context.getByRole('textbox', { name: `Encryption context: value ${n}` }).fill(value);
  }

  /** Clicks an export button and returns the download it starts. */
  async download(button: 'Export message' | 'Export wrapping key'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: button }).click();
    return download;
  }

  /** Sets the value of the first expected-context pair. */
  async setExpectedContextValue(value: string): Promise<void> {
    await this.expectedContext
      .getByRole('textbox', { name: 'Expected encryption context: value 1' })
      .fill(value);
  }
}

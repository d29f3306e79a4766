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
  /** The decryption's steps (the KMS call, then the lab's local steps). */
  readonly decryptSteps: Locator;
  readonly diagram: Locator;

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
    this.decryptSteps = this.root.getByTestId('lab-decrypt-steps');
    this.diagram = this.root.getByTestId('lab-diagram');
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

  /** Each step's status in order (`ok`, `failed`, `skipped`). */
  async statuses(steps: Locator): Promise<(string | null)[]> {
    const items = await steps.locator('[data-status]').all();
    return Promise.all(items.map((i) => i.getAttribute('data-status')));
  }

  /** A node of the open diagram, by its trace step id, e.g. `labDecryptMessage`. */
  diagramNode(stepId: string): Locator {
    // Nodes carry their outcome; rows that select a node only its step id.
    return this.diagram.locator(`[data-step="${stepId}"][data-outcome]`);
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

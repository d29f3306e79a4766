import { expect, type Locator, type Page } from '@playwright/test';
import { EnvelopeLabPage } from './EnvelopeLabPage';

/** The playground's main screen, as a user sees it: roles, labels and test ids only. */
export class PlaygroundPage {
  readonly heading: Locator;
  readonly scenarioTitle: Locator;
  readonly examples: Locator;
  readonly fileInput: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly copyLink: Locator;
  readonly shareUrl: Locator;
  readonly shareNotices: Locator;
  readonly bannerNotices: Locator;
  readonly themeSwitch: Locator;
  readonly explorer: Locator;
  readonly requestItems: Locator;
  readonly editorPane: Locator;
  readonly editorTitle: Locator;
  readonly draftError: Locator;
  readonly builder: Locator;
  readonly principal: Locator;
  readonly operation: Locator;
  readonly key: Locator;
  readonly decision: Locator;
  readonly message: Locator;
  readonly explanation: Locator;
  readonly decidingRefs: Locator;
  readonly diagram: Locator;
  readonly diagramHost: Locator;
  /** The decision map itself, labelled with the request and its outcome. */
  readonly diagramFlow: Locator;
  /** The pane around the map (its header holds the playback bar, Focus and Keys). */
  readonly diagramPane: Locator;
  /** The map's decision node. */
  readonly mapDecision: Locator;
  /** The gates and allow routes of the shown authorization check. */
  readonly mapGates: Locator;
  readonly mapRoutes: Locator;
  /** The focus view toggle. */
  readonly focusButton: Locator;
  readonly playPause: Locator;
  readonly position: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'KMS Policy Playground' });
    this.scenarioTitle = page.getByTestId('scenario-title');
    this.examples = page.getByRole('combobox', { name: 'Open an example' });
    this.fileInput = page.getByTestId('file-input');
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.redoButton = page.getByRole('button', { name: 'Redo' });
    this.copyLink = page.getByRole('button', { name: 'Copy link' });
    this.shareUrl = page.getByRole('textbox', { name: 'Share link' });
    this.shareNotices = page.getByTestId('share-notice');
    this.bannerNotices = page.getByTestId('banner-notice');
    this.themeSwitch = page.getByRole('combobox', { name: 'Theme' });
    this.explorer = page.getByRole('navigation', { name: 'Scenario explorer' });
    this.requestItems = page.getByTestId('request-item');
    this.editorPane = page.getByTestId('editor-pane');
    this.editorTitle = page.getByTestId('editor-title');
    this.draftError = page.getByTestId('draft-error');
    this.builder = page.getByTestId('request-builder');
    this.principal = this.builder.getByRole('combobox', { name: 'Caller (principal)' });
    this.operation = this.builder.getByRole('combobox', { name: 'API operation' });
    this.key = this.builder.getByRole('combobox', { name: 'Key', exact: true });
    this.decision = page.getByTestId('decision-result');
    this.message = page.getByTestId('decision').getByTestId('message');
    this.explanation = page.getByTestId('explanation');
    this.decidingRefs = page.getByTestId('deciding-ref');
    this.diagram = page.getByTestId('decision-diagram');
    this.diagramHost = page.getByTestId('diagram-host');
    this.diagramFlow = page.locator(
      '[data-testid="decision-diagram"][aria-label^="Decision map for"]',
    );
    this.diagramPane = page.getByTestId('diagram-pane');
    this.mapDecision = this.diagram.getByTestId('map-decision');
    this.mapGates = this.diagram.getByTestId('map-gate');
    this.mapRoutes = this.diagram.getByTestId('map-route');
    this.focusButton = page.getByTestId('map-focus');
    this.playPause = page.getByTestId('play-pause');
    this.position = page.getByTestId('playback-position');
  }

  /** Opens the app, optionally at a `#s=...` share fragment (with or without the `#`). */
  async open(fragment?: string): Promise<void> {
    const hash = fragment ? (fragment.startsWith('#') ? fragment : `#${fragment}`) : '';
    await this.page.goto(`/${hash}`);
    await expect(this.heading).toBeVisible();
  }

  /** Opens the "Envelope lab" tab under the editor. */
  async openEnvelopeLab(): Promise<EnvelopeLabPage> {
    await this.page.getByRole('tab', { name: 'Envelope lab' }).click();
    const lab = new EnvelopeLabPage(this.page);
    await expect(lab.root).toBeVisible();
    return lab;
  }

  /** "Explicit deny", "Implicit deny" or "Authorized". */
  getDecisionKind(): Locator {
    return this.page.getByTestId('decision-kind');
  }

  /** The explorer entry of one request, by its id. */
  request(id: string): Locator {
    return this.page.locator(`[data-testid="request-item"][data-request="${id}"]`);
  }

  /** Shows one request in the builder, decision and diagram. */
  async selectRequest(id: string): Promise<void> {
    await this.request(id).click();
    await expect(this.decision).toHaveAttribute('data-request', id);
  }

  /** The explorer entry of one document (a policy, a grant...), by document id prefix. */
  document(idPrefix: string): Locator {
    return this.explorer.locator(`[data-testid="explorer-doc"][data-document^="${idPrefix}"]`);
  }

  /** Opens a document in the editor. */
  async openDocument(idPrefix: string): Promise<void> {
    await this.document(idPrefix).first().click();
    await expect(this.editorTitle).toHaveAttribute(
      'data-document',
      new RegExp(`^${escape(idPrefix)}`),
    );
  }

  /** Monaco itself, once it has loaded (the read-only fallback shows until then). */
  get monaco(): Locator {
    return this.editorPane.locator('.monaco-editor').first();
  }

  /**
   * Replaces the whole text of the open document in Monaco: select all, then paste (typed text
   * would be changed by Monaco's bracket auto-closing; a paste arrives as it is).
   */
  async replaceEditorText(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await expect(this.monaco).toBeVisible({ timeout: 20_000 });
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The text Monaco shows (its model value), line by line as rendered. */
  async editorText(): Promise<string> {
    return (await this.monaco.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Request id → outcome for every request in the explorer, in order. */
  async outcomes(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const item of await this.requestItems.all()) {
      out[(await item.getAttribute('data-request')) ?? '?'] =
        (await item.getAttribute('data-outcome')) ?? '?';
    }
    return out;
  }

  /** A gate or route of the map by its title, e.g. `Key policy names the caller`. */
  mapNode(title: string | RegExp): Locator {
    return this.diagram
      .locator('.kms-map-node')
      .filter({ has: this.page.locator('.kms-map-node__title', { hasText: title }) });
  }

  /** Waits for playback to show step `n` of the trace. */
  async expectPosition(n: number): Promise<void> {
    await expect(this.position).toHaveAttribute('data-position', String(n));
  }

  /** Trace length of the shown request. */
  async traceLength(): Promise<number> {
    return Number(await this.position.getAttribute('data-length'));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

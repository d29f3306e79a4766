import type { Locator, Page } from '@playwright/test';

/**
 * A page-object base class whose fields are the locators of the given test ids, so a page object
 * names each element once: `class LearnPage extends withTestIds({ view: 'learn-view' })` has
 * `this.view`, `page.getByTestId('learn-view')`.
 */
export function withTestIds<K extends string>(ids: Record<K, string>) {
  return class {
    constructor(readonly page: Page) {
      for (const [name, id] of Object.entries<string>(ids)) {
        Object.assign(this, { [name]: page.getByTestId(id) });
      }
    }
  } as new (page: Page) => { readonly page: Page } & { readonly [P in K]: Locator };
}

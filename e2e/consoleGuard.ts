import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * `test` that fails when a page logs a console error or warning, or throws an uncaught error
 * (issue 11). Every spec imports `test` and `expect` from `./fixtures`, which re-exports these;
 * `allowConsole(page, /pattern/)` lets a spec accept a message it provokes on purpose (a broken
 * link's error, say), with a comment saying why. Pages of contexts a spec opens itself
 * (`browser.newContext()`) are watched too.
 */
const allowed = new WeakMap<object, RegExp[]>();

export function allowConsole(page: object, pattern: RegExp): void {
  allowed.set(page, [...(allowed.get(page) ?? []), pattern]);
}

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context, browser }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() !== 'error' && m.type() !== 'warning') return;
          const text = m.text();
          if ((allowed.get(page) ?? []).some((p) => p.test(text))) return;
          const where = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : '';
          problems.push(`${m.type()}: ${text}${where}`);
        });
        page.on('pageerror', (e) => {
          if ((allowed.get(page) ?? []).some((p) => p.test(e.message))) return;
          problems.push(`uncaught: ${e.message}`);
        });
      };
      const watchContext = (c: BrowserContext) => {
        c.pages().forEach(watch);
        c.on('page', watch);
      };
      watchContext(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        watchContext(opened);
        return opened;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

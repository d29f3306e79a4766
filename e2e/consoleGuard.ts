import { test as base, expect } from '@playwright/test';

/**
 * `test` that fails when a page logs a console error or warning, or throws an uncaught error
 * (issue 11). Specs opt in by importing `test` and `expect` from here instead of
 * '@playwright/test'; `allowConsole(page, /pattern/)` lets a spec accept a message it provokes on
 * purpose (a broken link's error, say).
 */
const allowed = new WeakMap<object, RegExp[]>();

export function allowConsole(page: object, pattern: RegExp): void {
  allowed.set(page, [...(allowed.get(page) ?? []), pattern]);
}

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (m) => {
          if (m.type() !== 'error' && m.type() !== 'warning') return;
          const text = m.text();
          if ((allowed.get(page) ?? []).some((p) => p.test(text))) return;
          problems.push(`${m.type()}: ${text}`);
        });
        page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

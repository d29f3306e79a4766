import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./flow.css', import.meta.url), 'utf8');

/** The custom properties of each `{ … }` block that defines `--allow`. */
function paletteBlocks(): Record<string, string>[] {
  const blocks: Record<string, string>[] = [];
  for (const m of css.matchAll(/\{([^{}]*--allow:[^{}]*)\}/g)) {
    const vars: Record<string, string> = {};
    for (const v of (m[1] ?? '').matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi))
      if (v[1] && v[2]) vars[v[1]] = v[2].toLowerCase();
    blocks.push(vars);
  }
  return blocks;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['--kms-flow-text', '--kms-flow-surface'],
  ['--kms-flow-text', '--kms-flow-bg'],
  ['--kms-flow-text', '--allow-bg'],
  ['--kms-flow-text', '--deny-bg'],
  ['--kms-flow-text', '--implicit-bg'],
  ['--kms-flow-text', '--kms-flow-selected-bg'],
  ['--muted', '--kms-flow-surface'],
  ['--muted', '--allow-bg'],
  ['--muted', '--deny-bg'],
  ['--muted', '--implicit-bg'],
  ['--allow', '--kms-flow-surface'],
  ['--allow', '--allow-bg'],
  ['--deny', '--kms-flow-surface'],
  ['--deny', '--deny-bg'],
  ['--implicit', '--kms-flow-surface'],
  ['--implicit', '--implicit-bg'],
  ['--changed', '--kms-flow-surface'],
  ['--changed', '--kms-flow-bg'],
];

/** Lines, outlines and focus rings need 3:1 against what is behind them. */
const GRAPHIC_PAIRS: [string, string][] = [
  ['--kms-flow-edge', '--kms-flow-bg'],
  ['--kms-flow-edge-off', '--kms-flow-bg'],
  ['--kms-flow-focus', '--kms-flow-bg'],
  ['--kms-flow-focus', '--kms-flow-surface'],
];

describe('flow.css palette', () => {
  const blocks = paletteBlocks();

  it('defines light and dark for the OS preference and for data-theme', () => {
    expect(blocks).toHaveLength(4);
    const [light, darkOs, dark, lightForced] = blocks;
    expect(darkOs).toEqual(dark);
    expect(lightForced).toEqual(light);
    expect(Object.keys(dark ?? {}).sort()).toEqual(Object.keys(light ?? {}).sort());
    expect(css).toContain("[data-theme='dark']");
    expect(css).toContain('prefers-color-scheme: dark');
  });

  it.each(['light', 'dark'])('%s text colours reach 4.5:1 and graphics 3:1', (scheme) => {
    const vars = scheme === 'light' ? blocks[0] : blocks[2];
    expect(vars).toBeDefined();
    if (!vars) return;
    for (const [fg, bg] of TEXT_PAIRS) {
      const a = vars[fg];
      const b = vars[bg];
      expect(a && b, `${fg} on ${bg}`).toBeTruthy();
      if (a && b) expect(contrast(a, b), `${scheme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of GRAPHIC_PAIRS) {
      const a = vars[fg];
      const b = vars[bg];
      if (a && b) expect(contrast(a, b), `${scheme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from './base64url';
import { decodeScenarioText } from './decodeText';
import { deflateRaw } from './deflate';
import { examples } from './examples';
import type { DecodeResult } from './issues';
import { decodeShareFragment, encodeShareFragment } from './shareLink';
import { scenario as scenarioArb } from './testing/arbitraries';
import { conformanceFixtures } from './testing/fixtures';
import type { Scenario } from './types';

function decoded(result: DecodeResult): Scenario {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

/** A link whose data is `bytes` deflated, as an attacker or a broken tool could make. */
async function linkFor(bytes: Uint8Array): Promise<string> {
  return `s=1.${encodeBase64url(await deflateRaw(bytes))}`;
}

async function expectRefused(fragment: string, code?: string): Promise<string> {
  const result = await decodeShareFragment(fragment);
  expect(result.ok).toBe(false);
  const [issue] = result.issues;
  expect(issue?.severity).toBe('error');
  expect(issue?.message.length).toBeGreaterThan(10);
  if (code) expect(issue?.code).toBe(code);
  return issue?.message ?? '';
}

const KEY_EXAMPLE = examples[0]?.scenario as Scenario;

describe('share links', () => {
  it.each(conformanceFixtures)('round-trip %s', async (_name, text) => {
    const s = decoded(decodeScenarioText(text));
    const fragment = await encodeShareFragment(s);
    expect(fragment).toMatch(/^s=1\.[A-Za-z0-9_-]+$/);
    expect(decoded(await decodeShareFragment(fragment))).toStrictEqual(s);
    expect(decoded(await decodeShareFragment(`#${fragment}`))).toStrictEqual(s);
  });

  // Each run goes through the platform's compression streams, so keep the count and allow time.
  it('round-trip generated scenarios', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb(), async (s) => {
        expect(decoded(await decodeShareFragment(await encodeShareFragment(s)))).toEqual(s);
      }),
      { numRuns: 40 },
    );
  });

  it('are much shorter than the JSON they hold', async () => {
    const fragment = await encodeShareFragment(KEY_EXAMPLE);
    expect(fragment.length).toBeLessThan(JSON.stringify(KEY_EXAMPLE).length / 1.5);
  });

  it('find the scenario among other fragment parameters', async () => {
    const fragment = await encodeShareFragment(KEY_EXAMPLE);
    expect(decoded(await decodeShareFragment(`#lesson=3&${fragment}&step=2`))).toStrictEqual(
      KEY_EXAMPLE,
    );
  });
});

describe('bad links are refused with a reason, never thrown', () => {
  it('a link from a newer version', async () => {
    const message = await expectRefused('#s=2.AAAA', 'NewerVersion');
    expect(message).toContain('this link was made by a newer version (format 2)');
  });

  it('empty, missing or malformed parameters', async () => {
    await expectRefused('', 'EmptyInput');
    await expectRefused('#', 'EmptyInput');
    expect(await expectRefused('s=1.', 'EmptyInput')).toContain('nothing after "s=1."');
    await expectRefused('#lesson=3', 'InvalidLink');
    await expectRefused('s=abc', 'InvalidLink');
    await expectRefused('s=x.AAAA', 'InvalidLink');
    await expectRefused('s=0.AAAA', 'InvalidLink');
  });

  it('characters that are not base64url', async () => {
    const message = await expectRefused('s=1.abc$def', 'InvalidBase64');
    expect(message).toContain('at character 4 of its data, character "$" is not allowed');
    await expectRefused('s=1.ab+/cd', 'InvalidBase64');
  });

  it('truncated links', async () => {
    const fragment = await encodeShareFragment(KEY_EXAMPLE);
    for (const cut of [1, 2, 3, 5, 10, Math.floor(fragment.length / 2)]) {
      await expectRefused(fragment.slice(0, fragment.length - cut));
    }
  });

  it('data that is not deflate', async () => {
    const message = await expectRefused(
      `s=1.${encodeBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x01]))}`,
      'CorruptData',
    );
    expect(message).toContain('damaged or cut short');
  });

  it('a deflate bomb of more than 1 MB of zeros, stopped early', async () => {
    const bomb = await linkFor(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const message = await expectRefused(bomb, 'TooLarge');
    expect(message).toContain('unpacks to more than 1 MB');
  });

  it('an oversized but otherwise valid scenario', async () => {
    const big = JSON.stringify({
      format: 'kms-playground/scenario',
      version: 1,
      description: 'a'.repeat(2 * 1024 * 1024),
    });
    await expectRefused(await linkFor(new TextEncoder().encode(big)), 'TooLarge');
  });

  it('valid deflate holding text that is not a scenario, or not UTF-8', async () => {
    await expectRefused(await linkFor(new TextEncoder().encode('hello')), 'InvalidJson');
    await expectRefused(await linkFor(new TextEncoder().encode('{"format":"x"}')), 'WrongFormat');
    await expectRefused(await linkFor(new Uint8Array([0x22, 0xc3, 0x28, 0x22])), 'CorruptData');
  });

  it('random data and random strings', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const result = await decodeShareFragment(`s=1.${encodeBase64url(bytes)}`);
        expect(result.ok).toBe(false);
        expect(result.issues[0]?.message).toBeTruthy();
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `s=1.${s}`),
        ),
        async (text) => {
          const result = await decodeShareFragment(text);
          expect(result.ok).toBe(false);
          expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('values that are not strings at all', async () => {
    await expectRefused(undefined as unknown as string, 'InvalidLink');
    await expectRefused(42 as unknown as string, 'InvalidLink');
  });
});

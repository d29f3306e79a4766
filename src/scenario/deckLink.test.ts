import { describe, expect, it } from 'vitest';
import { encodeBase64url } from './base64url';
import { DECK_FORMAT, MAX_SLIDES, decodeDeckValue, deckToJson, type Deck } from './deck';
import { decodeDeckFragment, encodeDeckFragment, isDeckFragment } from './deckLink';
import { deflateRaw } from './deflate';
import { examples } from './examples';
import { MAX_SCENARIO_BYTES, MAX_SHARE_FRAGMENT_LENGTH } from './limits';

const first = examples[0]!.scenario;
const second = examples[1]!.scenario;

const deck: Deck = {
  title: 'Week 1',
  scenarios: [first, second],
  slides: [
    { kind: 'scenario', scenario: 0, request: '0', title: 'Opening', notes: 'Ask the room first.' },
    { kind: 'lesson', lesson: 'key-policy-basics', step: 'intro' },
    { kind: 'scenario', scenario: 1, request: '1' },
  ],
};

/** A deck link holding exactly these bytes, as a broken tool or an attacker could make. */
async function linkOf(bytes: Uint8Array): Promise<string> {
  return `deck=1.${encodeBase64url(await deflateRaw(bytes))}`;
}
const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function failureOf(fragment: string): Promise<string> {
  const result = await decodeDeckFragment(fragment);
  if (result.ok) throw new Error('expected the link to be refused');
  return result.message;
}

describe('deck links', () => {
  it('round-trips a deck: title, scenarios, slides, notes', async () => {
    const fragment = await encodeDeckFragment(deck);
    expect(fragment).toMatch(/^deck=1\.[A-Za-z0-9_-]+$/);
    expect(isDeckFragment(`#${fragment}`)).toBe(true);
    const result = await decodeDeckFragment(`#${fragment}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.deck.title).toBe('Week 1');
    expect(result.deck.slides).toEqual(deck.slides);
    expect(deckToJson(result.deck)).toEqual(deckToJson(deck));
  });

  it('tells a deck fragment from a share link', () => {
    expect(isDeckFragment('#s=1.abc')).toBe(false);
    expect(isDeckFragment('#deck=1.abc')).toBe(true);
  });

  it.each([
    ['', /holds no deck/],
    ['#s=1.abc', /holds no deck/],
    ['deck=abc', /malformed/],
    ['deck=1.', /no deck data/],
    ['deck=9.abc', /newer version/],
    ['deck=1.ab+c', /damaged: at character 3/],
    ['deck=1.AAAA', /damaged or cut short/],
  ])('refuses the garbage link %j with a clear message', async (fragment, message) => {
    expect(await failureOf(fragment)).toMatch(message);
  });

  it('refuses a fragment longer than the share-link limit before unpacking it', async () => {
    expect(await failureOf(`deck=1.${'A'.repeat(MAX_SHARE_FRAGMENT_LENGTH)}`)).toMatch(/too long/);
  });

  it('stops unpacking a deck bomb at the 1 MB limit', async () => {
    const bomb = new Uint8Array(MAX_SCENARIO_BYTES + 10).fill(32);
    expect(await failureOf(await linkOf(bomb))).toMatch(/more than 1 MB/);
  });

  it('refuses JSON that is not a deck, or a deck of a newer format', async () => {
    expect(await failureOf(await linkOf(text([1, 2])))).toMatch(/must be a JSON object/);
    expect(await failureOf(await linkOf(text({ format: 'x', version: 1 })))).toMatch(/not a deck/);
    const newer = { ...deckToJson(deck), version: 2 };
    expect(await failureOf(await linkOf(text(newer)))).toMatch(/newer version \(format 2\)/);
    expect(await failureOf(await linkOf(new TextEncoder().encode('{"format":')))).toMatch(
      /not valid JSON at line 1/,
    );
  });

  it('refuses a deck whose scenario the scenario decoder refuses, naming which', async () => {
    const broken = { ...deckToJson(deck), scenarios: [deckToJson(deck).scenarios, 'x'] };
    expect(await failureOf(await linkOf(text(broken)))).toMatch(/^scenario 1 of the deck/);
  });

  it('refuses a slide that points outside the deck or has the wrong shape', () => {
    const json = deckToJson(deck);
    const withSlides = (slides: unknown[]) => decodeDeckValue({ ...json, slides });
    expect(withSlides([])).toEqual({ ok: false, message: 'the deck has no slides' });
    expect(withSlides([{ kind: 'scenario', scenario: 2, request: '0' }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/slide 1: "scenario" must be the index/),
    });
    expect(withSlides([{ kind: 'lesson', lesson: 'x' }])).toMatchObject({ ok: false });
    expect(withSlides([{ kind: 'video' }])).toMatchObject({ ok: false });
    expect(withSlides([{ kind: 'lesson', lesson: 'a', step: 'b', notes: 5 }])).toMatchObject({
      ok: false,
      message: 'slide 1: "notes" must be text, not number',
    });
  });

  it('holds decks to the slide limit', () => {
    const slides = Array.from({ length: MAX_SLIDES + 1 }, () => deck.slides[1]);
    const result = decodeDeckValue({ format: DECK_FORMAT, version: 1, scenarios: [], slides });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/limit is 500/) });
  });

  it('will not encode a deck over the 1 MB limit', async () => {
    const notes = 'x'.repeat(60_000);
    const big: Deck = {
      scenarios: [first],
      slides: Array.from({ length: 20 }, () => ({
        kind: 'scenario',
        scenario: 0,
        request: '0',
        notes,
      })),
    };
    await expect(encodeDeckFragment(big)).rejects.toThrow(/too large to share/);
  });
});

/**
 * A deck as one link: `#deck=<link version>.<base64url(deflate-raw(compact deck JSON))>`, packed
 * with the share links' codec (deflate.ts, base64url.ts) and held to the same limits: the whole
 * deck at most 1 MB unpacked, the fragment at most MAX_SHARE_FRAGMENT_LENGTH characters, and every
 * scenario in it decoded by the same validator as files and share links.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeDeckValue, deckToJson, type Deck, type DeckResult } from './deck';
import { deflateRaw, inflateRawLimited } from './deflate';
import { exceedsUtf8Bytes, formatBytes, parseJsonText } from './jsonText';
import { MAX_NESTING_DEPTH, MAX_SCENARIO_BYTES, MAX_SHARE_FRAGMENT_LENGTH } from './limits';

export const DECK_LINK_VERSION = 1;
/** The fragment parameter that holds a deck. */
export const DECK_PARAM = 'deck';
/** A scenario inside a deck sits three levels deeper than in a file (deck → scenarios → [i]). */
const DECK_DEPTH = MAX_NESTING_DEPTH + 2;

/** True when a URL fragment (with or without `#`) carries a deck. */
export function isDeckFragment(fragment: string): boolean {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return body.split('&').some((part) => part.startsWith(`${DECK_PARAM}=`));
}

/** Packs a deck into a fragment without `#`: `deck=1.<data>`. Rejects a deck over 1 MB. */
export async function encodeDeckFragment(deck: Deck): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(deckToJson(deck)));
  if (bytes.length > MAX_SCENARIO_BYTES) {
    throw new Error(
      `the deck is too large to share as a link (${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_SCENARIO_BYTES)})`,
    );
  }
  return `${DECK_PARAM}=${DECK_LINK_VERSION}.${encodeBase64url(await deflateRaw(bytes))}`;
}

const bad = (message: string): DeckResult => ({ ok: false, message });

/**
 * Unpacks a fragment made by `encodeDeckFragment`. A damaged, truncated, oversized or newer link
 * gives `ok: false` with a message saying which. Never throws.
 */
export async function decodeDeckFragment(fragment: string): Promise<DeckResult> {
  try {
    const data = payload(fragment);
    if (typeof data !== 'string') return data;
    const text = await unpack(data);
    if (typeof text !== 'string') return text;
    if (exceedsUtf8Bytes(text, MAX_SCENARIO_BYTES)) return bad('the deck is larger than the limit');
    const parsed = parseJsonText(text, DECK_DEPTH, [], 'the deck');
    if (!parsed.ok) return bad(parsed.issue.message);
    return decodeDeckValue(parsed.value);
  } catch (e) {
    return bad(`the deck link could not be opened (internal error: ${(e as Error).message})`);
  }
}

function payload(fragment: string): string | DeckResult {
  if (typeof fragment !== 'string') return bad('expected the link fragment as text');
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body.length > MAX_SHARE_FRAGMENT_LENGTH)
    return bad(
      `the link is too long to hold a deck within the ${formatBytes(MAX_SCENARIO_BYTES)} limit`,
    );
  const expected = `"${DECK_PARAM}=${DECK_LINK_VERSION}.<data>"`;
  const param = body.split('&').find((part) => part.startsWith(`${DECK_PARAM}=`));
  if (param === undefined) return bad(`the link holds no deck (expected ${expected})`);
  const value = param.slice(DECK_PARAM.length + 1);
  const dot = value.indexOf('.');
  const versionText = value.slice(0, Math.max(dot, 0));
  if (dot < 0 || !/^[0-9]{1,9}$/.test(versionText))
    return bad(`the link is malformed (expected ${expected})`);
  const version = Number(versionText);
  if (version > DECK_LINK_VERSION)
    return bad(
      `this deck link was made by a newer version (format ${version}); this playground reads format ${DECK_LINK_VERSION}, so update it to open the deck`,
    );
  if (version < 1) return bad(`the link has an unknown format (${versionText})`);
  const data = value.slice(dot + 1);
  if (data === '') return bad('the link holds no deck data');
  return data;
}

async function unpack(data: string): Promise<string | DeckResult> {
  const again = 'copy the whole link again';
  const decoded = decodeBase64url(data);
  if (!decoded.ok)
    return bad(
      `the link is damaged: at character ${decoded.offset + 1} of its data, ${decoded.reason}; ${again}`,
    );
  const inflated = await inflateRawLimited(decoded.bytes, MAX_SCENARIO_BYTES);
  if (!inflated.ok && inflated.reason === 'tooLarge')
    return bad(
      `the deck unpacks to more than ${formatBytes(MAX_SCENARIO_BYTES)}, the limit; it was not opened`,
    );
  if (!inflated.ok) return bad(`the link is damaged or cut short (${inflated.detail}); ${again}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return bad('the link is damaged: its data is not UTF-8 text');
  }
}

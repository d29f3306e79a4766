import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeScenarioText } from './decodeText';
import { deflateRaw, inflateRawLimited } from './deflate';
import { scenarioToJson } from './encode';
import { failure, type DecodeResult } from './issues';
import { formatBytes } from './jsonText';
import { MAX_SCENARIO_BYTES, MAX_SHARE_FRAGMENT_LENGTH } from './limits';
import type { Scenario } from './types';

/**
 * Share links carry the scenario in the URL fragment, which browsers never send to a server:
 * `#s=<link version>.<base64url(deflate-raw(compact JSON))>`. The link version says how the
 * data is packed; the scenario inside still carries its own `format` and `version`.
 */
export const SHARE_LINK_VERSION = 1;

/** The fragment parameter that holds the scenario. */
export const SHARE_PARAM = 's';

/**
 * Packs a scenario into a fragment (without the leading `#`): `s=1.<data>`. Defaults are left
 * out, as in files. Rejects when the scenario is over the 1 MB limit, since no one could open
 * the resulting link.
 */
export async function encodeShareFragment(s: Scenario): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(scenarioToJson(s)));
  if (bytes.length > MAX_SCENARIO_BYTES) {
    throw new Error(
      `the scenario is too large to share as a link (${formatBytes(bytes.length)}; the limit is ${formatBytes(MAX_SCENARIO_BYTES)})`,
    );
  }
  return `${SHARE_PARAM}=${SHARE_LINK_VERSION}.${encodeBase64url(await deflateRaw(bytes))}`;
}

/**
 * Unpacks a fragment made by `encodeShareFragment`, with or without the leading `#`, and decodes
 * it through the same validator as files. A damaged, truncated, oversized or newer link gives
 * `ok: false` with a message saying which; this never throws, so the caller can keep the
 * current scenario untouched.
 */
export async function decodeShareFragment(fragment: string): Promise<DecodeResult> {
  try {
    return await decodeFragment(fragment);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failure({
      path: [],
      code: 'InternalError',
      message: `the link could not be opened (internal error: ${detail})`,
    });
  }
}

async function decodeFragment(fragment: string): Promise<DecodeResult> {
  const payload = findPayload(fragment);
  if (typeof payload !== 'string') return payload;
  const text = await unpack(payload);
  return typeof text === 'string' ? decodeScenarioText(text) : text;
}

/** The packed data after `s=1.`, or why there is none. */
function findPayload(fragment: string): string | DecodeResult {
  if (typeof fragment !== 'string') {
    return invalid('InvalidLink', 'expected the link fragment as text');
  }
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const limit = formatBytes(MAX_SCENARIO_BYTES);
  if (body.length > MAX_SHARE_FRAGMENT_LENGTH) {
    return invalid('TooLarge', `the link is too long to hold a scenario within the ${limit} limit`);
  }
  if (body.trim() === '') {
    return invalid('EmptyInput', 'the link holds no scenario (its fragment is empty)');
  }
  const expected = `"${SHARE_PARAM}=${SHARE_LINK_VERSION}.<data>"`;
  const param = body.split('&').find((part) => part.startsWith(`${SHARE_PARAM}=`));
  if (param === undefined) {
    return invalid('InvalidLink', `the link holds no scenario (expected ${expected})`);
  }
  const value = param.slice(SHARE_PARAM.length + 1);
  const dot = value.indexOf('.');
  const versionText = value.slice(0, Math.max(dot, 0));
  if (dot < 0 || !/^[0-9]{1,9}$/.test(versionText)) {
    return invalid('InvalidLink', `the link is malformed (expected ${expected})`);
  }
  const version = Number(versionText);
  if (version > SHARE_LINK_VERSION) {
    const update = `this playground reads format ${SHARE_LINK_VERSION}, so update it to open the link`;
    return invalid(
      'NewerVersion',
      `this link was made by a newer version (format ${version}); ${update}`,
    );
  }
  if (version < 1) return invalid('InvalidLink', `the link has an unknown format (${versionText})`);
  const data = value.slice(dot + 1);
  if (data === '') {
    const what = `nothing after "${SHARE_PARAM}=${versionText}."`;
    return invalid('EmptyInput', `the link holds no scenario data (${what})`);
  }
  return data;
}

/** base64url -> bounded inflate -> UTF-8 text, or why the data is unusable. */
async function unpack(data: string): Promise<string | DecodeResult> {
  const again = 'copy the whole link again';
  const decoded = decodeBase64url(data);
  if (!decoded.ok) {
    const where = `at character ${decoded.offset + 1} of its data`;
    return invalid('InvalidBase64', `the link is damaged: ${where}, ${decoded.reason}; ${again}`);
  }
  const inflated = await inflateRawLimited(decoded.bytes, MAX_SCENARIO_BYTES);
  if (!inflated.ok && inflated.reason === 'tooLarge') {
    const limit = formatBytes(MAX_SCENARIO_BYTES);
    return invalid(
      'TooLarge',
      `the link's scenario unpacks to more than ${limit}, the limit; it was not opened`,
    );
  }
  if (!inflated.ok) {
    const detail = `its data could not be unpacked (${inflated.detail})`;
    return invalid('CorruptData', `the link is damaged or cut short: ${detail}; ${again}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return invalid('CorruptData', 'the link is damaged: its data is not UTF-8 text');
  }
}

function invalid(code: Parameters<typeof failure>[0]['code'], message: string): DecodeResult {
  return failure({ path: [], code, message });
}

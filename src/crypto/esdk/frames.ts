/**
 * The framed message body (message format reference, "Body structure", framed data) and its AAD
 * (body AAD reference):
 *
 *   regular frame: Sequence Number (4) | IV (12) | Encrypted Content (frame length) | Tag (16)
 *   final frame:   0xFFFFFFFF (4) | Sequence Number (4) | IV (12) | Content Length (4) |
 *                  Encrypted Content | Tag (16)
 *   body AAD = Message ID || "AWSKMSEncryptionClient Frame" or "... Final Frame" ||
 *              Sequence Number (uint32) || Content Length (uint64)
 *
 * Sequence numbers start at 1; the IV is the sequence number as a 12-byte big-endian integer, so it
 * never repeats under one derived key. There is always exactly one final frame, possibly empty.
 */
import { ByteReader, concat, u32, u64, utf8, type Bytes } from '../bytes';
import { gcmDecrypt, gcmEncrypt, IV_BYTES, TAG_BYTES } from './suite';

const FRAME = utf8('AWSKMSEncryptionClient Frame');
const FINAL_FRAME = utf8('AWSKMSEncryptionClient Final Frame');
/** The sequence-number end marker that starts the final frame. */
const END_MARKER = 0xffffffff;

function frameIv(sequence: number): Bytes {
  return concat(new Uint8Array(IV_BYTES - 4), u32(sequence));
}

function bodyAad(messageId: Uint8Array, final: boolean, sequence: number, length: number): Bytes {
  return concat(messageId, final ? FINAL_FRAME : FRAME, u32(sequence), u64(length));
}

/** Number of regular frames for a plaintext: the final frame carries the rest (1..frameLength). */
export function regularFrameCount(plaintextLength: number, frameLength: number): number {
  return plaintextLength === 0 ? 0 : Math.ceil(plaintextLength / frameLength) - 1;
}

/**
 * Encrypts one frame as two parts, its small prefix and ciphertext || tag, so that large frames
 * are not copied again; `final` frames get the end marker and their content length.
 */
export async function encryptFrameParts(
  key: CryptoKey,
  messageId: Uint8Array,
  sequence: number,
  content: Uint8Array,
  final: boolean,
): Promise<[Bytes, Bytes]> {
  const iv = frameIv(sequence);
  const aad = bodyAad(messageId, final, sequence, content.length);
  const sealed = await gcmEncrypt(key, iv, aad, content);
  const prefix = final
    ? concat(u32(END_MARKER), u32(sequence), iv, u32(content.length))
    : concat(u32(sequence), iv);
  return [prefix, sealed];
}

/** Encrypts one frame into one byte string. */
export async function encryptFrame(
  key: CryptoKey,
  messageId: Uint8Array,
  sequence: number,
  content: Uint8Array,
  final: boolean,
): Promise<Bytes> {
  return concat(...(await encryptFrameParts(key, messageId, sequence, content, final)));
}

/** Encrypts a whole plaintext into frames. */
export async function encryptBody(
  key: CryptoKey,
  messageId: Uint8Array,
  plaintext: Uint8Array,
  frameLength: number,
): Promise<Bytes> {
  const regular = regularFrameCount(plaintext.length, frameLength);
  const frames: Bytes[] = [];
  for (let i = 0; i < regular; i++) {
    const chunk = plaintext.subarray(i * frameLength, (i + 1) * frameLength);
    frames.push(await encryptFrame(key, messageId, i + 1, chunk, false));
  }
  const rest = plaintext.subarray(regular * frameLength);
  frames.push(await encryptFrame(key, messageId, regular + 1, rest, true));
  return concat(...frames);
}

/** Why a body did not decrypt. */
export type BodyError = 'MalformedBody' | 'FrameAuthenticationFailed';

/** One frame as read from the bytes, still encrypted. */
export interface RawFrame {
  final: boolean;
  sequence: number;
  iv: Bytes;
  /** Plaintext length of the frame. */
  length: number;
  /** Ciphertext || tag: a view into the bytes read, not a copy. */
  sealed: Uint8Array;
  /** Bytes the frame occupied. */
  size: number;
}

/** The longest frame prefix: end marker, sequence number, IV and content length. */
export const MAX_FRAME_PREFIX = 4 + 4 + IV_BYTES + 4;

/** A frame's fields before its ciphertext. */
export type FramePrefix = Omit<RawFrame, 'sealed' | 'size'> & { prefixSize: number };

/**
 * Reads the prefix of the frame at the start of `bytes`: `more` when they end inside it,
 * MalformedBody when a final frame claims more than the frame length.
 */
export function readFramePrefix(
  bytes: Uint8Array,
  frameLength: number,
): FramePrefix | 'more' | 'MalformedBody' {
  const r = new ByteReader(bytes);
  let sequence = r.u32();
  const final = sequence === END_MARKER;
  if (final) sequence = r.u32();
  const iv = r.take(IV_BYTES);
  const length = final ? r.u32() : frameLength;
  if (sequence === null || !iv || length === null) return 'more';
  if (length > frameLength) return 'MalformedBody';
  return { final, sequence, iv, length, prefixSize: r.offset };
}

/** Reads the frame at the start of `bytes` (its ciphertext a view of them), as readFramePrefix. */
export function readFrame(
  bytes: Uint8Array,
  frameLength: number,
): RawFrame | 'more' | 'MalformedBody' {
  const p = readFramePrefix(bytes, frameLength);
  if (typeof p === 'string') return p;
  const size = p.prefixSize + p.length + TAG_BYTES;
  if (bytes.length < size) return 'more';
  const { final, sequence, iv, length } = p;
  return { final, sequence, iv, length, sealed: bytes.subarray(p.prefixSize, size), size };
}

/** Decrypts one frame read by readFrame; null when authentication fails. */
export function decryptFrame(
  key: CryptoKey,
  messageId: Uint8Array,
  f: RawFrame,
): Promise<Bytes | null> {
  return gcmDecrypt(key, f.iv, bodyAad(messageId, f.final, f.sequence, f.length), f.sealed);
}

/**
 * Decrypts a framed body: sequence numbers must run 1, 2, ...; regular frames hold exactly
 * `frameLength` bytes; the final frame at most that; nothing may follow it.
 */
export async function decryptBody(
  key: CryptoKey,
  messageId: Uint8Array,
  body: Uint8Array,
  frameLength: number,
): Promise<Bytes | BodyError> {
  const out: Bytes[] = [];
  let at = 0;
  for (let expected = 1; ; expected++) {
    const f = readFrame(body.subarray(at), frameLength);
    if (f === 'more' || f === 'MalformedBody' || f.sequence !== expected) return 'MalformedBody';
    const plain = await decryptFrame(key, messageId, f);
    if (!plain) return 'FrameAuthenticationFailed';
    out.push(plain);
    at += f.size;
    if (f.final) return at === body.length ? concat(...out) : 'MalformedBody';
  }
}

/**
 * The length of a framed body at the start of `bytes`, found by walking the frame headers without
 * decrypting; null when the frames are malformed or truncated. Used to find the 0x0578 footer.
 */
export function framedBodyLength(bytes: Uint8Array, frameLength: number): number | null {
  let at = 0;
  for (;;) {
    const f = readFrame(bytes.subarray(at), frameLength);
    if (typeof f === 'string') return null;
    at += f.size;
    if (f.final) return at;
  }
}

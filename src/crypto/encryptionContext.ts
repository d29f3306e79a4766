/**
 * The canonical serialisation of an encryption context, shared by our ciphertext blob (as AES-GCM
 * additional authenticated data) and the AWS Encryption SDK message (its header "AAD" field and the
 * raw AES keyring's wrapping AAD).
 *
 * Message format reference, "AAD" / "Key-Value Pairs": a uint16 pair count, then for each pair a
 * uint16-length-prefixed UTF-8 key and value, pairs sorted ascending by the UTF-8 bytes of the key.
 * An empty context serialises to no bytes at all.
 */
import { ByteReader, compareBytes, fromUtf8, utf8, type Bytes } from './bytes';

/** An encryption context: non-secret string pairs bound to a ciphertext. */
export type EncryptionContext = Record<string, string>;

/** The pairs of a context as UTF-8 bytes, sorted by key bytes (not by UTF-16 code units). */
export function sortedPairs(context: EncryptionContext): [Bytes, Bytes][] {
  return Object.entries(context)
    .map(([k, v]): [Bytes, Bytes] => [utf8(k), utf8(v)])
    .sort(([a], [b]) => compareBytes(a, b));
}

/** Largest serialised context the message format can carry: its length field is a uint16. */
export const MAX_CONTEXT_BYTES = 0xffff;

/**
 * Why a context cannot be serialised (the AAD length, the pair count and each key and value length
 * are uint16 fields in the message format), or null when it can. Callers show this reason instead
 * of writing a message whose lengths would wrap.
 */
export function contextProblem(context: EncryptionContext): string | null {
  let total = 2;
  let count = 0;
  for (const [k, v] of Object.entries(context)) {
    count++;
    total += 4 + utf8(k).length + utf8(v).length;
    if (total > MAX_CONTEXT_BYTES)
      return `the encryption context is too large: serialised, it exceeds the message format's limit of ${MAX_CONTEXT_BYTES} bytes`;
  }
  return count > MAX_CONTEXT_BYTES ? 'the encryption context has too many pairs' : null;
}

/**
 * Canonical bytes of a context; empty for an empty context. Throws a RangeError with
 * {@link contextProblem}'s reason rather than ever wrapping a length.
 */
export function serializeContext(context: EncryptionContext): Bytes {
  const problem = contextProblem(context);
  if (problem) throw new RangeError(problem);
  const pairs = sortedPairs(context);
  if (pairs.length === 0) return new Uint8Array(0);
  let size = 2;
  for (const [k, v] of pairs) size += 4 + k.length + v.length;
  // Filled in place: no argument spreading, so any number of pairs stays off the call stack.
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(0, pairs.length);
  let at = 2;
  for (const [k, v] of pairs) {
    view.setUint16(at, k.length);
    out.set(k, at + 2);
    at += 2 + k.length;
    view.setUint16(at, v.length);
    out.set(v, at + 2);
    at += 2 + v.length;
  }
  return out;
}

/**
 * Parses serialised key-value pairs (count, then pairs). Null when malformed: truncated, trailing
 * bytes, invalid UTF-8, a duplicate key, or an empty serialisation with a zero count.
 */
export function parseContext(bytes: Uint8Array): EncryptionContext | null {
  if (bytes.length === 0) return {};
  const r = new ByteReader(bytes);
  const count = r.u16();
  if (count === null || count === 0) return null;
  // A Map, then fromEntries: a key named "__proto__" stays an ordinary pair.
  const context = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const k = r.u16Prefixed();
    const v = r.u16Prefixed();
    if (!k || !v) return null;
    const key = fromUtf8(k);
    const value = fromUtf8(v);
    if (key === null || value === null || context.has(key)) return null;
    context.set(key, value);
  }
  return r.remaining === 0 ? Object.fromEntries(context) : null;
}

/**
 * The canonical serialisation of an encryption context, shared by our ciphertext blob (as AES-GCM
 * additional authenticated data) and the AWS Encryption SDK message (its header "AAD" field and the
 * raw AES keyring's wrapping AAD).
 *
 * Message format reference, "AAD" / "Key-Value Pairs": a uint16 pair count, then for each pair a
 * uint16-length-prefixed UTF-8 key and value, pairs sorted ascending by the UTF-8 bytes of the key.
 * An empty context serialises to no bytes at all.
 */
import {
  ByteReader,
  compareBytes,
  concat,
  fromUtf8,
  u16,
  utf8,
  withU16Length,
  type Bytes,
} from './bytes';

/** An encryption context: non-secret string pairs bound to a ciphertext. */
export type EncryptionContext = Record<string, string>;

/** The pairs of a context as UTF-8 bytes, sorted by key bytes (not by UTF-16 code units). */
export function sortedPairs(context: EncryptionContext): [Bytes, Bytes][] {
  return Object.entries(context)
    .map(([k, v]): [Bytes, Bytes] => [utf8(k), utf8(v)])
    .sort(([a], [b]) => compareBytes(a, b));
}

/** Canonical bytes of a context; empty for an empty context. */
export function serializeContext(context: EncryptionContext): Bytes {
  const pairs = sortedPairs(context);
  if (pairs.length === 0) return new Uint8Array(0);
  return concat(
    u16(pairs.length),
    ...pairs.flatMap(([k, v]) => [withU16Length(k), withU16Length(v)]),
  );
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

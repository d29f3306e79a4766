/**
 * Byte helpers shared by the ciphertext blob and the AWS Encryption SDK message: big-endian
 * (network order) integers, UTF-8, and a bounds-checked reader that returns null instead of
 * throwing, so a truncated input becomes a typed error, never an exception.
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto accepts as a BufferSource. */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 encoding of a string. */
export function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

/** Strict UTF-8 decoding; null for invalid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Concatenates byte arrays into a fresh buffer. */
export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A copy of `bytes` in its own ArrayBuffer. */
export function copyBytes(bytes: Uint8Array): Bytes {
  return new Uint8Array(bytes);
}

/** Big-endian unsigned 16-bit integer. */
export function u16(n: number): Bytes {
  return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
}

/** Big-endian unsigned 32-bit integer. */
export function u32(n: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n >>> 0);
  return out;
}

/** Big-endian unsigned 64-bit integer (safe-integer range). */
export function u64(n: number): Bytes {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

/** `bytes` prefixed by its length as a big-endian uint16. */
export function withU16Length(bytes: Uint8Array): Bytes {
  return concat(u16(bytes.length), bytes);
}

/** Lexicographic comparison of byte strings (memcmp order, shorter prefix first). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Equality of byte strings (not constant time; used only on public values). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Bytes from hex; null for malformed hex. */
export function fromHex(hex: string): Bytes | null {
  if (hex.length % 2 !== 0 || /[^0-9a-f]/i.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Standard base64 (with padding) of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Bytes from standard base64; null when malformed. */
export function fromBase64(text: string): Bytes | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Reads a byte string front to back; every read returns null past the end. */
export class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** Offset of the next unread byte. */
  get offset(): number {
    return this.at;
  }

  /** Bytes left to read. */
  get remaining(): number {
    return this.bytes.length - this.at;
  }

  /** The next `n` bytes (a copy), or null if fewer remain. */
  take(n: number): Bytes | null {
    if (n < 0 || this.at + n > this.bytes.length) return null;
    const out = this.bytes.slice(this.at, this.at + n);
    this.at += n;
    return out as Bytes;
  }

  /** One byte. */
  u8(): number | null {
    const b = this.take(1);
    return b ? (b[0] ?? null) : null;
  }

  /** Big-endian uint16. */
  u16(): number | null {
    const b = this.take(2);
    return b ? new DataView(b.buffer).getUint16(0) : null;
  }

  /** Big-endian uint32. */
  u32(): number | null {
    const b = this.take(4);
    return b ? new DataView(b.buffer).getUint32(0) : null;
  }

  /** Big-endian uint64, or null when it is not a safe integer. */
  u64(): number | null {
    const b = this.take(8);
    if (!b) return null;
    const n = new DataView(b.buffer).getBigUint64(0);
    return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
  }

  /** A uint16 length followed by that many bytes. */
  u16Prefixed(): Bytes | null {
    const n = this.u16();
    return n === null ? null : this.take(n);
  }
}

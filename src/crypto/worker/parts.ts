/**
 * Messages kept as lists of parts (the header, then each frame's prefix and ciphertext, as
 * WebCrypto returned them), never copied together: where a job's input comes from (a Blob read in
 * chunks, or parts the worker keeps) and where its output goes (kept, or only counted).
 */
import type { Bytes } from '../bytes';

/** The parts after the first `skip` bytes (the boundary part as a view, not a copy). */
export function skipBytes(parts: readonly Bytes[], skip: number): Bytes[] {
  const out: Bytes[] = [];
  let left = skip;
  for (const p of parts) {
    if (left >= p.length) {
      left -= p.length;
      continue;
    }
    out.push(left > 0 ? p.subarray(left) : p);
    left = 0;
  }
  return out;
}

/** The parts with their first bytes replaced by `head` (the user's tampering), no copies. */
export function patchHead(parts: readonly Bytes[], head: Bytes): Bytes[] {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const used = head.subarray(0, Math.min(head.length, total));
  return used.length > 0 ? [used, ...skipBytes(parts, used.length)] : [...parts];
}

/**
 * An input read in steps of about `chunkSize` bytes: each step is a list of pieces. A Blob is read
 * one chunk ahead (Blob reads are I/O, done off this thread while the current chunk is worked on);
 * kept parts are grouped as they are.
 */
export interface ChunkSource {
  readonly size: number;
  chunks(chunkSize: number): AsyncGenerator<Bytes[]>;
}

export function blobSource(blob: Blob): ChunkSource {
  const read = async (at: number, n: number): Promise<Bytes> =>
    new Uint8Array(await blob.slice(at, at + n).arrayBuffer());
  return {
    size: blob.size,
    async *chunks(chunkSize) {
      let next = blob.size > 0 ? read(0, chunkSize) : null;
      for (let at = 0; next; at += chunkSize) {
        const chunk = await next;
        next = at + chunkSize < blob.size ? read(at + chunkSize, chunkSize) : null;
        yield [chunk];
      }
    },
  };
}

export function partsSource(parts: readonly Bytes[]): ChunkSource {
  return {
    size: parts.reduce((n, p) => n + p.length, 0),
    // Kept parts are in memory already: grouping them is all a step needs.
    async *chunks(chunkSize) {
      let group: Bytes[] = [];
      let bytes = 0;
      for (const p of parts) {
        group.push(p);
        bytes += p.length;
        if (bytes >= chunkSize) {
          yield group;
          group = [];
          bytes = 0;
        }
      }
      if (group.length > 0) yield group;
    },
  };
}

/**
 * Where a job's output goes: counted always, its first `headLimit` bytes copied (for the header,
 * the hex view or a plaintext preview), and every part kept only when `keep` (an encrypted message
 * the lab will decrypt or export; a decryption's plaintext is not kept, so it costs no memory).
 */
export class OutputSink {
  readonly parts: Bytes[] = [];
  size = 0;
  private readonly headBuffer: Bytes;
  private headLength = 0;

  constructor(
    private readonly keep: boolean,
    headLimit: number,
  ) {
    this.headBuffer = new Uint8Array(headLimit);
  }

  write(parts: readonly Bytes[]): void {
    for (const p of parts) {
      if (this.headLength < this.headBuffer.length) {
        const n = Math.min(p.length, this.headBuffer.length - this.headLength);
        this.headBuffer.set(p.subarray(0, n), this.headLength);
        this.headLength += n;
      }
      this.size += p.length;
      if (this.keep && p.length > 0) this.parts.push(p);
    }
  }

  /** A copy of the first bytes written (at most headLimit). */
  head(): Bytes {
    return this.headBuffer.slice(0, this.headLength);
  }
}

/**
 * Bytes arriving in pieces (a stream's chunks, or a kept message's parts), read from the front
 * without joining them: a read that lies inside one piece is a view of it; only a read that spans
 * pieces is copied.
 */
export class ByteQueue {
  private readonly pieces: Uint8Array[] = [];
  /** Bytes of pieces[0] already read. */
  private offset = 0;
  /** Bytes queued and not yet skipped. */
  length = 0;

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pieces.push(bytes);
    this.length += bytes.length;
  }

  /** The first `n` bytes (at most `length`), contiguous: a view when in one piece, else a copy. */
  peek(n: number): Uint8Array {
    const want = Math.min(n, this.length);
    const first = this.pieces[0];
    if (first && first.length - this.offset >= want)
      return first.subarray(this.offset, this.offset + want);
    const out = new Uint8Array(want);
    let at = 0;
    let from = this.offset;
    for (const p of this.pieces) {
      if (at === want) break;
      const take = Math.min(p.length - from, want - at);
      out.set(p.subarray(from, from + take), at);
      at += take;
      from = 0;
    }
    return out;
  }

  /** Drops the first `n` bytes (at most `length`). */
  skip(n: number): void {
    let left = Math.min(n, this.length);
    this.length -= left;
    while (left > 0) {
      const first = this.pieces[0] as Uint8Array;
      const rest = first.length - this.offset;
      if (left < rest) {
        this.offset += left;
        return;
      }
      left -= rest;
      this.pieces.shift();
      this.offset = 0;
    }
  }
}

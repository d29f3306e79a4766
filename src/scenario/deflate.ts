/**
 * Raw DEFLATE through the platform's CompressionStream / DecompressionStream (browsers and
 * Node 20+), so no compression library ships with the app.
 */

/** Compresses bytes with raw DEFLATE (no zlib or gzip header). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concat(chunks);
}

/** The inflated bytes, or why they could not be had. */
export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'tooLarge' | 'corrupt'; detail: string };

/**
 * Inflates raw DEFLATE data, reading the output incrementally and cancelling as soon as it grows
 * past `maxBytes`: a few kilobytes of crafted input can inflate to gigabytes, and this stops
 * after about `maxBytes` of work. Corrupt or truncated input gives `corrupt`. Never throws.
 */
export async function inflateRawLimited(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<InflateResult> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch (e) {
    return {
      ok: false,
      reason: 'corrupt',
      detail: `decompression is not available here (${message(e)})`,
    };
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Write errors (corrupt data, or the cancel below) also surface on the read side; the write
  // promise is only kept from becoming an unhandled rejection.
  void writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'tooLarge', detail: `inflates to more than ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { ok: false, reason: 'corrupt', detail: message(e) };
  }
  return { ok: true, bytes: concat(chunks) };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

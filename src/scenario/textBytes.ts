/**
 * Bytes of a scenario file to text, the same way everywhere (the app's Open and drop, the CLI): a
 * UTF-16 byte order mark (little or big endian) selects UTF-16, anything else is UTF-8 (a UTF-8
 * BOM is dropped). Invalid sequences become U+FFFD, which the JSON scan then reports in place.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Chunked encryption and decryption of Encryption SDK messages (suite 0x0478), for inputs too
 * large to hold twice: plaintext goes in as chunks of any size and frames come out as soon as they
 * are complete, so memory stays near one frame plus one chunk beyond the output.
 *
 * Suite 0x0578 is whole-message only: WebCrypto's ECDSA cannot sign incrementally (it hashes the
 * data itself), so a signed message needs all its bytes at once (encryptMessage/decryptMessage).
 */
import { concat, type Bytes } from '../bytes';
import { checkSupported, openHeader, type MessageError } from './decryptMessage';
import { startMessage, type EncryptMessageOptions, type StartedMessage } from './encryptMessage';
import { decryptFrame, encryptFrameParts, readFrame } from './frames';
import { parseHeader, type HeaderFields } from './header';
import type { RawAesKeyring } from './rawAesKeyring';
import { SIGNED_SUITE_ID } from './suite';

/** Headers larger than this without parsing are malformed (ours are a few hundred bytes). */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * Encrypts a message chunk by chunk. Output comes as lists of parts (frame prefixes and
 * ciphertexts) to be written or wrapped in a Blob as they are, without copying them together.
 */
export class MessageEncryptor {
  /** Plaintext of the frame being filled (at most frameLength bytes). */
  private pending: Bytes;
  private filled = 0;
  private sequence = 1;
  private finished = false;

  private constructor(private readonly m: StartedMessage) {
    this.pending = new Uint8Array(Math.min(m.frameLength, 1 << 24));
  }

  /** Writes the header; returns the encryptor and the header bytes to emit first. */
  static async start(
    options: Omit<EncryptMessageOptions, 'plaintext'>,
  ): Promise<{ encryptor: MessageEncryptor; header: Bytes }> {
    if (options.suiteId === SIGNED_SUITE_ID)
      throw new RangeError('0x0578 needs the whole message: use encryptMessage');
    const m = await startMessage(options);
    return { encryptor: new MessageEncryptor(m), header: m.header };
  }

  private frame(content: Uint8Array, final: boolean): Promise<[Bytes, Bytes]> {
    const { encryptionKey, messageId } = this.m;
    return encryptFrameParts(encryptionKey, messageId, this.sequence++, content, final);
  }

  /** Adds plaintext; returns the parts of the frames it completes (possibly none). */
  async push(chunk: Uint8Array): Promise<Bytes[]> {
    if (this.finished) throw new Error('push after finish');
    const frameLength = this.m.frameLength;
    const parts: Bytes[] = [];
    let at = 0;
    // A full pending frame is sealed only once more input shows it is not the final one.
    if (this.filled > 0) {
      const take = Math.min(frameLength - this.filled, chunk.length);
      this.fill(chunk.subarray(0, take));
      at = take;
      if (this.filled === frameLength && at < chunk.length) {
        parts.push(...(await this.frame(this.pending.subarray(0, frameLength), false)));
        this.filled = 0;
      }
    }
    // Whole frames straight from the chunk, keeping at least one byte back for the final frame.
    while (chunk.length - at > frameLength) {
      parts.push(...(await this.frame(chunk.subarray(at, at + frameLength), false)));
      at += frameLength;
    }
    if (at < chunk.length) this.fill(chunk.subarray(at));
    return parts;
  }

  private fill(bytes: Uint8Array): void {
    if (this.filled + bytes.length > this.pending.length) {
      const grown = new Uint8Array(this.m.frameLength);
      grown.set(this.pending.subarray(0, this.filled));
      this.pending = grown;
    }
    this.pending.set(bytes, this.filled);
    this.filled += bytes.length;
  }

  /** The final frame's parts. */
  async finish(): Promise<Bytes[]> {
    if (this.finished) throw new Error('finish called twice');
    this.finished = true;
    const parts = await this.frame(this.pending.subarray(0, this.filled), true);
    this.pending = new Uint8Array(0);
    return parts;
  }
}

/** Decrypts a 0x0478 message chunk by chunk; each push returns the plaintext it completes. */
export class MessageDecryptor {
  private buffer: Bytes = new Uint8Array(0);
  private header: HeaderFields | null = null;
  private key: CryptoKey | null = null;
  private sequence = 1;
  private done = false;
  private error: MessageError | null = null;

  constructor(private readonly keyring: RawAesKeyring) {}

  /** Adds message bytes; returns plaintext of completed frames, or the first error (sticky). */
  async push(chunk: Uint8Array): Promise<Bytes | MessageError> {
    if (this.error) return this.error;
    this.buffer = concat(this.buffer, chunk);
    const out = await this.drain();
    if (typeof out === 'string') this.error = out;
    return out;
  }

  /** Ends the input: the header when the message was complete and authentic, else the error. */
  finish(): HeaderFields | MessageError {
    if (this.error) return this.error;
    if (!this.header) return 'MalformedHeader';
    return this.done && this.buffer.length === 0 ? this.header : 'MalformedBody';
  }

  private async drain(): Promise<Bytes | MessageError> {
    if (!this.key) {
      const parsed = parseHeader(this.buffer);
      if (!parsed)
        return this.buffer.length > MAX_HEADER_BYTES ? 'MalformedHeader' : new Uint8Array(0);
      const unsupported = checkSupported(parsed.fields);
      if (unsupported || parsed.fields.suiteId === SIGNED_SUITE_ID) return 'UnsupportedMessage';
      const key = await openHeader(parsed, this.keyring);
      if (typeof key === 'string') return key;
      this.key = key;
      this.header = parsed.fields;
      this.buffer = this.buffer.slice(parsed.end) as Bytes;
    }
    const header = this.header as HeaderFields;
    const out: Bytes[] = [];
    let at = 0;
    while (!this.done) {
      const f = readFrame(this.buffer.subarray(at), header.frameLength);
      if (f === 'more') break;
      if (f === 'MalformedBody' || f.sequence !== this.sequence) return 'MalformedBody';
      const plain = await decryptFrame(this.key, header.messageId, f);
      if (!plain) return 'FrameAuthenticationFailed';
      out.push(plain);
      at += f.size;
      this.sequence++;
      this.done = f.final;
    }
    this.buffer = this.buffer.slice(at) as Bytes;
    if (this.done && this.buffer.length > 0) return 'MalformedBody';
    return concat(...out);
  }
}

/**
 * Chunked encryption and decryption of Encryption SDK messages (suite 0x0478), for inputs too
 * large to hold twice: plaintext goes in as chunks of any size and frames come out as soon as they
 * are complete, so memory stays near one frame plus one chunk beyond the output.
 *
 * Suite 0x0578 is whole-message only: WebCrypto's ECDSA cannot sign incrementally (it hashes the
 * data itself), so a signed message needs all its bytes at once (encryptMessage/decryptMessage).
 */
import type { Bytes } from '../bytes';
import { ByteQueue } from './byteQueue';
import { checkSupported, openHeader, type MessageError } from './decryptMessage';
import { startMessage, type EncryptMessageOptions, type StartedMessage } from './encryptMessage';
import { decryptFrame, encryptFrameParts, MAX_FRAME_PREFIX, readFramePrefix } from './frames';
import { parseHeader, type HeaderFields } from './header';
import type { Keyring } from './kmsKeyring';
import { SIGNED_SUITE_ID, TAG_BYTES } from './suite';

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
    this.pending = MessageEncryptor.frameBuffer(m.frameLength);
  }

  /** A buffer for a frame being filled: up to 16 MiB at first, grown by fill when needed. */
  private static frameBuffer(frameLength: number): Bytes {
    return new Uint8Array(Math.min(frameLength, 1 << 24));
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

  /**
   * Adds plaintext; resolves to the parts of the frames it completes (possibly none). Every frame
   * is handed to WebCrypto before this returns and the encryptor's state is updated at once, so
   * the next push may start before this one's frames are sealed (sequence numbers are taken in
   * order; the frames of each push resolve in order). `chunk` must not change afterwards.
   */
  push(chunk: Uint8Array): Promise<Bytes[]> {
    if (this.finished) return Promise.reject(new Error('push after finish'));
    const frameLength = this.m.frameLength;
    const sealing: Promise<[Bytes, Bytes]>[] = [];
    let at = 0;
    // A full pending frame is sealed only once more input shows it is not the final one.
    if (this.filled > 0) {
      const take = Math.min(frameLength - this.filled, chunk.length);
      this.fill(chunk.subarray(0, take));
      at = take;
      if (this.filled === frameLength && at < chunk.length) {
        sealing.push(this.frame(this.pending.subarray(0, frameLength), false));
        // A fresh buffer for the next frame: the sealed one belongs to WebCrypto now.
        this.pending = MessageEncryptor.frameBuffer(frameLength);
        this.filled = 0;
      }
    }
    // Whole frames straight from the chunk, keeping at least one byte back for the final frame.
    while (chunk.length - at > frameLength) {
      sealing.push(this.frame(chunk.subarray(at, at + frameLength), false));
      at += frameLength;
    }
    if (at < chunk.length) this.fill(chunk.subarray(at));
    return Promise.all(sealing).then((frames) => frames.flat());
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

/**
 * Decrypts a 0x0478 message chunk by chunk; each push returns the plaintext of the frames it
 * completes, one array per frame. Frames are read from views into the chunks (copied only where a
 * frame's ciphertext spans two chunks), so a chunk must not be changed after it is pushed; the
 * complete frames of a push are all handed to WebCrypto before the first is awaited.
 */
export class MessageDecryptor {
  private readonly queue = new ByteQueue();
  private header: HeaderFields | null = null;
  private key: CryptoKey | null = null;
  private sequence = 1;
  private done = false;
  private error: MessageError | null = null;

  constructor(private readonly keyring: Keyring) {}

  /** Adds message bytes; returns plaintext of completed frames, or the first error (sticky). */
  async push(chunk: Uint8Array): Promise<Bytes[] | MessageError> {
    if (this.error) return this.error;
    this.queue.push(chunk);
    const out = await this.drain();
    if (typeof out === 'string') this.error = out;
    return out;
  }

  /** Ends the input: the header when the message was complete and authentic, else the error. */
  finish(): HeaderFields | MessageError {
    if (this.error) return this.error;
    if (!this.header) return 'MalformedHeader';
    return this.done && this.queue.length === 0 ? this.header : 'MalformedBody';
  }

  private async openHeader(): Promise<CryptoKey | MessageError | null> {
    const parsed = parseHeader(this.queue.peek(this.queue.length));
    if (!parsed) return this.queue.length > MAX_HEADER_BYTES ? 'MalformedHeader' : null;
    const unsupported = checkSupported(parsed.fields);
    if (unsupported || parsed.fields.suiteId === SIGNED_SUITE_ID) return 'UnsupportedMessage';
    const key = await openHeader(parsed, this.keyring);
    if (typeof key === 'string') return key;
    this.header = parsed.fields;
    this.queue.skip(parsed.end);
    return key;
  }

  private async drain(): Promise<Bytes[] | MessageError> {
    if (!this.key) {
      const key = await this.openHeader();
      if (key === null || typeof key === 'string') return key ?? [];
      this.key = key;
    }
    const { frameLength, messageId } = this.header as HeaderFields;
    const pending: Promise<Bytes | null>[] = [];
    let malformed = false;
    while (!this.done) {
      const q = this.queue;
      const p = readFramePrefix(q.peek(MAX_FRAME_PREFIX), frameLength);
      if (p === 'more') break;
      if (p === 'MalformedBody' || p.sequence !== this.sequence) {
        malformed = true;
        break;
      }
      const sealedBytes = p.length + TAG_BYTES;
      if (q.length < p.prefixSize + sealedBytes) break;
      q.skip(p.prefixSize);
      const sealed = q.peek(sealedBytes);
      q.skip(sealedBytes);
      pending.push(decryptFrame(this.key, messageId, { ...p, sealed, size: 0 }));
      this.sequence++;
      this.done = p.final;
    }
    const plain = await Promise.all(pending);
    // Errors in the order they occur in the message: a bad frame before a malformed one.
    if (plain.some((f) => f === null)) return 'FrameAuthenticationFailed';
    if (malformed || (this.done && this.queue.length > 0)) return 'MalformedBody';
    return plain as Bytes[];
  }
}

import { hexRows } from './labModel';

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

/**
 * The first bytes of a message in hex, with byte offsets; each byte is a button that flips its
 * lowest bit (tampering), and bytes that differ from the original are marked.
 */
export function HexView({
  bytes,
  original,
  total,
  headerLength,
  onFlip,
}: {
  bytes: Uint8Array;
  original: Uint8Array;
  /** The whole message's length (the view shows a prefix). */
  total: number;
  /** Where the body starts, to tell header bytes from body bytes. */
  headerLength: number | null;
  onFlip(index: number): void;
}) {
  const rows = hexRows(bytes);
  const shown = rows.reduce((n, r) => n + r.bytes.length, 0);
  return (
    <div className="lab-hex" data-testid="lab-hex">
      <p className="muted">
        Bytes 0–{shown - 1} of {total}. Click a byte to flip its lowest bit.
      </p>
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.offset}>
              <th scope="row">{row.offset.toString(16).padStart(8, '0')}</th>
              <td>
                {row.bytes.map((b, i) => {
                  const at = row.offset + i;
                  const changed = original[at] !== b;
                  const body = headerLength !== null && at >= headerLength;
                  return (
                    <button
                      key={at}
                      type="button"
                      className={`hex-byte${changed ? ' changed' : ''}${body ? ' body' : ''}`}
                      aria-label={`Byte ${at}: ${hex2(b)}${changed ? ', changed' : ''}. Flip it.`}
                      aria-pressed={changed}
                      data-offset={at}
                      onClick={() => onFlip(at)}
                    >
                      {hex2(b)}
                    </button>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

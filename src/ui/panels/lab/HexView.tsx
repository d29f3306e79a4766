import { useRef, useState, type KeyboardEvent } from 'react';
import { hexRows } from './labModel';

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

/**
 * The first bytes of a message in hex, with byte offsets; each byte is a button that flips its
 * lowest bit (tampering), and bytes that differ from the original are marked. The dump is one tab
 * stop (a roving tab index): arrow keys move between bytes (up and down by a row), Home and End
 * to the row's ends, Ctrl+Home and Ctrl+End to the first and last byte; Enter or Space flips.
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
  const width = rows[0]?.bytes.length ?? 16;
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, shown - 1));
  const table = useRef<HTMLTableElement>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const rowStart = current - (current % width);
    const to =
      e.key === 'ArrowRight'
        ? current + 1
        : e.key === 'ArrowLeft'
          ? current - 1
          : e.key === 'ArrowDown'
            ? current + width
            : e.key === 'ArrowUp'
              ? current - width
              : e.key === 'Home'
                ? e.ctrlKey
                  ? 0
                  : rowStart
                : e.key === 'End'
                  ? e.ctrlKey
                    ? shown - 1
                    : Math.min(rowStart + width - 1, shown - 1)
                  : null;
    if (to === null) return;
    e.preventDefault();
    if (to < 0 || to >= shown) return;
    setActive(to);
    table.current?.querySelector<HTMLButtonElement>(`[data-offset="${to}"]`)?.focus();
  };

  return (
    <div className="lab-hex" data-testid="lab-hex">
      <p className="muted" id="lab-hex-help">
        Bytes 0–{shown - 1} of {total}. Click a byte to flip its lowest bit; from the keyboard, Tab
        into the bytes, move with the arrow keys and flip with Enter.
      </p>
      <table ref={table} onKeyDown={onKeyDown} aria-describedby="lab-hex-help">
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
                      tabIndex={at === current ? 0 : -1}
                      onFocus={() => setActive(at)}
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

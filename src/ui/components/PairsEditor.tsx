import { useState } from 'react';
import { sameJson, useSyncedRows, withIds, type Row } from './useSyncedRows';

interface Pair {
  key: string;
  value: string;
}

const toRows = (v: Record<string, string>): Pair[] =>
  Object.entries(v).map(([key, value]) => ({ key, value }));

function fromRows(rows: readonly Pair[]): Record<string, string> {
  // fromEntries defines the keys, so "__proto__" stays an ordinary pair.
  return Object.fromEntries(rows.filter((r) => r.key !== '').map((r) => [r.key, r.value]));
}

/** Key/value rows (an encryption context, a constraint) with add and remove buttons. */
export function PairsEditor({
  legend,
  value,
  onChange,
  testId,
  addLabel = 'Add pair',
}: {
  legend: string;
  value: Record<string, string>;
  onChange(next: Record<string, string>): void;
  testId?: string;
  addLabel?: string;
}) {
  const [rows, update] = useSyncedRows(value, toRows, fromRows, sameJson);
  const [added, setAdded] = useState<number | null>(null);
  const write = (next: Row<Pair>[]) => onChange(update(next));
  const duplicate = (r: Pair, i: number) =>
    r.key !== '' && rows.findIndex((o) => o.key === r.key) !== i;

  return (
    <fieldset className="rows-editor" data-testid={testId}>
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="muted small">None.</p>}
      {rows.map((row, i) => (
        <div className="pair-row" key={row.rowId} data-testid="pair-row">
          <input
            aria-label={`${legend}: key ${i + 1}`}
            placeholder="key"
            autoFocus={row.rowId === added}
            value={row.key}
            aria-invalid={duplicate(row, i) || undefined}
            onChange={(e) =>
              write(rows.map((r) => (r === row ? { ...r, key: e.target.value } : r)))
            }
          />
          <input
            aria-label={`${legend}: value ${i + 1}`}
            placeholder="value"
            value={row.value}
            onChange={(e) =>
              write(rows.map((r) => (r === row ? { ...r, value: e.target.value } : r)))
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${legend.toLowerCase()} pair ${i + 1}`}
            onClick={() => write(rows.filter((r) => r !== row))}
          >
            ✕
          </button>
          {duplicate(row, i) && (
            <p className="field-error" role="alert">
              The key {row.key} is already listed; only the last one counts.
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        className="small-button"
        onClick={() => {
          const [row] = withIds([{ key: '', value: '' }]);
          if (!row) return;
          setAdded(row.rowId);
          write([...rows, row]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { sameJson, useSyncedRows, withIds, type Row } from './useSyncedRows';

interface Item {
  text: string;
}

const toRows = (v: string[]): Item[] => v.map((text) => ({ text }));
const fromRows = (rows: readonly Item[]): string[] =>
  rows.map((r) => r.text).filter((t) => t !== '');

/** A list of strings (grant tokens, tag keys) with add and remove buttons and suggestions. */
export function StringListEditor({
  legend,
  itemLabel,
  value,
  onChange,
  suggestions = [],
  placeholder,
  testId,
}: {
  legend: string;
  /** Name of one item, for labels ("Grant token"). */
  itemLabel: string;
  value: string[];
  onChange(next: string[]): void;
  suggestions?: readonly { value: string; label: string }[];
  placeholder?: string;
  testId?: string;
}) {
  const listId = useId();
  const [rows, update] = useSyncedRows(value, toRows, fromRows, sameJson);
  const [added, setAdded] = useState<number | null>(null);
  const write = (next: Row<Item>[]) => onChange(update(next));

  return (
    <fieldset className="rows-editor" data-testid={testId}>
      <legend>{legend}</legend>
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
      {rows.length === 0 && <p className="muted small">None.</p>}
      {rows.map((row, i) => (
        <div className="list-row" key={row.rowId}>
          <input
            aria-label={`${itemLabel} ${i + 1}`}
            list={suggestions.length > 0 ? listId : undefined}
            placeholder={placeholder}
            value={row.text}
            autoFocus={row.rowId === added}
            onChange={(e) =>
              write(rows.map((r) => (r === row ? { ...r, text: e.target.value } : r)))
            }
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`}
            onClick={() => write(rows.filter((r) => r !== row))}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="small-button"
        onClick={() => {
          const [row] = withIds([{ text: '' }]);
          if (!row) return;
          setAdded(row.rowId);
          write([...rows, row]);
        }}
      >
        Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}

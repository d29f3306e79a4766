import { useId, useState } from 'react';
import type { ContextValue } from '../../../scenario/types';
import { sameJson, useSyncedRows, withIds, type Row } from '../../components/useSyncedRows';
import {
  formatValue,
  inputFor,
  keyNote,
  keysFor,
  parseValue,
  type ValueInput,
} from './contextInput';

interface Entry {
  name: string;
  text: string;
}

const toRows = (v: Record<string, ContextValue>): Entry[] =>
  Object.entries(v).map(([name, value]) => ({ name, text: formatValue(value) }));

function fromRows(rows: readonly Entry[]): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const r of rows) {
    if (r.name.trim() === '') continue;
    const parsed = parseValue(inputFor(r.name), r.text);
    if (parsed.ok) out[r.name.trim()] = parsed.value;
  }
  return out;
}

const PLACEHOLDERS: Record<ValueInput, string> = {
  text: 'value',
  arn: 'arn:aws:…',
  ip: '203.0.113.5',
  boolean: '',
  date: '2025-06-01T12:00:00Z',
  number: '0',
  list: 'first, second',
};

/**
 * Request context keys the user supplies, each with an input fitting its type (IP address, yes or
 * no, date, number, list) and a message when the value does not fit. Invalid values stay on
 * screen but are not sent to the engine.
 */
export function ContextKeysEditor({
  api,
  value,
  onChange,
}: {
  api: string;
  value: Record<string, ContextValue>;
  onChange(next: Record<string, ContextValue>): void;
}) {
  const id = useId();
  const [rows, update] = useSyncedRows(value, toRows, fromRows, sameJson);
  const [added, setAdded] = useState<number | null>(null);
  const write = (next: Row<Entry>[]) => onChange(update(next));
  const change = (row: Row<Entry>, patch: Partial<Entry>) =>
    write(rows.map((r) => (r === row ? { ...r, ...patch } : r)));

  return (
    <fieldset className="rows-editor" data-testid="context-keys">
      <legend>Context keys you supply</legend>
      <datalist id={`${id}-keys`}>
        {keysFor(api).map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {rows.length === 0 && <p className="muted small">None: the engine derives the usual keys.</p>}
      {rows.map((row, i) => {
        const input = inputFor(row.name);
        const parsed = row.name.trim() === '' ? null : parseValue(input, row.text);
        const error = parsed && !parsed.ok ? parsed.message : null;
        const note = keyNote(row.name, api);
        const noteId = `${id}-${row.rowId}-note`;
        const valueLabel = `Value of context key ${i + 1}`;
        return (
          <div className="context-row" key={row.rowId} data-testid="context-row">
            <input
              aria-label={`Context key ${i + 1}`}
              list={`${id}-keys`}
              placeholder="aws:SourceIp"
              spellCheck={false}
              value={row.name}
              autoFocus={row.rowId === added}
              onChange={(e) => change(row, { name: e.target.value })}
            />
            {input === 'boolean' ? (
              <select
                aria-label={valueLabel}
                value={row.text}
                onChange={(e) => change(row, { text: e.target.value })}
              >
                <option value="">choose…</option>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : (
              <input
                aria-label={valueLabel}
                placeholder={PLACEHOLDERS[input]}
                spellCheck={false}
                inputMode={input === 'number' ? 'decimal' : undefined}
                value={row.text}
                aria-invalid={error ? true : undefined}
                aria-describedby={error || note ? noteId : undefined}
                onChange={(e) => change(row, { text: e.target.value })}
              />
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove context key ${i + 1}`}
              onClick={() => write(rows.filter((r) => r !== row))}
            >
              ✕
            </button>
            {(error || note) && (
              <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
                {error ?? note}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="small-button"
        onClick={() => {
          const [row] = withIds([{ name: '', text: '' }]);
          if (!row) return;
          setAdded(row.rowId);
          write([...rows, row]);
        }}
      >
        Add context key
      </button>
    </fieldset>
  );
}

import { useState } from 'react';

let nextRowId = 0;

/** A row with a stable id, so React keeps focus in it while its contents change. */
export type Row<T> = T & { rowId: number };

/** Gives plain rows stable ids. */
export function withIds<T extends object>(rows: readonly T[]): Row<T>[] {
  return rows.map((r) => ({ ...r, rowId: ++nextRowId }));
}

/**
 * Editable rows kept locally and written out as a value (a record, a list). Rows that do not
 * make it into the value yet (an empty key being typed) stay on screen; when the value changes
 * from outside (undo, another panel), the rows are rebuilt from it.
 *
 * @param value - the value as the scenario holds it
 * @param toRows - rows that show `value`
 * @param fromRows - the value the rows stand for
 * @param same - whether two values are equal (cheap structural comparison)
 */
export function useSyncedRows<V, T extends object>(
  value: V,
  toRows: (v: V) => T[],
  fromRows: (rows: readonly T[]) => V,
  same: (a: V, b: V) => boolean,
): [Row<T>[], (rows: Row<T>[]) => V] {
  const [state, setState] = useState(() => ({ value, rows: withIds(toRows(value)) }));
  let rows = state.rows;
  if (!same(state.value, value)) {
    // Changed from outside: rebuild, unless the local rows already stand for the new value.
    rows = same(fromRows(state.rows), value) ? state.rows : withIds(toRows(value));
    setState({ value, rows });
  }
  /** Replaces the rows; returns the value they stand for (the caller writes it out). */
  const update = (next: Row<T>[]): V => {
    const nextValue = fromRows(next);
    setState({ value: nextValue, rows: next });
    return nextValue;
  };
  return [rows, update];
}

/** Structural equality of JSON-like values. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

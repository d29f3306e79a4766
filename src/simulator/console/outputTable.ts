/** `--output table`: the AWS CLI's table formatter (awscli/formatter.py, awscli/table.py). */
import type { Json } from '../../scenario/types';
import { isObject, isScalar, pyScalar } from './outputValues';
import { textLength } from './outputWidth';

/** A row whose length differs from the section's first (table.py Section.add_row's ValueError). */
export class TableError extends Error {}

/** One section of the CLI's table (awscli/table.py Section). */
class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indent = 0;
  private widths: number[] = [];
  private columns: number | null = null;

  private grow(row: string[]) {
    if (this.widths.length === 0) this.widths = row.map(textLength);
    else row.forEach((c, i) => (this.widths[i] = Math.max(textLength(c), this.widths[i] ?? 0)));
  }
  addHeader(headers: string[]) {
    this.grow(headers);
    this.columns ??= headers.length;
    this.headers = headers;
  }
  addRow(row: Json[]) {
    this.columns ??= row.length;
    if (row.length !== this.columns)
      throw new TableError(
        `Row should have ${this.columns} elements, instead it has ${row.length}`,
      );
    const cells = row.map(pyScalar);
    this.rows.push(cells);
    this.grow(cells);
  }
  /** Column widths scaled so that they add up to `max` (Section.calculate_column_widths). */
  columnWidths(padding: number, max?: number): number[] {
    const unscaled = this.widths.map((w) => w + padding);
    if (max === undefined || unscaled.length === 0) return unscaled;
    const factor = max / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => pyRound(factor * w));
    let off = scaled.reduce((a, b) => a + b, 0) - max;
    while (off !== 0) {
      const order = scaled.map((_, i) => i);
      if (off < 0) order.reverse();
      for (const i of order) {
        if (off > 0) {
          scaled[i] = (scaled[i] ?? 0) - 1;
          off--;
        } else {
          scaled[i] = (scaled[i] ?? 0) + 1;
          off++;
        }
        if (off === 0) break;
      }
    }
    return scaled;
  }
  totalWidth(padding: number, outer: number): number {
    const total = this.columnWidths(0).reduce((a, w) => a + w + padding, 0) + 2 + 2 * outer;
    return Math.max(textLength(this.title) + 2 + 2 * outer, total);
  }
}

/** Python's round(): an exact half goes to the even neighbour. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  if (x - f === 0.5) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

/** Python's `' ' * n` (nothing for a negative n). */
const spaces = (n: number): string => ' '.repeat(Math.max(0, n));

/** table.py center_text. */
const center = (text: string, length: number, left = '|', right = '|'): string => {
  const width = textLength(text);
  const start = Math.floor(length / 2) - Math.floor(width / 2) - 1;
  const soFar = left.length + start + width;
  return `${left}${spaces(start)}${text}${spaces(length - right.length - soFar)}${right}`;
};

/** table.py align_left. */
const alignLeft = (text: string, length: number, left: string, right = '|'): string => {
  const width = textLength(text);
  const padding = length - (width + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + width;
  return `${left}${spaces(padding)}${text}${spaces(length - soFar - right.length)}${right}`;
};

/** Width the CLI assumes when its output is not a terminal (shutil's fallback). */
const TERMINAL_WIDTH = 80;

/**
 * `--output table` (awscli TableFormatter and table.MultiTable): a section per object or list,
 * titled by the operation and then by the key, nested sections indented with `|`; tables wider
 * than the terminal turn one-row sections into key/value rows.
 */
export function formatTable(operation: string, data: Json): string {
  const sections: Section[] = [];
  let current: Section | null = null;
  const newSection = (title: string, indent: number) => {
    current = new Section();
    current.title = title;
    current.indent = indent;
    sections.push(current);
  };
  const section = (): Section => {
    if (!current) newSection('', 0);
    return current as unknown as Section;
  };
  const groupKeys = (o: { [k: string]: Json }) => {
    const keys = Object.keys(o).sort();
    return {
      headers: keys.filter((k) => isScalar(o[k] ?? null)),
      more: keys.filter((k) => !isScalar(o[k] ?? null)),
    };
  };
  const build = (title: string | null, value: Json, indent: number): boolean => {
    if (
      value === null ||
      value === false ||
      value === '' ||
      value === 0 ||
      (Array.isArray(value) && value.length === 0) ||
      (isObject(value) && Object.keys(value).length === 0)
    )
      return false;
    if (title !== null) newSection(title, indent);
    if (Array.isArray(value)) {
      if (isObject(value[0] ?? null)) fromList(value, indent, title ?? '');
      else
        for (const item of value) {
          if (isScalar(item)) section().addRow([item]);
          else if (Array.isArray(item) && item.every(isScalar)) section().addRow(item);
          else build(null, item, 0);
        }
    }
    if (isObject(value)) fromDict(value, indent);
    return true;
  };
  const fromDict = (o: { [k: string]: Json }, indent: number) => {
    const { headers, more } = groupKeys(o);
    if (headers.length === 1) section().addRow([headers[0] ?? '', o[headers[0] ?? ''] ?? null]);
    else if (headers.length > 0) {
      section().addHeader(headers);
      section().addRow(headers.map((h) => o[h] ?? null));
    }
    for (const k of more) build(k, o[k] ?? null, indent + 1);
  };
  const fromList = (list: Json[], indent: number, title: string) => {
    const headers = new Set<string>();
    const more = new Set<string>();
    for (const el of list)
      if (isObject(el)) {
        const g = groupKeys(el);
        g.headers.forEach((h) => headers.add(h));
        g.more.forEach((m) => more.add(m));
      }
    const hs = [...headers].sort();
    const ms = [...more].sort();
    section().addHeader(hs);
    list.forEach((el, i) => {
      if (i > 0 && ms.length > 0) {
        newSection(title, indent);
        section().addHeader(hs);
      }
      const o = isObject(el) ? el : {};
      section().addRow(hs.map((h) => (Object.hasOwn(o, h) ? (o[h] ?? null) : '')));
      for (const m of ms) if (Object.hasOwn(o, m)) build(m, o[m] ?? null, indent + 1);
    });
  };
  if (!build(operation, data, 0)) return '';
  const maxWidth = () => Math.max(...sections.map((s) => s.totalWidth(4, s.indent)));
  if (maxWidth() > TERMINAL_WIDTH)
    sections.forEach((s, i) => {
      if (s.rows.length === 1 && s.headers.length > 0) {
        const v = new Section();
        v.title = s.title;
        v.indent = s.indent;
        s.headers.forEach((h, j) => v.addRow([h, s.rows[0]?.[j] ?? '']));
        sections[i] = v;
      }
    });
  const width = maxWidth();
  const out: string[] = ['-'.repeat(width)];
  for (const s of sections) {
    const bar = '|'.repeat(s.indent);
    const write = (line: string) => out.push(`${bar}${line}${bar}`);
    const max = width - s.indent * 2;
    const lineBreak = (widths: number[]) =>
      write(
        widths
          .map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`))
          .join(''),
      );
    if (s.title) {
      write(center(s.title, max));
      if (s.headers.length === 0 && s.rows.length === 0) write(`+${'-'.repeat(max - 2)}+`);
    }
    const widths = s.columnWidths(4, max);
    if (s.headers.length > 0) {
      lineBreak(widths);
      write(s.headers.map((h, i) => center(h, widths[i] ?? 0, i === 0 ? '|' : '', '|')).join(''));
    }
    if (s.rows.length > 0 && widths.length > 0) {
      lineBreak(widths);
      for (const r of s.rows)
        write(r.map((c, i) => alignLeft(c, widths[i] ?? 0, i === 0 ? '|' : '')).join(''));
      lineBreak(widths);
    }
  }
  return out.join('\n');
}

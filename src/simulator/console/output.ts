/**
 * How the AWS CLI v2 prints a response: pagination (the result list, no `Truncated`/`NextMarker`,
 * `--max-items` and `--starting-token`), `--query` (JMESPath) and `--output json|text|yaml|table`.
 */
import jmespath from 'jmespath';
import type { Json } from '../../scenario/types';
import { PAGINATORS } from './kmsModel';
import { base64ToBytes, textToBase64 } from '../base64';
import { ownValue } from '../../engine';

/** The output options of a call. */
export interface OutputOptions {
  output?: string;
  query?: string;
  maxItems?: number;
  startingToken?: string;
  noPaginate?: boolean;
}

/**
 * What the CLI's paginator makes of a list response: the simulator returns every item in one page,
 * so the result is that page without the paging members, cut at --max-items (then `NextToken`
 * resumes it, as botocore's token does with `boto_truncate_amount`).
 */
export function paginate(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { page: Record<string, Json> } | { error: string } {
  const pager = ownValue(PAGINATORS, operation);
  if (!pager || options.noPaginate) return { page: response };
  const out: Record<string, Json> = Object.fromEntries(
    Object.entries(response).filter(([k]) => k !== 'Truncated' && k !== pager.outputToken),
  );
  const items = ownValue(out, pager.resultKey);
  if (!Array.isArray(items)) return { page: out };
  let skip = 0;
  if (options.startingToken !== undefined) {
    const bytes = base64ToBytes(options.startingToken);
    let amount: unknown;
    try {
      amount = bytes
        ? (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>)
            .boto_truncate_amount
        : undefined;
    } catch {
      amount = undefined;
    }
    if (typeof amount !== 'number')
      return { error: `Bad starting token: ${options.startingToken}` };
    skip = amount;
  }
  const max = options.maxItems;
  const rest = items.slice(skip);
  const page = max !== undefined && max > 0 ? rest.slice(0, max) : rest;
  out[pager.resultKey] = page;
  if (page.length < rest.length)
    out.NextToken = textToBase64(
      JSON.stringify({ [pager.inputToken]: null, boto_truncate_amount: skip + page.length }),
    );
  return { page: out };
}

/** Python's `str()` of a JSON scalar, as the text output prints it. */
const pyScalar = (v: Json): string =>
  v === true ? 'True' : v === false ? 'False' : v === null ? 'None' : String(v);

const isObject = (v: Json): v is { [k: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: Json): boolean => v === null || typeof v !== 'object';

/** `--output text` (awscli/text.py): scalars tab-separated, lists of objects one row each. */
export function formatText(data: Json): string {
  const lines: string[] = [];
  const text = (item: Json, identifier?: string, scalarKeys?: string[]) => {
    if (isObject(item)) dict(item, identifier, scalarKeys);
    else if (Array.isArray(item)) list(item, identifier);
    else lines.push(pyScalar(item));
  };
  const list = (item: Json[], identifier?: string) => {
    if (item.length === 0) return;
    if (item.some(isObject)) {
      const keys = [
        ...new Set(
          item.flatMap((el) =>
            isObject(el) ? Object.keys(el).filter((k) => isScalar(el[k] ?? null)) : [],
          ),
        ),
      ].sort();
      for (const el of item) text(el, identifier, keys);
    } else if (item.some(Array.isArray)) {
      const scalars = item.filter(isScalar);
      if (scalars.length > 0) scalarList(scalars, identifier);
      for (const el of item.filter((x) => !isScalar(x))) text(el, identifier);
    } else scalarList(item, identifier);
  };
  const scalarList = (items: Json[], identifier?: string) => {
    if (identifier !== undefined)
      for (const x of items) lines.push(`${identifier.toUpperCase()}\t${pyScalar(x)}`);
    else lines.push(items.map(pyScalar).join('\t'));
  };
  const dict = (item: { [k: string]: Json }, identifier?: string, scalarKeys?: string[]) => {
    const scalars: string[] = [];
    const nonScalars: [string, Json][] = [];
    if (scalarKeys === undefined) {
      for (const k of Object.keys(item).sort()) {
        const v = item[k] ?? null;
        if (isScalar(v)) scalars.push(pyScalar(v));
        else nonScalars.push([k, v]);
      }
    } else {
      for (const k of scalarKeys)
        scalars.push(Object.hasOwn(item, k) ? pyScalar(item[k] ?? null) : '');
      for (const k of Object.keys(item)
        .filter((k) => !scalarKeys.includes(k))
        .sort())
        nonScalars.push([k, item[k] ?? null]);
    }
    if (scalars.length > 0)
      lines.push(
        (identifier !== undefined ? [identifier.toUpperCase(), ...scalars] : scalars).join('\t'),
      );
    for (const [k, v] of nonScalars) text(v, k);
  };
  text(data);
  return lines.join('\n');
}

const PLAIN = /^[A-Za-z0-9_./:@-][A-Za-z0-9_ ./:@+=-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function yamlScalar(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v !== 'string') return JSON.stringify(v);
  const s = v;
  if (
    s === '' ||
    !PLAIN.test(s) ||
    s.endsWith(' ') ||
    YAML_WORDS.test(s) ||
    /^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(s) ||
    /^\d{4}-\d\d-\d\d/.test(s) ||
    s.startsWith('- ') ||
    s.includes(': ') ||
    s.includes(' #')
  )
    return /[\n\t\\"]/.test(s) || /[^\x20-\x7e]/.test(s)
      ? JSON.stringify(s)
      : `'${s.split("'").join("''")}'`;
  return s;
}

/** `--output yaml`: block style, as the CLI's YAML dumper prints it. */
export function formatYaml(data: Json): string {
  const lines: string[] = [];
  const emit = (v: Json, indent: string, prefix: string) => {
    if (isObject(v)) {
      const entries = Object.entries(v);
      if (entries.length === 0) {
        lines.push(`${prefix}{}`);
        return;
      }
      entries.forEach(([k, x], i) => {
        const lead = i === 0 ? prefix : indent;
        if (isScalar(x)) lines.push(`${lead}${yamlScalar(k)}: ${yamlScalar(x)}`);
        else if (
          (Array.isArray(x) && x.length === 0) ||
          (isObject(x) && Object.keys(x).length === 0)
        )
          lines.push(`${lead}${yamlScalar(k)}: ${Array.isArray(x) ? '[]' : '{}'}`);
        else if (Array.isArray(x)) {
          lines.push(`${lead}${yamlScalar(k)}:`);
          emit(x, indent, indent);
        } else {
          lines.push(`${lead}${yamlScalar(k)}:`);
          emit(x, `${indent}  `, `${indent}  `);
        }
      });
    } else if (Array.isArray(v)) {
      if (v.length === 0) {
        lines.push(`${prefix}[]`);
        return;
      }
      v.forEach((x, i) => {
        const lead = i === 0 ? prefix : indent;
        if (isScalar(x)) lines.push(`${lead}- ${yamlScalar(x)}`);
        else emit(x, `${indent}  `, `${lead}- `);
      });
    } else lines.push(`${prefix}${yamlScalar(v)}`);
  };
  emit(data, '', '');
  return lines.join('\n');
}

/** One section of the CLI's table (awscli/table.py Section). */
class Section {
  title = '';
  headers: string[] = [];
  rows: string[][] = [];
  indent = 0;
  private widths: number[] = [];

  private grow(row: string[]) {
    if (this.widths.length === 0) this.widths = row.map((c) => c.length);
    else row.forEach((c, i) => (this.widths[i] = Math.max(c.length, this.widths[i] ?? 0)));
  }
  addHeader(headers: string[]) {
    this.grow(headers);
    this.headers = headers;
  }
  addRow(row: Json[]) {
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
    return Math.max(this.title.length + 2 + 2 * outer, total);
  }
}

/** Python's round(): halves to even. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (Math.abs(d - 0.5) < 1e-9) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

const center = (text: string, length: number, left = '|', right = '|'): string => {
  const start = Math.floor(length / 2) - Math.floor(text.length / 2) - 1;
  const head = `${left}${' '.repeat(Math.max(0, start))}${text}`;
  return `${head}${' '.repeat(Math.max(0, length - right.length - head.length))}${right}`;
};

const alignLeft = (text: string, length: number, left: string, right = '|'): string => {
  const padding = length - (text.length + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const head = `${left}${' '.repeat(padding)}${text}`;
  return `${head}${' '.repeat(Math.max(0, length - head.length - right.length))}${right}`;
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

/** The CLI's output for a response (after pagination), or an error for a bad --query. */
export function formatOutput(
  operation: string,
  response: Record<string, Json>,
  options: OutputOptions,
): { text: string } | { error: string } {
  let data: Json = response;
  if (options.query !== undefined) {
    try {
      data = (jmespath.search(response, options.query) ?? null) as Json;
    } catch (e) {
      return { error: `Bad value for --query ${options.query}: ${(e as Error).message}` };
    }
  } else if (Object.keys(response).length === 0) return { text: '' };
  switch (options.output ?? 'json') {
    case 'text':
      return { text: formatText(data) };
    case 'yaml':
    case 'yaml-stream':
      return { text: formatYaml(data) };
    case 'table':
      return { text: data === null ? '' : formatTable(operation, data) };
    default:
      return { text: JSON.stringify(data, null, 4) };
  }
}

/** What the CLI prints for a response with its default options (`--output json`, paginated). */
export function cliOutput(operation: string, response: Record<string, Json>): string {
  const paged = paginate(operation, response, {});
  const out = 'page' in paged ? formatOutput(operation, paged.page, {}) : paged;
  return 'text' in out ? out.text : out.error;
}

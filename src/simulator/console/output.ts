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

/** `--output table`: the response as nested tables, titled by the operation and the keys. */
export function formatTable(operation: string, data: Json): string {
  const sections: { title: string; rows: string[][]; header?: string[] }[] = [];
  const walk = (title: string, v: Json) => {
    if (isObject(v)) {
      const scalars = Object.entries(v).filter(([, x]) => isScalar(x));
      if (scalars.length > 0)
        sections.push({ title, rows: scalars.map(([k, x]) => [k, pyScalar(x)]) });
      for (const [k, x] of Object.entries(v)) if (!isScalar(x)) walk(k, x);
    } else if (Array.isArray(v)) {
      if (v.every(isScalar)) sections.push({ title, rows: v.map((x) => [pyScalar(x)]) });
      else if (v.every(isObject)) {
        const header = [
          ...new Set(
            v.flatMap((o) =>
              isObject(o) ? Object.keys(o).filter((k) => isScalar(o[k] ?? null)) : [],
            ),
          ),
        ].sort();
        sections.push({
          title,
          header,
          rows: v.map((o) =>
            header.map((k) => (isObject(o) && Object.hasOwn(o, k) ? pyScalar(o[k] ?? null) : '')),
          ),
        });
        for (const o of v)
          if (isObject(o)) for (const [k, x] of Object.entries(o)) if (!isScalar(x)) walk(k, x);
      } else v.forEach((x) => walk(title, x));
    } else sections.push({ title, rows: [[pyScalar(v)]] });
  };
  walk(operation, data);
  const width = Math.max(
    operation.length + 4,
    ...sections.map((s) => {
      const all = s.header ? [s.header, ...s.rows] : s.rows;
      const cols = Math.max(...all.map((r) => r.length), 1);
      const w = Array.from({ length: cols }, (_, i) =>
        Math.max(...all.map((r) => (r[i] ?? '').length)),
      );
      return w.reduce((a, b) => a + b + 3, 1);
    }),
  );
  const out: string[] = [];
  const rule = `+${'-'.repeat(width - 2)}+`;
  const center = (t: string) => {
    const space = width - 2 - t.length;
    const left = Math.floor(space / 2);
    return `|${' '.repeat(left)}${t}${' '.repeat(space - left)}|`;
  };
  for (const s of sections) {
    out.push(rule, center(s.title), rule);
    const all = s.header ? [s.header, ...s.rows] : s.rows;
    const cols = Math.max(...all.map((r) => r.length), 1);
    const w = Array.from({ length: cols }, (_, i) =>
      Math.max(...all.map((r) => (r[i] ?? '').length)),
    );
    const extra = width - w.reduce((a, b) => a + b + 3, 1);
    const last = cols - 1;
    const line = (r: string[], centered: boolean) =>
      `|${r
        .map((c, i) => {
          const cw = (w[i] ?? 0) + (i === last ? extra : 0);
          if (!centered) return ` ${c.padEnd(cw)} `;
          const l = Math.floor((cw - c.length) / 2);
          return ` ${' '.repeat(l)}${c}${' '.repeat(cw - c.length - l)} `;
        })
        .join('|')}|`;
    if (s.header) out.push(line(s.header, true), rule);
    for (const r of s.rows) out.push(line(r, false));
    out.push(rule);
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

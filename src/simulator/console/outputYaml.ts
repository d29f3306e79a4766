/** `--output yaml`: the AWS CLI's YAML dumper. */
import type { Json } from '../../scenario/types';
import { isObject, isScalar } from './outputValues';

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

/**
 * Option values as the AWS CLI reads them: shorthand syntax (`k=v,k2=v2`, `TagKey=a,TagValue=b`,
 * `EncryptionContextSubset={k=v}`) or JSON, and `file://` / `fileb://` parameter files.
 */
import type { Json } from '../../scenario/types';
import { isBase64, textToBase64 } from '../base64';
import type { OptionType } from './options';
import { ownValue } from '../../engine';

/**
 * How blob options read literal text (AWS CLI v2 `cli_binary_format`): `base64` (v2's default:
 * the text is base64) or `raw-in-base64-out` (the text's UTF-8 bytes are sent).
 */
export type BinaryFormat = 'base64' | 'raw-in-base64-out';

/**
 * AWS CLI v2 migration guide (cliv2-migration, "AWS CLI version 2 now passes binary parameters as
 * base64-encoded strings by default"): a blob option's value as the API's base64: `fileb://` sends the file's bytes as they are; literal
 * text (and `file://` text) is base64 under v2's default, raw text under raw-in-base64-out.
 */
function blobValue(text: string, binary: boolean, format: BinaryFormat): Parsed {
  if (binary || format === 'raw-in-base64-out') return { value: textToBase64(text) };
  const trimmed = text.trim();
  return isBase64(trimmed) ? { value: trimmed } : { error: `Invalid base64: "${text}"` };
}

/** Files the console can read (`file://name`, `fileb://name`), e.g. documents in the editor. */
export type FileStore = Readonly<Record<string, string>>;

/** A value or an error message in the CLI's words. */
export type Parsed = { value: Json } | { error: string };

function pairs(text: string, option: string): Parsed {
  const out: [string, Json][] = [];
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0)
      return {
        error: `Error parsing parameter '--${option}': Expected: '=', received: '${part}' for input: ${text}`,
      };
    out.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return { value: Object.fromEntries(out) };
}

function json(text: string, option: string): Parsed {
  try {
    return { value: JSON.parse(text) as Json };
  } catch {
    return { error: `Error parsing parameter '--${option}': Invalid JSON: ${text}` };
  }
}

/** Reads a `file://` or `fileb://` parameter (AWS CLI: "Loading parameters from a file"). */
function paramFile(text: string, files: FileStore, option: string): Parsed | null {
  const m = /^fileb?:\/\/(.*)$/.exec(text);
  if (!m) return null;
  const name = m[1] ?? '';
  const content = ownValue(files, name);
  return content === undefined
    ? {
        error: `Error parsing parameter '--${option}': Unable to load paramfile ${text}: [Errno 2] No such file or directory: '${name}'`,
      }
    : { value: content };
}

/** Converts an option's raw words to its parameter value. */
export function optionValue(
  type: OptionType,
  words: string[],
  option: string,
  files: FileStore,
  format: BinaryFormat = 'base64',
): Parsed {
  const text = words.join(' ');
  const file = paramFile(text, files, option);
  if (file && 'error' in file) return file;
  const raw = file ? (file.value as string) : text;
  const isJson = /^\s*[[{]/.test(raw);
  switch (type) {
    case 'flag':
      return { value: true };
    case 'blob':
      return blobValue(raw, text.startsWith('fileb://'), format);
    case 'string':
    case 'document':
      return { value: raw };
    case 'integer': {
      if (!/^-?\d+$/.test(raw))
        return { error: `invalid literal for int() with base 10: '${raw}'` };
      return { value: Number(raw) };
    }
    case 'list':
      return isJson && !file ? json(raw, option) : { value: file ? raw.split(/\s+/) : words };
    case 'map':
      return isJson ? json(raw, option) : pairs(raw, option);
    case 'tags': {
      if (isJson) return json(raw, option);
      const tags: Json[] = [];
      for (const w of words) {
        const p = pairs(w, option);
        if ('error' in p) return p;
        tags.push(p.value);
      }
      return { value: tags };
    }
    case 'constraints': {
      if (isJson) return json(raw, option);
      const m = /^(EncryptionContextSubset|EncryptionContextEquals)=\{(.*)\}$/.exec(raw);
      if (!m)
        return {
          error: `Error parsing parameter '--${option}': Expected EncryptionContextSubset={k=v} or EncryptionContextEquals={k=v}, received: ${raw}`,
        };
      const inner = pairs(m[2] ?? '', option);
      return 'error' in inner ? inner : { value: { [m[1] ?? '']: inner.value } };
    }
  }
}

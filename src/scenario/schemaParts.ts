import { MAX_STRING_LENGTH } from './limits';

/** Small builders for the JSON Schema definitions, so that each definition reads as a table. */

export const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
export const str = (description: string) => ({
  type: 'string',
  maxLength: MAX_STRING_LENGTH,
  description,
});
export const strings = (description: string) => ({
  type: 'array',
  items: { type: 'string' },
  default: [],
  description,
});
export const list = (name: string, description: string) => ({
  type: 'array',
  items: ref(name),
  default: [],
  description,
});
/** An object of string values; `{}` when absent unless `optional` (then absent stays absent). */
export const stringMap = (description: string, optional = false) => ({
  type: 'object',
  additionalProperties: { type: 'string' },
  ...(optional ? {} : { default: {} }),
  description,
});

/** Values as the AWS CLI's formatters (Python) see them. */
import type { Json } from '../../scenario/types';

/** Python's `str()` of a JSON scalar, as the text and table output print it. */
export const pyScalar = (v: Json): string =>
  v === true ? 'True' : v === false ? 'False' : v === null ? 'None' : String(v);

export const isObject = (v: Json): v is { [k: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
export const isScalar = (v: Json): boolean => v === null || typeof v !== 'object';

/** `--output text`: the AWS CLI's text formatter (awscli/text.py). */
import type { Json } from '../../scenario/types';
import { isObject, isScalar, pyScalar } from './outputValues';

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

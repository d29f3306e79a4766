/**
 * The response as botocore's parser hands it to the AWS CLI: the members of the operation's output
 * shape in model order (the order the CLI prints them in), null ones dropped. botocore also drops a
 * member its model lacks; the simulator follows the current API reference, which has members newer
 * than the CLI's model (ListGrants' GranteeServicePrincipal), so those are kept, after the model's:
 * what a CLI with a newer model prints.
 */
import type { Json } from '../../scenario/types';
import { ownValue } from '../../engine';
import { OUTPUT_MODEL, OUTPUT_SHAPES } from './outputModel';
import { isObject } from './outputValues';

function parseShape(name: string, value: Json): Json {
  const shape = ownValue(OUTPUT_MODEL, name);
  if (!shape) return value;
  if (shape.type === 'structure' && isObject(value)) {
    const out: Record<string, Json> = {};
    const members = shape.members ?? [];
    for (const [member, memberShape] of members) {
      const v = ownValue(value, member);
      if (v !== undefined && v !== null) out[member] = parseShape(memberShape, v);
    }
    // Members of a newer API than the model (GranteeServicePrincipal): kept, after the others.
    for (const [member, v] of Object.entries(value))
      if (v !== null && !members.some(([m]) => m === member)) out[member] = v;
    return out;
  }
  if (shape.type === 'list' && Array.isArray(value) && shape.member)
    return value.map((v) => parseShape(shape.member ?? '', v));
  if (shape.type === 'map' && isObject(value) && shape.value) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: parseShape(shape.value, v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

/** `response` as the CLI sees it after botocore parsed it with the KMS model. */
export function parsedResponse(
  operation: string,
  response: Record<string, Json>,
): Record<string, Json> {
  const shape = ownValue(OUTPUT_SHAPES, operation);
  if (shape === undefined) return response;
  if (shape === '') return {};
  const parsed = parseShape(shape, response);
  return isObject(parsed) ? parsed : {};
}

/**
 * A deliberately small JSON Schema checker for tests: just the keywords `scenarioSchema` uses
 * (`$ref` into `$defs`, type, const, enum, required, properties, additionalProperties, items,
 * anyOf, not, maxItems, minLength, maxLength). No schema library is installed, and this is
 * enough to check that the schema and the validator agree on real files.
 */

type Schema = { [keyword: string]: unknown };

/** Problems found, as `path: message` strings; empty when the value conforms. */
export function checkSchema(value: unknown, root: Schema): string[] {
  const problems: string[] = [];
  visit(value, root, root, '$', problems);
  return problems;
}

function visit(value: unknown, schema: Schema, root: Schema, path: string, out: string[]): void {
  const fail = (problem: string) => out.push(`${path}: ${problem}`);
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/$defs/', '');
    const target = (root['$defs'] as Record<string, Schema>)[name];
    if (!target) throw new Error(`unresolved $ref ${schema['$ref']}`);
    visit(value, target, root, path, out);
  }
  if ('const' in schema && value !== schema['const']) fail('not the constant');
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) fail('not in enum');
  if (typeof schema['type'] === 'string' && !hasType(value, schema['type'])) {
    fail(`expected ${schema['type']}`);
    return;
  }
  const anyOf = (schema['anyOf'] as Schema[] | undefined) ?? [];
  if (anyOf.length > 0 && !anyOf.some((b) => conforms(value, b, root))) {
    fail('matches no anyOf branch');
  }
  if (isSchema(schema['not']) && conforms(value, schema['not'], root)) {
    fail('matches a "not" schema');
  }
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  if (length !== undefined) {
    if (length > num(schema['maxLength'], Infinity)) fail('too long');
    if (length < num(schema['minLength'], 0)) fail('too short');
    if (length > num(schema['maxItems'], Infinity)) fail('too many items');
  }
  const items = schema['items'];
  if (Array.isArray(value) && isSchema(items)) {
    value.forEach((item, i) => visit(item, items, root, `${path}[${i}]`, out));
  }
  if (isSchema(value)) visitObject(value, schema, root, path, out);
}

function visitObject(
  value: Schema,
  schema: Schema,
  root: Schema,
  path: string,
  out: string[],
): void {
  for (const name of (schema['required'] as string[] | undefined) ?? []) {
    if (!(name in value)) out.push(`${path}.${name}: required`);
  }
  const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
  const additional = schema['additionalProperties'];
  for (const [name, child] of Object.entries(value)) {
    const childSchema = properties[name] ?? (isSchema(additional) ? additional : undefined);
    if (childSchema) visit(child, childSchema, root, `${path}.${name}`, out);
    else if (additional === false) out.push(`${path}.${name}: not allowed`);
  }
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function conforms(value: unknown, schema: Schema, root: Schema): boolean {
  const out: string[] = [];
  visit(value, schema, root, '$', out);
  return out.length === 0;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isSchema(value);
  if (type === 'null') return value === null;
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

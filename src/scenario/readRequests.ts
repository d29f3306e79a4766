import { DECISIONS, OUTCOMES } from './enums';
import { stringList, stringMap } from './fieldCollections';
import {
  addString,
  asObject,
  checkFields,
  optBoolean,
  optEnum,
  reqString,
  type Obj,
  type Path,
  type ReadContext,
} from './fields';
import { describeType } from './issues';
import { readDocument, readDocumentField } from './policyDocument';
import type { ContextValue, Expectation, Json, Request } from './types';

export const REQUEST_FIELDS = [
  'id',
  'principal',
  'action',
  'key',
  'encryptionContext',
  'grantTokens',
  'sessionPolicy',
  'viaVpcEndpoint',
  'context',
  'deriveContext',
  'parameters',
  'expect',
] as const;
export const EXPECT_FIELDS = ['outcome', 'decision'] as const;
export const CIPHERTEXT_FIELDS = ['key', 'encryptionContext'] as const;

/** Placeholder for an item that is not an object (the decode fails anyway). */
const EMPTY_REQUEST: Request = {
  principal: '',
  action: '',
  grantTokens: [],
  context: {},
  deriveContext: true,
  parameters: {},
};

/** `requests[]`: one KMS API call to evaluate. */
export function readRequest(ctx: ReadContext, value: unknown, path: Path): Request {
  const obj = asObject(ctx, value, path, 'a request { "principal", "action", "key", ... }');
  if (!obj) return { ...EMPTY_REQUEST };
  checkFields(ctx, obj, path, REQUEST_FIELDS, 'a request');
  const request: Request = {
    principal: reqString(ctx, obj, 'principal', path, 'a string (an IAM ARN or service principal)'),
    action: reqString(ctx, obj, 'action', path, 'a string (an IAM action such as "kms:Decrypt")'),
    grantTokens: stringList(ctx, obj, 'grantTokens', path, 'grant tokens (strings)'),
    context: readContextKeys(ctx, obj, path),
    deriveContext: optBoolean(ctx, obj, 'deriveContext', path, true),
    parameters: readParameters(ctx, obj, path),
  };
  addString(ctx, obj, path, request, 'id');
  addString(
    ctx,
    obj,
    path,
    request,
    'key',
    'a string (a key id, key ARN, alias name or alias ARN)',
  );
  addString(
    ctx,
    obj,
    path,
    request,
    'viaVpcEndpoint',
    'a string (a VPC endpoint id such as "vpce-0abc")',
  );
  const encryptionContext = stringMap(ctx, obj, 'encryptionContext', path, 'an encryption context');
  if (encryptionContext !== undefined) request.encryptionContext = encryptionContext;
  const sessionPolicy = readDocumentField(ctx, obj, 'sessionPolicy', path, 'session policy', false);
  if (sessionPolicy !== undefined) request.sessionPolicy = sessionPolicy;
  if (obj['expect'] !== undefined) {
    const expectation = readExpectation(ctx, obj['expect'], [...path, 'expect']);
    if (expectation) request.expect = expectation;
  }
  return request;
}

/** Request context keys: strings, numbers, booleans or arrays of strings. */
function readContextKeys(ctx: ReadContext, obj: Obj, path: Path): Record<string, ContextValue> {
  if (obj['context'] === undefined) return {};
  const contextPath = [...path, 'context'];
  const map = asObject(ctx, obj['context'], contextPath, 'an object of request context keys');
  if (!map) return {};
  const entries: [string, ContextValue][] = [];
  for (const [name, value] of Object.entries(map)) {
    if (value === undefined) continue;
    if (isContextValue(value)) {
      entries.push([name, value]);
      continue;
    }
    const got = Array.isArray(value) ? 'an array holding a non-string' : describeType(value);
    ctx.issues.error(
      [...contextPath, name],
      'WrongType',
      `expected a string, number, boolean or array of strings, got ${got}`,
    );
  }
  return Object.fromEntries(entries);
}

function isContextValue(value: unknown): value is ContextValue {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * KMS API parameters in AWS's spelling. They stay free-form JSON; only the two with a shape of
 * our own are read: `Policy` (a policy document, possibly as a string) and `CiphertextBlob`
 * (what the ciphertext was made with).
 */
function readParameters(ctx: ReadContext, obj: Obj, path: Path): Record<string, Json> {
  if (obj['parameters'] === undefined) return {};
  const paramsPath = [...path, 'parameters'];
  const params = asObject(ctx, obj['parameters'], paramsPath, 'an object of KMS API parameters');
  if (!params) return {};
  const entries: [string, Json][] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const where = [...paramsPath, name];
    if (name === 'Policy') entries.push([name, readDocument(ctx, value, where, 'new key policy')]);
    else if (name === 'CiphertextBlob') entries.push([name, readCiphertext(ctx, value, where)]);
    else entries.push([name, value as Json]);
  }
  return Object.fromEntries(entries);
}

function readCiphertext(ctx: ReadContext, value: unknown, path: Path): Json {
  const obj = asObject(
    ctx,
    value,
    path,
    'a description of the ciphertext { "key", "encryptionContext" }',
  );
  if (!obj) return {};
  checkFields(ctx, obj, path, CIPHERTEXT_FIELDS, 'a ciphertext description');
  return {
    key: reqString(ctx, obj, 'key', path, 'a string (the key id or ARN that encrypted the data)'),
    encryptionContext:
      stringMap(ctx, obj, 'encryptionContext', path, 'an encryption context') ?? {},
  };
}

function readExpectation(ctx: ReadContext, value: unknown, path: Path): Expectation | undefined {
  const obj = asObject(ctx, value, path, 'an expectation { "outcome", "decision" }');
  if (!obj) return undefined;
  checkFields(ctx, obj, path, EXPECT_FIELDS, 'an expectation');
  const expectation: Expectation = {};
  const outcome = optEnum(ctx, obj, 'outcome', path, OUTCOMES, 'a KMS outcome');
  const decision = optEnum(ctx, obj, 'decision', path, DECISIONS, 'a decision');
  if (outcome !== undefined) expectation.outcome = outcome;
  if (decision !== undefined) expectation.decision = decision;
  return expectation;
}

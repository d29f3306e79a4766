/** Generators for requests: operations, key references, parameters and context values. Test-only. */
import fc from 'fast-check';
import type {
  ContextValue,
  Json,
  Key,
  Principal,
  Request,
  VpcEndpoint,
} from '../../../scenario/types';
import { API_OPERATIONS, GRANT_OPERATIONS } from '../../catalog/operations';
import { A1, A2, group, KEY_ARNS, w, maybe, compact, anyJson } from './vocabulary';
import { documentArb } from './statements';
import { type Mode, callerArb, ecArb } from './parts';

export const ACTIONS: string[] = API_OPERATIONS.map((o) => `kms:${o}`);
/** Operations that take a key, weighted up: they reach the key policy. */
export const KEY_ACTIONS = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncrypt',
  'kms:CreateGrant',
  'kms:RetireGrant',
  'kms:RevokeGrant',
  'kms:PutKeyPolicy',
  'kms:DescribeKey',
  'kms:Sign',
  'kms:ScheduleKeyDeletion',
  'kms:CreateAlias',
];

export function actionArb(m: Mode): fc.Arbitrary<string> {
  const g = m.garbage;
  return fc.oneof(
    w(8, fc.constantFrom(...KEY_ACTIONS)),
    w(6, fc.constantFrom(...ACTIONS)),
    w(
      1,
      fc.constantFrom(
        'KMS:decrypt',
        'kms:reencrypt',
        's3:GetObject',
        'kms:NoSuchOperation',
        'kms:ReEncryptFrom',
      ),
    ),
    w(g ? 1 : 0, fc.string({ maxLength: 20 })),
  );
}

export function keyRefArb(keys: Key[], m: Mode): fc.Arbitrary<string> {
  const g = m.garbage;
  const arns = keys.map((k) => k.arn);
  const good = fc.oneof(
    w(10, fc.constantFrom(...arns)),
    w(2, fc.constantFrom(...arns.map((a) => a.slice(a.indexOf(':key/') + 5)))),
    w(2, fc.constantFrom('alias/app', ...keys.flatMap((k) => k.aliases))),
    w(
      1,
      fc.constantFrom(
        `arn:aws:kms:us-east-1:${A1}:alias/app`,
        `arn:aws:kms:us-east-1:${A2}:alias/app`,
      ),
    ),
    w(1, fc.constantFrom(...KEY_ARNS)),
  );
  return g ? fc.oneof(w(8, good), w(1, fc.string({ maxLength: 30 }))) : good;
}

export const PARAM_NAMES = [
  'Operations',
  'Constraints',
  'CiphertextBlob',
  'DestinationKeyId',
  'DestinationEncryptionContext',
  'GrantId',
  'GrantToken',
  'Policy',
  'GranteePrincipal',
  'RetiringPrincipal',
  'BypassPolicyLockoutSafetyCheck',
  'PendingWindowInDays',
  'RotationPeriodInDays',
  'Tags',
  'TagKeys',
  'AliasName',
  'TargetKeyId',
  'EncryptionAlgorithm',
  'KeySpec',
  'SigningAlgorithm',
];

/** Parameters in AWS's spelling for the operation (kms-semantics 2.7, 1.6). */
export function parametersArb(
  action: string,
  keys: Key[],
  m: Mode,
): fc.Arbitrary<Record<string, Json>> {
  const g = m.garbage;
  const keyRef = keyRefArb(keys, m);
  const api = action.toLowerCase() === 'kms:reencrypt' ? 'ReEncrypt' : action.replace(/^kms:/i, '');
  const blob = fc.record({ key: keyRef, encryptionContext: ecArb }).map((b) => compact(b));
  const grantOps = fc.subarray([...GRANT_OPERATIONS, 'Frobnicate'], { minLength: 1, maxLength: 3 });
  const constraints = fc.oneof(
    ecArb.map((e) => ({ EncryptionContextEquals: e })),
    ecArb.map((e) => ({ EncryptionContextSubset: e })),
  );
  const base: fc.Arbitrary<Record<string, Json | undefined>> = (() => {
    switch (api) {
      case 'ReEncrypt':
        return fc.record({
          DestinationKeyId: maybe(keyRef, 8),
          DestinationEncryptionContext: maybe(ecArb, 1),
          CiphertextBlob: maybe(blob, 1),
        });
      case 'Decrypt':
        return fc.record({
          CiphertextBlob: maybe(blob, 2),
          EncryptionAlgorithm: maybe(fc.constantFrom('SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_256'), 1),
        });
      case 'CreateGrant':
        return fc.record({
          GranteePrincipal: maybe(
            fc.oneof(
              w(6, callerArb(m)),
              w(1, fc.constantFrom(group(A1, 'Devs'), 'ec2.amazonaws.com')),
            ),
            8,
          ),
          Operations: maybe(grantOps, 8),
          RetiringPrincipal: maybe(callerArb(m), 1),
          Constraints: maybe(constraints, 1),
        });
      case 'RetireGrant':
      case 'RevokeGrant':
        return fc.record({
          GrantId: maybe(fc.constantFrom('g0', 'g1', 'g2', 'g9'), 4),
          GrantToken: maybe(fc.constantFrom('tok-0', 'tok-1', 'tok-9'), 1),
        });
      case 'PutKeyPolicy':
      case 'CreateKey':
        return fc.record({
          Policy: maybe(
            documentArb('key', { account: A1, garbage: g, permissive: m.permissive }),
            api === 'PutKeyPolicy' ? 8 : 1,
          ),
          BypassPolicyLockoutSafetyCheck: maybe(fc.boolean(), 1),
          KeySpec:
            api === 'CreateKey'
              ? maybe(fc.constantFrom('RSA_2048', 'SYMMETRIC_DEFAULT'), 1)
              : fc.constant(undefined),
        });
      case 'ScheduleKeyDeletion':
        return fc.record({ PendingWindowInDays: maybe(fc.constantFrom(3, 7, 30, 31), 2) });
      case 'EnableKeyRotation':
        return fc.record({ RotationPeriodInDays: maybe(fc.constantFrom(30, 90, 365, 2561), 2) });
      case 'CreateAlias':
      case 'UpdateAlias':
      case 'DeleteAlias':
        return fc.record({
          AliasName: maybe(fc.constantFrom('alias/new', 'alias/app'), 3),
          TargetKeyId: maybe(keyRef, 2),
        });
      case 'Sign':
      case 'Verify':
        return fc.record({
          SigningAlgorithm: maybe(fc.constant('RSASSA_PSS_SHA_256'), 1),
          MessageType: maybe(fc.constantFrom('RAW', 'DIGEST'), 1),
        });
      case 'TagResource':
        return fc.record({ Tags: fc.constant([{ TagKey: 'Project', TagValue: 'x' }]) });
      case 'UntagResource':
        return fc.record({ TagKeys: fc.constant(['Project']) });
      default:
        return fc.constant({});
    }
  })();
  const params = base.map((p) => compact(p) as Record<string, Json>);
  if (!g) return params;
  return fc
    .tuple(params, fc.dictionary(fc.constantFrom(...PARAM_NAMES), anyJson(2), { maxKeys: 3 }))
    .map(([p, junk]) => ({ ...p, ...junk }));
}

export const CONTEXT_ENTRIES: [string, ContextValue][] = [
  ['aws:SourceIp', '10.1.2.3'],
  ['aws:SourceIp', '192.0.2.7'],
  ['aws:SourceIp', '2001:db8::5'],
  ['kms:ViaService', 'ec2.us-east-1.amazonaws.com'],
  ['aws:CurrentTime', '2025-06-01T00:00:00Z'],
  ['aws:CurrentTime', '2031-01-01T00:00:00Z'],
  ['kms:GrantIsForAWSResource', true],
  ['aws:PrincipalOrgID', 'o-abc'],
  ['aws:MultiFactorAuthPresent', true],
  ['aws:MultiFactorAuthPresent', false],
  ['aws:CalledVia', ['athena.amazonaws.com']],
  ['aws:ViaAWSService', true],
  ['kms:CallerAccount', A2],
  // S13: a supplied aws:SourceVpce names the endpoint whose policy then applies.
  ['aws:SourceVpce', 'vpce-1'],
];

export const contextValueArb: fc.Arbitrary<ContextValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 3_000_000_000 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);

export function contextArb(m: Mode): fc.Arbitrary<Record<string, ContextValue>> {
  const g = m.garbage;
  const good = fc.subarray(CONTEXT_ENTRIES, { maxLength: 3 }).map((es) => Object.fromEntries(es));
  if (!g) return good;
  const keys = fc.oneof(
    fc.constantFrom(
      ...CONTEXT_ENTRIES.map(([k]) => k),
      'aws:EpochTime',
      'kms:EncryptionContextKeys',
      'kms:EncryptionContext:dept',
      'aws:PrincipalArn',
    ),
    fc.string({ maxLength: 10 }),
  );
  return fc
    .tuple(good, fc.dictionary(keys, contextValueArb, { maxKeys: 3 }))
    .map(([a, b]) => ({ ...a, ...b }));
}

export function requestArb(
  keys: Key[],
  endpoints: VpcEndpoint[],
  principals: Principal[],
  m: Mode,
): fc.Arbitrary<Request> {
  const g = m.garbage;
  return actionArb(m).chain((action) =>
    fc
      .record({
        principal: callerArb(m, principals),
        key: fc.oneof(w(12, keyRefArb(keys, m)), w(1, fc.constant(undefined))),
        encryptionContext: maybe(ecArb, 1),
        grantTokens: fc.oneof(
          w(4, fc.constant([])),
          w(1, fc.subarray(['tok-0', 'tok-1', 'tok-bogus'], { minLength: 1 })),
        ),
        sessionPolicy: maybe(documentArb('session', { garbage: g, permissive: m.permissive }), 3),
        viaVpcEndpoint:
          endpoints.length > 0
            ? maybe(fc.constantFrom(...endpoints.map((e) => e.id)), 1)
            : fc.constant(undefined),
        context: contextArb(m),
        deriveContext: fc.oneof(w(12, fc.constant(true)), w(1, fc.constant(false))),
        parameters: parametersArb(action, keys, m),
        expect: maybe(
          fc
            .record({
              outcome: maybe(
                fc.constantFrom('Allowed', 'AccessDeniedException', 'DisabledException'),
                1,
              ),
              decision: maybe(
                fc.constantFrom<'Allow' | 'ExplicitDeny' | 'ImplicitDeny'>(
                  'Allow',
                  'ExplicitDeny',
                  'ImplicitDeny',
                ),
                1,
              ),
            })
            .map((e) => compact(e)),
          4,
        ),
      })
      .map((r) => compact({ action, ...r }) as Request),
  );
}

export function endpointsArb(m: Mode): fc.Arbitrary<VpcEndpoint[]> {
  const g = m.garbage;
  return fc.oneof(
    w(2, fc.constant<VpcEndpoint[]>([])),
    w(
      1,
      maybe(documentArb('vpce', { garbage: g, permissive: m.permissive }), 3).map((policy) => [
        compact({ id: 'vpce-1', policy }) as VpcEndpoint,
      ]),
    ),
  );
}

/**
 * kms:GetKeyLastUsage (S53 API_GetKeyLastUsage) and kms:SynchronizeMultiRegionKey (S54
 * multi-region-auth-slr; S42 lists both as KMS actions on a key).
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../evaluate';
import {
  OTHER_ACCOUNT,
  ALICE,
  doc,
  enableIam,
  key,
  request,
  run,
  scenario,
  withPolicy,
} from '../testing/build';
import { KMS_ACTIONS, findOperation } from '../catalog/operations';

const OUTSIDER = `arn:aws:iam::${OTHER_ACCOUNT}:user/Carol`;

describe('kms:GetKeyLastUsage (S53)', () => {
  it('is a key-policy permission: the key policy alone allows it, "kms:Get*" covers it (S53)', () => {
    const r = run({
      keys: [
        key({
          policy: doc({
            Sid: 'Read',
            Effect: 'Allow',
            Principal: { AWS: ALICE },
            Action: 'kms:Get*',
            Resource: '*',
          }),
        }),
      ],
      requests: [request({ action: 'kms:GetKeyLastUsage' })],
    });
    expect(r.outcome).toBe('Allowed');
    expect(r.deciding[0]?.statement).toBe('Read');
  });

  it('without an allow, the message names the action (S53, S20)', () => {
    const r = run({ requests: [request({ action: 'kms:GetKeyLastUsage' })] });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.message).toContain('is not authorized to perform: kms:GetKeyLastUsage');
  });

  it('cannot be called on a key in another account, whatever the policies say (S53 "Cross-account use: No")', () => {
    const r = run({
      keys: [
        key({
          policy: doc(enableIam(), {
            Sid: 'Outsider',
            Effect: 'Allow',
            Principal: { AWS: OUTSIDER },
            Action: 'kms:*',
            Resource: '*',
          }),
        }),
      ],
      principals: [
        withPolicy(OUTSIDER, { Effect: 'Allow', Action: 'kms:GetKeyLastUsage', Resource: '*' }),
      ],
      requests: [request({ principal: OUTSIDER, action: 'kms:GetKeyLastUsage' })],
    });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(findOperation('GetKeyLastUsage')?.crossAccount).toBe(false);
  });

  it('answers in every key state: its API page lists no KMSInvalidStateException (S53)', () => {
    for (const state of ['Disabled', 'PendingDeletion', 'PendingImport'] as const) {
      const r = run({
        keys: [key({ state })],
        principals: [
          withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:GetKeyLastUsage', Resource: '*' }),
        ],
        requests: [request({ action: 'kms:GetKeyLastUsage' })],
      });
      expect(r.outcome, state).toBe('Allowed');
    }
  });
});

describe('kms:SynchronizeMultiRegionKey (S54)', () => {
  it('is a KMS action a policy may name without an UnknownAction warning (S54, S42)', () => {
    expect(KMS_ACTIONS).toContain('kms:SynchronizeMultiRegionKey');
    const { diagnostics } = evaluateScenario(
      scenario({
        keys: [
          key({
            policy: doc(enableIam(), {
              Sid: 'Sync',
              Effect: 'Allow',
              Principal: { AWS: ALICE },
              Action: 'kms:SynchronizeMultiRegionKey',
              Resource: '*',
            }),
          }),
        ],
      }),
    );
    expect(diagnostics.filter((d) => d.code === 'UnknownAction')).toEqual([]);
  });

  it('is taken by no API operation: only AWS KMS uses it, so a request for it is UnknownAction (S54)', () => {
    expect(findOperation('SynchronizeMultiRegionKey')).toBeUndefined();
    const { diagnostics } = evaluateScenario(
      scenario({ requests: [request({ action: 'kms:SynchronizeMultiRegionKey' })] }),
    );
    expect(diagnostics.some((d) => d.code === 'UnknownAction' && d.severity === 'error')).toBe(
      true,
    );
  });

  it('a "kms:Synchronize*" wildcard matches it (S54, S26)', () => {
    const { diagnostics } = evaluateScenario(
      scenario({
        keys: [
          key({
            policy: doc(enableIam(), {
              Sid: 'Sync',
              Effect: 'Allow',
              Principal: { AWS: ALICE },
              Action: 'kms:Synchronize*',
              Resource: '*',
            }),
          }),
        ],
      }),
    );
    expect(diagnostics.filter((d) => d.code === 'UnknownAction')).toEqual([]);
  });
});

/**
 * VPC endpoint policies (kms-semantics 1.2 steps 3 and 7): S13 kms-vpc-endpoint, S36 aws:SourceVpce,
 * S20 access-denied messages.
 */
import { describe, expect, it } from 'vitest';
import { ALICE, KEY_ARN, doc, key, request, run, withPolicy } from '../testing/build';

const aliceIam = withPolicy(ALICE, {
  Sid: 'AliceKms',
  Effect: 'Allow',
  Action: 'kms:*',
  Resource: '*',
});
const msg = (who: string, tail: string) =>
  `User: ${who} is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} ${tail}`;

/** A key policy allowing Alice only through endpoint vpce-1. */
const viaVpcePolicy = () =>
  doc({
    Sid: 'ViaVpce',
    Effect: 'Allow',
    Principal: { AWS: ALICE },
    Action: 'kms:*',
    Resource: '*',
    Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
  });

describe('VPC endpoint policies (S13)', () => {
  const viaEndpoint = (policy?: Record<string, unknown>[]) =>
    run({
      principals: [aliceIam],
      vpcEndpoints: [policy ? { id: 'vpce-1', policy: doc(...policy) } : { id: 'vpce-1' }],
      requests: [request({ viaVpcEndpoint: 'vpce-1' })],
    });
  const ep = (effect: string, action: string, Sid = 'Ep') => ({
    Sid,
    Effect: effect,
    Principal: '*',
    Action: action,
    Resource: '*',
  });

  it('an endpoint without a policy has the default full-access policy (S13)', () => {
    const r = viaEndpoint();
    expect(r.outcome).toBe('Allowed');
    expect(r.trace.some((s) => s.rule === 'vpcEndpointGate')).toBe(false);
  });

  it('an endpoint policy with no matching allow: ImplicitDeny "no VPC endpoint policy allows" (S13, S20)', () => {
    const r = viaEndpoint([ep('Allow', 'kms:Encrypt')]);
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.message).toBe(
      msg(ALICE, 'because no VPC endpoint policy allows the kms:Decrypt action'),
    );
    expect(r.trace.find((s) => s.rule === 'vpcEndpointGate')?.outcome).toBe('implicitDeny');
  });

  it('an endpoint policy allow passes the gate but grants nothing on its own (S13)', () => {
    expect(viaEndpoint([ep('Allow', 'kms:*')]).outcome).toBe('Allowed');
    const r = run({
      vpcEndpoints: [{ id: 'vpce-1', policy: doc(ep('Allow', 'kms:*')) }],
      requests: [request({ viaVpcEndpoint: 'vpce-1' })],
    });
    expect(r.message).toBe(
      msg(ALICE, 'because no identity-based policy allows the kms:Decrypt action'),
    );
  });

  it('aws:SourceVpce is present only for requests through the endpoint (S13, S36)', () => {
    const kp = viaVpcePolicy();
    const via = run({
      keys: [key({ policy: kp })],
      vpcEndpoints: [{ id: 'vpce-1' }],
      requests: [request({ viaVpcEndpoint: 'vpce-1' })],
    });
    expect(via.outcome).toBe('Allowed');
    const direct = run({ keys: [key({ policy: kp })], vpcEndpoints: [{ id: 'vpce-1' }] });
    expect(direct.decision).toBe('ImplicitDeny');
  });

  it('a Deny in the endpoint policy is an explicit deny in a VPC endpoint policy (S13, S20)', () => {
    const r = viaEndpoint([ep('Allow', 'kms:*', 'All'), ep('Deny', 'kms:Decrypt', 'NoDecrypt')]);
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.message).toBe(msg(ALICE, 'with an explicit deny in a VPC endpoint policy'));
    expect(r.deciding).toEqual([
      { document: 'vpce:vpce-1', statement: 'NoDecrypt', path: ['Statement', 1] },
    ]);
  });

  it('a request naming the endpoint by aws:SourceVpce meets its policy in any spelling of the key (S36: condition keys are case-insensitive)', () => {
    const kp = viaVpcePolicy();
    for (const spelling of [
      'aws:SourceVpce',
      'aws:sourcevpce',
      'AWS:SOURCEVPCE',
      'aws:sourceVpce',
    ]) {
      const r = run({
        keys: [key({ policy: kp })],
        vpcEndpoints: [
          {
            id: 'vpce-1',
            policy: doc(ep('Allow', 'kms:*', 'All'), ep('Deny', 'kms:Decrypt', 'No')),
          },
        ],
        requests: [request({ context: { [spelling]: 'vpce-1' } })],
      });
      expect(r.decision, spelling).toBe('ExplicitDeny');
      expect(r.deciding[0]?.document, spelling).toBe('vpce:vpce-1');
    }
  });
});

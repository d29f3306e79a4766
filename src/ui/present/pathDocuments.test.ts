import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { decodeScenarioValue } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import { MAX_PATH_STATEMENTS, pathDocuments } from './pathDocuments';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;

function scenario(statements: unknown[], encryptionContext = {}): Scenario {
  const decoded = decodeScenarioValue({
    format: 'kms-playground/scenario',
    version: 1,
    principals: [{ arn: ALICE, name: 'Alice' }],
    keys: [{ arn: KEY, policy: { Version: '2012-10-17', Statement: statements } }],
    requests: [{ principal: ALICE, action: 'kms:Decrypt', key: KEY, encryptionContext }],
  });
  if (!decoded.ok) throw new Error('does not decode');
  return decoded.scenario;
}

const allow = (sid: string, principal: string, extra = {}) => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { AWS: principal },
  Action: 'kms:Decrypt',
  Resource: '*',
  ...extra,
});

function docs(s: Scenario) {
  return pathDocuments(evaluateScenario(s).results[0]!, s);
}

describe('documents on the decision path', () => {
  it('shows the deciding statement and leaves out statements for other principals', () => {
    const s = scenario([
      allow('ForBob', `arn:aws:iam::${ACCOUNT}:user/Bob`),
      allow('ForAlice', ALICE),
    ]);
    const [doc, ...rest] = docs(s);
    expect(rest).toEqual([]);
    expect(doc?.title).toBe('The key policy');
    expect(doc?.statements).toEqual([
      expect.objectContaining({ label: 'Statement "ForAlice"', outcome: 'match', deciding: true }),
    ]);
    expect(JSON.parse(doc!.statements[0]!.json)).toMatchObject({ Sid: 'ForAlice' });
  });

  it('shows the near miss that named the caller but failed its condition', () => {
    const cond = { Condition: { StringEquals: { 'kms:EncryptionContext:t': 'a' } } };
    const s = scenario([allow('AliceIfTenantA', ALICE, cond)], { t: 'b' });
    expect(docs(s)[0]?.statements).toEqual([
      expect.objectContaining({
        label: 'Statement "AliceIfTenantA"',
        outcome: 'noMatch',
        deciding: false,
      }),
    ]);
  });

  it('leaves out a Deny statement that did not apply', () => {
    const deny = {
      Sid: 'NoDelete',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:ScheduleKeyDeletion',
      Resource: '*',
    };
    const labels = docs(scenario([deny, allow('ForAlice', ALICE)])).flatMap((d) =>
      d.statements.map((st) => st.label),
    );
    expect(labels).toEqual(['Statement "ForAlice"']);
  });

  it('shows what the key policy does say when no statement is about the caller', () => {
    const [doc, ...rest] = docs(scenario([allow('ForBob', `arn:aws:iam::${ACCOUNT}:user/Bob`)]));
    expect(rest).toEqual([]);
    expect(doc?.statements).toEqual([
      expect.objectContaining({ label: 'Statement "ForBob"', outcome: 'noMatch' }),
    ]);
  });

  it('shows nothing when the engine read no statement', () => {
    expect(docs(scenario([]))).toEqual([]);
  });

  it('keeps to what fits on a projector', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      allow(`A${i}`, ALICE, { Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const count = docs(scenario(many)).flatMap((d) => d.statements).length;
    expect(count).toBe(MAX_PATH_STATEMENTS);
  });
});

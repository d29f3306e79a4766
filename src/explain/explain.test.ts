import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { decodeScenarioText, decodeScenarioValue, examples } from '../scenario';
import type { Scenario } from '../scenario/types';
import { explain } from './explain';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ALICE = `arn:aws:iam::${ACCOUNT}:user/Alice`;

function scenario(json: Record<string, unknown>): Scenario {
  const result = decodeScenarioValue({ format: 'kms-playground/scenario', version: 1, ...json });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scenario;
}

function keyWith(statements: unknown[], extra: Record<string, unknown> = {}) {
  return { arn: KEY, policy: { Version: '2012-10-17', Statement: statements }, ...extra };
}

const enableIam = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

const aliceAllows = {
  arn: ALICE,
  name: 'Alice',
  policies: [
    {
      name: 'p',
      document: { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY }] },
    },
  ],
};

const decrypt = { principal: ALICE, action: 'kms:Decrypt', key: KEY };

function explainFirst(s: Scenario, index = 0): string[] {
  const result = evaluateScenario(s).results[index];
  if (!result) throw new Error('no result');
  return explain(result, s);
}

describe('explain', () => {
  it('names the key statement that delegates to IAM and the IAM policy that allows', () => {
    const s = scenario({
      principals: [aliceAllows],
      keys: [keyWith([enableIam])],
      requests: [decrypt],
    });
    expect(explainFirst(s).slice(1)).toEqual([
      `The key policy statement "Enable IAM User Permissions" lets IAM policies in account ${ACCOUNT} decide.`,
      `Alice's policy "p" allows kms:Decrypt on this key (statement number 1).`,
    ]);
  });

  it('says when no key policy statement names the caller, its account or *', () => {
    const bobOnly = {
      ...enableIam,
      Sid: 'BobOnly',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` },
    };
    const s = scenario({
      principals: [aliceAllows],
      keys: [keyWith([bobOnly])],
      requests: [decrypt],
    });
    expect(explainFirst(s).slice(1)).toEqual([
      `No statement in the key policy names Alice, account ${ACCOUNT} or "*".`,
      `Alice's policy "p" (statement number 1) allows kms:Decrypt for Alice, but it has no effect: the key policy does not enable IAM policies for account ${ACCOUNT}.`,
    ]);
  });

  it('says nothing about IAM when no IAM policy would have allowed either', () => {
    const bobOnly = { ...enableIam, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` } };
    const s = scenario({
      principals: [{ arn: ALICE, name: 'Alice' }],
      keys: [keyWith([bobOnly])],
      requests: [decrypt],
    });
    expect(explainFirst(s).slice(1)).toEqual([
      `No statement in the key policy names Alice, account ${ACCOUNT} or "*".`,
    ]);
  });

  it('says the root user has no access when the key policy does not name its account', () => {
    const bobOnly = { ...enableIam, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` } };
    const root = `arn:aws:iam::${ACCOUNT}:root`;
    const s = scenario({
      principals: [{ arn: root }],
      keys: [keyWith([bobOnly])],
      requests: [{ ...decrypt, principal: root }],
    });
    expect(explainFirst(s).at(-1)).toBe(
      `The root user needs no IAM policy, but that has no effect here: the key policy does not enable IAM policies for account ${ACCOUNT}.`,
    );
  });

  it('starts with who asked for what on which key, and the verdict', () => {
    const s = scenario({
      principals: [aliceAllows],
      keys: [keyWith([enableIam], { aliases: ['alias/app'] })],
      requests: [decrypt, { ...decrypt, action: 'kms:Encrypt' }, { ...decrypt, key: 'alias/app' }],
    });
    expect(explainFirst(s, 0)[0]).toBe('Alice may call kms:Decrypt on key alias/app.');
    expect(explainFirst(s, 1)[0]).toBe(
      'Alice may not call kms:Encrypt on key alias/app: nothing allows it, so it is denied by default.',
    );
    expect(explainFirst(s, 2)[0]).toBe('Alice may call kms:Decrypt on key alias/app.');
  });

  it('says an IAM policy is missing when the key policy delegates to IAM', () => {
    const s = scenario({
      principals: [{ arn: ALICE, name: 'Alice (intern)' }],
      keys: [keyWith([enableIam])],
      requests: [decrypt],
    });
    const lines = explainFirst(s);
    expect(lines[1]).toContain('lets IAM policies in account');
    expect(lines[2]).toBe('No IAM policy of Alice allows kms:Decrypt on this key.');
  });

  it('names the explicit deny and says that it overrides every allow', () => {
    const deny = {
      Sid: 'NoDecrypt',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const s = scenario({
      principals: [aliceAllows],
      keys: [keyWith([enableIam, deny])],
      requests: [decrypt],
    });
    expect(explainFirst(s).slice(1)).toEqual([
      'The key policy statement "NoDecrypt" denies kms:Decrypt explicitly.',
      'An explicit deny overrides every allow, in any policy.',
    ]);
  });

  it('shows the failed condition with the values compared', () => {
    const conditional = {
      Sid: 'AliceWithTenant',
      Effect: 'Allow',
      Principal: { AWS: ALICE },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:tenant': 'acme' } },
    };
    const s = scenario({
      principals: [{ arn: ALICE, name: 'Alice' }],
      keys: [keyWith([conditional])],
      requests: [{ ...decrypt, encryptionContext: { tenant: 'globex' } }],
    });
    expect(explainFirst(s).slice(1)).toEqual([
      'No key policy statement allows Alice to call kms:Decrypt.',
      'The key policy statement "AliceWithTenant" does not apply: its condition failed: StringEquals on kms:EncryptionContext:tenant (the request has globex; the policy wants acme).',
    ]);
  });

  it('says what the SCP allows when it blocks the request', () => {
    const text = readFileSync('src/scenario/fixtures/conformance/V114.json', 'utf8');
    const decoded = decodeScenarioText(text);
    if (!decoded.ok) throw new Error('fixture does not decode');
    const lines = explainFirst(decoded.scenario);
    expect(lines[1]).toMatch(/^The SCP ".+" at the root allows only s3:\*\.$/);
  });

  it('names the grant that allowed', () => {
    const example = examples.find((e) => e.id === 'grant-encryption-context')!.scenario;
    expect(explainFirst(example).slice(1)).toEqual([
      'Grant "invoice-worker-acme" gives InvoiceWorker role Decrypt on this key.',
    ]);
  });

  it('says why a grant did not help', () => {
    const example = examples.find((e) => e.id === 'grant-encryption-context')!.scenario;
    expect(explainFirst(example, 1)).toContain(
      `Grant "invoice-worker-acme" has an EncryptionContextSubset constraint that the request's encryption context does not meet.`,
    );
  });

  it('explains a key state error after a successful authorization', () => {
    const s = scenario({
      principals: [aliceAllows],
      keys: [keyWith([enableIam], { state: 'Disabled' })],
      requests: [decrypt],
    });
    const lines = explainFirst(s);
    expect(lines.at(-1)).toMatch(
      /^The request was authorized, but KMS then answered DisabledException: /,
    );
  });

  it('explains every request of every built-in example without throwing', () => {
    for (const example of examples) {
      const evaluation = evaluateScenario(example.scenario);
      for (const result of evaluation.results) {
        const lines = explain(result, example.scenario);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it('explains every conformance fixture in words, without raw values leaking', () => {
    const dir = 'src/scenario/fixtures/conformance/';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const decoded = decodeScenarioText(readFileSync(dir + file, 'utf8'));
      if (!decoded.ok) continue;
      for (const result of evaluateScenario(decoded.scenario).results) {
        for (const line of explain(result, decoded.scenario)) {
          expect(line, file).not.toMatch(/undefined|\[object|null/);
        }
      }
    }
  });
});

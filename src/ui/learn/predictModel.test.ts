import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { decodeScenarioValue } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import {
  choiceKey,
  relevantDocuments,
  rightAnswer,
  scorePrediction,
  statementChoices,
  wrongBelief,
} from './predictModel';

const A = 'arn:aws:iam::111122223333:user/Ana';
const B = 'arn:aws:iam::111122223333:user/Bob';
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1a2b3c4d-0000-4000-8000-000000000001';
const KEY_DOC = 'key:1a2b3c4d-0000-4000-8000-000000000001';

function scenario(extraStatements: unknown[] = []): Scenario {
  const decoded = decodeScenarioValue({
    format: 'kms-playground/scenario',
    version: 1,
    principals: [
      { arn: A },
      {
        arn: B,
        policies: [
          {
            name: 'Admin',
            document: {
              Version: '2012-10-17',
              Statement: [{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }],
            },
          },
        ],
      },
    ],
    keys: [
      {
        arn: KEY,
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AnaUses',
              Effect: 'Allow',
              Principal: { AWS: A },
              Action: 'kms:*',
              Resource: '*',
            },
            ...extraStatements,
          ],
        },
      },
    ],
    requests: [
      { id: 'ana', principal: A, action: 'kms:Encrypt', key: KEY },
      { id: 'bob', principal: B, action: 'kms:Encrypt', key: KEY },
    ],
  });
  if (!decoded.ok) throw new Error(decoded.issues.map((i) => i.message).join('; '));
  return decoded.scenario;
}

const NO_DECRYPT_FOR_ANA = {
  Sid: 'NoDecrypt',
  Effect: 'Deny',
  Principal: { AWS: A },
  Action: 'kms:Encrypt',
  Resource: '*',
};

describe('prediction choices', () => {
  it('offers the key policy statements and the caller’s own IAM statements, with effects', () => {
    const s = scenario();
    const result = evaluateScenario(s).results[1]!;
    const choices = statementChoices(s, s.requests[1], result);
    expect(choices.map((c) => [c.key, c.effect])).toEqual([
      [choiceKey('identity:' + B + '#Admin', ['Statement', 0]), 'Allow'],
      [choiceKey(KEY_DOC, ['Statement', 0]), 'Allow'],
    ]);
    expect(choices[1]!.label).toBe('The key policy, statement "AnaUses" (Allow)');
  });

  it('leaves out other callers’ policies', () => {
    const s = scenario();
    const result = evaluateScenario(s).results[0]!;
    const ids = relevantDocuments(s, s.requests[0], result).map((d) => d.id);
    expect(ids).toEqual([KEY_DOC]);
  });
});

describe('scoring a prediction', () => {
  it('an implicit deny is right only as "denied, implicitly, no statement"', () => {
    // Bob's IAM allow does not count: the key policy does not enable IAM policies. "Without
    // permission from the key policy, IAM policies that allow permissions have no effect."
    // https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
    const s = scenario();
    const result = evaluateScenario(s).results[1]!;
    expect(rightAnswer(result)).toEqual({ outcome: 'ImplicitDeny', statements: [] });
    const right = { outcome: 'ImplicitDeny', statement: null } as const;
    expect(scorePrediction(right, result).correct).toBe(true);
    expect(wrongBelief(right, result)).toBe('');
    const iam = choiceKey('identity:' + B + '#Admin', ['Statement', 0]);
    const believed = { outcome: 'Allowed', statement: iam } as const;
    expect(scorePrediction(believed, result)).toEqual({
      outcome: false,
      statement: false,
      correct: false,
    });
    // The feedback names the wrong belief: the IAM allow did not count.
    expect(wrongBelief(believed, result)).toMatch(/IAM statement you counted on does not count/);
    expect(scorePrediction({ ...right, outcome: 'ExplicitDeny' }, result)).toMatchObject({
      outcome: false,
      correct: false,
    });
    expect(wrongBelief({ ...right, outcome: 'ExplicitDeny' }, result)).toMatch(/No Deny statement/);
  });

  it('an explicit deny needs the Deny statement that matched', () => {
    // A matching Deny overrides every allow, the key policy's own included:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
    const s = scenario([NO_DECRYPT_FOR_ANA]);
    const result = evaluateScenario(s).results[0]!;
    const deny = choiceKey(KEY_DOC, ['Statement', 1]);
    expect(rightAnswer(result)).toEqual({ outcome: 'ExplicitDeny', statements: [deny] });
    const p = { outcome: 'ExplicitDeny', statement: deny } as const;
    expect(scorePrediction(p, result).correct).toBe(true);
    const allowStatement = choiceKey(KEY_DOC, ['Statement', 0]);
    expect(scorePrediction({ ...p, statement: allowStatement }, result)).toMatchObject({
      statement: false,
      correct: false,
    });
    expect(scorePrediction({ ...p, statement: null }, result).correct).toBe(false);
  });

  it('an allow is right with the allowing statement', () => {
    const s = scenario();
    const result = evaluateScenario(s).results[0]!;
    const allow = choiceKey(KEY_DOC, ['Statement', 0]);
    expect(scorePrediction({ outcome: 'Allowed', statement: allow }, result).correct).toBe(true);
    expect(scorePrediction({ outcome: 'Allowed', statement: null }, result).correct).toBe(false);
    // Answering Allowed to an allowed request is never marked on "explicit or implicit".
    expect(scorePrediction({ outcome: 'Allowed', statement: allow }, result)).toEqual({
      outcome: true,
      statement: true,
      correct: true,
    });
  });
});

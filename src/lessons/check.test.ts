/** The lesson checker must catch a lesson that teaches the wrong outcome, not only pass good ones. */
import { describe, expect, it } from 'vitest';
import { keyPolicyLesson } from './course/01-keyPolicy';
import { keyLifecycleLesson } from './course/11-keyLifecycle';
import { createSimulatorPort } from '../crypto/simulatorPort';
import { checkLesson as checkWith, consoleRunner } from './check';
import type { Lesson } from './types';

/** The checker with the console as the app runs it (real cryptography through the crypto port). */
const checkLesson = (lesson: Lesson) => checkWith(lesson, consoleRunner(createSimulatorPort()));

const withStep = (i: number, patch: Partial<Lesson['steps'][number]>): Lesson => ({
  ...keyPolicyLesson,
  steps: keyPolicyLesson.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)),
});

/** Lesson 11's prediction on a disabled key. */
const DISABLED = 'disabled-key';

describe('checkLesson', () => {
  it('reports a step whose expected outcome the engine does not produce', async () => {
    const wrong = withStep(1, { expect: { outcome: 'Allowed', decision: 'Allow' } });
    const problems = await checkLesson(wrong);
    expect(problems).toContain('bob-and-the-key: outcome AccessDeniedException, expected Allowed');
    expect(problems).toContain('bob-and-the-key: decision ImplicitDeny, expected Allow');
  });

  it('reports a deciding statement that did not decide', async () => {
    const wrong = withStep(0, {
      expect: { outcome: 'Allowed', decidingSid: 'Enable IAM User Permissions' },
    });
    expect((await checkLesson(wrong)).join('\n')).toMatch(
      /named-principal: deciding statements \[AllowAnaToUseTheKey\], expected one with Sid "Enable IAM User Permissions"/,
    );
  });

  it('reports unknown requests, broken changes and undecodable scenarios', async () => {
    expect(await checkLesson(withStep(0, { request: 'nope' }))).toContain(
      'named-principal: no request with id "nope"',
    );
    const broken = withStep(5, { change: [{ op: 'remove', path: '/keys/9' }] });
    expect((await checkLesson(broken)).join('\n')).toMatch(
      /give-the-account-access: .*out of range/,
    );
    const bad = withStep(0, { scenario: { format: 'kms-playground/scenario', version: 99 } });
    expect((await checkLesson(bad)).length).toBeGreaterThan(0);
  });

  it('checks checkpoints against the step that demonstrates them', async () => {
    const lesson: Lesson = {
      ...keyPolicyLesson,
      checkpoints: [
        {
          id: 'wrong-demo',
          question: 'q',
          choices: ['a', 'b', 'c'],
          answer: 0,
          explanation: 'e',
          demonstrate: { step: 'root-user-decrypts', shows: { outcome: 'Allowed' } },
        },
        {
          id: 'bad-answer',
          question: 'q',
          choices: ['a', 'b'],
          answer: 3,
          explanation: 'e',
          demonstrate: { step: 'nowhere' },
        },
        {
          id: 'nothing-shown',
          question: 'q',
          choices: ['a', 'b', 'c'],
          answer: 1,
          explanation: 'e',
          demonstrate: { step: 'root-user-decrypts' },
        },
      ],
    };
    expect(await checkLesson(lesson)).toEqual([
      'wrong-demo (step root-user-decrypts): outcome AccessDeniedException, expected Allowed',
      'bad-answer: answer out of range',
      'bad-answer: needs at least three choices',
      'bad-answer: demonstrates unknown step "nowhere"',
      'nothing-shown: step "root-user-decrypts" demonstrates nothing checkable (add shows)',
    ]);
  });

  it('checks that a prediction offers the answer KMS gives, and keeps reveals on predictions', async () => {
    const disabled = keyLifecycleLesson.steps.findIndex((s) => s.id === DISABLED);
    const lesson: Lesson = {
      ...keyLifecycleLesson,
      steps: keyLifecycleLesson.steps.map((s, j) =>
        j === disabled ? { ...s, otherError: 'ValidationException' } : s,
      ),
    };
    expect(await checkLesson(lesson)).toContain(
      `${DISABLED}: the prediction offers Allowed, ImplicitDeny, ExplicitDeny, ValidationException but KMS answers DisabledException (set otherError)`,
    );
    expect(await checkLesson(withStep(0, { reveal: 'x' }))).toContain(
      'named-principal: reveal and hint are for predict steps',
    );
  });

  it('checks warnings the engine must report and console lines the simulator must print', async () => {
    const lesson = withStep(0, {
      diagnostics: ['PublicAllow'],
      console: [
        {
          line: 'aws kms describe-key --key-id alias/payroll --profile Bob',
          error: 'AccessDeniedException',
        },
        {
          line: 'aws kms get-key-rotation-status --key-id alias/payroll --profile Ana',
          contains: 'KeyId',
        },
      ],
    });
    const problems = await checkLesson(lesson);
    expect(problems.some((p) => /named-principal: expected diagnostic PublicAllow/.test(p))).toBe(
      true,
    );
    // Bob is denied as the line expects; Ana's policy does not allow GetKeyRotationStatus, so
    // her call fails twice over: it errors, and the output lacks the KeyId the line expects.
    expect(problems.filter((p) => p.includes('--profile Ana'))).toEqual([
      expect.stringMatching(/--profile Ana": failed: An error occurred \(AccessDeniedException\)/),
      expect.stringMatching(/--profile Ana": output does not contain "KeyId"/),
    ]);
  });
});

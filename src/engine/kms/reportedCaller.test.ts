/**
 * How the caller is named where AWS prints it: a role named as the caller acts through a session
 * (P7), so the AccessDeniedException message names the session ARN (S20).
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT, ALICE, ROLE, SESSION, ROOT, doc, key, request, run } from '../testing/build';
import { reportedCallerArn, resolveCaller, ROLE_CALLER_SESSION } from './caller';
import { scenario } from '../testing/build';

const noAllow = {
  keys: [
    key({
      policy: doc({
        Effect: 'Allow',
        Principal: { AWS: ROOT },
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    }),
  ],
};

describe('the caller as AWS prints it (P7, S20, S61)', () => {
  it('a role named as the caller is denied as its session: "User: arn:aws:sts::…:assumed-role/App/session is not authorized" (P7, S20)', () => {
    const r = run({ ...noAllow, requests: [request({ principal: ROLE, action: 'kms:Encrypt' })] });
    expect(r.outcome).toBe('AccessDeniedException');
    expect(r.message).toMatch(
      new RegExp(
        `^User: arn:aws:sts::${ACCOUNT}:assumed-role/App/${ROLE_CALLER_SESSION} is not authorized to perform: kms:Encrypt `,
      ),
    );
    expect(r.message).not.toContain(ROLE);
  });

  it('a session, a user and the root user are printed as the request names them (S20)', () => {
    for (const who of [SESSION, ALICE, ROOT]) {
      const r = run({ ...noAllow, requests: [request({ principal: who, action: 'kms:Encrypt' })] });
      expect(r.message).toMatch(new RegExp(`^User: ${who.replace(/[/.*]/g, '\\$&')} is not`));
    }
  });

  it('a role with a path keeps only its name in the session ARN, and the partition of its ARN (P7, S61)', () => {
    const s = scenario({});
    expect(reportedCallerArn(resolveCaller(s, `arn:aws:iam::${ACCOUNT}:role/team/ops/App`))).toBe(
      `arn:aws:sts::${ACCOUNT}:assumed-role/App/session`,
    );
    expect(reportedCallerArn(resolveCaller(s, `arn:aws-cn:iam::${ACCOUNT}:role/App`))).toBe(
      `arn:aws-cn:sts::${ACCOUNT}:assumed-role/App/session`,
    );
  });
});

/** The walkthrough, typed into the console as written, with ARNs from the scenario. */
import { describe, expect, it } from 'vitest';
import { ALICE, BOB, KEY_ARN, fixture } from '../testing';
import { viaPort } from '../testing/crypto';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run: runLine } = viaPort();

const files = { 'secret.txt': 'attack at dawn' };

describe('console walkthrough: a grant you can create and revoke', () => {
  it('denied, grant, encrypt with the token, list, revoke, denied again', async () => {
    let s = fixture();
    const run = async (line: string) => {
      const r = await runLine(s, line, files);
      s = r.state;
      return r;
    };

    const denied = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --profile bob`,
    );
    expect(denied.isError).toBe(true);
    expect(denied.output).toBe(
      `An error occurred (AccessDeniedException) when calling the Encrypt operation: User: ${BOB} is not authorized to perform: kms:Encrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Encrypt action`,
    );

    const created = await run(
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Encrypt`,
    );
    expect(created.isError).toBe(false);
    const grant = JSON.parse(created.output) as { GrantToken: string; GrantId: string };
    expect(Object.keys(grant)).toEqual(['GrantToken', 'GrantId']);
    expect(created.output).toBe(JSON.stringify(grant, null, 4));

    const ok = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --grant-tokens ${grant.GrantToken} --profile bob`,
    );
    expect(ok.isError).toBe(false);
    expect(JSON.parse(ok.output)).toMatchObject({
      KeyId: KEY_ARN,
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });

    const listed = await run(`aws kms list-grants --key-id ${KEY_ARN}`);
    expect(JSON.parse(listed.output)).toMatchObject({
      Grants: [
        { GrantId: grant.GrantId, GranteePrincipal: BOB, Operations: ['Encrypt'], KeyId: KEY_ARN },
      ],
    });

    // list-grants is paginated: the CLI prints the grants, never "Truncated": false.
    expect(JSON.parse(listed.output)).not.toHaveProperty('Truncated');

    const revoked = await run(
      `aws kms revoke-grant --key-id ${KEY_ARN} --grant-id ${grant.GrantId}`,
    );
    expect(revoked).toMatchObject({ isError: false, output: '' });

    const again = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --profile bob`,
    );
    expect(again.output).toMatch(
      /^An error occurred \(AccessDeniedException\) when calling the Encrypt operation: User: /,
    );
    const withOldToken = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --grant-tokens ${grant.GrantToken} --profile bob`,
    );
    expect(withOldToken.output).toMatch(/AccessDeniedException/);

    // Every call is in the audit trail, with the caller and the right errorCode.
    expect(s.audit.map((e) => [e.eventName, e.userIdentity.arn, e.errorCode ?? null])).toEqual([
      ['Encrypt', BOB, 'AccessDeniedException'],
      ['CreateGrant', ALICE, null],
      ['Encrypt', BOB, null],
      ['ListGrants', ALICE, null],
      ['RevokeGrant', ALICE, null],
      ['Encrypt', BOB, 'AccessDeniedException'],
      ['Encrypt', BOB, 'AccessDeniedException'],
    ]);
    expect(s.audit[2]?.requestParameters).toMatchObject({ grantTokens: [grant.GrantToken] });
  });
});

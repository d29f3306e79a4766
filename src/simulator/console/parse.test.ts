import { describe, expect, it } from 'vitest';
import { fixture } from '../testing';
import { viaPort } from '../testing/crypto';
import { complete, helpText } from './help';
import { parseCommand } from './parse';
import { tokenize } from './tokenize';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run } = viaPort();

describe('parseCommand', () => {
  it('maps kebab options to AWS parameters with their value syntax', async () => {
    const p = parseCommand(
      'aws kms create-grant --key-id k --grantee-principal arn:aws:iam::1:user/B --operations Encrypt Decrypt --grant-tokens t1 t2 --constraints EncryptionContextSubset={a=1,b=2} --name n --profile bob',
    );
    expect(p).toEqual({
      kind: 'call',
      command: 'create-grant',
      operation: 'CreateGrant',
      params: {
        KeyId: 'k',
        GranteePrincipal: 'arn:aws:iam::1:user/B',
        Operations: ['Encrypt', 'Decrypt'],
        GrantTokens: ['t1', 't2'],
        Constraints: { EncryptionContextSubset: { a: '1', b: '2' } },
        Name: 'n',
      },
      profile: 'bob',
    });
  });

  it('reads encryption context, tags, flags, integers, JSON and files', async () => {
    const files = { 'p.json': '{"Version":"2012-10-17","Statement":[]}', 'x.bin': 'hi' };
    expect(
      parseCommand(
        'aws kms encrypt --key-id k --plaintext fileb://x.bin --encryption-context k=v,k2=v2',
        files,
      ),
    ).toMatchObject({ params: { Plaintext: 'aGk=', EncryptionContext: { k: 'v', k2: 'v2' } } });
    expect(
      parseCommand(
        `aws kms encrypt --key-id k --plaintext eA== --encryption-context '{"a":"b c"}'`,
      ),
    ).toMatchObject({ params: { EncryptionContext: { a: 'b c' } } });
    expect(
      parseCommand(
        'aws kms create-key --policy file://p.json --multi-region --no-bypass-policy-lockout-safety-check --tags TagKey=a,TagValue=b',
        files,
      ),
    ).toMatchObject({
      params: {
        Policy: files['p.json'],
        MultiRegion: true,
        BypassPolicyLockoutSafetyCheck: false,
        Tags: [{ TagKey: 'a', TagValue: 'b' }],
      },
    });
    expect(
      parseCommand('aws kms schedule-key-deletion --key-id k --pending-window-in-days 7'),
    ).toMatchObject({
      params: { PendingWindowInDays: 7 },
    });
  });

  it('reports what the CLI reports', async () => {
    expect(parseCommand('aws kms encrypt --key-id k')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('the following arguments are required: --plaintext'),
    });
    expect(parseCommand('aws kms describe-key --key-id k --bogus 1')).toEqual({
      kind: 'error',
      message: '\nUnknown options: --bogus, 1',
    });
    expect(parseCommand('aws kms fly')).toMatchObject({
      message: expect.stringContaining('Invalid choice'),
    });
    expect(
      parseCommand('aws kms put-key-policy --key-id k --policy file://missing.json'),
    ).toMatchObject({
      message: expect.stringContaining('Unable to load paramfile file://missing.json'),
    });
    expect(
      parseCommand('aws kms schedule-key-deletion --key-id k --pending-window-in-days x'),
    ).toMatchObject({
      kind: 'error',
    });
    expect(tokenize('aws "unterminated')).toEqual({ error: 'Unterminated double quote.' });
  });

  it('help and completion', async () => {
    expect(parseCommand('aws kms create-grant help')).toEqual({
      kind: 'help',
      command: 'create-grant',
    });
    expect(helpText('create-grant')).toContain('--grantee-principal <value>');
    expect(helpText()).toContain('o revoke-grant');
    expect(complete('aws kms cre')).toEqual(['create-alias', 'create-grant', 'create-key']);
    expect(complete('aws kms create-grant --key-id k --gr')).toEqual([
      '--grantee-principal',
      '--grant-tokens',
    ]);
    expect(complete('aws kms create-grant --grantee-principal x --gr')).toEqual(['--grant-tokens']);
    const s = fixture();
    expect(complete('aws kms encrypt --key-id alias/a', s)).toEqual(['alias/app', 'alias/aws/s3']);
    expect(complete('aws kms create-grant --operations Enc', s)).toEqual(['Encrypt']);
    expect(complete('aws kms list-keys --profile b', s)).toEqual(['bob']);
    expect(complete('aws kms list-keys --profile b')).toEqual([]);
    expect(complete('aws kms list-keys --output t')).toEqual(['text', 'table']);
    expect(complete('aws kms list-keys --region us', s)).toEqual(['us-east-1']);
  });
});

describe('runCommandAsync', () => {
  it('chooses the caller from profiles', async () => {
    const s = fixture();
    expect((await run(s, 'aws kms list-keys --profile nobody')).output).toBe(
      'The config profile (nobody) could not be found',
    );
    expect((await run({ ...s, profiles: {} }, 'aws kms list-keys')).output).toMatch(
      /Unable to locate credentials/,
    );
    const r = await run(s, 'aws kms list-keys');
    expect(r.isError).toBe(false);
    expect(r.output.split('\n')[1]).toBe('    "Keys": [');
    expect(r.result?.evaluation?.outcome).toBe('Allowed');
  });
});

describe('blob options as AWS CLI v2 reads them (cliv2-migration: binary parameters are base64 by default)', () => {
  const files = { 'secret.txt': 'hello' };
  const plaintext = (line: string) => {
    const p = parseCommand(line, files);
    return p.kind === 'call' ? p.params.Plaintext : p.kind === 'error' ? p.message : null;
  };
  it('takes literal text as base64, fileb:// as raw bytes, and raw text with raw-in-base64-out', async () => {
    expect(plaintext('aws kms encrypt --key-id k --plaintext aGVsbG8=')).toBe('aGVsbG8=');
    expect(plaintext('aws kms encrypt --key-id k --plaintext fileb://secret.txt')).toBe('aGVsbG8=');
    expect(
      plaintext(
        'aws kms encrypt --key-id k --plaintext hello --cli-binary-format raw-in-base64-out',
      ),
    ).toBe('aGVsbG8=');
    // file:// reads the file as text, which is then base64 under the default format.
    expect(plaintext('aws kms encrypt --key-id k --plaintext file://secret.txt')).toBe(
      'Invalid base64: "hello"',
    );
  });
  it('says so in the help of commands with binary options, and only there', async () => {
    expect(helpText('encrypt')).toContain('--plaintext: base64 text, as AWS CLI v2 expects');
    expect(helpText('decrypt')).toContain('unless the scenario key has demoMaterial');
    expect(helpText('list-keys')).not.toContain('BINARY PARAMETERS');
  });
  it('refuses text that is not base64, and unknown binary formats', async () => {
    expect(plaintext('aws kms encrypt --key-id k --plaintext hello')).toBe(
      'Invalid base64: "hello"',
    );
    expect(plaintext('aws kms encrypt --key-id k --plaintext aGk --cli-binary-format base64')).toBe(
      'Invalid base64: "aGk"',
    );
    expect(
      plaintext('aws kms encrypt --key-id k --plaintext aGk= --cli-binary-format raw'),
    ).toMatch(/argument --cli-binary-format: Invalid choice/);
  });
});

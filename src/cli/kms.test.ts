import { describe, expect, it } from 'vitest';
import { runKms, type KmsIo } from './kms';

function io(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const value: KmsIo = {
    cwd: '/work',
    read: (f) => files[f] ?? null,
    readBytes: (f) => (files[f] === undefined ? null : new TextEncoder().encode(files[f])),
    write: (f, t) => {
      written[f] = t;
    },
    stdin: () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { value, out, err, written };
}

describe('npm run kms', () => {
  it('--parse prints the request the AWS CLI would send, files relative to the start directory', async () => {
    const t = io({ '/work/secret.txt': 'hello' });
    const code = await runKms(
      [
        '--parse',
        "aws kms encrypt --key-id k --plaintext fileb://secret.txt --encryption-context 'a=b, c=d'",
      ],
      t.value,
    );
    expect(code).toBe(0);
    expect(JSON.parse(t.out.join(''))).toEqual({
      operation: 'Encrypt',
      parameters: { KeyId: 'k', Plaintext: 'aGVsbG8=', EncryptionContext: { a: 'b', c: 'd' } },
    });
  });

  it('--parse - reads one line per line; a refused line is {"error"} and exit 2', async () => {
    const t = io({}, 'aws kms create-key --multi-region false\naws kms list-keys --page-size 5\n');
    expect(await runKms(['--parse', '-'], t.value)).toBe(2);
    expect(
      t.out
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { error: 'Unknown options: false' },
      { operation: 'ListKeys', parameters: { Limit: 5 } },
    ]);
  });

  it('runs a script against the default scenario and saves the account, denied calls too', async () => {
    const t = io({
      '/work/demo.sh':
        '# demo\naws kms list-aliases \\\n  --query "Aliases[].AliasName" --output text\n',
    });
    const code = await runKms(['--save', 'out.json', '--echo', 'demo.sh'], t.value);
    // Dana, the example's first principal, has no IAM permission for ListAliases: exit 1.
    expect(code).toBe(1);
    expect(t.out[0]).toContain('$ aws kms list-aliases');
    expect(t.out[1]).toContain('AccessDeniedException');
    const saved = JSON.parse(t.written['/work/out.json'] ?? '{}') as {
      simulator?: { audit?: { eventName: string }[] };
    };
    expect(saved.simulator?.audit?.map((e) => e.eventName)).toEqual(['ListAliases']);
  });
});

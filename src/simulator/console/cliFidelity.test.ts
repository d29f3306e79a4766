/**
 * The console refuses what the AWS CLI refuses, so no line is silently sent as another request
 * (issue 13), and prints what the CLI prints: pagination, --query, --output, --region, --dry-run.
 */
import { describe, expect, it } from 'vitest';
import { BOB, IMPORTED_ARN, KEY_ARN, fixture } from '../testing';
import { viaPort } from '../testing/crypto';
import { scriptCommands, tokenize } from './tokenize';
import { formatTable, formatText, formatYaml } from './output';
import type { SimulatorState } from '../types';
import { COMMANDS, NOT_SIMULATED } from './commands';
import { isSimulated } from '../ops';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run, script } = viaPort();

const session = () => {
  let s: SimulatorState = fixture();
  return async (line: string) => {
    const r = await run(s, line);
    s = r.state;
    return { ...r, now: s };
  };
};

describe('security-relevant lines are refused, never sent as another request', () => {
  it('a flag given a value: --bypass-policy-lockout-safety-check false bypasses nothing', async () => {
    const cli = session();
    const r = await cli('aws kms create-key --bypass-policy-lockout-safety-check false');
    expect(r).toMatchObject({ isError: true, output: '\nUnknown options: false' });
    expect(r.now.scenario.keys).toHaveLength(fixture().scenario.keys.length);
    expect(r.now.audit).toHaveLength(0);
    expect((await cli('aws kms create-key --multi-region false')).output).toBe(
      '\nUnknown options: false',
    );
  });

  it('extra words are not joined to a value', async () => {
    const cli = session();
    expect(
      (
        await cli(
          `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --encryption-context a=b c=d`,
        )
      ).output,
    ).toBe('\nUnknown options: c=d');
    expect((await cli('aws kms create-key --description my key')).output).toBe(
      '\nUnknown options: key',
    );
  });

  it('an unknown constraint member is refused, not an unconstrained grant', async () => {
    const cli = session();
    const r = await cli(
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Decrypt --constraints '{"Foo":{"a":"b"}}'`,
    );
    expect(r.isError).toBe(true);
    expect(r.output).toContain(
      'Unknown parameter in Constraints: "Foo", must be one of: EncryptionContextSubset, EncryptionContextEquals',
    );
    expect(r.now.scenario.grants).toHaveLength(0);
  });

  it('shorthand as the CLI reads it: spaces after commas, nested maps, quoted values', async () => {
    const cli = session();
    const grant = await cli(
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Decrypt --constraints 'EncryptionContextSubset={a=b},EncryptionContextEquals={c="x,y"}'`,
    );
    expect(grant.isError, grant.output).toBe(false);
    expect(grant.now.scenario.grants[0]?.constraints).toEqual({
      encryptionContextSubset: { a: 'b' },
      encryptionContextEquals: { c: 'x,y' },
    });
    const enc = await cli(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --encryption-context 'a=b, c=d'`,
    );
    expect(enc.isError, enc.output).toBe(false);
    expect(enc.now.audit.at(-1)?.requestParameters?.encryptionContext).toEqual({ a: 'b', c: 'd' });
  });

  it('tags need TagKey and TagValue', async () => {
    const r = await session()('aws kms create-key --tags Key=a,Value=b');
    expect(r.output).toContain('Missing required parameter in Tags[0]: "TagKey"');
    expect(r.output).toContain(
      'Unknown parameter in Tags[0]: "Value", must be one of: TagKey, TagValue',
    );
  });
});

describe('shell words', () => {
  it('# begins a comment at the start of a word; \\-newline continues the line', async () => {
    expect(tokenize('aws kms list-keys # the keys')).toEqual({
      words: ['aws', 'kms', 'list-keys'],
    });
    expect(tokenize('aws kms describe-key --key-id a#b')).toEqual({
      words: ['aws', 'kms', 'describe-key', '--key-id', 'a#b'],
    });
    expect(tokenize('aws kms \\\n  list-keys')).toEqual({ words: ['aws', 'kms', 'list-keys'] });
    expect(scriptCommands('# demo\naws kms \\\n  list-keys\n\naws kms list-aliases')).toEqual([
      'aws kms \\\n  list-keys',
      'aws kms list-aliases',
    ]);
  });

  it('a line that is only a comment runs nothing and is no error', async () => {
    expect(await run(fixture(), '# just a note')).toMatchObject({ output: '', isError: false });
  });

  it('a script runs continued lines as one command', async () => {
    const { steps } = await script(fixture(), 'aws kms create-key \\\n  --description two-lines');
    expect(steps).toHaveLength(1);
    expect(JSON.parse(steps[0]?.output ?? '{}')).toMatchObject({
      KeyMetadata: { Description: 'two-lines' },
    });
  });
});

describe('output as the CLI prints it', () => {
  it('a paginated list has no Truncated; --max-items and --starting-token page through it', async () => {
    const cli = session();
    const all = JSON.parse((await cli('aws kms list-keys')).output) as Record<string, unknown>;
    expect(all).not.toHaveProperty('Truncated');
    const first = JSON.parse((await cli('aws kms list-keys --max-items 1')).output) as {
      Keys: unknown[];
      NextToken: string;
    };
    expect(first.Keys).toHaveLength(1);
    const next = JSON.parse(
      (await cli(`aws kms list-keys --max-items 1 --starting-token ${first.NextToken}`)).output,
    ) as { Keys: unknown[] };
    expect(next.Keys[0]).toEqual((all.Keys as unknown[])[1]);
    expect(JSON.parse((await cli('aws kms list-keys --no-paginate')).output)).toHaveProperty(
      'Truncated',
      false,
    );
  });

  it('--query and --output text', async () => {
    const cli = session();
    const ids = (await cli(`aws kms list-keys --query 'Keys[].KeyId' --output text`)).output;
    expect(ids.split('\t')).toHaveLength(fixture().scenario.keys.length);
    expect(
      (await cli(`aws kms describe-key --key-id ${KEY_ARN} --query KeyMetadata.KeyState`)).output,
    ).toBe('"Enabled"');
    expect(
      (await cli(`aws kms describe-key --key-id ${KEY_ARN} --query 'KeyMetadata.[' `)).isError,
    ).toBe(true);
  });

  it('table format: sections titled by the operation and the keys, nested ones indented', async () => {
    expect(formatTable('GetKeyRotationStatus', { KeyRotationEnabled: true })).toBe(
      [
        '--------------------------------',
        '|     GetKeyRotationStatus     |',
        '+---------------------+--------+',
        '|  KeyRotationEnabled |  True  |',
        '+---------------------+--------+',
      ].join('\n'),
    );
    expect(formatTable('ListAliases', {})).toBe('');
  });

  it('text and YAML formats', async () => {
    expect(
      formatText({
        Keys: [
          { KeyId: 'a', KeyArn: 'x' },
          { KeyId: 'b', KeyArn: 'y' },
        ],
      }),
    ).toBe('KEYS\tx\ta\nKEYS\ty\tb');
    expect(formatText({ Enabled: true, Name: 'n' })).toBe('True\tn');
    expect(formatYaml({ Keys: [{ KeyId: 'a', Arn: 'arn:x' }], Truncated: false })).toBe(
      'Keys:\n- Arn: arn:x\n  KeyId: a\nTruncated: false',
    );
  });

  it('--dry-run: an authorized call stops with DryRunOperationException and changes nothing', async () => {
    const cli = session();
    const r = await cli(`aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --dry-run`);
    expect(r.output).toMatch(/DryRunOperationException/);
    const denied = await cli(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --dry-run --profile bob`,
    );
    expect(denied.output).toMatch(/AccessDeniedException/);
  });

  it('new operations: ListKeyPolicies, GetParametersForImport, GenerateRandom; others refused', async () => {
    const cli = session();
    expect(JSON.parse((await cli(`aws kms list-key-policies --key-id ${KEY_ARN}`)).output)).toEqual(
      {
        PolicyNames: ['default'],
      },
    );
    const params = await cli(
      `aws kms get-parameters-for-import --key-id ${IMPORTED_ARN} --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048`,
    );
    expect(JSON.parse(params.output)).toMatchObject({ KeyId: IMPORTED_ARN });
    expect(
      (
        await cli(
          `aws kms get-parameters-for-import --key-id ${KEY_ARN} --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048`,
        )
      ).output,
    ).toMatch(/UnsupportedOperationException/);
    const random = JSON.parse(
      (await cli('aws kms generate-random --number-of-bytes 16')).output,
    ) as {
      Plaintext: string;
    };
    expect(atob(random.Plaintext)).toHaveLength(16);
    expect((await cli('aws kms generate-random --number-of-bytes 2048')).output).toMatch(
      /ValidationException/,
    );
    expect((await cli('aws kms describe-custom-key-stores')).output).toMatch(/not simulated/);
  });

  it('--region: the call runs in that Region, the account keeps its own', async () => {
    const cli = session();
    const made = await cli('aws kms create-key --region eu-west-1');
    const arn = (JSON.parse(made.output) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
    expect(arn).toMatch(/^arn:aws:kms:eu-west-1:/);
    expect(made.now.region).toBe(fixture().region);
    const here = JSON.parse((await cli('aws kms list-keys')).output) as {
      Keys: { KeyArn: string }[];
    };
    expect(here.Keys.map((k) => k.KeyArn)).not.toContain(arn);
    const there = JSON.parse((await cli('aws kms list-keys --region eu-west-1')).output) as {
      Keys: { KeyArn: string }[];
    };
    expect(there.Keys.map((k) => k.KeyArn)).toEqual([arn]);
  });

  it('--region reaches a replica by the key id it shares with its primary', async () => {
    const cli = session();
    const made = JSON.parse((await cli('aws kms create-key --multi-region')).output) as {
      KeyMetadata: { Arn: string; KeyId: string };
    };
    const replicated = await cli(
      `aws kms replicate-key --key-id ${made.KeyMetadata.Arn} --replica-region eu-west-1`,
    );
    expect(replicated.isError, replicated.output).toBe(false);
    const arnIn = async (region?: string) =>
      (
        JSON.parse(
          (
            await cli(
              `aws kms describe-key --key-id ${made.KeyMetadata.KeyId}${region ? ` --region ${region}` : ''}`,
            )
          ).output,
        ) as { KeyMetadata: { Arn: string } }
      ).KeyMetadata.Arn;
    expect(await arnIn()).toBe(made.KeyMetadata.Arn);
    expect(await arnIn('eu-west-1')).toBe(
      made.KeyMetadata.Arn.replace(/:kms:[^:]+:/, ':kms:eu-west-1:'),
    );
  });

  it('update-primary-region swaps the primary and the replica', async () => {
    const cli = session();
    const made = JSON.parse((await cli('aws kms create-key --multi-region')).output) as {
      KeyMetadata: { Arn: string; KeyId: string };
    };
    const arn = made.KeyMetadata.Arn;
    await cli(`aws kms replicate-key --key-id ${arn} --replica-region eu-west-1`);
    const moved = await cli(
      `aws kms update-primary-region --key-id ${arn} --primary-region eu-west-1`,
    );
    expect(moved).toMatchObject({ isError: false, output: '' });
    const meta = JSON.parse((await cli(`aws kms describe-key --key-id ${arn}`)).output) as {
      KeyMetadata: { MultiRegionConfiguration: { MultiRegionKeyType: string } };
    };
    expect(meta.KeyMetadata.MultiRegionConfiguration.MultiRegionKeyType).toBe('REPLICA');
    expect(
      (await cli(`aws kms update-primary-region --key-id ${arn} --primary-region eu-west-1`))
        .output,
    ).toMatch(/UnsupportedOperationException/);
    expect(
      (
        await cli(
          `aws kms update-primary-region --key-id ${made.KeyMetadata.KeyId} --region eu-west-1 --primary-region ap-south-1`,
        )
      ).output,
    ).toMatch(/NotFoundException/);
  });

  it('help lists as simulated exactly the commands the simulator runs', async () => {
    for (const [command, spec] of Object.entries(COMMANDS))
      expect(spec.summary !== NOT_SIMULATED, command).toBe(isSimulated(spec.operation));
  });
});

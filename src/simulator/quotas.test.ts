/**
 * Resource quotas (S52): creating past a quota is refused with LimitExceededException. The
 * simulated account stops at the scenario's own limits first (1,000 keys, 10,000 grants, the saved
 * form's 1 MB), so a session that keeps creating still saves and re-imports.
 */
import { describe, expect, it } from 'vitest';
import { decodeScenarioText, encodeScenarioText, MAX_SCENARIO_BYTES } from '../scenario';
import { exceedsUtf8Bytes } from '../scenario/jsonText';
import type { Grant, Key, SimulatorField } from '../scenario/types';
import { key as makeKey } from '../engine/testing/build';
import { capAudit } from './auditCap';
import { splitState } from './create';
import {
  AWS_ALIASES_PER_KEY,
  SIM_MAX_GRANTS,
  SIM_MAX_KEYS,
  sizeQuotaRefusal,
  stateBytes,
} from './quotas';
import { ACCOUNT, ALICE, KEY_ARN, fixture } from './testing';
import { viaPort } from './testing/crypto';
import type { SimulatorState } from './types';

/** The fixture with `n` more small keys (one shared policy document). */
function withKeys(n: number): SimulatorState {
  const s = fixture();
  const policy = s.scenario.keys[0]!.policy;
  const extra: Key[] = Array.from({ length: n }, (_, i) =>
    makeKey({ arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-${i}`, policy }),
  );
  return { ...s, scenario: { ...s.scenario, keys: [...s.scenario.keys, ...extra] } };
}

/** The scenario file text of a state, as the store writes it. */
function fileText(s: SimulatorState): string {
  const { scenario, simulator } = splitState(capAudit(s));
  return encodeScenarioText({ ...scenario, simulator: simulator as unknown as SimulatorField });
}

const { call, run } = viaPort();

describe('resource quotas in the simulated account (S52)', () => {
  it('CreateKey at the account key limit is refused with LimitExceededException (S52)', async () => {
    const below = withKeys(SIM_MAX_KEYS - fixture().scenario.keys.length - 1);
    const made = await call(below, ALICE, 'CreateKey', {});
    expect(made.error).toBeUndefined();
    expect(made.state.scenario.keys).toHaveLength(SIM_MAX_KEYS);
    const refused = await call(made.state, ALICE, 'CreateKey', {});
    expect(refused.error?.code).toBe('LimitExceededException');
    expect(refused.error?.message).toContain(`${SIM_MAX_KEYS.toLocaleString('en')} KMS keys`);
    expect(refused.state.scenario).toBe(made.state.scenario);
    expect(refused.state.audit.at(-1)?.errorCode).toBe('LimitExceededException');
  });

  it('the console prints the refusal in the AWS CLI words (S52)', async () => {
    const full = withKeys(SIM_MAX_KEYS - fixture().scenario.keys.length);
    const r = await run(full, 'aws kms create-key --description one-more');
    expect(r.isError).toBe(true);
    expect(r.output).toMatch(
      /^An error occurred \(LimitExceededException\) when calling the CreateKey operation: The simulated account is at its limit of 1,000 KMS keys/,
    );
    expect(r.state.scenario.keys).toHaveLength(SIM_MAX_KEYS);
  });

  it('the 51st alias of a key is refused with LimitExceededException (S52)', async () => {
    let s = fixture();
    const start = s.scenario.keys.find((k) => k.arn === KEY_ARN)!.aliases.length;
    for (let i = start; i < AWS_ALIASES_PER_KEY; i++) {
      const r = await call(s, ALICE, 'CreateAlias', {
        AliasName: `alias/a${i}`,
        TargetKeyId: KEY_ARN,
      });
      expect(r.error).toBeUndefined();
      s = r.state;
    }
    const refused = await call(s, ALICE, 'CreateAlias', {
      AliasName: 'alias/more',
      TargetKeyId: KEY_ARN,
    });
    expect(refused.error).toEqual({
      code: 'LimitExceededException',
      message: `${KEY_ARN} has reached the limit of 50 aliases.`,
    });
    // Another key still takes aliases: the quota is per key.
    const other = s.scenario.keys.find((k) => k.arn !== KEY_ARN && k.keyManager !== 'AWS')!;
    const elsewhere = await call(s, ALICE, 'CreateAlias', {
      AliasName: 'alias/more',
      TargetKeyId: other.arn,
    });
    expect(elsewhere.error).toBeUndefined();
  });

  it('CreateGrant at the account grant limit is refused with LimitExceededException (S52)', async () => {
    const s = fixture();
    const grants: Grant[] = Array.from({ length: SIM_MAX_GRANTS }, (_, i) => ({
      grantId: `g${i}`,
      key: KEY_ARN,
      granteePrincipal: ALICE,
      operations: ['Decrypt'],
      propagated: true,
    }));
    const full = { ...s, scenario: { ...s.scenario, grants } };
    const r = await call(full, ALICE, 'CreateGrant', {
      KeyId: KEY_ARN,
      GranteePrincipal: ALICE,
      Operations: ['Encrypt'],
    });
    expect(r.error?.code).toBe('LimitExceededException');
    expect(r.error?.message).toContain('10,000 grants');
    expect(r.state.scenario.grants).toHaveLength(SIM_MAX_GRANTS);
  });

  it('a session that keeps creating stops before the saved form passes 1 MB, and re-imports (S52)', async () => {
    // Keys with a 20 KB policy each: the size limit, not the count, is reached first.
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'x'.repeat(20_000),
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    let s = fixture();
    let refused: string | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const r = await call(s, ALICE, 'CreateKey', { Policy: policy, Description: `k${i}` });
      if (r.error) refused = r.error.code;
      s = r.state;
    }
    expect(refused).toBe('LimitExceededException');
    expect(s.scenario.keys.length).toBeGreaterThan(20);
    expect(sizeQuotaRefusal(s, 'Creating this key')).toBeNull();
    const text = fileText(s);
    expect(exceedsUtf8Bytes(text, MAX_SCENARIO_BYTES)).toBe(false);
    const back = decodeScenarioText(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario.keys).toHaveLength(s.scenario.keys.length);
    // Grants stop at the same limit.
    let grantRefusal: string | undefined;
    for (let i = 0; i < 200 && !grantRefusal; i++) {
      const r = await call(s, ALICE, 'CreateGrant', {
        KeyId: KEY_ARN,
        GranteePrincipal: ALICE,
        Operations: ['Decrypt'],
        Name: `grant-${i}`,
      });
      grantRefusal = r.error?.message;
      s = r.state;
    }
    expect(grantRefusal).toMatch(/^Creating this grant would take the simulated account past/);
    expect(exceedsUtf8Bytes(fileText(s), MAX_SCENARIO_BYTES)).toBe(false);
  });

  it('PutKeyPolicy and TagResource that would pass the saved-form limit are refused with LimitExceededException, which both declare (S52, S22)', async () => {
    const bigPolicy = (n: number) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'x'.repeat(n),
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
        ],
      });
    let s = fixture();
    for (let i = 0; i < 100; i++) {
      const r = await call(s, ALICE, 'CreateKey', { Policy: bigPolicy(20_000) });
      if (r.error) break;
      s = r.state;
    }
    // A small change still fits; a larger policy or a pile of tags does not.
    const small = await call(s, ALICE, 'PutKeyPolicy', {
      KeyId: KEY_ARN,
      PolicyName: 'default',
      Policy: bigPolicy(10),
    });
    expect(small.error).toBeUndefined();
    s = small.state;
    const before = s.scenario.keys.find((k) => k.arn === KEY_ARN)?.policy;
    const put = await call(s, ALICE, 'PutKeyPolicy', {
      KeyId: KEY_ARN,
      PolicyName: 'default',
      Policy: bigPolicy(30_000),
    });
    expect(put.error?.code).toBe('LimitExceededException');
    expect(put.error?.message).toMatch(
      /^Setting this key policy would take the simulated account past/,
    );
    expect(put.state.scenario.keys.find((k) => k.arn === KEY_ARN)?.policy).toEqual(before);
    const tags = Array.from({ length: 50 }, (_, i) => ({
      TagKey: `t${i}`,
      TagValue: 'v'.repeat(256),
    }));
    let tagged = put.state;
    let tagRefusal: string | undefined;
    for (let i = 0; i < 40 && !tagRefusal; i++) {
      const r = await call(tagged, ALICE, 'TagResource', {
        KeyId: tagged.scenario.keys[i]!.arn,
        Tags: tags,
      });
      tagRefusal = r.error?.code;
      tagged = r.state;
    }
    expect(tagRefusal).toBe('LimitExceededException');
    expect(exceedsUtf8Bytes(fileText(tagged), MAX_SCENARIO_BYTES)).toBe(false);
  });

  it('measures the account as the UTF-8 bytes of its JSON without the audit trail', async () => {
    let s = fixture();
    const bytes = (x: SimulatorState) =>
      new TextEncoder().encode(JSON.stringify({ ...x, audit: [] })).length;
    expect(stateBytes(s)).toBe(bytes(s));
    for (const description of ['plain', 'clé € 鍵 🔑']) {
      const r = await call(s, ALICE, 'CreateKey', { Description: description });
      s = r.state;
      const g = await call(s, ALICE, 'CreateGrant', {
        KeyId: KEY_ARN,
        GranteePrincipal: ALICE,
        Operations: ['Decrypt'],
        Name: description === 'plain' ? 'g' : 'ü',
      });
      s = g.state;
      expect(stateBytes(s)).toBe(bytes(s));
    }
    expect(s.audit.length).toBeGreaterThan(0);
  });
});

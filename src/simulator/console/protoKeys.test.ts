/**
 * User-chosen keys named like Object.prototype members (`__proto__`, `constructor`) are ordinary
 * keys: an encryption context or grant constraint keeps them exactly (S34: a constraint pair must
 * be in the request's encryption context), and no console line that names them throws or hangs.
 */
import { describe, expect, it } from 'vitest';
import { BOB, KEY_ARN, fixture } from '../testing';
import { createSimulatorPort } from '../../crypto/simulatorPort';
import { runCommandAsync } from './run';
import { viaPort } from '../testing/crypto';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run: runLine } = viaPort();

const files = { 'secret.txt': 'attack at dawn' };

describe('prototype-named keys in the console', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`a grant constrained on "${name}" only covers requests with that pair (S34)`, async () => {
      let s = fixture();
      const run = async (line: string) => {
        const r = await runLine(s, line, files);
        s = r.state;
        return r;
      };
      const created = await run(
        `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Encrypt --constraints '{"EncryptionContextSubset":{"${name}":"tenant-A"}}'`,
      );
      expect(created.isError, created.output).toBe(false);
      const listed = JSON.parse((await run(`aws kms list-grants --key-id ${KEY_ARN}`)).output) as {
        Grants: { Constraints?: { EncryptionContextSubset?: Record<string, string> } }[];
      };
      const subset = listed.Grants[0]?.Constraints?.EncryptionContextSubset ?? {};
      expect(Object.entries(subset)).toEqual([[name, 'tenant-A']]);
      const token = (JSON.parse(created.output) as { GrantToken: string }).GrantToken;
      const encrypt = async (ctx: string) =>
        await run(
          `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --grant-tokens ${token} --profile bob${ctx}`,
        );
      expect((await encrypt('')).isError).toBe(true);
      expect((await encrypt(` --encryption-context other=tenant-A`)).isError).toBe(true);
      expect((await encrypt(` --encryption-context '{"${name}":"tenant-B"}'`)).isError).toBe(true);
      expect((await encrypt(` --encryption-context '{"${name}":"tenant-A"}'`)).isError).toBe(false);
    });
  }

  it('an encryption context key "__proto__" is kept and must match on decrypt (real AES-GCM)', async () => {
    const port = createSimulatorPort();
    let s = fixture();
    const run = async (line: string) => {
      const r = await runCommandAsync(s, line, port, files);
      s = r.state;
      return r;
    };
    const enc = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --encryption-context '{"__proto__":"x"}'`,
    );
    expect(enc.isError, enc.output).toBe(false);
    const blob = (JSON.parse(enc.output) as { CiphertextBlob: string }).CiphertextBlob;
    expect((await run(`aws kms decrypt --ciphertext-blob ${blob}`)).isError).toBe(true);
    const other = await run(
      `aws kms decrypt --ciphertext-blob ${blob} --encryption-context '{"__proto__":"y"}'`,
    );
    expect(other.isError).toBe(true);
    const ok = await run(
      `aws kms decrypt --ciphertext-blob ${blob} --encryption-context '{"__proto__":"x"}'`,
    );
    expect(ok.isError, ok.output).toBe(false);
  });

  it('non-string encryption context values are refused with a message, not dropped', async () => {
    const r = await runLine(
      fixture(),
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://secret.txt --encryption-context '{"n":1}'`,
      files,
    );
    // The AWS CLI v2 (botocore's current KMS model) refuses these lines with these words.
    expect(r.isError).toBe(true);
    expect(r.output).toContain(
      "Invalid type for parameter EncryptionContext.n, value: 1, type: <class 'int'>, valid types: <class 'str'>",
    );
    const grant = await runLine(
      fixture(),
      `aws kms create-grant --key-id k --grantee-principal ${BOB} --operations Encrypt --constraints '{"EncryptionContextSubset":{"n":true}}'`,
      files,
    );
    expect(grant.output).toContain(
      "Invalid type for parameter Constraints.EncryptionContextSubset.n, value: True, type: <class 'bool'>, valid types: <class 'str'>",
    );
    expect(grant.state.scenario.grants).toHaveLength(0);
  });

  for (const line of [
    'aws kms __proto__',
    'aws kms constructor',
    'aws kms toString --key-id x',
    `aws kms describe-key --key-id ${KEY_ARN} --profile constructor`,
    `aws kms describe-key --key-id ${KEY_ARN} --profile __proto__`,
    `aws kms describe-key --key-id ${KEY_ARN} --__proto__ x`,
    `aws kms describe-key --key-id ${KEY_ARN} --constructor`,
  ]) {
    it(`"${line}" answers with an error line and never throws`, async () => {
      const r = await runLine(fixture(), line, files);
      expect(r.isError).toBe(true);
      expect(r.output.length).toBeGreaterThan(0);
    });
  }
});

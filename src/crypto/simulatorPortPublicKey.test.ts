/** GetPublicKey gives the public half of the pair Sign uses: its signatures verify outside KMS. */
import { describe, expect, it } from 'vitest';
import { createSimulatorPort } from './simulatorPort';
import { KEY_ARN, fixture } from '../simulator/testing';
import { runCommandAsync } from '../simulator/console/run';

describe('get-public-key', () => {
  it('returns the DER SPKI of an ECC key whose Sign signatures verify with WebCrypto', async () => {
    const port = createSimulatorPort();
    let s = fixture();
    const run = async (line: string) => {
      const r = await runCommandAsync(s, line, port);
      s = r.state;
      return r;
    };
    const made = await run('aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY');
    const arn = (JSON.parse(made.output) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
    const signed = await run(
      `aws kms sign --key-id ${arn} --message aGVsbG8= --signing-algorithm ECDSA_SHA_256`,
    );
    const got = await run(`aws kms get-public-key --key-id ${arn}`);
    expect(got.isError, got.output).toBe(false);
    const out = JSON.parse(got.output) as Record<string, unknown>;
    expect(out).toMatchObject({
      KeyId: arn,
      KeySpec: 'ECC_NIST_P256',
      KeyUsage: 'SIGN_VERIFY',
      SigningAlgorithms: ['ECDSA_SHA_256'],
    });
    const spki = Uint8Array.from(atob(out.PublicKey as string), (c) => c.charCodeAt(0));
    const key = await crypto.subtle.importKey(
      'spki',
      spki,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    // KMS returns DER signatures; WebCrypto verifies raw r||s.
    const der = Uint8Array.from(
      atob((JSON.parse(signed.output) as { Signature: string }).Signature),
      (c) => c.charCodeAt(0),
    );
    const ints: Uint8Array[] = [];
    for (let i = 2; i < der.length;) {
      const len = der[i + 1] ?? 0;
      ints.push(der.slice(i + 2, i + 2 + len));
      i += 2 + len;
    }
    const raw = new Uint8Array(64);
    ints.forEach((n, k) => {
      const v = n.length > 32 ? n.slice(n.length - 32) : n;
      raw.set(v, k * 32 + 32 - v.length);
    });
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      raw,
      new TextEncoder().encode('hello'),
    );
    expect(ok).toBe(true);
  });

  it('a symmetric key has no public key', async () => {
    const r = await runCommandAsync(
      fixture(),
      `aws kms get-public-key --key-id ${KEY_ARN}`,
      createSimulatorPort(),
    );
    expect(r.isError).toBe(true);
    expect(r.output).toMatch(/GetPublicKey operation/);
  });

  it('derive-shared-secret: both sides of an ECDH exchange with the KMS key agree', async () => {
    const port = createSimulatorPort();
    let s = fixture();
    const run = async (line: string, files: Record<string, Uint8Array> = {}) => {
      const r = await runCommandAsync(s, line, port, files);
      s = r.state;
      return r;
    };
    const made = await run('aws kms create-key --key-spec ECC_NIST_P256 --key-usage KEY_AGREEMENT');
    expect(made.isError, made.output).toBe(false);
    const arn = (JSON.parse(made.output) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
    const kmsPublic = (
      JSON.parse((await run(`aws kms get-public-key --key-id ${arn}`)).output) as {
        PublicKey: string;
      }
    ).PublicKey;
    const params = { name: 'ECDH', namedCurve: 'P-256' };
    const mine = (await crypto.subtle.generateKey(params, true, ['deriveBits'])) as CryptoKeyPair;
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', mine.publicKey));
    const derived = await run(
      `aws kms derive-shared-secret --key-id ${arn} --key-agreement-algorithm ECDH --public-key fileb://peer.der`,
      { 'peer.der': spki },
    );
    expect(derived.isError, derived.output).toBe(false);
    const theirs = await crypto.subtle.importKey(
      'spki',
      Uint8Array.from(atob(kmsPublic), (c) => c.charCodeAt(0)),
      params,
      false,
      [],
    );
    const local = new Uint8Array(
      await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs }, mine.privateKey, 256),
    );
    const secret = (JSON.parse(derived.output) as { SharedSecret: string }).SharedSecret;
    expect(secret).toBe(btoa(String.fromCharCode(...local)));
    const bad = await run(
      `aws kms derive-shared-secret --key-id ${arn} --key-agreement-algorithm ECDH --public-key aGk=`,
    );
    expect(bad.output).toMatch(/ValidationException/);
  });
});

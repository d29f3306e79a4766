/**
 * GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext: a key pair for use outside KMS, its
 * private key encrypted under a symmetric KMS key (GenerateDataKeyPair API reference: KeyPairSpec is
 * the API model's DataKeyPairSpec enum; the response has PrivateKeyCiphertextBlob,
 * PrivateKeyPlaintext, PublicKey, KeyId, KeyPairSpec).
 */
import { encryptionContextOf } from '../authorize';
import { SHAPES } from '../console/kmsModel';
import { kmsError } from '../model';
import { keyOf, strParam, type OpContext } from './context';
import { materialRef, type JobHandler } from './cryptoJobs';

/** The pair specs of the API model the console validates against (console/kmsModel.ts). */
const PAIR_SPECS: readonly string[] = SHAPES.DataKeyPairSpec?.enum ?? [];

/** Pair specs WebCrypto can make: RSA and the NIST P curves (no secp256k1, SM2 or Ed25519). */
const WEBCRYPTO_PAIRS = PAIR_SPECS.filter((s) => /^(RSA_\d+|ECC_NIST_P\d+)$/.test(s));

function pairSpec(ctx: OpContext): string | { error: ReturnType<typeof kmsError> } {
  const spec = strParam(ctx, 'KeyPairSpec');
  if (!spec || !PAIR_SPECS.includes(spec))
    return {
      error: kmsError(
        'ValidationException',
        `1 validation error detected: Value '${spec ?? ''}' at 'keyPairSpec' failed to satisfy constraint: Member must satisfy enum value set: [${PAIR_SPECS.join(', ')}]`,
      ),
    };
  return spec;
}

/** The response fields, in AWS's order. */
function response(
  withPlaintext: boolean,
  arn: string,
  spec: string,
  v: { privateBlob: string; privatePlain: string; publicKey: string },
) {
  return {
    PrivateKeyCiphertextBlob: v.privateBlob,
    ...(withPlaintext ? { PrivateKeyPlaintext: v.privatePlain } : {}),
    PublicKey: v.publicKey,
    KeyId: arn,
    KeyPairSpec: spec,
  };
}

/** The port makes the pair and seals the private key. */
export const keyPairJob =
  (withPlaintext: boolean): JobHandler =>
  (ctx) => {
    const spec = pairSpec(ctx);
    if (typeof spec !== 'string') return spec;
    if (!WEBCRYPTO_PAIRS.includes(spec))
      return {
        error: kmsError(
          'UnsupportedOperationException',
          `The simulator cannot make ${spec} key pairs (WebCrypto has no such curve).`,
        ),
      };
    const key = keyOf(ctx);
    const context = encryptionContextOf(ctx.call) ?? {};
    return {
      job: { kind: 'keyPair', key: materialRef(ctx.state, key), pairSpec: spec, context },
      finish: (done) => ({
        state: ctx.state,
        response: response(withPlaintext, key.arn, spec, {
          privateBlob: done.ciphertextBlob ?? '',
          privatePlain: done.plaintext ?? '',
          publicKey: done.publicKey ?? '',
        }),
      }),
    };
  };

/** Every crypto handler (the operations whose work the crypto port performs), by operation. */
import { SYMMETRIC_JOB_HANDLERS, type JobHandler } from './cryptoJobs';
import { keyPairJob } from './keyPair';
import { getPublicKeyJob } from './publicKey';
import { deriveSharedSecretJob } from './sharedSecret';
import { signJob } from './signing';

export const JOB_HANDLERS: Readonly<Record<string, JobHandler>> = {
  ...SYMMETRIC_JOB_HANDLERS,
  GenerateDataKeyPair: keyPairJob(true),
  GenerateDataKeyPairWithoutPlaintext: keyPairJob(false),
  Sign: signJob(false, false),
  Verify: signJob(false, true),
  GenerateMac: signJob(true, false),
  VerifyMac: signJob(true, true),
  GetPublicKey: getPublicKeyJob,
  DeriveSharedSecret: deriveSharedSecretJob,
};

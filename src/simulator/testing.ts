/** Test support: a small account with an admin, a user without permissions and three kinds of key. */
import {
  ACCOUNT,
  ALICE,
  BOB,
  KEY_ARN,
  doc,
  enableIam,
  key,
  principal,
  scenario,
  withPolicy,
} from '../engine/testing/build';
import { createSimulator } from './create';
import type { SimulatorState } from './types';

export { ACCOUNT, ALICE, BOB, KEY_ARN };

/** An AWS managed key (aws/s3) with the shape of AWS's managed-key policy. */
export const MANAGED_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/aaaaaaaa-1111-2222-3333-444444444444`;
/** A key with imported key material (origin EXTERNAL). */
export const IMPORTED_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/bbbbbbbb-1111-2222-3333-444444444444`;

/** Alice may do anything in KMS (identity policy kms:*); Bob has no policy at all. */
export function fixture(): SimulatorState {
  return createSimulator(
    scenario({
      accounts: [{ id: ACCOUNT, managementAccount: false }],
      principals: [
        withPolicy(ALICE, { Effect: 'Allow', Action: 'kms:*', Resource: '*' }),
        principal(BOB),
      ],
      keys: [
        key({ aliases: ['alias/app'] }),
        key({
          arn: MANAGED_ARN,
          aliases: ['alias/aws/s3'],
          keyManager: 'AWS',
          // Permissive on purpose: the simulator must refuse what AWS refuses even when allowed.
          policy: doc(enableIam()),
        }),
        key({ arn: IMPORTED_ARN, origin: 'EXTERNAL' }),
      ],
      requests: [],
    }),
    { clock: '2026-03-01T15:00:00Z', profiles: { default: ALICE, admin: ALICE, bob: BOB } },
  );
}

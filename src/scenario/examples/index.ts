import { decodeScenarioValue } from '../decodeValue';
import type { Scenario } from '../types';
import { adminsAndUsersExample } from './adminsAndUsers';
import { crossAccountDecryptExample } from './crossAccountDecrypt';
import { defaultKeyPolicyExample } from './defaultKeyPolicy';
import { grantWithContextExample } from './grantWithContext';

/** A built-in example scenario. */
export interface Example {
  /** Stable id, usable in URLs and tests. */
  id: string;
  /** The decoded scenario (defaults filled in). */
  scenario: Scenario;
}

/**
 * Examples are written as plain JSON and go through the same decoder as files and links, so
 * they are checked like any user's scenario. One that fails to decode is a bug in this folder,
 * caught by the tests, hence the throw.
 */
function load(id: string, json: unknown): Example {
  const result = decodeScenarioValue(json);
  if (!result.ok) {
    throw new Error(
      `built-in example "${id}" does not decode: ${result.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return { id, scenario: result.scenario };
}

/** The built-in examples, in the order the explorer lists them. */
export const examples: readonly Example[] = [
  load('default-key-policy-iam', defaultKeyPolicyExample),
  load('admins-and-users', adminsAndUsersExample),
  load('cross-account-decrypt', crossAccountDecryptExample),
  load('grant-encryption-context', grantWithContextExample),
];

import { enableIamStatement } from './keyPolicyStatements';
import type { Json } from './types';

/**
 * The key policy KMS gives a key created without one (KMS Developer Guide, "Default key policy"):
 * one statement that gives the account every KMS action, which lets the account's IAM policies
 * decide who may use the key.
 */
export function defaultKeyPolicy(account: string): { [key: string]: Json } {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [enableIamStatement(account)],
  };
}

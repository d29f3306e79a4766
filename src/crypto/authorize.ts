/**
 * Runs one KMS request through the authorization engine: the scenario's documents decide, exactly
 * as for the requests the user writes. The cryptography runs only after an `Allowed` outcome.
 */
import { compileScenario, evaluateRequest, type EvaluationResult } from '../engine';
import type { Json, Request, Scenario } from '../scenario/types';
import type { EncryptionContext } from './encryptionContext';
import type { KmsCaller } from './kmsTypes';

/** The operation-specific part of a request. */
export interface KmsCall {
  /** IAM action, e.g. `kms:Encrypt`. */
  action: string;
  /** The KeyId parameter as typed (id, ARN, alias name or alias ARN). */
  key?: string;
  encryptionContext?: EncryptionContext;
  /** KMS API parameters in AWS's spelling. */
  parameters?: Record<string, Json>;
}

/** The scenario request the engine evaluates for this call. */
export function kmsRequest(caller: KmsCaller, call: KmsCall): Request {
  const req: Request = {
    id: call.action.replace(/^kms:/, ''),
    principal: caller.principal,
    action: call.action,
    grantTokens: caller.grantTokens ?? [],
    context: caller.context ?? {},
    deriveContext: true,
    parameters: call.parameters ?? {},
  };
  if (call.key !== undefined) req.key = call.key;
  if (call.encryptionContext !== undefined) req.encryptionContext = call.encryptionContext;
  if (caller.viaVpcEndpoint !== undefined) req.viaVpcEndpoint = caller.viaVpcEndpoint;
  return req;
}

/** Evaluates the call as the only request of the scenario. */
export function authorize(scenario: Scenario, caller: KmsCaller, call: KmsCall): EvaluationResult {
  const cs = compileScenario({ ...scenario, requests: [kmsRequest(caller, call)] });
  return evaluateRequest(cs, 0);
}

/**
 * The key ARN the engine resolved for authorization check `n` (0: the key; 1: ReEncrypt's
 * destination), read from the trace's `authorizationCheck` step.
 */
export function checkedKeyArn(result: EvaluationResult, n = 0): string | null {
  const step = result.trace.find((s) => s.rule === 'authorizationCheck' && s.id === `check${n}`);
  const resource = step?.detail?.['resource'];
  return typeof resource === 'string' && resource.includes(':key/') ? resource : null;
}

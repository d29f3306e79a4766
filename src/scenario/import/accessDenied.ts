/**
 * An AccessDeniedException message as AWS prints it, made into a request to evaluate. The shapes
 * (IAM User Guide, "Troubleshoot access denied error messages"; AWS Security Blog, "Enhanced
 * access denied error messages with policy ARNs"):
 *
 *   User: ARN is not authorized to perform: ACTION on resource: RESOURCE because no TYPE allows the ACTION action
 *   User: ARN is not authorized to perform: ACTION on resource: RESOURCE with an explicit deny in a TYPE[: POLICY-ARN]
 *   User: ARN is not authorized to perform: ACTION on this resource because the resource does not exist in this Region, …
 *
 * optionally after the CLI's `An error occurred (AccessDeniedException) when calling the OP operation: `.
 */
import {
  addRequest,
  findKeyArn,
  identityArnOf,
  listOf,
  upsertKey,
  upsertPrincipal,
  type Imported,
  type JsonObject,
} from './draft';

export interface AccessDeniedMessage {
  principal: string;
  action: string;
  /** The resource ARN, or null for "on this resource". */
  resource: string | null;
  decision: 'ExplicitDeny' | 'ImplicitDeny';
  /** `identity-based policy`, `service control policy`, `resource-based policy`, … */
  policyType: string | null;
  /** The denying policy's ARN, when AWS included it. */
  policyArn: string | null;
  /** The API operation the CLI named, when it did. */
  operation: string | null;
}

const HEAD =
  /(?:An error occurred \((\w+)\) when calling the (\w+) operation:\s*)?User:\s*(\S+)\s+is not authorized to perform:\s*(\S+)\s+on (?:resource:\s*(\S+?)|this resource)\s+(.*)$/s;

/** Parses an access denied message, or returns null when the text is not one. */
export function parseAccessDenied(text: string): AccessDeniedMessage | null {
  const m = HEAD.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const [, , operation, principal, action, resource, rest = ''] = m;
  if (!principal || !action) return null;
  const tail = rest.replace(/\.$/, '');
  const explicit = /with an explicit deny in (?:an?|the) (.+?)(?::\s*(arn:\S+))?$/.exec(tail);
  const implicit = /because no (.+?) allows the \S+ action/.exec(tail);
  const thisResource = /because the resource does not exist/.test(tail);
  return {
    principal,
    action,
    resource: resource ?? null,
    decision: explicit ? 'ExplicitDeny' : 'ImplicitDeny',
    policyType: explicit?.[1] ?? implicit?.[1] ?? (thisResource ? 'resource-based policy' : null),
    policyArn: explicit?.[2] ?? null,
    operation: operation ?? null,
  };
}

/** The import of an access denied message: the caller, the key and the request. */
export function importAccessDenied(text: string, draft: JsonObject): Imported | null {
  const msg = parseAccessDenied(text);
  if (!msg) return null;
  const notes: string[] = [];
  if (!/^kms:/i.test(msg.action))
    notes.push(`${msg.action} is not a KMS action; the request is kept as written.`);
  let key: string | null = null;
  let newKey = false;
  if (msg.resource && /^arn:[^:]+:kms:/.test(msg.resource)) {
    key = findKeyArn(draft, msg.resource) ?? msg.resource;
    newKey = key === msg.resource && findKeyArn(draft, msg.resource) === null && /:key\//.test(key);
  } else if (!msg.resource) {
    notes.push(
      'The message does not name the key ("on this resource"): choose the key in the request builder.',
    );
  } else notes.push(`The resource ${msg.resource} is not a KMS key.`);
  if (newKey)
    notes.push(
      `The key ${key} was not in the scenario: added with the default key policy; paste its real policy (aws kms get-key-policy) to decide it.`,
    );
  if (msg.policyArn)
    notes.push(
      `AWS named the denying ${msg.policyType}: ${msg.policyArn}. Add that policy to the scenario to see the deny.`,
    );
  else if (msg.policyType)
    notes.push(
      `AWS says: ${msg.decision === 'ExplicitDeny' ? 'an explicit deny in' : 'no allow in'} a ${msg.policyType}.`,
    );
  const caller = identityArnOf(msg.principal);
  const count = listOf(draft, 'requests').length;
  const request: JsonObject = {
    principal: msg.principal,
    action: msg.action,
    expect: { outcome: 'AccessDeniedException', decision: msg.decision },
  };
  if (key) request['key'] = key;
  const name = `denied-${msg.action.replace(/^kms:/i, '')}`;
  return {
    what: 'AccessDeniedException message',
    description: `Added the denied call (${msg.action} by ${msg.principal}) as a request expecting AccessDeniedException (${msg.decision}).`,
    notes,
    selectRequest: count,
    apply(d) {
      if (/^arn:[^:]+:iam::\d{12}:(user|role)\//.test(caller)) upsertPrincipal(d, caller);
      if (newKey && key) upsertKey(d, key);
      addRequest(d, name, request);
    },
  };
}

/**
 * Fixes at the gates: an SCP Allow at every organization level that had none (S16), the VPC
 * endpoint policy (S13), and, for operations that cannot cross accounts, the call made from the
 * key's account (S14).
 */
import { docIds } from '../../engine/kms/ids';
import type { FailedCheck } from '../analyse';
import {
  appendStatement,
  freshSid,
  getAt,
  isObject,
  locateDocument,
  type JsonObject,
} from '../locate';
import { accountOf, documentName, keyName, levelName, opName, sidPart } from '../names';
import { pointer } from '../patch';
import { principalElement, PRIVILEGE, type GenInput, type Step } from '../step';

/**
 * S16: each level from the root to the account needs an SCP that allows. The Allow goes into the
 * first SCP attached at each failing level, for this action, resource and caller only.
 */
export function scpAllow(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  const policies = s.organization?.policies ?? [];
  const steps: Step[] = [];
  for (const level of c.scpLevels) {
    const i = policies.findIndex((p) => p.type === 'SCP' && p.targets.includes(level));
    const p = policies[i];
    if (!p) continue;
    const path = ['organization', 'policies', i, 'document'];
    const principalArn = a.context.get('aws:PrincipalArn');
    const statement: JsonObject = {
      Sid: freshSid(getAt(json, path), `Allow${sidPart(opName(c.action))}`),
      Effect: 'Allow',
      Action: c.action,
      Resource: c.resource,
      ...(typeof principalArn === 'string'
        ? { Condition: { ArnEquals: { 'aws:PrincipalArn': principalArn } } }
        : {}),
    };
    const docId = docIds.org(p);
    steps.push({
      kind: 'guardrail',
      routes: ['scp'],
      clause: `allow ${c.action} for ${a.caller.arn} in ${documentName(s, docId)} (no SCP at ${levelName(s, level)} allowed it; an organization guardrail, changed in the management account)`,
      ops: appendStatement(json, path, statement),
      documents: [docId],
      privilege: PRIVILEGE.scpAllow,
    });
  }
  if (steps.length === 0) return [];
  return [
    {
      kind: 'guardrail',
      routes: ['scp'],
      clause: steps.map((x) => x.clause).join(', and '),
      ops: steps.flatMap((x) => x.ops),
      documents: steps.flatMap((x) => x.documents),
      privilege: steps.reduce((n, x) => n + x.privilege, 0),
    },
  ];
}

/** S13: the endpoint policy must allow; it never grants on its own. */
export function vpceAllow(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  const supplied = a.request.context['aws:SourceVpce'];
  const id = a.request.viaVpcEndpoint ?? (typeof supplied === 'string' ? supplied : undefined);
  if (!id) return [];
  const docId = docIds.endpoint(id);
  const path = locateDocument(s, docId);
  if (!path || !isObject(getAt(json, path))) return [];
  const statement: JsonObject = {
    Sid: freshSid(getAt(json, path), `Allow${sidPart(opName(c.action))}`),
    Effect: 'Allow',
    Principal: principalElement(a.caller),
    Action: c.action,
    Resource: c.resource,
  };
  return [
    {
      kind: 'guardrail',
      routes: ['vpce'],
      clause: `allow ${a.caller.arn} to call ${c.action} on ${c.key ? keyName(c.key) : c.resource} in ${documentName(s, docId)}`,
      ops: appendStatement(json, path, statement),
      documents: [docId],
      privilege: PRIVILEGE.identityLimit,
    },
  ];
}

/**
 * S14: some operations cannot be called on a key in another account; no policy changes that. The
 * same user or role name in the key's account makes the call instead (its permissions are the next
 * step).
 */
export function callFromKeyAccount(g: GenInput, c: FailedCheck): Step[] {
  const { a } = g;
  const keyAccount = c.key ? accountOf(c.key.arn) : null;
  if (!keyAccount || !c.key) return [];
  const name =
    a.caller.kind === 'user'
      ? `user/${a.caller.userName ?? ''}`
      : a.caller.kind === 'roleSession' && a.caller.roleName
        ? `role/${a.caller.roleName}`
        : null;
  if (!name) return [];
  const arn = `arn:aws:iam::${keyAccount}:${name}`;
  return [
    {
      kind: 'caller',
      routes: ['crossAccount'],
      clause: `make the call as ${arn} in the key's account ${keyAccount} (${opName(c.action)} cannot be called on a key in another account)`,
      ops: [{ op: 'replace', path: pointer('requests', a.index, 'principal'), value: arn }],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.otherCaller,
    },
  ];
}

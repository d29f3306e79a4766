/**
 * Fixes on the grant route (S7, S8, S9, S34): a new grant for exactly the caller and operation
 * (constrained to the request's encryption context), or what an existing grant missed: its grant
 * token in the request, the operation in its list, the context its constraint wants, a child
 * grant's operations and constraints within the parent's.
 */
import { docIds } from '../../engine/kms/ids';
import type { Grant } from '../../scenario/types';
import type { FailedCheck } from '../analyse';
import { appendToList, getAt, isObject } from '../locate';
import { keyName, opName } from '../names';
import { pointer } from '../patch';
import { PRIVILEGE, type GenInput, type Step } from '../step';

const pairs = (ec: Record<string, string>) =>
  Object.entries(ec)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** Constraints apply to operations that take an encryption context on a symmetric key (S8). */
const constrainable = (c: FailedCheck) =>
  c.op?.takesEncryptionContext === true &&
  c.op.name !== 'CreateGrant' &&
  c.key?.keySpec === 'SYMMETRIC_DEFAULT';

/** A new grant for the caller with exactly this operation (A22: never for a service principal). */
export function newGrant(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  if (!c.key || !c.op?.grantable || a.caller.kind === 'service' || a.caller.kind === 'unknown')
    return [];
  const ids = new Set(s.grants.map((x) => x.grantId));
  let grantId = `fix-${opName(c.action)}`;
  for (let n = 2; ids.has(grantId); n++) grantId = `fix-${opName(c.action)}-${n}`;
  const ec = a.request.encryptionContext;
  const out: Step[] = [];
  const variants = constrainable(c) && ec && Object.keys(ec).length > 0 ? [ec, null] : [null];
  for (const constraint of variants) {
    const grant = {
      grantId,
      key: c.key.arn,
      granteePrincipal: a.caller.arn,
      operations: [c.op.name],
      ...(constraint ? { constraints: { encryptionContextEquals: { ...constraint } } } : {}),
    };
    out.push({
      kind: 'grant',
      routes: ['grants'],
      clause: `create a grant on ${keyName(c.key)} for ${a.caller.arn} with operation ${c.op.name}${constraint ? ` and the constraint EncryptionContextEquals ${pairs(constraint)}` : ''}`,
      ops: appendToList(json, ['grants'], grant),
      documents: [docIds.grant(grantId)],
      privilege: constraint ? PRIVILEGE.grantWithConstraint : PRIVILEGE.grant,
    });
  }
  return out;
}

/** What each grant on the key missed, repaired one at a time. */
export function grantRepairs(g: GenInput, c: FailedCheck): Step[] {
  const { s, json, a } = g;
  const out: Step[] = [];
  const req = ['requests', a.index];
  for (const miss of c.grants) {
    const i = s.grants.findIndex((x) => x.grantId === miss.grantId);
    const grant = s.grants[i];
    if (!grant || !c.op) continue;
    const name = `grant ${grant.name ?? grant.grantId}`;
    if (miss.failed === 'notPropagated' && grant.grantToken !== undefined) {
      out.push({
        kind: 'request',
        routes: ['request', 'grants'],
        clause: `send the grant token of ${name} with the request (the grant is not yet propagated)`,
        ops: appendToList(json, [...req, 'grantTokens'], grant.grantToken),
        documents: [a.requestDoc],
        privilege: PRIVILEGE.request,
      });
    } else if (miss.failed === 'operation') {
      out.push({
        kind: 'grant',
        routes: ['grants'],
        clause: `add ${c.op.name} to the operations of ${name}`,
        ops: [{ op: 'add', path: pointer('grants', i, 'operations', '-'), value: c.op.name }],
        documents: [docIds.grant(grant.grantId)],
        privilege: PRIVILEGE.grantOperation,
      });
    } else if (miss.failed === 'constraint') {
      const ec = contextFor(grant, a.request.encryptionContext ?? {});
      out.push({
        kind: 'request',
        routes: ['request', 'grants'],
        clause: `send the encryption context ${pairs(ec)} that ${name} requires`,
        ops: [
          {
            op: a.request.encryptionContext ? 'replace' : 'add',
            path: pointer(...req, 'encryptionContext'),
            value: ec,
          },
        ],
        documents: [a.requestDoc],
        privilege: PRIVILEGE.request,
      });
    } else if (miss.failed === 'childOperations' || miss.failed === 'childConstraints') {
      out.push(...childWithinParent(g, grant, miss.failed));
    }
  }
  return out;
}

/** The encryption context a grant's constraint accepts, closest to the request's (S34). */
function contextFor(grant: Grant, ec: Record<string, string>): Record<string, string> {
  const k = grant.constraints;
  if (k?.encryptionContextEquals) return { ...k.encryptionContextEquals };
  const out = { ...ec };
  for (const [key, v] of Object.entries(k?.encryptionContextSubset ?? {})) {
    for (const have of Object.keys(out))
      if (have.toLowerCase() === key.toLowerCase()) delete out[have];
    out[key] = v;
  }
  return out;
}

/** CreateGrant under a parent grant: ask only for the parent's operations and constraints (S8). */
function childWithinParent(g: GenInput, parent: Grant, failed: string): Step[] {
  const { json, a } = g;
  const params = ['requests', a.index, 'parameters'];
  const p = getAt(json, params);
  if (!isObject(p)) return [];
  const name = `grant ${parent.name ?? parent.grantId}`;
  if (failed === 'childOperations') {
    const asked = Array.isArray(p['Operations']) ? p['Operations'] : [];
    const kept = asked.filter((o) => typeof o === 'string' && parent.operations.includes(o));
    if (kept.length === 0) return [];
    return [
      {
        kind: 'request',
        routes: ['request', 'grants'],
        clause: `ask only for the operations ${kept.join(', ')} that the parent ${name} has`,
        ops: [{ op: 'replace', path: pointer(...params, 'Operations'), value: kept }],
        documents: [a.requestDoc],
        privilege: PRIVILEGE.request,
      },
    ];
  }
  const k = parent.constraints;
  const value = k?.encryptionContextEquals
    ? { EncryptionContextEquals: { ...k.encryptionContextEquals } }
    : { EncryptionContextSubset: { ...(k?.encryptionContextSubset ?? {}) } };
  return [
    {
      kind: 'request',
      routes: ['request', 'grants'],
      clause: `ask for the same constraints as the parent ${name}`,
      ops: [
        {
          op: p['Constraints'] === undefined ? 'add' : 'replace',
          path: pointer(...params, 'Constraints'),
          value,
        },
      ],
      documents: [a.requestDoc],
      privilege: PRIVILEGE.request,
    },
  ];
}

/**
 * Properties 3-6, the algebra of the decision (kms-semantics 1.1, 1.2 step 4; S10):
 *  3. an explicit deny always wins — except where the rules say a policy is not consulted
 *     (A25: kms:RetireGrant statements in a key policy; S17: RCPs never restrict RetireGrant);
 *  4. a statement that matches nothing changes nothing;
 *  5. adding an Allow statement never turns an Allow into a deny;
 *  6. removing a Deny statement never turns an Allow into a deny.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json, Request, Scenario } from '../../scenario/types';
import { evaluateScenario, findOperation } from '../index';
import type { EvaluationResult } from '../types';
import {
  neverMatchingStatementArb,
  RESOURCE_BASED_KINDS,
  scenarioArb,
  statementArb,
  type JsonObject,
} from './arbitraries';
import {
  authorizationRan,
  callerFacts,
  clone,
  denyIndexes,
  documentLocations,
  essentials,
  getAt,
  hasStatementArray,
  runs,
  setAt,
  withoutStatement,
  withStatement,
} from './helpers';

const RUNS = runs(1000);
const TIMEOUT = 120_000;
/** Scenarios as generated, and ones whose documents start with typical Allows (more Allow results). */
const scenarios = fc.oneof(scenarioArb(), scenarioArb({ permissive: true }));

// ---------------------------------------------------------------------------------------------
// Property 3

const DENY_LOCATIONS = ['key', 'identity', 'boundary', 'session', 'scp', 'rcp', 'vpce'] as const;
type DenyLocation = (typeof DENY_LOCATIONS)[number];

const RESOURCE_DENY: JsonObject = {
  Sid: 'DenyEverything',
  Effect: 'Deny',
  Principal: '*',
  Action: '*',
  Resource: '*',
};
const IDENTITY_DENY: JsonObject = {
  Sid: 'DenyEverything',
  Effect: 'Deny',
  Action: '*',
  Resource: '*',
};
const denyDoc = (st: JsonObject): Json => ({ Version: '2012-10-17', Statement: [st] });

/** A copy of the scenario with a Deny of everything in every policy of one kind. */
function withUniversalDeny(s: Scenario, loc: DenyLocation): Scenario {
  const t = clone(s);
  const org = (type: 'SCP' | 'RCP', st: JsonObject) => {
    const policy = { id: 'p-deny-everything', type, targets: ['r-root'], document: denyDoc(st) };
    t.organization = {
      units: t.organization?.units ?? [],
      policies: [...(t.organization?.policies ?? []), policy],
    };
  };
  switch (loc) {
    case 'key':
      for (const k of t.keys) k.policy = withStatement(k.policy, RESOURCE_DENY);
      break;
    case 'identity':
      for (const p of t.principals)
        p.policies.push({ name: 'zz-deny', document: denyDoc(IDENTITY_DENY) });
      break;
    case 'boundary':
      for (const p of t.principals)
        p.permissionsBoundary = withStatement(p.permissionsBoundary, IDENTITY_DENY);
      break;
    case 'session':
      for (const r of t.requests) r.sessionPolicy = withStatement(r.sessionPolicy, IDENTITY_DENY);
      break;
    case 'scp':
      org('SCP', IDENTITY_DENY);
      break;
    case 'rcp':
      org('RCP', RESOURCE_DENY);
      break;
    case 'vpce':
      for (const e of t.vpcEndpoints) e.policy = withStatement(e.policy, RESOURCE_DENY);
      break;
  }
  return t;
}

/** Account in the organization and not its management account (S16, S17). */
const inOrg = (s: Scenario, account: string | null) =>
  s.accounts.some((a) => a.id === account && a.parent !== undefined && !a.managementAccount);

/** Whether the documents at `loc` apply to this request, by the rules of kms-semantics 1.2 step 3. */
function denyApplies(s: Scenario, req: Request, loc: DenyLocation): boolean {
  const action = req.action.toLowerCase();
  const op = action.startsWith('kms:')
    ? findOperation(action === 'kms:reencrypt' ? 'ReEncryptFrom' : action)
    : undefined;
  const keyless = op?.keyless === true;
  const retire = action === 'kms:retiregrant';
  const f = callerFacts(s, req.principal);
  switch (loc) {
    // Keyless operations have no key policy (S6); A25: RetireGrant ignores key-policy statements.
    case 'key':
      return !keyless && !retire;
    // S17: RCPs never restrict RetireGrant; A29: not for AWS managed keys; not outside the org.
    case 'rcp':
      return (
        !keyless &&
        !retire &&
        s.keys.every((k) => k.keyManager === 'CUSTOMER' && inOrg(s, k.arn.split(':')[4] ?? null))
      );
    // S6: identity policies and boundaries of the caller's own user or role; none for root/services.
    case 'identity':
    case 'boundary':
      return f.entryIndex >= 0 && (f.kind === 'user' || f.kind === 'role' || f.kind === 'session');
    case 'session':
      return f.kind === 'session' || f.kind === 'federated';
    // S16: not for service principals, service-linked roles, the management account, outside the org.
    case 'scp':
      return f.kind !== 'service' && !f.serviceLinked && inOrg(s, f.account);
    case 'vpce':
      return req.viaVpcEndpoint !== undefined;
  }
}

describe('an explicit deny always wins (property 3)', () => {
  it(
    'a Deny of everything in any applicable policy makes every authorized request ExplicitDeny',
    () => {
      fc.assert(
        fc.property(scenarios, fc.constantFrom(...DENY_LOCATIONS), (s, loc) => {
          const base = evaluateScenario(s).results;
          const t = withUniversalDeny(s, loc);
          const after = evaluateScenario(t).results;
          t.requests.forEach((req, i) => {
            const r = after[i] as EvaluationResult;
            const b = base[i] as EvaluationResult;
            // A deny never creates an Allow.
            if (r.decision === 'Allow') expect(b.decision).toBe('Allow');
            // Rejected before authorization (unknown operation, key or grant): no policy was read.
            if (!authorizationRan(r)) {
              expect(essentials(r)).toStrictEqual(essentials(b));
              return;
            }
            if (denyApplies(t, req, loc)) {
              expect({ loc, request: i, decision: r.decision, outcome: r.outcome }).toStrictEqual({
                loc,
                request: i,
                decision: 'ExplicitDeny',
                outcome: 'AccessDeniedException',
              });
              expect(r.deciding.length).toBeGreaterThan(0);
            } else if (
              (loc === 'key' || loc === 'rcp') &&
              req.action.toLowerCase() === 'kms:retiregrant'
            ) {
              // A25 / S17: the documented exceptions — the deny is not consulted at all.
              expect({ decision: r.decision, outcome: r.outcome }).toStrictEqual({
                decision: b.decision,
                outcome: b.outcome,
              });
            }
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// Properties 4-6

describe('statements that match nothing (property 4)', () => {
  it(
    'adding them to every policy changes neither outcome, decision, message nor deciding',
    () => {
      const arb = scenarios.chain((s) => {
        const locs = documentLocations(s).filter((l) => hasStatementArray(getAt(s, l.path)));
        return fc
          .tuple(...locs.map((l) => neverMatchingStatementArb(l.kind)))
          .map((statements) => ({ s, locs, statements }));
      });
      fc.assert(
        fc.property(arb, ({ s, locs, statements }) => {
          const t = clone(s);
          locs.forEach((l, i) =>
            setAt(t, l.path, withStatement(getAt(t, l.path), statements[i] as JsonObject)),
          );
          const base = evaluateScenario(s).results.map(essentials);
          const after = evaluateScenario(t).results.map(essentials);
          expect(after).toStrictEqual(base);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('adding an Allow statement (property 5)', () => {
  it(
    'never turns an Allow into a deny, and never adds or removes an explicit deny',
    () => {
      const arb = fc.tuple(
        scenarios,
        fc.nat(),
        statementArb('key', { effect: 'Allow' }),
        statementArb('identity', { effect: 'Allow' }),
      );
      fc.assert(
        fc.property(arb, ([s, pick, resourceStatement, identityStatement]) => {
          const locs = documentLocations(s);
          const loc = locs[pick % Math.max(1, locs.length)];
          if (!loc) return;
          const t = clone(s);
          const statement = RESOURCE_BASED_KINDS.has(loc.kind)
            ? resourceStatement
            : identityStatement;
          setAt(t, loc.path, withStatement(getAt(t, loc.path), statement));
          const base = evaluateScenario(s).results;
          const after = evaluateScenario(t).results;
          base.forEach((b, i) => {
            const r = after[i] as EvaluationResult;
            const got = { where: loc.path, request: i, decision: r.decision };
            if (b.decision === 'Allow') expect(got).toStrictEqual({ ...got, decision: 'Allow' });
            expect(r.decision === 'ExplicitDeny').toBe(b.decision === 'ExplicitDeny');
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('removing a Deny statement (property 6)', () => {
  it(
    'never turns an Allow into a deny',
    () => {
      fc.assert(
        fc.property(scenarios, fc.nat(), (s, pick) => {
          const denies = documentLocations(s).flatMap((l) =>
            denyIndexes(getAt(s, l.path)).map((index) => ({ ...l, index })),
          );
          const d = denies[pick % Math.max(1, denies.length)];
          if (!d) return;
          const t = clone(s);
          setAt(t, d.path, withoutStatement(getAt(t, d.path), d.index));
          const base = evaluateScenario(s).results;
          const after = evaluateScenario(t).results;
          base.forEach((b, i) => {
            const r = after[i] as EvaluationResult;
            const got = { where: d.path, statement: d.index, request: i, decision: r.decision };
            if (b.decision === 'Allow') expect(got).toStrictEqual({ ...got, decision: 'Allow' });
            // Fewer denies can only lose explicit denies.
            if (r.decision === 'ExplicitDeny') expect(b.decision).toBe('ExplicitDeny');
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine';
import { decodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import { GATE_RULES, mapItems, routeModel, type RouteModel } from './routes';

const dir = join(__dirname, '../scenario/fixtures/conformance');
const scenarios: [string, Scenario][] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => {
    const d = decodeScenarioText(readFileSync(join(dir, f), 'utf8'));
    return d.ok ? [[f, d.scenario] as [string, Scenario]] : [];
  });

const models = scenarios.flatMap(([file, scenario]) =>
  evaluateScenario(scenario).results.map((result) => ({
    file,
    result,
    model: routeModel(result, { scenario }),
    bare: routeModel(result),
  })),
);

describe('routeModel over the conformance scenarios', () => {
  it('reads every scenario', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(100);
    expect(models.length).toBeGreaterThanOrEqual(100);
  });

  it('lights exactly the route that allowed, in every check of every allowed request', () => {
    for (const { file, result, model } of models) {
      if (result.decision !== 'Allow') continue;
      for (const c of model.checks) {
        const lit = c.routes.filter((r) => r.lit);
        expect(lit, `${file} ${result.request} ${c.action}`).toHaveLength(1);
        expect(lit[0]?.status).toBe('allow');
        expect(c.gates.every((g) => g.status !== 'stop')).toBe(true);
      }
    }
  });

  it('lights no route of a denied request, and gives every route a reason', () => {
    for (const { file, result, model, bare } of models) {
      for (const m of [model, bare]) {
        for (const item of mapItems(m)) expect(item.reason, `${file} ${item.id}`).not.toBe('');
        if (result.decision === 'Allow') continue;
        const check = m.checks[m.decidingCheck];
        if (!check) continue;
        expect(check.routes.some((r) => r.lit)).toBe(false);
        expect(check.routes.every((r) => r.status !== 'allow' || check.outcome === 'allow')).toBe(
          true,
        );
      }
    }
  });

  it('shows the five gates in order for every check, and stops at most once', () => {
    for (const { model } of models)
      for (const c of model.checks) {
        expect(c.gates.map((g) => g.rule)).toEqual([...GATE_RULES]);
        expect(c.gates.filter((g) => g.status === 'stop').length).toBeLessThanOrEqual(1);
        const stop = c.gates.findIndex((g) => g.status === 'stop');
        if (stop >= 0) {
          for (const g of c.gates.slice(stop + 1))
            expect(g.status === 'notReached' || g.stepIds.length > 0).toBe(true);
          for (const r of c.routes) expect(r.status).toBe('notReached');
        }
      }
  });

  it('matches the decision: stop gate for a guardrail deny, the outcome on the decision', () => {
    for (const { file, result, model } of models) {
      expect(model.decision.outcome).toBe(result.outcome);
      if (result.decision === 'ExplicitDeny') {
        const c = model.checks[model.decidingCheck];
        expect(c?.gates[0]?.status, file).toBe('stop');
      }
      if (
        result.outcome !== 'Allowed' &&
        result.outcome !== 'DryRunOperationException' &&
        result.decision === 'Allow'
      )
        expect(model.after.status, file).toBe('fail');
    }
  });

  it('uses trace steps that exist, each item within the trace', () => {
    for (const { result, model } of models) {
      const ids = new Set(result.trace.map((s) => s.id));
      for (const item of mapItems(model)) {
        for (const id of item.stepIds) expect(ids.has(id)).toBe(true);
        expect(item.stepIndex).toBeLessThanOrEqual(item.lastStepIndex);
        expect(item.lastStepIndex).toBeLessThan(Math.max(1, result.trace.length));
      }
    }
  });

  it('has ids unique within a model', () => {
    for (const { model } of models) {
      const ids = mapItems(model).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

function find(model: RouteModel, idEnd: string) {
  return mapItems(model).find((i) => i.id.endsWith(idEnd));
}

describe('routeModel reasons', () => {
  it('says which grant constraint was not met, with the values', () => {
    const hits = models.flatMap(({ model }) =>
      mapItems(model).filter((i) => i.rule === 'grant' && /not met/.test(i.reason)),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.reason).toMatch(/^Grant .+: EncryptionContext(Subset|Equals) .+ not met/);
  });

  it('names the deny that stopped a request on every route', () => {
    const denied = models.filter(({ result }) => result.decision === 'ExplicitDeny');
    expect(denied.length).toBeGreaterThan(0);
    for (const { model } of denied) {
      const c = model.checks[model.decidingCheck];
      for (const r of c?.routes ?? []) expect(r.reason).toMatch(/^Deny /);
    }
  });

  it('shows a cross-account call as the two halves of the policy route', () => {
    const cross = models.filter(({ model }) => model.checks.some((c) => c.crossAccount));
    expect(cross.length).toBeGreaterThan(0);
    for (const { model } of cross) {
      const c = model.checks.find((x) => x.crossAccount);
      const iam = c?.routes.find((r) => r.rule === 'keyPolicyIam');
      expect(iam?.title).toBe('Key policy + IAM, both accounts');
      // The two halves: what the key account's policy says, then the caller account's IAM.
      if (iam?.status === 'allow')
        expect(iam.reason).toMatch(/^Key account: .+; caller account \d{12}: /);
      if (iam?.status === 'noAllow') expect(iam.reason).toMatch(/^Key account: /);
      // Side by side: the key account's half, then the caller account's (when the route ran).
      if (iam?.status === 'allow' || iam?.status === 'noAllow')
        expect(iam.halves?.map((h) => h.label)).toEqual([
          expect.stringMatching(/^Key account \d{12}: key policy$/),
          expect.stringMatching(/^Caller account \d{12}: IAM$/),
        ]);
      if (iam?.status === 'allow')
        expect(iam.halves?.map((h) => h.status)).toEqual(['allow', 'allow']);
    }
    expect(find(cross[0]!.model, 'route/keyPolicy')?.status).toMatch(/notApplicable|notReached/);
  });

  it('says a dry run would have succeeded (S50)', () => {
    const [, scenario] = scenarios.find(([f]) => f === 'V004.json')!;
    const dry = structuredClone(scenario);
    dry.requests[0]!.parameters = { ...dry.requests[0]!.parameters, DryRun: true };
    const result = evaluateScenario(dry).results[0]!;
    expect(result.outcome).toBe('DryRunOperationException');
    const model = routeModel(result, { scenario: dry });
    expect(model.after.status).toBe('pass');
    expect(model.after.reason).toMatch(/DryRun was set/);
    expect(model.decision.status).toBe('allow');
    expect(model.decision.statusWords).toBe('Would succeed (dry run)');
  });
});

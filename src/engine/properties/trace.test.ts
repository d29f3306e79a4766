/**
 * Properties 7 and 8: every trace is plain JSON with unique ids, parents before children and the
 * decision last; every source, diagnostic and deciding reference points at something that exists
 * in the scenario (types.ts SourceRef; ids.ts documentById/resolvePath).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/types';
import { documentById, evaluateScenario, resolvePath } from '../index';
import type { EvaluationResult, JsonPath } from '../types';
import { scenarioArb } from './arbitraries';
import { runs } from './helpers';

const TIMEOUT = 120_000;

const STEP_OUTCOME = {
  Allow: 'allow',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
} as const;

function checkTrace(r: EvaluationResult): void {
  // toEqual ignores fields whose value is undefined, which JSON leaves out.
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  const ids = r.trace.map((t) => t.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(duplicates).toEqual([]);
  const seen = new Set<string>();
  for (const t of r.trace) {
    if (t.parentId !== null)
      expect(seen.has(t.parentId) ? t.parentId : `missing parent of ${t.id}`).toBe(t.parentId);
    seen.add(t.id);
  }
  const last = r.trace[r.trace.length - 1];
  expect(last?.kind).toBe('decision');
  expect(last?.outcome).toBe(STEP_OUTCOME[r.decision]);
  expect(r.trace.filter((t) => t.kind === 'decision')).toHaveLength(1);
}

/** Every reference that does not resolve, as `document path` strings (empty when all resolve). */
function unresolved(s: Scenario, refs: { document: string; path: JsonPath }[]): string[] {
  return refs
    .filter((ref) => ref.document !== 'scenario')
    .filter((ref) => resolvePath(documentById(s, ref.document), ref.path) === undefined)
    .map((ref) => `${ref.document} ${JSON.stringify(ref.path)}`);
}

function checkSources(s: Scenario): void {
  const ev = evaluateScenario(s);
  for (const r of ev.results) {
    const steps = r.trace.flatMap((t) => (t.source ? [{ ...t.source, step: t.id }] : []));
    expect(unresolved(s, steps)).toEqual([]);
    expect(unresolved(s, r.deciding)).toEqual([]);
  }
  expect(unresolved(s, ev.diagnostics)).toEqual([]);
}

describe('trace structure (property 7)', () => {
  it(
    'survives a JSON round trip; ids unique; parents earlier; decision last (generated scenarios)',
    () => {
      fc.assert(
        fc.property(scenarioArb(), (s) => {
          for (const r of evaluateScenario(s).results) checkTrace(r);
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );

  it(
    'the same holds when documents and parameters are arbitrary JSON',
    () => {
      fc.assert(
        fc.property(scenarioArb({ garbage: true }), (s) => {
          for (const r of evaluateScenario(s).results) checkTrace(r);
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});

describe('source references (property 8)', () => {
  it(
    'every trace source, deciding entry and diagnostic resolves (generated scenarios)',
    () => {
      fc.assert(fc.property(scenarioArb(), checkSources), { numRuns: runs(1000) });
    },
    TIMEOUT,
  );

  it(
    'the same holds when documents and parameters are arbitrary JSON',
    () => {
      fc.assert(fc.property(scenarioArb({ garbage: true }), checkSources), { numRuns: runs(1000) });
    },
    TIMEOUT,
  );
});

describe('keys that repeat an ARN', () => {
  it('the first is the key: its diagnostics and trace sources resolve (found by property 8)', () => {
    const first = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*' }] };
    const second = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: null },
        { Effect: 'Allow', Action: null },
      ],
    };
    const key = (policy: unknown) => ({
      arn: '',
      aliases: [],
      state: 'Enabled',
      origin: 'AWS_KMS',
      keyManager: 'CUSTOMER',
      tags: {},
      policy,
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      multiRegion: false,
    });
    const s = {
      format: 'kms-playground/scenario',
      version: 1,
      accounts: [{ id: '111122223333', parent: 'r-root', managementAccount: false }],
      principals: [],
      groups: [],
      keys: [key(first), key(second)],
      grants: [],
      vpcEndpoints: [],
      requests: [
        {
          action: 'kms:Decrypt',
          principal: 'arn:aws:iam::111122223333:user/Alice',
          key: '',
          grantTokens: [],
          context: {},
          deriveContext: true,
          parameters: {},
        },
      ],
    } as unknown as Scenario;
    checkSources(s);
  });
});

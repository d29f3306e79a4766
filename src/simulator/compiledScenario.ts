/**
 * The compiled scenario a call is decided against, reused from call to call (issue 17). Compiling
 * costs time in the number of keys and grants (and more: each key's document id looks at every
 * other key), so compiling on every call made a long console script quadratic. The documents are
 * compiled once per version of the scenario's keys, grants, principals, groups, organization and
 * endpoints (the state is immutable: any change replaces the array it touched, so a cached
 * compilation is never stale); each call only adds its own request: the request's session policy
 * and `Policy` parameter, compiled by the engine over a scenario without documents, and a fresh
 * per-request preparation.
 */
import { compileScenario, type CompiledScenario } from '../engine';
import type { Request, Scenario } from '../scenario/types';

/** What the compiled documents depend on, by identity. */
const parts = (s: Scenario): readonly unknown[] => [
  s.keys,
  s.grants,
  s.principals,
  s.groups,
  s.organization,
  s.vpcEndpoints,
];

/** Compiled documents by the scenario's keys array, with the other parts they were made from. */
const CACHE = new WeakMap<object, { parts: readonly unknown[]; compiled: CompiledScenario }>();

/** The scenario's documents compiled (without requests), from the cache when unchanged. */
function compiledDocuments(scenario: Scenario): CompiledScenario {
  const now = parts(scenario);
  const hit = CACHE.get(scenario.keys);
  if (hit && hit.parts.every((p, i) => p === now[i])) return hit.compiled;
  const compiled = compileScenario({ ...scenario, requests: [] });
  CACHE.set(scenario.keys, { parts: now, compiled });
  return compiled;
}

/**
 * The scenario compiled with `request` as its only request (index 0): the same as
 * `compileScenario({ ...scenario, requests: [request] })`, without recompiling unchanged documents.
 */
export function compileForCall(scenario: Scenario, request: Request): CompiledScenario {
  const base = compiledDocuments(scenario);
  const withRequest: Scenario = { ...scenario, requests: [request] };
  const own =
    request.sessionPolicy === undefined && request.parameters.Policy === undefined
      ? null
      : compileScenario({
          ...withRequest,
          keys: [],
          grants: [],
          principals: [],
          groups: [],
          organization: undefined,
          vpcEndpoints: [],
        });
  return {
    ...base,
    scenario: withRequest,
    sessionPolicies: own?.sessionPolicies ?? new Map(),
    newKeyPolicies: own?.newKeyPolicies ?? new Map(),
    diagnostics: own ? [...base.diagnostics, ...own.diagnostics] : base.diagnostics,
    prepared: new Map(),
  };
}

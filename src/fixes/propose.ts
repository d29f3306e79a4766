/**
 * `proposeFixes`: the smallest verified changes that make a denied request Allowed.
 *
 * A bounded search over steps: the steps for what blocked the request (generate.ts) are each
 * applied to the scenario as written, decoded again and evaluated. A step that allows the request
 * is a fix; one that gets further (the trace changed) is extended by the steps for its new blocker,
 * up to `maxSteps` (a cross-account call needs the key policy and the caller's identity policy; an
 * SCP and a key policy; a permission and a disabled key). Fixes are ranked: those changing no other
 * request's outcome first, then by privilege, then by size.
 */
import { compileScenario, decideRequest, evaluateRequest, type EvaluationResult } from '../engine';
import { decodeScenarioValue, scenarioToJson } from '../scenario';
import type { Scenario } from '../scenario/types';
import { analyse } from './analyse';
import { generate } from './generate';
import { wildcardGuard } from './guard';
import type { JsonObject } from './locate';
import { applyPatch } from './patch';
import type { Step } from './step';
import type { Fix, FixOptions, SideEffect } from './types';

interface State {
  json: JsonObject;
  scenario: Scenario;
  result: EvaluationResult;
  steps: Step[];
  signature: string;
}

interface Found {
  steps: Step[];
  sideEffects: SideEffect[];
}

/** Beam width: partial fixes extended per round, narrowest first. */
const BEAM = 6;

/** Fixes found after which the search does not combine more steps. */
const ENOUGH = 3;

/** What the engine did, coarsely: a changed signature means a step got the request further. */
function signature(r: EvaluationResult): string {
  let out = r.outcome;
  for (const t of r.trace) {
    if (t.kind === 'phase' || t.kind === 'check' || t.kind === 'grant')
      out += `|${t.id}:${t.outcome}`;
    else if (t.kind === 'statement' && t.rule === 'Deny' && t.outcome === 'match')
      out += `|${t.id}`;
  }
  return out;
}

const privilegeOf = (steps: Step[]) => steps.reduce((n, s) => n + s.privilege, 0);
const opsKey = (s: Step) => JSON.stringify(s.ops);

/** FNV-1a, for short stable ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function summary(steps: Step[]): string {
  const clauses = steps.map((s) => s.clause);
  const text =
    clauses.length <= 2
      ? clauses.join(', and ')
      : `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Proposes verified fixes for request `index` of a decoded scenario; [] when it is Allowed. */
export function proposeFixes(scenario: Scenario, index: number, opts: FixOptions = {}): Fix[] {
  const limit = opts.limit ?? 8;
  const maxSteps = opts.maxSteps ?? 3;
  let budget = opts.maxCandidates ?? 120;
  const cs = compileScenario(scenario);
  const first = scenario.requests[index] ? evaluateRequest(cs, index) : undefined;
  if (!first || first.outcome === 'Allowed') return [];
  const baseline = scenario.requests.map((_, i) =>
    i === index ? first.outcome : decideRequest(cs, i).outcome,
  );
  const json = scenarioToJson(scenario);
  const addsWildcards = wildcardGuard(json);
  const found: Found[] = [];
  const seen = new Set<string>();
  let frontier: State[] = [
    { json, scenario, result: first, steps: [], signature: signature(first) },
  ];
  for (let depth = 0; depth < maxSteps && frontier.length > 0; depth++) {
    const next: State[] = [];
    for (const st of frontier) {
      const a = analyse(st.scenario, index, st.result);
      if (!a) continue;
      const candidates = generate({ s: st.scenario, json: st.json, a }).sort(
        (x, y) => x.privilege - y.privilege,
      );
      for (const step of candidates) {
        const steps = [...st.steps, step];
        const key = steps.map(opsKey).sort().join('\n');
        if (seen.has(key) || budget <= 0) continue;
        seen.add(key);
        budget--;
        let patched: JsonObject;
        try {
          patched = applyPatch(st.json, step.ops) as JsonObject;
        } catch {
          continue;
        }
        const decoded = decodeScenarioValue(patched);
        if (!decoded.ok) continue;
        const cs2 = compileScenario(decoded.scenario);
        const r = evaluateRequest(cs2, index);
        if (r.outcome === 'Allowed') {
          if (
            addsWildcards(
              patched,
              steps.flatMap((x) => x.ops),
            ).length > 0
          )
            continue;
          const sideEffects: SideEffect[] = [];
          decoded.scenario.requests.forEach((req, i) => {
            if (i === index) return;
            // Only the outcome is compared: no trace needed (issue 16).
            const after = decideRequest(cs2, i).outcome;
            const before = baseline[i];
            if (before !== undefined && after !== before)
              sideEffects.push({ request: req.id ?? String(i), before, after });
          });
          found.push({ steps, sideEffects });
          continue;
        }
        const sig = signature(r);
        if (sig !== st.signature)
          next.push({
            json: patched,
            scenario: decoded.scenario,
            result: r,
            steps,
            signature: sig,
          });
      }
    }
    // Deeper fixes combine more steps, so they are wider than the ones found: enough is enough.
    if (found.length >= Math.min(limit, ENOUGH)) break;
    frontier = next.sort((x, y) => privilegeOf(x.steps) - privilegeOf(y.steps)).slice(0, BEAM);
  }
  return rank(found).slice(0, limit);
}

/** Drops fixes that contain a smaller fix, orders the rest and numbers them. */
function rank(found: Found[]): Fix[] {
  // A step is known by its clause: the same change made after another step has other paths (a
  // policy sent back whole, an index shifted) but the same words.
  const keys = found.map((f) => new Set(f.steps.map((s) => s.clause)));
  const minimal = found.filter(
    (f, i) =>
      !found.some(
        (g, j) =>
          j !== i &&
          g.steps.length < f.steps.length &&
          g.steps.every((s) => keys[i]?.has(s.clause)),
      ),
  );
  const fixes = minimal.map((f): Omit<Fix, 'rank'> & { steps: string } => {
    const patch = f.steps.flatMap((s) => s.ops);
    const kind = f.steps.find((s) => s.kind !== 'caller')?.kind ?? f.steps[0]?.kind ?? 'request';
    return {
      steps: f.steps
        .map((s) => s.clause)
        .sort()
        .join('\n'),
      id: `${kind}-${hash(JSON.stringify(patch))}`,
      kind,
      routes: [...new Set(f.steps.flatMap((s) => s.routes))],
      summary: summary(f.steps),
      patch,
      documents: [...new Set(f.steps.flatMap((s) => s.documents))],
      sideEffects: f.sideEffects,
      privilege: privilegeOf(f.steps),
    };
  });
  fixes.sort(
    (x, y) =>
      Number(x.sideEffects.length > 0) - Number(y.sideEffects.length > 0) ||
      x.privilege - y.privilege ||
      x.patch.length - y.patch.length ||
      (x.summary < y.summary ? -1 : x.summary > y.summary ? 1 : 0),
  );
  // The same steps found in another order are one fix.
  const unique = fixes.filter(
    (f, i) => fixes.findIndex((g) => g.id === f.id || g.steps === f.steps) === i,
  );
  return unique.map(({ steps: _steps, ...f }, i) => ({ ...f, rank: i + 1 }));
}

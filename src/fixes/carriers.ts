/**
 * `carriers`: for an Allowed request, the statements and grants it rests on, each one checked by
 * evaluating the scenario without it (issue 10: "what carries it"). Candidates are every Allow
 * statement and grant the trace shows matching, plus the deciding references.
 */
import { compileScenario, evaluateRequest, type EvaluationResult } from '../engine';
import { decodeScenarioValue, scenarioToJson } from '../scenario';
import type { Scenario } from '../scenario/types';
import { locateDocument, type Path } from './locate';
import { applyPatch, pointer } from './patch';
import type { Carrier } from './types';

interface Candidate {
  document: string;
  path: Path;
}

function candidates(r: EvaluationResult): Candidate[] {
  const out = new Map<string, Candidate>();
  const add = (document: string, path: Path) =>
    out.set(`${document} ${JSON.stringify(path)}`, { document, path });
  for (const d of r.deciding) add(d.document, d.path);
  for (const t of r.trace) {
    if (!t.source || t.outcome !== 'match') continue;
    if (t.kind === 'statement' && t.rule === 'Allow') add(t.source.document, t.source.path);
    if (t.kind === 'grant') add(t.source.document, []);
  }
  return [...out.values()];
}

/** Statements and grants whose removal alone denies request `index`; [] unless it is Allowed. */
export function carriers(scenario: Scenario, index: number): Carrier[] {
  if (!scenario.requests[index]) return [];
  const r = evaluateRequest(compileScenario(scenario), index);
  if (r.outcome !== 'Allowed') return [];
  const json = scenarioToJson(scenario);
  const out: Carrier[] = [];
  for (const c of candidates(r)) {
    const doc = locateDocument(scenario, c.document);
    if (!doc) continue;
    const at = pointer(...doc, ...c.path);
    let without: unknown;
    try {
      without = applyPatch(json, [{ op: 'remove', path: at }]);
    } catch {
      continue;
    }
    const decoded = decodeScenarioValue(without);
    if (!decoded.ok) continue;
    const after = evaluateRequest(compileScenario(decoded.scenario), index);
    if (after.outcome === 'Allowed') continue;
    const statement = r.deciding.find(
      (d) => d.document === c.document && JSON.stringify(d.path) === JSON.stringify(c.path),
    );
    out.push({
      document: c.document,
      path: c.path,
      sid: statement?.statement ?? sidAt(json, doc, c.path),
      pointer: at,
      without: after.outcome,
    });
  }
  return out;
}

function sidAt(json: unknown, doc: Path, path: Path): string | null {
  let cur: unknown = json;
  for (const t of [...doc, ...path]) {
    if (typeof cur !== 'object' || cur === null) return null;
    cur = (cur as Record<string, unknown>)[String(t)];
  }
  const sid =
    typeof cur === 'object' && cur !== null ? (cur as Record<string, unknown>)['Sid'] : null;
  return typeof sid === 'string' ? sid : null;
}

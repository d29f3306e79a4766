/**
 * An independent check of a proposed fix, for tests: the patch is applied with the lessons' JSON
 * Patch applier (not the one in src/fixes) to the scenario's file form (`encodeScenarioText`),
 * decoded again and evaluated; the request must be Allowed, the side effects must be the ones
 * reported, and no Allow statement the patch writes may hold a wildcard principal or action.
 */
import { evaluateScenario } from '../../engine';
import { applyChanges } from '../../lessons/patch';
import type { ScenarioChange } from '../../lessons/types';
import { decodeScenarioValue, encodeScenarioText } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import type { Fix } from '../types';

const WILDCARD_ACTIONS = new Set(['*', 'kms:*']);

/** Every object with `Effect: "Allow"` inside a value. */
function allowStatements(v: unknown, out: Record<string, unknown>[] = []) {
  if (Array.isArray(v)) for (const x of v) allowStatements(x, out);
  else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (o['Effect'] === 'Allow') out.push(o);
    for (const x of Object.values(o)) allowStatements(x, out);
  }
  return out;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Wildcard principals and actions written by the patch (statements copied verbatim excepted). */
export function wildcardsWritten(before: unknown, fix: Fix): string[] {
  const existing = new Set(allowStatements(before).map((s) => JSON.stringify(s)));
  const out: string[] = [];
  for (const op of fix.patch) {
    if (op.op === 'remove') continue;
    for (const st of allowStatements(op.value)) {
      if (existing.has(JSON.stringify(st))) continue;
      const p = st['Principal'];
      const aws = typeof p === 'object' && p !== null ? (p as Record<string, unknown>)['AWS'] : p;
      if (p === '*' || list(aws).includes('*')) out.push(`${op.path}: Principal *`);
      for (const a of list(st['Action']))
        if (typeof a === 'string' && WILDCARD_ACTIONS.has(a.toLowerCase()))
          out.push(`${op.path}: Action ${a}`);
    }
    if (/\/Action(\/-)?$/.test(op.path))
      for (const a of list(op.value))
        if (typeof a === 'string' && WILDCARD_ACTIONS.has(a.toLowerCase()))
          out.push(`${op.path}: Action ${a}`);
    if (/\/Principal(\/AWS)?$/.test(op.path) && list(op.value).includes('*'))
      out.push(`${op.path}: Principal *`);
  }
  return out;
}

/** Problems with a fix; [] when it does what it says. */
export function checkFix(s: Scenario, index: number, fix: Fix): string[] {
  const before = JSON.parse(encodeScenarioText(s)) as unknown;
  let patched: unknown;
  try {
    patched = applyChanges(before, fix.patch as ScenarioChange[]);
  } catch (e) {
    return [`${fix.id}: the patch does not apply to the file form: ${(e as Error).message}`];
  }
  const decoded = decodeScenarioValue(patched);
  if (!decoded.ok) return [`${fix.id}: the patched scenario does not decode`];
  const was = evaluateScenario(s).results;
  const now = evaluateScenario(decoded.scenario).results;
  const problems: string[] = [];
  if (now[index]?.outcome !== 'Allowed')
    problems.push(`${fix.id}: the request is ${now[index]?.outcome}, not Allowed`);
  const effects = now.flatMap((r, i) =>
    i !== index && r.outcome !== was[i]?.outcome
      ? [{ request: r.request, before: was[i]?.outcome, after: r.outcome }]
      : [],
  );
  if (JSON.stringify(effects) !== JSON.stringify(fix.sideEffects))
    problems.push(`${fix.id}: side effects ${JSON.stringify(effects)} were not reported`);
  for (const w of wildcardsWritten(before, fix)) problems.push(`${fix.id}: wildcard ${w}`);
  if (!/^[A-Z].*\.$/s.test(fix.summary)) problems.push(`${fix.id}: summary is not a sentence`);
  return problems;
}

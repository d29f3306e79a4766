/**
 * A proposed fix (src/fixes) seen from the workspace: the scenario it makes, and for every document
 * it touches the text before and after and the JSON paths it changed, so the decision panel can
 * show the change before it is applied and the editor can mark it after.
 */
import { applyPatch } from '../fixes/patch';
import type { Fix } from '../fixes/types';
import { decodeScenarioValue, type Scenario } from '../scenario';
import {
  SCENARIO_DOCUMENT,
  documentText,
  getIn,
  listDocuments,
  locateDocument,
  scenarioJson,
} from './documents';

/** One document a fix changes. */
export interface FixChange {
  /** Engine document id (`key:…`, `identity:…#…`, …). */
  document: string;
  /** The document's text before (empty when the fix creates it) and after. */
  before: string;
  after: string;
  /** Paths inside the document that the patch adds or replaces (for the editor's marks). */
  paths: (string | number)[][];
}

/** What applying a fix gives, or why it cannot be applied to this scenario. */
export type FixPreview =
  { ok: true; scenario: Scenario; changes: FixChange[] } | { ok: false; message: string };

const tokens = (p: string): string[] =>
  p === ''
    ? []
    : p
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The patch applied to the scenario as written, decoded again, and what changed where. */
export function previewFix(scenario: Scenario, fix: Fix): FixPreview {
  let patched: unknown;
  try {
    patched = applyPatch(scenarioJson(scenario), fix.patch);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const decoded = decodeScenarioValue(patched);
  if (!decoded.ok)
    return { ok: false, message: decoded.issues[0]?.message ?? 'the change does not decode' };
  const next = decoded.scenario;
  const json = scenarioJson(next);
  const changes: FixChange[] = [];
  for (const { id: document } of listDocuments(next)) {
    if (document === SCENARIO_DOCUMENT) continue;
    const before = documentText(scenario, document);
    const after = documentText(next, document);
    const loc = locateDocument(next, document);
    if (before === after || !loc) continue;
    const paths: (string | number)[][] = [];
    for (const o of fix.patch) {
      if (o.op === 'remove') continue;
      // The pointer as a path in the patched scenario ("-" is the element it appended).
      const at: (string | number)[] = [];
      for (const t of tokens(o.path)) {
        const parent = getIn(json, at);
        at.push(Array.isArray(parent) ? (t === '-' ? parent.length - 1 : Number(t)) : t);
      }
      const n = Math.min(at.length, loc.path.length);
      if (!at.slice(0, n).every((p, i) => p === loc.path[i])) continue;
      // Inside the document: that part of it; the document itself or above: all of it.
      paths.push(at.length > loc.path.length ? at.slice(loc.path.length) : []);
    }
    changes.push({ document, before, after, paths });
  }
  return { ok: true, scenario: next, changes };
}

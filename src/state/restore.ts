/**
 * Reading a saved workspace back: every part is checked, and whatever does not fit (a scenario
 * that no longer decodes, drafts of missing documents, odd pane sizes) is dropped or replaced,
 * never thrown.
 */
import { decodeScenarioText, type Scenario } from '../scenario';
import { issuesToError } from './applyText';
import { SCENARIO_DOCUMENT, locateDocument } from './documents';
import { clampRequest, defaultDocument } from './selectionSlice';
import { DEFAULT_PANES, clampPane } from './uiSlice';
import {
  BOTTOM_TABS,
  NARROW_PANES,
  type BottomTab,
  type Draft,
  type NarrowPane,
  type Notice,
  type UiSlice,
} from './types';

/** A workspace ready to start from. */
export interface Workspace {
  scenario: Scenario;
  drafts: Record<string, Draft>;
  selectedDocument: string;
  selectedRequest: number;
  theme: UiSlice['theme'];
  panes: UiSlice['panes'];
  dirty: boolean;
  /** The tab under the editor and the narrow screen's pane (absent in older saves). */
  bottomTab?: BottomTab;
  narrowPane?: NarrowPane;
  auditEvent?: string | null;
}

/** `value` when it is one of `options`, else undefined. */
export function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}

/** A notice before it gets its id. */
export type NoticeInput = Omit<Notice, 'id'>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readDraft(v: unknown): Draft | null {
  if (!isRecord(v) || typeof v['text'] !== 'string') return null;
  const e = v['error'];
  if (e === null) return { text: v['text'], error: null };
  if (!isRecord(e) || typeof e['message'] !== 'string') return null;
  const num = (x: unknown) => (typeof x === 'number' && x >= 1 ? Math.trunc(x) : 1);
  return {
    text: v['text'],
    error: { message: e['message'], line: num(e['line']), column: num(e['column']) },
  };
}

/**
 * Rebuilds a workspace from saved text. A scenario that no longer decodes starts `fallback`
 * instead, keeping the saved text as a draft of the `scenario` document so nothing is lost.
 */
export function parseWorkspace(
  text: string,
  fallback: Scenario,
): { workspace: Workspace; notice: NoticeInput | null } {
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    saved = null;
  }
  const root = isRecord(saved) ? saved : {};
  const theme = ['light', 'dark', 'system'].includes(root['theme'] as string)
    ? (root['theme'] as UiSlice['theme'])
    : 'system';
  const p = isRecord(root['panes']) ? root['panes'] : {};
  const panes = {
    explorer: clampPane('explorer', (p['explorer'] as number) ?? DEFAULT_PANES.explorer),
    editor: clampPane('editor', (p['editor'] as number) ?? DEFAULT_PANES.editor),
    bottom: clampPane('bottom', (p['bottom'] as number) ?? DEFAULT_PANES.bottom),
  };
  const ui = isRecord(root['ui']) ? root['ui'] : {};
  const base = {
    theme,
    panes,
    selectedRequest: 0,
    dirty: false,
    bottomTab: oneOf(BOTTOM_TABS, ui['bottomTab']),
    narrowPane: oneOf(NARROW_PANES, ui['narrowPane']),
    auditEvent: typeof ui['auditEvent'] === 'string' ? ui['auditEvent'] : null,
  };
  const scenarioText = root['scenario'];
  const decoded = typeof scenarioText === 'string' ? decodeScenarioText(scenarioText) : null;
  if (!decoded?.ok) {
    const reason = decoded ? (decoded.issues[0]?.message ?? 'invalid') : 'it is not a workspace';
    const drafts: Record<string, Draft> =
      typeof scenarioText === 'string' && decoded
        ? {
            [SCENARIO_DOCUMENT]: {
              text: scenarioText,
              error: issuesToError(scenarioText, decoded.issues, []),
            },
          }
        : {};
    const notice: NoticeInput = {
      level: 'warning',
      place: 'storage',
      message: `The work saved in this browser could not be restored (${reason}); starting from the first example.`,
    };
    const workspace = {
      ...base,
      scenario: fallback,
      drafts,
      selectedDocument: defaultDocument(fallback),
      dirty: drafts[SCENARIO_DOCUMENT] !== undefined,
    };
    return { workspace, notice };
  }
  const scenario = decoded.scenario;
  const drafts: Record<string, Draft> = {};
  if (isRecord(root['drafts'])) {
    for (const [id, v] of Object.entries(root['drafts'])) {
      const draft = readDraft(v);
      if (draft && locateDocument(scenario, id)) drafts[id] = draft;
    }
  }
  const sel = isRecord(root['selection']) ? root['selection'] : {};
  const doc = typeof sel['document'] === 'string' ? sel['document'] : '';
  const request = typeof sel['request'] === 'number' ? sel['request'] : 0;
  const workspace: Workspace = {
    ...base,
    scenario,
    drafts,
    selectedDocument: locateDocument(scenario, doc) ? doc : defaultDocument(scenario),
    selectedRequest: clampRequest(scenario, request),
    dirty: root['dirty'] === true,
  };
  return { workspace, notice: null };
}

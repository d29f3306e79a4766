/**
 * The app store's contract: one zustand store with slices (scenario, evaluation, selection,
 * playback, ui). Components read it only through `useAppStore(selectX)` from `src/state`, and
 * change it only through the actions below. Document ids are the engine's (see SourceRef in
 * src/engine/types.ts: `key:<keyId>`, `identity:<arn>#<name>`, `grant:<id>`, ...), plus `scenario`
 * for the whole scenario JSON, so a trace step's `source.document` names an editor model directly.
 */
import type { Fix } from '../fixes';
import type { FixChange } from './fixPreview';
import type { Json, Request, Scenario } from '../scenario/types';
import type { CallResult, EventFilter } from '../simulator';
import type { PresentSlice } from './presentTypes';
import type { LearnSlice } from './learnTypes';
import type { EvaluationResult, ScenarioEvaluation } from '../engine/types';

export type * from './presentTypes';
export type * from './learnTypes';

/** An editable document: a policy, a grant, a request, or the whole scenario. */
export interface DocumentInfo {
  /** Engine document id, or `scenario`. */
  id: string;
  /** Group in the explorer. */
  group: 'organization' | 'principals' | 'keys' | 'grants' | 'endpoints' | 'requests' | 'scenario';
  /** Short label, e.g. the Sid-less policy name or the key alias. */
  label: string;
  /** What kind of JSON it holds; the editor picks its schema from this. */
  kind:
    | 'keyPolicy'
    | 'identityPolicy'
    | 'boundary'
    | 'sessionPolicy'
    | 'scp'
    | 'rcp'
    | 'endpointPolicy'
    | 'newKeyPolicy'
    | 'grant'
    | 'request'
    | 'scenario';
}

/** Text the user typed that does not parse yet: kept, never lost, shown with its error. */
export interface Draft {
  text: string;
  /** Parse error with its position, or null when the text parses but is not yet applied. */
  error: { message: string; line: number; column: number } | null;
}

/** A message for the user, shown where it belongs. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  /** Where it shows: a banner for the whole app, or beside a panel. */
  place: 'app' | 'share' | 'storage' | 'import' | 'editor';
  message: string;
}

/** A share link waiting for the user to confirm replacing unsaved work. */
export interface PendingLink {
  scenario: Scenario;
  /** Title of the scenario in the link, for the question. */
  title: string;
  /** Where it comes from: a share link (the default), an example or a file the user opened. */
  origin?: 'example' | 'file';
}

export interface ScenarioSlice {
  scenario: Scenario;
  /** Unparseable or unapplied text per document id. */
  drafts: Record<string, Draft>;
  /** Undo history (scenario snapshots), newest last; and redo. */
  past: Scenario[];
  future: Scenario[];
  /** True when the scenario differs from what was last loaded, shared or exported. */
  dirty: boolean;
  /** Replace the whole scenario (a load: example, file, link). Recorded for undo. */
  loadScenario(s: Scenario, origin: 'example' | 'file' | 'link' | 'paste' | 'restore'): void;
  /** Apply an edit; recorded for undo (consecutive edits of one document within 1 s merge). */
  updateScenario(edit: (s: Scenario) => Scenario, documentId?: string): void;
  /** Editor text for one document: parsed and applied when valid, else kept as a draft. */
  setDocumentText(documentId: string, text: string): void;
  undo(): void;
  redo(): void;
  /** Drop the draft of one document, so the editor shows the applied JSON again. */
  discardDraft(documentId: string): void;
  /** Mark the current scenario as saved (after a file export): `dirty` becomes false. */
  markSaved(): void;
  /**
   * Paste AWS CLI output (`get-key-policy`, `list-grants`, `describe-key`) or a whole scenario:
   * applied as one undoable edit (a scenario is loaded); a notice at place `import` either way.
   * False when nothing could be used (the notice says why).
   */
  pasteText(text: string): boolean;
  /**
   * Apply a proposed fix (src/fixes) as one undoable edit; the first document it changes opens in
   * the editor with the change marked. A notice at place `editor` when it no longer applies.
   */
  applyFix(fix: Fix): void;
  /** The fix applied last and what it changed, while the scenario is still the one it made. */
  appliedFix: AppliedFix | null;
}

/** A fix as applied: its words, the scenario it made, and the documents and paths it changed. */
export interface AppliedFix {
  summary: string;
  scenario: Scenario;
  changes: FixChange[];
}

export interface EvaluationSlice {
  /** Evaluation of the current scenario (recomputed synchronously on every scenario change). */
  evaluation: ScenarioEvaluation;
  /** The evaluation before the last change, for "what changed" in the diagram. */
  previousEvaluation: ScenarioEvaluation | null;
}

export interface SelectionSlice {
  /** The document shown in the editor. */
  selectedDocument: string;
  /** Index of the request shown in the builder, decision and diagram. */
  selectedRequest: number;
  /** Trace step id selected in the diagram (reveals its statement in the editor). */
  selectedStep: string | null;
  selectDocument(id: string): void;
  selectRequest(index: number): void;
  selectStep(id: string | null): void;
}

export interface PlaybackSlice {
  /** How many trace steps of the selected result are revealed (0..trace.length). */
  position: number;
  playing: boolean;
  /** Steps per second. */
  speed: number;
  play(): void;
  pause(): void;
  stepForward(): void;
  stepBack(): void;
  restart(): void;
  /** Jump to the final state (also what prefers-reduced-motion shows). */
  finish(): void;
  setSpeed(stepsPerSecond: number): void;
  /** Advance one step if playing; called by the UI's timer. */
  tick(): void;
}

/**
 * Which screen is shown: the playground, the course (lessons and quizzes), instructor mode, or who
 * can use the keys (issue 15).
 */
export type AppView = 'playground' | 'learn' | 'present' | 'access';

/** The tabs under the editor. */
export const BOTTOM_TABS = ['request', 'console', 'audit', 'lab'] as const;
export type BottomTab = (typeof BOTTOM_TABS)[number];

/** The panes of a narrow screen's pane bar, the decision first. */
export const NARROW_PANES = ['decision', 'scenario', 'editor', 'panels'] as const;
export type NarrowPane = (typeof NARROW_PANES)[number];

export interface UiSlice {
  theme: 'light' | 'dark' | 'system';
  /** The screen shown (not saved: a reload opens the playground unless the URL asks otherwise). */
  view: AppView;
  setView(view: AppView): void;
  /** Pane sizes in pixels, restored on reload. */
  panes: { explorer: number; editor: number; bottom: number };
  /** The tab open under the editor (request builder, console, audit trail, envelope lab). */
  bottomTab: BottomTab;
  setBottomTab(tab: BottomTab): void;
  /** The one pane shown on a narrow screen (the others are a tap away in the pane bar). */
  narrowPane: NarrowPane;
  setNarrowPane(pane: NarrowPane): void;
  /** The audit event whose CloudTrail record is open (its eventID), or null. */
  auditEvent: string | null;
  setAuditEvent(eventId: string | null): void;
  notices: Notice[];
  pendingLink: PendingLink | null;
  setTheme(t: UiSlice['theme']): void;
  setPane(name: keyof UiSlice['panes'], px: number): void;
  notify(n: Omit<Notice, 'id'>): void;
  dismiss(id: string): void;
  /** Open a share fragment: loads it, or asks first when there is unsaved work. */
  openShareFragment(fragment: string): Promise<void>;
  confirmPendingLink(accept: boolean): void;
  /**
   * Opens an example or a file: at once when the work on screen is saved (shared, exported or
   * untouched), else after asking (the same question as for a link).
   */
  openScenario(scenario: Scenario, origin: 'example' | 'file'): void;
  /** Encode the scenario into the URL fragment and return the full link. */
  copyShareLink(): Promise<string>;
}

/** One line typed into the console and what it printed. */
export interface ConsoleEntry {
  id: number;
  /** The line as typed. */
  line: string;
  /** What the AWS CLI would print (empty for a call with an empty response). */
  output: string;
  /** Whether the output is an error (the CLI's stderr). */
  isError: boolean;
  /** Still running (its cryptography is in progress); the output is not there yet. */
  pending?: boolean;
  /** Restored from a previous page session: text only, no decision kept. */
  restored?: boolean;
  /** The engine's decision at call time (absent for help, parse errors and restored entries). */
  evaluation?: EvaluationResult;
  /** The engine request that was decided, for the decision's explanation. */
  request?: Request;
  /** The call's place in the audit trail (1-based) and its simulated time. */
  call?: { number: number; time: string };
}

/** A past call's decision shown in the diagram and decision panel instead of the live one. */
export interface PinnedCall {
  /** The console entry it came from. */
  entryId: number;
  /** "Call 3 at 10:02". */
  label: string;
  /** The decision as it was made then. */
  result: EvaluationResult;
  /** The request it decided (caller, action, key), as it was then. */
  request?: Request;
  /** The request index selected when pinned: selecting another request shows live results. */
  atRequest: number;
}

export interface SimulatorSlice {
  /** Console lines and outputs, oldest first (the newest are kept across reloads). */
  consoleHistory: ConsoleEntry[];
  /** Older console entries dropped in this session to keep the newest CONSOLE_HISTORY_LIMIT. */
  consoleDropped: number;
  /** Caller ARN used when a line has no `--profile` (the `default` profile). */
  consoleProfile: string | null;
  /** The audit panel's filter. */
  auditFilter: EventFilter;
  /** A saved session being replayed line by line: its lines and the next one to run. */
  replay: { lines: string[]; next: number } | null;
  /** A past call's decision shown instead of the live one, or null. */
  pinnedCall: PinnedCall | null;
  /**
   * Run one console line on the simulated account, with real cryptography; a change is one
   * undoable scenario edit. Lines run one after another; the entry shows as pending meanwhile.
   */
  runConsoleCommand(line: string): Promise<void>;
  /** Run the scenario request at `index` as a simulated call (audited, printed in the console). */
  sendRequest(index: number): Promise<void>;
  /**
   * One KMS call made by the UI (the envelope lab) through the simulator's one operation layer
   * (callAsync: engine, crypto port, audit), queued after the console's lines; applied to the
   * scenario like a console call. Blob parameters and results are base64.
   */
  callKms(caller: string, operation: string, params: Record<string, Json>): Promise<CallResult>;
  /** Move the simulated clock forward (grants propagate, deletions and rotations happen). */
  advanceClock(seconds: number): void;
  setConsoleProfile(arn: string): void;
  setAuditFilter(filter: EventFilter): void;
  /** Show the decision of a console call as it was made then (pins it over the live result). */
  showCall(entryId: number): void;
  /** Back to the live decision of the selected request. */
  unpinCall(): void;
  clearConsole(): void;
  /** Start replaying a script (blank lines and `#` comments skipped). */
  startReplay(script: string): void;
  /** Run the next line of the replay. */
  replayStep(): void;
  stopReplay(): void;
}

export type AppState = ScenarioSlice &
  EvaluationSlice &
  SelectionSlice &
  PlaybackSlice &
  UiSlice &
  SimulatorSlice &
  PresentSlice &
  LearnSlice;

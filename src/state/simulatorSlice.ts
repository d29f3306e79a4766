/**
 * The simulator slice: the AWS CLI console (history of lines and outputs, the caller used without
 * `--profile`, step-by-step replay of a saved session) and the audit panel's filter. Every console
 * line runs on the simulator rebuilt from the current scenario; a line that changes the simulated
 * account (any call, allowed or denied, is at least audited) becomes one undoable scenario edit.
 */
import type { Request, Scenario } from '../scenario';
import { advance, parseCommand, requestFor, runCommand, type FileStore } from '../simulator';
import { documentText, listDocuments } from './documents';
import type { SliceCreator } from './runtime';
import { simulatorOf, withSimulator } from './simulatorState';
import type { AppState, ConsoleEntry, SimulatorSlice } from './types';

/** Most console entries kept. */
export const CONSOLE_HISTORY_LIMIT = 200;

/**
 * Files for `file://` and `fileb://`: every document by its id, and `policy.json` = the document
 * open in the editor (so `--policy file://policy.json` sends what the editor shows).
 */
export function consoleFiles(s: Scenario, selectedDocument: string): FileStore {
  const files: Record<string, string> = {};
  for (const d of listDocuments(s)) files[d.id] = documentText(s, d.id);
  files['policy.json'] = documentText(s, selectedDocument);
  return files;
}

/** `help` and `help <command>` are short for `aws kms help` and `aws kms <command> help`. */
function expand(line: string): string {
  const m = /^help(?:\s+(\S+))?\s*$/.exec(line);
  if (!m) return line;
  return m[1] ? `aws kms ${m[1]} help` : 'aws kms help';
}

/** The scenario request of a console call, so its decision diagram can be shown. */
function callRequest(state: AppState, line: string, files: FileStore): Request | undefined {
  const parsed = parseCommand(line, files);
  if (parsed.kind !== 'call') return undefined;
  const sim = simulatorOf(state.scenario, state.consoleProfile);
  const caller = sim.profiles[parsed.profile ?? 'default'];
  if (!caller) return undefined;
  const params = { ...parsed.params };
  if (typeof params.Policy === 'string') {
    try {
      params.Policy = JSON.parse(params.Policy) as Request['parameters'][string];
    } catch {
      // left as text; the engine reports it
    }
  }
  const request = requestFor(sim, { caller, operation: parsed.operation, params });
  return { ...request, id: `console-${sim.audit.length + 1}` };
}

/** The first principal of a scenario, the console's default caller. */
const firstPrincipal = (s: Scenario): string | null => s.principals[0]?.arn ?? null;

export function createSimulatorSlice(start: Scenario): SliceCreator<SimulatorSlice> {
  return (set, get) => {
    let nextId = 1;
    const record = (entry: Omit<ConsoleEntry, 'id'>) =>
      set({
        consoleHistory: [...get().consoleHistory, { ...entry, id: nextId++ }].slice(
          -CONSOLE_HISTORY_LIMIT,
        ),
      });

    return {
      consoleHistory: [],
      consoleProfile: firstPrincipal(start),
      auditFilter: {},
      replay: null,

      runConsoleCommand(typed) {
        const line = expand(typed.trim());
        if (line === '') return;
        const state = get();
        const caller =
          state.consoleProfile &&
          state.scenario.principals.some((p) => p.arn === state.consoleProfile)
            ? state.consoleProfile
            : firstPrincipal(state.scenario);
        const files = consoleFiles(state.scenario, state.selectedDocument);
        const request = callRequest(state, line, files);
        const before = simulatorOf(state.scenario, caller);
        const result = runCommand(before, line, files);
        if (result.state !== before) {
          state.updateScenario((s) => withSimulator(s, result.state));
        }
        record({
          line: typed.trim(),
          output: result.output,
          isError: result.isError,
          ...(request && result.result ? { request } : {}),
        });
      },

      advanceClock(seconds) {
        get().updateScenario((s) => withSimulator(s, advance(simulatorOf(s, null), seconds)));
      },

      setConsoleProfile(arn) {
        set({ consoleProfile: arn });
      },

      setAuditFilter(filter) {
        set({ auditFilter: filter });
      },

      showCall(entryId) {
        const entry = get().consoleHistory.find((e) => e.id === entryId);
        const request = entry?.request;
        if (!request) return;
        const requests = get().scenario.requests;
        const same = requests.findIndex((r) => JSON.stringify(r) === JSON.stringify(request));
        if (same >= 0) {
          get().selectRequest(same);
          return;
        }
        let id = request.id ?? 'console';
        for (let n = 2; requests.some((r) => r.id === id); n++) id = `${request.id}-${n}`;
        get().updateScenario((s) => ({ ...s, requests: [...s.requests, { ...request, id }] }));
        get().selectRequest(get().scenario.requests.length - 1);
      },

      clearConsole() {
        set({ consoleHistory: [] });
      },

      startReplay(script) {
        const lines = script
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'));
        set({ replay: lines.length > 0 ? { lines, next: 0 } : null });
      },

      replayStep() {
        const replay = get().replay;
        const line = replay?.lines[replay.next];
        if (!replay || line === undefined) return;
        get().runConsoleCommand(line);
        const next = replay.next + 1;
        set({ replay: next < replay.lines.length ? { ...replay, next } : null });
      },

      stopReplay() {
        set({ replay: null });
      },
    };
  };
}

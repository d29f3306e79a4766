/**
 * The simulator slice: the AWS CLI console (history of lines and outputs, kept across reloads;
 * the caller used without `--profile`; step-by-step replay of a saved session), calls the UI
 * makes (audited like console calls), a past call's decision pinned over the live one, and the
 * audit panel's filter. Every console line runs on the simulator rebuilt from the current
 * scenario, with real cryptography through the crypto port; a line that changes the simulated
 * account (any call, allowed or denied, is at least audited) becomes one undoable scenario edit.
 */
import type { Json, Request, Scenario } from '../scenario';
import {
  advance,
  callAsync,
  runCommandAsync,
  type CallResult,
  type CryptoPort,
} from '../simulator';
import type { StorageLike } from './persistence';
import type { SliceCreator } from './runtime';
import {
  applyCall,
  callPlace,
  callerOf,
  consoleFiles,
  expand,
  firstPrincipal,
  lazyPort,
  requestCall,
  sentOutput,
  withSampleBlob,
} from './simulatorCalls';
import { loadConsoleHistory, saveConsoleHistory } from './simulatorHistory';
import { simulatorOf, withSimulator } from './simulatorState';
import type { ConsoleEntry, SimulatorSlice } from './types';

export { consoleFiles };

/** Most console entries kept in memory. */
export const CONSOLE_HISTORY_LIMIT = 200;

/** What the slice needs from outside: storage for the history, and the crypto port. */
export interface SimulatorServices {
  storage?: StorageLike | null;
  port?: () => Promise<CryptoPort>;
}

export function createSimulatorSlice(
  start: Scenario,
  services: SimulatorServices = {},
): SliceCreator<SimulatorSlice> {
  return (set, get, api) => {
    // Choosing another request ends a pinned past call: the live decision shows again.
    api.subscribe((s, prev) => {
      if (s.pinnedCall && s.selectedRequest !== prev.selectedRequest) set({ pinnedCall: null });
    });
    const storage = services.storage ?? null;
    const port = services.port ?? lazyPort();
    const restored = loadConsoleHistory(storage);
    let nextId = restored.length + 1;
    let queue: Promise<void> = Promise.resolve();

    /** Lines queued or running: while a batch runs, the history is written once, at its end. */
    let running = 0;
    /**
     * Changes the history, keeping the newest CONSOLE_HISTORY_LIMIT entries (the dropped ones are
     * counted for the console's notice). Only finished entries are saved, so adding a pending one
     * does not rewrite storage, nor does a line while lines run (the last to finish saves).
     */
    const setHistory = (update: (h: ConsoleEntry[]) => ConsoleEntry[], save = true) => {
      const all = update(get().consoleHistory);
      const dropped = Math.max(0, all.length - CONSOLE_HISTORY_LIMIT);
      const consoleHistory = dropped > 0 ? all.slice(dropped) : all;
      set(
        dropped > 0
          ? { consoleHistory, consoleDropped: get().consoleDropped + dropped }
          : { consoleHistory },
      );
      if (save && running === 0) saveConsoleHistory(storage, consoleHistory);
    };
    const patch = (id: number, entry: Partial<ConsoleEntry>) =>
      setHistory((h) => h.map((e) => (e.id === id ? { ...e, ...entry, pending: false } : e)));
    const pendingEntry = (line: string): number => {
      const id = nextId++;
      setHistory((h) => [...h, { id, line, output: '', isError: false, pending: true }], false);
      return id;
    };

    /** Runs `work` after every earlier line finished, so each line sees the one before. */
    const enqueue = (work: () => Promise<void>): Promise<void> => {
      running++;
      queue = queue.then(work, work).finally(() => {
        if (--running === 0) saveConsoleHistory(storage, get().consoleHistory);
      });
      return queue;
    };

    /**
     * One KMS call through the one operation layer (callAsync) on the simulator as the scenario
     * stands, audited; the result is applied to the scenario as one undoable edit.
     */
    const call = async (
      caller: string,
      operation: string,
      params: Record<string, Json>,
      context?: Request['context'],
    ): Promise<CallResult> => {
      const p = await port();
      const state = get();
      const before = simulatorOf(state.scenario, callerOf(state));
      const r = await callAsync(before, caller, operation, params, p, context);
      get().updateScenario((s) => applyCall(s, state.scenario, before, r.state));
      return r;
    };

    return {
      consoleHistory: restored.map((e, i) => ({ ...e, id: i + 1 })),
      consoleDropped: 0,
      consoleProfile: firstPrincipal(start),
      auditFilter: {},
      replay: null,
      pinnedCall: null,

      runConsoleCommand(typed) {
        const line = expand(typed.trim());
        if (line === '') return queue;
        const id = pendingEntry(typed.trim());
        return enqueue(async () => {
          const p = await port();
          const state = get();
          const files = consoleFiles(state.scenario, state.selectedDocument, line);
          const before = simulatorOf(state.scenario, callerOf(state));
          const result = await runCommandAsync(before, line, p, files);
          if (result.state !== before)
            get().updateScenario((s) => applyCall(s, state.scenario, before, result.state));
          const evaluation = result.result?.evaluation;
          const request = result.result?.request;
          patch(id, {
            output: result.output,
            isError: result.isError,
            ...(evaluation ? { evaluation, call: callPlace(get().scenario) } : {}),
            ...(request ? { request } : {}),
          });
        });
      },

      sendRequest(index) {
        const request = get().scenario.requests[index];
        if (!request) return queue;
        const c = requestCall(get().scenario, request);
        const id = pendingEntry(c.line);
        return enqueue(async () => {
          const p = await port();
          const before = simulatorOf(get().scenario, callerOf(get()));
          const sent = await withSampleBlob(c, before, p);
          const r = await call(c.caller, c.operation, sent.params, c.context);
          patch(id, {
            line: sent.line,
            output: sentOutput(request.id ?? `request ${index + 1}`, sent, r),
            isError: r.error !== undefined,
            ...(r.evaluation ? { evaluation: r.evaluation, call: callPlace(get().scenario) } : {}),
            ...(r.request ? { request: r.request } : {}),
          });
        });
      },

      callKms(caller, operation, params) {
        // After the console lines queued before it, like a console line.
        return new Promise<CallResult>((resolve, reject) => {
          void enqueue(() => call(caller, operation, params).then(resolve, reject));
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
        if (!entry?.evaluation) return;
        const time = entry.call?.time.slice(11, 16) ?? '';
        const label = `Call ${entry.call?.number ?? '?'}${time ? ` at ${time}` : ''}`;
        set({
          pinnedCall: {
            entryId,
            label,
            result: entry.evaluation,
            atRequest: get().selectedRequest,
            ...(entry.request ? { request: entry.request } : {}),
          },
          selectedStep: null,
        });
        get().finish();
      },

      unpinCall() {
        set({ pinnedCall: null });
      },

      clearConsole() {
        set({ consoleDropped: 0 });
        setHistory(() => []);
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
        void get().runConsoleCommand(line);
        const next = replay.next + 1;
        set({ replay: next < replay.lines.length ? { ...replay, next } : null });
      },

      stopReplay() {
        set({ replay: null });
      },
    };
  };
}

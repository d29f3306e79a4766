import type { Runtime, SliceCreator } from './runtime';
import { clearShareHash, copyShare, loadLink, openShare } from './share';
import type { BottomTab, NarrowPane, Notice, UiSlice } from './types';

/** Pane sizes when nothing was saved. */
export const DEFAULT_PANES: UiSlice['panes'] = { explorer: 260, editor: 560, bottom: 330 };
/** Smallest and largest pane sizes, in pixels. */
export const PANE_LIMITS: Record<keyof UiSlice['panes'], { min: number; max: number }> = {
  explorer: { min: 160, max: 800 },
  editor: { min: 280, max: 2400 },
  bottom: { min: 120, max: 1200 },
};
/** At most this many notices are kept; older ones drop off. */
export const MAX_NOTICES = 20;

/** A pane size clamped to its limits (the default when not a finite number). */
export function clampPane(name: keyof UiSlice['panes'], px: number): number {
  if (!Number.isFinite(px)) return DEFAULT_PANES[name];
  const { min, max } = PANE_LIMITS[name];
  return Math.round(Math.min(Math.max(px, min), max));
}

/** What the UI slice starts from (a restored workspace or defaults). */
export interface UiStart {
  theme: UiSlice['theme'];
  panes: UiSlice['panes'];
  notices: Omit<Notice, 'id'>[];
  bottomTab?: BottomTab;
  narrowPane?: NarrowPane;
  auditEvent?: string | null;
}

/** The UI slice: theme, panes, notices and share links. */
export function createUiSlice(start: UiStart, runtime: Runtime): SliceCreator<UiSlice> {
  const withId = (n: Omit<Notice, 'id'>): Notice => ({ ...n, id: `n${++runtime.noticeCount}` });
  return (set, get) => ({
    theme: start.theme,
    panes: start.panes,
    bottomTab: start.bottomTab ?? 'request',
    narrowPane: start.narrowPane ?? 'decision',
    setBottomTab(tab) {
      if (tab !== get().bottomTab) set({ bottomTab: tab });
    },
    auditEvent: start.auditEvent ?? null,
    setAuditEvent(eventId) {
      if (eventId !== get().auditEvent) set({ auditEvent: eventId });
    },
    setNarrowPane(pane) {
      if (pane !== get().narrowPane) set({ narrowPane: pane });
    },
    notices: start.notices.map(withId),
    pendingLink: null,
    view: 'playground',
    setView(view) {
      if (view !== get().view) set({ view });
    },
    setTheme(theme) {
      set({ theme });
    },
    setPane(name, px) {
      const size = clampPane(name, px);
      if (size !== get().panes[name]) set({ panes: { ...get().panes, [name]: size } });
    },
    notify(n) {
      const notices = get().notices;
      // The same message in the same place shows once.
      const same = (o: Notice) =>
        o.place === n.place && o.level === n.level && o.message === n.message;
      if (notices.some(same)) return;
      set({ notices: [...notices, withId(n)].slice(-MAX_NOTICES) });
    },
    dismiss(id) {
      const notices = get().notices.filter((n) => n.id !== id);
      if (notices.length !== get().notices.length) set({ notices });
    },
    openShareFragment(fragment) {
      return openShare(get, set, runtime, fragment);
    },
    confirmPendingLink(accept) {
      const pending = get().pendingLink;
      if (!pending) return;
      if (pending.origin) {
        set({ pendingLink: null });
        if (accept) get().loadScenario(pending.scenario, pending.origin);
      } else if (accept) {
        loadLink(get, set, runtime, pending.scenario);
      } else {
        set({ pendingLink: null });
        clearShareHash(runtime);
      }
    },
    openScenario(scenario, origin) {
      if (!get().dirty) {
        get().loadScenario(scenario, origin);
        return;
      }
      set({ pendingLink: { scenario, title: scenario.title ?? 'Untitled scenario', origin } });
    },
    copyShareLink() {
      return copyShare(get, runtime);
    },
  });
}

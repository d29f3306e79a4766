/**
 * Share links: opening a `#s=` fragment (asking first when there is unsaved work) and copying
 * the current scenario as a link. The URL's fragment always either holds the scenario on screen
 * or nothing: it is cleared once the scenario moves away from the one it holds.
 */
import { decodeShareFragment, encodeShareFragment, SHARE_PARAM } from '../scenario';
import type { Runtime } from './runtime';
import type { AppState } from './types';
import { scenarioWithView, splitView } from './view';

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

/** True when a URL fragment (with or without `#`) carries a scenario. */
export function isShareFragment(fragment: string): boolean {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return body.split('&').some((part) => part.startsWith(`${SHARE_PARAM}=`));
}

/** The current URL's fragment (with `#`), or '' without a location. */
export function currentHash(runtime: Runtime): string {
  const href = runtime.location?.href() ?? '';
  const at = href.indexOf('#');
  return at < 0 ? '' : href.slice(at);
}

/** Removes a share fragment from the URL (other fragments stay). */
export function clearShareHash(runtime: Runtime): void {
  runtime.linkScenario = null;
  if (!isShareFragment(currentHash(runtime))) return;
  try {
    runtime.location?.replaceHash(null);
  } catch {
    // A refused history change only leaves a stale link in the address bar.
  }
}

/** Removes a share fragment from the URL unless it holds the scenario on screen. */
export function syncShareHash(runtime: Runtime, state: AppState): void {
  if (state.scenario !== runtime.linkScenario) clearShareHash(runtime);
}

/** `openShareFragment`: loads the link, or sets `pendingLink` when there is unsaved work. */
export async function openShare(get: Get, set: Set, runtime: Runtime, fragment: string) {
  const ticket = ++runtime.shareTicket;
  const result = await decodeShareFragment(fragment);
  if (ticket !== runtime.shareTicket) return; // a later link superseded this one
  if (!result.ok) {
    const detail = result.issues.map((i) => i.message).join('; ') || 'the link is invalid';
    get().notify({
      level: 'error',
      place: 'share',
      message: `The share link could not be opened: ${detail}. The scenario on screen is unchanged.`,
    });
    return;
  }
  const { scenario } = result;
  if (get().dirty) {
    set({ pendingLink: { scenario, title: scenario.title ?? 'Untitled scenario' } });
    return;
  }
  loadLink(get, set, runtime, scenario);
}

/** Loads a link's scenario and clears earlier share notices. */
export function loadLink(get: Get, set: Set, runtime: Runtime, scenario: AppState['scenario']) {
  // The scenario on screen is the link's without its view (loadScenario applies the view).
  runtime.linkScenario = splitView(scenario).scenario;
  set({ pendingLink: null, notices: get().notices.filter((n) => n.place !== 'share') });
  get().loadScenario(scenario, 'link');
}

/**
 * `copyShareLink`: encodes the scenario with the view on screen (selected request, open document,
 * tab), puts the fragment in the URL, copies, marks saved.
 */
export async function copyShare(get: Get, runtime: Runtime): Promise<string> {
  const scenario = get().scenario;
  let fragment: string;
  try {
    fragment = await encodeShareFragment(scenarioWithView(get()));
  } catch (e) {
    const message = `The share link could not be made: ${(e as Error).message}.`;
    get().notify({ level: 'error', place: 'share', message });
    return '';
  }
  const href = runtime.location?.href() ?? '';
  const base = href.includes('#') ? href.slice(0, href.indexOf('#')) : href;
  const link = `${base}#${fragment}`;
  try {
    runtime.location?.replaceHash(fragment);
  } catch {
    // Some embedded browsers refuse history changes; the copied link still works.
  }
  if (get().scenario === scenario) {
    runtime.linkScenario = scenario;
    get().markSaved();
  }
  const unapplied = Object.entries(get().drafts).filter(([, d]) => d.error !== null);
  if (unapplied.length > 0) {
    const message = `The link leaves out ${unapplied.length} edit${unapplied.length === 1 ? '' : 's'} that do not parse yet.`;
    get().notify({ level: 'warning', place: 'share', message });
  }
  if (!runtime.clipboard) {
    const message = 'Copying is not available here: copy the link from the address bar.';
    get().notify({ level: 'info', place: 'share', message });
    return link;
  }
  try {
    await runtime.clipboard.writeText(link);
  } catch (e) {
    const message = `The link could not be copied (${(e as Error).message}): copy it from the address bar.`;
    get().notify({ level: 'warning', place: 'share', message });
  }
  return link;
}

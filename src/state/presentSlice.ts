/**
 * Instructor mode (issue 6): the deck, the slide on screen, how much of its decision path is
 * revealed, and the room's vote. The deck holds its own scenarios, so presenting never touches
 * the user's workspace scenario (nor what autosave writes): leaving instructor mode finds the
 * playground exactly as it was.
 */
import type { Deck, Slide } from '../scenario/deck';
import { decodeDeckFragment, encodeDeckFragment } from '../scenario/deckLink';
import { lessonById } from '../lessons';
import { deckOfLesson, deckOfRequests, withRequest, withoutSlide } from './presentDeck';
import { resolveSlide } from './presentSlide';
import type { Runtime, SliceCreator } from './runtime';
import type { AppState, PresentSlice, PresentSync } from './types';

/** Index of the decision step: during a vote the path stops just before it. */
function decisionAt(s: Pick<AppState, 'presentSlide'>): number {
  const trace = s.presentSlide?.result?.trace ?? [];
  const at = trace.findIndex((step) => step.kind === 'decision');
  return at < 0 ? trace.length : at;
}

/** How far the path may go now: to the end, or to the decision while the room votes. */
export function presentLimit(s: Pick<AppState, 'presentSlide' | 'vote'>): number {
  const length = s.presentSlide?.result?.trace.length ?? 0;
  return s.vote === 'open' ? Math.min(decisionAt(s), length) : length;
}

/** True once the outcome may be shown to the room. */
export function outcomeShown(s: Pick<AppState, 'presentSlide' | 'vote' | 'presentPosition'>) {
  const length = s.presentSlide?.result?.trace.length ?? 0;
  return s.vote !== 'open' && length > 0 && s.presentPosition >= length;
}

/** The 0-based slide a deck link names with `slide=N` (1-based), else 0. */
export function slideOf(fragment: string): number {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const part = body.split('&').find((p) => p.startsWith('slide='));
  const n = part ? Number(part.slice('slide='.length)) : NaN;
  return Number.isInteger(n) && n >= 1 ? n - 1 : 0;
}

/** State for slide `index` of `deck`, clamped, with the path at its start and no vote. */
function atSlide(deck: Deck | null, index: number) {
  const last = deck ? deck.slides.length - 1 : -1;
  const slideIndex = Math.max(0, Math.min(index, last));
  return {
    slideIndex,
    presentSlide: deck && last >= 0 ? resolveSlide(deck, slideIndex) : null,
    presentPosition: 0,
    vote: 'idle' as const,
  };
}

export function createPresentSlice(runtime: Runtime): SliceCreator<PresentSlice> {
  return (set, get) => {
    const move = (to: number) =>
      set({ presentPosition: Math.max(0, Math.min(to, presentLimit(get()))) });
    const replaceDeck = (deck: Deck | null, index: number) =>
      set({ deck, ...atSlide(deck, index) });
    return {
      deck: null,
      presenterWindow: false,
      deckEditorOpen: false,
      setDeckEditorOpen(open) {
        set({ deckEditorOpen: open });
      },
      ...atSlide(null, 0),
      setDeck(deck) {
        replaceDeck(deck, 0);
      },
      deckFromRequests() {
        replaceDeck(deckOfRequests(get().scenario), 0);
      },
      deckFromLesson(id) {
        const lesson = lessonById(id);
        if (lesson) replaceDeck(deckOfLesson(lesson), 0);
      },
      addCurrentRequest() {
        const { scenario, selectedRequest, deck: current } = get();
        const deck = withRequest(current, scenario, selectedRequest);
        replaceDeck(deck, deck.slides.length - 1);
      },
      moveSlide(from, to) {
        const deck = get().deck;
        if (!deck || !deck.slides[from] || to < 0 || to >= deck.slides.length || from === to)
          return;
        const slides = [...deck.slides];
        const [slide] = slides.splice(from, 1);
        slides.splice(to, 0, slide as Slide);
        const current = get().slideIndex;
        const follow = current === from ? to : current;
        set({ deck: { ...deck, slides }, ...atSlide({ ...deck, slides }, follow) });
      },
      removeSlide(index) {
        const deck = get().deck;
        if (!deck || !deck.slides[index]) return;
        const next = withoutSlide(deck, index);
        const current = get().slideIndex;
        replaceDeck(next.slides.length ? next : null, current > index ? current - 1 : current);
      },
      editSlide(index, text) {
        const deck = get().deck;
        const slide = deck?.slides[index];
        if (!deck || !slide) return;
        const slides = deck.slides.map((s, i) => (i === index ? { ...s, ...text } : s));
        const next = { ...deck, slides };
        set({
          deck: next,
          ...(index === get().slideIndex ? { presentSlide: resolveSlide(next, index) } : {}),
        });
      },
      goToSlide(index) {
        const { deck, slideIndex } = get();
        if (!deck || index < 0 || index >= deck.slides.length || index === slideIndex) return;
        set(atSlide(deck, index));
      },
      nextSlide() {
        get().goToSlide(get().slideIndex + 1);
      },
      previousSlide() {
        get().goToSlide(get().slideIndex - 1);
      },
      presentForward() {
        move(get().presentPosition + 1);
      },
      presentBack() {
        move(get().presentPosition - 1);
      },
      presentHome() {
        move(0);
      },
      presentEnd() {
        move(presentLimit(get()));
      },
      startVote() {
        if (!get().presentSlide?.result) return;
        set({ vote: 'open' });
        move(get().presentPosition);
      },
      reveal() {
        const length = get().presentSlide?.result?.trace.length ?? 0;
        if (get().vote !== 'open') return;
        set({ vote: 'revealed', presentPosition: length });
      },
      applyRemote(sync: PresentSync) {
        const deck = sync.deck === undefined ? get().deck : sync.deck;
        const slide = deck !== get().deck || sync.slideIndex !== get().slideIndex;
        set({
          deck,
          slideIndex: sync.slideIndex,
          ...(slide ? { presentSlide: deck ? resolveSlide(deck, sync.slideIndex) : null } : {}),
          presentPosition: sync.position,
          vote: sync.vote,
        });
      },
      enterPresenterWindow() {
        set({ presenterWindow: true, view: 'present' });
      },
      async openDeckFragment(fragment) {
        const result = await decodeDeckFragment(fragment);
        if (!result.ok) {
          get().notify({
            level: 'error',
            place: 'app',
            message: `The deck link could not be opened: ${result.message}. Your workspace is unchanged.`,
          });
          return;
        }
        // `&slide=N` (1-based) opens the deck on the slide the link was made on.
        replaceDeck(result.deck, slideOf(fragment));
        set({ deckEditorOpen: false });
        get().setView('present');
      },
      async copyDeckLink() {
        const deck = get().deck;
        if (!deck) return '';
        let fragment: string;
        try {
          fragment = await encodeDeckFragment(deck);
          if (get().slideIndex > 0) fragment += `&slide=${get().slideIndex + 1}`;
        } catch (e) {
          const message = `The deck link could not be made: ${(e as Error).message}.`;
          get().notify({ level: 'error', place: 'app', message });
          return '';
        }
        const href = runtime.location?.href() ?? '';
        const link = `${href.includes('#') ? href.slice(0, href.indexOf('#')) : href}#${fragment}`;
        try {
          runtime.location?.replaceHash(fragment);
        } catch {
          // Some embedded browsers refuse history changes; the link still works.
        }
        try {
          await runtime.clipboard?.writeText(link);
        } catch {
          // The link is still returned and shown for copying by hand.
        }
        return link;
      },
    };
  };
}

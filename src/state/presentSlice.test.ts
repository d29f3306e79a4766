import { describe, expect, it } from 'vitest';
import { lessons } from '../lessons';
import { encodeDeckFragment } from '../scenario/deckLink';
import { STORAGE_KEY } from './persistence';
import { outcomeShown, presentLimit } from './presentSlice';
import { presenterStorage, watchDeckLinks } from './presentBrowser';
import { resolveSlide } from './presentSlide';
import { createMemoryStorage } from './persistence';
import { fakeClipboard, firstExample, testStore } from './testing';

function deckOfRequests() {
  const t = testStore({ scenario: firstExample() });
  t.store.getState().deckFromRequests();
  return t;
}

describe('instructor mode: decks', () => {
  it('builds a deck with one slide per request of the workspace scenario', () => {
    const { store } = deckOfRequests();
    const s = store.getState();
    expect(s.deck?.slides).toHaveLength(s.scenario.requests.length);
    expect(s.deck?.scenarios).toEqual([s.scenario]);
    expect(s.presentSlide?.requestIndex).toBe(0);
    expect(s.presentSlide?.result?.request).toBe(s.evaluation.results[0]?.request);
  });

  it('builds a deck from a lesson: the steps that ask the engine something', () => {
    const lesson = lessons[0]!;
    const { store } = testStore();
    store.getState().deckFromLesson(lesson.id);
    const slides = store.getState().deck!.slides;
    expect(slides.length).toBe(lesson.steps.filter((s) => s.request).length);
    expect(slides[0]).toEqual({ kind: 'lesson', lesson: lesson.id, step: lesson.steps[0]!.id });
    expect(store.getState().presentSlide?.result?.decision).toBe(lesson.steps[0]!.expect?.decision);
    expect(store.getState().presentSlide?.text).toBe(lesson.steps[0]!.text);
  });

  it('adds the current request, sharing the scenario while it is unchanged', () => {
    const { store } = testStore({ scenario: firstExample() });
    store.getState().selectRequest(1);
    store.getState().addCurrentRequest();
    store.getState().selectRequest(0);
    store.getState().addCurrentRequest();
    store.getState().updateScenario((s) => ({ ...s, title: 'Edited' }));
    store.getState().addCurrentRequest();
    const deck = store.getState().deck!;
    expect(deck.slides.map((s) => s.kind === 'scenario' && [s.scenario, s.request])).toEqual([
      [0, firstExample().requests[1]?.id ?? '1'],
      [0, firstExample().requests[0]?.id ?? '0'],
      [1, firstExample().requests[0]?.id ?? '0'],
    ]);
    expect(store.getState().slideIndex).toBe(2);
  });

  it('reorders and removes slides, keeping the current slide and dropping unused scenarios', () => {
    const { store } = testStore({ scenario: firstExample() });
    store.getState().addCurrentRequest();
    store.getState().updateScenario((s) => ({ ...s, title: 'Edited' }));
    store.getState().addCurrentRequest();
    store.getState().goToSlide(0);
    store.getState().moveSlide(0, 1);
    expect(store.getState().slideIndex).toBe(1);
    expect(store.getState().deck!.slides.map((s) => s.kind === 'scenario' && s.scenario)).toEqual([
      1, 0,
    ]);
    store.getState().removeSlide(0);
    expect(store.getState().deck!.scenarios).toHaveLength(1);
    expect(store.getState().deck!.slides).toEqual([
      expect.objectContaining({ kind: 'scenario', scenario: 0 }),
    ]);
    expect(store.getState().slideIndex).toBe(0);
    store.getState().removeSlide(0);
    expect(store.getState().deck).toBeNull();
  });

  it('never changes the workspace scenario or what autosave writes', () => {
    const { store, storage, timers } = testStore({ scenario: firstExample() });
    const before = store.getState().scenario;
    store.getState().setTheme('dark'); // a change of the workspace's own, so autosave writes
    store.getState().deckFromLesson(lessons[0]!.id);
    store.getState().nextSlide();
    store.getState().presentEnd();
    timers.runAll();
    store.flush();
    expect(store.getState().scenario).toBe(before);
    expect(storage.data.get(STORAGE_KEY) ?? '').not.toContain(lessons[0]!.steps[0]!.id);
    expect(storage.data.get(STORAGE_KEY)).toContain(before.title!);
  });
});

describe('instructor mode: navigation and the vote', () => {
  it('moves between slides within the deck, resetting the path and the vote', () => {
    const { store } = deckOfRequests();
    const count = store.getState().deck!.slides.length;
    store.getState().presentForward();
    store.getState().startVote();
    store.getState().nextSlide();
    expect(store.getState()).toMatchObject({ slideIndex: 1, presentPosition: 0, vote: 'idle' });
    store.getState().goToSlide(count - 1);
    store.getState().nextSlide();
    expect(store.getState().slideIndex).toBe(count - 1);
    store.getState().goToSlide(0);
    store.getState().previousSlide();
    expect(store.getState().slideIndex).toBe(0);
  });

  it('steps the decision path forward and back within its length', () => {
    const { store } = deckOfRequests();
    const length = store.getState().presentSlide!.result!.trace.length;
    store.getState().presentBack();
    expect(store.getState().presentPosition).toBe(0);
    store.getState().presentForward();
    store.getState().presentForward();
    expect(store.getState().presentPosition).toBe(2);
    store.getState().presentEnd();
    expect(store.getState().presentPosition).toBe(length);
    expect(outcomeShown(store.getState())).toBe(true);
    store.getState().presentForward();
    expect(store.getState().presentPosition).toBe(length);
    store.getState().presentHome();
    expect(store.getState().presentPosition).toBe(0);
    expect(outcomeShown(store.getState())).toBe(false);
  });

  it('stops the path before the decision while the room votes, until the reveal', () => {
    const { store } = deckOfRequests();
    const trace = store.getState().presentSlide!.result!.trace;
    const decision = trace.findIndex((s) => s.kind === 'decision');
    expect(decision).toBeGreaterThan(0);
    store.getState().presentEnd();
    store.getState().startVote();
    expect(store.getState()).toMatchObject({ vote: 'open', presentPosition: decision });
    expect(outcomeShown(store.getState())).toBe(false);
    store.getState().presentEnd();
    store.getState().presentForward();
    expect(store.getState().presentPosition).toBe(decision);
    expect(presentLimit(store.getState())).toBe(decision);
    store.getState().reveal();
    expect(store.getState()).toMatchObject({ vote: 'revealed', presentPosition: trace.length });
    expect(outcomeShown(store.getState())).toBe(true);
  });

  it('applies the other window’s state, resolving the slide it is on', () => {
    const { store } = deckOfRequests();
    const other = testStore().store;
    other.getState().applyRemote({
      deck: store.getState().deck,
      slideIndex: 1,
      position: 3,
      vote: 'open',
    });
    expect(other.getState()).toMatchObject({ slideIndex: 1, presentPosition: 3, vote: 'open' });
    expect(other.getState().presentSlide?.requestIndex).toBe(1);
    other.getState().applyRemote({ slideIndex: 0, position: 0, vote: 'idle' });
    expect(other.getState().presentSlide?.requestIndex).toBe(0);
  });
});

describe('instructor mode: deck links', () => {
  it('opens a deck link into instructor mode', async () => {
    const { store } = deckOfRequests();
    const fragment = await encodeDeckFragment(store.getState().deck!);
    const other = testStore().store;
    other.getState().setDeckEditorOpen(true);
    await other.getState().openDeckFragment(`#${fragment}`);
    expect(other.getState().view).toBe('present');
    expect(other.getState().deckEditorOpen).toBe(false);
    expect(other.getState().deck?.slides).toEqual(store.getState().deck?.slides);
  });

  it('drops the deck link from the address bar on leaving instructor mode, so a reload opens the playground', async () => {
    const { store } = deckOfRequests();
    const fragment = `#${await encodeDeckFragment(store.getState().deck!)}`;
    const replaced: string[] = [];
    const location = { hash: fragment, pathname: '/', search: '' };
    const target = {
      location,
      history: {
        replaceState: (_: unknown, __: string, url?: string | URL | null) => {
          replaced.push(String(url));
          location.hash = '';
        },
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Parameters<typeof watchDeckLinks>[1];
    const other = testStore().store;
    const stop = watchDeckLinks(other, target);
    await other.getState().openDeckFragment(fragment);
    expect(other.getState().view).toBe('present');
    other.getState().setView('learn');
    other.getState().setView('present');
    other.getState().setView('playground');
    expect(replaced).toEqual(['/']);
    expect(other.getState().deck?.slides).toEqual(store.getState().deck?.slides);
    stop();
  });

  it('keeps everything as it was when a deck link is broken, and says so', async () => {
    const { store } = testStore({ scenario: firstExample() });
    store.getState().updateScenario((s) => ({ ...s, title: 'My work' }));
    await store.getState().openDeckFragment('#deck=1.AAAA');
    const s = store.getState();
    expect(s.view).toBe('playground');
    expect(s.scenario.title).toBe('My work');
    expect(s.deck).toBeNull();
    expect(s.notices.at(-1)?.message).toMatch(
      /^The deck link could not be opened: the link is damaged.*Your workspace is unchanged\.$/,
    );
  });

  it('copies the deck link and puts it in the URL', async () => {
    const clipboard = fakeClipboard();
    const { store, location } = testStore({ scenario: firstExample(), clipboard });
    store.getState().deckFromRequests();
    const link = await store.getState().copyDeckLink();
    expect(link).toMatch(/^https:\/\/play\.example\/app#deck=1\./);
    expect(clipboard.text).toBe(link);
    expect(location.hash()).toBe(link.slice(link.indexOf('#')));
  });
});

describe('the presenter window', () => {
  it('reads the workspace but never writes it', () => {
    const storage = createMemoryStorage({ [STORAGE_KEY]: 'saved' });
    const view = presenterStorage(storage, '?presenter')!;
    expect(view.getItem(STORAGE_KEY)).toBe('saved');
    view.setItem(STORAGE_KEY, 'stale');
    expect(storage.data.get(STORAGE_KEY)).toBe('saved');
    expect(presenterStorage(storage, '')).toBe(storage);
  });
});

describe('lesson slides', () => {
  it("a lesson step's explanation is the presenter's notes unless the deck has its own", () => {
    const lesson = lessons.find((l) => l.steps.some((s) => s.reveal))!;
    const step = lesson.steps.find((s) => s.reveal)!;
    const slide = { kind: 'lesson' as const, lesson: lesson.id, step: step.id };
    const deck = { scenarios: [], slides: [slide, { ...slide, notes: 'Mine.' }] };
    expect(resolveSlide(deck, 0)?.notes).toBe(step.reveal);
    expect(resolveSlide(deck, 1)?.notes).toBe('Mine.');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { connectPresentSync, isPresentSync, type ChannelLike } from './presentSync';
import { firstExample, testStore } from './testing';

/** Two channel ends that deliver to each other synchronously, like two windows. */
function pair(): [ChannelLike, ChannelLike] {
  const make = (): ChannelLike & { other?: ChannelLike; closed: boolean } => ({
    closed: false,
    onmessage: null,
    postMessage(message) {
      // Structured cloning, as BroadcastChannel does.
      const data = structuredClone(message);
      if (!this.closed) this.other?.onmessage?.({ data } as MessageEvent);
    },
    close() {
      this.closed = true;
    },
  });
  const a = make();
  const b = make();
  a.other = b;
  b.other = a;
  return [a, b];
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function windows() {
  const main = testStore({ scenario: firstExample() }).store;
  main.getState().deckFromRequests();
  const notes = testStore().store;
  notes.getState().enterPresenterWindow();
  const [a, b] = pair();
  cleanups.push(connectPresentSync(main, a));
  cleanups.push(connectPresentSync(notes, b)); // says hello; main answers with the deck
  return { main, notes };
}

describe('presenter window sync', () => {
  it('sends the deck to a presenter window that opens later', () => {
    const { main, notes } = windows();
    expect(notes.getState().deck?.slides).toEqual(main.getState().deck?.slides);
    expect(notes.getState().presentSlide?.result?.decision).toBe(
      main.getState().presentSlide?.result?.decision,
    );
  });

  it('moves both windows whichever one steps', () => {
    const { main, notes } = windows();
    main.getState().nextSlide();
    main.getState().presentForward();
    expect(notes.getState()).toMatchObject({ slideIndex: 1, presentPosition: 1 });
    notes.getState().presentForward();
    notes.getState().startVote();
    expect(main.getState()).toMatchObject({ slideIndex: 1, presentPosition: 2, vote: 'open' });
    notes.getState().previousSlide();
    expect(main.getState()).toMatchObject({ slideIndex: 0, presentPosition: 0, vote: 'idle' });
  });

  it('sends a changed deck along', () => {
    const { main, notes } = windows();
    main.getState().editSlide(0, { notes: 'Ask the room.' });
    main.getState().removeSlide(1);
    expect(notes.getState().deck?.slides[0]?.notes).toBe('Ask the room.');
    expect(notes.getState().deck?.slides).toHaveLength(main.getState().deck!.slides.length);
  });

  it('ignores malformed messages', () => {
    expect(isPresentSync({ slideIndex: 1, position: 0, vote: 'maybe' })).toBe(false);
    expect(isPresentSync({ slideIndex: '1', position: 0, vote: 'idle' })).toBe(false);
    expect(isPresentSync(null)).toBe(false);
    expect(isPresentSync({ slideIndex: 0, position: 3, vote: 'revealed' })).toBe(true);
  });
});

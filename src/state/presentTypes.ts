/** The instructor-mode slice's contract (see presentSlice.ts). */
import type { Deck, Slide } from '../scenario/deck';
import type { ResolvedSlide } from './presentSlide';

export type { Deck, Slide, ResolvedSlide };

/** The room's vote on the current slide: none yet, open (outcome hidden), or revealed. */
export type VoteState = 'idle' | 'open' | 'revealed';

/** What the presentation and presenter windows exchange to stay on the same step. */
export interface PresentSync {
  /** Sent when the deck changed (or on request); absent: keep the deck you have. */
  deck?: Deck | null;
  slideIndex: number;
  position: number;
  vote: VoteState;
}

export interface PresentSlice {
  /** The deck being presented; null until one is built or opened. */
  deck: Deck | null;
  slideIndex: number;
  /** The current slide, resolved (scenario, request, engine result); null without a deck. */
  presentSlide: ResolvedSlide | null;
  /** Trace steps of the current slide's result revealed (0..trace length). */
  presentPosition: number;
  vote: VoteState;
  /** The deck editor is shown instead of the slide (closed when a deck link opens). */
  deckEditorOpen: boolean;
  setDeckEditorOpen(open: boolean): void;
  /** True in the presenter-notes window (`?presenter`). */
  presenterWindow: boolean;
  setDeck(deck: Deck | null): void;
  /** A deck with one slide per request of the workspace scenario. */
  deckFromRequests(): void;
  /** A deck with one slide per step of a lesson that asks the engine something. */
  deckFromLesson(lessonId: string): void;
  /** Append the workspace's selected request as a slide (a copy of the scenario as it is now). */
  addCurrentRequest(): void;
  moveSlide(from: number, to: number): void;
  removeSlide(index: number): void;
  editSlide(index: number, text: { title?: string; notes?: string }): void;
  goToSlide(index: number): void;
  nextSlide(): void;
  previousSlide(): void;
  presentForward(): void;
  presentBack(): void;
  presentHome(): void;
  presentEnd(): void;
  /** Pause for the room to vote: the path stops before the decision until `reveal`. */
  startVote(): void;
  reveal(): void;
  /** State received from the other window. */
  applyRemote(sync: PresentSync): void;
  /** This window shows the presenter's notes (called once at start-up). */
  enterPresenterWindow(): void;
  /** Opens a `#deck=` fragment into instructor mode; a broken link leaves everything as it was. */
  openDeckFragment(fragment: string): Promise<void>;
  /** Puts the deck in the URL and on the clipboard; returns the link ('' on failure). */
  copyDeckLink(): Promise<string>;
}

import './present.css';
import './presentPanels.css';
import { useCallback, useMemo, useState } from 'react';
import { presenterUrl, useAppStore } from '../../state';
import { DeckEditor } from './DeckEditor';
import { KeysHelp } from './KeysHelp';
import { PresenterWindow } from './PresenterWindow';
import { SlideStage } from './SlideStage';
import { usePresentKeys } from './usePresentKeys';
import { usePresenterSync } from './usePresenterSync';

/**
 * Instructor mode: a projector view of one slide at a time (the statements on the decision path,
 * the diagram, the outcome after the room's vote), stepped from the keyboard, with a deck editor
 * and a second window for presenter notes. The deck holds its own scenarios: the workspace is
 * untouched, and Esc returns to it as it was.
 */
export function PresentView() {
  usePresenterSync();
  const deck = useAppStore((s) => s.deck);
  const slideIndex = useAppStore((s) => s.slideIndex);
  const vote = useAppStore((s) => s.vote);
  const presenter = useAppStore((s) => s.presenterWindow);
  const setView = useAppStore((s) => s.setView);
  const [help, setHelp] = useState(false);
  const editing = useAppStore((s) => s.deckEditorOpen);
  const setEditing = useAppStore((s) => s.setDeckEditorOpen);
  const [popupBlocked, setPopupBlocked] = useState(false);

  const leave = useCallback(() => setView('playground'), [setView]);
  const handlers = useMemo(
    () => ({
      toggleHelp: () => setHelp((h) => !h),
      escape: () => {
        if (help) setHelp(false);
        else if (editing) setEditing(false);
        else if (!presenter) leave();
      },
    }),
    [help, editing, setEditing, presenter, leave],
  );
  usePresentKeys(handlers);

  const openPresenter = () => {
    const opened = window.open(presenterUrl(window.location.href), 'kms-presenter', 'popup');
    setPopupBlocked(!opened);
  };

  const showEditor = editing || !deck;
  return (
    <main
      className={`present-view${presenter ? ' present-presenter' : ''}`}
      id="main"
      data-testid="present-view"
      data-vote={vote}
      aria-label={presenter ? 'Presenter notes' : 'Instructor mode'}
    >
      <div className="present-bar">
        <p className="present-deck-title">
          {presenter ? 'Presenter notes' : (deck?.title ?? 'Instructor mode')}
        </p>
        {deck && !presenter && (
          <p className="present-slide-number" data-testid="slide-number" aria-live="polite">
            Slide {slideIndex + 1} of {deck.slides.length}
          </p>
        )}
        <div className="present-actions">
          {!presenter && deck && (
            <button
              type="button"
              aria-pressed={editing}
              data-testid="deck-toggle"
              onClick={() => setEditing(!editing)}
            >
              Deck
            </button>
          )}
          {!presenter && deck && (
            <button type="button" data-testid="open-presenter" onClick={openPresenter}>
              Presenter window
            </button>
          )}
          <button
            type="button"
            aria-keyshortcuts="?"
            data-testid="present-keys"
            onClick={() => setHelp(true)}
          >
            Keys (?)
          </button>
          {!presenter && (
            <button
              type="button"
              aria-keyshortcuts="Escape"
              data-testid="present-exit"
              onClick={leave}
            >
              Exit (Esc)
            </button>
          )}
        </div>
      </div>
      {popupBlocked && (
        <p className="present-problem" role="alert">
          The browser blocked the presenter window: allow pop-ups for this page and try again.
        </p>
      )}
      {presenter ? (
        <PresenterWindow />
      ) : (
        <>
          {showEditor && <DeckEditor onClose={() => setEditing(false)} />}
          {!showEditor && <SlideStage />}
        </>
      )}
      {help && <KeysHelp onClose={() => setHelp(false)} />}
    </main>
  );
}

import { useState } from 'react';
import { lessons } from '../../lessons';
import { useAppStore, useShallow } from '../../state';
import { slideLabel } from './slideLabel';

/**
 * Building a deck: from the workspace's requests, from a lesson, or one request at a time; then
 * reorder, remove, title and annotate slides, and share the whole deck as one link.
 */
export function DeckEditor({ onClose }: { onClose(): void }) {
  const deck = useAppStore((s) => s.deck);
  const slideIndex = useAppStore((s) => s.slideIndex);
  const requestCount = useAppStore((s) => s.scenario.requests.length);
  const actions = useAppStore(
    useShallow((s) => ({
      deckFromRequests: s.deckFromRequests,
      deckFromLesson: s.deckFromLesson,
      addCurrentRequest: s.addCurrentRequest,
      goToSlide: s.goToSlide,
      moveSlide: s.moveSlide,
      removeSlide: s.removeSlide,
      editSlide: s.editSlide,
      copyDeckLink: s.copyDeckLink,
    })),
  );
  const [lesson, setLesson] = useState(lessons[0]?.id ?? '');
  const [link, setLink] = useState('');

  const copy = async () => setLink(await actions.copyDeckLink());

  /** Moves a slide and keeps focus on the moved slide's arrow, so it can be moved again. */
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    actions.moveSlide(from, to);
    requestAnimationFrame(() => {
      const want = document.querySelector<HTMLButtonElement>(`[data-move="${to}-${direction}"]`);
      const other = direction === 'up' ? 'down' : 'up';
      const target =
        want && !want.disabled
          ? want
          : document.querySelector<HTMLButtonElement>(`[data-move="${to}-${other}"]`);
      target?.focus();
    });
  };

  return (
    <section className="present-deck" aria-labelledby="deck-heading" data-testid="deck-editor">
      <h2 id="deck-heading">Deck</h2>
      <div className="present-deck-build" role="group" aria-label="Build a deck">
        <button
          type="button"
          data-testid="deck-from-requests"
          disabled={requestCount === 0}
          onClick={actions.deckFromRequests}
        >
          New deck from this scenario’s {requestCount} requests
        </button>
        <button type="button" data-testid="deck-add-request" onClick={actions.addCurrentRequest}>
          Add the current request
        </button>
        <label>
          Lesson{' '}
          <select
            value={lesson}
            onChange={(e) => setLesson(e.target.value)}
            data-testid="deck-lesson"
          >
            {lessons.map((l) => (
              <option key={l.id} value={l.id}>
                {l.number}. {l.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="deck-from-lesson"
          onClick={() => actions.deckFromLesson(lesson)}
        >
          New deck from this lesson
        </button>
      </div>
      {!deck ? (
        <p className="present-muted">No deck yet: build one above, or open a deck link.</p>
      ) : (
        <>
          <ol className="present-slide-list" data-testid="deck-slides">
            {deck.slides.map((slide, i) => {
              const label = slideLabel(deck, slide);
              return (
                <li
                  key={i}
                  aria-current={i === slideIndex ? 'step' : undefined}
                  data-testid="deck-slide"
                >
                  <div className="present-slide-row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => actions.goToSlide(i)}
                    >
                      {i + 1}. {label}
                    </button>
                    <span className="button-group" role="group" aria-label={`Slide ${i + 1}`}>
                      <button
                        type="button"
                        aria-label={`Move slide ${i + 1} up`}
                        data-move={`${i}-up`}
                        disabled={i === 0}
                        onClick={() => move(i, i - 1, 'up')}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`Move slide ${i + 1} down`}
                        data-move={`${i}-down`}
                        disabled={i === deck.slides.length - 1}
                        onClick={() => move(i, i + 1, 'down')}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove slide ${i + 1}`}
                        data-testid="deck-remove"
                        onClick={() => actions.removeSlide(i)}
                      >
                        Remove
                      </button>
                    </span>
                  </div>
                  <label className="present-field">
                    Title
                    <input
                      value={slide.title ?? ''}
                      placeholder={label}
                      onChange={(e) => actions.editSlide(i, { title: e.target.value || undefined })}
                    />
                  </label>
                  <label className="present-field">
                    Presenter notes
                    <textarea
                      rows={2}
                      value={slide.notes ?? ''}
                      data-testid="deck-notes"
                      onChange={(e) => actions.editSlide(i, { notes: e.target.value || undefined })}
                    />
                  </label>
                </li>
              );
            })}
          </ol>
          <div className="present-deck-share">
            <button type="button" data-testid="deck-copy-link" onClick={() => void copy()}>
              Copy deck link
            </button>
            {link && (
              <label className="present-field">
                Deck link
                <input
                  readOnly
                  value={link}
                  data-testid="deck-link"
                  onFocus={(e) => e.target.select()}
                />
              </label>
            )}
            <button type="button" data-testid="deck-start" onClick={onClose}>
              Present
            </button>
          </div>
        </>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import type { Scenario } from '../../scenario/types';
import { shareHash } from '../app/scenarioInput';

type ShareState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; url: string; copied: boolean }
  | { step: 'failed'; message: string };

/** Puts the scenario into the address bar as `#s=...` and offers the link for copying. */
export function SharePanel({ scenario }: { scenario: Scenario }) {
  const [share, setShare] = useState<ShareState>({ step: 'idle' });
  const linkId = useId();

  async function makeLink() {
    setShare({ step: 'working' });
    try {
      const hash = await shareHash(scenario);
      // replaceState, not location.hash: no history entry and no hashchange to re-decode.
      window.history.replaceState(window.history.state, '', hash);
      const url = window.location.href;
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // No clipboard permission (or an insecure context): the link is shown for copying by hand.
      }
      setShare({ step: 'done', url, copied });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setShare({ step: 'failed', message });
    }
  }

  return (
    <section className="panel share" aria-labelledby="share-heading">
      <h2 id="share-heading">Share</h2>
      <p className="hint">
        The scenario travels in the link after <code>#</code>, which browsers never send to a
        server.
      </p>
      <button
        type="button"
        data-testid="copy-share-link"
        onClick={() => void makeLink()}
        disabled={share.step === 'working'}
      >
        Copy share link
      </button>
      {share.step === 'done' && (
        <div className="share-result">
          <label htmlFor={linkId} className="field-label">
            Share link
          </label>
          <input
            id={linkId}
            data-testid="share-url"
            readOnly
            value={share.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p role="status" className="hint" data-testid="share-status">
            {share.copied
              ? 'Copied to the clipboard, and the address bar now holds the link.'
              : 'The address bar now holds the link; select it above to copy.'}
          </p>
        </div>
      )}
      {share.step === 'failed' && (
        <p role="alert" className="alert" data-testid="share-link-error">
          The share link could not be made: {share.message}
        </p>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { selectNoticesAt, useAppStore, useAppStoreApi } from '../../state';
import { NoticeList } from '../components/NoticeList';

/**
 * "Copy link": puts the whole scenario in the URL fragment (never sent to a server) and on the
 * clipboard. The link and any share message (a link that could not be opened, say) show right
 * under the button.
 */
export function ShareControl() {
  const inputId = useId();
  const store = useAppStoreApi();
  const copyShareLink = useAppStore((s) => s.copyShareLink);
  const notices = useAppStore(selectNoticesAt('share'));
  const dismiss = useAppStore((s) => s.dismiss);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    setBusy(true);
    setCopied(false);
    const before = new Set(store.getState().notices.map((n) => n.id));
    try {
      const made = await copyShareLink();
      setLink(made || null);
      // Copied unless a new share message says the clipboard was unavailable or refused it.
      const fresh = store.getState().notices.filter((n) => !before.has(n.id));
      setCopied(
        Boolean(made) && !fresh.some((n) => n.place === 'share' && /copy/i.test(n.message)),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="share-control">
      <button
        type="button"
        className="primary"
        disabled={busy}
        data-testid="copy-link"
        onClick={() => void copy()}
      >
        Copy link
      </button>
      {(link || notices.length > 0) && (
        <div className="share-popover" data-testid="share-popover">
          {link && (
            <div className="share-link">
              <label htmlFor={inputId}>Share link</label>
              <input
                id={inputId}
                readOnly
                value={link}
                data-testid="share-url"
                onFocus={(e) => e.currentTarget.select()}
              />
              <p className="field-hint" role="status" data-testid="share-status">
                {copied
                  ? 'Copied to the clipboard, with the request, document and tab on screen. '
                  : ''}
                The scenario travels after the #, which browsers never send to a server.
              </p>
            </div>
          )}
          <NoticeList notices={notices} onDismiss={dismiss} testId="share-notice" />
          {link && (
            <button
              type="button"
              className="small-button"
              onClick={() => {
                setLink(null);
                setCopied(false);
              }}
            >
              Close
            </button>
          )}
        </div>
      )}
    </div>
  );
}

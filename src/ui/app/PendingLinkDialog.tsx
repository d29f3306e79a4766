import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state';

/** Asks before a share link, an example or an opened file replaces unsaved work. */
export function PendingLinkDialog() {
  const pending = useAppStore((s) => s.pendingLink);
  const confirm = useAppStore((s) => s.confirmPendingLink);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);

  return (
    <dialog
      ref={dialog}
      className="pending-link"
      aria-labelledby="pending-link-title"
      data-testid="pending-link"
      onCancel={(e) => {
        e.preventDefault();
        confirm(false);
      }}
    >
      {pending && (
        <>
          <h2 id="pending-link-title">
            {pending.origin === 'example'
              ? `Open the example “${pending.title}”?`
              : pending.origin === 'file'
                ? `Open the file's scenario “${pending.title}”?`
                : `Open the shared scenario “${pending.title}”?`}
          </h2>
          <p>
            It replaces the scenario on screen, which has changes not shared or exported yet. Undo
            brings them back.
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => confirm(true)}>
              {pending.origin === 'example'
                ? 'Open the example'
                : pending.origin === 'file'
                  ? 'Open the file'
                  : 'Open the link'}
            </button>
            <button type="button" onClick={() => confirm(false)}>
              Keep my work
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

import { useId, useState } from 'react';
import { useAppStore } from '../../state';

/**
 * "Paste…": a visible place to paste what AWS printed (CLI output, an AccessDeniedException
 * message, CloudTrail events, a template) or a scenario's JSON. The same as pasting anywhere
 * outside a text field, for those who would not guess that. What was used, or what went wrong,
 * shows in the banner under the header.
 */
export function PasteControl() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const pasteText = useAppStore((s) => s.pasteText);
  return (
    <div className="share-control">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        data-testid="paste-open"
        onClick={() => setOpen(!open)}
      >
        Paste…
      </button>
      {open && (
        <div id={`${id}-panel`} className="share-popover paste-popover" data-testid="paste-panel">
          <label htmlFor={id} className="paste-label">
            AWS output or a scenario
          </label>
          <textarea
            id={id}
            rows={6}
            value={text}
            placeholder="aws kms get-key-policy … output, list-grants, an AccessDeniedException message, CloudTrail events…"
            onChange={(e) => setText(e.target.value)}
          />
          <p className="field-hint">
            Pasting anywhere outside a text field, or dropping a file, does the same. What was used,
            or what went wrong, shows under the header.
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="primary"
              disabled={text.trim() === ''}
              onClick={() => {
                // Text that could not be used stays in the box, to fix or copy.
                if (pasteText(text)) setText('');
              }}
            >
              Use it
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

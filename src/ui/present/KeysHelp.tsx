import { useEffect, useRef } from 'react';
import { PRESENT_KEYS } from './keymap';

/** The `?` overlay: every key of instructor mode. */
export function KeysHelp({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus moves into the dialog, and back to where it was when the dialog closes.
    const before = document.activeElement;
    ref.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);
  return (
    <div
      className="present-help"
      role="dialog"
      aria-modal="true"
      aria-labelledby="present-help-title"
      data-testid="present-help"
    >
      <h2 id="present-help-title">Keys</h2>
      <dl>
        {PRESENT_KEYS.map((row) => (
          <div key={row.action + row.label}>
            <dt>
              {row.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' / '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{row.label}</dd>
          </div>
        ))}
      </dl>
      <button type="button" ref={ref} onClick={onClose}>
        Close
      </button>
    </div>
  );
}

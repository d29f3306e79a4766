import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

/** What a rename gave: why it was refused, or the `data-rename` id of the renamed item. */
export type RenameOutcome = { error: string } | { renamed: string };

/**
 * An explorer row that can be renamed in place: the row with a rename button, or a small form
 * (Enter saves, Escape cancels) with the refusal said next to the field. After a rename, focus
 * goes back to the rename button of the renamed item, which may be a new row.
 */
export function RenameField({
  id,
  what,
  fieldLabel,
  value,
  onRename,
  children,
  trailing,
}: {
  /** Stable id of the item (`data-rename` of its button), for focus after a rename. */
  id: string;
  /** The item's full name for the button's accessible name ("principal Auditor"). */
  what: string;
  /** The field's label ("New name", "Alias"). */
  fieldLabel: string;
  value: string;
  onRename(value: string): RenameOutcome;
  /** The row: the item's name or its document button. */
  children: ReactNode;
  /** Shown after the rename button (the remove button). */
  trailing?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const errorId = useId();
  const inputId = useId();

  useEffect(() => {
    if (editing) field.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const start = () => {
    setText(value);
    setError(null);
    setEditing(true);
  };
  const stop = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const outcome = onRename(text);
    if ('error' in outcome) {
      setError(outcome.error);
      field.current?.focus();
      return;
    }
    if (outcome.renamed === id) return stop();
    // The item was re-keyed (a principal's ARN changed): focus its new row once it is drawn.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLButtonElement>(`[data-rename="${CSS.escape(outcome.renamed)}"]`)
        ?.focus(),
    );
  };

  if (!editing)
    return (
      <div className="explorer-row">
        {children}
        <button
          ref={button}
          type="button"
          className="icon-button"
          aria-label={`Rename ${what}`}
          title={`Rename ${what}`}
          data-rename={id}
          onClick={start}
        >
          ✎
        </button>
        {trailing}
      </div>
    );
  return (
    <form className="explorer-rename" onSubmit={save} data-testid="rename-form">
      <label htmlFor={inputId} className="visually-hidden">
        {fieldLabel} for {what}
      </label>
      <input
        ref={field}
        id={inputId}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            stop();
          }
        }}
      />
      <button type="submit" className="small-button">
        Rename
      </button>
      <button type="button" className="small-button" onClick={stop}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

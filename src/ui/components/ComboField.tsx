import { useId, type ReactNode } from 'react';

/**
 * A labelled text input with suggestions (a native combobox: `<input list>` + `<datalist>`), so
 * any value can be typed and known ones picked with the keyboard.
 */
export function ComboField({
  label,
  value,
  onChange,
  suggestions,
  placeholder,
  hint,
  error,
  testId,
  disabled,
}: {
  label: string;
  value: string;
  onChange(next: string): void;
  suggestions: readonly { value: string; label: string }[];
  placeholder?: string;
  /** Help or status shown under the input. */
  hint?: ReactNode;
  /** A validation message; marks the input invalid. */
  error?: string | null;
  testId?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const noteId = `${id}-note`;
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <div className="form-control">
        <input
          id={id}
          list={listId}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={hint || error ? noteId : undefined}
          data-testid={testId}
          onChange={(e) => onChange(e.target.value)}
        />
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
        {(hint || error) && (
          <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
            {error ?? hint}
          </p>
        )}
      </div>
    </div>
  );
}

import { useId } from 'react';
import type { Json } from '../../../scenario/types';
import type { ParamSpec } from './paramSpecs';

/** Why a number is out of its range, or null. */
export function rangeError(value: Json | undefined, spec: ParamSpec): string | null {
  if (spec.kind.type !== 'number' || typeof value !== 'number') return null;
  const { min, max } = spec.kind;
  if (min !== undefined && value < min) return `At least ${min}.`;
  if (max !== undefined && value > max) return `At most ${max}.`;
  return null;
}

/** A text, number, yes/no or one-of parameter; an empty input removes the parameter. */
export function SimpleParamField({
  spec,
  value,
  onChange,
}: {
  spec: ParamSpec;
  value: Json | undefined;
  onChange(next: Json | undefined): void;
}) {
  const id = useId();
  const label = spec.label ?? spec.name;
  const kind = spec.kind;
  if (kind.type === 'boolean') {
    return (
      <div className="form-row">
        <span />
        <label className="check">
          <input
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked ? true : undefined)}
          />
          {label}
        </label>
      </div>
    );
  }
  const error = rangeError(value, spec);
  const noteId = `${id}-note`;
  let control;
  if (kind.type === 'choice') {
    control = (
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">(not set)</option>
        {kind.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (kind.type === 'number') {
    control = (
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={kind.min}
        max={kind.max}
        value={typeof value === 'number' ? value : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? noteId : undefined}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    );
  } else {
    control = (
      <input
        id={id}
        value={typeof value === 'string' ? value : ''}
        placeholder={kind.type === 'text' ? kind.placeholder : undefined}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
    );
  }
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <div className="form-control">
        {control}
        {(error || spec.hint) && (
          <p id={noteId} className={error ? 'field-error' : 'field-hint'}>
            {error ?? spec.hint}
          </p>
        )}
      </div>
    </div>
  );
}

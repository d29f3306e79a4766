import { useId } from 'react';
import { GRANT_OPERATIONS } from '../../../engine/catalog/operations';
import type { Json } from '../../../scenario/types';
import { PairsEditor } from '../../components/PairsEditor';

const CONSTRAINT_TYPES = ['EncryptionContextEquals', 'EncryptionContextSubset'] as const;

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** CreateGrant's `Operations`: one checkbox per grant operation. */
export function GrantOperationsField({
  value,
  onChange,
}: {
  value: Json | undefined;
  onChange(next: Json | undefined): void;
}) {
  const chosen = strings(value);
  return (
    <fieldset className="checkbox-grid" data-testid="grant-operations">
      <legend>Operations the grant allows</legend>
      {GRANT_OPERATIONS.map((op) => (
        <label key={op} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(op)}
            onChange={(e) => {
              const next = e.target.checked
                ? GRANT_OPERATIONS.filter((o) => o === op || chosen.includes(o))
                : chosen.filter((o) => o !== op);
              onChange(next.length > 0 ? next : undefined);
            }}
          />
          {op}
        </label>
      ))}
    </fieldset>
  );
}

/** CreateGrant's `Constraints`: which kind, and its encryption-context pairs. */
export function ConstraintsField({
  value,
  onChange,
}: {
  value: Json | undefined;
  onChange(next: Json | undefined): void;
}) {
  const id = useId();
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const type = CONSTRAINT_TYPES.find((t) => t in obj) ?? '';
  const pairsValue = type ? obj[type] : undefined;
  const pairs: Record<string, string> =
    pairsValue && typeof pairsValue === 'object' && !Array.isArray(pairsValue)
      ? Object.fromEntries(
          Object.entries(pairsValue).filter((e): e is [string, string] => typeof e[1] === 'string'),
        )
      : {};
  return (
    <>
      <div className="form-row">
        <label htmlFor={id}>Constraint</label>
        <div className="form-control">
          <select
            id={id}
            value={type}
            onChange={(e) => onChange(e.target.value ? { [e.target.value]: pairs } : undefined)}
          >
            <option value="">No constraint</option>
            {CONSTRAINT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </div>
      {type && (
        <PairsEditor
          legend="Constraint pairs"
          value={pairs}
          onChange={(next) => onChange({ [type]: next })}
        />
      )}
    </>
  );
}

import { useId } from 'react';
import { apiOf, groupedOperations } from './requestModel';

const GROUPS = groupedOperations();

/** The KMS API operation, every one of them, grouped in a native select. */
export function OperationField({
  action,
  onChange,
}: {
  action: string;
  onChange(api: string): void;
}) {
  const id = useId();
  const api = apiOf(action);
  const known = GROUPS.some((g) => g.operations.includes(api));
  return (
    <div className="form-row">
      <label htmlFor={id}>API operation</label>
      <div className="form-control">
        <select
          id={id}
          value={api}
          data-testid="operation"
          onChange={(e) => onChange(e.target.value)}
        >
          {!known && <option value={api}>{action} (unknown)</option>}
          {GROUPS.map((g) => (
            <optgroup key={g.group} label={g.group}>
              {g.operations.map((op) => (
                <option key={op} value={op}>
                  {op}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}

import { useId } from 'react';
import { useAppStore } from '../../../state';

/** Which of the scenario's requests the builder, decision and diagram show. */
export function RequestPicker() {
  const id = useId();
  const requests = useAppStore((s) => s.scenario.requests);
  const selected = useAppStore((s) => s.selectedRequest);
  const selectRequest = useAppStore((s) => s.selectRequest);
  if (requests.length < 2) return null;
  return (
    <div className="header-field">
      <label htmlFor={id} className="visually-hidden">
        Request shown
      </label>
      <select
        id={id}
        value={selected}
        data-testid="request-picker"
        onChange={(e) => selectRequest(Number(e.target.value))}
      >
        {requests.map((r, i) => (
          <option key={i} value={i}>
            {r.id ?? `Request ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../../state';

/**
 * Runs the selected request through the simulated account: decided by the engine against the
 * account as it is now, recorded in the audit trail, printed in the Console tab.
 */
export function SendAsCall({ index }: { index: number }) {
  const send = useAppStore((s) => s.sendRequest);
  const store = useAppStoreApi();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    setStatus('running...');
    await send(index);
    const entry = store.getState().consoleHistory.at(-1);
    const code = /^An error occurred \((\w+)\)/m.exec(entry?.output ?? '')?.[1];
    const n = entry?.call?.number;
    setStatus(
      `${n ? `Call ${n}: ` : ''}${code ?? 'succeeded'}. The output is in the Console tab; the call is in the Audit tab.`,
    );
    setBusy(false);
  };

  return (
    <div className="form-row send-as-call">
      <button type="button" onClick={() => void onClick()} disabled={busy}>
        Send as a call
      </button>
      <span className="muted small" role="status" data-testid="send-status">
        {status ?? 'Runs this request on the simulated account (audited).'}
      </span>
    </div>
  );
}

import { memo } from 'react';
import type { ConsoleEntry } from '../../../state';

/** Shown under an InvalidCiphertextException: why a blob from before a reload cannot open. */
const MATERIAL_NOTE =
  'Key material lives in this page session (random) unless the scenario key has demoMaterial: a blob made before a reload, or by another tab, can no longer be decrypted.';

/**
 * One console line and what it printed (memoised: a new line re-renders only the entries that
 * changed, not the whole history). A call's line is a button that shows its decision as it
 * was made then (also after a reload, for the newest calls); a running line says so; older lines
 * from an earlier session are text only.
 */
export const ConsoleEntryView = memo(function ConsoleEntryView({
  entry: e,
  onShow,
}: {
  entry: ConsoleEntry;
  onShow: (id: number) => void;
}) {
  const invalidCiphertext = e.isError && e.output.includes('(InvalidCiphertextException)');
  return (
    <div
      className={e.restored ? 'console-entry console-restored' : 'console-entry'}
      data-testid="console-entry"
      data-error={e.isError}
      data-pending={e.pending ? 'true' : undefined}
    >
      {e.evaluation ? (
        <button
          type="button"
          className="console-command"
          title="Show the decision of this call as it was made then"
          onClick={() => onShow(e.id)}
        >
          $ {e.line}
        </button>
      ) : (
        <pre
          className="console-command"
          title={e.restored ? 'From an earlier session (its decision was not kept)' : undefined}
        >
          $ {e.line}
        </pre>
      )}
      {e.pending ? (
        <p className="console-running muted" role="status" data-testid="console-running">
          running...
        </p>
      ) : (
        e.output !== '' && (
          <pre
            className={e.isError ? 'console-output console-error' : 'console-output'}
            data-testid="console-output"
          >
            {e.output}
          </pre>
        )
      )}
      {invalidCiphertext && <p className="console-note muted small">{MATERIAL_NOTE}</p>}
    </div>
  );
});

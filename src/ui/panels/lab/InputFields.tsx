import { SIGNED_SUITE_ID, SUITE_ID, type SuiteId } from '../../../crypto';
import { formatBytes } from './labModel';

/** The plaintext: typed text, or a chosen (or dropped) file, which then replaces the text. */
export function PlaintextInput({
  id,
  text,
  onText,
  file,
  onFile,
  large,
}: {
  id: string;
  text: string;
  onText(text: string): void;
  file: File | null;
  onFile(file: File | null): void;
  /** Whether the file goes to the envelope worker. */
  large: boolean;
}) {
  return (
    <div className="form-row">
      <label htmlFor={id}>Plaintext</label>
      <div className="form-control">
        <textarea
          id={id}
          value={text}
          rows={3}
          disabled={file !== null}
          onChange={(e) => onText(e.target.value)}
        />
        <p className="field-hint">
          Or drop a file here, or{' '}
          <label className="lab-file">
            choose one
            <input
              type="file"
              data-testid="lab-file"
              onChange={(e) => onFile(e.target.files?.[0] ?? null)}
            />
          </label>
          .{' '}
          {file && (
            <>
              File: {file.name} ({formatBytes(file.size)})
              {large ? ', encrypted in a worker, chunk by chunk' : ''}.{' '}
              <button type="button" onClick={() => onFile(null)}>
                Use the text instead
              </button>
            </>
          )}
        </p>
      </div>
    </div>
  );
}

/** The algorithm suite; files are streamed, so they always get the unsigned 0x0478. */
export function SuiteSelect({
  id,
  value,
  onChange,
  large,
}: {
  id: string;
  value: SuiteId;
  onChange(suite: SuiteId): void;
  large: boolean;
}) {
  return (
    <div className="form-row">
      <label htmlFor={id}>Algorithm suite</label>
      <div className="form-control">
        <select
          id={id}
          value={large ? SUITE_ID : value}
          disabled={large}
          onChange={(e) => onChange(Number(e.target.value) as SuiteId)}
        >
          <option value={SUITE_ID}>0x0478: AES-256-GCM, HKDF-SHA512, key commitment</option>
          <option value={SIGNED_SUITE_ID}>0x0578: the same, signed with ECDSA P-384</option>
        </select>
        {large && (
          <p className="field-hint">Signed messages are whole-message only: not for files.</p>
        )}
      </div>
    </div>
  );
}

import { keyIdOf } from '../../../engine';
import type { Json, Request, Scenario } from '../../../scenario/types';
import { ComboField } from '../../components/ComboField';
import { PairsEditor } from '../../components/PairsEditor';
import { keySuggestions } from './requestModel';

function record(value: Json | undefined): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Decrypt's and ReEncrypt's ciphertext: which key made it, with which encryption context. */
export function CiphertextField({
  value,
  request,
  scenario,
  onChange,
}: {
  value: Json | undefined;
  request: Request;
  scenario: Scenario;
  onChange(next: Json | undefined): void;
}) {
  const blob = value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  const key = typeof blob?.key === 'string' ? blob.key : '';
  const context = record(blob?.encryptionContext);
  return (
    <fieldset className="rows-editor" data-testid="ciphertext">
      <legend>Ciphertext</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={blob !== null}
          onChange={(e) =>
            onChange(
              e.target.checked
                ? {
                    key: request.key ?? scenario.keys[0]?.arn ?? '',
                    encryptionContext: request.encryptionContext ?? {},
                  }
                : undefined,
            )
          }
        />
        Describe the ciphertext (KMS takes the key from it and checks its encryption context)
      </label>
      {blob && (
        <>
          <ComboField
            label="Encrypted under"
            value={key}
            suggestions={keySuggestions(scenario)}
            onChange={(k) => onChange({ key: k, encryptionContext: context })}
          />
          <PairsEditor
            legend="Encryption context at encryption"
            value={context}
            onChange={(ec) => onChange({ key, encryptionContext: ec })}
          />
        </>
      )}
    </fieldset>
  );
}

/** The key policy a PutKeyPolicy would set, edited as its own document in the editor. */
export function PolicyParamField({
  value,
  request,
  index,
  scenario,
  onChange,
  onOpen,
}: {
  value: Json | undefined;
  request: Request;
  index: number;
  scenario: Scenario;
  onChange(next: Json | undefined): void;
  /** Opens a document in the editor. */
  onOpen(documentId: string): void;
}) {
  const documentId = `newPolicy:${request.id ?? String(index)}`;
  const open = () => {
    if (value === undefined) {
      const key = scenario.keys.find(
        (k) =>
          request.key !== undefined &&
          (k.arn === request.key ||
            keyIdOf(k.arn) === request.key ||
            k.aliases.includes(request.key)),
      );
      onChange(key?.policy ?? { Version: '2012-10-17', Statement: [] });
    }
    onOpen(documentId);
  };
  return (
    <div className="form-row">
      <span className="form-label">New key policy</span>
      <div className="form-control inline-buttons">
        <button type="button" className="small-button" data-testid="edit-new-policy" onClick={open}>
          {value === undefined ? 'Write it in the editor' : 'Edit in the editor'}
        </button>
        {value !== undefined && (
          <button type="button" className="small-button" onClick={() => onChange(undefined)}>
            Remove
          </button>
        )}
        <p className="field-hint">
          {value === undefined
            ? 'Starts as a copy of the key\u2019s current policy.'
            : 'The lockout safety check tests this policy.'}
        </p>
      </div>
    </div>
  );
}

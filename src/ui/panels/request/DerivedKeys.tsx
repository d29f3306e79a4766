import { selectCurrentResult, useAppStore } from '../../../state';
import { contextKeys, values } from '../../../explain';

/** The context keys the engine filled in from the caller and the request, read-only. */
export function DerivedKeys() {
  const result = useAppStore(selectCurrentResult);
  const derived = result ? contextKeys(result.trace).filter((k) => k.derived) : [];
  return (
    <section
      className="derived-keys"
      aria-labelledby="derived-keys-heading"
      data-testid="derived-keys"
    >
      <h3 id="derived-keys-heading">Derived by the engine</h3>
      {derived.length === 0 ? (
        <p className="muted small">None (derivation is off, or the caller is unknown).</p>
      ) : (
        <dl className="key-values">
          {derived.map((k) => (
            <div key={k.name} className="key-value">
              <dt>
                <code>{k.name}</code>
              </dt>
              <dd>
                <code>{values(k.value)}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="field-hint">
        Key-specific keys (kms:EncryptionContext:…, aws:ResourceAccount…) are added per key during
        the check.
      </p>
    </section>
  );
}

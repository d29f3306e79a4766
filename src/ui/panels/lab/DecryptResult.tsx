import { LabDiagram } from './LabDiagram';
import type { Decrypted } from './labState';
import { traceSteps } from './labTrace';
import { StepList } from './StepList';

/**
 * A decryption's outcome: who tried, its steps (Decrypt through the engine, then the local steps),
 * the plaintext or the failure, and its steps in the decision diagram on request.
 */
export function DecryptResult({
  decrypted,
  pathOpen,
  onTogglePath,
}: {
  decrypted: Decrypted;
  pathOpen: boolean;
  onTogglePath(): void;
}) {
  const path = decrypted.trace ?? decrypted.evaluation;
  return (
    <div
      className={`lab-result ${decrypted.ok ? 'ok' : 'failed'}`}
      data-testid="lab-decrypt-result"
      data-ok={decrypted.ok}
      role="status"
    >
      <p>
        <strong>{decrypted.ok ? 'Decrypted' : 'Not decrypted'}</strong> as{' '}
        <span className="mono">{decrypted.principal}</span>
      </p>
      {decrypted.trace && (
        <StepList steps={traceSteps(decrypted.trace, 'Decrypt')} testId="lab-decrypt-steps" />
      )}
      <pre data-testid="lab-decrypt-text">{decrypted.text}</pre>
      {path && (
        <button type="button" aria-expanded={pathOpen} onClick={onTogglePath}>
          {pathOpen ? 'Hide decision path' : 'Show decision path'}
        </button>
      )}
      {pathOpen && path && <LabDiagram result={path} />}
    </div>
  );
}

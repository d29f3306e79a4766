import type { LabStep } from './labModel';

const MARK: Record<LabStep['status'], string> = { ok: '✓', failed: '✗', skipped: '–' };

/** The steps of an envelope operation as an ordered timeline; a step may open its decision path. */
export function StepList({
  steps,
  onOpenPath,
  pathOpen,
  testId = 'lab-steps',
}: {
  steps: readonly LabStep[];
  testId?: string;
  /** Shown on the first step: opens the engine's decision path for it. */
  onOpenPath?: () => void;
  pathOpen?: boolean;
}) {
  return (
    <ol className="lab-steps" data-testid={testId}>
      {steps.map((s, i) => (
        <li key={s.id} className={`lab-step ${s.status}`} data-status={s.status} data-step={s.id}>
          <span className="lab-step-mark" aria-hidden="true">
            {MARK[s.status]}
          </span>
          <div>
            <strong>{s.title}</strong>
            <span className="visually-hidden"> ({s.status})</span>
            <p>{s.detail}</p>
            {i === 0 && onOpenPath && (
              <button type="button" aria-expanded={pathOpen} onClick={onOpenPath}>
                {pathOpen ? 'Hide decision path' : 'Show decision path'}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

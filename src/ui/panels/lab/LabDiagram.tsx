import { useEffect, useState } from 'react';
import type { EvaluationResult } from '../../../engine';
import { useReducedMotion } from '../../components/useMediaQuery';
import { useResolvedTheme } from '../../components/useResolvedTheme';
import { DecisionDiagram } from '../../flow/DecisionDiagram';

/** Time per trace step while the lab's steps play. */
const STEP_MS = 70;

/**
 * A lab trace (labTrace.ts) in the decision diagram: the engine's decision path for the KMS call,
 * then the lab's local steps as further nodes. It plays once, step by step, so the view follows
 * the path down to the lab's steps (at once with reduced motion); the lab mounts one per result.
 */
export function LabDiagram({ result }: { result: EvaluationResult }) {
  const [selected, setSelected] = useState<string | null>(null);
  const reduced = useReducedMotion();
  const theme = useResolvedTheme();
  const end = result.trace.length;
  const [position, setPosition] = useState(reduced ? end : 0);

  useEffect(() => {
    if (reduced) return;
    const timer = setInterval(() => {
      setPosition((p) => {
        if (p + 1 >= end) clearInterval(timer);
        return Math.min(end, p + 1);
      });
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [end, reduced]);

  return (
    <div className="lab-diagram" data-testid="lab-diagram">
      <DecisionDiagram
        result={result}
        position={reduced ? end : position}
        selectedStep={selected}
        onSelectStep={setSelected}
        reducedMotion={reduced}
        theme={theme}
      />
    </div>
  );
}

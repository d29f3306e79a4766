import { useEffect, useState } from 'react';
import type { AccessChange, AccessMatrix } from '../../access';
import type { Scenario } from '../../scenario/types';
import { computeDiff, computeMatrix } from './matrixPool';

export type Computed<T> =
  | { state: 'pending'; value: T | null }
  | { state: 'done'; value: T; ms: number }
  | { state: 'error'; value: null; message: string };

type Answer<T> =
  { value: T; ms: number; error?: undefined } | { value: null; ms: number; error: string };

/**
 * Runs `compute` for `inputs` (compared by identity); while an answer for the current inputs has
 * not arrived, the last answer is shown as pending, and an answer for older inputs is dropped.
 */
function useComputed<T>(
  compute: (() => Promise<T>) | null,
  inputs: readonly unknown[],
): Computed<T> {
  const [answer, setAnswer] = useState<{ inputs: readonly unknown[]; answer: Answer<T> } | null>(
    null,
  );
  useEffect(() => {
    if (!compute) return;
    let live = true;
    const t0 = performance.now();
    compute().then(
      (value) => {
        if (live) setAnswer({ inputs, answer: { value, ms: performance.now() - t0 } });
      },
      (e: unknown) => {
        if (live)
          setAnswer({
            inputs,
            answer: { value: null, ms: 0, error: (e as Error).message },
          });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);
  const current =
    answer !== null &&
    answer.inputs.length === inputs.length &&
    answer.inputs.every((x, i) => x === inputs[i]);
  if (!answer) return { state: 'pending', value: null };
  const a = answer.answer;
  if (a.error !== undefined) return { state: 'error', value: null, message: a.error };
  return current
    ? { state: 'done', value: a.value, ms: a.ms }
    : { state: 'pending', value: a.value };
}

/** The matrix of a scenario, computed in the access workers. */
export function useAccessMatrix(scenario: Scenario): Computed<AccessMatrix> {
  return useComputed(() => computeMatrix(scenario), [scenario]);
}

/** The changed cells between two scenarios (nothing to compute while either is null). */
export function useAccessDiff(
  before: Scenario | null,
  after: Scenario | null,
): Computed<AccessChange[]> {
  return useComputed(before && after ? () => computeDiff(before, after) : null, [before, after]);
}

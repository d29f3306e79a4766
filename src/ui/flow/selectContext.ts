/**
 * The diagram's select callback, passed by context so node data stays plain and memoised
 * nodes do not re-render when the parent passes a new function.
 */
import { createContext } from 'react';

/** Selects a trace step by id. */
export const SelectStepContext = createContext<(stepId: string) => void>(() => {});

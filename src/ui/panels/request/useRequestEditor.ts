import { useCallback } from 'react';
import type { Request } from '../../../scenario/types';
import { useAppStore } from '../../../state';
import { editRequest } from './requestModel';

/**
 * The selected request and a way to change it. Every change goes through `updateScenario`, so it
 * is an undo step and the decision is recomputed at once. The merge key names the request and
 * the field: typing in one field is one undo step, and changing another field starts the next.
 */
export function useRequestEditor(): {
  request: Request | undefined;
  index: number;
  /** Applies `change`; `field` names what changed (the merge key of the undo step). */
  update(change: (r: Request) => Request, field?: string): void;
} {
  const index = useAppStore((s) => s.selectedRequest);
  const request = useAppStore((s) => s.scenario.requests[s.selectedRequest]);
  const updateScenario = useAppStore((s) => s.updateScenario);
  const documentId = `request:${request?.id ?? String(index)}`;
  const update = useCallback(
    (change: (r: Request) => Request, field = 'fields') =>
      updateScenario(editRequest(index, change), `${documentId}#${field}`),
    [updateScenario, index, documentId],
  );
  return { request, index, update };
}

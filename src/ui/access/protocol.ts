/** Messages between the page and the access worker (matrixWorker.ts). */
import type { AccessMatrix, MatrixOptions } from '../../access';
import type { Scenario } from '../../scenario/types';

export interface AccessWorkerRequest {
  id: number;
  scenario: Scenario;
  options?: MatrixOptions;
}

export type AccessWorkerReply =
  { id: number; matrix: AccessMatrix; error?: undefined } | { id: number; error: string };

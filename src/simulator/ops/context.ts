/** What an operation handler receives and returns. */
import type { Json, Key } from '../../scenario/types';
import type { CallInput, KmsError, SimulatorState } from '../types';

/** An authorized call, ready to change the state. */
export interface OpContext {
  /** The state before the call. */
  state: SimulatorState;
  /** The call. */
  call: CallInput;
  /** The key the call names (after alias resolution), when it names one. */
  key: Key | null;
  /** The caller's account id. */
  account: string;
}

/** Success (a new state and the response) or an error found after authorization. */
export type OpResult =
  | { state: SimulatorState; response: Record<string, Json>; error?: undefined }
  | { error: KmsError };

/** An operation handler. */
export type Handler = (ctx: OpContext) => OpResult;

/** A success that leaves the state as it is. */
export const read = (ctx: OpContext, response: Record<string, Json>): OpResult => ({
  state: ctx.state,
  response,
});

/** The key of a call that must name one (the engine guarantees it once authorized). */
export function keyOf(ctx: OpContext): Key {
  if (!ctx.key) throw new Error(`${ctx.call.operation} reached its handler without a key.`);
  return ctx.key;
}

/** A string parameter. */
export const strParam = (ctx: OpContext, name: string): string | undefined => {
  const v = ctx.call.params[name];
  return typeof v === 'string' ? v : undefined;
};

/** CLI v2 prints timestamps as ISO 8601 with an offset (`cli_timestamp_format` iso8601). */
export const awsDate = (iso: string): string => iso.replace(/Z$/, '+00:00');

/**
 * Fixes (issue 10, "What would change it"): pure and synchronous, on top of the engine and the
 * scenario codec. `proposeFixes` returns verified changes that make a denied request Allowed, as
 * RFC 6902 patches on the scenario as written; `carriers` lists what an Allowed request rests on.
 */
export { proposeFixes } from './propose';
export { carriers } from './carriers';
export { applyPatch, pointer } from './patch';
export { addedWildcards, isWildcardAction, isWildcardPrincipal } from './guard';
export type * from './types';

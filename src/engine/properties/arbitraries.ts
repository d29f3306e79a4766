/**
 * fast-check arbitraries for decoded Scenarios that exercise the KMS engine for real: accounts in
 * and out of an organization, users, roles, role sessions, root and service principals, keys of
 * every state/spec/usage, key policies, identity policies, boundaries, session policies, SCPs,
 * RCPs, a VPC endpoint, grants, and requests for every KMS operation with their parameters.
 * Statements are drawn from a vocabulary of real elements (kms-semantics 1.3, 2.1-2.7), so most
 * generated requests reach the authorization steps and a fair share of them is allowed.
 *
 * `scenarioArb({ permissive: true })` starts every document with its kind's typical Allow
 * statements (more allowed requests, for the monotonicity properties). `scenarioArb({ garbage:
 * true })` also puts arbitrary JSON in every Json-typed position (policy documents, statement
 * elements, condition blocks, request parameters) and odd strings in the string fields, for the
 * never-throws properties.
 *
 * Test-only: imported by the property tests, never by the app.
 */
export * from './arbitraries/vocabulary';
export * from './arbitraries/conditions';
export * from './arbitraries/statements';
export * from './arbitraries/parts';
export * from './arbitraries/requests';
export * from './arbitraries/scenario';

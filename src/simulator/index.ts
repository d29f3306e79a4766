/**
 * The simulated KMS account (issue 4): stateful KMS operations decided by the engine, a simulated
 * clock, a CloudTrail-style audit trail and an AWS CLI console. Pure: no DOM, clock or randomness.
 */
export { callAsync } from './call';
export { sampleCiphertextJob } from './sample';
export type { BlobInfo, CryptoJob, CryptoOutcome, CryptoPort, MaterialRef } from './cryptoPort';
export { bytesToBase64, base64ToBytes, isBase64, textToBase64 } from './base64';
export { consoleProfiles } from './profiles';
export { addAwsManagedKey, awsManagedKeyPolicy } from './awsManaged';
export { authorize, requestFor } from './authorize';
export { advance, GRANT_PROPAGATION_SECONDS } from './clock';
export {
  createSimulator,
  joinState,
  splitState,
  type SimulatorField,
  type SimulatorOptions,
} from './create';
export { filterEvents, exportRecords, type EventFilter } from './audit';
export { AUDIT_MAX_BYTES, AUDIT_MAX_EVENTS, capAudit, droppedEvents } from './auditCap';
export { isSimulated, OPERATIONS } from './ops';
export type * from './types';
export {
  runCommandAsync,
  runScriptAsync,
  formatError,
  formatResponse,
  type ConsoleResult,
} from './console/run';
export { parseCommand, type ParsedCommand } from './console/parse';
export { tokenizeWords } from './console/tokenize';
export { commandLine } from './console/line';
export { cliOutput } from './console/output';
export { complete, helpText } from './console/help';
export { COMMANDS } from './console/commands';
export type { FileStore } from './console/parse';

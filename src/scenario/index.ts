/**
 * The scenario layer: the one data shape behind share links, files, the CLI, built-in examples
 * and test fixtures, with its validator, codecs and JSON Schema. Imports nothing from other
 * layers.
 */
export * from './types';
export type { DecodeResult, ScenarioIssue, ScenarioIssueCode, ScenarioPath } from './issues';
export { formatPath } from './issues';
export * from './limits';
export {
  DECISIONS,
  KEY_MANAGERS,
  KEY_ORIGINS,
  KEY_STATES,
  KEY_USAGES,
  MULTI_REGION_KEY_TYPES,
  ORGANIZATION_POLICY_TYPES,
  OUTCOMES,
} from './enums';
export { KEY_DEFAULTS } from './readKeys';
export { decodeScenarioValue } from './decodeValue';
export { decodeScenarioText } from './decodeText';
export { encodeScenarioText, scenarioToJson } from './encode';
export { MIGRATIONS, migrate, type Migration } from './migrate';
export {
  SHARE_LINK_VERSION,
  SHARE_PARAM,
  decodeShareFragment,
  encodeShareFragment,
} from './shareLink';
export {
  SCENARIO_FILE_EXTENSION,
  SCENARIO_MEDIA_TYPE,
  fileSizeIssue,
  scenarioFileName,
} from './fileName';
export { scenarioSchema } from './schema';
export { examples, type Example } from './examples';
export { defaultKeyPolicy } from './defaultKeyPolicy';
export { scanJson } from './jsonScan';
export { decodeTextBytes } from './textBytes';

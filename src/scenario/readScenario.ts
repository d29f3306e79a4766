import { objectList } from './fieldCollections';
import { addString, checkFields, isObject, type Obj, type ReadContext } from './fields';
import { describeType, type IssueList } from './issues';
import { MAX_GRANTS, MAX_KEYS, MAX_PRINCIPALS, MAX_REQUESTS } from './limits';
import { readGrant } from './readGrants';
import { readGroup, readPrincipal } from './readIdentities';
import { readKey, readVpcEndpoint } from './readKeys';
import { readAccount, readOrganization } from './readOrganization';
import { readRequest } from './readRequests';
import { readSimulator } from './readSimulator';
import { readView } from './readView';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from './types';

export const SCENARIO_FIELDS = [
  'format',
  'version',
  'title',
  'description',
  'organization',
  'accounts',
  'principals',
  'groups',
  'keys',
  'grants',
  'vpcEndpoints',
  'requests',
  'simulator',
  'view',
  // Editors add "$schema" to pick up the JSON Schema; it is accepted and not kept.
  '$schema',
] as const;

/** The checked header: the root object and the version it was written in. */
export interface ScenarioHeader {
  root: Obj;
  version: number;
}

/**
 * Checks that the value is a scenario at all (`format`) and that this build can read it
 * (`version`). Nothing else is read when the header is wrong: the file is probably something
 * else, and a list of every missing field would bury the one message that matters.
 */
export function readHeader(value: unknown, issues: IssueList): ScenarioHeader | undefined {
  if (!isObject(value)) {
    issues.error(
      [],
      'WrongType',
      `expected a scenario object with "format": "${SCENARIO_FORMAT}", got ${describeType(value)}`,
    );
    return undefined;
  }
  const format = value['format'];
  if (format === undefined) {
    issues.error(
      ['format'],
      'MissingField',
      `missing; expected "${SCENARIO_FORMAT}" (is this a KMS Policy Playground scenario?)`,
    );
    return undefined;
  }
  if (format !== SCENARIO_FORMAT) {
    const got = typeof format === 'string' ? `"${format}"` : describeType(format);
    issues.error(['format'], 'WrongFormat', `expected "${SCENARIO_FORMAT}", got ${got}`);
    return undefined;
  }
  const version = value['version'];
  if (version === undefined) {
    issues.error(
      ['version'],
      'MissingField',
      `missing; expected the format version (${SCENARIO_VERSION})`,
    );
    return undefined;
  }
  if (typeof version !== 'number') {
    issues.error(
      ['version'],
      'WrongType',
      `expected the format version as a number (${SCENARIO_VERSION}), got ${describeType(version)}`,
    );
    return undefined;
  }
  if (!Number.isInteger(version) || version < 1) {
    issues.error(
      ['version'],
      'InvalidVersion',
      `expected a whole number from 1 to ${SCENARIO_VERSION}, got ${version}`,
    );
    return undefined;
  }
  if (version > SCENARIO_VERSION) {
    issues.error(
      ['version'],
      'NewerVersion',
      `this scenario was made by a newer version of the playground (format ${version}); this one reads format ${SCENARIO_VERSION}, so update it to open the file`,
    );
    return undefined;
  }
  return { root: value, version };
}

/** Reads a current-version scenario into the typed shape, filling every default. */
export function restoreScenario(ctx: ReadContext, root: Obj): Scenario {
  checkFields(ctx, root, [], SCENARIO_FIELDS, 'a scenario');
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    accounts: list(ctx, root, 'accounts', 'accounts', readAccount),
    principals: list(ctx, root, 'principals', 'principals', readPrincipal, MAX_PRINCIPALS),
    groups: list(ctx, root, 'groups', 'groups', readGroup),
    keys: list(ctx, root, 'keys', 'keys', readKey, MAX_KEYS),
    grants: list(ctx, root, 'grants', 'grants', readGrant, MAX_GRANTS),
    vpcEndpoints: list(ctx, root, 'vpcEndpoints', 'VPC endpoints', readVpcEndpoint),
    requests: list(ctx, root, 'requests', 'requests', readRequest, MAX_REQUESTS),
  };
  addString(ctx, root, [], scenario, 'title');
  addString(ctx, root, [], scenario, 'description', 'a string (Markdown)');
  if (root['organization'] !== undefined) {
    scenario.organization = readOrganization(ctx, root['organization'], ['organization']);
  }
  if (root['simulator'] !== undefined) {
    const simulator = readSimulator(ctx, root['simulator'], ['simulator']);
    if (simulator) scenario.simulator = simulator;
  }
  if (root['view'] !== undefined) {
    const view = readView(ctx, root['view'], ['view']);
    if (view) scenario.view = view;
  }
  return scenario;
}

function list<T>(
  ctx: ReadContext,
  root: Obj,
  key: string,
  expected: string,
  read: (ctx: ReadContext, value: unknown, path: (string | number)[]) => T,
  max?: number,
): T[] {
  return objectList(ctx, root, key, [], expected, max).map((item) =>
    read(ctx, item.value, [...item.path]),
  );
}

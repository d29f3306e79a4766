import { KEY_DEFAULTS } from './readKeys';
import { SIMULATOR_FIELDS } from './readSimulator';
import type {
  Account,
  Grant,
  Group,
  Json,
  Key,
  NamedPolicy,
  Organization,
  Principal,
  Request,
  Scenario,
  SimulatorField,
  VpcEndpoint,
} from './types';
import { exceedsUtf8Bytes } from './jsonText';
import { MAX_SCENARIO_BYTES } from './limits';

type JsonObject = { [key: string]: Json };

/**
 * The scenario as plain JSON with every default left out, fields in the contract's order, so
 * saved files and links stay short and readable. Decoding the result gives back an equal
 * scenario. Policy documents and parameters are shared with `s`, not copied.
 */
export function scenarioToJson(s: Scenario): JsonObject {
  const out: JsonObject = { format: s.format, version: s.version };
  put(out, 'title', s.title);
  put(out, 'description', s.description);
  if (s.organization) out['organization'] = organizationJson(s.organization);
  putList(out, 'accounts', s.accounts.map(accountJson));
  putList(out, 'principals', s.principals.map(principalJson));
  putList(out, 'groups', s.groups.map(groupJson));
  putList(out, 'keys', s.keys.map(keyJson));
  putList(out, 'grants', s.grants.map(grantJson));
  putList(out, 'vpcEndpoints', s.vpcEndpoints.map(endpointJson));
  putList(out, 'requests', s.requests.map(requestJson));
  if (s.simulator) out['simulator'] = simulatorJson(s.simulator);
  if (s.view) {
    const view: JsonObject = {};
    if (s.view.request !== undefined) view['request'] = s.view.request;
    put(view, 'document', s.view.document);
    put(view, 'tab', s.view.tab);
    out['view'] = view;
  }
  return out;
}

/** The scenario as a pretty JSON file (two-space indent, trailing newline), defaults left out. */
export function encodeScenarioText(s: Scenario): string {
  const json = scenarioToJson(s);
  const pretty = `${JSON.stringify(json, null, 2)}\n`;
  // Indentation can triple a large scenario: past the decoder's limit, the compact form keeps
  // every saved or exported file re-importable (the limit applies to what a user can produce).
  return exceedsUtf8Bytes(pretty, MAX_SCENARIO_BYTES) ? `${JSON.stringify(json)}\n` : pretty;
}

/** The simulator state as JSON (a copy, absent optional facts left out), in the reader's order. */
function simulatorJson(sim: SimulatorField): JsonObject {
  const ordered = Object.fromEntries(SIMULATOR_FIELDS.map((f) => [f, sim[f]]));
  return JSON.parse(JSON.stringify(ordered)) as JsonObject;
}

function organizationJson(o: Organization): JsonObject {
  const out: JsonObject = {};
  put(out, 'id', o.id);
  put(out, 'rootId', o.rootId);
  putList(
    out,
    'units',
    o.units.map((u) => {
      const unit: JsonObject = { id: u.id, parent: u.parent };
      put(unit, 'name', u.name);
      return unit;
    }),
  );
  putList(
    out,
    'policies',
    o.policies.map((p) => {
      const policy: JsonObject = { id: p.id, type: p.type };
      put(policy, 'name', p.name);
      policy['targets'] = [...p.targets];
      policy['document'] = p.document;
      return policy;
    }),
  );
  return out;
}

function accountJson(a: Account): JsonObject {
  const out: JsonObject = { id: a.id };
  put(out, 'name', a.name);
  put(out, 'parent', a.parent);
  if (a.managementAccount) out['managementAccount'] = true;
  return out;
}

function principalJson(p: Principal): JsonObject {
  const out: JsonObject = { arn: p.arn };
  put(out, 'name', p.name);
  put(out, 'roleArn', p.roleArn);
  putList(out, 'policies', p.policies.map(namedPolicyJson));
  putList(out, 'groups', p.groups);
  put(out, 'permissionsBoundary', p.permissionsBoundary);
  putMap(out, 'tags', p.tags);
  return out;
}

function groupJson(g: Group): JsonObject {
  const out: JsonObject = { arn: g.arn };
  putList(out, 'policies', g.policies.map(namedPolicyJson));
  return out;
}

function namedPolicyJson(p: NamedPolicy): JsonObject {
  return { name: p.name, document: p.document };
}

function keyJson(k: Key): JsonObject {
  const out: JsonObject = { arn: k.arn };
  putList(out, 'aliases', k.aliases);
  put(out, 'description', k.description);
  if (k.state !== KEY_DEFAULTS.state) out['state'] = k.state;
  if (k.keySpec !== KEY_DEFAULTS.keySpec) out['keySpec'] = k.keySpec;
  if (k.keyUsage !== KEY_DEFAULTS.keyUsage) out['keyUsage'] = k.keyUsage;
  if (k.origin !== KEY_DEFAULTS.origin) out['origin'] = k.origin;
  if (k.multiRegion !== KEY_DEFAULTS.multiRegion) out['multiRegion'] = k.multiRegion;
  put(out, 'multiRegionKeyType', k.multiRegionKeyType);
  if (k.keyManager !== KEY_DEFAULTS.keyManager) out['keyManager'] = k.keyManager;
  putMap(out, 'tags', k.tags);
  out['policy'] = k.policy;
  if (k.demoMaterial) out['demoMaterial'] = [...k.demoMaterial];
  return out;
}

function grantJson(g: Grant): JsonObject {
  const out: JsonObject = { grantId: g.grantId, key: g.key };
  put(out, 'name', g.name);
  out['granteePrincipal'] = g.granteePrincipal;
  put(out, 'retiringPrincipal', g.retiringPrincipal);
  out['operations'] = [...g.operations];
  if (g.constraints) {
    const constraints: JsonObject = {};
    put(constraints, 'encryptionContextEquals', g.constraints.encryptionContextEquals);
    put(constraints, 'encryptionContextSubset', g.constraints.encryptionContextSubset);
    put(constraints, 'sourceArn', g.constraints.sourceArn);
    out['constraints'] = constraints;
  }
  put(out, 'issuingAccount', g.issuingAccount);
  put(out, 'grantToken', g.grantToken);
  if (!g.propagated) out['propagated'] = false;
  return out;
}

function endpointJson(e: VpcEndpoint): JsonObject {
  const out: JsonObject = { id: e.id };
  put(out, 'policy', e.policy);
  return out;
}

function requestJson(r: Request): JsonObject {
  const out: JsonObject = {};
  put(out, 'id', r.id);
  out['principal'] = r.principal;
  out['action'] = r.action;
  put(out, 'key', r.key);
  put(out, 'encryptionContext', r.encryptionContext);
  putList(out, 'grantTokens', r.grantTokens);
  put(out, 'sessionPolicy', r.sessionPolicy);
  put(out, 'viaVpcEndpoint', r.viaVpcEndpoint);
  putMap(out, 'context', r.context);
  if (!r.deriveContext) out['deriveContext'] = false;
  putMap(out, 'parameters', r.parameters);
  if (r.expect) {
    const expect: JsonObject = {};
    put(expect, 'outcome', r.expect.outcome);
    put(expect, 'decision', r.expect.decision);
    out['expect'] = expect;
  }
  return out;
}

/** Writes an optional field only when it is set. */
function put(out: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) out[key] = value;
}

/** Writes a list field only when it is not empty (its default). */
function putList(out: JsonObject, key: string, values: readonly Json[]): void {
  if (values.length > 0) out[key] = [...values];
}

/** Writes a map field only when it is not empty (its default). */
function putMap(out: JsonObject, key: string, map: Readonly<Record<string, Json>>): void {
  if (Object.keys(map).length > 0) out[key] = map;
}

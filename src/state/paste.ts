/**
 * Recognises AWS CLI output pasted into the app and says where it goes:
 * `aws kms get-key-policy` → the selected key's policy, `aws kms list-grants` → grants,
 * `aws kms describe-key` → key properties (a new key gets the default key policy), and a whole
 * scenario → load. Every result is checked by the scenario decoder before it is offered.
 */
import { keyIdOf } from '../engine';
import { SCENARIO_FORMAT, decodeScenarioValue, type Json, type Scenario } from '../scenario';
import { applyDocumentValue } from './applyText';
import { scenarioJson, setIn } from './documents';
import { parseJson } from './parse';
import { grantsFromCli, keyFromCli, type JsonObject } from './pasteCli';
import { importJson, importText, type Imported } from '../scenario/import';
import { exceedsUtf8Bytes, formatBytes } from '../scenario/jsonText';
import { MAX_SCENARIO_BYTES } from '../scenario/limits';

/** What a paste is (`artifact`: an AWS artifact read by src/scenario/import, issue 15). */
export type PasteKind = 'keyPolicy' | 'grants' | 'keyMetadata' | 'scenario' | 'artifact';

/** A recognised paste, or why it cannot be used. */
export type PasteInterpretation =
  | {
      kind: PasteKind;
      /** One sentence for the notice, e.g. `Pasted the key policy of alias/reports.` */
      description: string;
      /** The document to show afterwards (not set for a whole scenario). */
      documentId?: string;
      /** The scenario with the paste applied (decoded: defaults filled in); throws if invalid. */
      apply(s: Scenario): Scenario;
      /** A request to select afterwards (an imported AccessDenied message or CloudTrail event). */
      selectRequest?: number;
      /** What could not be used (shown with the description). */
      notes?: string[];
    }
  | { error: string };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Decodes the scenario JSON after `change`, or throws the first error message. */
function decodeWith(s: Scenario, change: (json: Json) => unknown): Scenario {
  const result = decodeScenarioValue(change(scenarioJson(s)));
  if (result.ok) return result.scenario;
  const first = result.issues.find((i) => i.severity === 'error') ?? result.issues[0];
  throw new Error(first?.message ?? 'the pasted value does not fit the scenario');
}

/** Runs `apply` once against `s`, turning a failure into `{ error }`. */
function checked(
  s: Scenario,
  what: string,
  result: Exclude<PasteInterpretation, { error: string }>,
): PasteInterpretation {
  try {
    result.apply(s);
    return result;
  } catch (e) {
    return { error: `The pasted ${what} could not be used: ${(e as Error).message}` };
  }
}

/**
 * Interprets pasted text against the scenario. `selectedKey` is the key the user is looking at
 * (key id, key ARN or `key:<id>` document id), used for a pasted key policy; when it is null, a
 * scenario with a single key uses that key.
 */
export function interpretPaste(
  text: string,
  s: Scenario,
  selectedKey: string | null,
): PasteInterpretation {
  // Past the scenario limit nothing can be applied: say so (not "not JSON"), before any parsing.
  if (exceedsUtf8Bytes(text, MAX_SCENARIO_BYTES))
    return {
      error: `The pasted text is over ${formatBytes(MAX_SCENARIO_BYTES)}, the limit for a scenario; nothing was changed.`,
    };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const denied = importText(text, scenarioJson(s) as JsonObject);
    if (denied) return artifact(s, denied);
    const { message, line, column } = parsed.error;
    return { error: `The pasted text is not JSON (line ${line}, column ${column}: ${message}).` };
  }
  const value = parsed.value;
  if (!isObject(value)) return { error: 'The pasted JSON is not an object the app recognises.' };

  if (value['format'] === SCENARIO_FORMAT) {
    const result = decodeScenarioValue(value);
    if (!result.ok) {
      const first = result.issues.find((i) => i.severity === 'error') ?? result.issues[0];
      return { error: `The pasted scenario could not be loaded: ${first?.message ?? 'invalid'}` };
    }
    const title = result.scenario.title ?? 'the pasted scenario';
    return { kind: 'scenario', description: `Loaded ${title}.`, apply: () => result.scenario };
  }

  if ('Policy' in value) return keyPolicyPaste(value['Policy'], s, selectedKey);

  if (Array.isArray(value['Grants'])) {
    const grants = grantsFromCli(value['Grants']);
    if ('error' in grants) return grants;
    const first = grants.list[0];
    return checked(s, 'grants', {
      kind: 'grants',
      description: `Pasted ${grants.list.length} grant${grants.list.length === 1 ? '' : 's'}.`,
      ...(first ? { documentId: `grant:${String(first['grantId'])}` } : {}),
      apply: (base) =>
        decodeWith(base, (json) => {
          const list = [...((getList(json, 'grants') as JsonObject[] | undefined) ?? [])];
          for (const g of grants.list) {
            const at = list.findIndex((old) => old['grantId'] === g['grantId']);
            if (at < 0) list.push(g);
            else list[at] = g;
          }
          return setIn(json, ['grants'], list);
        }),
    });
  }

  if (isObject(value['KeyMetadata'])) {
    const key = keyFromCli(value['KeyMetadata'], s);
    if ('error' in key) return key;
    const arn = String(key.value['arn']);
    return checked(s, 'key description', {
      kind: 'keyMetadata',
      description: key.isNew
        ? `Added the key ${arn} with the default key policy.`
        : `Updated the properties of the key ${arn}.`,
      documentId: `key:${keyIdOf(arn)}`,
      apply: (base) =>
        decodeWith(base, (json) => {
          const keys = [...((getList(json, 'keys') as JsonObject[] | undefined) ?? [])];
          const at = keys.findIndex((k) => keyIdOf(String(k['arn'])) === keyIdOf(arn));
          if (at < 0) keys.push(key.value);
          else {
            const merged: JsonObject = { ...keys[at], ...key.value };
            if (key.value['multiRegion'] === false) delete merged['multiRegionKeyType'];
            keys[at] = merged;
          }
          return setIn(json, ['keys'], keys);
        }),
    });
  }

  if ('Statement' in value) {
    return { error: 'This looks like a policy document: paste it into the editor instead.' };
  }
  const imported = importJson(value, scenarioJson(s) as JsonObject);
  if (imported) return artifact(s, imported);
  return {
    error:
      'The pasted JSON is not output the app recognises (aws kms get-key-policy, list-grants, describe-key, list-keys, list-aliases, aws iam get-account-authorization-details, a CloudTrail event or trail, a CloudFormation template, or a scenario).',
  };
}

/** An imported AWS artifact as a paste: applied to the scenario JSON, then decoded. */
function artifact(s: Scenario, imported: Imported): PasteInterpretation {
  return checked(s, imported.what, {
    kind: 'artifact',
    description: `${imported.description}${imported.notes.length > 0 ? ` Note: ${imported.notes.join(' ')}` : ''}`,
    notes: imported.notes,
    ...(imported.selectRequest !== undefined ? { selectRequest: imported.selectRequest } : {}),
    apply: (base) =>
      decodeWith(base, (json) => {
        const draft = structuredClone(json) as JsonObject;
        imported.apply(draft);
        return draft;
      }),
  });
}

function getList(json: Json, name: string): unknown[] | undefined {
  const v = isObject(json) ? json[name] : undefined;
  return Array.isArray(v) ? v : undefined;
}

function keyPolicyPaste(policy: unknown, s: Scenario, selectedKey: string | null) {
  const wanted = selectedKey === null ? null : keyIdOf(selectedKey.replace(/^key:/, ''));
  const key =
    wanted === null
      ? s.keys.length === 1
        ? s.keys[0]
        : undefined
      : s.keys.find((k) => keyIdOf(k.arn) === wanted);
  if (!key) {
    return {
      error:
        s.keys.length === 0
          ? 'The scenario has no key to put this key policy on; paste aws kms describe-key output first.'
          : 'Select the key policy to replace in the explorer, then paste again.',
    };
  }
  let document: unknown = policy;
  if (typeof policy === 'string') {
    const parsed = parseJson(policy);
    if (!parsed.ok) return { error: `The pasted Policy is not JSON: ${parsed.error.message}.` };
    document = parsed.value;
  }
  const id = `key:${keyIdOf(key.arn)}`;
  return checked(s, 'key policy', {
    kind: 'keyPolicy',
    description: `Pasted the key policy of ${key.aliases[0] ?? keyIdOf(key.arn)}.`,
    documentId: id,
    apply: (base) => {
      const outcome = applyDocumentValue(base, id, document);
      if (outcome.ok) return outcome.scenario;
      throw new Error(outcome.issues[0]?.message ?? 'invalid key policy');
    },
  });
}

/**
 * Warnings about condition keys and policy variables: what a KMS expert would flag even though the
 * policy is valid JSON and evaluates.
 */
import { lookupConditionKey } from '../catalog/conditionKeys';
import type { LocalDiagnostic } from '../context';
import type { Template } from '../match/variables';
import type { ParsedOperator } from './operators';
import type { ConditionPath } from './types';

const OVERLY_PERMISSIVE_PREFIXES = ['kms:encryptioncontext:', 'aws:requesttag/'];

/** S4: deprecated KMS condition keys and the keys that replace them. */
const DEPRECATED_KEYS: Readonly<Record<string, string>> = {
  'kms:customermasterkeyspec': 'kms:KeySpec',
  'kms:customermasterkeyusage': 'kms:KeyUsage',
};

function warning(path: ConditionPath, code: string, message: string): LocalDiagnostic {
  return { path, severity: 'warning', code, message };
}

/**
 * Lints one condition key under its operator.
 *
 * @param key - the key as written
 * @param op - the parsed operator, or undefined when the operator is unknown
 * @param path - JSON path of the key
 */
export function lintConditionKey(
  key: string,
  op: ParsedOperator | undefined,
  path: ConditionPath,
): LocalDiagnostic[] {
  const out: LocalDiagnostic[] = [];
  const info = lookupConditionKey(key);
  const lower = key.toLowerCase();
  if (!info) out.push(warning(path, 'UnknownConditionKey', unknownKeyMessage(key)));
  const replacement = DEPRECATED_KEYS[lower];
  if (replacement) {
    // S4: kms:CustomerMasterKeySpec and kms:CustomerMasterKeyUsage are deprecated; they still work.
    out.push(
      warning(
        path,
        'DeprecatedConditionKey',
        `${key} is deprecated; use ${replacement}, which has the same value.`,
      ),
    );
  }
  if (key.includes('${')) {
    // S4 kms:EncryptionContext: a policy variable may appear in the value, never in the key.
    out.push(
      warning(
        path,
        'VariableInConditionKey',
        `Policy variables are not substituted in condition key names; "${key}" is compared literally. Put the variable in the value instead.`,
      ),
    );
  }
  if (!op) return out;
  const isNull = op.base.family === 'Null';
  if (op.set === 'ForAllValues' && OVERLY_PERMISSIVE_PREFIXES.some((p) => lower.startsWith(p))) {
    // S4 kms:EncryptionContext:context-key: KMS rejects ForAllValues here (OverlyPermissiveCondition).
    out.push(
      warning(
        path,
        'OverlyPermissiveCondition',
        `ForAllValues with the single-valued key ${key} is true whenever the key is absent, so it allows requests without it; KMS rejects this combination when the policy is saved. Use the operator without ForAllValues.`,
      ),
    );
  } else if (op.set === 'ForAllValues' && info && !info.multiValued && !isNull) {
    // S31: ForAllValues on a single-valued key is vacuously true when the key is missing.
    out.push(
      warning(
        path,
        'ForAllValuesSingleValued',
        `${key} is single-valued; ForAllValues is also true when the key is absent. Use the operator without a set prefix (or add a Null check).`,
      ),
    );
  }
  if (!op.set && info?.multiValued && !isNull) {
    // A16: AWS leaves a multi-valued key without a set operator unspecified; we evaluate it as ForAnyValue.
    out.push(
      warning(
        path,
        'MultiValuedWithoutSetOperator',
        `${key} is multi-valued; use ForAnyValue: or ForAllValues: (the playground evaluates this as ForAnyValue, which AWS does not document).`,
      ),
    );
  }
  return out;
}

function unknownKeyMessage(key: string): string {
  const colon = key.indexOf(':');
  const service = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
  if (service !== '' && service !== 'aws' && service !== 'kms') {
    return `${key} is a condition key of another service (${service}); KMS requests never carry it, so it is always absent here.`;
  }
  return `${key} is not a known AWS global or KMS condition key; it is absent unless the request context supplies it. Expected a key such as aws:SourceIp or kms:EncryptionContext:<name>.`;
}

/**
 * Diagnostics for the policy variables of one value: syntax problems, variables in a policy whose
 * Version does not substitute them, unknown and multi-valued variable keys (S33).
 */
export function variableDiagnostics(
  template: Template,
  path: ConditionPath,
  variablesEnabled: boolean,
): LocalDiagnostic[] {
  const out = template.problems.map((m) => warning(path, 'MalformedPolicyVariable', m));
  if (!variablesEnabled && template.text.includes('${')) {
    out.push(
      warning(
        path,
        'VariablesNeedVersion2012',
        'Policy variables are substituted only when the policy Version is "2012-10-17"; here "${...}" is literal text.',
      ),
    );
  }
  for (const name of template.variableNames) {
    const info = lookupConditionKey(name);
    if (!info) out.push(warning(path, 'UnknownConditionKey', unknownKeyMessage(name)));
    else if (info.multiValued) {
      out.push(
        warning(
          path,
          'MultiValuedPolicyVariable',
          `\${${name}} names a multi-valued key, which cannot be a policy variable: it never resolves.`,
        ),
      );
    }
  }
  return out;
}

/**
 * Markdown for hovers and completion details, built only from catalogue entries (never from the
 * text being edited), so that nothing a policy says can be rendered as ours.
 */
import {
  ACTION_GROUPS,
  ACTIONS,
  REFERENCE_SOURCE,
  type ActionEntry,
  type ConditionKeyEntry,
} from './catalog';
import type { OperatorEntry } from './operatorCatalog';

const code = (s: string) => `\`${s}\``;
const KEY_ACTIONS = ACTIONS.filter((a) => a.resourceTypes.includes('key')).map((a) => a.name);
const FOOTER = `_Facts: AWS Service Authorization Reference (${REFERENCE_SOURCE.package} ${REFERENCE_SOURCE.version})._`;

/** Label of an action group. */
export function groupLabel(group: ActionEntry['group']): string {
  return ACTION_GROUPS.find((g) => g.id === group)?.label ?? group;
}

/** One line of detail for a completion item. */
export function actionDetail(a: ActionEntry): string {
  return `${groupLabel(a.group)} · ${a.accessLevel}${a.modelled ? '' : ' · not modelled'}`;
}

/** Hover and completion documentation of an action. */
export function actionMarkdown(a: ActionEntry): string {
  const facts = [
    `Access level: ${a.accessLevel}`,
    a.resourceTypes.length > 0
      ? `Resource: ${a.resourceTypes.join(', ')}`
      : 'Resource: `"*"` only (no key involved)',
  ];
  if (a.grantable) facts.push('Grantable');
  const keys = a.conditionKeys.map(code).join(', ');
  return [
    `**${a.name}** · ${groupLabel(a.group)}`,
    a.description,
    facts.join(' · '),
    keys ? `Condition keys: ${keys}` : 'No action-specific condition keys.',
    ...(a.modelled ? [] : ['The playground engine does not evaluate this permission.']),
    FOOTER,
  ].join('\n\n');
}

/** Hover text for an action pattern with wildcards (the pattern itself is not repeated). */
export function actionPatternMarkdown(matches: readonly ActionEntry[]): string {
  if (matches.length === 0) return 'This pattern matches no KMS permission.';
  const names = matches.map((m) => code(m.name)).join(', ');
  return `Wildcard: matches ${matches.length} KMS permission${matches.length === 1 ? '' : 's'}:\n\n${names}`;
}

function appliesTo(k: ConditionKeyEntry): string {
  if (k.actions === 'all') return 'any request (global key)';
  if (k.actions.length === 0) return 'no KMS action listed';
  const list = (names: readonly string[]) => names.map(code).join(', ');
  const set = new Set(k.actions);
  if (KEY_ACTIONS.every((a) => set.has(a))) {
    const others = k.actions.filter((a) => !KEY_ACTIONS.includes(a));
    if (others.length === 0) return 'every action on a KMS key';
    if (others.length <= 6) return `every action on a KMS key, and ${list(others)}`;
    return `every action on a KMS key, and ${others.length} actions without a key`;
  }
  if (k.actions.length <= 12) return list(k.actions);
  return `${k.actions.length} actions, including ${list(k.actions.slice(0, 8))}`;
}

/** One line of detail for a completion item. */
export function conditionKeyDetail(k: ConditionKeyEntry): string {
  return `${k.type}${k.multiValued ? ' (multi-valued)' : ''}${k.keyPolicyAllowed ? '' : ' · not in key policies'}`;
}

/** Hover and completion documentation of a condition key. */
export function conditionKeyMarkdown(k: ConditionKeyEntry): string {
  const lines = [
    `**${k.name}${k.family ? '…' : ''}** · ${k.type} · ${k.multiValued ? 'multi-valued (use `ForAnyValue:` or `ForAllValues:`)' : 'single-valued'}`,
    k.description,
  ];
  if (k.family) lines.push(`A family: write ${code(`${k.name}<name>`)}.`);
  if (k.variants?.length) lines.push(`Names: ${k.variants.map(code).join(', ')}`);
  if (k.engineType) lines.push(`The playground compares it as ${k.engineType}.`);
  lines.push(`Applies to: ${appliesTo(k)}`);
  lines.push(
    k.keyPolicyAllowed
      ? 'Allowed in key policies.'
      : 'Not allowed in key policies: KMS rejects such a key policy. Use it in IAM policies.',
  );
  if (!k.modelled) lines.push('The playground engine does not know this key.');
  lines.push(FOOTER);
  return lines.join('\n\n');
}

/** Hover and completion documentation of a condition operator. */
export function operatorMarkdown(o: OperatorEntry): string {
  return `**${o.name}**\n\n${o.description}`;
}

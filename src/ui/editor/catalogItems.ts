/**
 * Completion item lists from the catalogue: actions, condition keys, operators, scenario
 * principals and values for condition keys.
 */
import { GRANT_OPERATIONS } from '../../engine/catalog/operations';
import { ACTION_GROUPS, ACTIONS, CONDITION_KEY_ENTRIES, findConditionKey } from './catalog';
import {
  actionDetail,
  actionMarkdown,
  conditionKeyDetail,
  conditionKeyMarkdown,
  operatorMarkdown,
} from './catalogDocs';
import { keyItem, valueItem, type CompletionItem, type Slot } from './completionItems';
import { OPERATORS } from './operatorCatalog';

const groupRank = (g: string) => ACTION_GROUPS.findIndex((x) => x.id === g);

/** Every KMS action as a value item, grouped. */
export function actionItems(slot: Slot, names?: readonly string[]): CompletionItem[] {
  const list = names ? ACTIONS.filter((a) => names.includes(a.name)) : ACTIONS;
  return [
    valueItem(slot, 'kms:*', 'action', '0', 'Every KMS permission'),
    ...list.map((a) =>
      valueItem(
        slot,
        a.name,
        'action',
        `${groupRank(a.group) + 1}${a.name}`,
        actionDetail(a),
        actionMarkdown(a),
      ),
    ),
  ];
}

/** Condition keys as property-key items; `applicable` ranks those first. */
export function conditionKeyItems(
  slot: Slot,
  principals: readonly string[],
  applicable?: ReadonlySet<string>,
): CompletionItem[] {
  const inner: Slot = { start: 0, end: 0, colonFollows: false };
  return CONDITION_KEY_ENTRIES.map((k) => {
    const rank =
      !applicable || k.actions === 'all' ? 1 : k.actions.some((a) => applicable.has(a)) ? 0 : 2;
    const value = k.multiValued ? '["$1"]' : '"$1"';
    const item = keyItem(
      slot,
      k.name,
      'conditionKey',
      value,
      `${rank}${k.scope}${k.name}`,
      conditionKeyDetail(k),
      conditionKeyMarkdown(k),
    );
    if (!slot.colonFollows && conditionValueItems(inner, k.name, principals).length > 0)
      item.retrigger = true;
    if (!k.family) return item;
    // A family needs its user-chosen suffix: put a tab stop there first.
    const key = `"${k.name}\${1:name}"`;
    return {
      ...item,
      insertText: slot.colonFollows ? key : `${key}: ${value.replace('$1', '$2')}`,
    };
  });
}

/** Condition operators as property-key items; plain forms first. */
export function operatorItems(slot: Slot): CompletionItem[] {
  const rank = { base: 0, ifExists: 1, set: 2, setIfExists: 3 } as const;
  return OPERATORS.map((o) => ({
    ...keyItem(
      slot,
      o.name,
      'operator',
      '{ $1 }',
      `${rank[o.form]}${o.name}`,
      'Condition operator',
      operatorMarkdown(o),
    ),
    retrigger: !slot.colonFollows,
  }));
}

/** Principal values from the scenario: ARNs for `AWS`, others for `Service`. */
export function principalItems(
  slot: Slot,
  principals: readonly string[],
  service = false,
): CompletionItem[] {
  const list = principals.filter((p) => p.startsWith('arn:') !== service);
  return [
    ...(service
      ? []
      : [valueItem(slot, '*', 'principal', '1', 'Anyone (combine with conditions)')]),
    ...list.map((p) => valueItem(slot, p, 'principal', `0${p}`, 'Principal in this scenario')),
  ];
}

/** Values for a condition key or a request context key. */
export function conditionValueItems(
  slot: Slot,
  keyName: string,
  principals: readonly string[],
): CompletionItem[] {
  const key = findConditionKey(keyName);
  if (!key) return [];
  if (key.type === 'Bool')
    return ['true', 'false'].map((v) => valueItem(slot, v, 'value', v, 'Bool'));
  if (key.name === 'kms:GrantOperations')
    return GRANT_OPERATIONS.map((o) => valueItem(slot, o, 'value', o, 'Grant operation'));
  if (/Principal$|PrincipalArn$/.test(key.name)) return principalItems(slot, principals);
  if (/Account$/.test(key.name)) {
    const accounts = new Set(principals.map((p) => /^arn:[^:]+:[^:]+::(\d{12}):/.exec(p)?.[1]));
    return [...accounts].flatMap((a) =>
      a ? [valueItem(slot, a, 'value', a, 'Account in this scenario')] : [],
    );
  }
  return [];
}

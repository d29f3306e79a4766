/**
 * Completions as plain data: given the text, the cursor offset, the document's kind and the
 * scenario's principals, what to offer and which text it replaces. The Monaco provider only
 * converts these; the JSON schema adds property names and enum values on its own.
 */
import { getLocation, type Location } from 'jsonc-parser';
import { API_OPERATIONS, GRANT_OPERATIONS } from '../../engine/catalog/operations';
import {
  actionItems,
  conditionKeyItems,
  conditionValueItems,
  principalItems,
} from './catalogItems';
import {
  slotAt,
  snippetItem,
  valueItem,
  type CompletionItem,
  type CompletionOptions,
  type Slot,
} from './completionItems';
import { regionOf, type Path } from './documentContext';
import { policyCompletions } from './policyCompletions';
import { GRANT_CONSTRAINT_SNIPPET } from './snippets';

export type { CompletionItem, CompletionKind, CompletionOptions } from './completionItems';

function grantCompletions(
  path: Path,
  slot: Slot,
  location: Location,
  options: CompletionOptions,
): CompletionItem[] {
  const [first] = path;
  if (path.length === 1 && location.isAtPropertyKey && !slot.colonFollows)
    return [snippetItem(slot, GRANT_CONSTRAINT_SNIPPET)];
  if (first === 'operations' && !location.isAtPropertyKey)
    return GRANT_OPERATIONS.map((o) => valueItem(slot, o, 'action', o, 'Grant operation'));
  if ((first === 'granteePrincipal' || first === 'retiringPrincipal') && path.length === 1)
    return principalItems(slot, options.principals);
  return [];
}

function requestCompletions(
  path: Path,
  slot: Slot,
  location: Location,
  options: CompletionOptions,
): CompletionItem[] {
  const [first, second] = path;
  if (first === 'action' && path.length === 1) {
    const items = actionItems(
      slot,
      API_OPERATIONS.map((o) => `kms:${o}`),
    );
    return [
      ...items.filter((i) => i.label !== 'kms:*'),
      valueItem(slot, 'kms:ReEncrypt', 'action', '1kms:ReEncrypt', 'ReEncrypt API', REENCRYPT_DOC),
    ];
  }
  if (first === 'principal' && path.length === 1) return principalItems(slot, options.principals);
  if (first === 'context' && path.length === 2) {
    if (location.isAtPropertyKey) return conditionKeyItems(slot, options.principals);
    return conditionValueItems(slot, String(second), options.principals);
  }
  return [];
}

const REENCRYPT_DOC =
  '**kms:ReEncrypt** · the ReEncrypt API\n\nOne call, two permissions: `kms:ReEncryptFrom` on the source key and `kms:ReEncryptTo` on the destination key.';

/** True when the cursor sits right after a finished token (`"kms:Decrypt"|`). */
function afterToken(location: Location, offset: number, slot: Slot): boolean {
  const node = location.previousNode;
  return !!node && slot.start === slot.end && node.offset + node.length === offset;
}

/** Completions at `offset`. */
export function completionsAt(
  text: string,
  offset: number,
  options: CompletionOptions,
): CompletionItem[] {
  const location = getLocation(text, offset);
  const slot = slotAt(text, offset, location);
  if (afterToken(location, offset, slot)) return [];
  const region = regionOf(options.kind, location.path);
  switch (region.part) {
    case 'policy':
      return policyCompletions(text, region, slot, location, options);
    case 'grant':
      return grantCompletions(region.path, slot, location, options);
    case 'request':
      return requestCompletions(region.path, slot, location, options);
    default:
      return [];
  }
}

/**
 * Completions inside an IAM policy document: statement snippets in the Statement array, actions in
 * Action/NotAction, principals in Principal, operators and condition snippets in Condition, keys
 * under an operator (those that apply to the statement's actions first) and values for keys.
 */
import { findNodeAtLocation, getNodeValue, parseTree, type Location } from 'jsonc-parser';
import { matchActions } from './catalog';
import {
  actionItems,
  conditionKeyItems,
  conditionValueItems,
  operatorItems,
  principalItems,
} from './catalogItems';
import {
  snippetItem,
  type CompletionItem,
  type CompletionOptions,
  type Slot,
} from './completionItems';
import { statementPath, type Path, type PolicyKind } from './documentContext';
import {
  conditionSnippets,
  defaultKeyPolicySnippet,
  statementSnippets,
  type Snippet,
} from './snippets';

const KEY_POLICY_KINDS: readonly PolicyKind[] = ['keyPolicy', 'newKeyPolicy'];

const GENERIC_STATEMENT: Snippet = {
  id: 'statement',
  label: 'Statement',
  description: 'An empty statement to fill in.',
  body: '{\n  "Sid": "${1:Sid}",\n  "Effect": "${2|Allow,Deny|}",\n  "Action": ["${3:kms:Decrypt}"],\n  "Resource": "${4:*}"\n}',
};

const POLICY_DOCUMENT: Snippet = {
  id: 'policyDocument',
  label: 'Policy document',
  description: 'Version and one statement.',
  body: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    $0\n  ]\n}',
};

/** Names of the actions the statement at `statementAbs` grants or denies. */
function statementActions(text: string, statementAbs: Path): Set<string> {
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, [...statementAbs, 'Action']);
  const value: unknown = node ? getNodeValue(node) : undefined;
  const patterns = Array.isArray(value) ? value : [value];
  const names = new Set<string>();
  for (const p of patterns)
    if (typeof p === 'string') for (const a of matchActions(p)) names.add(a.name);
  return names;
}

/** Completions at a position inside a policy document. */
export function policyCompletions(
  text: string,
  region: { policyKind: PolicyKind; path: Path },
  slot: Slot,
  location: Location,
  options: CompletionOptions,
): CompletionItem[] {
  const { path, policyKind } = region;
  const keyPolicy = KEY_POLICY_KINDS.includes(policyKind);
  if (path.length === 0 && !location.isAtPropertyKey && text.slice(0, slot.start).trim() === '') {
    const doc = keyPolicy ? defaultKeyPolicySnippet(options.principals) : POLICY_DOCUMENT;
    return [snippetItem(slot, doc)];
  }
  const inStatement = statementPath(path);
  if (!inStatement) return [];
  const { statement, inner } = inStatement;
  if (inner.length === 0 && typeof statement[1] === 'number' && slot.start === slot.end) {
    const statements = keyPolicy ? statementSnippets(options.principals) : [];
    return [...statements, GENERIC_STATEMENT].map((s, i) => snippetItem(slot, s, `${i}`));
  }
  const [element, second, third] = inner;
  if ((element === 'Action' || element === 'NotAction') && !location.isAtPropertyKey)
    return inner.length <= 2 ? actionItems(slot) : [];
  if (element === 'Principal' || element === 'NotPrincipal') {
    if (location.isAtPropertyKey || inner.length < 2) return [];
    if (second === 'AWS') return principalItems(slot, options.principals);
    if (second === 'Service') return principalItems(slot, options.principals, true);
    return [];
  }
  if (element !== 'Condition') return [];
  if (inner.length === 2 && location.isAtPropertyKey) {
    const snippets = slot.colonFollows ? [] : conditionSnippets(options.principals);
    return [...snippets.map((s) => snippetItem(slot, s, `!${s.label}`)), ...operatorItems(slot)];
  }
  if (inner.length === 3 && location.isAtPropertyKey) {
    const prefix = location.path.slice(0, location.path.length - path.length);
    const actions = statementActions(text, [...prefix, ...statement]);
    return conditionKeyItems(slot, options.principals, actions);
  }
  if (inner.length >= 3 && !location.isAtPropertyKey && typeof third === 'string')
    return conditionValueItems(slot, third, options.principals);
  return [];
}

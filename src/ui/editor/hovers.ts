/**
 * Hovers as plain data. The hovered text is used only to look an entry up in our catalogue; the
 * markdown returned is built from the catalogue alone, so policy text is never rendered as ours.
 */
import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { findAction, findConditionKey, matchActions } from './catalog';
import {
  actionMarkdown,
  actionPatternMarkdown,
  conditionKeyMarkdown,
  operatorMarkdown,
} from './catalogDocs';
import { regionOf, statementPath, type DocumentKind, type Path } from './documentContext';
import { OPERATORS } from './operatorCatalog';

/** Hover markdown and the range (offsets) it describes. */
export interface Hover {
  markdown: string;
  range: { start: number; end: number };
}

const OPERATOR_BY_NAME = new Map(OPERATORS.map((o) => [o.name, o]));

function actionHover(name: string): string | undefined {
  if (name.includes('*') || name.includes('?')) {
    if (!/^kms:/i.test(name) && name !== '*') return undefined;
    return actionPatternMarkdown(matchActions(name));
  }
  const action = findAction(name);
  return action && actionMarkdown(action);
}

function keyHover(name: string): string | undefined {
  const key = findConditionKey(name);
  return key && conditionKeyMarkdown(key);
}

/** Markdown for a string at `path` (relative to its region); `isKey` for property names. */
function markdownFor(kind: DocumentKind, path: Path, value: string, isKey: boolean) {
  const region = regionOf(kind, path);
  const rel = region.path;
  if (region.part === 'policy') {
    const inner = statementPath(rel)?.inner ?? [];
    const [element] = inner;
    if (!isKey && (element === 'Action' || element === 'NotAction') && inner.length <= 2)
      return actionHover(value);
    if (isKey && element === 'Condition' && inner.length === 2) {
      const op = OPERATOR_BY_NAME.get(value);
      return op && operatorMarkdown(op);
    }
    if (isKey && element === 'Condition' && inner.length === 3) return keyHover(value);
    return undefined;
  }
  if (region.part === 'grant' && !isKey && rel[0] === 'operations' && rel.length === 2)
    return actionHover(`kms:${value}`);
  if (region.part === 'request') {
    if (!isKey && rel[0] === 'action' && rel.length === 1) return actionHover(value);
    if (isKey && rel[0] === 'context' && rel.length === 2) return keyHover(value);
  }
  return undefined;
}

/** Hover at `offset`, or null when there is nothing of ours to say. */
export function hoverAt(text: string, offset: number, kind: DocumentKind): Hover | null {
  const root = parseTree(text);
  if (!root) return null;
  const node: Node | undefined = findNodeAtOffset(root, offset);
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return null;
  const parent = node.parent;
  const isKey = parent?.type === 'property' && parent.children?.[0] === node;
  const object = isKey ? parent.parent : undefined;
  const path = object ? [...getNodePath(object), node.value] : getNodePath(node);
  const markdown = markdownFor(kind, path, node.value, isKey);
  return markdown
    ? { markdown, range: { start: node.offset, end: node.offset + node.length } }
    : null;
}

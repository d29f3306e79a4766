/**
 * Readable labels for screen readers: phase, verdict and reason, in the words the node shows.
 */
import type { GraphNode } from './types';

/** The view state that changes what a node says. */
export interface NodeLabelState {
  revealed: boolean;
  complete: boolean;
  change: 'changed' | 'added' | null;
}

/** `Key policy (resource policy): Implicit deny. No key policy statement allows this request.` */
export function nodeAriaLabel(n: GraphNode, s: NodeLabelState): string {
  const d = n.data;
  const name =
    d.eyebrow && d.eyebrow !== d.title ? `${d.title} (${d.eyebrow.toLowerCase()})` : d.title;
  if (!s.revealed) return `${name}: not reached yet.`;
  if (!s.complete) return `${name}: evaluating.`;
  const parts = [d.status ? `${name}: ${d.status}.` : `${name}.`];
  if (d.summary) parts.push(d.summary);
  if (d.deciding) parts.push('Decides the result.');
  if (s.change === 'changed') parts.push('Changed since the last evaluation.');
  if (s.change === 'added') parts.push('New since the last evaluation.');
  return parts.join(' ');
}

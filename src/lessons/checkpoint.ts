/**
 * Checkpoint answers: their text, why a wrong one is wrong, and the order they are shown in,
 * shuffled per question (a fixed order from the question's id, so a reload or a screenshot shows
 * the same order, and where the right answer sits says nothing about it).
 */
import type { Checkpoint, CheckpointChoice } from './types';

export const choiceText = (c: CheckpointChoice): string => (typeof c === 'string' ? c : c.text);
export const choiceWhy = (c: CheckpointChoice): string | undefined =>
  typeof c === 'string' ? undefined : c.why;

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Indexes into `choices` in the order they are shown. */
export function choiceOrder(c: Pick<Checkpoint, 'id' | 'choices'>): number[] {
  const order = c.choices.map((_, i) => i);
  let seed = hash(c.id) || 1;
  for (let i = order.length - 1; i > 0; i--) {
    // xorshift32
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

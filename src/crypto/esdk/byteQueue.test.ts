import { describe, expect, it } from 'vitest';
import { ByteQueue } from './byteQueue';

const queue = (...pieces: number[][]) => {
  const q = new ByteQueue();
  for (const p of pieces) q.push(Uint8Array.from(p));
  return q;
};

describe('ByteQueue', () => {
  it('reads across pieces in order and skips what was read', () => {
    const q = queue([1, 2, 3], [], [4, 5], [6]);
    expect(q.length).toBe(6);
    expect(Array.from(q.peek(4))).toEqual([1, 2, 3, 4]);
    q.skip(2);
    expect(Array.from(q.peek(99))).toEqual([3, 4, 5, 6]);
    q.skip(3);
    expect(q.length).toBe(1);
    expect(Array.from(q.peek(1))).toEqual([6]);
    q.skip(5);
    expect(q.length).toBe(0);
    expect(q.peek(3).length).toBe(0);
  });

  it('a read inside one piece is a view of it, a read across pieces a copy', () => {
    const first = Uint8Array.from([1, 2, 3, 4]);
    const q = new ByteQueue();
    q.push(first);
    q.push(Uint8Array.from([5]));
    q.skip(1);
    expect(q.peek(3).buffer).toBe(first.buffer);
    expect(q.peek(4).buffer).not.toBe(first.buffer);
  });
});

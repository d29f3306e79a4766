import { describe, expect, it } from 'vitest';
import { concat } from '../bytes';
import { blobSource, OutputSink, partsSource, patchHead, skipBytes } from './parts';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const parts = [bytes(1, 2, 3), bytes(4, 5), bytes(6, 7, 8, 9)];

async function collect(gen: AsyncGenerator<Uint8Array[]>): Promise<number[][]> {
  const out: number[][] = [];
  for await (const group of gen) out.push(Array.from(concat(...group)));
  return out;
}

describe('message parts', () => {
  it('skipBytes drops whole parts and views into the boundary one', () => {
    expect(skipBytes(parts, 4).map((p) => Array.from(p))).toEqual([[5], [6, 7, 8, 9]]);
    expect(skipBytes(parts, 5).map((p) => Array.from(p))).toEqual([[6, 7, 8, 9]]);
    expect(skipBytes(parts, 99)).toEqual([]);
    // A view, not a copy: same buffer.
    expect(skipBytes(parts, 1)[0]?.buffer).toBe(parts[0]?.buffer);
  });

  it('patchHead replaces the first bytes and keeps the length', () => {
    const patched = concat(...patchHead(parts, bytes(0, 0, 0, 0)));
    expect(Array.from(patched)).toEqual([0, 0, 0, 0, 5, 6, 7, 8, 9]);
    expect(concat(...patchHead(parts, new Uint8Array(20))).length).toBe(9);
    expect(concat(...patchHead(parts, bytes()))).toEqual(concat(...parts));
  });

  it('partsSource groups parts into steps of at least the chunk size', async () => {
    expect(partsSource(parts).size).toBe(9);
    expect(await collect(partsSource(parts).chunks(4))).toEqual([
      [1, 2, 3, 4, 5],
      [6, 7, 8, 9],
    ]);
    expect(await collect(partsSource([]).chunks(4))).toEqual([]);
  });

  it('blobSource reads the Blob in chunks, the last one short', async () => {
    const blob = new Blob([concat(...parts)]);
    expect(await collect(blobSource(blob).chunks(4))).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    expect(await collect(blobSource(new Blob()).chunks(4))).toEqual([]);
  });

  it('OutputSink counts everything, copies the head, keeps parts only when asked', () => {
    const kept = new OutputSink(true, 4);
    kept.write(parts);
    expect(kept.size).toBe(9);
    expect(Array.from(kept.head())).toEqual([1, 2, 3, 4]);
    expect(kept.parts).toEqual(parts);
    const counted = new OutputSink(false, 16);
    counted.write(parts);
    expect(counted.parts).toEqual([]);
    expect(Array.from(counted.head())).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from './assumptions';

describe('documented choices', () => {
  const doc = readFileSync(join(__dirname, '../../docs/semantics.md'), 'utf8');
  it('every choice the engine makes where AWS is silent is written in docs/semantics.md', () => {
    for (const a of ASSUMPTIONS) expect(doc).toMatch(new RegExp(`\\|\\s*${a.id}\\s*\\|`));
  });
  it('assumption ids are unique', () => {
    expect(new Set(ASSUMPTIONS.map((a) => a.id)).size).toBe(ASSUMPTIONS.length);
  });
});

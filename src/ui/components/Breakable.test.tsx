import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Breakable } from './Breakable';

describe('Breakable', () => {
  it('offers line breaks after : and / but keeps :: together', () => {
    expect(renderToStaticMarkup(<Breakable text="arn:aws:iam::111122223333:role/Auditor" />)).toBe(
      'arn:<wbr/>aws:<wbr/>iam::<wbr/>111122223333:<wbr/>role/<wbr/>Auditor',
    );
  });

  it('leaves text without separators alone', () => {
    expect(renderToStaticMarkup(<Breakable text="alias" />)).toBe('alias');
  });
});

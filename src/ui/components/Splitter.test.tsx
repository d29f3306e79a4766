import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Splitter } from './Splitter';

describe('Splitter', () => {
  it('is a focusable separator announcing its size and limits', () => {
    const html = renderToStaticMarkup(
      <Splitter
        orientation="vertical"
        value={260}
        min={160}
        max={800}
        label="Resize the explorer"
        controls="pane"
        onChange={() => {}}
      />,
    );
    expect(html).toContain('role="separator"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('aria-orientation="vertical"');
    expect(html).toContain('aria-valuenow="260"');
    expect(html).toContain('aria-valuemin="160"');
    expect(html).toContain('aria-valuemax="800"');
    expect(html).toContain('aria-label="Resize the explorer"');
  });
});

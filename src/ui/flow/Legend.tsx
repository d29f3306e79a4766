import { useStore } from '@xyflow/react';
import { memo } from 'react';
import { TONE_ICON } from './icons';

const ITEMS = [
  { cls: 'tone-allow', icon: TONE_ICON.allow, text: 'Allow / pass' },
  { cls: 'tone-explicitDeny', icon: TONE_ICON.explicitDeny, text: 'Explicit deny' },
  { cls: 'tone-implicitDeny', icon: TONE_ICON.implicitDeny, text: 'Implicit deny' },
  { cls: 'tone-fail', icon: TONE_ICON.fail, text: 'Failed / rejected' },
  { cls: 'is-dimmed', icon: '·', text: 'Not reached' },
  { cls: 'is-changed', icon: '◆', text: 'Changed' },
] as const;

/** Wide enough for the legend to sit beside the cards without covering them. */
const WIDE = 1000;

/**
 * What the diagram's colours and marks mean: open beside the cards on wide diagrams, folded to a
 * "Legend" button on narrow ones so it never hides a card.
 */
export const Legend = memo(function Legend() {
  const wide = useStore((s) => s.width === 0 || s.width >= WIDE);
  return (
    <details className="kms-flow-legend" aria-label="Diagram legend" open={wide}>
      <summary>Legend</summary>
      <ul>
        {ITEMS.map((i) => (
          <li key={i.text} className={`kms-flow-legend__item ${i.cls}`}>
            <span className="kms-flow-legend__swatch" aria-hidden="true">
              {i.icon}
            </span>
            {i.text}
          </li>
        ))}
        <li className="kms-flow-legend__item">
          <span className="kms-flow-legend__swatch" aria-hidden="true">
            ★
          </span>
          Deciding statement or grant
        </li>
      </ul>
    </details>
  );
});

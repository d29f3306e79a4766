import { NARROW_PANES, useAppStore, type NarrowPane } from '../../state';

const LABELS: Record<NarrowPane, { label: string; controls: string }> = {
  decision: { label: 'Decision', controls: 'pane-right' },
  scenario: { label: 'Scenario', controls: 'pane-explorer' },
  editor: { label: 'Editor', controls: 'pane-editor' },
  panels: { label: 'Request', controls: 'pane-bottom' },
};

/**
 * The pane bar of a narrow screen: one button per pane, the decision first; the pressed one is
 * the pane on screen. Hidden by the stylesheet once the screen is wide enough for every pane.
 */
export function PaneBar() {
  const pane = useAppStore((s) => s.narrowPane);
  const setPane = useAppStore((s) => s.setNarrowPane);
  return (
    <nav className="pane-bar" aria-label="Panes" data-testid="pane-bar">
      {NARROW_PANES.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={pane === p}
          aria-controls={LABELS[p].controls}
          data-testid={`pane-bar-${p}`}
          onClick={() => setPane(p)}
        >
          {LABELS[p].label}
        </button>
      ))}
    </nav>
  );
}

const TARGETS = [
  { id: 'builder-heading', label: 'Skip to the request builder' },
  { id: 'editor-heading', label: 'Skip to the editor' },
  { id: 'decision-heading', label: 'Skip to the decision' },
  { id: 'diagram-heading', label: 'Skip to the decision map' },
];

/** Keyboard shortcuts past the header and explorer, shown only when focused. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <button
          key={t.id}
          type="button"
          className="skip-link"
          onClick={() => document.getElementById(t.id)?.focus()}
        >
          {t.label}
        </button>
      ))}
    </nav>
  );
}

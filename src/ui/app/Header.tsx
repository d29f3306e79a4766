import { useRef, useState } from 'react';
import { useAppStore } from '../../state';
import { ExamplesMenu } from './ExamplesMenu';
import { HistoryButtons } from './HistoryButtons';
import { PasteControl } from './PasteControl';
import { ShareControl } from './ShareControl';
import { ThemeSwitch } from './ThemeSwitch';
import { ViewSwitch } from './ViewSwitch';

/**
 * Name, screen switch, scenario title, history, examples, files, theme and sharing. One row on a
 * wide screen; below 1600 px the title takes a second line; on a phone the history, examples,
 * files and theme fold into a Menu button beside Copy link.
 */
export function Header({
  onOpenFile,
  onExport,
}: {
  onOpenFile(file: File): void;
  onExport(): void;
}) {
  const title = useAppStore((s) => s.scenario.title);
  const dirty = useAppStore((s) => s.dirty);
  // The scenario's actions (history, examples, files, link) act on the playground's workspace.
  const inPlayground = useAppStore((s) => s.view === 'playground');
  const fileInput = useRef<HTMLInputElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="app-header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="11" cy="16" r="6.5" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M17 16h12m-4 0v5m-5-5v4" fill="none" stroke="currentColor" strokeWidth="3" />
        </svg>
        <h1>
          KMS <span className="brand-long">Policy </span>Playground
        </h1>
      </div>
      <ViewSwitch />
      {inPlayground ? (
        <p className="scenario-title" data-testid="scenario-title" title={title}>
          {title || 'Untitled scenario'}
          {dirty && (
            <span className="dirty-mark" title="Changed since it was opened, shared or exported">
              {' '}
              · edited
            </span>
          )}
        </p>
      ) : (
        <div className="scenario-title" aria-hidden="true" />
      )}
      <div className="header-actions">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="header-more"
          data-testid="header-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <div id="header-more" className="header-more" data-open={menuOpen}>
          {inPlayground && (
            <>
              <HistoryButtons />
              <ExamplesMenu />
              <div className="button-group" role="group" aria-label="Files">
                <button
                  type="button"
                  data-testid="open-file"
                  onClick={() => fileInput.current?.click()}
                >
                  Open…
                </button>
                <button type="button" data-testid="export-file" onClick={onExport}>
                  Export
                </button>
              </div>
              <PasteControl />
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                hidden
                data-testid="file-input"
                aria-label="Scenario file"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  if (file) onOpenFile(file);
                }}
              />
            </>
          )}
          <ThemeSwitch />
        </div>
        {inPlayground && <ShareControl />}
      </div>
    </header>
  );
}

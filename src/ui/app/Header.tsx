import { useRef } from 'react';
import { useAppStore } from '../../state';
import { ExamplesMenu } from './ExamplesMenu';
import { HistoryButtons } from './HistoryButtons';
import { ShareControl } from './ShareControl';
import { ThemeSwitch } from './ThemeSwitch';
import { ViewSwitch } from './ViewSwitch';

/** Name, scenario title, history, examples, files, sharing and theme, in one row. */
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

  return (
    <header className="app-header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <circle cx="11" cy="16" r="6.5" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M17 16h12m-4 0v5m-5-5v4" fill="none" stroke="currentColor" strokeWidth="3" />
        </svg>
        <h1>KMS Policy Playground</h1>
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
            <ShareControl />
          </>
        )}
        <ThemeSwitch />
      </div>
    </header>
  );
}

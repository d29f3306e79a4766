import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { useAppStore } from '../../../state';
import { RequestBuilder } from '../RequestBuilder';
import { AuditPanel } from './AuditPanel';
import { ConsolePanel } from './ConsolePanel';
import './simulator.css';

// The lab (its decision diagram brings React Flow) loads when its tab is first opened.
const EnvelopeLab = lazy(() =>
  import('../lab/EnvelopeLab').then((m) => ({ default: m.EnvelopeLab })),
);

const TABS = [
  { id: 'request', label: 'Request' },
  { id: 'console', label: 'Console' },
  { id: 'audit', label: 'Audit' },
  { id: 'lab', label: 'Envelope lab' },
] as const;

/**
 * The pane under the editor: the request builder, the AWS CLI console and the audit trail as
 * tabs (ARIA tabs: arrow keys, Home and End move between them). The open tab lives in the store
 * (saved, and carried by share links); the envelope lab stays mounted once opened, hidden while
 * another tab shows, so its input, message and results survive a tab switch.
 */
export function BottomTabs({ id }: { id: string }) {
  const tab = useAppStore((s) => s.bottomTab);
  const setTab = useAppStore((s) => s.setBottomTab);
  const [labOpened, setLabOpened] = useState(tab === 'lab');
  if (tab === 'lab' && !labOpened) setLabOpened(true);
  const scenario = useAppStore((s) => s.scenario);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    const next = TABS[to];
    if (!next) return;
    e.preventDefault();
    setTab(next.id);
    refs.current[next.id]?.focus();
  };

  return (
    <div id={id} className="bottom-tabs">
      <div role="tablist" aria-label="Panels under the editor" className="tab-list">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={onKeyDown}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab !== 'lab' && (
        <div
          role="tabpanel"
          id={`tabpanel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          className="tab-panel"
        >
          {tab === 'request' && (
            <ErrorBoundary area="the request builder" resetKey={scenario}>
              <RequestBuilder id="pane-builder" />
            </ErrorBoundary>
          )}
          {tab === 'console' && (
            <ErrorBoundary area="the console" resetKey={scenario}>
              <ConsolePanel />
            </ErrorBoundary>
          )}
          {tab === 'audit' && (
            <ErrorBoundary area="the audit trail" resetKey={scenario}>
              <AuditPanel />
            </ErrorBoundary>
          )}
        </div>
      )}
      {labOpened && (
        <div
          role="tabpanel"
          id="tabpanel-lab"
          aria-labelledby="tab-lab"
          className="tab-panel"
          hidden={tab !== 'lab'}
        >
          <ErrorBoundary area="the envelope lab" resetKey={scenario}>
            <Suspense fallback={<p className="muted">Loading the envelope lab…</p>}>
              <EnvelopeLab />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}

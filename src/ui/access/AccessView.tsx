import { useState } from 'react';
import { CompareView } from './CompareView';
import { EditChanges } from './EditChanges';
import { MatrixPanel } from './MatrixPanel';
import './access.css';

const TABS = [
  { id: 'matrix', label: 'Who can' },
  { id: 'edit', label: 'What the last change did' },
  { id: 'compare', label: 'Compare with…' },
] as const;

type Tab = (typeof TABS)[number]['id'];

/** The access screen (issue 15): who can use the keys, what an edit changes, and comparisons. */
export function AccessView() {
  const [tab, setTab] = useState<Tab>('matrix');
  return (
    <main className="access-view" id="main" data-testid="access-view">
      <div className="access-tabs" role="group" aria-label="Access views">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            aria-pressed={tab === t.id}
            data-testid={`access-tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'matrix' && <MatrixPanel />}
      {tab === 'edit' && <EditChanges />}
      {tab === 'compare' && <CompareView />}
    </main>
  );
}

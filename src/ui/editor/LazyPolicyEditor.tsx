/**
 * The policy editor behind `React.lazy`: Monaco and everything that imports it load in their own
 * chunks, after the first decision is on screen. Until then a read-only text area shows the text.
 */
import { lazy, Suspense } from 'react';
import type { PolicyEditorProps } from './types';

const load = () => import('./PolicyEditor');
const PolicyEditor = lazy(load);

/** Starts loading the editor chunk early (for example when the browser is idle). */
export function preloadPolicyEditor(): void {
  void load();
}

function Fallback({ value, ariaLabel }: Pick<PolicyEditorProps, 'value' | 'ariaLabel'>) {
  return (
    <div style={{ height: '100%', minHeight: '12rem', display: 'flex' }} aria-busy="true">
      <textarea
        readOnly
        value={value}
        aria-label={`${ariaLabel ?? 'Policy editor'} (loading)`}
        spellCheck={false}
        style={{ flex: 1, font: '13px var(--mono, monospace)', resize: 'none', padding: '0.5rem' }}
      />
    </div>
  );
}

/** The policy editor; see {@link PolicyEditorProps}. Fills its parent's height. */
export function LazyPolicyEditor(props: PolicyEditorProps) {
  return (
    <Suspense fallback={<Fallback value={props.value} ariaLabel={props.ariaLabel} />}>
      <PolicyEditor {...props} />
    </Suspense>
  );
}

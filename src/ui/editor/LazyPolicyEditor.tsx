/**
 * The policy editor behind `React.lazy`: Monaco and everything that imports it load in their own
 * chunks, and only once the gate opens — after the first decision has painted and the browser is
 * idle, or as soon as the user reaches for the editor. Until then a read-only text area shows the
 * text, so nothing but the decision's own code competes with the first decision.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { PolicyEditorProps } from './types';

const load = () => import('./PolicyEditor');
const PolicyEditor = lazy(load);

let gateOpen = false;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const isOpen = () => gateOpen;

/** Opens the gate: the editor chunk loads and every editor pane swaps its text area for Monaco. */
export function preloadPolicyEditor(): void {
  if (gateOpen) return;
  gateOpen = true;
  void load();
  for (const l of listeners) l();
}

function Fallback({ value, ariaLabel }: Pick<PolicyEditorProps, 'value' | 'ariaLabel'>) {
  return (
    <div style={{ height: '100%', minHeight: '12rem', display: 'flex' }} aria-busy="true">
      <textarea
        readOnly
        value={value}
        aria-label={`${ariaLabel ?? 'Policy editor'} (loading)`}
        spellCheck={false}
        onFocus={preloadPolicyEditor}
        onPointerDown={preloadPolicyEditor}
        style={{ flex: 1, font: '13px var(--mono, monospace)', resize: 'none', padding: '0.5rem' }}
      />
    </div>
  );
}

/** The policy editor; see {@link PolicyEditorProps}. Fills its parent's height. */
export function LazyPolicyEditor(props: PolicyEditorProps) {
  const open = useSyncExternalStore(subscribe, isOpen, isOpen);
  if (!open) return <Fallback value={props.value} ariaLabel={props.ariaLabel} />;
  return (
    <Suspense fallback={<Fallback value={props.value} ariaLabel={props.ariaLabel} />}>
      <PolicyEditor {...props} />
    </Suspense>
  );
}

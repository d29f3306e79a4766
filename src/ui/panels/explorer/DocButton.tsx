import type { ReactNode } from 'react';
import type { DocumentInfo } from '../../../state/types';

/** Short words for a document kind, shown before its label. */
export const KIND_WORDS: Record<DocumentInfo['kind'], string> = {
  keyPolicy: 'key policy',
  identityPolicy: 'policy',
  boundary: 'boundary',
  sessionPolicy: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
  endpointPolicy: 'endpoint policy',
  newKeyPolicy: 'new key policy',
  grant: 'grant',
  request: 'request',
  scenario: 'scenario',
};

/** One document in the explorer: selecting it opens it in the editor. */
export function DocButton({
  document,
  label,
  selected,
  onSelect,
  children,
}: {
  document: DocumentInfo;
  /** Overrides the document's own label. */
  label?: string;
  selected: boolean;
  onSelect(id: string): void;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="doc-button"
      aria-current={selected ? 'true' : undefined}
      data-testid="explorer-doc"
      data-document={document.id}
      onClick={() => onSelect(document.id)}
    >
      <span className={`kind-tag kind-${document.kind}`}>{KIND_WORDS[document.kind]}</span>
      <span className="doc-label">{label ?? document.label}</span>
      {children}
    </button>
  );
}

/** A small remove button with a full accessible name. */
export function RemoveButton({ what, onRemove }: { what: string; onRemove(): void }) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={`Remove ${what}`}
      title={`Remove ${what}`}
      onClick={onRemove}
    >
      ✕
    </button>
  );
}

/**
 * The editor's public props. The editor is the only place that imports Monaco; everything it
 * needs from the rest of the app comes in through these props.
 */
import type { Diagnostic, JsonPath } from '../../engine/types';
import type { DocumentInfo } from '../../state/types';

/** How a trace step touched a place in the document. */
export type HighlightRole = 'deciding' | 'matched' | 'noMatch' | 'changed';

/** A place in the document to highlight, from the selected result's trace. */
export interface EditorHighlight {
  /** JSON path inside this document (a statement, an element, a condition). */
  path: JsonPath;
  /**
   * deciding: the statement or grant that decided; matched: matched; noMatch: evaluated, no match;
   * changed: added or replaced by the fix applied last (marked beside the trace roles).
   */
  role: HighlightRole;
}

/** Props of the policy editor. */
export interface PolicyEditorProps {
  /** Engine document id (`key:<id>`, `grant:<id>`, ..., or `scenario`); names the model. */
  documentId: string;
  /** What the document holds; picks the JSON schema and the completions. */
  kind: DocumentInfo['kind'];
  /** The document's text. Changes from outside (undo, a load) update the model in place. */
  value: string;
  /** Called with the whole text after each edit the user makes. */
  onChange(text: string): void;
  /** Diagnostics; only those whose `document` is `documentId` are shown. */
  diagnostics: Diagnostic[];
  /** Trace highlights for this document. */
  highlights: EditorHighlight[];
  /** A path to scroll to and select (for example the statement of a selected trace step). */
  reveal: JsonPath | null;
  theme: 'light' | 'dark';
  /** Principal ARNs and service principals of the scenario, for completions. */
  principals: string[];
  /** Accessible name; defaults to "Policy editor". */
  ariaLabel?: string;
}

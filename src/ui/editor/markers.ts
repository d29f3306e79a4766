/**
 * Monaco adapters for `ranges.ts`: engine diagnostics as model markers, trace highlights as
 * decorations, and the range to reveal for a path.
 */
import type { Diagnostic, JsonPath } from '../../engine/types';
import { monaco } from './monaco';
import {
  decorationsFor,
  markersFor,
  rangeForPath,
  toLineRange,
  type DecorationData,
} from './ranges';
import type { EditorHighlight } from './types';

/** Marker owner of engine diagnostics (the JSON worker uses its own). */
export const MARKER_OWNER = 'kms-engine';

const SEVERITY: Record<Diagnostic['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** Replaces the engine markers of a model. */
export function setEngineMarkers(
  model: monaco.editor.ITextModel,
  documentId: string,
  diagnostics: readonly Diagnostic[],
): void {
  const markers = markersFor(model.getValue(), documentId, diagnostics).map((m) => ({
    startLineNumber: m.startLineNumber,
    startColumn: m.startColumn,
    endLineNumber: m.endLineNumber,
    endColumn: m.endColumn,
    severity: SEVERITY[m.severity],
    message: m.message,
    code: m.code,
    source: 'KMS engine',
  }));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
}

const LABEL = {
  deciding: 'Decided the result',
  matched: 'Matched the request',
  noMatch: 'Did not match the request',
  changed: 'Added or changed by the fix you applied (Undo restores the previous version)',
} as const;

function options(d: DecorationData): monaco.editor.IModelDecorationOptions {
  if (d.role === 'changed')
    return {
      isWholeLine: true,
      className: 'kms-hl kms-hl--changed',
      hoverMessage: { value: LABEL.changed },
      glyphMarginClassName: 'kms-glyph-changed',
      glyphMarginHoverMessage: { value: LABEL.changed },
      overviewRuler: { color: '#2e9d57', position: monaco.editor.OverviewRulerLane.Right },
      stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
    };
  const role = d.role === 'noMatch' ? 'nomatch' : d.role;
  const ruler = { deciding: '#d4a017', matched: '#3f8f5a', noMatch: '#8a8f98' }[d.role];
  return {
    className: `kms-hl kms-hl--${role}${d.wholeLine ? '' : ' kms-hl--inline'}`,
    isWholeLine: d.wholeLine,
    hoverMessage: { value: LABEL[d.role] },
    linesDecorationsClassName: d.role === 'noMatch' ? undefined : `kms-bar kms-bar--${role}`,
    glyphMarginClassName: d.role === 'noMatch' ? 'kms-glyph-nomatch' : undefined,
    glyphMarginHoverMessage: d.role === 'noMatch' ? { value: LABEL.noMatch } : undefined,
    overviewRuler: { color: ruler, position: monaco.editor.OverviewRulerLane.Left },
    stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
  };
}

/** Decorations for the highlights, in Monaco's form. */
export function highlightDecorations(
  model: monaco.editor.ITextModel,
  highlights: readonly EditorHighlight[],
): monaco.editor.IModelDeltaDecoration[] {
  return decorationsFor(model.getValue(), highlights).map((d) => ({
    range: d.range,
    options: options(d),
  }));
}

/** The range a path stands for, or null when this text does not have it. */
export function revealRange(model: monaco.editor.ITextModel, path: JsonPath): monaco.IRange | null {
  const text = model.getValue();
  const range = rangeForPath(text, path);
  return range?.exact ? toLineRange(text, range) : null;
}

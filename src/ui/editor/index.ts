/**
 * The policy editor, the only part of the app that imports Monaco. Nothing here imports Monaco
 * directly: `LazyPolicyEditor` loads it in a separate chunk on first render.
 */
export { LazyPolicyEditor, preloadPolicyEditor } from './LazyPolicyEditor';
export type { EditorHighlight, HighlightRole, PolicyEditorProps } from './types';

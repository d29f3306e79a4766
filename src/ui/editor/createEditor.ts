/**
 * Creates the Monaco editor instance with our options and the keyboard escape hatch: inside the
 * editor Tab indents, so Esc then Tab (or Shift+Tab) moves focus out; Ctrl+M (Ctrl+Shift+M on
 * macOS) is Monaco's own switch that makes Tab move focus until pressed again.
 */
import { focusOutside } from './focusOutside';
import { monaco } from './monaco';
import { registerProviders } from './providers';

/** Creates the editor in `container`, with no model yet. */
export function createEditor(
  container: HTMLElement,
  ariaLabel: string,
): monaco.editor.IStandaloneCodeEditor {
  registerProviders();
  const editor = monaco.editor.create(container, {
    model: null,
    ariaLabel,
    automaticLayout: true,
    glyphMargin: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    fontSize: 13,
    tabSize: 2,
    lineNumbersMinChars: 3,
    folding: true,
    wordBasedSuggestions: 'off',
    quickSuggestions: { strings: true, other: true, comments: false },
    suggest: { showWords: false, snippetsPreventQuickSuggestions: false },
    accessibilitySupport: 'auto',
    renderValidationDecorations: 'on',
  });

  const armed = editor.createContextKey<boolean>('kmsEscapeArmed', false);
  editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) armed.set(true);
    else if (e.keyCode !== monaco.KeyCode.Tab && e.keyCode !== monaco.KeyCode.Shift)
      armed.set(false);
  });
  editor.onDidBlurEditorText(() => armed.set(false));
  const leave = (backwards: boolean) => () => {
    armed.set(false);
    focusOutside(container, backwards);
  };
  editor.addCommand(monaco.KeyCode.Tab, leave(false), 'kmsEscapeArmed');
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Tab, leave(true), 'kmsEscapeArmed');
  return editor;
}

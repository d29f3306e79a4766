import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../../state';

/** Inside the policy editor, Monaco keeps its own keys and clipboard. */
function inEditor(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('.monaco-editor, [data-policy-editor]') !== null
  );
}

/** A place where typing or pasting text belongs to the element itself. */
function editable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type);
}

/**
 * Window-wide input: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo outside the editor; a paste
 * outside the editor and outside text fields goes to `pasteText`; a file dropped anywhere opens.
 * Returns whether a file is being dragged over the window, for the drop hint.
 */
export function useGlobalInput(openFile: (file: File) => Promise<void>): boolean {
  const store = useAppStoreApi();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inEditor(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (undo) store.getState().undo();
      else store.getState().redo();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (inEditor(event.target) || editable(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      store.getState().pasteText(text);
    };
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, openFile]);

  return dragging;
}

import { useCallback } from 'react';
import { decodeTextBytes, encodeScenarioText, scenarioFileName } from '../../scenario';
import { scenarioWithView, useAppStoreApi } from '../../state';
import { playNextResult } from '../panels/diagram/usePlayback';
import { decodeInput, sizeProblem } from './scenarioInput';

/** True when `text` is JSON that does not claim to be a scenario (CLI output, a bare policy). */
function looksLikeOtherJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !('format' in value);
  } catch {
    return false;
  }
}

/**
 * Opening and saving scenario files. A scenario file replaces the scenario (one undo step); AWS
 * CLI output goes through `pasteText` into the right place; anything else leaves the work as it
 * is and says why, beside the import controls.
 */
export function useScenarioFiles(): {
  openFile(file: File): Promise<void>;
  exportFile(): void;
} {
  const store = useAppStoreApi();

  const openFile = useCallback(
    async (file: File) => {
      const { notify, openScenario, pasteText } = store.getState();
      const keep = 'Your work is unchanged.';
      const tooBig = sizeProblem(file.size, `The file ${file.name}`, keep);
      if (tooBig) {
        notify({ level: 'error', place: 'import', message: `${tooBig.title} ${keep}` });
        return;
      }
      let text: string;
      try {
        text = decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        const message = `The file ${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). ${keep}`;
        notify({ level: 'error', place: 'import', message });
        return;
      }
      const outcome = decodeInput(text);
      if (outcome.ok) {
        playNextResult();
        // Asks first when the work on screen has changes not shared or exported.
        openScenario(outcome.scenario, 'file');
        if (!store.getState().pendingLink) {
          notify({ level: 'info', place: 'import', message: `Opened ${file.name}.` });
        }
        return;
      }
      // AWS CLI output, a CloudTrail trail or template, or an AccessDenied message (issue 15).
      if (looksLikeOtherJson(text) || /is not authorized to perform/.test(text)) {
        pasteText(text);
        return;
      }
      const first = outcome.problem.issues[0];
      const where = first ? ` First problem: ${first.message}.` : '';
      notify({
        level: 'error',
        place: 'import',
        message: `${file.name}: ${outcome.problem.title}${where} ${keep}`,
      });
    },
    [store],
  );

  const exportFile = useCallback(() => {
    const state = store.getState();
    const { scenario, markSaved } = state;
    // The file keeps the view too (selected request, open document, tab), like a share link.
    const blob = new Blob([encodeScenarioText(scenarioWithView(state))], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = scenarioFileName(scenario);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    markSaved();
  }, [store]);

  return { openFile, exportFile };
}

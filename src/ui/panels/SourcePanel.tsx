import { useId, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Alert } from '../components/Alert';
import type { WorkspaceActions } from '../app/useWorkspace';
import type { ScenarioOrigin } from '../app/workspace';
import {
  MAX_SCENARIO_BYTES,
  sizeProblem,
  utf8Length,
  type InputProblem,
} from '../app/scenarioInput';

/** A built-in example as the picker lists it. */
export interface ExampleOption {
  id: string;
  title: string;
}

/** Where a scenario comes from: a built-in example, a file, or JSON typed or pasted. */
export function SourcePanel({
  text,
  origin,
  problem,
  examples,
  actions,
}: {
  text: string;
  origin: ScenarioOrigin | null;
  problem: InputProblem | null;
  examples: readonly ExampleOption[];
  actions: WorkspaceActions;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const textId = useId();
  const hintId = useId();

  // An oversized paste is refused before it reaches the text area, so the user's text survives.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const { selectionStart, selectionEnd } = event.currentTarget;
    const next = text.slice(0, selectionStart) + pasted + text.slice(selectionEnd);
    const keep = 'The paste was not inserted; your text is unchanged.';
    const alone = utf8Length(pasted);
    const tooBig =
      alone > MAX_SCENARIO_BYTES
        ? sizeProblem(alone, 'The pasted text', keep)
        : sizeProblem(utf8Length(next), 'The text with this paste', keep);
    if (tooBig) {
      event.preventDefault();
      actions.rejectInput(tooBig);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.evaluateText();
    }
  };

  return (
    <section className="panel source-panel" aria-labelledby="source-heading">
      <h2 id="source-heading">Scenario</h2>
      <div className="source-controls">
        <label className="field">
          <span>Built-in example</span>
          <select
            data-testid="example-picker"
            value={origin?.kind === 'example' ? origin.id : ''}
            onChange={(event) => event.target.value && actions.pickExample(event.target.value)}
          >
            <option value="">Choose an example…</option>
            {examples.map((example) => (
              <option key={example.id} value={example.id}>
                {example.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="open-file" onClick={() => fileInput.current?.click()}>
          Open file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="file-input"
          aria-label="Scenario file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void actions.openFile(file);
          }}
        />
      </div>
      <label htmlFor={textId} className="field-label">
        Scenario JSON
      </label>
      <textarea
        id={textId}
        data-testid="scenario-text"
        className="scenario-text"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        value={text}
        onChange={(event) => actions.setText(event.target.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
      />
      <div className="source-actions">
        <button
          type="button"
          className="primary"
          data-testid="evaluate"
          onClick={actions.evaluateText}
        >
          Evaluate
        </button>
        <span id={hintId} className="hint">
          Paste a scenario (up to 1 MB) and press Evaluate, or Ctrl+Enter.
        </span>
      </div>
      {problem && <Alert problem={problem} testId="input-error" />}
    </section>
  );
}

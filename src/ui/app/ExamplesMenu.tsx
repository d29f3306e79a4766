import { useId } from 'react';
import { examples } from '../../scenario';
import { useAppStore } from '../../state';
import { playNextResult } from '../panels/diagram/usePlayback';

/**
 * The built-in starting scenarios; picking one replaces the scenario (one undo step), after
 * asking when the work on screen is unsaved.
 */
export function ExamplesMenu() {
  const id = useId();
  const openScenario = useAppStore((s) => s.openScenario);
  return (
    <div className="header-field">
      <label htmlFor={id} className="visually-hidden">
        Open an example
      </label>
      <select
        id={id}
        value=""
        data-testid="examples"
        onChange={(e) => {
          const example = examples.find((x) => x.id === e.target.value);
          if (!example) return;
          playNextResult();
          // Asks first when the work on screen has changes not shared or exported.
          openScenario(example.scenario, 'example');
        }}
      >
        <option value="">Examples…</option>
        {examples.map((x) => (
          <option key={x.id} value={x.id}>
            {x.scenario.title ?? x.id}
          </option>
        ))}
      </select>
    </div>
  );
}

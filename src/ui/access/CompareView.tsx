import { useState } from 'react';
import { decodeScenarioText, decodeTextBytes } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import { useAppStore } from '../../state';
import { AccessChanges } from './AccessChanges';

type Source = 'current' | 'lastEdit' | 'file';

interface Side {
  source: Source;
  file: { name: string; scenario: Scenario } | null;
  error: string | null;
}

function SidePicker({
  label,
  side,
  onChange,
  testId,
}: {
  label: string;
  side: Side;
  onChange(side: Side): void;
  testId: string;
}) {
  const readFile = async (file: File) => {
    const decoded = decodeScenarioText(decodeTextBytes(new Uint8Array(await file.arrayBuffer())));
    if (decoded.ok)
      onChange({
        source: 'file',
        file: { name: file.name, scenario: decoded.scenario },
        error: null,
      });
    else
      onChange({
        source: 'file',
        file: null,
        error: `${file.name}: ${decoded.issues.find((i) => i.severity === 'error')?.message ?? 'not a scenario'}`,
      });
  };
  return (
    <fieldset className="access-side">
      <legend>{label}</legend>
      <label>
        Scenario
        <select
          data-testid={`${testId}-source`}
          value={side.source}
          onChange={(e) => onChange({ ...side, source: e.target.value as Source })}
        >
          <option value="current">The open scenario</option>
          <option value="lastEdit">The open scenario before its last edit</option>
          <option value="file">A file…</option>
        </select>
      </label>
      {side.source === 'file' && (
        <label>
          File
          <input
            type="file"
            accept=".json,application/json"
            data-testid={`${testId}-file`}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void readFile(f);
            }}
          />
        </label>
      )}
      {side.source === 'file' && side.file && <p className="access-file">{side.file.name}</p>}
      {side.error && (
        <p className="notice notice-error" role="alert">
          {side.error}
        </p>
      )}
    </fieldset>
  );
}

/** Compare with…: the access of two versions (the open scenario, its last edit, or files). */
export function CompareView() {
  const scenario = useAppStore((s) => s.scenario);
  const previous = useAppStore((s) => s.past.at(-1) ?? null);
  const [before, setBefore] = useState<Side>({ source: 'file', file: null, error: null });
  const [after, setAfter] = useState<Side>({ source: 'current', file: null, error: null });
  const pick = (side: Side): Scenario | null =>
    side.source === 'current'
      ? scenario
      : side.source === 'lastEdit'
        ? previous
        : (side.file?.scenario ?? null);
  const b = pick(before);
  const a = pick(after);
  return (
    <section className="access-compare" aria-labelledby="access-compare-title">
      <h2 id="access-compare-title">Compare with…</h2>
      <p className="access-intro">
        The access gained and lost between two versions of a scenario: two saved files, or a file
        and the open scenario. Files are read here; nothing leaves the browser.
      </p>
      <div className="access-sides">
        <SidePicker label="Before" side={before} onChange={setBefore} testId="compare-before" />
        <SidePicker label="After" side={after} onChange={setAfter} testId="compare-after" />
      </div>
      {b && a ? (
        <AccessChanges before={b} after={a} label="Access changes between the two versions" />
      ) : (
        <p className="access-status">
          {before.source === 'lastEdit' || after.source === 'lastEdit'
            ? 'The open scenario has no earlier edit to compare with.'
            : 'Choose a file to compare.'}
        </p>
      )}
    </section>
  );
}

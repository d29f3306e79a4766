import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { complete } from '../../../simulator';
import { CONSOLE_HISTORY_LIMIT, consoleProfiles, simulatorOf, useAppStore } from '../../../state';
import { ConsoleEntryView } from './ConsoleEntryView';
import { applyCompletion, download, sessionScript } from './consoleInput';

const STEPS = [
  { seconds: 300, label: '+5 min', name: 'Advance the clock 5 minutes' },
  { seconds: 86_400, label: '+1 day', name: 'Advance the clock 1 day' },
  { seconds: 7 * 86_400, label: '+7 days', name: 'Advance the clock 7 days' },
] as const;

/**
 * The AWS CLI console: `aws kms ...` lines run on the simulated account, decided by the engine and
 * audited, with real cryptography. ↑/↓ walk the history (kept across reloads), Tab completes
 * commands, options and values, `help [command]` explains. A call's command line shows its
 * decision as made then; the session can be saved as a script and replayed step by step; the
 * simulated clock can be moved forward.
 */
export function ConsolePanel() {
  const inputId = useId();
  const scenario = useAppStore((s) => s.scenario);
  const history = useAppStore((s) => s.consoleHistory);
  const dropped = useAppStore((s) => s.consoleDropped);
  const profile = useAppStore((s) => s.consoleProfile);
  const replay = useAppStore((s) => s.replay);
  const run = useAppStore((s) => s.runConsoleCommand);
  const setProfile = useAppStore((s) => s.setConsoleProfile);
  const advanceClock = useAppStore((s) => s.advanceClock);
  const showCall = useAppStore((s) => s.showCall);
  const clear = useAppStore((s) => s.clearConsole);
  const startReplay = useAppStore((s) => s.startReplay);
  const replayStep = useAppStore((s) => s.replayStep);
  const stopReplay = useAppStore((s) => s.stopReplay);

  const [line, setLine] = useState('');
  const [back, setBack] = useState(-1);
  const [hints, setHints] = useState<string[]>([]);
  const [script, setScript] = useState('');
  const logRef = useRef<HTMLDivElement>(null);

  const profiles = useMemo(() => Object.entries(consoleProfiles(scenario)), [scenario]);
  const clock = scenario.simulator?.clock ?? simulatorOf(scenario, null).clock;
  const lines = history.map((e) => e.line);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [history]);

  const submit = () => {
    // Not awaited: the input stays usable while a call runs; lines run in order.
    void run(line);
    setLine('');
    setBack(-1);
    setHints([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      if (lines.length === 0) return;
      e.preventDefault();
      const next =
        e.key === 'ArrowUp'
          ? back < 0
            ? lines.length - 1
            : Math.max(0, back - 1)
          : back < 0 || back >= lines.length - 1
            ? -1
            : back + 1;
      setBack(next);
      setLine(next < 0 ? '' : (lines[next] ?? ''));
    } else if (e.key === 'Tab' && !e.shiftKey && line.trim() !== '') {
      const candidates = complete(line, simulatorOf(scenario, profile));
      if (candidates.length === 0) return;
      e.preventDefault();
      setLine(applyCompletion(line, candidates));
      setHints(candidates.length > 1 ? candidates : []);
    }
  };

  return (
    <section className="pane console" aria-labelledby="console-heading" data-testid="console">
      <div className="pane-header console-toolbar">
        <h2 id="console-heading">Console</h2>
        <label>
          Caller{' '}
          <select
            value={profile ?? ''}
            onChange={(e) => setProfile(e.target.value)}
            aria-label="Caller (default profile)"
          >
            {profiles.map(([name, arn]) => (
              <option key={name} value={arn}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="console-clock" data-testid="sim-clock" aria-label="Simulated clock">
          {clock.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC')}
        </span>
        {STEPS.map((s) => (
          <button
            key={s.seconds}
            type="button"
            aria-label={s.name}
            onClick={() => advanceClock(s.seconds)}
          >
            {s.label}
          </button>
        ))}
      </div>
      <div className="pane-body console-body">
        <div
          className="console-log"
          role="log"
          aria-label="Console output"
          data-testid="console-log"
          tabIndex={0}
          ref={logRef}
        >
          {history.length === 0 && (
            <p className="muted">
              Type <code>help</code>, or a command such as <code>aws kms list-keys</code>. Profiles
              (<code>--profile NAME</code>): {profiles.map(([n]) => n).join(', ') || 'none'}. Binary
              values are base64, as in AWS CLI v2 (<code>--plaintext aGVsbG8=</code> is
              &ldquo;hello&rdquo;); ciphertext is real and decrypts only in this page session unless
              the key has demo material.
            </p>
          )}
          {dropped > 0 && (
            <p className="console-dropped muted small" data-testid="console-dropped">
              {dropped.toLocaleString('en')} older {dropped === 1 ? 'entry' : 'entries'} dropped:
              the console keeps its newest {CONSOLE_HISTORY_LIMIT} (the Audit tab lists the calls).
            </p>
          )}
          {history.map((e) => (
            <ConsoleEntryView key={e.id} entry={e} onShow={showCall} />
          ))}
        </div>
        {hints.length > 0 && (
          <p className="console-hints" aria-live="polite" data-testid="console-hints">
            {hints.join('  ')}
          </p>
        )}
        <div className="console-input">
          <label htmlFor={inputId} className="console-prompt">
            $
          </label>
          <input
            id={inputId}
            type="text"
            value={line}
            aria-label="AWS CLI command"
            placeholder="aws kms help"
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            onChange={(e) => {
              setLine(e.target.value);
              setHints([]);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" onClick={submit}>
            Run
          </button>
        </div>
        <details className="console-script">
          <summary>Script: save or replay a session</summary>
          <div className="console-script-body">
            <label>
              Script to replay
              <textarea
                value={script}
                rows={4}
                spellCheck={false}
                onChange={(e) => setScript(e.target.value)}
                placeholder="One aws kms command per line; # comments"
              />
            </label>
            <div className="console-script-actions">
              <button type="button" onClick={() => setScript(sessionScript(lines))}>
                Use this session
              </button>
              <button
                type="button"
                disabled={lines.length === 0}
                onClick={() =>
                  download(sessionScript(lines), 'kms-session.sh', 'text/x-shellscript')
                }
              >
                Save session as script
              </button>
              {replay ? (
                <>
                  <code className="console-next" data-testid="replay-next">
                    Next: {replay.lines[replay.next]}
                  </code>
                  <button type="button" onClick={replayStep}>
                    Next step ({replay.next + 1} of {replay.lines.length})
                  </button>
                  <button type="button" onClick={stopReplay}>
                    Stop replay
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => startReplay(script)}>
                  Replay step by step
                </button>
              )}
              <button type="button" onClick={clear}>
                Clear output
              </button>
            </div>
          </div>
        </details>
      </div>
    </section>
  );
}

import { useId, useState, type DragEvent } from 'react';
import { SUITE_ID, type SuiteId } from '../../../crypto';
import { useAppStore } from '../../../state';
import { ComboField } from '../../components/ComboField';
import { PairsEditor } from '../../components/PairsEditor';
import { principalSuggestions } from '../request/requestModel';
import { DecryptResult } from './DecryptResult';
import { ExportControls } from './ExportControls';
import { HeaderView } from './HeaderView';
import { HexView } from './HexView';
import { PlaintextInput, SuiteSelect } from './InputFields';
import { LabDiagram } from './LabDiagram';
import { formatBytes, WORKER_THRESHOLD } from './labModel';
import { StepList } from './StepList';
import { useLab } from './useLab';
import './lab.css';

/**
 * The envelope lab: encrypt text or a file under a KMS key of the scenario the way the AWS
 * Encryption SDK does (GenerateDataKey through the engine, local AES-GCM, the data key wrapped and
 * stored in the message), look at the message, tamper with it, and decrypt it as any caller.
 */
export function EnvelopeLab() {
  const scenario = useAppStore((s) => s.scenario);
  const lab = useLab();
  const ids = useId();
  const firstPrincipal = scenario.requests[0]?.principal ?? scenario.principals[0]?.arn ?? '';
  const [text, setText] = useState('Hello, envelope encryption!');
  const [file, setFile] = useState<File | null>(null);
  const [chosenKey, setKeyId] = useState(scenario.keys[0]?.arn ?? '');
  const keyId = scenario.keys.some((k) => k.arn === chosenKey)
    ? chosenKey
    : (scenario.keys[0]?.arn ?? '');
  const [principal, setPrincipal] = useState(firstPrincipal);
  const [context, setContext] = useState<Record<string, string>>({ purpose: 'lab' });
  const [suiteId, setSuiteId] = useState<SuiteId>(SUITE_ID);
  const [decryptAs, setDecryptAs] = useState(firstPrincipal);
  const [expected, setExpected] = useState<Record<string, string>>({ purpose: 'lab' });
  const [path, setPath] = useState<'encrypt' | 'decrypt' | null>(null);

  const { encrypted, decrypted, header, busy, progress } = lab;
  // What the diagram draws: the lab trace, or the bare evaluation when there is no trace.
  const encryptPath = encrypted?.trace ?? encrypted?.evaluation ?? null;
  const large = (file?.size ?? 0) >= WORKER_THRESHOLD;
  const suggestions = principalSuggestions(scenario);

  const onDrop = (e: DragEvent) => {
    const dropped = e.dataTransfer.files[0];
    if (!dropped) return;
    e.preventDefault();
    setFile(dropped);
  };

  const encrypt = () => {
    setPath(null);
    setExpected(context);
    void lab.encrypt({
      scenario,
      input: file ?? new Blob([text]),
      keyId,
      principal,
      context,
      suiteId: large ? SUITE_ID : suiteId,
    });
  };

  const decrypt = () => {
    setPath(null);
    void lab.decrypt(decryptAs, expected);
  };

  return (
    <section
      className="pane lab"
      aria-labelledby={`${ids}-heading`}
      data-testid="envelope-lab"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <div className="pane-header">
        <h2 id={`${ids}-heading`} tabIndex={-1}>
          Envelope lab
        </h2>
      </div>
      <div className="pane-body form">
        <PlaintextInput
          id={`${ids}-text`}
          text={text}
          onText={setText}
          file={file}
          onFile={setFile}
          large={large}
        />
        <div className="form-row">
          <label htmlFor={`${ids}-key`}>KMS key</label>
          <div className="form-control">
            <select id={`${ids}-key`} value={keyId} onChange={(e) => setKeyId(e.target.value)}>
              {scenario.keys.map((k) => (
                <option key={k.arn} value={k.arn}>
                  {k.aliases[0] ? `${k.aliases[0]} (${k.arn})` : k.arn}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ComboField
          label="Encrypt as (principal)"
          testId="lab-principal"
          value={principal}
          suggestions={suggestions}
          onChange={setPrincipal}
        />
        <PairsEditor
          legend="Encryption context"
          testId="lab-context"
          value={context}
          onChange={setContext}
        />
        <SuiteSelect id={`${ids}-suite`} value={suiteId} onChange={setSuiteId} large={large} />
        <div className="lab-actions">
          <button type="button" onClick={encrypt} disabled={busy !== null || keyId === ''}>
            Encrypt
          </button>
          {progress && (
            <>
              <progress
                value={progress.done}
                max={progress.total || 1}
                aria-label={busy === 'decrypt' ? 'Decryption progress' : 'Encryption progress'}
                data-testid="lab-progress"
              />
              <span>
                {formatBytes(progress.done)} of {formatBytes(progress.total)}
              </span>
              <button type="button" onClick={lab.cancel}>
                Cancel
              </button>
            </>
          )}
        </div>

        {encrypted && (
          <>
            <h3>Encryption</h3>
            <StepList
              steps={encrypted.steps}
              pathOpen={path === 'encrypt'}
              onOpenPath={
                encrypted.evaluation
                  ? () => setPath((p) => (p === 'encrypt' ? null : 'encrypt'))
                  : undefined
              }
            />
            {path === 'encrypt' && encryptPath && <LabDiagram result={encryptPath} />}
          </>
        )}

        {encrypted?.message && (
          <>
            <h3>The message</h3>
            <div className="lab-message">
              <HeaderView header={header} />
              <HexView
                bytes={encrypted.head}
                original={encrypted.originalHead}
                total={encrypted.message.size}
                headerLength={header?.headerLength ?? null}
                onFlip={lab.flip}
              />
            </div>
            <ExportControls
              madeHead={encrypted.originalHead}
              message={lab.currentMessage}
              onRestore={lab.restore}
            />
            <h3>Decryption</h3>
            <ComboField
              label="Decrypt as (principal)"
              testId="lab-decrypt-principal"
              value={decryptAs}
              suggestions={suggestions}
              onChange={setDecryptAs}
            />
            <PairsEditor
              legend="Expected encryption context"
              testId="lab-expected-context"
              value={expected}
              onChange={setExpected}
            />
            <div className="lab-actions">
              <button type="button" onClick={decrypt} disabled={busy !== null}>
                Decrypt
              </button>
            </div>
          </>
        )}

        {decrypted && (
          <DecryptResult
            decrypted={decrypted}
            pathOpen={path === 'decrypt'}
            onTogglePath={() => setPath((p) => (p === 'decrypt' ? null : 'decrypt'))}
          />
        )}
      </div>
    </section>
  );
}

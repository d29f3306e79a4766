import { useMemo, useState } from 'react';
import { describeHeader } from '../../../crypto';
import { useAppStore } from '../../../state';
import { demoWrappingKey } from './labDemoKey';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Export of the lab's message (as it stands, tampered or not) and, for a key with demo material
 * only, of the wrapping key in hex, so the official Encryption SDK can decrypt the message (README).
 */
export function ExportControls({
  madeHead,
  message,
  onRestore,
}: {
  /** The message's first bytes as made: its header names the demo wrapping key, if any. */
  madeHead: Uint8Array;
  /** The message as it stands, or why it cannot be had. */
  message(): Promise<Blob | string | null>;
  onRestore(): void;
}) {
  const scenario = useAppStore((s) => s.scenario);
  const header = useMemo(() => describeHeader(madeHead), [madeHead]);
  const demo = demoWrappingKey(scenario, header);
  const [wrapping, setWrapping] = useState<{ hex: string; keyName: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const exportMessage = async () => {
    const m = await message();
    setProblem(typeof m === 'string' ? `The message could not be exported: ${m}` : null);
    if (m instanceof Blob) download(m, 'lab-message.esdk');
  };

  const exportKey = () => {
    if (!demo) return;
    setWrapping(demo);
    download(new Blob([`${demo.hex}\n`], { type: 'text/plain' }), 'lab-wrapping-key.hex');
  };

  return (
    <div className="lab-actions">
      <button type="button" onClick={() => void exportMessage()}>
        Export message
      </button>
      <button type="button" onClick={onRestore}>
        Undo tampering
      </button>
      {demo && (
        <>
          <button type="button" onClick={exportKey}>
            Export wrapping key
          </button>
          <span className="lab-demo-label">demo only: never protect real data with it</span>
        </>
      )}
      {problem && (
        <p className="field-hint" role="alert">
          {problem}
        </p>
      )}
      {wrapping && (
        <p className="field-hint" data-testid="lab-wrapping-key">
          Key name <span className="mono">{wrapping.keyName}</span>, key (hex){' '}
          <span className="mono">{wrapping.hex}</span>
        </p>
      )}
    </div>
  );
}

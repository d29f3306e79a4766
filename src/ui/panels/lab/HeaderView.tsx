import { fromHex, KMS_PROVIDER_ID, type MessageHeaderView } from '../../../crypto';

const short = (hex: string, n = 16) => (hex.length > n * 2 ? `${hex.slice(0, n * 2)}…` : hex);

/** An aws-kms encrypted data key's provider info: the key ARN, UTF-8. */
const kmsKeyOf = (infoHex: string) =>
  new TextDecoder().decode(fromHex(infoHex) ?? new Uint8Array());

/** The parsed header of an Encryption SDK message (describeHeader), field by field. */
export function HeaderView({ header }: { header: MessageHeaderView | null }) {
  if (!header)
    return (
      <p className="field-error" data-testid="lab-header">
        The header does not parse.
      </p>
    );
  const context = Object.entries(header.encryptionContext);
  return (
    <dl className="lab-header" data-testid="lab-header">
      <dt>Version</dt>
      <dd>{header.version}</dd>
      <dt>Algorithm suite</dt>
      <dd>
        0x{header.suiteId}
        {header.suiteName ? ` — ${header.suiteName}` : ''}
      </dd>
      <dt>Message ID</dt>
      <dd className="mono" title={header.messageIdHex}>
        {short(header.messageIdHex)}
      </dd>
      <dt>Encryption context</dt>
      <dd data-testid="lab-header-context">
        {context.length === 0 ? (
          <span className="muted">(empty)</span>
        ) : (
          <ul>
            {context.map(([k, v]) => (
              <li key={k} className="mono">
                {k} = {k === 'aws-crypto-public-key' ? short(v) : v}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Encrypted data keys</dt>
      <dd>
        <ul>
          {header.encryptedDataKeys.map((k, i) => (
            <li key={i}>
              <span className="mono">{k.providerId}</span>
              {k.rawAes ? (
                <>
                  {' '}
                  · key name <span className="mono">{k.rawAes.keyName}</span>
                </>
              ) : k.providerId === KMS_PROVIDER_ID ? (
                <>
                  {' '}
                  · KMS key <span className="mono">{kmsKeyOf(k.providerInfoHex)}</span>
                </>
              ) : null}{' '}
              · wrapped key <span className="mono">{short(k.ciphertextHex)}</span>
            </li>
          ))}
        </ul>
      </dd>
      <dt>Content</dt>
      <dd>
        {header.contentType}, frame length {header.frameLength} bytes
      </dd>
      <dt>Header length</dt>
      <dd>{header.headerLength} bytes (the body starts here)</dd>
    </dl>
  );
}

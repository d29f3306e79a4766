import { useId } from 'react';
import type { Request } from '../../scenario/types';
import { selectCurrentResult, useAppStore } from '../../state';
import { ComboField } from '../components/ComboField';
import { PairsEditor } from '../components/PairsEditor';
import { StringListEditor } from '../components/StringListEditor';
import { ContextKeysEditor } from './request/ContextKeysEditor';
import { DerivedKeys } from './request/DerivedKeys';
import { OperationField } from './request/OperationField';
import { ParamsSection } from './request/ParamsSection';
import { RequestPicker } from './request/RequestPicker';
import { SendAsCall } from './request/SendAsCall';
import {
  apiOf,
  isKeyless,
  keySuggestions,
  principalSuggestions,
  takesContext,
  withOperation,
} from './request/requestModel';
import { useRequestEditor } from './request/useRequestEditor';
import { findOperation } from '../../engine/catalog/operations';
import { addRequest } from './scenarioEdits';

const CALLER_KINDS: Record<string, string> = {
  user: 'IAM user',
  roleSession: 'role session',
  federatedUser: 'federated user',
  root: 'root user of the account',
  service: 'AWS service principal',
  unknown: 'not a principal the engine recognises',
};

/**
 * The request: who calls which KMS operation on which key, with what encryption context, grant
 * tokens, parameters, endpoint and context keys. Every change is an undoable scenario edit and is
 * evaluated at once.
 */
export function RequestBuilder({ id }: { id: string }) {
  const endpointId = useId();
  const scenario = useAppStore((s) => s.scenario);
  const result = useAppStore(selectCurrentResult);
  const updateScenario = useAppStore((s) => s.updateScenario);
  const { request, index, update } = useRequestEditor();

  if (!request) {
    return (
      <section id={id} className="pane builder" aria-labelledby="builder-heading">
        <div className="pane-header">
          <h2 id="builder-heading" tabIndex={-1}>
            Request
          </h2>
        </div>
        <div className="pane-body">
          <p className="muted">This scenario has no request yet.</p>
          <button type="button" onClick={() => updateScenario(addRequest)}>
            Add a request
          </button>
        </div>
      </section>
    );
  }

  const api = apiOf(request.action);
  const context = result?.trace.find((s) => s.kind === 'context')?.detail;
  const callerKind = typeof context?.callerKind === 'string' ? context.callerKind : undefined;
  const keyless = isKeyless(api);
  const ec = request.encryptionContext ?? {};
  const grantable = findOperation(api === 'ReEncrypt' ? 'ReEncryptFrom' : api)?.grantable ?? false;

  return (
    <section
      id={id}
      className="pane builder"
      aria-labelledby="builder-heading"
      data-testid="request-builder"
    >
      <div className="pane-header">
        <h2 id="builder-heading" tabIndex={-1}>
          Request
        </h2>
        <RequestPicker />
      </div>
      <div className="pane-body form">
        <ComboField
          label="Caller (principal)"
          testId="principal"
          value={request.principal}
          suggestions={principalSuggestions(scenario)}
          onChange={(principal) => update((r) => ({ ...r, principal }), 'principal')}
          hint={callerKind ? `KMS sees: ${CALLER_KINDS[callerKind] ?? callerKind}` : undefined}
          error={
            request.principal.trim() === ''
              ? 'Name the caller: an ARN or a service principal.'
              : null
          }
        />
        <OperationField
          action={request.action}
          onChange={(next) => update((r) => withOperation(r, next, scenario), 'operation')}
        />
        <ComboField
          label="Key"
          testId="key"
          value={request.key ?? ''}
          disabled={keyless}
          placeholder={
            keyless ? 'This operation uses no key' : 'key id, key ARN, alias name or alias ARN'
          }
          suggestions={keySuggestions(scenario)}
          onChange={(key) =>
            update((r) => {
              const next: Request = { ...r, key };
              if (key === '') delete next.key;
              return next;
            }, 'key')
          }
        />
        {(takesContext(api) || Object.keys(ec).length > 0) && (
          <PairsEditor
            legend="Encryption context"
            testId="encryption-context"
            value={ec}
            onChange={(next) =>
              update((r) => {
                const out: Request = { ...r, encryptionContext: next };
                if (Object.keys(next).length === 0) delete out.encryptionContext;
                return out;
              }, 'encryptionContext')
            }
          />
        )}
        {(grantable || request.grantTokens.length > 0) && (
          <StringListEditor
            legend="Grant tokens"
            itemLabel="Grant token"
            testId="grant-tokens"
            value={request.grantTokens}
            suggestions={scenario.grants.flatMap((g) =>
              g.grantToken ? [{ value: g.grantToken, label: g.name ?? g.grantId }] : [],
            )}
            onChange={(grantTokens) => update((r) => ({ ...r, grantTokens }), 'grantTokens')}
          />
        )}
        <ParamsSection request={request} index={index} scenario={scenario} update={update} />
        <div className="form-row">
          <label htmlFor={endpointId}>Via VPC endpoint</label>
          <div className="form-control">
            <select
              id={endpointId}
              value={request.viaVpcEndpoint ?? ''}
              data-testid="endpoint"
              onChange={(e) =>
                update((r) => {
                  const next: Request = { ...r, viaVpcEndpoint: e.target.value };
                  if (e.target.value === '') delete next.viaVpcEndpoint;
                  return next;
                }, 'endpoint')
              }
            >
              <option value="">No endpoint (public KMS endpoint)</option>
              {scenario.vpcEndpoints.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.id}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ContextKeysEditor
          api={api}
          value={request.context}
          onChange={(next) => update((r) => ({ ...r, context: next }), 'context')}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={request.deriveContext}
            onChange={(e) =>
              update((r) => ({ ...r, deriveContext: e.target.checked }), 'deriveContext')
            }
          />
          Let the engine derive the keys AWS would add
        </label>
        <DerivedKeys />
        <SendAsCall index={index} />
      </div>
    </section>
  );
}

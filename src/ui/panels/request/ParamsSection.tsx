import type { Json, Request, Scenario } from '../../../scenario/types';
import { useAppStore } from '../../../state';
import { ComboField } from '../../components/ComboField';
import { PairsEditor } from '../../components/PairsEditor';
import { StringListEditor } from '../../components/StringListEditor';
import { CiphertextField, PolicyParamField } from './DocumentParamFields';
import { ConstraintsField, GrantOperationsField } from './GrantParamFields';
import { paramsOf, type ParamSpec } from './paramSpecs';
import { apiOf, keySuggestions, principalSuggestions, withParam } from './requestModel';
import { SimpleParamField } from './SimpleParamField';

type Tag = { TagKey: string; TagValue: string };

function tagsToRecord(value: Json | undefined): Record<string, string> {
  if (!Array.isArray(value)) return {};
  const out: [string, string][] = [];
  for (const t of value)
    if (t && typeof t === 'object' && !Array.isArray(t) && typeof t.TagKey === 'string')
      out.push([t.TagKey, typeof t.TagValue === 'string' ? t.TagValue : '']);
  return Object.fromEntries(out);
}

const recordOf = (value: Json | undefined): Record<string, string> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    : {};

/** The selected operation's own parameters (CreateGrant's operations, a deletion window...). */
export function ParamsSection({
  request,
  index,
  scenario,
  update,
}: {
  request: Request;
  index: number;
  scenario: Scenario;
  update(change: (r: Request) => Request, field?: string): void;
}) {
  const selectDocument = useAppStore((s) => s.selectDocument);
  const api = apiOf(request.action);
  const specs = paramsOf(api);
  if (specs.length === 0) return null;

  const field = (spec: ParamSpec) => {
    const value = request.parameters[spec.name];
    const set = (next: Json | undefined) => update((r) => withParam(r, spec.name, next), spec.name);
    const label = spec.label ?? spec.name;
    const text = typeof value === 'string' ? value : '';
    const unset = (v: string) => set(v === '' ? undefined : v);
    switch (spec.kind.type) {
      case 'key':
        return (
          <ComboField
            label={label}
            value={text}
            suggestions={keySuggestions(scenario)}
            onChange={unset}
          />
        );
      case 'principal':
        return (
          <ComboField
            label={label}
            value={text}
            suggestions={principalSuggestions(scenario)}
            onChange={unset}
          />
        );
      case 'grantId':
        return (
          <ComboField
            label="Grant id"
            value={text}
            suggestions={scenario.grants.map((g) => ({
              value: g.grantId,
              label: g.name ?? g.grantId,
            }))}
            onChange={unset}
          />
        );
      case 'grantToken':
        return (
          <ComboField
            label="Grant token"
            value={text}
            suggestions={scenario.grants.flatMap((g) =>
              g.grantToken ? [{ value: g.grantToken, label: g.name ?? g.grantId }] : [],
            )}
            onChange={unset}
          />
        );
      case 'pairs':
        return (
          <PairsEditor legend={label} value={recordOf(value)} onChange={(next) => set(next)} />
        );
      case 'tags':
        return (
          <PairsEditor
            legend="Tags"
            addLabel="Add tag"
            value={tagsToRecord(value)}
            onChange={(next) => {
              const tags: Tag[] = Object.entries(next).map(([TagKey, TagValue]) => ({
                TagKey,
                TagValue,
              }));
              set(tags.length > 0 ? tags : undefined);
            }}
          />
        );
      case 'list':
        return (
          <StringListEditor
            legend={label}
            itemLabel="Tag key"
            value={
              Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
            }
            onChange={(next) => set(next.length > 0 ? next : undefined)}
          />
        );
      case 'grantOperations':
        return <GrantOperationsField value={value} onChange={set} />;
      case 'constraints':
        return <ConstraintsField value={value} onChange={set} />;
      case 'ciphertext':
        return (
          <CiphertextField value={value} request={request} scenario={scenario} onChange={set} />
        );
      case 'policy':
        return (
          <PolicyParamField
            value={value}
            request={request}
            index={index}
            scenario={scenario}
            onChange={set}
            onOpen={selectDocument}
          />
        );
      default:
        return <SimpleParamField spec={spec} value={value} onChange={set} />;
    }
  };

  return (
    <fieldset className="form-section" data-testid="parameters">
      <legend>{api} parameters</legend>
      {specs.map((spec) => (
        <div key={`${api}:${spec.name}`}>{field(spec)}</div>
      ))}
    </fieldset>
  );
}

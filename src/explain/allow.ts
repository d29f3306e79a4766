/** The sentence for one statement or grant that allowed a request (see `explain`). */
import { keyIdOf } from '../engine';
import type { DecidingRef } from '../engine/types';
import type { Request, Scenario } from '../scenario/types';
import { accountOf, documentPhrase, principalName, roleName, statementPhrase } from './names';
import { capitalise } from './format';
import { samePath, type TraceIndex } from './traceQuery';

/** What the explanation functions share about one result. */
export interface Ctx {
  index: TraceIndex;
  scenario: Scenario;
  request: Request | undefined;
  action: string;
  caller: string;
  callerArn: string;
}

/** The request a result belongs to (results carry the request id, or its index as a string). */

function principalMatchOf(ref: DecidingRef, ctx: Ctx): string {
  const step = ctx.index.steps.find(
    (s) =>
      s.kind === 'statement' &&
      s.source?.document === ref.document &&
      samePath(s.source.path, ref.path) &&
      s.outcome === 'match',
  );
  const p = step?.detail?.principal;
  return typeof p === 'string' ? p : 'account';
}

export function allowLine(ref: DecidingRef, ctx: Ctx): string {
  const { scenario, action, caller } = ctx;
  const doc = documentPhrase(ref.document, scenario);
  const st = statementPhrase(ref.statement, ref.path);
  if (ref.document.startsWith('key:')) {
    const key = scenario.keys.find((k) => `key:${keyIdOf(k.arn)}` === ref.document);
    const keyAccount = key ? accountOf(key.arn) : null;
    const callerAccount = accountOf(ctx.callerArn);
    switch (principalMatchOf(ref, ctx)) {
      case 'direct':
        return `${capitalise(doc)} statement ${st} names ${caller} and allows ${action} by itself.`;
      case 'wildcard':
        return `${capitalise(doc)} statement ${st} allows ${action} for any principal ("*").`;
      case 'role':
        return `${capitalise(doc)} statement ${st} names the role ${roleName(ctx.callerArn, scenario)}, so no IAM policy is needed (a boundary or session policy still limits it).`;
      default:
        return keyAccount && callerAccount && keyAccount !== callerAccount
          ? `${capitalise(doc)} statement ${st} lets account ${callerAccount} use the key; its IAM policies must allow the call too.`
          : `${capitalise(doc)} statement ${st} lets IAM policies in account ${keyAccount ?? callerAccount ?? '?'} decide.`;
    }
  }
  if (ref.document.startsWith('grant:')) {
    const grant = scenario.grants.find((g) => `grant:${g.grantId}` === ref.document);
    const who = grant ? principalName(grant.granteePrincipal, scenario) : caller;
    return `${capitalise(doc)} gives ${who} ${action.replace(/^kms:/, '')} on this key.`;
  }
  return `${capitalise(doc)} allows ${action} on this key (statement ${st}).`;
}

/** Sentences for an implicit deny: which phase said no, and what nearly allowed (see `explain`). */
import type { TraceStep } from '../engine/types';
import { accountOf, documentPhrase, levelPhrase, possessive } from './names';
import { allowLine, type Ctx } from './allow';
import { capitalise, values } from './format';
import { grantMiss, nearMisses } from './misses';
import { iamAllowIgnored } from './iam';

export function implicitDeny(check: TraceStep, ctx: Ctx): string[] {
  const { index, scenario, action, caller } = ctx;
  const phases = index.children(check.id);
  const failed = phases.find((p) => p.outcome === 'implicitDeny');
  const lines: string[] = [];
  const keyPhase = phases.find((p) => p.rule === 'keyPolicy');
  switch (failed?.rule) {
    case 'scpGate':
      lines.push(...scpLines(failed, ctx));
      break;
    case 'vpcEndpointGate':
      lines.push(
        `The endpoint policy of ${ctx.request?.viaVpcEndpoint ?? 'the VPC endpoint'} does not allow ${action} for this request.`,
      );
      lines.push(...nearMisses(index, failed.id, action, scenario));
      break;
    case 'crossAccountGate': {
      const d = failed.detail ?? {};
      lines.push(
        `${String(d.operation)} cannot be called on a key in another account: the caller is in ${String(d.callerAccount)}, the key in ${String(d.keyAccount)}.`,
      );
      break;
    }
    case 'keyPolicy': {
      const misses = nearMisses(index, failed.id, action, scenario);
      const acct = accountOf(ctx.callerArn);
      if (misses.length === 0) {
        lines.push(
          `No statement in the key policy names ${caller}${acct ? `, account ${acct}` : ''} or "*".`,
        );
        const ignored = iamAllowIgnored(failed, check, ctx);
        if (ignored) lines.push(ignored);
      } else lines.push(`No key policy statement allows ${caller} to call ${action}.`, ...misses);
      break;
    }
    case 'identityPolicies':
      if (keyPhase?.outcome === 'match') lines.push(...keyDelegation(keyPhase, ctx));
      lines.push(`No IAM policy of ${caller} allows ${action} on this key.`);
      lines.push(...nearMisses(index, failed.id, action, scenario));
      break;
    case 'permissionsBoundary':
      lines.push(
        `${capitalise(possessive(caller))} permissions boundary does not allow ${action}, so it caps what the other policies allow.`,
      );
      break;
    case 'sessionPolicy':
      lines.push(
        `The session policy of this request does not allow ${action}, so the session cannot use what the role allows.`,
      );
      break;
    case 'retireGrantRules': {
      const d = failed.detail ?? {};
      lines.push(
        `${caller} is not the grant's retiring principal (${values(d.retiringPrincipal)}), its grantee (${values(d.grantee)}) or its issuing account (${values(d.issuingAccount)}).`,
      );
      break;
    }
    default:
      lines.push(`Nothing allows ${caller} to call ${action} on this key.`);
  }
  const grants = phases.find((p) => p.rule === 'grantPath');
  if (grants && grants.outcome !== 'allow') {
    lines.push(
      ...index
        .children(grants.id)
        .filter((g) => g.outcome === 'noMatch')
        .slice(0, 2)
        .map((g) => grantMiss(g, scenario)),
    );
  }
  return lines;
}

function keyDelegation(keyPhase: TraceStep, ctx: Ctx): string[] {
  const hit = ctx.index
    .descendants(keyPhase.id)
    .find((s) => s.kind === 'statement' && s.outcome === 'match');
  if (!hit?.source) return [];
  const sid = typeof hit.detail?.sid === 'string' ? hit.detail.sid : null;
  return [allowLine({ document: hit.source.document, statement: sid, path: hit.source.path }, ctx)];
}

function scpLines(phase: TraceStep, ctx: Ctx): string[] {
  const lines: string[] = [];
  for (const level of ctx.index.children(phase.id)) {
    if (level.outcome !== 'fail') continue;
    const where = levelPhrase(String(level.detail?.level ?? ''), ctx.scenario);
    for (const doc of ctx.index.children(level.id)) {
      const patterns = ctx.index
        .descendants(doc.id)
        .filter((s) => s.kind === 'element' && s.rule === 'Action')
        .flatMap((s) =>
          Array.isArray(s.detail?.patterns) ? (s.detail.patterns as unknown[]) : [],
        );
      const name = documentPhrase(doc.source?.document ?? doc.id, ctx.scenario);
      lines.push(
        patterns.length > 0
          ? `${capitalise(name)} at ${where} allows only ${values([...new Set(patterns)])}.`
          : `${capitalise(name)} at ${where} does not allow ${ctx.action} for this request.`,
      );
    }
  }
  lines.push('Every level from the root down to the account needs an SCP that allows the action.');
  return lines;
}

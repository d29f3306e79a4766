import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../engine/types';
import { SCENARIO_FORMAT, type Request, type Scenario } from '../../scenario/types';
import { ResultsTable } from './ResultsTable';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ROLE = 'arn:aws:iam::111122223333:role/Auditor';

function request(id: string, expect?: Request['expect']): Request {
  return {
    id,
    principal: ROLE,
    action: 'kms:Decrypt',
    key: KEY,
    grantTokens: [],
    context: {},
    deriveContext: true,
    parameters: {},
    ...(expect ? { expect } : {}),
  };
}

const scenario: Scenario = {
  format: SCENARIO_FORMAT,
  version: 1,
  accounts: [],
  principals: [{ arn: ROLE, name: 'Auditor', policies: [], groups: [], tags: {} }],
  groups: [],
  keys: [],
  grants: [],
  vpcEndpoints: [],
  requests: [
    request('allowed', { outcome: 'Allowed' }),
    request('denied', { outcome: 'Allowed', decision: 'Allow' }),
  ],
};

const results: EvaluationResult[] = [
  {
    request: 'allowed',
    outcome: 'Allowed',
    decision: 'Allow',
    deciding: [{ document: 'key:1234abcd', statement: 'AllowAuditor', path: ['Statement', 1] }],
    expectation: 'met',
    trace: [],
  },
  {
    request: 'denied',
    outcome: 'AccessDeniedException',
    decision: 'ExplicitDeny',
    message: 'User: <b>x</b> is not authorized to perform: kms:Decrypt',
    deciding: [{ document: 'scp:p-deny', statement: null, path: ['Statement', 0] }],
    expectation: 'failed',
    trace: [],
  },
];

const html = renderToStaticMarkup(<ResultsTable scenario={scenario} results={results} />);

describe('ResultsTable', () => {
  it('renders one row per result with its outcome and decision as attributes', () => {
    expect(html.match(/data-testid="result-row"/g)).toHaveLength(2);
    expect(html).toContain('data-request="allowed" data-outcome="Allowed" data-decision="Allow"');
    expect(html).toContain(
      'data-request="denied" data-outcome="AccessDeniedException" data-decision="ExplicitDeny"',
    );
  });

  it('shows the principal name, the deciding statement and a failed expectation', () => {
    expect(html).toContain('Auditor');
    expect(html).toContain('<span class="deciding-statement">AllowAuditor</span>');
    expect(html).toContain('<span class="deciding-statement">Statement[0]</span>');
    expect(html).toContain('scp:<wbr/>p-deny');
    expect(html).toContain('expected Allowed / Allow');
  });

  it('shows messages as text, never as markup', () => {
    expect(html).toContain('User:<wbr/> &lt;b&gt;x&lt;/<wbr/>b&gt; is not authorized');
    expect(html).not.toContain('<b>');
  });
});

/**
 * Differential suite for what the console PRINTS: each case of fixtures/awsCliOutput.json is a
 * response in the simulator's shape that a loopback server gave the real AWS CLI v2 (inside a
 * network namespace with only loopback; see scripts/record-aws-cli-output.mjs), with the output
 * options of the line, and what the CLI printed (the CLI and botocore model versions are in the
 * fixture). The console's paginator, --query and formatters must print the same bytes to stdout,
 * or refuse with the same bytes the CLI writes to stderr.
 */
import { describe, expect, it } from 'vitest';
import recordedText from './fixtures/awsCliOutput.json?raw';
import type { Json } from '../../scenario/types';
import { formatOutput, paginate, queryError, type OutputOptions } from './output';
import { parseCommand } from './parse';
import { PAGINATORS } from './kmsModel';
import { OPERATIONS } from '../ops';

interface Case {
  operation: string;
  response: string;
  args: string[];
  options: OutputOptions & { pageSize?: number; output: string };
  requests: { target: string; body: Record<string, Json> }[];
  stdout: string;
  stderr: string;
  exit: number;
}

const recorded = JSON.parse(recordedText) as {
  cli: string;
  model: string;
  responses: Record<string, Record<string, Json>>;
  cases: Case[];
};

/** The console's output as the CLI writes it: a newline after anything printed. */
function printed(c: Case): { stdout: string } | { error: string } {
  const response = recorded.responses[c.response] ?? {};
  const { pageSize: _pageSize, ...options } = c.options;
  const paged = paginate(c.operation, response, options);
  if ('error' in paged) return paged;
  const out = formatOutput(c.operation, paged.page, options);
  if ('error' in out) return out;
  return { stdout: out.text === '' ? '' : `${out.text}\n` };
}

const title = (c: Case) => `${c.args.join(' ')}`;

describe(`the console prints what ${recorded.cli} prints (KMS model of ${recorded.model})`, () => {
  it('covers every format, --query and the paging options for every simulated operation', () => {
    const formats = new Set(recorded.cases.map((c) => c.options.output));
    expect([...formats].sort()).toEqual(['json', 'table', 'text', 'yaml', 'yaml-stream']);
    const operations = new Set(recorded.cases.map((c) => c.operation));
    for (const operation of OPERATIONS) expect(operations, operation).toContain(operation);
    expect(recorded.cases.filter((c) => c.options.query !== undefined).length).toBeGreaterThan(20);
    for (const paging of ['maxItems', 'startingToken', 'noPaginate', 'pageSize'] as const)
      expect(recorded.cases.some((c) => c.options[paging] !== undefined)).toBe(true);
  });

  it.each(recorded.cases.map((c, i) => [i + 1, title(c), c] as const))('%i: %s', (_i, _t, c) => {
    const out = printed(c);
    if (c.exit === 0) {
      expect(out).toEqual({ stdout: c.stdout });
    } else {
      expect('error' in out ? `${out.error}\n` : out.stdout).toBe(c.stderr);
    }
  });

  it('the CLI asked one page of the simulator, with --page-size as the Limit', () => {
    for (const c of recorded.cases.filter((x) => x.exit === 0)) {
      expect(c.requests, title(c)).toHaveLength(1);
      const pager = PAGINATORS[c.operation];
      if (pager && c.options.pageSize !== undefined)
        expect(c.requests[0]?.body[pager.limitKey]).toBe(c.options.pageSize);
    }
  });
});

describe('responses as botocore parses them', () => {
  it('prints members in the model order, drops null ones, and keeps members newer than the model after them', () => {
    const paged = paginate(
      'ListGrants',
      {
        Truncated: false,
        Grants: [
          {
            Operations: ['Decrypt'],
            GranteeServicePrincipal: 'ec2.amazonaws.com',
            Name: null,
            GrantId: 'g',
            KeyId: 'k',
          },
        ],
      },
      { noPaginate: true },
    );
    expect(JSON.stringify(paged)).toBe(
      JSON.stringify({
        page: {
          Grants: [
            {
              KeyId: 'k',
              GrantId: 'g',
              Operations: ['Decrypt'],
              GranteeServicePrincipal: 'ec2.amazonaws.com',
            },
          ],
          Truncated: false,
        },
      }),
    );
  });
});

describe('--query refused as the CLI refuses it', () => {
  it('an expression that does not parse is refused before any call; one that parses is not', () => {
    const bad = recorded.cases.find((c) => c.options.query === 'Keys[');
    expect(bad?.requests).toEqual([]);
    expect(`${queryError('Keys[')}\n`).toBe(bad?.stderr);
    expect(queryError('Keys[].KeyId')).toBeNull();
  });

  it('the console line with such a --query is an error of the line itself, so nothing is called or audited', () => {
    const bad = recorded.cases.find((c) => c.options.query === 'Keys[');
    const parsed = parseCommand(`aws kms list-keys --query 'Keys['`);
    expect(parsed).toEqual({ kind: 'error', message: bad?.stderr.replace(/\n$/, '') });
    expect(parseCommand(`aws kms list-keys --query 'Keys[].KeyId'`).kind).not.toBe('error');
  });
});

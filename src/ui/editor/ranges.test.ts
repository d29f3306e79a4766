import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/types';
import { decorationsFor, lineIndex, markersFor, rangeForPath } from './ranges';

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Enable IAM",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "Use",
      "Effect": "Allow",
      "Action": ["kms:Decrypt", "kms:Encrypt"],
      "Condition": { "StringEquals": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }
    }
  ]
}`;

const slice = (text: string, path: (string | number)[]) => {
  const r = rangeForPath(text, path);
  return r && text.slice(r.start, r.end);
};

const diag = (
  path: (string | number)[],
  severity: Diagnostic['severity'] = 'error',
): Diagnostic => ({
  document: 'key:1',
  path,
  severity,
  code: 'Test',
  message: 'message',
});

describe('rangeForPath', () => {
  it('covers the whole statement object for a statement path', () => {
    const text = slice(POLICY, ['Statement', 1]);
    expect(text?.startsWith('{\n      "Sid": "Use"')).toBe(true);
    expect(text?.endsWith('}\n    }')).toBe(true);
  });

  it('covers the property, key and value, for an element path', () => {
    expect(slice(POLICY, ['Statement', 0, 'Action'])).toBe('"Action": "kms:*"');
    expect(slice(POLICY, ['Statement', 1, 'Condition', 'StringEquals', 'kms:ViaService'])).toBe(
      '"kms:ViaService": "s3.us-east-1.amazonaws.com"',
    );
    expect(slice(POLICY, ['Statement', 1, 'Action', 1])).toBe('"kms:Encrypt"');
  });

  it('matches keys case-insensitively when the exact spelling is absent', () => {
    expect(slice(POLICY, ['statement', 0, 'effect'])).toBe('"Effect": "Allow"');
  });

  it('falls back to the nearest ancestor for a path the text no longer has', () => {
    const r = rangeForPath(POLICY, ['Statement', 0, 'Condition']);
    expect(r?.exact).toBe(false);
    expect(POLICY.slice(r?.start, r?.end).startsWith('{\n      "Sid": "Enable IAM"')).toBe(true);
  });

  it('tolerates invalid JSON: a truncated document still maps what is there', () => {
    const broken = POLICY.slice(0, POLICY.indexOf('"Resource"'));
    expect(slice(broken, ['Statement', 0, 'Action'])).toBe('"Action": "kms:*"');
    expect(rangeForPath('', ['Statement'])).toBeNull();
    expect(
      rangeForPath('{"Statement": [ {"Effect": "Allow",, } ]', ['Statement', 0, 'Effect'])?.exact,
    ).toBe(true);
  });
});

describe('lineIndex', () => {
  it('counts lines and UTF-16 columns from 1, with LF or CRLF', () => {
    const at = lineIndex('ab\r\ncd\n€x');
    expect(at(0)).toEqual({ lineNumber: 1, column: 1 });
    expect(at(5)).toEqual({ lineNumber: 2, column: 2 });
    expect(at(8)).toEqual({ lineNumber: 3, column: 2 });
    expect(at(99)).toEqual({ lineNumber: 3, column: 3 });
  });
});

describe('markersFor', () => {
  it('places each diagnostic of this document at its exact range with its severity', () => {
    const markers = markersFor(POLICY, 'key:1', [
      diag(['Statement', 0, 'Action'], 'warning'),
      { ...diag(['Statement', 0]), document: 'key:2' },
    ]);
    expect(markers).toEqual([
      {
        startLineNumber: 8,
        startColumn: 7,
        endLineNumber: 8,
        endColumn: 24,
        severity: 'warning',
        message: 'message',
        code: 'Test',
      },
    ]);
  });

  it('marks only the first line for a diagnostic on the whole document', () => {
    const [m] = markersFor(POLICY, 'key:1', [diag([], 'info')]);
    expect(m).toMatchObject({ startLineNumber: 1, endLineNumber: 1, endColumn: 2 });
  });
});

describe('decorationsFor', () => {
  it('uses whole lines for statements, keeps the strongest role and skips stale paths', () => {
    const decorations = decorationsFor(POLICY, [
      { path: ['Statement', 0], role: 'matched' },
      { path: ['Statement', 0], role: 'deciding' },
      { path: ['Statement', 1, 'Condition', 'StringEquals', 'kms:ViaService'], role: 'noMatch' },
      { path: ['Statement', 7], role: 'matched' },
    ]);
    expect(decorations).toEqual([
      {
        role: 'deciding',
        wholeLine: true,
        range: { startLineNumber: 4, startColumn: 5, endLineNumber: 10, endColumn: 6 },
      },
      {
        role: 'noMatch',
        wholeLine: false,
        range: { startLineNumber: 15, startColumn: 40, endLineNumber: 15, endColumn: 86 },
      },
    ]);
  });
});

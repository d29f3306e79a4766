import { Fragment } from 'react';

/**
 * Long identifiers (ARNs, document ids) with line-break opportunities after `:` and `/`, so
 * narrow columns wrap them at their natural joints instead of mid-word.
 */
export function Breakable({ text }: { text: string }) {
  // After a run of separators, so `::` in an ARN stays together.
  const parts = text.split(/(?<=[:/])(?![:/])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

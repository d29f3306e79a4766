/** What the audit panel offers to filter by, read from the events themselves. */
import type { CloudTrailEvent, EventFilter } from '../../../simulator';

/** Distinct values, sorted. */
const distinct = (values: (string | undefined)[]): string[] =>
  [...new Set(values.filter((v): v is string => v !== undefined))].sort();

/** The hour an ISO time falls in, as `YYYY-MM-DDTHH` (UTC). */
export const hourOf = (iso: string): string => iso.slice(0, 13);

/** The filter's time window for one hour (`YYYY-MM-DDTHH`), both ends inclusive. */
export const hourWindow = (hour: string): Pick<EventFilter, 'from' | 'to'> => ({
  from: `${hour}:00:00Z`,
  to: `${hour}:59:59.999Z`,
});

/** The hour a filter's window covers, when it is exactly one hour. */
export function selectedHour(f: EventFilter): string {
  if (!f.from || !f.to) return '';
  const hour = f.from.slice(0, 13);
  const w = hourWindow(hour);
  return w.from === f.from && w.to === f.to ? hour : '';
}

/** Choices for each filter: the keys, callers, operations, error codes and hours that occur. */
export function filterChoices(events: readonly CloudTrailEvent[]) {
  return {
    keys: distinct(events.flatMap((e) => e.resources?.map((r) => r.ARN) ?? [])),
    principals: distinct(events.map((e) => e.userIdentity.arn)),
    operations: distinct(events.map((e) => e.eventName)),
    errorCodes: distinct(events.map((e) => e.errorCode)),
    hours: distinct(events.map((e) => hourOf(e.eventTime))),
  };
}

/** The filter with one field set, or removed when the value is empty. */
export function withField(f: EventFilter, field: keyof EventFilter, value: string): EventFilter {
  const { [field]: _old, ...rest } = f;
  return value === '' ? rest : { ...rest, [field]: value };
}

/**
 * Date values for the Date condition operators: ISO 8601 (W3C profile: `2025-03`,
 * `2025-03-01`, `2025-03-01T12:00Z`, `2025-03-01T12:00:00.123+02:00`) or epoch seconds
 * (S32 "Date condition operators"; S39 aws:EpochTime). Without a zone the time is UTC. A bare
 * integer is epoch seconds, never a year.
 */
import type { RequestScalar } from './types';

const EPOCH_SECONDS = /^[+-]?\d+(?:\.\d+)?$/;
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?)?)?$/;

const MS_PER_DAY = 86_400_000;

/**
 * Parses a policy or request date.
 *
 * @param value - an ISO 8601 string, epoch seconds as a number or numeric string
 * @returns milliseconds since the epoch, or undefined when the value is not a date
 */
export function parseDate(value: RequestScalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  // Memoize the last string: every clause and statement sees the same aws:CurrentTime.
  if (value !== lastText) {
    lastText = value;
    lastValue = parseDateText(value);
  }
  return lastValue;
}

let lastText: string | undefined;
let lastValue: number | undefined;

function parseDateText(value: string): number | undefined {
  // S32 Date operators accept epoch (UNIX) time as well as ISO 8601.
  if (EPOCH_SECONDS.test(value)) return Number(value) * 1000;
  const m = ISO.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zoneOffsetMinutes(m[8]);
  if (offset === undefined) return undefined;
  const days = daysFromCivil(year, month, day);
  return days * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
}

function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (no Date object: years 0-99 stay exact). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

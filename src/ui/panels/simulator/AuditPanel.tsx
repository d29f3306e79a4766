import { useMemo } from 'react';
import {
  AUDIT_MAX_BYTES,
  AUDIT_MAX_EVENTS,
  exportRecords,
  filterEvents,
  type CloudTrailEvent,
} from '../../../simulator';
import { auditEvents, useAppStore } from '../../../state';
import { download } from './consoleInput';
import { filterChoices, hourWindow, selectedHour, withField } from './auditModel';

/** The short name of an ARN for the table: `user/Bob`, `key/1234…`. */
const short = (arn: string): string => arn.split(':').slice(5).join(':') || arn;

/** `2026-01-01T10:02:03Z` → `01-01 10:02:03` (the year is in the record). */
const when = (t: string): string =>
  t
    .replace(/^\d{4}-/, '')
    .replace('T', ' ')
    .replace(/Z$/, '');

/**
 * The audit trail as a log viewer: every simulated call as a CloudTrail event in columns that do
 * not wrap, a row opening that event's record (requestParameters, responseElements, errorCode,
 * errorMessage, the whole record), filters folded under one line (by key, caller, operation,
 * outcome and hour: "who used this key at 3 PM yesterday"), and export as CloudTrail's
 * `{ "Records": [...] }` JSON. The open record is kept in the store (tab switches, reloads).
 */
export function AuditPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const filter = useAppStore((s) => s.auditFilter);
  const setFilter = useAppStore((s) => s.setAuditFilter);
  const events = useMemo(() => auditEvents(scenario), [scenario]);
  const dropped = scenario.simulator?.counters.auditDropped ?? 0;
  const choices = useMemo(() => filterChoices(events), [events]);
  const shown = useMemo(() => filterEvents(events, filter), [events, filter]);
  const aliases = (arn: string) => scenario.keys.find((k) => k.arn === arn)?.aliases[0];

  const openId = useAppStore((s) => s.auditEvent);
  const setOpenId = useAppStore((s) => s.setAuditEvent);
  const open = events.find((e) => e.eventID === openId);
  const active = Object.keys(filter).filter((k) => k !== 'to').length;

  const pick = (field: 'key' | 'principal' | 'operation' | 'outcome', value: string) =>
    setFilter(withField(filter, field, value));
  const pickHour = (hour: string) => {
    const { from: _f, to: _t, ...rest } = filter;
    setFilter(hour === '' ? rest : { ...rest, ...hourWindow(hour) });
  };

  return (
    <section className="pane audit" aria-labelledby="audit-heading" data-testid="audit">
      <div className="pane-header">
        <h2 id="audit-heading">Audit trail</h2>
        <span className="muted" data-testid="audit-count">
          {shown.length} of {events.length} events
        </span>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() =>
            download(
              `${JSON.stringify(exportRecords(shown, dropped), null, 2)}\n`,
              'cloudtrail-kms.json',
              'application/json',
            )
          }
        >
          Export JSON
        </button>
      </div>
      <div className="pane-body">
        {dropped > 0 && (
          <p className="muted small" data-testid="audit-dropped">
            {dropped} older event{dropped === 1 ? ' was' : 's were'} dropped: the scenario (and its
            share link) keeps the newest {AUDIT_MAX_EVENTS} events, within {AUDIT_MAX_BYTES / 1024}{' '}
            KB.
          </p>
        )}
        <details className="audit-filter-box" open>
          <summary>Filters{active > 0 ? ` (${active} on)` : ''}</summary>
          <div className="audit-filters">
            <label>
              Key
              <select value={filter.key ?? ''} onChange={(e) => pick('key', e.target.value)}>
                <option value="">Any key</option>
                {choices.keys.map((k) => (
                  <option key={k} value={k}>
                    {aliases(k) ?? short(k)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Hour (UTC)
              <select value={selectedHour(filter)} onChange={(e) => pickHour(e.target.value)}>
                <option value="">Any time</option>
                {choices.hours.map((h) => (
                  <option key={h} value={h}>
                    {h.replace('T', ' ')}:00–{h.slice(11)}:59
                  </option>
                ))}
              </select>
            </label>
            <label>
              Caller
              <select
                value={filter.principal ?? ''}
                onChange={(e) => pick('principal', e.target.value)}
              >
                <option value="">Any caller</option>
                {choices.principals.map((p) => (
                  <option key={p} value={p}>
                    {short(p)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Operation
              <select
                value={filter.operation ?? ''}
                onChange={(e) => pick('operation', e.target.value)}
              >
                <option value="">Any operation</option>
                {choices.operations.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            </label>
            <label>
              Outcome
              <select
                value={filter.outcome ?? ''}
                onChange={(e) => pick('outcome', e.target.value)}
              >
                <option value="">Any outcome</option>
                <option value="success">Succeeded</option>
                <option value="failure">Failed</option>
                {choices.errorCodes.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          </div>
        </details>
        {events.length === 0 ? (
          <p className="muted">No calls yet: use the console to call KMS.</p>
        ) : (
          <div className="audit-log">
            <div className="audit-table-scroll">
              <table className="audit-table" data-testid="audit-table">
                <caption className="visually-hidden">
                  CloudTrail events of the simulated calls
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Time (UTC)</th>
                    <th scope="col">Operation</th>
                    <th scope="col">Caller</th>
                    <th scope="col">Key</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((e) => {
                    const key = e.resources?.[0]?.ARN;
                    return (
                      <tr
                        key={e.eventID}
                        data-testid="audit-event"
                        data-error-code={e.errorCode ?? ''}
                        aria-selected={e.eventID === openId}
                        onClick={() => setOpenId(e.eventID === openId ? null : e.eventID)}
                      >
                        <td>
                          <button
                            type="button"
                            className="audit-open"
                            aria-expanded={e.eventID === openId}
                            aria-controls="audit-record"
                            title={`${e.eventTime}: show this event's CloudTrail record`}
                            onClick={(event) => {
                              event.stopPropagation();
                              setOpenId(e.eventID === openId ? null : e.eventID);
                            }}
                          >
                            {when(e.eventTime)}
                          </button>
                        </td>
                        <td>{e.eventName}</td>
                        <td title={e.userIdentity.arn}>{short(e.userIdentity.arn)}</td>
                        <td title={key}>{key ? (aliases(key) ?? short(key)) : '—'}</td>
                        <td className={e.errorCode ? 'audit-failed' : 'audit-ok'}>
                          {e.errorCode ?? 'Success'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {open && <AuditRecord event={open} onClose={() => setOpenId(null)} />}
          </div>
        )}
      </div>
    </section>
  );
}

/** One event's CloudTrail record: the parts people look for first, then the whole record. */
function AuditRecord({ event, onClose }: { event: CloudTrailEvent; onClose(): void }) {
  const json = (v: unknown) => JSON.stringify(v, null, 2);
  return (
    <section
      id="audit-record"
      className="audit-record"
      aria-label={`CloudTrail record: ${event.eventName} at ${event.eventTime}`}
      data-testid="audit-record"
    >
      <div className="audit-record-head">
        <h3>
          {event.eventName} · {event.eventTime}
        </h3>
        <button type="button" className="small-button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl>
        <dt>userIdentity</dt>
        <dd>
          {event.userIdentity.type} · {event.userIdentity.arn}
        </dd>
        {event.userIdentity.sessionContext && (
          <>
            <dt>sessionIssuer</dt>
            <dd>{event.userIdentity.sessionContext.sessionIssuer.arn}</dd>
          </>
        )}
        {event.errorCode && (
          <>
            <dt>errorCode</dt>
            <dd className="audit-failed">{event.errorCode}</dd>
          </>
        )}
        {event.errorMessage && (
          <>
            <dt>errorMessage</dt>
            <dd>{event.errorMessage}</dd>
          </>
        )}
      </dl>
      <h4>requestParameters</h4>
      <pre data-testid="audit-request-parameters">{json(event.requestParameters)}</pre>
      <h4>responseElements</h4>
      <pre data-testid="audit-response-elements">{json(event.responseElements)}</pre>
      <details>
        <summary>The whole record</summary>
        <pre>{json(event)}</pre>
      </details>
    </section>
  );
}

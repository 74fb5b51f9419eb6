import type { Queryable } from '../platform/db/db.ts';
import type { GroupStatement } from '../platform/db/group-writer.ts';
import type { NewCaseRow, NewReportRow, ReportToWrite } from './row.ts';

/** A text[] as PostgreSQL's array literal, every element quoted (for arrays nested in an unnest). */
const arrayLiteral = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

/**
 * The binary values of a group, sent as one bytea parameter and cut out again in SQL with substring().
 * node-postgres sends a Buffer as it is, but an array of Buffers as hex text: twice the bytes (a group of 32
 * reports was ~160 KB), encoded on the server's main thread and decoded again by PostgreSQL.
 */
class PackedBytes {
  readonly #parts: Buffer[] = [];
  #length = 0;

  /** One column's values: their 1-based starts and lengths in the packed bytes (NULL for a NULL value). */
  column(values: readonly (Buffer | null)[]): [(number | null)[], (number | null)[]] {
    const starts: (number | null)[] = [];
    const lengths: (number | null)[] = [];
    for (const value of values) {
      if (value === null) {
        starts.push(null);
        lengths.push(null);
        continue;
      }
      starts.push(this.#length + 1);
      lengths.push(value.length);
      this.#parts.push(value);
      this.#length += value.length;
    }
    return [starts, lengths];
  }

  bytes(): Buffer {
    return Buffer.concat(this.#parts, this.#length);
  }
}

/**
 * Reports, their cases and data keys in one statement — atomic by itself (no BEGIN and COMMIT round trips),
 * all written or none: one report alone, or a group during a flood (REPORT_GROUP below). Rows travel as parallel arrays; the array columns (tactics and the like)
 * travel as array literals, since PostgreSQL has no arrays of arrays of different lengths; the binary
 * columns travel packed in one parameter ($43), each as a start and a length.
 */
export async function insertReports(q: Queryable, rows: readonly ReportToWrite[]): Promise<void> {
  const column = <T>(pick: (r: NewReportRow) => T) => rows.map(({ report }) => pick(report));
  const caseOf = (w: ReportToWrite): NewCaseRow => w.case ?? { status: 'new', spam: false };
  const packed = new PackedBytes();
  await q.query(
    `WITH r AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[],
         $7::date[], $8::date[], $9::bool[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
         $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::bool[], $21::text[], $22::text[],
         $23::bool[], $24::bool[], $25::bool[], $26::bool[], $27::bool[], $28::text[],
         $29::int[], $30::int[], $31::int[], $32::int[], $33::int[], $34::int[], $35::int[], $36::int[],
         $37::int[], $38::int[], $39::int[], $40::int[], $41::int[], $42::int[],
         $44::bool[], $45::text[], $46::bool[], $47::timestamptz[], $48::bool[])
         AS r(id, case_id, reference, data_key_id, received_at, language, incident_started_on, incident_ended_on,
           ongoing, province, city, institution, tactics, communities, channels, impacts, perpetrator_types,
           suspected_state, reporter_kind, anonymous, risk, risk_reasons, consent_contact, consent_referral_police,
           consent_statistics, consent_updates, verified, kek_id,
           receipt_hash_at, receipt_hash_len, idempotency_hash_at, idempotency_hash_len,
           idempotency_receipt_sealed_at, idempotency_receipt_sealed_len, narrative_sealed_at, narrative_sealed_len,
           details_sealed_at, details_sealed_len, identity_sealed_at, identity_sealed_len, wrapped_at, wrapped_len,
           synthetic, case_status, case_spam, indexed_at, case_held)
     ),
     new_keys AS (
       INSERT INTO data_keys (id, kek_id, wrapped)
       SELECT data_key_id, kek_id, substring($43::bytea FROM wrapped_at FOR wrapped_len) FROM r
        WHERE wrapped_len IS NOT NULL
     ),
     new_cases AS (
       INSERT INTO cases (id, reference, status, risk, opened_at, updated_at, spam, held_at)
       SELECT case_id, reference, case_status, risk, received_at, received_at, case_spam,
              CASE WHEN case_held THEN received_at END FROM r
        WHERE case_status IS NOT NULL
     )
     INSERT INTO reports (id, case_id, reference, receipt_hash, idempotency_hash, idempotency_receipt_sealed,
       data_key_id, received_at, language, incident_started_on, incident_ended_on, ongoing, province, city,
       institution, tactics, communities, channels, impacts, perpetrator_types, suspected_state, reporter_kind,
       anonymous, risk, risk_reasons, consent_contact, consent_referral_police, consent_statistics,
       consent_updates, verified, narrative_sealed, details_sealed, identity_sealed, synthetic, indexed_at)
     SELECT id, case_id, reference,
       substring($43::bytea FROM receipt_hash_at FOR receipt_hash_len),
       substring($43::bytea FROM idempotency_hash_at FOR idempotency_hash_len),
       substring($43::bytea FROM idempotency_receipt_sealed_at FOR idempotency_receipt_sealed_len),
       data_key_id, received_at, language, incident_started_on, incident_ended_on, ongoing, province, city,
       institution, tactics::text[], communities::text[], channels::text[], impacts::text[],
       perpetrator_types::text[], suspected_state, reporter_kind, anonymous, risk, risk_reasons::text[],
       consent_contact, consent_referral_police, consent_statistics, consent_updates, verified,
       substring($43::bytea FROM narrative_sealed_at FOR narrative_sealed_len),
       substring($43::bytea FROM details_sealed_at FOR details_sealed_len),
       substring($43::bytea FROM identity_sealed_at FOR identity_sealed_len), synthetic, indexed_at
     FROM r`,
    [
      column((r) => r.id),
      column((r) => r.caseId),
      column((r) => r.reference),
      column((r) => r.dataKeyId),
      column((r) => r.receivedAt),
      column((r) => r.language),
      column((r) => r.incidentStartedOn),
      column((r) => r.incidentEndedOn),
      column((r) => r.ongoing),
      column((r) => r.province),
      column((r) => r.city),
      column((r) => r.institution),
      column((r) => arrayLiteral(r.tactics)),
      column((r) => arrayLiteral(r.communities)),
      column((r) => arrayLiteral(r.channels)),
      column((r) => arrayLiteral(r.impacts)),
      column((r) => arrayLiteral(r.perpetratorTypes)),
      column((r) => r.suspectedState),
      column((r) => r.reporterKind),
      column((r) => r.anonymous),
      column((r) => r.risk),
      column((r) => arrayLiteral(r.riskReasons)),
      column((r) => r.consentContact),
      column((r) => r.consentReferralPolice),
      column((r) => r.consentStatistics),
      column((r) => r.consentUpdates),
      column((r) => r.verified),
      rows.map(({ dataKey }) => dataKey?.kekId ?? null),
      ...packed.column(column((r) => r.receiptHash)),
      ...packed.column(column((r) => r.idempotencyHash)),
      ...packed.column(column((r) => r.idempotencyReceiptSealed)),
      ...packed.column(column((r) => r.narrativeSealed)),
      ...packed.column(column((r) => r.detailsSealed)),
      ...packed.column(column((r) => r.identitySealed)),
      // A data key shared by several reports (a bulk load) is written with the first of them only.
      ...packed.column(keysOnce(rows)),
      packed.bytes(),
      column((r) => r.synthetic ?? false),
      rows.map((w) => {
        const c = caseOf(w);
        return c === 'existing' ? null : c.status;
      }),
      rows.map((w) => {
        const c = caseOf(w);
        return c === 'existing' ? false : c.spam;
      }),
      column((r) => r.indexedAt ?? null),
      rows.map((w) => {
        const c = caseOf(w);
        return c !== 'existing' && c.held === true;
      }),
    ],
    { prepared: 'insert_reports' },
  );
}

/** Each row's wrapped data key, given once per key (a key shared by a bulk batch is written once). */
function keysOnce(rows: readonly ReportToWrite[]): (Buffer | null)[] {
  const seen = new Set<string>();
  return rows.map(({ report, dataKey }) => {
    if (!dataKey || seen.has(report.dataKeyId)) return null;
    seen.add(report.dataKeyId);
    return dataKey.wrapped;
  });
}

/** Reports written together during a flood (the runtime's group writer). */
export const REPORT_GROUP: GroupStatement<ReportToWrite> = { write: insertReports };

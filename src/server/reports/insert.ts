import type { Queryable } from '../platform/db/db.ts';
import type { GroupStatement } from '../platform/db/group-writer.ts';
import type { NewCaseRow, NewReportRow, ReportToWrite } from './row.ts';

/**
 * The statement's parameters are PostgreSQL array literals, one string per column, built here. Given arrays,
 * node-postgres escapes every element itself (and formats every time in the local zone): 0.2–0.5 s of the
 * main thread for a bulk batch of 5,000 reports, several times what this takes.
 */
function literal<T>(values: readonly (T | null | undefined)[], element: (v: T) => string): string {
  // Joined, not appended: one flat string, where += leaves a rope of thousands of pieces to flatten later.
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? 'NULL' : element(v);
  }
  return `{${parts.join(',')}}`;
}
/** Every text quoted: an empty string, "NULL", braces or commas stay what they are. */
const quote = (v: string) => (/[\\"]/.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`);
const texts = (values: readonly (string | null)[]) => literal(values, quote);
const plain = (values: readonly (number | boolean | null)[]) =>
  literal(values, (v) => (typeof v === 'boolean' ? (v ? 't' : 'f') : String(v)));
const times = (values: readonly (Date | null)[]) => literal(values, (d) => d.toISOString());
/** A text[] column of a row (tactics and the like), itself an element of the column's text[] parameter. */
const arrayLiteral = (values: readonly string[]) => literal(values, quote);

/**
 * The binary values of a group, sent as one bytea parameter and cut out again in SQL with substring().
 * node-postgres sends a Buffer as it is, but an array of Buffers as hex text: twice the bytes (a group of 32
 * reports was ~160 KB), encoded on the server's main thread and decoded again by PostgreSQL.
 */
class PackedBytes {
  readonly #parts: Buffer[] = [];
  #length = 0;

  /** One column's values: their 1-based starts and lengths in the packed bytes (NULL for a NULL value). */
  column(values: readonly (Buffer | null)[]): [string, string] {
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
    return [plain(starts), plain(lengths)];
  }

  bytes(): Buffer {
    return Buffer.concat(this.#parts, this.#length);
  }
}

/**
 * Reports, their cases and data keys in one statement — atomic by itself (no BEGIN and COMMIT round trips),
 * all written or none: one report alone, a group during a flood (REPORT_GROUP below), or a bulk batch
 * (demo/bulk-batch.ts). Rows travel as parallel arrays; the array columns (tactics and the like) travel as
 * array literals inside them, since PostgreSQL has no arrays of arrays of different lengths; the binary
 * columns travel packed in one parameter ($43), each as a start and a length (the place's start is $11
 * and its length $49: the clear city they replaced had $11).
 */
export async function insertReports(q: Queryable, rows: readonly ReportToWrite[]): Promise<void> {
  const column = <T>(pick: (r: NewReportRow) => T) => rows.map(({ report }) => pick(report));
  const caseOf = (w: ReportToWrite): NewCaseRow => w.case ?? { status: 'new', spam: false };
  const packed = new PackedBytes();
  const [placeAt, placeLen] = packed.column(column((r) => r.placeSealed));
  await q.query(
    `WITH r AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::text[],
         $7::date[], $8::date[], $9::bool[], $10::text[], $11::int[], $12::text[], $13::text[], $14::text[],
         $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::bool[], $21::text[], $22::text[],
         $23::bool[], $24::bool[], $25::bool[], $26::bool[], $27::bool[], $28::text[],
         $29::int[], $30::int[], $31::int[], $32::int[], $33::int[], $34::int[], $35::int[], $36::int[],
         $37::int[], $38::int[], $39::int[], $40::int[], $41::int[], $42::int[],
         $44::bool[], $45::text[], $46::bool[], $47::timestamptz[], $48::bool[], $49::int[])
         AS r(id, case_id, reference, data_key_id, received_at, language, incident_started_on, incident_ended_on,
           ongoing, province, place_sealed_at, institution, tactics, communities, channels, impacts, perpetrator_types,
           suspected_state, reporter_kind, anonymous, risk, risk_reasons, consent_contact, consent_referral_police,
           consent_statistics, consent_updates, verified, kek_id,
           receipt_hash_at, receipt_hash_len, idempotency_hash_at, idempotency_hash_len,
           idempotency_receipt_sealed_at, idempotency_receipt_sealed_len, narrative_sealed_at, narrative_sealed_len,
           details_sealed_at, details_sealed_len, identity_sealed_at, identity_sealed_len, wrapped_at, wrapped_len,
           synthetic, case_status, case_spam, indexed_at, case_held, place_sealed_len)
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
       data_key_id, received_at, language, incident_started_on, incident_ended_on, ongoing, province,
       institution, tactics, communities, channels, impacts, perpetrator_types, suspected_state, reporter_kind,
       anonymous, risk, risk_reasons, consent_contact, consent_referral_police, consent_statistics,
       consent_updates, verified, narrative_sealed, details_sealed, identity_sealed, place_sealed, synthetic,
       indexed_at)
     SELECT id, case_id, reference,
       substring($43::bytea FROM receipt_hash_at FOR receipt_hash_len),
       substring($43::bytea FROM idempotency_hash_at FOR idempotency_hash_len),
       substring($43::bytea FROM idempotency_receipt_sealed_at FOR idempotency_receipt_sealed_len),
       data_key_id, received_at, language, incident_started_on, incident_ended_on, ongoing, province,
       institution, tactics::text[], communities::text[], channels::text[], impacts::text[],
       perpetrator_types::text[], suspected_state, reporter_kind, anonymous, risk, risk_reasons::text[],
       consent_contact, consent_referral_police, consent_statistics, consent_updates, verified,
       substring($43::bytea FROM narrative_sealed_at FOR narrative_sealed_len),
       substring($43::bytea FROM details_sealed_at FOR details_sealed_len),
       substring($43::bytea FROM identity_sealed_at FOR identity_sealed_len),
       substring($43::bytea FROM place_sealed_at FOR place_sealed_len), synthetic, indexed_at
     FROM r`,
    [
      texts(column((r) => r.id)),
      texts(column((r) => r.caseId)),
      texts(column((r) => r.reference)),
      texts(column((r) => r.dataKeyId)),
      times(column((r) => r.receivedAt)),
      texts(column((r) => r.language)),
      texts(column((r) => r.incidentStartedOn)),
      texts(column((r) => r.incidentEndedOn)),
      plain(column((r) => r.ongoing)),
      texts(column((r) => r.province)),
      placeAt,
      texts(column((r) => r.institution)),
      texts(column((r) => arrayLiteral(r.tactics))),
      texts(column((r) => arrayLiteral(r.communities))),
      texts(column((r) => arrayLiteral(r.channels))),
      texts(column((r) => arrayLiteral(r.impacts))),
      texts(column((r) => arrayLiteral(r.perpetratorTypes))),
      texts(column((r) => r.suspectedState)),
      texts(column((r) => r.reporterKind)),
      plain(column((r) => r.anonymous)),
      texts(column((r) => r.risk)),
      texts(column((r) => arrayLiteral(r.riskReasons))),
      plain(column((r) => r.consentContact)),
      plain(column((r) => r.consentReferralPolice)),
      plain(column((r) => r.consentStatistics)),
      plain(column((r) => r.consentUpdates)),
      plain(column((r) => r.verified)),
      texts(rows.map(({ dataKey }) => dataKey?.kekId ?? null)),
      ...packed.column(column((r) => r.receiptHash)),
      ...packed.column(column((r) => r.idempotencyHash)),
      ...packed.column(column((r) => r.idempotencyReceiptSealed)),
      ...packed.column(column((r) => r.narrativeSealed)),
      ...packed.column(column((r) => r.detailsSealed)),
      ...packed.column(column((r) => r.identitySealed)),
      // A data key shared by several reports (a bulk load) is written with the first of them only.
      ...packed.column(keysOnce(rows)),
      packed.bytes(),
      plain(column((r) => r.synthetic ?? false)),
      texts(
        rows.map((w) => {
          const c = caseOf(w);
          return c === 'existing' ? null : c.status;
        }),
      ),
      plain(
        rows.map((w) => {
          const c = caseOf(w);
          return c === 'existing' ? false : c.spam;
        }),
      ),
      times(column((r) => r.indexedAt ?? null)),
      plain(
        rows.map((w) => {
          const c = caseOf(w);
          return c !== 'existing' && c.held === true;
        }),
      ),
      placeLen,
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

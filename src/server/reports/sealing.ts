import type { Perpetrator, ReportInput } from '../../shared/contracts/report.ts';
import type { SealingKey, Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * The one codec of a report's sealed content. Where each sealed value belongs is its additional
 * authenticated data — a ciphertext copied to another column or report fails to open — and these labels
 * are defined here only: intake, the bulk loader and test factories seal with them; the indexer, case
 * work, referrals and exports open with them.
 */
export const REPORT_AAD = {
  narrative: (reportId: string) => `report.narrative:${reportId}`,
  details: (reportId: string) => `report.details:${reportId}`,
  identity: (reportId: string) => `report.identity:${reportId}`,
  place: (reportId: string) => `report.place:${reportId}`,
} as const;

/**
 * Where it happened, in the reporter's words: the city, and the name of an institution that is not on the
 * list (the report's `institution` is then `other`). Fingerprints of a person in a small community, so
 * sealed like the narrative; the province and an institution's code stay in clear for statistics.
 */
export type ReportPlace = { city: string | null; institutionOther: string | null };

/** What a report's sealed details hold: the perpetrators as the reporter described them. */
export type ReportDetails = { perpetrators: Perpetrator[] };

type Opener = Pick<Vault, 'openText'>;

/** The plaintext of a report's sealed columns, before sealing. */
export type ReportContent = {
  narrative: string;
  perpetrators: readonly Perpetrator[];
  /** The reporter's identity as sealed (identityPlaintext), or null when anonymous. */
  identity: string | null;
  /** The city and an unlisted institution's name; nothing is sealed when neither was given. */
  place: ReportPlace | null;
};

export type SealedReportContent = {
  narrativeSealed: Buffer;
  detailsSealed: Buffer | null;
  identitySealed: Buffer | null;
  placeSealed: Buffer | null;
};

/**
 * The plaintext sealed as a report's identity: what the case view's reveal opens. Null for an anonymous
 * report, which stores no identity at all.
 */
export function identityPlaintext(reporter: ReportInput['reporter']): string | null {
  if (reporter.anonymous) return null;
  return JSON.stringify({
    name: reporter.name ?? null,
    email: reporter.email ?? null,
    phone: reporter.phone ?? null,
    preferredLanguage: reporter.preferredLanguage ?? null,
    safeToContact: reporter.safeToContact ?? null,
  });
}

export function sealReportContent(
  vault: Pick<Vault, 'seal'>,
  dataKey: SealingKey,
  reportId: string,
  content: ReportContent,
): SealedReportContent {
  return {
    narrativeSealed: vault.seal(dataKey, content.narrative, REPORT_AAD.narrative(reportId)),
    detailsSealed:
      content.perpetrators.length > 0
        ? vault.seal(
            dataKey,
            JSON.stringify({ perpetrators: content.perpetrators }),
            REPORT_AAD.details(reportId),
          )
        : null,
    identitySealed:
      content.identity === null ? null : vault.seal(dataKey, content.identity, REPORT_AAD.identity(reportId)),
    placeSealed: sealPlace(vault, dataKey, reportId, content.place),
  };
}

/** The sealed content of what a reporter sent: one way for intake, test factories and the bulk loader. */
export function sealReportInput(
  vault: Pick<Vault, 'seal'>,
  dataKey: SealingKey,
  reportId: string,
  input: ReportInput,
): SealedReportContent {
  return sealReportContent(vault, dataKey, reportId, {
    narrative: input.narrative,
    perpetrators: input.perpetrators,
    identity: identityPlaintext(input.reporter),
    place: placeOf(input),
  });
}

/** What a report's place seals: the city and the name of an institution not on the list. */
export const placeOf = (input: Pick<ReportInput, 'incident'>): ReportPlace => ({
  city: input.incident.city || null,
  institutionOther: input.incident.institutionOther || null,
});

/** The place sealed under the report's data key, or null when there is nothing to seal. */
export function sealPlace(
  vault: Pick<Vault, 'seal'>,
  dataKey: SealingKey,
  reportId: string,
  place: ReportPlace | null,
): Buffer | null {
  if (!place || (!place.city && !place.institutionOther)) return null;
  const plain: ReportPlace = { city: place.city || null, institutionOther: place.institutionOther || null };
  return vault.seal(dataKey, JSON.stringify(plain), REPORT_AAD.place(reportId));
}

/** A report's place as the reporter gave it (a report without one: both null). */
export async function openPlace(
  vault: Opener,
  q: Queryable,
  reportId: string,
  sealed: unknown,
): Promise<ReportPlace> {
  if (!sealed) return { city: null, institutionOther: null };
  const json = JSON.parse(await vault.openText(q, sealed, REPORT_AAD.place(reportId))) as Record<
    string,
    unknown
  >;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return { city: text(json.city), institutionOther: text(json.institutionOther) };
}

export const openNarrative = (vault: Opener, q: Queryable, reportId: string, sealed: unknown) =>
  vault.openText(q, sealed, REPORT_AAD.narrative(reportId));

/** The reporter's identity JSON (identityPlaintext), or null for an anonymous report. */
export const openIdentity = async (vault: Opener, q: Queryable, reportId: string, sealed: unknown) =>
  sealed ? vault.openText(q, sealed, REPORT_AAD.identity(reportId)) : null;

/**
 * A report's perpetrators, read leniently: what older versions wrote (a top-level `indicators` list) and
 * anything malformed yields what can be read, never an exception.
 */
export async function openDetails(
  vault: Opener,
  q: Queryable,
  reportId: string,
  sealed: unknown,
): Promise<ReportDetails> {
  if (!sealed) return { perpetrators: [] };
  return readDetails(JSON.parse(await vault.openText(q, sealed, REPORT_AAD.details(reportId))));
}

export function readDetails(json: unknown): ReportDetails {
  const out: ReportDetails = { perpetrators: [] };
  if (!json || typeof json !== 'object') return out;
  const d = json as { perpetrators?: unknown; indicators?: unknown };
  const indicatorsOf = (list: unknown): Perpetrator['indicators'] => {
    if (!Array.isArray(list)) return [];
    const found: Perpetrator['indicators'] = [];
    for (const i of list) {
      if (!i || typeof i !== 'object') continue;
      const { kind, platform, value } = i as { kind?: unknown; platform?: unknown; value?: unknown };
      if (typeof kind === 'string' && typeof value === 'string') {
        found.push({
          kind,
          value,
          ...(typeof platform === 'string' ? { platform } : {}),
        } as Perpetrator['indicators'][number]);
      }
    }
    return found;
  };
  if (Array.isArray(d.perpetrators)) {
    for (const p of d.perpetrators) {
      if (!p || typeof p !== 'object') continue;
      const { description, organisation, type, attributionConfidence, indicators } = p as Record<
        string,
        unknown
      >;
      out.perpetrators.push({
        ...(typeof description === 'string' && description.trim() ? { description } : {}),
        ...(typeof organisation === 'string' && organisation.trim() ? { organisation } : {}),
        ...(typeof type === 'string' ? { type } : {}),
        ...(typeof attributionConfidence === 'string' ? { attributionConfidence } : {}),
        indicators: indicatorsOf(indicators),
      } as Perpetrator);
    }
  }
  const loose = indicatorsOf(d.indicators);
  if (loose.length > 0) out.perpetrators.push({ indicators: loose });
  return out;
}

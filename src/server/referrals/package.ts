import { createHash } from 'node:crypto';
import type { ManifestEntry, ReferralPackage } from '../../shared/contracts/referrals.ts';
import { t } from '../../shared/i18n/translate.ts';
import { institutionBilingualName } from '../../shared/institutions.ts';
import { detailsView } from '../cases/presenter.ts';
import { openDigests } from '../evidence/sealing.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { openDetails, openIdentity, openNarrative, openPlace } from '../reports/sealing.ts';
import type { ConsentKind } from './policy.ts';
import type {
  CaseEventRow,
  CaseForReferral,
  PackageEvidenceRow,
  PackageReportRow,
  ReferralRow,
} from './repo.ts';

/**
 * The referral package: what the partner receives, built once when the referral is sent, serialised as
 * canonical JSON (object keys sorted, no whitespace) so that its SHA-256 — recorded on the referral —
 * can be checked by anyone holding the bytes. The PDF is rendered from these same bytes.
 */

export const PACKAGE_FORMAT = 'focalpoint.referral-package/1' as const;

const HEADINGS = [
  'title',
  'referral',
  'case',
  'report',
  'narrative',
  'classification',
  'perpetrators',
  'identifiers',
  'contact',
  'noContact',
  'timeline',
  'manifest',
  'manifestNote',
  'packageHash',
  'nonLatin',
  'none',
] as const;
export type Heading = (typeof HEADINGS)[number];

export function bilingualHeadings(): Record<Heading, { en: string; fr: string }> {
  const out = {} as Record<Heading, { en: string; fr: string }>;
  for (const h of HEADINGS) {
    const key = `referrals.package.${h}` as const;
    out[h] = { en: t('en', key), fr: t('fr', key) };
  }
  return out;
}

/** JSON with object keys in code-point order at every depth: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

export const sha256Hex = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/**
 * The chain-of-custody manifest: every file with the real SHA-256 of its original as uploaded (and of
 * its sanitised copy), opened from their seals (evidence/sealing.ts), so a partner can check the bytes.
 */
export async function manifestEntries(
  q: Queryable,
  vault: Pick<Vault, 'open'>,
  rows: readonly PackageEvidenceRow[],
): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const e of rows) {
    const { sha256Original, sha256Sanitised } = await openDigests(q, vault, e);
    entries.push({
      fileId: e.id,
      reportReference: e.report_reference,
      sha256Original,
      sizeBytes: Number(e.size_bytes),
      mediaType: e.media_type,
      receivedAt: iso(e.received_at),
      sha256Sanitised,
    });
  }
  return entries;
}

type Identity = {
  name?: unknown;
  email?: unknown;
  phone?: unknown;
  preferredLanguage?: unknown;
  safeToContact?: unknown;
};
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** The timeline as codes and dates: the case's own events (never their sealed reasons) and the reports. */
function timelineOf(kase: CaseForReferral, reports: PackageReportRow[], events: CaseEventRow[]) {
  const lines: { at: string; event: string }[] = [];
  for (const r of reports) {
    if (r.incident_started_on)
      lines.push({ at: r.incident_started_on, event: `incident_started ${r.reference}` });
    lines.push({ at: iso(r.received_at), event: `report_received ${r.reference}` });
  }
  lines.push({ at: iso(kase.opened_at), event: 'case_opened' });
  for (const e of events) {
    const data = Object.entries(e.data ?? {})
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(' ');
    lines.push({ at: iso(e.at), event: data ? `${e.kind} ${data}` : e.kind });
  }
  return lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export type PackageInput = {
  referral: Pick<
    ReferralRow,
    'id' | 'created_at' | 'basis' | 'partner_org_id' | 'org_name' | 'org_kind' | 'org_jurisdiction'
  >;
  consentReliedOn: ConsentKind | null;
  purpose: string;
  note: string;
  sentAt: Date;
  from: string;
  kase: CaseForReferral;
  reports: PackageReportRow[];
  evidence: PackageEvidenceRow[];
  events: CaseEventRow[];
};

/**
 * Opens what the package carries (narratives, identifiers, and contact details only of reporters who
 * agreed to be contacted) and assembles it. Returns the package, its canonical bytes and their hash.
 */
export async function buildPackage(
  q: Queryable,
  vault: Vault,
  input: PackageInput,
): Promise<{ pkg: ReferralPackage; bytes: Buffer; sha256: string; contactIncluded: boolean }> {
  let contactIncluded = false;
  const reports: ReferralPackage['reports'] = [];
  for (const r of input.reports) {
    const narrative = await openNarrative(vault, q, r.id, r.narrative_sealed);
    const details = detailsView(await openDetails(vault, q, r.id, r.details_sealed));
    const place = await openPlace(vault, q, r.id, r.place_sealed);
    let contact: ReferralPackage['reports'][number]['contact'] = null;
    // Opened only for a reporter who agreed to be contacted.
    const opened =
      r.consent_contact && !r.anonymous ? await openIdentity(vault, q, r.id, r.identity_sealed) : null;
    if (opened !== null) {
      const identity = JSON.parse(opened) as Identity;
      contact = {
        name: str(identity.name),
        email: str(identity.email),
        phone: str(identity.phone),
        preferredLanguage: str(identity.preferredLanguage),
        safeToContact: str(identity.safeToContact),
      };
      contactIncluded = true;
    }
    reports.push({
      reference: r.reference,
      receivedAt: iso(r.received_at),
      language: r.language,
      narrative,
      classification: {
        incidentStartedOn: r.incident_started_on,
        incidentEndedOn: r.incident_ended_on,
        ongoing: r.ongoing,
        province: r.province,
        city: place.city,
        // Named for the partner: the list's name, or the one the reporter typed for an unlisted institution.
        institution: place.institutionOther ?? (r.institution && institutionBilingualName(r.institution)),
        tactics: r.tactics,
        communities: r.communities,
        channels: r.channels,
        impacts: r.impacts,
        perpetratorTypes: r.perpetrator_types,
        suspectedState: r.suspected_state,
        reporterKind: r.reporter_kind,
        risk: r.risk,
      },
      perpetrators: details.perpetratorDescriptions.map((description) => ({ description })),
      identifiers: details.identifiers.map((i) => ({ kind: i.kind, platform: i.platform, value: i.value })),
      contact,
    });
  }
  const pkg: ReferralPackage = {
    format: PACKAGE_FORMAT,
    headings: bilingualHeadings(),
    referral: {
      id: input.referral.id,
      createdAt: iso(input.referral.created_at),
      sentAt: iso(input.sentAt),
      basis: input.referral.basis,
      consentReliedOn: input.consentReliedOn,
      purpose: input.purpose,
      note: input.note,
      partner: {
        id: input.referral.partner_org_id,
        name: input.referral.org_name,
        kind: input.referral.org_kind,
        jurisdiction: input.referral.org_jurisdiction,
      },
      from: input.from,
    },
    case: {
      reference: input.kase.reference,
      status: input.kase.status,
      risk: input.kase.risk,
      openedAt: iso(input.kase.opened_at),
    },
    reports,
    timeline: timelineOf(input.kase, input.reports, input.events),
    evidenceManifest: await manifestEntries(q, vault, input.evidence),
  };
  const bytes = Buffer.from(canonicalJson(pkg), 'utf8');
  return { pkg, bytes, sha256: sha256Hex(bytes), contactIncluded };
}

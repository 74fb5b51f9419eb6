import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { type MessageKey, t } from '../../shared/i18n/translate.ts';
import type { Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';
import { listTaxonomy, type TaxonomyTerm, termLabel } from '../taxonomy/repo.ts';

/**
 * What the referral PDF says, in the partner's language: the JSON package keeps codes and ISO times (it
 * is the exact record whose hash is kept); the PDF turns each into words — taxonomy names as the
 * taxonomy names them now, dates in the reader's language, events as sentences — and leaves out
 * internal ids. Hashes stay: they are what a partner checks.
 */
export type PackageWords = {
  locale: StaffLocale;
  text: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A taxonomy term's name; a code no longer in the taxonomy is shown as it is. */
  term: (vocabulary: Vocabulary, code: string) => string;
  /** The catalog's words for `prefix.code` (a status, a risk, a partner kind…), or the code itself. */
  label: (prefix: string, code: string | null) => string | null;
  terms: (vocabulary: Vocabulary, codes: readonly string[]) => string | null;
  /** `2 November 2026, 10:00 UTC` / `2 novembre 2026, 10 h 00 UTC`; a bare date stays a date. */
  when: (iso: string | null) => string | null;
  language: (code: string | null) => string | null;
  province: (code: string | null) => string | null;
  sentence: (event: string) => string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the taxonomy (retired terms too: an old package may name them) and words it for `locale`. */
export async function packageWords(q: Queryable, locale: StaffLocale): Promise<PackageWords> {
  return wordsFor(locale, await listTaxonomy(q, { includeInactive: true }));
}

/** The PDF's vocabulary for `locale`, naming codes as these taxonomy terms do. */
export function wordsFor(locale: StaffLocale, taxonomy: readonly TaxonomyTerm[]): PackageWords {
  const labels = new Map<string, string>();
  for (const term of taxonomy) {
    labels.set(`${term.vocabulary}:${term.code}`, termLabel(term, locale));
  }
  const text: PackageWords['text'] = (key, params) => t(locale, key, params);
  const known = (key: string): key is MessageKey => t('en', key as MessageKey) !== key;
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const term: PackageWords['term'] = (vocabulary, code) => labels.get(`${vocabulary}:${code}`) ?? code;
  const label = (prefix: string, code: string | null) => {
    if (code === null) return null;
    const key = `${prefix}.${code}`;
    return known(key) ? text(key) : code;
  };
  const status = (code: string | undefined) => label('console.status', code ?? '') ?? '';
  const risk = (code: string | undefined) => label('console.risk', code ?? '') ?? '';
  const when: PackageWords['when'] = (iso) => {
    if (!iso) return null;
    if (DATE_ONLY.test(iso)) return dateOnly.format(new Date(`${iso}T00:00:00Z`));
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : `${dateTime.format(d)} UTC`;
  };

  /** The package's timeline lines are `kind` then a report reference or `key=value` pairs (package.ts). */
  const sentence = (event: string): string => {
    const [kind = '', ...rest] = event.split(' ');
    const data = Object.fromEntries(
      rest.filter((p) => p.includes('=')).map((p) => p.split('=', 2) as [string, string]),
    );
    const reference = rest.find((p) => !p.includes('=')) ?? '';
    switch (kind) {
      case 'incident_started':
        return text('referrals.pdf.event.incidentStarted', { report: reference });
      case 'report_received':
        return text('console.timeline.report_received', { report: reference });
      case 'case_opened':
        return text('referrals.pdf.event.caseOpened');
      case 'status_changed':
        return text('console.timeline.status_changed', { from: status(data.from), to: status(data.to) });
      case 'risk_changed':
        return text('console.timeline.risk_changed', { from: risk(data.from), to: risk(data.to) });
      case 'referred': {
        const partner = label('referrals.news.partner', data.partnerKind ?? 'other');
        return text('referrals.pdf.event.referred', { partner: partner ?? '' });
      }
      case 'merged_into':
      case 'merged_from':
        return text(`console.timeline.${kind}`, {
          reference: Object.values(data).find((v) => !UUID.test(v)) ?? '',
        });
      default: {
        const key = `console.timeline.${kind}`;
        return known(key) ? text(key, { report: reference }) : text('referrals.pdf.event.other');
      }
    }
  };

  return {
    locale,
    text,
    term,
    label,
    terms: (vocabulary, codes) => (codes.length ? codes.map((c) => term(vocabulary, c)).join(', ') : null),
    when,
    language: (code) => (code ? languages.of(code) || code : null),
    province: (code) => label('taxonomy.province', code),
    sentence,
  };
}

import type { Locale } from './locales.ts';

/**
 * Which translations a native speaker has reviewed: the status file of the review workflow described in
 * docs/translations.md. A locale that is not `reviewed` shows a small notice on every public page, in its
 * own language (`public.translationNotice`), until a reviewer from the community signs it off here.
 *
 * A review covers every public string of the locale: src/shared/i18n/catalogs/public/<locale>.ts and the
 * locale's entries in errors.ts, intake.ts, stats.ts, taxonomy.ts and referrals.ts (`referrals.news.*`).
 */
export type TranslationReview =
  | {
      status: 'reviewed';
      /** Who reviewed (a name or a community organisation, as they wish to be credited). */
      reviewer: string;
      /** When the review was completed, YYYY-MM-DD. */
      date: string;
      notes: string;
    }
  | { status: 'machine-assisted'; notes: string };

export const TRANSLATION_REVIEW: Record<Locale, TranslationReview> = {
  en: {
    status: 'reviewed',
    reviewer: 'FocalPoint team',
    date: '2026-11-22',
    notes: 'The source text: plain language, checked against DESIGN.md.',
  },
  fr: {
    status: 'reviewed',
    reviewer: 'FocalPoint team',
    date: '2026-11-22',
    notes: 'Canadian French; checked by French-speaking staff.',
  },
  'zh-Hans': {
    status: 'machine-assisted',
    notes: 'Careful plain-language translation; needs a native reader from the community.',
  },
  'zh-Hant': {
    status: 'machine-assisted',
    notes: 'Careful plain-language translation; needs a native reader from the community.',
  },
  bo: {
    status: 'machine-assisted',
    notes: 'Tibetan: check the terms for receipt (ལག་ཁྱེར) and report (སྙན་ཞུ) first.',
  },
  ug: {
    status: 'machine-assisted',
    notes: 'Uyghur (Arabic script): check the terms for receipt (تالون) and report (دوكلات) first.',
  },
  ru: {
    status: 'machine-assisted',
    notes: 'Russian: polite "вы" form throughout; check the term for receipt (квитанция).',
  },
  fa: {
    status: 'machine-assisted',
    notes: 'Persian: Persian yeh and kaf (ی ک), ZWNJ in compounds; check the term for receipt (رسید).',
  },
  pa: {
    status: 'machine-assisted',
    notes: 'Punjabi in Gurmukhi: check the terms for report (ਰਿਪੋਰਟ) and receipt (ਰਸੀਦ).',
  },
  ar: {
    status: 'machine-assisted',
    notes: 'Modern Standard Arabic: check the terms for receipt (إيصال) and report (بلاغ).',
  },
};

export const isReviewed = (locale: Locale): boolean => TRANSLATION_REVIEW[locale].status === 'reviewed';

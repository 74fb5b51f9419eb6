import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReferralPackage } from '../../shared/contracts/referrals.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import type { Heading } from './package.ts';
import type { PackageWords } from './pdf-words.ts';

/**
 * The package as a PDF, rendered from the same JSON whose hash the referral records. A package in Latin
 * script only is set in the built-in Helvetica. Otherwise one font family
 * (Noto Sans Hans, OFL, from @embedpdf/fonts-sc) covers Latin with French accents, Greek, Cyrillic and
 * Chinese (the GB2312 set; rarer characters show as blanks). Tibetan and Uyghur (Arabic script) need
 * shaping that no font shipped without install scripts provides here: such text is not drawn, and the
 * PDF says that it is given exactly in the JSON package.
 */

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')),
  '..',
  'fonts',
);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () => {
  fonts ??= {
    regular: readFileSync(path.join(fontDir, 'NotoSansHans-Regular.otf')),
    bold: readFileSync(path.join(fontDir, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
};

// Scripts the font draws correctly without complex shaping.
const DRAWABLE =
  /^[\s\u0020-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/u;

/** Whether every character of `text` is in a script this PDF can draw. */
export const drawable = (text: string) => DRAWABLE.test(text);

// The characters PDF's standard fonts encode (WinAnsi): Latin-1 and a little typographic punctuation.
const WIN_ANSI =
  /^[\s\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]*$/u;
export const winAnsiOnly = (text: string) => WIN_ANSI.test(text);

// A CJK font draws typographic quotes full-width; in Latin text they read as a gap. The JSON keeps them.
const latinQuotes = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/**
 * The package as a PDF in the partner's language (`words`, pdf-words.ts): every label, taxonomy name,
 * date and event in words; no internal ids. The exact record stays the JSON package and its hash.
 */
export async function renderPackagePdf(
  pkg: ReferralPackage,
  packageSha256: string,
  words: PackageWords,
): Promise<Buffer> {
  const { text, when } = words;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: words.locale,
    info: { Title: `${text('referrals.package.title')} ${pkg.case.reference}`, Creator: 'FocalPoint' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const latinOnly = winAnsiOnly(JSON.stringify(pkg));
  if (latinOnly) {
    // Latin-only packages (most) use the built-in Helvetica: no 8 MB font to parse, a much smaller file.
    doc.registerFont('body', 'Helvetica');
    doc.registerFont('bold', 'Helvetica-Bold');
  } else {
    const { regular, bold } = loadFonts();
    doc.registerFont('body', regular);
    doc.registerFont('bold', bold);
  }

  // Intl's French uses narrow no-break spaces, which the standard fonts do not encode.
  const clean = (s: string) => {
    const spaced = s.replace(/\u202f/g, '\u00a0');
    return latinOnly ? spaced : latinQuotes(spaced);
  };
  let skipped = false;
  const heading = (key: Heading, size = 13) => {
    doc
      .moveDown(0.6)
      .font('bold')
      .fontSize(size)
      .text(clean(text(`referrals.package.${key}`)));
    doc.moveDown(0.2);
  };
  const line = (key: MessageKey | string, value: string | null | undefined, labelled = false) => {
    const label = labelled ? key : text(key as MessageKey);
    const v = value || text('referrals.package.none');
    doc
      .font('bold')
      .fontSize(9.5)
      .text(`${clean(label)}: `, { continued: true });
    if (drawable(v)) doc.font('body').text(clean(v));
    else {
      skipped = true;
      doc.font('body').text(`[${clean(text('referrals.package.nonLatin'))}]`);
    }
  };
  const para = (value: string) => {
    doc.font('body').fontSize(10);
    if (drawable(value)) doc.text(clean(value));
    else {
      skipped = true;
      doc.text(`[${clean(text('referrals.package.nonLatin'))}]`);
    }
  };
  const yesNo = (b: boolean) => text(b ? 'referrals.pdf.yes' : 'referrals.pdf.no');
  const size = new Intl.NumberFormat(words.locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  });

  doc
    .font('bold')
    .fontSize(18)
    .text(clean(`${text('referrals.package.title')} ${pkg.case.reference}`));
  doc
    .font('body')
    .fontSize(10)
    .text(clean(text('referrals.pdf.sentOn', { date: when(pkg.referral.sentAt) ?? '' })));

  const { referral: ref, case: kase } = pkg;
  heading('referral');
  line('referrals.pdf.partner', ref.partner.name);
  line('referrals.pdf.partnerKind', words.label('dashboards.partnerKind', ref.partner.kind));
  line(
    'referrals.pdf.jurisdiction',
    ref.partner.jurisdiction === 'national'
      ? text('referrals.pdf.national')
      : words.province(ref.partner.jurisdiction),
  );
  line('referrals.portal.basis', text(`referrals.basis.${ref.basis}`));
  if (ref.consentReliedOn)
    line('referrals.pdf.consent', text(`referrals.pdf.consent.${ref.consentReliedOn}`));
  line('referrals.portal.purpose', ref.purpose);
  if (ref.note) line('referrals.portal.note', ref.note);
  line('referrals.pdf.created', when(ref.createdAt));

  heading('case');
  line('referrals.pdf.reference', kase.reference);
  line('referrals.pdf.status', words.label('console.status', kase.status));
  line('referrals.pdf.risk', words.label('console.risk', kase.risk));
  line('referrals.pdf.opened', when(kase.openedAt));

  for (const r of pkg.reports) {
    heading('report', 14);
    line('referrals.pdf.reference', r.reference);
    line('referrals.pdf.received', when(r.receivedAt));
    line('referrals.pdf.language', words.language(r.language));
    heading('narrative', 11);
    para(r.narrative);
    heading('classification', 11);
    const c = r.classification;
    const started = when(c.incidentStartedOn);
    const ended = when(c.incidentEndedOn);
    line('referrals.pdf.incident', started && ended ? `${started} – ${ended}` : (started ?? ended));
    line('referrals.pdf.ongoing', yesNo(c.ongoing));
    line('referrals.pdf.place', [c.city, words.province(c.province)].filter(Boolean).join(', '));
    line('referrals.pdf.institution', c.institution);
    line('referrals.pdf.tactics', words.terms('tactic', c.tactics));
    line('referrals.pdf.communities', words.terms('community', c.communities));
    line('referrals.pdf.channels', words.terms('channel', c.channels));
    line('referrals.pdf.impacts', words.terms('impact', c.impacts));
    line('referrals.pdf.perpetratorTypes', words.terms('perpetrator_type', c.perpetratorTypes));
    line(
      'referrals.pdf.suspectedState',
      c.suspectedState ? words.term('origin_state', c.suspectedState) : null,
    );
    line('referrals.pdf.reporterKind', words.label('console.reporterKind', c.reporterKind));
    line('referrals.pdf.risk', words.label('console.risk', c.risk));
    if (r.perpetrators.length) {
      heading('perpetrators', 11);
      for (const p of r.perpetrators) para(`• ${p.description}`);
    }
    heading('identifiers', 11);
    if (r.identifiers.length === 0) para(text('referrals.package.none'));
    for (const i of r.identifiers) {
      const kind = words.label('indicators.kind', i.kind) ?? i.kind;
      const platform = words.label('taxonomy.platform', i.platform);
      line(platform ? `${kind} (${platform})` : kind, i.value, true);
    }
    heading('contact', 11);
    if (!r.contact) para(text('referrals.package.noContact'));
    else {
      line('console.identity.name', r.contact.name);
      line('console.identity.email', r.contact.email);
      line('console.identity.phone', r.contact.phone);
      line('console.identity.language', words.language(r.contact.preferredLanguage));
      line('console.identity.safeToContact', r.contact.safeToContact);
    }
  }

  heading('timeline');
  for (const e of pkg.timeline) para(`${when(e.at) ?? ''} — ${words.sentence(e.event)}`);

  heading('manifest');
  doc
    .font('body')
    .fontSize(9)
    .text(clean(text('referrals.package.manifestNote')));
  if (pkg.evidenceManifest.length === 0) para(text('referrals.package.none'));
  pkg.evidenceManifest.forEach((f, n) => {
    doc
      .moveDown(0.4)
      .font('bold')
      .fontSize(9.5)
      .text(clean(text('referrals.pdf.file', { n: n + 1, report: f.reportReference })));
    line('referrals.pdf.fileType', f.mediaType);
    line('referrals.pdf.size', size.format(f.sizeBytes / 1000));
    line('referrals.pdf.received', when(f.receivedAt));
    line('referrals.pdf.sha256Original', f.sha256Original);
    line('referrals.pdf.sha256Sanitised', f.sha256Sanitised ?? text('referrals.pdf.noSanitised'));
  });

  doc.moveDown(1);
  line('referrals.package.packageHash', packageSha256);
  if (skipped) {
    doc
      .moveDown(0.5)
      .font('bold')
      .fontSize(9.5)
      .text(clean(text('referrals.package.nonLatin')));
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

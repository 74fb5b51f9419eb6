import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReferralPackage } from '../../shared/contracts/referrals.ts';

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

export async function renderPackagePdf(pkg: ReferralPackage, packageSha256: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `${pkg.headings.title?.en ?? 'Referral package'} ${pkg.case.reference}`,
      Creator: 'FocalPoint',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  if (winAnsiOnly(JSON.stringify(pkg))) {
    // Latin-only packages (most) use the built-in Helvetica: no 8 MB font to parse, a much smaller file.
    doc.registerFont('body', 'Helvetica');
    doc.registerFont('bold', 'Helvetica-Bold');
  } else {
    const { regular, bold } = loadFonts();
    doc.registerFont('body', regular);
    doc.registerFont('bold', bold);
  }

  let skipped = false;
  const h = (key: string) => {
    const heading = pkg.headings[key];
    return latinQuotes(heading ? `${heading.en} / ${heading.fr}` : key);
  };
  const heading = (key: string, size = 13) => {
    doc.moveDown(0.6).font('bold').fontSize(size).text(h(key));
    doc.moveDown(0.2);
  };
  const line = (label: string, value: string | null | undefined) => {
    const v = value ?? '—';
    doc
      .font('bold')
      .fontSize(9.5)
      .text(`${latinQuotes(label)}: `, { continued: true });
    if (drawable(v)) doc.font('body').text(latinQuotes(v));
    else {
      skipped = true;
      doc.font('body').text(`[${h('nonLatin')}]`);
    }
  };
  const para = (value: string) => {
    if (drawable(value)) doc.font('body').fontSize(10).text(latinQuotes(value));
    else {
      skipped = true;
      doc
        .font('body')
        .fontSize(10)
        .text(`[${h('nonLatin')}]`);
    }
  };

  doc.font('bold').fontSize(18).text(h('title'));
  doc.font('body').fontSize(10).text(`${pkg.case.reference} · ${pkg.referral.sentAt}`);

  heading('referral');
  line('Partner / Partenaire', pkg.referral.partner.name);
  line('Kind / Type', pkg.referral.partner.kind);
  line('Jurisdiction / Ressort', pkg.referral.partner.jurisdiction);
  line('Basis / Fondement', pkg.referral.basis);
  line('Consent relied on / Consentement invoqué', pkg.referral.consentReliedOn);
  line('Purpose / Objet', pkg.referral.purpose);
  if (pkg.referral.note) line('Note', pkg.referral.note);
  line('Referral id / No de renvoi', pkg.referral.id);

  heading('case');
  line('Reference / Référence', pkg.case.reference);
  line('Status / Statut', pkg.case.status);
  line('Risk / Risque', pkg.case.risk);
  line('Opened / Ouvert', pkg.case.openedAt);

  for (const r of pkg.reports) {
    heading('report', 14);
    line('Reference / Référence', r.reference);
    line('Received / Reçu', r.receivedAt);
    line('Language / Langue', r.language);
    heading('narrative', 11);
    para(r.narrative);
    heading('classification', 11);
    const c = r.classification;
    line('Incident', [c.incidentStartedOn, c.incidentEndedOn].filter(Boolean).join(' – ') || null);
    line('Ongoing / En cours', c.ongoing ? 'yes / oui' : 'no / non');
    line('Place / Lieu', [c.city, c.province].filter(Boolean).join(', ') || null);
    line('Institution', c.institution);
    line('Tactics / Tactiques', c.tactics.join(', ') || null);
    line('Communities / Communautés', c.communities.join(', ') || null);
    line('Channels / Canaux', c.channels.join(', ') || null);
    line('Impacts', c.impacts.join(', ') || null);
    line('Perpetrator types / Types d’auteurs', c.perpetratorTypes.join(', ') || null);
    line('Suspected state / État soupçonné', c.suspectedState);
    line('Risk / Risque', c.risk);
    if (r.perpetrators.length) {
      heading('perpetrators', 11);
      for (const p of r.perpetrators) para(`• ${p.description}`);
    }
    heading('identifiers', 11);
    if (r.identifiers.length === 0) para(h('none'));
    for (const i of r.identifiers) line(i.platform ? `${i.kind} (${i.platform})` : i.kind, i.value);
    heading('contact', 11);
    if (!r.contact) para(h('noContact'));
    else {
      line('Name / Nom', r.contact.name);
      line('E-mail / Courriel', r.contact.email);
      line('Phone / Téléphone', r.contact.phone);
      line('Preferred language / Langue préférée', r.contact.preferredLanguage);
      line('Safe to contact / Contact sûr', r.contact.safeToContact);
    }
  }

  heading('timeline');
  for (const e of pkg.timeline) para(`${e.at}  ${e.event}`);

  heading('manifest');
  doc.font('body').fontSize(9).text(h('manifestNote'));
  if (pkg.evidenceManifest.length === 0) para(h('none'));
  pkg.evidenceManifest.forEach((f, n) => {
    doc
      .moveDown(0.4)
      .font('bold')
      .fontSize(9.5)
      .text(`${n + 1}. ${f.fileId} (${f.reportReference})`);
    line('Type', f.mediaType);
    line('Size / Taille', `${f.sizeBytes} bytes / octets`);
    line('Received / Reçu', f.receivedAt);
    line('SHA-256 original', f.sha256Original);
    line('SHA-256 sanitised / nettoyé', f.sha256Sanitised);
  });

  doc.moveDown(1);
  line(h('packageHash'), packageSha256);
  if (skipped) {
    doc.moveDown(0.5).font('bold').fontSize(9.5).text(h('nonLatin'));
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

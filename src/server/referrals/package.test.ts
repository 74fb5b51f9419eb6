import { describe, expect, it } from 'vitest';
import type { ReferralPackage } from '../../shared/contracts/referrals.ts';
import { bilingualHeadings, canonicalJson, PACKAGE_FORMAT, sha256Hex } from './package.ts';
import { drawable, renderPackagePdf, winAnsiOnly } from './pdf.ts';
import { wordsFor } from './pdf-words.ts';

describe('canonical JSON', () => {
  it('gives the same bytes (and hash) whatever the order keys were set in', () => {
    const a = canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: 'é' } });
    const b = canonicalJson({ a: { c: 'é', d: [{ x: 2, y: 1 }] }, b: 1 });
    expect(a).toBe(b);
    expect(a).toBe('{"a":{"c":"é","d":[{"x":2,"y":1}]},"b":1}');
    expect(sha256Hex(a)).toBe(sha256Hex(b));
  });
});

describe('the PDF', () => {
  it('draws Latin, French and Chinese, and sets aside Tibetan and Uyghur for the JSON', () => {
    expect(drawable('Sûreté du Québec — “menaces”')).toBe(true);
    expect(drawable('他们威胁我的家人。他們威脅我的家人。')).toBe(true);
    expect(drawable('ཁོ་ཚོས་ང་ལ་འཇིགས་སྐུལ་བྱས།')).toBe(false);
    expect(drawable('ئۇلار مېنى تەھدىت قىلدى')).toBe(false);
    // Latin-only packages take the built-in font; anything else the embedded one.
    expect(winAnsiOnly('Sûreté du Québec — “menaces” l’auteur… 25 €')).toBe(true);
    expect(winAnsiOnly('Łódź')).toBe(false);
    expect(winAnsiOnly('他们')).toBe(false);
  });

  it('renders a package in every script without failing', async () => {
    const pkg: ReferralPackage = {
      format: PACKAGE_FORMAT,
      headings: bilingualHeadings(),
      referral: {
        id: 'r1',
        createdAt: '2026-11-02T10:00:00.000Z',
        sentAt: '2026-11-02T10:00:00.000Z',
        basis: 'consent',
        consentReliedOn: 'referral_police',
        purpose: 'Identifier l’auteur',
        note: '',
        partner: { id: 'p', name: 'Sûreté du Québec', kind: 'police', jurisdiction: 'QC' },
        from: 'FocalPoint',
      },
      case: {
        reference: 'FP-ABCDEFG',
        status: 'referred',
        risk: 'high',
        openedAt: '2026-11-01T10:00:00.000Z',
      },
      reports: ['他们威胁我的家人', 'ཁོ་ཚོས་ང་ལ་འཇིགས་སྐུལ་བྱས།', 'ئۇلار مېنى تەھدىت قىلدى'].map((narrative) => ({
        reference: 'FP-ABCDEFG',
        receivedAt: '2026-11-01T10:00:00.000Z',
        language: 'en',
        narrative,
        classification: {
          incidentStartedOn: null,
          incidentEndedOn: null,
          ongoing: false,
          province: 'QC',
          city: null,
          institution: null,
          tactics: ['death_threat'],
          communities: [],
          channels: [],
          impacts: [],
          perpetratorTypes: [],
          suspectedState: null,
          reporterKind: 'self',
          risk: 'high',
        },
        perpetrators: [],
        identifiers: [],
        contact: null,
      })),
      timeline: [],
      evidenceManifest: [],
    };
    const pdf = await renderPackagePdf(pkg, 'a'.repeat(64), wordsFor('en', []));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  });
});

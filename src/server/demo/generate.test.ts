import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contracts/report.ts';
import { isInstitutionCode } from '../../shared/institutions.ts';
import { generateReports } from './generate.ts';

describe('synthetic report generator', () => {
  const reports = [...generateReports({ count: 400, seed: 7, to: new Date('2026-10-31T00:00:00Z') })];

  it('makes reports that the intake contract accepts, every one marked synthetic', () => {
    for (const r of reports) {
      const parsed = ReportInput.safeParse(r.input);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(r.input.narrative.startsWith('[SYNTHETIC]')).toBe(true);
    }
  });

  it('covers every intake language, many provinces and campuses, and spreads over time', () => {
    expect(new Set(reports.map((r) => r.input.language))).toEqual(
      new Set(['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug']),
    );
    expect(new Set(reports.map((r) => r.input.incident?.province)).size).toBeGreaterThanOrEqual(6);
    expect(reports.some((r) => r.input.incident?.institution)).toBe(true);
    // Institutions are codes of the list, a few unlisted ones named (to be sealed).
    for (const r of reports) {
      const code = r.input.incident?.institution;
      if (code) expect(isInstitutionCode(code), code).toBe(true);
    }
    expect(reports.some((r) => r.input.incident?.institutionOther)).toBe(true);
    const months = new Set(reports.map((r) => r.receivedAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
  });

  it('names China most, the other states of the packs too, with their communities and phone numbers', () => {
    const states = new Map<string, number>();
    for (const r of reports)
      states.set(r.input.suspectedState ?? '', (states.get(r.input.suspectedState ?? '') ?? 0) + 1);
    expect([...states.keys()].sort()).toEqual(['', 'CN', 'ER', 'IN', 'IR', 'RU']);
    expect(states.get('CN')).toBeGreaterThan(200);
    const sikh = reports.filter((r) => r.input.suspectedState === 'IN');
    for (const r of sikh) {
      expect(['sikh', 'kashmiri']).toContain(r.input.communities?.[0]);
      expect(r.identifiers.find((i) => i.kind === 'phone')?.canonical).toMatch(/^\+919\d{9}$/);
    }
  });

  it('builds campaigns whose members reuse identifiers in different written forms', () => {
    const byCampaign = new Map<number, typeof reports>();
    for (const r of reports)
      if (r.campaign !== null) byCampaign.set(r.campaign, [...(byCampaign.get(r.campaign) ?? []), r]);
    expect(byCampaign.size).toBeGreaterThan(5);
    const writtenForms = new Set<string>();
    for (const members of byCampaign.values()) {
      for (const m of members)
        for (const ind of m.input.perpetrators?.[0]?.indicators ?? [])
          if (ind.kind === 'phone') writtenForms.add(ind.value);
    }
    // Far more written forms than canonical numbers: the same number appears written differently.
    const canonical = new Set(
      [...byCampaign.values()].flatMap((ms) =>
        ms.flatMap((m) => m.identifiers.filter((i) => i.kind === 'phone').map((i) => i.canonical)),
      ),
    );
    expect(writtenForms.size).toBeGreaterThan(canonical.size);
  });

  it('is deterministic for a seed', () => {
    const again = [...generateReports({ count: 400, seed: 7, to: new Date('2026-10-31T00:00:00Z') })];
    expect(again.map((r) => r.input.narrative)).toEqual(reports.map((r) => r.input.narrative));
  });
});

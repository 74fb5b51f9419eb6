import { describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contracts/report.ts';
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
    const months = new Set(reports.map((r) => r.receivedAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
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

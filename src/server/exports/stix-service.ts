import type { AppDeps } from '../deps.ts';
import { valueAad } from '../indicators/index-report.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import { confirmedRegisteredActors } from '../registries/read-confirmed.ts';
import { confirmedCampaigns, indicatorsOfCampaigns, reportsOfCampaigns } from './repo.ts';
import {
  buildStixBundle,
  type StixBundle,
  type StixCampaignInput,
  type StixIndicatorInput,
  type TlpLevel,
} from './stix.ts';

type Confidence = 'low' | 'medium' | 'high';

/**
 * Attribution of a campaign to a state, from its reports: the state most reports name (suspected_state),
 * and a confidence that is
 *   high    when at least 80% of the reports that name a state name this one, at least two reports do,
 *           and at least half of them gave a perpetrator with high attribution confidence;
 *   medium  when at least half of the reports that name a state name this one;
 *   low     otherwise.
 */
export function attributionOf(
  reports: { suspectedState: string | null; highConfidence: boolean }[],
): { state: string; confidence: Confidence } | null {
  const named = reports.filter((r) => r.suspectedState);
  if (named.length === 0) return null;
  const counts = new Map<string, number>();
  for (const r of named) counts.set(r.suspectedState!, (counts.get(r.suspectedState!) ?? 0) + 1);
  const [state, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const agreement = n / named.length;
  const high = named.filter((r) => r.suspectedState === state && r.highConfidence).length / n;
  const confidence: Confidence =
    agreement >= 0.8 && n >= 2 && high >= 0.5 ? 'high' : agreement >= 0.5 ? 'medium' : 'low';
  return { state, confidence };
}

const dedupeActors = <T extends { source: string; registrationNumber: string | null; principal: string }>(
  actors: T[],
): T[] => [...new Map(actors.map((a) => [`${a.source}|${a.registrationNumber}|${a.principal}`, a])).values()];

const KINDS = new Set(['phone', 'email', 'url', 'domain', 'account', 'ip', 'other']);

/** Gathers confirmed campaigns (changed since `since`) and their perpetrators' identifiers. */
export async function loadStixCampaigns(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  since: Date | null,
): Promise<StixCampaignInput[]> {
  const campaigns = await confirmedCampaigns(deps.db, since);
  const ids = campaigns.map((c) => c.id);
  const [reports, indicators] = await Promise.all([
    reportsOfCampaigns(deps.db, ids),
    indicatorsOfCampaigns(deps.db, ids),
  ]);
  const registered = await confirmedRegisteredActors(
    deps.db,
    reports.map((r) => r.report_id),
  );
  const out: StixCampaignInput[] = [];
  for (const c of campaigns) {
    const mine = reports.filter((r) => r.campaign_id === c.id);
    const attributionInput = [];
    for (const r of mine) {
      let highConfidence = false;
      if (r.details_sealed) {
        // Only the perpetrators' attribution confidence codes are read; nothing else leaves this loop.
        const details = JSON.parse(
          await deps.vault.openText(deps.db, r.details_sealed, `report.details:${r.report_id}`),
        ) as { perpetrators?: { attributionConfidence?: string }[] };
        highConfidence = (details.perpetrators ?? []).some((p) => p.attributionConfidence === 'high');
      }
      attributionInput.push({ suspectedState: r.suspected_state, highConfidence });
    }
    const times = mine.map((r) => new Date(r.received_at).getTime());
    const inds: StixIndicatorInput[] = [];
    for (const i of indicators.filter((x) => x.campaign_id === c.id)) {
      if (!KINDS.has(i.kind)) continue;
      inds.push({
        kind: i.kind as StixIndicatorInput['kind'],
        platform: i.platform,
        value: await deps.vault.openText(deps.db, i.value_sealed, valueAad(i.kind)),
        firstSeen: new Date(i.first_seen),
        lastSeen: new Date(i.last_seen),
        reports: i.reports,
      });
    }
    out.push({
      id: c.id,
      createdAt: new Date(c.created_at),
      updatedAt: new Date(c.updated_at),
      firstSeen: new Date(times.length ? Math.min(...times) : new Date(c.created_at).getTime()),
      lastSeen: new Date(times.length ? Math.max(...times) : new Date(c.updated_at).getTime()),
      tactics: [...new Set(mine.flatMap((r) => r.tactics))],
      communities: [...new Set(mine.flatMap((r) => r.communities))],
      attribution: attributionOf(attributionInput),
      indicators: inds,
      registeredActors: dedupeActors(mine.flatMap((r) => registered.get(r.report_id) ?? [])),
    });
  }
  return out;
}

/** The STIX bundle for partners; the export is audited (who, how many campaigns, which TLP level). */
export async function exportStix(
  deps: Pick<AppDeps, 'db' | 'vault' | 'config'>,
  opts: { since: Date | null; tlp?: TlpLevel; actor: AuditActor },
): Promise<StixBundle> {
  const campaigns = await loadStixCampaigns(deps, opts.since);
  const bundle = buildStixBundle({
    producer: { name: 'FocalPoint focal point', publicUrl: deps.config.publicUrl },
    campaigns,
    tlp: opts.tlp ?? 'amber',
  });
  await deps.db.transaction((tx) =>
    appendAudit(tx, {
      actor: opts.actor,
      action: 'export.stix.downloaded',
      meta: {
        campaigns: campaigns.length,
        objects: bundle.objects.length,
        tlp: (opts.tlp ?? 'amber').replace('+', '_'),
      },
    }),
  );
  return bundle;
}

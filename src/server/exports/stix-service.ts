import type { AppDeps } from '../deps.ts';
import { valueAad } from '../indicators/index-report.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import { confirmedRegisteredActors } from '../registries/read-confirmed.ts';
import { openDetails } from '../reports/sealing.ts';
import { approvalSpent, spendApproval } from './approvals.ts';
import { confirmedCampaigns, indicatorsOfCampaigns, reportsOfCampaigns } from './repo.ts';
import {
  buildStixBundle,
  type StixBundle,
  type StixCampaignInput,
  type StixIdentifierKindInput,
  type StixIdentifiers,
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
type Kind = StixIndicatorInput['kind'];

/**
 * Gathers confirmed campaigns (changed since `since`) and their perpetrators' identifiers: opened, with
 * `values`; only counted by kind and platform, with `kinds` — then no sealed value is even read.
 */
export async function loadStixCampaigns(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  since: Date | null,
  identifiers: StixIdentifiers = 'values',
): Promise<StixCampaignInput[]> {
  const campaigns = await confirmedCampaigns(deps.db, since);
  const ids = campaigns.map((c) => c.id);
  const [reports, indicators] = await Promise.all([
    reportsOfCampaigns(deps.db, ids),
    indicatorsOfCampaigns(deps.db, ids, { values: identifiers === 'values' }),
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
      // Only the perpetrators' attribution confidence codes are read; nothing else leaves this loop.
      const { perpetrators } = await openDetails(deps.vault, deps.db, r.report_id, r.details_sealed);
      const highConfidence = perpetrators.some((p) => p.attributionConfidence === 'high');
      attributionInput.push({ suspectedState: r.suspected_state, highConfidence });
    }
    const times = mine.map((r) => new Date(r.received_at).getTime());
    const theirs = indicators.filter((x) => x.campaign_id === c.id && KINDS.has(x.kind));
    const inds: StixIndicatorInput[] = [];
    const kinds = new Map<string, StixIdentifierKindInput>();
    for (const i of theirs) {
      const firstSeen = new Date(i.first_seen);
      const lastSeen = new Date(i.last_seen);
      if (identifiers === 'kinds') {
        const key = `${i.kind}:${i.platform ?? ''}`;
        const k = kinds.get(key);
        if (!k)
          kinds.set(key, { kind: i.kind as Kind, platform: i.platform, values: 1, firstSeen, lastSeen });
        else {
          k.values++;
          if (firstSeen < k.firstSeen) k.firstSeen = firstSeen;
          if (lastSeen > k.lastSeen) k.lastSeen = lastSeen;
        }
        continue;
      }
      inds.push({
        kind: i.kind as Kind,
        platform: i.platform,
        value: await deps.vault.openText(deps.db, i.value_sealed, valueAad(i.kind)),
        firstSeen,
        lastSeen,
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
      identifierKinds: [...kinds.values()],
      registeredActors: dedupeActors(mine.flatMap((r) => registered.get(r.report_id) ?? [])),
    });
  }
  return out;
}

/**
 * The STIX bundle for partners, with identifier values or kinds (exports/policy.ts decides which for
 * whom). The export is audited — who, which kind of bundle, how many campaigns, which TLP level — and an
 * export made under a supervisor's approval spends that approval in the same transaction: if the approval
 * was spent or expired meanwhile (two downloads at once), nothing is handed out.
 */
export async function exportStix(
  deps: Pick<AppDeps, 'db' | 'vault' | 'config' | 'clock' | 'keys'>,
  opts: {
    since: Date | null;
    tlp?: TlpLevel;
    actor: AuditActor;
    identifiers: StixIdentifiers;
    /** The approval this export spends (an analyst's export with values). */
    approval?: { id: string; requestedBy: string };
  },
): Promise<StixBundle> {
  const campaigns = await loadStixCampaigns(deps, opts.since, opts.identifiers);
  const tlp = opts.tlp ?? 'amber';
  const bundle = buildStixBundle({
    producer: { name: 'FocalPoint focal point', publicUrl: deps.config.publicUrl },
    campaigns,
    tlp,
    identifiers: opts.identifiers,
  });
  const { approval } = opts;
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (approval && !(await spendApproval(tx, { ...approval, now }))) throw approvalSpent();
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: opts.actor,
        action: 'export.stix.downloaded',
        ...(approval ? { target: { type: 'export_approval', id: approval.id } } : {}),
        meta: {
          identifiers: opts.identifiers,
          campaigns: campaigns.length,
          objects: bundle.objects.length,
          tlp: tlp.replace('+', '_'),
        },
      },
      now,
    );
  });
  return bundle;
}

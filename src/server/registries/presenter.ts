import type { NamedActorMatch, RegistrySource } from '../../shared/contracts/registries.ts';
import { ACTOR_GROUPS } from './vocabulary.ts';

/** Rows of the registries to API shapes: register entries (public) and matches (ids and codes only). */

export type MatchRow = {
  id: string;
  report_id: string;
  report_reference: string;
  case_id: string;
  case_reference: string;
  registered: boolean;
  actor_group: string | null;
  found_in: NamedActorMatch['foundIn'];
  how: NamedActorMatch['how'];
  confidence: NamedActorMatch['confidence'];
  decision: NamedActorMatch['decision'];
  decided_at: Date | null;
  referral_id: string | null;
  matched_at: Date;
  name_sealed: Buffer | null;
  actor: string;
  entry_id: string | null;
  source: string | null;
  source_name: string | null;
  registrant: string | null;
  principal: string | null;
  country: string | null;
  country_code: string | null;
  registration_number: string | null;
  registered_on: string | null;
  terminated_on: string | null;
  source_url: string | null;
  current: boolean | null;
};

const GROUPS = new Map(ACTOR_GROUPS.map((g) => [g.id, g]));

export function actorOf(groupId: string | null): NamedActorMatch['actor'] {
  const g = groupId ? GROUPS.get(groupId) : undefined;
  return g ? { id: g.id, label: g.label, state: g.state, kind: g.kind } : null;
}

export function presentMatch(r: MatchRow): NamedActorMatch {
  return {
    id: r.id,
    reportId: r.report_id,
    reportReference: r.report_reference,
    registered: r.registered,
    entry: r.entry_id
      ? {
          id: r.entry_id,
          source: r.source ?? '',
          sourceName: r.source_name ?? '',
          registrant: r.registrant ?? '',
          principal: r.principal ?? '',
          country: r.country ?? '',
          countryCode: r.country_code,
          registrationNumber: r.registration_number,
          registeredOn: r.registered_on,
          terminatedOn: r.terminated_on,
          sourceUrl: r.source_url,
          current: r.current ?? false,
        }
      : null,
    actor: actorOf(r.actor_group),
    foundIn: r.found_in,
    how: r.how,
    confidence: r.confidence,
    decision: r.decision,
    decidedAt: r.decided_at?.toISOString() ?? null,
    referralId: r.referral_id,
  };
}

export type SourceRowWithCounts = {
  code: string;
  name: string;
  jurisdiction: string;
  regulator: string | null;
  entries: string;
  principals: string;
  registrants: string;
};

export type SnapshotRow = {
  id: string;
  source: string;
  imported_at: Date;
  as_of: string | null;
  format: RegistrySource['snapshots'][number]['format'];
  entries: number;
  added: number;
  ended: number;
};

export function presentSource(s: SourceRowWithCounts, snapshots: readonly SnapshotRow[]): RegistrySource {
  return {
    code: s.code,
    name: s.name,
    jurisdiction: s.jurisdiction,
    regulator: s.regulator,
    current: {
      entries: Number(s.entries),
      principals: Number(s.principals),
      registrants: Number(s.registrants),
    },
    snapshots: snapshots
      .filter((n) => n.source === s.code)
      .map((n) => ({
        id: n.id,
        importedAt: n.imported_at.toISOString(),
        asOf: n.as_of,
        format: n.format,
        entries: n.entries,
        added: n.added,
        ended: n.ended,
      })),
  };
}

import { createHash } from 'node:crypto';
import { messages } from '../../shared/i18n/messages.ts';
import { suspectedStateName } from '../../shared/suspected-states.ts';

/**
 * STIX 2.1 bundles of de-identified threat information for partner agencies.
 *
 * What goes in: the focal point as producer (identity); confirmed campaigns (campaign) described only by
 * their tactics and the communities targeted — never a victim, a case reference, a narrative or a place
 * finer than nothing at all; the state a campaign is attributed to, as a threat-actor of type
 * nation-state when attribution confidence is high and as an intrusion-set otherwise; the perpetrators'
 * identifiers as cyber-observables (e-mail addresses, URLs, domains, IP addresses, platform accounts and
 * phone numbers) with an indicator (a STIX pattern) and an observed-data (how many reports, first and
 * last day seen) for each; relationships indicator → indicates → campaign, indicator → based-on →
 * observed-data and campaign → attributed-to → threat-actor/intrusion-set; TLP 2.0 markings.
 *
 * STIX has no phone-number observable, so phone numbers use a new SCO, `x-focalpoint-phone-number`,
 * declared by an extension-definition (new-sco, PHONE_NUMBER_EXTENSION_ID) that every phone SCO names in
 * its `extensions`. The definition is served at /api/v1/exports/stix/extensions/x-focalpoint-phone-number
 * and its JSON schema at the same path + `.json` (the definition's `schema` URL). It is served beside the
 * bundle, not inside it, because the OASIS bundle schema cannot accept an extension-definition: the type
 * is missing from its list, and an unlisted object with the SDO common properties matches both
 * core.json and cyber-observable-core.json, failing the `oneOf`. STIX allows this (2.1 section 7.3: a
 * consumer resolves a definition that is not in the bundle by its id).
 *
 * Identifier values or kinds (`identifiers`, exports/policy.ts decides per role). With `values` (supervisors,
 * or an analyst's supervisor-approved export) the bundle carries the observables, indicators and
 * observed-data above. With `kinds` (an analyst's export) no value is in the bundle — an indicator's pattern
 * and an observable cannot be written without one — so no SCO, indicator or observed-data is made; each
 * campaign gets instead a report (object_refs → the campaign) that counts its perpetrators' identifiers by
 * kind (and platform, for accounts) with the days first and last seen. Campaigns, attribution and attack
 * patterns are the same in both.
 *
 * Tactics are attack-patterns (one per taxonomy code, named by its English label, TLP:CLEAR: a kind of
 * act says nothing about anyone) that a campaign `uses`.
 *
 * Markings: everything that says something about people (campaigns, observables, indicators,
 * observations and their relationships) carries the requested TLP level, TLP:AMBER by default; objects
 * that say nothing about anyone (the producer, the extension definition, the attributed state) are
 * TLP:CLEAR. Personal objects are never CLEAR: `tlp` may only make them stricter or GREEN.
 *
 * Ids are deterministic (UUIDv5 from stable inputs), so exporting the same data twice gives the same
 * bundle and partners update objects instead of piling up duplicates. SCO ids follow the STIX rule
 * (UUIDv5 in the STIX namespace over the canonical JSON of the id-contributing properties).
 */

export type TlpLevel = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

/** The TLP 2.0 marking definitions exactly as OASIS publishes them (cti-stix-common-objects). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const TLP2_IDS: Record<TlpLevel, string> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export function tlpMarking(level: TlpLevel): StixObject {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

// FocalPoint's own UUIDv5 namespace (fixed forever: changing it would change every exported id).
const FOCALPOINT_NAMESPACE = '2b7f0c4e-5a51-4d2b-9c8e-7a3f61d0e915';
// The namespace STIX 2.1 fixes for deterministic SCO ids (section 2.9).
const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export function uuidv5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const sdoId = (type: string, name: string) => `${type}--${uuidv5(FOCALPOINT_NAMESPACE, `${type}:${name}`)}`;

/** JSON with keys sorted (RFC 8785 for the flat string objects used here). */
const canonical = (o: Record<string, string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

const scoId = (type: string, contributing: Record<string, string>) =>
  `${type}--${uuidv5(STIX_SCO_NAMESPACE, canonical(contributing))}`;

/** The project that defines the phone-number extension: the same object in every installation. */
export const FOCALPOINT_PROJECT: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: sdoId('identity', 'focalpoint-project'),
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  name: 'FocalPoint project',
  description: 'Maintainers of FocalPoint, software for focal points against transnational repression.',
  identity_class: 'organization',
};

export const PHONE_NUMBER_TYPE = 'x-focalpoint-phone-number';
export const PHONE_NUMBER_EXTENSION_ID = `extension-definition--${uuidv5(FOCALPOINT_NAMESPACE, 'extension:x-focalpoint-phone-number:1.0.0')}`;
export const PHONE_NUMBER_EXTENSION_PATH = '/api/v1/exports/stix/extensions/x-focalpoint-phone-number';
export const PHONE_NUMBER_SCHEMA_PATH = `${PHONE_NUMBER_EXTENSION_PATH}.json`;

/** The JSON schema of the phone-number SCO, served at PHONE_NUMBER_SCHEMA_PATH (draft 2020-12). */
export function phoneNumberSchema(publicUrl: string): Record<string, unknown> {
  return {
    $id: `${publicUrl}${PHONE_NUMBER_SCHEMA_PATH}`,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: PHONE_NUMBER_TYPE,
    description:
      'A telephone number, as a STIX Cyber-observable Object. Its id is a UUIDv5 in the STIX SCO namespace over {"value": <E.164 number>}.',
    type: 'object',
    allOf: [
      {
        $ref: 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/cyber-observable-core.json',
      },
      {
        properties: {
          type: { const: PHONE_NUMBER_TYPE },
          id: { type: 'string', pattern: `^${PHONE_NUMBER_TYPE}--` },
          spec_version: { const: '2.1' },
          value: {
            type: 'string',
            pattern: '^\\+[1-9][0-9]{6,14}$',
            description: 'The number in E.164 form: +, country code, national number, no spaces.',
          },
          extensions: {
            type: 'object',
            required: [PHONE_NUMBER_EXTENSION_ID],
            properties: {
              [PHONE_NUMBER_EXTENSION_ID]: {
                type: 'object',
                properties: { extension_type: { const: 'new-sco' } },
                required: ['extension_type'],
              },
            },
          },
        },
        required: ['type', 'id', 'spec_version', 'value', 'extensions'],
      },
    ],
  };
}

export function phoneNumberExtension(publicUrl: string): StixObject {
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: PHONE_NUMBER_EXTENSION_ID,
    created_by_ref: FOCALPOINT_PROJECT.id,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: 'FocalPoint phone number',
    description:
      'A new Cyber-observable Object for telephone numbers (E.164), which STIX 2.1 does not define: numbers that call, text or message people targeted by transnational repression.',
    schema: `${publicUrl}${PHONE_NUMBER_SCHEMA_PATH}`,
    version: '1.0.0',
    extension_types: ['new-sco'],
  };
}

export type StixObject = { type: string; id: string } & Record<string, unknown>;
export type StixBundle = { type: 'bundle'; id: string; objects: StixObject[] };

export type StixIndicatorInput = {
  kind: 'phone' | 'email' | 'url' | 'domain' | 'account' | 'ip' | 'other';
  platform?: string | null;
  /** The normalised value (E.164 phone, lower-case e-mail, canonical URL, ...). */
  value: string;
  firstSeen: Date;
  lastSeen: Date;
  /** Reports it occurs in (>= 1). */
  reports: number;
};

/** Identifiers of one kind (and platform) in a campaign, counted: what an analyst's bundle says of them. */
export type StixIdentifierKindInput = {
  kind: StixIndicatorInput['kind'];
  platform?: string | null;
  /** Distinct values of this kind. */
  values: number;
  firstSeen: Date;
  lastSeen: Date;
};

export type StixCampaignInput = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  firstSeen: Date;
  lastSeen: Date;
  tactics: string[];
  communities: string[];
  attribution: { state: string; confidence: 'low' | 'medium' | 'high' } | null;
  /** The perpetrators' identifiers with their values (`identifiers: 'values'`). */
  indicators: StixIndicatorInput[];
  /** The same identifiers counted by kind (`identifiers: 'kinds'`). */
  identifierKinds?: StixIdentifierKindInput[];
  /** Actors the campaign's reports name that analysts confirmed as registered agents (public register data). */
  registeredActors?: StixRegisteredActor[];
};

/** A register entry (registries/): a registrant acting for a foreign principal, as the register publishes it. */
export type StixRegisteredActor = {
  source: string;
  sourceName: string;
  registrant: string;
  principal: string;
  country: string;
  registrationNumber: string | null;
  registeredOn: string | null;
  terminatedOn: string | null;
  sourceUrl: string | null;
};

export type StixIdentifiers = 'values' | 'kinds';

export type StixExportInput = {
  producer: { name: string; publicUrl: string };
  campaigns: StixCampaignInput[];
  tlp?: TlpLevel;
  /** `values` (the default) or `kinds`: see the top of this file. */
  identifiers?: StixIdentifiers;
};

const CONFIDENCE = { low: 15, medium: 50, high: 85 } as const;

/** Timestamps with milliseconds, as STIX requires for created/modified. */
const ts = (d: Date) => d.toISOString();
/** Observation times are given to the day: precise times could point to one person's report. */
const day = (d: Date) => `${d.toISOString().slice(0, 10)}T00:00:00.000Z`;
const dayDate = (d: Date) => new Date(day(d));
const endOfDay = (d: Date) => `${d.toISOString().slice(0, 10)}T23:59:59.999Z`;

/** A string literal inside a STIX pattern: quotes and backslashes escaped. */
const lit = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

const ACCOUNT_TYPES: Record<string, string> = { x: 'twitter', facebook: 'facebook' };

const isIpv6 = (v: string) => v.includes(':');

type Observable = { sco: StixObject; pattern: string; label: string };

/**
 * Values a partner's validator would reject are left out rather than sent broken: phone numbers must be
 * E.164 (short public numbers such as 911 are not perpetrators' identifiers), e-mail addresses must pass
 * the common JSON-schema `email` format, URLs must parse.
 */
const E164 = /^\+[1-9][0-9]{6,14}$/;
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
function exportable(ind: StixIndicatorInput): boolean {
  switch (ind.kind) {
    case 'phone':
      return E164.test(ind.value);
    case 'email':
      return EMAIL.test(ind.value);
    case 'url':
      return URL.canParse(ind.value);
    case 'ip':
      return isIpv6(ind.value) || IPV4.test(ind.value);
    default:
      return ind.value.length > 0;
  }
}

/** The observable and pattern for one identifier; null for kinds STIX cannot express (free "other"). */
export function observableFor(ind: StixIndicatorInput, markingRefs: string[]): Observable | null {
  if (!exportable(ind)) return null;
  const base = { spec_version: '2.1', object_marking_refs: markingRefs };
  switch (ind.kind) {
    case 'email':
      return {
        sco: { type: 'email-addr', id: scoId('email-addr', { value: ind.value }), ...base, value: ind.value },
        pattern: `[email-addr:value = ${lit(ind.value)}]`,
        label: 'E-mail address',
      };
    case 'url':
      return {
        sco: { type: 'url', id: scoId('url', { value: ind.value }), ...base, value: ind.value },
        pattern: `[url:value = ${lit(ind.value)}]`,
        label: 'URL',
      };
    case 'domain':
      return {
        sco: {
          type: 'domain-name',
          id: scoId('domain-name', { value: ind.value }),
          ...base,
          value: ind.value,
        },
        pattern: `[domain-name:value = ${lit(ind.value)}]`,
        label: 'Domain name',
      };
    case 'ip': {
      const type = isIpv6(ind.value) ? 'ipv6-addr' : 'ipv4-addr';
      return {
        sco: { type, id: scoId(type, { value: ind.value }), ...base, value: ind.value },
        pattern: `[${type}:value = ${lit(ind.value)}]`,
        label: 'IP address',
      };
    }
    case 'account': {
      const accountType = ACCOUNT_TYPES[ind.platform ?? ''] ?? ind.platform ?? 'other';
      return {
        sco: {
          type: 'user-account',
          id: scoId('user-account', { account_login: ind.value, account_type: accountType }),
          ...base,
          account_login: ind.value,
          account_type: accountType,
        },
        pattern: `[user-account:account_login = ${lit(ind.value)} AND user-account:account_type = ${lit(accountType)}]`,
        label: `${accountType} account`,
      };
    }
    case 'phone':
      return {
        sco: {
          type: PHONE_NUMBER_TYPE,
          id: scoId(PHONE_NUMBER_TYPE, { value: ind.value }),
          ...base,
          value: ind.value,
          extensions: { [PHONE_NUMBER_EXTENSION_ID]: { extension_type: 'new-sco' } },
        },
        pattern: `[${PHONE_NUMBER_TYPE}:value = ${lit(ind.value)}]`,
        label: 'Phone number',
      };
    case 'other':
      return null;
  }
}

const KIND_LABELS: Record<StixIndicatorInput['kind'], string> = {
  phone: 'Phone numbers',
  email: 'E-mail addresses',
  url: 'URLs',
  domain: 'Domain names',
  account: 'Accounts',
  ip: 'IP addresses',
  other: 'Other identifiers',
};

export function buildStixBundle(input: StixExportInput): StixBundle {
  const level = input.tlp ?? 'amber';
  const identifiers = input.identifiers ?? 'values';
  const personal = level === 'clear' ? 'green' : level;
  const personalRefs = [TLP2_IDS[personal]];
  const clearRefs = [TLP2_IDS.clear];
  const publicUrl = input.producer.publicUrl;

  const producer: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: sdoId('identity', `producer:${publicUrl}`),
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    name: input.producer.name,
    identity_class: 'organization',
    sectors: ['government-national'],
    object_marking_refs: clearRefs,
  };
  const objects = new Map<string, StixObject>();
  const put = (o: StixObject) => {
    if (!objects.has(o.id)) objects.set(o.id, o);
  };
  const common = (created: Date, modified: Date, refs: string[]) => ({
    spec_version: '2.1',
    created_by_ref: producer.id,
    created: ts(created),
    modified: ts(modified < created ? created : modified),
    object_marking_refs: refs,
  });
  const relationship = (type: string, source: string, target: string, created: Date, modified: Date) =>
    put({
      type: 'relationship',
      id: sdoId('relationship', `${type}:${source}:${target}`),
      ...common(created, modified, personalRefs),
      relationship_type: type,
      source_ref: source,
      target_ref: target,
    });

  const campaigns = [...input.campaigns].sort((a, b) => a.id.localeCompare(b.id));
  for (const c of campaigns) {
    const campaignId = sdoId('campaign', c.id);
    const describe = [
      c.tactics.length ? `Tactics: ${[...c.tactics].sort().join(', ')}.` : '',
      c.communities.length ? `Communities targeted: ${[...c.communities].sort().join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    put({
      type: 'campaign',
      id: campaignId,
      ...common(c.createdAt, c.updatedAt, personalRefs),
      name: `FocalPoint campaign ${campaignId.slice(-12)}`,
      ...(describe
        ? { description: `Transnational repression campaign confirmed by analysts. ${describe}` }
        : {}),
      first_seen: day(c.firstSeen),
      last_seen: endOfDay(c.lastSeen),
      objective: 'Intimidate, silence or coerce people in Canada because of their human-rights work.',
    });

    if (c.attribution) {
      const { state, confidence } = c.attribution;
      const stateName = suspectedStateName(state, 'en');
      const actor: StixObject =
        confidence === 'high'
          ? {
              type: 'threat-actor',
              id: sdoId('threat-actor', `state:${state}`),
              ...common(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), clearRefs),
              name: `Government of ${stateName} (ISO 3166-1 ${state})`,
              description: `The government of ${stateName} (ISO 3166-1 ${state}), its agencies and proxies.`,
              threat_actor_types: ['nation-state'],
              primary_motivation: 'coercion',
            }
          : {
              type: 'intrusion-set',
              id: sdoId('intrusion-set', `suspected-state:${state}`),
              ...common(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), clearRefs),
              name: `Activity suspected to serve the government of ${stateName}`,
              description: `Activity that reporters attribute to the government of ${stateName} (ISO 3166-1 ${state}), without high-confidence attribution.`,
              primary_motivation: 'coercion',
            };
      put(actor);
      const rel = {
        type: 'relationship',
        id: sdoId('relationship', `attributed-to:${campaignId}:${actor.id}`),
        ...common(c.createdAt, c.updatedAt, personalRefs),
        relationship_type: 'attributed-to',
        source_ref: campaignId,
        target_ref: actor.id,
        confidence: CONFIDENCE[confidence],
      };
      put(rel);
    }

    for (const tactic of [...new Set(c.tactics)].sort()) {
      const pattern: StixObject = {
        type: 'attack-pattern',
        id: sdoId('attack-pattern', `tactic:${tactic}`),
        ...common(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), clearRefs),
        name: messages.en[`taxonomy.tactic.${tactic}`] ?? tactic,
        description: 'A tactic of transnational repression, as the FocalPoint taxonomy names it.',
        external_references: [{ source_name: 'focalpoint-taxonomy', external_id: `tactic:${tactic}` }],
      };
      put(pattern);
      relationship('uses', campaignId, pattern.id, c.createdAt, c.updatedAt);
    }

    if (identifiers === 'kinds') {
      const kinds = [...(c.identifierKinds ?? [])].sort((a, b) =>
        `${a.kind}:${a.platform ?? ''}`.localeCompare(`${b.kind}:${b.platform ?? ''}`),
      );
      if (kinds.length > 0) {
        // A report, not a note: the OASIS bundle schema lists no note type (a note fails bundle.json).
        put({
          type: 'report',
          id: sdoId('report', `identifier-kinds:${campaignId}`),
          ...common(c.createdAt, c.updatedAt, personalRefs),
          name: `Identifiers of FocalPoint campaign ${campaignId.slice(-12)} by kind (values withheld)`,
          report_types: ['campaign'],
          published: ts(c.updatedAt),
          description: kinds
            .map(
              (k) =>
                `${KIND_LABELS[k.kind]}${k.platform ? ` (${k.platform})` : ''}: ${k.values}, seen ${day(k.firstSeen).slice(0, 10)} to ${day(k.lastSeen).slice(0, 10)}.`,
            )
            .join('\n'),
          object_refs: [campaignId],
        });
      }
      continue;
    }

    const indicators = [...c.indicators].sort((a, b) =>
      `${a.kind}:${a.platform ?? ''}:${a.value}`.localeCompare(`${b.kind}:${b.platform ?? ''}:${b.value}`),
    );
    for (const ind of indicators) {
      const obs = observableFor(ind, personalRefs);
      if (!obs) continue;
      put(obs.sco);
      const indicatorId = sdoId('indicator', obs.sco.id);
      put({
        type: 'indicator',
        id: indicatorId,
        ...common(dayDate(ind.firstSeen), dayDate(ind.lastSeen), personalRefs),
        name: `${obs.label} used in transnational repression`,
        indicator_types: ['malicious-activity', 'attribution'],
        pattern: obs.pattern,
        pattern_type: 'stix',
        pattern_version: '2.1',
        valid_from: day(ind.firstSeen),
      });
      const observedId = sdoId('observed-data', `${obs.sco.id}:${day(ind.firstSeen)}:${day(ind.lastSeen)}`);
      put({
        type: 'observed-data',
        id: observedId,
        ...common(dayDate(ind.firstSeen), dayDate(ind.lastSeen), personalRefs),
        first_observed: day(ind.firstSeen),
        last_observed: endOfDay(ind.lastSeen),
        number_observed: Math.max(1, Math.min(999_999_999, ind.reports)),
        object_refs: [obs.sco.id],
      });
      relationship('indicates', indicatorId, campaignId, c.createdAt, c.updatedAt);
      relationship('based-on', indicatorId, observedId, dayDate(ind.firstSeen), dayDate(ind.lastSeen));
    }

    // Registered agents the campaign's reports name (confirmed by analysts): an identity per register
    // entry, public data marked CLEAR with the register's reference; the link to the campaign is personal.
    const registered = [...(c.registeredActors ?? [])].sort((a, b) =>
      `${a.source}:${a.registrationNumber}:${a.principal}`.localeCompare(
        `${b.source}:${b.registrationNumber}:${b.principal}`,
      ),
    );
    for (const a of registered) {
      const identityId = sdoId(
        'identity',
        `registered:${a.source}:${a.registrationNumber ?? a.registrant}:${a.principal}`,
      );
      const since = a.registeredOn ? ` since ${a.registeredOn}` : '';
      const ended = a.terminatedOn ? `; registration ended ${a.terminatedOn}` : '';
      put({
        type: 'identity',
        id: identityId,
        ...common(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'), clearRefs),
        name: a.registrant,
        identity_class: 'organization',
        description: `Registered under ${a.sourceName} as agent of ${a.principal} (${a.country})${since}${ended}.`,
        external_references: [
          {
            source_name: a.sourceName,
            ...(a.registrationNumber ? { external_id: a.registrationNumber } : {}),
            ...(a.sourceUrl ? { url: a.sourceUrl } : {}),
            description: `foreign principal: ${a.principal}`,
          },
        ],
      });
      relationship('related-to', campaignId, identityId, c.createdAt, c.updatedAt);
    }
  }

  const used = [...objects.values()];
  const markingIds = new Set([TLP2_IDS.clear, ...personalRefs]);
  const all: StixObject[] = [
    ...[...markingIds].map((id) =>
      tlpMarking((Object.keys(TLP2_IDS) as TlpLevel[]).find((l) => TLP2_IDS[l] === id)!),
    ),
    producer,
    ...used,
  ];
  // The bundle id follows from its content, so the same export twice is the same bundle.
  const digest = createHash('sha256')
    .update(JSON.stringify(all.map((o) => [o.id, o.modified ?? ''])))
    .digest('hex');
  return { type: 'bundle', id: `bundle--${uuidv5(FOCALPOINT_NAMESPACE, `bundle:${digest}`)}`, objects: all };
}

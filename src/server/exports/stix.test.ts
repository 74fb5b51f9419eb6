import { describe, expect, it } from 'vitest';
import {
  buildStixBundle,
  FOCALPOINT_PROJECT,
  PHONE_NUMBER_EXTENSION_ID,
  PHONE_NUMBER_TYPE,
  phoneNumberExtension,
  type StixBundle,
  type StixCampaignInput,
  type StixObject,
  tlpMarking,
  uuidv5,
} from './stix.ts';
import { stixValidator } from './stix-validator.ts';

const PUBLIC_URL = 'https://focalpoint.example.ca';

const campaign = (over: Partial<StixCampaignInput> = {}): StixCampaignInput => ({
  id: '5f0d2a8e-1c9b-4c4e-9f50-7d1e2b3c4a01',
  createdAt: new Date('2026-03-02T10:11:12.345Z'),
  updatedAt: new Date('2026-04-01T08:00:00.000Z'),
  firstSeen: new Date('2026-02-03T21:40:00Z'),
  lastSeen: new Date('2026-03-28T02:10:00Z'),
  tactics: ['death_threat', 'threat_against_family'],
  communities: ['uyghur'],
  attribution: { state: 'CN', confidence: 'high' },
  indicators: [
    {
      kind: 'phone',
      value: '+8613800138000',
      firstSeen: new Date('2026-02-03T21:40:00Z'),
      lastSeen: new Date('2026-03-28T02:10:00Z'),
      reports: 6,
    },
    {
      kind: 'email',
      value: "o'brien.threats@example.cn",
      firstSeen: new Date('2026-02-05T00:00:00Z'),
      lastSeen: new Date('2026-02-05T00:00:00Z'),
      reports: 2,
    },
    {
      kind: 'url',
      value: 'https://smear.example.com/uyghur-traitors?id=4',
      firstSeen: new Date('2026-02-07T00:00:00Z'),
      lastSeen: new Date('2026-03-01T00:00:00Z'),
      reports: 3,
    },
    {
      kind: 'domain',
      value: 'smear.example.com',
      firstSeen: new Date('2026-02-07T00:00:00Z'),
      lastSeen: new Date('2026-03-01T00:00:00Z'),
      reports: 3,
    },
    {
      kind: 'ip',
      value: '203.0.113.9',
      firstSeen: new Date('2026-02-07T00:00:00Z'),
      lastSeen: new Date('2026-02-07T00:00:00Z'),
      reports: 1,
    },
    {
      kind: 'ip',
      value: '2001:db8::7',
      firstSeen: new Date('2026-02-07T00:00:00Z'),
      lastSeen: new Date('2026-02-07T00:00:00Z'),
      reports: 1,
    },
    {
      kind: 'account',
      platform: 'wechat',
      value: 'wxid_abc123',
      firstSeen: new Date('2026-02-03T00:00:00Z'),
      lastSeen: new Date('2026-03-28T00:00:00Z'),
      reports: 5,
    },
    {
      kind: 'account',
      platform: 'x',
      value: 'smearbot',
      firstSeen: new Date('2026-02-03T00:00:00Z'),
      lastSeen: new Date('2026-03-28T00:00:00Z'),
      reports: 4,
    },
    {
      kind: 'other',
      value: 'a licence plate',
      firstSeen: new Date('2026-02-03T00:00:00Z'),
      lastSeen: new Date('2026-03-28T00:00:00Z'),
      reports: 1,
    },
  ],
  ...over,
});

const build = () =>
  buildStixBundle({
    producer: { name: 'FocalPoint — Canada', publicUrl: PUBLIC_URL },
    campaigns: [
      campaign(),
      campaign({
        id: '0b7e6c1d-2222-4a4a-8b8b-000000000002',
        attribution: { state: 'CN', confidence: 'medium' },
        indicators: campaign().indicators.slice(0, 2),
      }),
      campaign({
        id: '0b7e6c1d-3333-4a4a-8b8b-000000000003',
        attribution: null,
        communities: [],
        tactics: [],
      }),
    ],
  });

const byType = (b: StixBundle, type: string): StixObject[] => b.objects.filter((o) => o.type === type);

describe('STIX 2.1 export', () => {
  const validator = stixValidator(PUBLIC_URL);

  it('validates against the OASIS schemas: the bundle and every object against its own type', () => {
    const bundle = build();
    expect(validator.errors(bundle)).toEqual([]);
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of [
      'identity',
      'campaign',
      'threat-actor',
      'intrusion-set',
      'indicator',
      'observed-data',
      'relationship',
      'marking-definition',
      'email-addr',
      'url',
      'domain-name',
      'ipv4-addr',
      'ipv6-addr',
      'user-account',
      PHONE_NUMBER_TYPE,
    ]) {
      expect(types, t).toContain(t);
    }
  });

  it('carries a confirmed registered agent as an identity with the register’s reference, public and valid', () => {
    const bundle = buildStixBundle({
      producer: { name: 'FocalPoint — Canada', publicUrl: PUBLIC_URL },
      campaigns: [
        campaign({
          registeredActors: [
            {
              source: 'us-fara',
              sourceName: 'Foreign Agents Registration Act (United States)',
              registrant: 'Xinhua News Agency North America',
              principal: 'Xinhua News Agency',
              country: 'CHINA',
              registrationNumber: '6958',
              registeredOn: '2021-05-05',
              terminatedOn: null,
              sourceUrl: null,
            },
          ],
        }),
      ],
    });
    expect(validator.errors(bundle)).toEqual([]);
    const agent = byType(bundle, 'identity').find((o) => o.name === 'Xinhua News Agency North America')!;
    expect(agent).toMatchObject({
      identity_class: 'organization',
      description:
        'Registered under Foreign Agents Registration Act (United States) as agent of Xinhua News Agency (CHINA) since 2021-05-05.',
      external_references: [
        { source_name: 'Foreign Agents Registration Act (United States)', external_id: '6958' },
      ],
      object_marking_refs: [tlpMarking('clear').id],
    });
    const link = byType(bundle, 'relationship').find((r) => r.target_ref === agent.id)!;
    expect(link.relationship_type).toBe('related-to');
    expect(link.object_marking_refs).not.toContain(tlpMarking('clear').id);
  });

  it('keeps the extension-definition beside the bundle: the OASIS bundle schema rejects one inside', () => {
    // extension-definition is not in bundle.json's list of types, and as an unlisted object with the SDO
    // common properties it matches both core.json and cyber-observable-core.json, failing the oneOf.
    const bundle = build();
    const withDefinition = { ...bundle, objects: [...bundle.objects, phoneNumberExtension(PUBLIC_URL)] };
    expect(validator.errors(withDefinition).some((e) => e.startsWith('bundle:'))).toBe(true);
    expect(bundle.objects.some((o) => o.type === 'extension-definition')).toBe(false);
  });

  it('catches a broken object (the validator is really wired)', () => {
    const bundle = build();
    const indicator = byType(bundle, 'indicator')[0]!;
    delete indicator.pattern;
    const phone = byType(bundle, PHONE_NUMBER_TYPE)[0]!;
    phone.value = '0800 FLOWERS';
    const errors = validator.errors(bundle);
    expect(errors.some((e) => e.startsWith(`indicator ${indicator.id}`))).toBe(true);
    expect(errors.some((e) => e.startsWith(`${PHONE_NUMBER_TYPE} ${phone.id}`))).toBe(true);
  });

  it('declares the phone-number SCO with an extension-definition and uses it', () => {
    const bundle = build();
    const ext = phoneNumberExtension(PUBLIC_URL);
    expect(validator.objectErrors(ext)).toEqual([]);
    expect(validator.objectErrors(FOCALPOINT_PROJECT)).toEqual([]);
    expect(ext).toMatchObject({
      id: PHONE_NUMBER_EXTENSION_ID,
      extension_types: ['new-sco'],
      version: '1.0.0',
      schema: `${PUBLIC_URL}/api/v1/exports/stix/extensions/x-focalpoint-phone-number.json`,
    });
    const phone = byType(bundle, PHONE_NUMBER_TYPE)[0]!;
    expect(phone.value).toBe('+8613800138000');
    expect(phone.extensions).toEqual({ [PHONE_NUMBER_EXTENSION_ID]: { extension_type: 'new-sco' } });
    // SCO ids follow STIX's deterministic rule: UUIDv5 in the STIX namespace over the canonical JSON of
    // the id-contributing properties. Expected value computed apart from this code, with Python:
    // uuid.uuid5(uuid.UUID('00abedb4-aa42-466c-9c01-fed23315a9b7'), '{"value":"+8613800138000"}').
    expect(phone.id).toBe(`${PHONE_NUMBER_TYPE}--434e9929-b3a7-5f2b-bed8-a2f6dcce7b87`);
    const indicator = byType(bundle, 'indicator').find((i) => String(i.pattern).includes(PHONE_NUMBER_TYPE))!;
    expect(indicator.pattern).toBe(`[${PHONE_NUMBER_TYPE}:value = '+8613800138000']`);
  });

  it('builds patterns, relationships, attribution and TLP 2.0 markings', () => {
    const bundle = build();
    const patterns = byType(bundle, 'indicator').map((i) => i.pattern);
    expect(patterns).toContain("[email-addr:value = 'o\\'brien.threats@example.cn']");
    expect(patterns).toContain(
      "[user-account:account_login = 'wxid_abc123' AND user-account:account_type = 'wechat']",
    );
    expect(patterns).toContain(
      "[user-account:account_login = 'smearbot' AND user-account:account_type = 'twitter']",
    );
    expect(patterns).toContain("[ipv6-addr:value = '2001:db8::7']");
    expect(patterns.some((p) => String(p).includes('licence plate'))).toBe(false);

    const actor = byType(bundle, 'threat-actor')[0]!;
    expect(actor.threat_actor_types).toEqual(['nation-state']);
    const rels = byType(bundle, 'relationship');
    // The suspected state by its name and its ISO 3166-1 code (the OASIS bundle schema knows no location).
    expect(actor.name).toBe('Government of China (ISO 3166-1 CN)');
    const attributed = rels.filter((r) => r.relationship_type === 'attributed-to');
    // High confidence names a nation-state actor, medium an intrusion set, none no attribution at all.
    expect(attributed.map((r) => String(r.target_ref).split('--')[0]).sort()).toEqual([
      'intrusion-set',
      'threat-actor',
    ]);
    expect(new Set(attributed.map((r) => r.source_ref)).size).toBe(2);
    expect(byType(bundle, 'campaign')).toHaveLength(3);
    for (const i of byType(bundle, 'indicator')) {
      expect(rels.some((r) => r.relationship_type === 'indicates' && r.source_ref === i.id)).toBe(true);
      expect(rels.some((r) => r.relationship_type === 'based-on' && r.source_ref === i.id)).toBe(true);
    }

    const amber = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
    const clear = 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487';
    for (const o of bundle.objects) {
      if (
        ['campaign', 'indicator', 'observed-data', 'relationship', 'email-addr', PHONE_NUMBER_TYPE].includes(
          o.type,
        )
      ) {
        expect(o.object_marking_refs, o.id).toEqual([amber]);
      }
    }
    expect(byType(bundle, 'threat-actor')[0]!.object_marking_refs).toEqual([clear]);
    expect(
      byType(bundle, 'marking-definition')
        .map((m) => m.id)
        .sort(),
    ).toEqual([amber, clear].sort());
    const tlp = byType(bundle, 'marking-definition').find((m) => m.id === amber)!;
    expect(tlp.extensions).toEqual({
      'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': {
        extension_type: 'property-extension',
        tlp_2_0: 'amber',
      },
    });
  });

  it('is deterministic and keeps victims and report times out', () => {
    const a = build();
    const b = build();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const text = JSON.stringify(a);
    expect(text).not.toContain('5f0d2a8e-1c9b-4c4e-9f50-7d1e2b3c4a01'); // internal campaign id
    expect(text).not.toContain('21:40'); // the time of day a report was received
    const observed = byType(a, 'observed-data').find((o) => o.number_observed === 6)!;
    expect(observed.first_observed).toBe('2026-02-03T00:00:00.000Z');
  });

  it('leaves out values a validator would reject instead of sending them broken', () => {
    const at = new Date('2026-02-03T00:00:00Z');
    const bundle = buildStixBundle({
      producer: { name: 'FP', publicUrl: PUBLIC_URL },
      campaigns: [
        campaign({
          indicators: [
            { kind: 'phone', value: '911', firstSeen: at, lastSeen: at, reports: 3 },
            { kind: 'email', value: 'not an address', firstSeen: at, lastSeen: at, reports: 1 },
            { kind: 'url', value: 'http://[broken', firstSeen: at, lastSeen: at, reports: 1 },
            { kind: 'ip', value: '999.1.1.1', firstSeen: at, lastSeen: at, reports: 1 },
            { kind: 'phone', value: '+14165550123', firstSeen: at, lastSeen: at, reports: 2 },
          ],
        }),
      ],
    });
    expect(byType(bundle, 'indicator').map((i) => i.pattern)).toEqual([
      `[${PHONE_NUMBER_TYPE}:value = '+14165550123']`,
    ]);
    expect(validator.errors(bundle)).toEqual([]);
  });

  it('never marks personal objects TLP:CLEAR', () => {
    const bundle = buildStixBundle({
      producer: { name: 'FP', publicUrl: PUBLIC_URL },
      campaigns: [campaign()],
      tlp: 'clear',
    });
    const green = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
    expect(byType(bundle, 'indicator')[0]!.object_marking_refs).toEqual([green]);
    expect(validator.errors(bundle)).toEqual([]);
  });
});

describe('uuidv5 (how every STIX id is made)', () => {
  it('gives the published UUIDv5 test vectors', () => {
    const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidv5(NAMESPACE_DNS, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidv5(NAMESPACE_DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('matches an independent computation in the STIX 2.1 SCO namespace, UTF-8 included', () => {
    // python3 -c 'import uuid; print(uuid.uuid5(uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7"), NAME))'
    const STIX = '00abedb4-aa42-466c-9c01-fed23315a9b7';
    expect(uuidv5(STIX, `{"value":"o'brien.threats@example.cn"}`)).toBe(
      '2eaacfd1-a673-583b-a592-37f8fc45e181',
    );
    expect(uuidv5(STIX, '{"value":"été@exemple.ca"}')).toBe('76d0e4b1-67c3-5931-95b3-c41c4cbbffb9');
  });
});

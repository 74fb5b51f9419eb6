import { describe, expect, it } from 'vitest';
import { fieldsFromIssues } from '../../server/platform/http/errors.ts';
import { isSuspectedState, SUSPECTED_STATES, suspectedStateName } from '../suspected-states.ts';
import {
  formFieldName,
  formToReportInput,
  isCalendarDate,
  LIMITS,
  latestAllowedDate,
  ReportInput,
} from './report.ts';

const problems = (body: unknown) => {
  const parsed = ReportInput.safeParse(body);
  return parsed.success ? {} : fieldsFromIssues(parsed.error.issues);
};

const example = {
  language: 'en',
  narrative: 'A man called me from a Chinese number and said they know where my parents live.',
  incident: {
    startedOn: '2026-10-01',
    ongoing: true,
    province: 'ON',
    city: 'Toronto',
    institution: 'University of Toronto',
  },
  tactics: ['death_threat', 'doxxing'],
  communities: ['uyghur'],
  channels: ['messaging_app'],
  suspectedState: 'CN',
  perpetrators: [
    {
      description: 'Calls himself a student leader',
      indicators: [
        { kind: 'phone', value: '+86 138 0013 8000' },
        { kind: 'account', platform: 'wechat', value: 'wxid_abc123' },
      ],
    },
  ],
  reporter: { anonymous: true },
  consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
};

describe('ReportInput', () => {
  it('accepts the example of DESIGN.md and fills defaults', () => {
    const parsed = ReportInput.parse(example);
    expect(parsed.reporterKind).toBe('self');
    expect(parsed.consents.updates).toBe(true);
    expect(parsed.inDangerNow).toBe(false);
    expect(parsed.perpetrators[0]?.indicators).toHaveLength(2);
  });

  it('takes an institution as a code of the list, or as "other" with its name; older clients send a name', () => {
    const incident = (i: Record<string, unknown>) =>
      ReportInput.parse({ narrative: 'x', incident: i }).incident;
    expect(incident({ institution: 'on_utoronto' })).toEqual({ ongoing: false, institution: 'on_utoronto' });
    expect(incident({ institution: 'other', institutionOther: 'Toronto Tibetan school' })).toMatchObject({
      institution: 'other',
      institutionOther: 'Toronto Tibetan school',
    });
    // A name as the list writes it is the list's code; any other name is "other", the name kept to be sealed.
    expect(incident(example.incident)).toMatchObject({ institution: 'on_utoronto' });
    expect(incident(example.incident)).not.toHaveProperty('institutionOther');
    expect(incident({ institution: 'universite de montreal' })).toMatchObject({ institution: 'qc_udem' });
    expect(incident({ institution: 'Khenpo Jigme library' })).toEqual({
      ongoing: false,
      institution: 'other',
      institutionOther: 'Khenpo Jigme library',
    });
    expect(incident({ institutionOther: 'A night school' })).toMatchObject({ institution: 'other' });
    expect(incident({ institution: '', institutionOther: '' })).toEqual({ ongoing: false });
  });

  it('accepts an identified reporter and the narrative alone', () => {
    expect(
      problems({
        narrative: 'x',
        reporter: {
          anonymous: false,
          name: 'Tenzin',
          email: 'tenzin@example.org',
          phone: '+1 (416) 555-0199',
          preferredLanguage: 'bo',
          safeToContact: 'Weekday evenings',
        },
      }),
    ).toEqual({});
  });

  it('names each unknown code, without echoing it', () => {
    const p = problems({
      ...example,
      tactics: ['death_threat', 'drop table'],
      communities: ['martian'],
      suspectedState: 'XX',
      perpetrators: [
        { type: 'alien', attributionConfidence: 'total', indicators: [{ kind: 'smoke', value: 'v' }] },
      ],
      incident: { province: 'ZZ' },
    });
    expect(p).toEqual({
      'tactics.1': { key: 'error.invalidChoice' },
      'communities.0': { key: 'error.invalidChoice' },
      suspectedState: { key: 'error.invalidChoice' },
      'perpetrators.0.type': { key: 'error.invalidChoice' },
      'perpetrators.0.attributionConfidence': { key: 'error.invalidChoice' },
      'perpetrators.0.indicators.0.kind': { key: 'error.invalidChoice' },
      'incident.province': { key: 'error.invalidChoice' },
    });
  });

  it('knows every ISO 3166-1 state and no other code', () => {
    expect(SUSPECTED_STATES).toHaveLength(250);
    expect(['CN', 'IN', 'IR', 'RU', 'ER', 'XK', 'XX', 'cn', 'CHN', 'SU', 'EU'].map(isSuspectedState)).toEqual(
      [true, true, true, true, true, true, false, false, false, false, false],
    );
    expect(problems({ narrative: 'x', suspectedState: 'SU' })).toEqual({
      suspectedState: { key: 'error.invalidChoice' },
    });
  });

  it('names every state in every public language, in English where ICU has no Tibetan name', () => {
    for (const code of SUSPECTED_STATES) {
      for (const locale of ['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug', 'ru', 'fa', 'pa', 'ar'] as const) {
        expect(suspectedStateName(code, locale), `${code} ${locale}`).not.toBe(code);
      }
    }
    expect(suspectedStateName('IN', 'pa')).toBe('ਭਾਰਤ');
    expect(suspectedStateName('IR', 'fa')).toBe('ایران');
    expect(suspectedStateName('RU', 'ru')).toBe('Россия');
    expect(suspectedStateName('IN', 'bo')).toBe('རྒྱ་གར་');
    expect(suspectedStateName('ER', 'bo')).toBe('Eritrea');
    // The catalog's name wins over ICU's: the Uyghur community's name for China.
    expect(suspectedStateName('CN', 'ug')).toBe('خىتاي');
  });

  it('wants real, past dates in order', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(problems({ narrative: 'x', incident: { startedOn: '2026-02-30' } })).toEqual({
      'incident.startedOn': { key: 'error.invalidDate' },
    });
    expect(problems({ narrative: 'x', incident: { startedOn: '01/10/2026' } })).toEqual({
      'incident.startedOn': { key: 'error.invalidDate' },
    });
    expect(problems({ narrative: 'x', incident: { startedOn: '2999-01-01' } })).toEqual({
      'incident.startedOn': { key: 'error.futureDate' },
    });
    expect(
      problems({ narrative: 'x', incident: { startedOn: '2026-10-05', endedOn: '2026-10-01' } }),
    ).toEqual({
      'incident.endedOn': { key: 'error.dateOrder' },
    });
    expect(problems({ narrative: 'x', incident: { startedOn: latestAllowedDate() } })).toEqual({});
  });

  it('requires a narrative and bounds every text and list', () => {
    expect(problems({ ...example, narrative: '   ' })).toEqual({ narrative: { key: 'error.required' } });
    expect(problems({ ...example, narrative: undefined })).toEqual({ narrative: { key: 'error.required' } });
    expect(problems({ ...example, narrative: 'x'.repeat(LIMITS.narrative + 1) })).toEqual({
      narrative: { key: 'error.tooLong', params: { max: LIMITS.narrative } },
    });
    expect(problems({ ...example, incident: { city: 'c'.repeat(201) } })).toEqual({
      'incident.city': { key: 'error.tooLong', params: { max: 200 } },
    });
    const perpetrator = { indicators: [] };
    expect(problems({ ...example, perpetrators: Array(11).fill(perpetrator) })).toEqual({
      perpetrators: { key: 'error.tooMany', params: { max: 10 } },
    });
    const indicator = { kind: 'url', value: 'https://example.org' };
    expect(problems({ ...example, perpetrators: [{ indicators: Array(21).fill(indicator) }] })).toEqual({
      'perpetrators.0.indicators': { key: 'error.tooMany', params: { max: 20 } },
    });
    expect(
      problems({ ...example, reporter: { anonymous: false, email: 'not-an-email', phone: 'call me maybe' } }),
    ).toEqual({
      'reporter.email': { key: 'error.invalidEmail' },
      'reporter.phone': { key: 'error.invalidPhone' },
    });
  });
});

describe('formToReportInput', () => {
  it('turns form fields into the JSON shape the API takes', () => {
    const input = formToReportInput({
      language: 'fr',
      narrative: 'Ils ont appelé ma mère.',
      inDangerNow: 'true',
      'incident[startedOn]': '2026-09-01',
      'incident[endedOn]': '',
      'incident[ongoing]': 'true',
      'incident[province]': 'QC',
      tactics: ['family_questioned_or_detained', 'threat_against_family'],
      channels: 'phone_call',
      'perpetrators[0][description]': 'Police officer in Urumqi',
      'perpetrators[0][type]': 'origin_state_police_or_security',
      'perpetrators[0][indicators][0][kind]': 'phone',
      'perpetrators[0][indicators][0][value]': '+86 991 000 0000',
      'perpetrators[0][indicators][1][kind]': 'account',
      'perpetrators[0][indicators][1][platform]': '',
      'perpetrators[0][indicators][1][value]': '',
      'perpetrators[1][description]': '',
      'perpetrators[1][indicators][0][kind]': 'phone',
      'perpetrators[1][indicators][0][value]': '',
      'reporter[anonymous]': 'false',
      'reporter[email]': 'a@example.org',
      'consents[contact]': 'true',
      'consents[updates]': ['false', 'true'],
      powChallenge: 'abc',
      idempotencyKey: 'k',
    });
    expect(input).toEqual({
      language: 'fr',
      narrative: 'Ils ont appelé ma mère.',
      inDangerNow: true,
      incident: { startedOn: '2026-09-01', ongoing: true, province: 'QC' },
      tactics: ['family_questioned_or_detained', 'threat_against_family'],
      channels: ['phone_call'],
      perpetrators: [
        {
          description: 'Police officer in Urumqi',
          type: 'origin_state_police_or_security',
          indicators: [{ kind: 'phone', value: '+86 991 000 0000' }],
        },
      ],
      reporter: { anonymous: false, email: 'a@example.org' },
      consents: { contact: true, referralToPolice: false, anonymisedStatistics: false, updates: true },
    });
    expect(ReportInput.safeParse(input).success).toBe(true);
  });

  it('stays anonymous unless the person chose otherwise, and ignores unknown or hostile names', () => {
    const input = formToReportInput({
      narrative: 'n',
      'reporter[name]': 'typed then abandoned',
      __proto__: 'x',
      'perpetrators[0][__proto__][x]': 'y',
      'perpetrators[0][constructor][polluted]': 'y',
      'a[b][c][d][e][f]': 'deep',
    } as Record<string, string>);
    expect(input.reporter).toEqual({ anonymous: true });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(ReportInput.safeParse(input).success).toBe(true);
  });

  it('maps error paths back to field names', () => {
    expect(formFieldName('perpetrators.0.indicators.1.value')).toBe('perpetrators[0][indicators][1][value]');
    expect(formFieldName('narrative')).toBe('narrative');
  });
});

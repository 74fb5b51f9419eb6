import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { institutionNamed, isInstitutionCode, OTHER_INSTITUTION } from '../institutions.ts';
import { isSuspectedState } from '../suspected-states.ts';
import {
  ATTRIBUTION_CONFIDENCE,
  CHANNELS,
  COMMUNITIES,
  IMPACTS,
  INDICATOR_KINDS,
  PERPETRATOR_TYPES,
  PLATFORMS,
  PROVINCES,
  REPORTER_KINDS,
  TACTICS,
} from '../taxonomy.ts';

/**
 * The contract of `POST /api/v1/reports` (DESIGN.md, "Contracts"), shared by the API, the public form
 * (which turns its fields into this shape with `formToReportInput`) and the tests.
 *
 * Every text is bounded, every list is bounded, every code is one of the taxonomy's. Problems come back
 * as message keys (see problemFromIssue in src/server/platform/http/errors.ts), never as the value sent.
 */

export const LIMITS = {
  narrative: 20_000,
  shortText: 200,
  description: 2_000,
  indicatorValue: 500,
  perpetrators: 10,
  indicatorsPerPerpetrator: 20,
  email: 254,
  phone: 40,
  name: 200,
  safeToContact: 500,
  preferredLanguage: 50,
  idempotencyKey: 200,
  files: 10,
} as const;

// ---------------------------------------------------------------------------------------------------
// Dates: real calendar days written YYYY-MM-DD, never in the future.

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a day that exists in the calendar (2026-02-29 does not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_SHAPE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The latest day a reporter may name: today where the day starts first (UTC+14), so nobody east of
 * Greenwich is told that their today is "in the future".
 */
export function latestAllowedDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

const DateOnly = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: 'invalid date', params: { key: 'error.invalidDate' } });
    } else if (value > latestAllowedDate()) {
      ctx.addIssue({ code: 'custom', message: 'future date', params: { key: 'error.futureDate' } });
    }
  })
  .describe('A calendar date, YYYY-MM-DD, not in the future');

// ---------------------------------------------------------------------------------------------------
// Small parts.

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional();
const codes = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).default([]);

const SuspectedStateCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isSuspectedState(value)) {
      ctx.addIssue({ code: 'custom', message: 'unknown state', params: { key: 'error.invalidChoice' } });
    }
  })
  .describe('ISO 3166-1 alpha-2 code of the state suspected to be behind it, e.g. CN; absent when not sure');

const PHONE = /^\+?[0-9 ()./-]{3,40}$/;

export const Indicator = z
  .object({
    kind: z.enum(INDICATOR_KINDS),
    platform: z.enum(PLATFORMS).optional().describe('For kind "account": the platform it is on'),
    value: text(LIMITS.indicatorValue).min(1),
  })
  .describe('An identifier of the perpetrator: a phone number, account, e-mail, URL, domain, IP…');
export type Indicator = z.infer<typeof Indicator>;

export const Perpetrator = z.object({
  description: optionalText(LIMITS.description),
  organisation: optionalText(LIMITS.shortText).describe(
    'The organisation or group they act for or belong to, if named ("a student association", "Xinhua")',
  ),
  type: z.enum(PERPETRATOR_TYPES).optional(),
  attributionConfidence: z.enum(ATTRIBUTION_CONFIDENCE).optional(),
  indicators: z.array(Indicator).max(LIMITS.indicatorsPerPerpetrator).default([]),
});
export type Perpetrator = z.infer<typeof Perpetrator>;

/**
 * Where it happened. The province and the institution are codes, counted in statistics; the city and the
 * name of an institution that is not on the list are the reporter's words, sealed with the report and read
 * only by staff who may read its content.
 *
 * `institution` is a code of the `institution` vocabulary (GET /api/v1/taxonomy), or `other` with the
 * name in `institutionOther`. For clients written before the list, any other text is accepted as the name
 * of an institution: one of the list's names (case and accents aside) becomes its code, anything else
 * becomes `other` with the text as its name.
 */
export const Incident = z
  .object({
    startedOn: DateOnly.optional(),
    endedOn: DateOnly.optional(),
    ongoing: z.boolean().default(false),
    province: z.enum(PROVINCES).optional(),
    city: optionalText(LIMITS.shortText).describe('Sealed: staff who may read the report see it'),
    institution: optionalText(LIMITS.shortText).describe(
      'An institution code (vocabulary `institution`), `other`, or (older clients) an institution’s name',
    ),
    institutionOther: optionalText(LIMITS.shortText).describe(
      'The name of an institution not on the list (with institution `other`); sealed',
    ),
  })
  .superRefine((incident, ctx) => {
    const { startedOn, endedOn } = incident;
    if (startedOn && endedOn && isCalendarDate(startedOn) && isCalendarDate(endedOn) && endedOn < startedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['endedOn'],
        message: 'end before start',
        params: { key: 'error.dateOrder' },
      });
    }
  })
  .transform(({ institution, institutionOther, ...rest }) => ({
    ...rest,
    ...placeOfInstitution(institution || undefined, institutionOther || undefined),
  }));

/** The institution as stored: a code of the list or `other`, and the typed name of an `other` one. */
function placeOfInstitution(
  institution: string | undefined,
  other: string | undefined,
): { institution?: string; institutionOther?: string } {
  if (institution === undefined || institution === OTHER_INSTITUTION) {
    if (other === undefined) return institution ? { institution } : {};
    const listed = institutionNamed(other);
    return listed ? { institution: listed } : { institution: OTHER_INSTITUTION, institutionOther: other };
  }
  if (isInstitutionCode(institution)) return { institution };
  const listed = institutionNamed(institution);
  return listed ? { institution: listed } : { institution: OTHER_INSTITUTION, institutionOther: institution };
}
export type Incident = z.infer<typeof Incident>;

export const AnonymousReporter = z.object({ anonymous: z.literal(true) });
export const IdentifiedReporter = z.object({
  anonymous: z.literal(false),
  name: optionalText(LIMITS.name),
  email: z.email().max(LIMITS.email).optional(),
  phone: text(LIMITS.phone)
    .superRefine((value, ctx) => {
      if (!PHONE.test(value) || !/[0-9].*[0-9].*[0-9]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'invalid phone', params: { key: 'error.invalidPhone' } });
      }
    })
    .optional(),
  preferredLanguage: optionalText(LIMITS.preferredLanguage).describe(
    'Any language, e.g. "bo" or "Cantonese"',
  ),
  safeToContact: optionalText(LIMITS.safeToContact).describe('When and how it is safe to get in touch'),
});
export const Reporter = z.discriminatedUnion('anonymous', [AnonymousReporter, IdentifiedReporter]);
export type Reporter = z.infer<typeof Reporter>;

export const Consents = z.object({
  contact: z.boolean().default(false).describe('The focal point may contact the reporter'),
  referralToPolice: z.boolean().default(false).describe('The report may be referred to police'),
  anonymisedStatistics: z.boolean().default(false).describe('May count in de-identified statistics'),
  updates: z.boolean().default(true).describe('Tell the reporter (in follow-up) of referrals and outcomes'),
});
export type Consents = z.infer<typeof Consents>;

export const ReportInput = z.object({
  language: z.enum(LOCALES).default('en').describe('The language the reporter wrote in and reads'),
  inDangerNow: z
    .boolean()
    .default(false)
    .describe('The reporter says the danger is happening now (risk "immediate")'),
  reporterKind: z.enum(REPORTER_KINDS).default('self'),
  narrative: z.string().trim().min(1).max(LIMITS.narrative).describe('What happened, in their own words'),
  incident: Incident.default({ ongoing: false }),
  tactics: codes(TACTICS),
  communities: codes(COMMUNITIES),
  channels: codes(CHANNELS),
  impacts: codes(IMPACTS),
  suspectedState: SuspectedStateCode.optional(),
  perpetrators: z.array(Perpetrator).max(LIMITS.perpetrators).default([]),
  reporter: Reporter.default({ anonymous: true }),
  consents: Consents.default({
    contact: false,
    referralToPolice: false,
    anonymisedStatistics: false,
    updates: true,
  }),
});
/** A validated report, as the intake service receives it. */
export type ReportInput = z.infer<typeof ReportInput>;
/** What a client may send (defaults not yet applied). */
export type ReportInputBody = z.input<typeof ReportInput>;

/** Why an evidence file was not kept although the report was (evidence/file-workers.ts, examine.ts). */
export const EVIDENCE_REFUSALS = [
  'expandsTooMuch',
  'submissionExpandsTooMuch',
  'tooSlow',
  'tooComplex',
] as const;
export type EvidenceRefusal = (typeof EVIDENCE_REFUSALS)[number];

/** A file refused for exceeding a limit; everything else that was sent is kept. */
export const RefusedFile = z.object({
  file: z.number().int().describe('Its position among the files sent, from 1'),
  reason: z.enum(EVIDENCE_REFUSALS),
  message: z.string().describe('Localised, for the person who sent it'),
});
export type RefusedFile = z.infer<typeof RefusedFile>;

export const ReportAccepted = z.object({
  reference: z.string().describe('FP-XXXXXXX: the reference staff use; not a secret'),
  receipt: z.string().describe('The reporter’s secret key to follow up; shown once, never stored in clear'),
  refusedFiles: z
    .array(RefusedFile)
    .optional()
    .describe('Files not kept because opening them safely was beyond a limit; absent when none'),
});
export type ReportAccepted = z.infer<typeof ReportAccepted>;

/** `GET /api/v1/reports/challenge`: an optional proof-of-work puzzle for browsers that run JavaScript. */
export const PowChallenge = z.object({
  challenge: z.string().describe('Opaque, signed; send it back unchanged'),
  difficulty: z.number().int().describe('Leading zero bits required of sha256(challenge + counter)'),
  expiresAt: z.string(),
});
export type PowChallenge = z.infer<typeof PowChallenge>;

// ---------------------------------------------------------------------------------------------------
// The HTML form. Field names (what H2's form must use; all optional except narrative):
//
//   language                      one of LOCALES (the page's locale)
//   inDangerNow                   checkbox, value "true"
//   reporterKind                  self | someone_else | organisation
//   narrative                     textarea
//   incident[startedOn]           YYYY-MM-DD   incident[endedOn]   incident[ongoing] (checkbox "true")
//   incident[province]            incident[city]   incident[institution] (a code, or `other`)
//   incident[institutionOther]    the name of an institution not on the list
//   tactics, communities, channels, impacts      repeated checkboxes: tactics=death_threat&tactics=doxxing
//   suspectedState                e.g. CN
//   perpetrators[i][description]  perpetrators[i][type]  perpetrators[i][attributionConfidence]
//   perpetrators[i][indicators][j][kind]  perpetrators[i][indicators][j][platform]
//   perpetrators[i][indicators][j][value]
//   reporter[anonymous]           "true" (default) or "false"; then reporter[name], reporter[email],
//                                 reporter[phone], reporter[preferredLanguage], reporter[safeToContact]
//   consents[contact], consents[referralToPolice], consents[anonymisedStatistics], consents[updates]
//                                 checkboxes "true"; an unchecked box is absent and means false, except
//                                 consents[updates] which the form should render as a checked box
//   evidence                      file inputs (multipart/form-data), at most LIMITS.files
//   powChallenge, powSolution     hidden, filled by the proof-of-work script when JavaScript runs
//   idempotencyKey                hidden, a random value made when the page is rendered, so that a
//                                 double click or a resubmitted page gives one report, not two
//
// Blank optional fields are dropped, and so are perpetrator rows and identifier rows left entirely blank
// (forms offer spare empty rows). Row numbers in error paths refer to the rows that remain, so re-render
// the rows from the compacted input that `formToReportInput` returns (then indexes match).

const FORM_ONLY_FIELDS = new Set(['powChallenge', 'powSolution', 'idempotencyKey', 'evidence', 'csrf']);
const LIST_FIELDS = new Set(['tactics', 'communities', 'channels', 'impacts']);
const BOOLEAN_PATHS = new Set([
  'inDangerNow',
  'incident.ongoing',
  'reporter.anonymous',
  'consents.contact',
  'consents.referralToPolice',
  'consents.anonymisedStatistics',
  'consents.updates',
]);

/** `perpetrators[0][indicators][1][value]` → ['perpetrators', '0', 'indicators', '1', 'value']. */
export function parseFieldName(name: string): string[] | null {
  const m = /^([A-Za-z][A-Za-z0-9]*)((?:\[[A-Za-z0-9]*\])*)$/.exec(name);
  if (!m) return null;
  const rest = [...(m[2] ?? '').matchAll(/\[([A-Za-z0-9]*)\]/g)].map((x) => x[1] ?? '');
  if (rest.some((part) => part === '')) return null;
  return [m[1]!, ...rest];
}

/** The form field for an error path: `perpetrators.0.indicators.1.value` → `perpetrators[0][indicators][1][value]`. */
export function formFieldName(path: string): string {
  const [head, ...rest] = path.split('.');
  return `${head ?? ''}${rest.map((p) => `[${p}]`).join('')}`;
}

function asBoolean(value: string): boolean {
  return ['true', 'on', '1', 'yes'].includes(value.trim().toLowerCase());
}

type Tree = { [key: string]: Tree | string };

function isBlankTree(node: Tree | string | undefined): boolean {
  if (node === undefined) return true;
  if (typeof node === 'string') return node.trim() === '';
  return Object.values(node).every(isBlankTree);
}

/**
 * A spare perpetrator row: no description, no organisation, no identifier value, and no type or confidence chosen (a
 * select's empty option, or "unknown", counts as not chosen; an identifier's kind alone does not count).
 */
function isBlankPerpetrator(row: Tree): boolean {
  const field = (name: string) => {
    const v = Object.hasOwn(row, name) ? row[name] : undefined;
    return typeof v === 'string' ? v.trim() : '';
  };
  const indicators = Object.hasOwn(row, 'indicators') ? row.indicators : undefined;
  const anyValue =
    typeof indicators === 'object' &&
    Object.values(indicators).some((ind) => typeof ind === 'object' && !isBlankTree(ind.value));
  return (
    !anyValue &&
    field('description') === '' &&
    field('organisation') === '' &&
    (field('type') === '' || field('type') === 'unknown') &&
    field('attributionConfidence') === ''
  );
}

function compactRows(node: Tree | string | undefined, itemIsBlank: (item: Tree) => boolean): Tree[] {
  if (node === undefined || typeof node === 'string') return [];
  return Object.entries(node)
    .filter(([k]) => /^\d+$/.test(k))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, v]) => v)
    .filter((v): v is Tree => typeof v !== 'string' && !itemIsBlank(v));
}

function pruneBlanks(node: Tree): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (typeof v === 'string') {
      if (v.trim() !== '') out[k] = v;
    } else {
      out[k] = pruneBlanks(v);
    }
  }
  return out;
}

/**
 * Turns form-encoded fields (as @fastify/formbody or multipart give them) into the JSON shape of
 * `ReportInput`, ready for `ReportInput.safeParse`. It does not validate: unknown codes stay as sent so
 * that validation names the field. Unknown field names are ignored.
 */
export function formToReportInput(fields: Record<string, string | string[]>): Record<string, unknown> {
  // Null-prototype nodes and own-property reads: a field named "constructor" or "__proto__" stays data.
  const tree: Tree = Object.create(null);
  const lists: Record<string, string[]> = {};
  const booleans: Record<string, boolean> = {};
  for (const [name, raw] of Object.entries(fields)) {
    if (FORM_ONLY_FIELDS.has(name)) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    if (LIST_FIELDS.has(name) || /^(tactics|communities|channels|impacts)\[\]$/.test(name)) {
      const key = name.replace('[]', '');
      lists[key] = [...(lists[key] ?? []), ...values.map((v) => v.trim()).filter((v) => v !== '')];
      continue;
    }
    const path = parseFieldName(name);
    if (!path || path.length > 5) continue;
    // A checkbox posted beside a hidden "false" default arrives twice: any true wins.
    const value = values.length > 1 && BOOLEAN_PATHS.has(path.join('.')) ? values : values.at(-1);
    if (value === undefined) continue;
    if (BOOLEAN_PATHS.has(path.join('.'))) {
      booleans[path.join('.')] = (Array.isArray(value) ? value : [value]).some(asBoolean);
      continue;
    }
    let node = tree;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (typeof next === 'string') break;
      const child: Tree = next ?? Object.create(null);
      node[part] = child;
      node = child;
    }
    node[path.at(-1)!] = Array.isArray(value) ? (value.at(-1) ?? '') : value;
  }

  const perpetrators = compactRows(tree.perpetrators, isBlankPerpetrator).map((row) => {
    const indicators = compactRows(row.indicators, (ind) => isBlankTree(ind.value)).map(pruneBlanks);
    const { indicators: _drop, ...rest } = row;
    return { ...pruneBlanks(rest), indicators };
  });
  const { perpetrators: _p, incident, reporter, consents, ...top } = tree;
  const out: Record<string, unknown> = pruneBlanks(top);
  for (const [k, v] of Object.entries(lists)) out[k] = v;
  if (perpetrators.length > 0) out.perpetrators = perpetrators;

  const section = (name: 'incident' | 'reporter' | 'consents', node: Tree | string | undefined) => {
    const values: Record<string, unknown> = typeof node === 'object' ? pruneBlanks(node) : {};
    for (const [path, b] of Object.entries(booleans)) {
      if (path.startsWith(`${name}.`)) values[path.slice(name.length + 1)] = b;
    }
    return values;
  };
  const incidentValues = section('incident', incident);
  if (Object.keys(incidentValues).length > 0) out.incident = incidentValues;
  const reporterValues = section('reporter', reporter);
  // Anonymous unless the person chose otherwise; identity fields typed and then abandoned are dropped.
  out.reporter = reporterValues.anonymous === false ? reporterValues : { anonymous: true };
  // Consent is never presumed: an absent box is false, except being told of outcomes (default true,
  // which the form shows as a checked box, so an unchecked box arrives as absent and means false here).
  const consentValues = section('consents', consents);
  out.consents = {
    contact: consentValues.contact === true,
    referralToPolice: consentValues.referralToPolice === true,
    anonymisedStatistics: consentValues.anonymisedStatistics === true,
    updates: consentValues.updates === true,
  };
  if ('inDangerNow' in booleans) out.inDangerNow = booleans.inDangerNow;
  return out;
}

import type { IndicatorKind } from '../../shared/taxonomy.ts';
import { Claims, type Confidence, eachMatch, type FoundIndicator, tagged } from './claims.ts';
import { findDomains } from './find-domains.ts';
import { findHandles, findLabelledAccounts, findWechatIds } from './narrative-accounts.ts';
import {
  cleanText,
  domainOf,
  isPlatformFeaturePage,
  isSharedServiceDomain,
  normaliseIndicator,
  normaliseIp,
  normalisePhone,
  normaliseUrl,
  type PhoneContext,
  type Platform,
  publicIp,
} from './normalise.ts';
import { phoneRegionsOf } from './phone-regions.ts';
import { emailFindings, trimUrl, URL_CHARS, urlFindings } from './url-findings.ts';

export type { Confidence, MatchedAs } from './claims.ts';

/**
 * Finds identifiers in what people wrote — in English, French, Chinese (no spaces between words),
 * Tibetan, Uyghur, Russian, Persian, Arabic and Punjabi (right-to-left, sometimes with their own digits) —
 * and returns them normalised, each with how it was found and how sure that is.
 *
 * The text is first cleaned (NFKC, so ＋８６ １３８… becomes +86 138…; other digits to ASCII; invisible
 * direction marks removed). Then patterns run from the most specific to the least: defanged URLs and
 * addresses, URLs, e-mails, accounts shown by a label ("微信号：…", "QQ: 12345678", "compte Instagram :
 * …"), wxid_…, @handles, IP addresses, phone numbers, bare domains. Each character belongs to at most one
 * finding, so the digits of a URL or of a QQ number are never also read as a phone number. Every URL and
 * e-mail address also gives the registrable domain it lives on.
 */

export type IndicatorSource = 'structured' | 'narrative' | 'message';

/**
 * An identifier found in a report, as the linker receives it:
 *   kind, platform, value  the normalised identifier (value is what the blind index is made of)
 *   source                 where it was: a structured field, the narrative (or a perpetrator's
 *                          description), or a later message from the reporter
 *   matchedAs              how it was found (see MatchedAs in claims.ts): 'field', 'url', 'email-domain' …
 *   confidence             'high' for structured fields, URLs, e-mails, defanged forms, labelled IDs,
 *                          handles on a named platform, public IPs and numbers with their country code;
 *                          'medium' for weaker shapes in prose (bare domains, a handle whose platform is
 *                          guessed, a national number, an ID after a platform name with no label)
 *   linkable               false when the value must never link two reports on its own: the domain of a
 *                          shared service (sharedService: true) — gmail.com, t.me, bit.ly, youtube.com …
 *                          — or the home page of one of its hosts (mail.qq.com, wx.qq.com), or a
 *                          platform's own page (facebook.com/help, x.com/explore)
 *   sharedService          present (true) on the domain or a host's home page of a shared service
 */
export type ExtractedIndicator = FoundIndicator & {
  source: IndicatorSource;
  linkable: boolean;
  sharedService?: true;
};

/** What extractFromText returns: an extracted identifier before its source is known. */
export type TextIndicator = Omit<ExtractedIndicator, 'source'>;

const PATTERNS = {
  schemeUrl: new RegExp(`\\bhttps?:\\/\\/${URL_CHARS}+`, 'gi'),
  email:
    /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])/g,
  wwwUrl: new RegExp(
    `(?<![\\w.@/-])www\\d?\\.(?:[a-z0-9-]{1,63}\\.)+[a-z]{2,63}(?:[/?:]${URL_CHARS}*)?`,
    'gi',
  ),
  hostPathUrl: new RegExp(
    `(?<![\\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}\\/${URL_CHARS}*`,
    'gi',
  ),
  ipv4: /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g,
  ipv6: /(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![0-9A-Fa-f:.])/g,
  phone: /(?<![\w+])(?:\+|\(\+?)?\d[\d().\-/ \t\u00a0]{5,28}\d\)?(?![\w])/g,
} as const;

const DATE_LIKE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}\s*[-–]\s*\d{4})$/;
// "version 3.2.1.5", "v1.2.3.4", "版本 2.1.0.3": numbers, not addresses.
const VERSION_BEFORE = /(?:\bv|version\s*|версия\s*|版本\s*)$/i;

function findUrls(text: string, claims: Claims, re: RegExp) {
  eachMatch(re, text, (m) => {
    const raw = trimUrl(m[0]);
    const start = m.index;
    const end = start + raw.length;
    if (!claims.free(start, end)) return;
    const found = urlFindings(raw, 'url');
    if (found.length > 0) claims.claim(start, end, found);
    else claims.block(start, end);
  });
}

// A number written with its country code is a phone number even in a range not yet assigned.
const withCountryCode = (text: string) => ({ lenient: /^\s*(\(?\+|00)/.test(text) });

/** Splits a phone candidate that swallowed neighbouring numbers ("2019 138 0013 8000") into its groups. */
function phonesIn(
  candidate: string,
  context: PhoneContext,
): { offset: number; length: number; e164: string }[] {
  const whole = candidate.trim();
  if (!DATE_LIKE.test(whole)) {
    const e164 = normalisePhone(whole, context, withCountryCode(whole));
    if (e164?.startsWith('+')) return [{ offset: candidate.indexOf(whole), length: whole.length, e164 }];
  }
  const groups = [...candidate.matchAll(/[^\s\u00a0]+/g)];
  const out: { offset: number; length: number; e164: string }[] = [];
  let i = 0;
  while (i < groups.length) {
    let matched = false;
    for (let j = groups.length; j > i; j--) {
      const first = groups[i]!;
      const last = groups[j - 1]!;
      const start = first.index;
      const end = last.index + last[0].length;
      const piece = candidate.slice(start, end);
      if (piece.replace(/\D/g, '').length < 7 || DATE_LIKE.test(piece)) continue;
      const e164 = normalisePhone(piece, context, withCountryCode(piece));
      if (e164?.startsWith('+')) {
        out.push({ offset: start, length: end - start, e164 });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return out;
}

function findIps(text: string, claims: Claims) {
  const take = (m: RegExpExecArray) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end) || VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)))
      return;
    const ip = publicIp(m[0]);
    if (ip) claims.claim(m.index, end, [{ kind: 'ip', value: ip, matchedAs: 'ip', confidence: 'high' }]);
    else if (normaliseIp(m[0])) claims.block(m.index, end);
  };
  eachMatch(PATTERNS.ipv4, text, take);
  eachMatch(PATTERNS.ipv6, text, (m) => {
    if (/[a-f]|::/i.test(m[0]) && (m[0].match(/:/g)?.length ?? 0) >= 2) take(m);
  });
}

function findPhones(text: string, claims: Claims, context: PhoneContext) {
  eachMatch(PATTERNS.phone, text, (m) => {
    const raw = m[0].replace(/[\s\u00a0.\-/]+$/, '');
    for (const phone of phonesIn(raw, context)) {
      const start = m.index + phone.offset;
      const end = start + phone.length;
      // A number found in prose was validated for its country (libphonenumber, in the suspected state's or
      // Canada's numbering plan, or its own country code): as sure as one typed in a field.
      if (claims.free(start, end))
        claims.claim(start, end, [
          {
            kind: 'phone',
            value: phone.e164,
            matchedAs: 'phone',
            confidence: 'high',
          },
        ]);
    }
  });
}

/** Identifiers in one free text (a narrative, a description, a message), normalised and without repeats. */
export function extractFromText(input: string, context: PhoneContext = {}): TextIndicator[] {
  // Length is preserved by cleanText only approximately, so all positions refer to the cleaned text.
  const text = cleanText(input);
  const claims = new Claims(text.length);

  findDomains(text, claims, 'defanged');
  findUrls(text, claims, PATTERNS.schemeUrl);
  eachMatch(PATTERNS.email, text, (m) => {
    const end = m.index + m[0].length;
    if (claims.free(m.index, end)) claims.claim(m.index, end, emailFindings(m[0], 'email'));
  });
  findDomains(text, claims, 'at-host');
  findUrls(text, claims, PATTERNS.wwwUrl);
  findUrls(text, claims, PATTERNS.hostPathUrl);
  findLabelledAccounts(text, claims, context);
  findWechatIds(text, claims);
  findHandles(text, claims, context);
  findIps(text, claims);
  findPhones(text, claims, context);
  findDomains(text, claims, 'bare');

  const found = claims.found.sort((a, b) => a.start - b.start).flatMap((f) => f.indicators);
  return merge(found.map(withLinkability));
}

// The home page of a host, as a URL value: no path, no query ("mail.qq.com", not "bit.ly/3xYz").
const HOME_PAGE = /^[^/?#]+$/;

function withLinkability(i: FoundIndicator): TextIndicator {
  // The home page of a shared service's host (mail.qq.com, wx.qq.com, mail.163.com) is the service itself,
  // as its domain is: many unrelated people log in there. A tenant's own site (someone.wordpress.com) is
  // not a shared service, and a specific address on the service (a video, a short link) still links.
  const service = i.kind === 'domain' || (i.kind === 'url' && HOME_PAGE.test(i.value));
  if (service && isSharedServiceDomain(i.value)) return { ...i, linkable: false, sharedService: true };
  if (i.kind === 'url' && isPlatformFeaturePage(i.value))
    return { ...i, linkable: false, sharedService: true };
  return { ...i, linkable: true };
}

function key(i: { kind: IndicatorKind; value: string }) {
  return `${i.kind}\u0000${i.value}`;
}

const RANK: Record<Confidence, number> = { medium: 0, high: 1 };

/** One entry per value: the first mention (the strongest source) names how it was found; the surest confidence wins. */
function merge<T extends TextIndicator>(list: T[]): T[] {
  const seen = new Map<string, T>();
  for (const i of list) {
    const k = key(i);
    const first = seen.get(k);
    if (!first) seen.set(k, { ...i });
    else if (RANK[i.confidence] > RANK[first.confidence]) first.confidence = i.confidence;
  }
  return [...seen.values()];
}

export type StructuredIndicatorInput = {
  kind: IndicatorKind;
  platform?: Platform | undefined;
  value: string;
};

/**
 * An identifier a staff member adds to a report (the extractor missed it): read like a structured field,
 * recorded as added by staff.
 */
export function fromStaff(
  indicator: StructuredIndicatorInput,
  context: PhoneContext = {},
): ExtractedIndicator[] {
  return fromField(indicator, context).map((i) => ({
    ...i,
    matchedAs: 'staff' as const,
    source: 'structured' as const,
  }));
}

/** A value typed into a structured field is trusted as typed: high confidence, found as 'field'. */
function fromField(indicator: StructuredIndicatorInput, context: PhoneContext): TextIndicator[] {
  const normalised = normaliseIndicator(indicator, context);
  const unusable = normalised.length === 0 || normalised.every((n) => n.kind === 'other');
  // A person may type several values, or a sentence, into one field: read it as text then.
  const fromText = unusable && indicator.kind !== 'other' ? extractFromText(indicator.value, context) : [];
  if (fromText.length > 0) return fromText;
  const out: FoundIndicator[] = tagged(normalised, 'field', 'high');
  // Like a URL or an address in prose, one typed in a field also names the domain it lives on.
  const domain =
    indicator.kind === 'url'
      ? normaliseUrl(indicator.value)?.domain
      : normalised[0] && domainOf(normalised[0]);
  if (domain && !normalised.some((n) => n.kind === 'domain' && n.value === domain))
    out.push({
      kind: 'domain',
      value: domain,
      matchedAs: indicator.kind === 'email' ? 'email-domain' : 'url-domain',
      confidence: 'high',
    });
  return out.map(withLinkability);
}

/**
 * Everything a report says about who did it: the structured indicators (normalised by their declared
 * kind, and read as text too in case a person typed several values into one field), perpetrator
 * descriptions and the narrative. A value found in several places counts once, with the strongest source.
 */
export function extractFromReport(report: {
  narrative: string;
  /** The language the reporter wrote in: where a national phone number may come from (phone-regions.ts). */
  language?: string | null | undefined;
  suspectedState?: string | null | undefined;
  perpetrators?: readonly {
    description?: string | undefined;
    indicators?: readonly StructuredIndicatorInput[];
  }[];
}): ExtractedIndicator[] {
  const context: PhoneContext = {
    suspectedState: report.suspectedState ?? null,
    spokenIn: phoneRegionsOf(report.language),
  };
  const out: ExtractedIndicator[] = [];
  for (const perpetrator of report.perpetrators ?? []) {
    for (const indicator of perpetrator.indicators ?? []) {
      for (const n of fromField(indicator, context)) out.push({ ...n, source: 'structured' });
    }
  }
  for (const perpetrator of report.perpetrators ?? []) {
    if (perpetrator.description) {
      for (const n of extractFromText(perpetrator.description, context))
        out.push({ ...n, source: 'narrative' });
    }
  }
  for (const n of extractFromText(report.narrative, context)) out.push({ ...n, source: 'narrative' });
  return merge(out);
}

/**
 * The identifiers a text IS, without the domains it only implies: a search for an e-mail address or a
 * t.me link means that address or that channel, not every report on the same domain. When a text gives
 * nothing but implied domains ("@example.org"), those are what it is.
 */
export function ownIdentifiers<T extends TextIndicator>(list: readonly T[]): T[] {
  const own = list.filter((i) => i.matchedAs !== 'url-domain' && i.matchedAs !== 'email-domain');
  return own.length > 0 ? own : [...list];
}

/** Identifiers in a message from the reporter (follow-up). */
export function extractFromMessage(text: string, context: PhoneContext = {}): ExtractedIndicator[] {
  return extractFromText(text, context).map((n) => ({ ...n, source: 'message' as const }));
}

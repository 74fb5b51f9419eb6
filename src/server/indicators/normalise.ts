import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { IndicatorKind, PLATFORMS } from '../../shared/taxonomy.ts';
import { cleanText } from './clean-text.ts';
import {
  hasKnownPublicSuffix,
  isSharedServiceDomain,
  normaliseHost,
  registrableDomain,
  registrableOf,
} from './domains.ts';
import { isNonPublicIp, normaliseIp, publicIp } from './ip.ts';

export {
  cleanText,
  hasKnownPublicSuffix,
  isNonPublicIp,
  isSharedServiceDomain,
  normaliseHost,
  normaliseIp,
  publicIp,
  registrableDomain,
  registrableOf,
};

/**
 * One identifier, one form. Every function here takes what a person typed (in any script, with full-width
 * digits, spaces, tracking parameters…) and returns the canonical string that the blind index is made of,
 * or null when the text is not that kind of identifier. The same rules serve structured fields, free text,
 * the warning list and the search filter, so a value typed anywhere meets itself.
 */

export type Platform = (typeof PLATFORMS)[number];

/** A normalised identifier: `value` is what blindIndexFor(kind, value) is computed over. */
export type NormalisedIndicator = { kind: IndicatorKind; platform?: Platform; value: string };

/**
 * Context that resolves national formats: the state the reporter suspects first (China when none was
 * named, the state most reports name), then Canada; then, for a
 * national number (with its trunk 0) neither accepts, the countries where the report's language is
 * spoken (`spokenIn`, from lists/phone-regions.txt), in order.
 */
export type PhoneContext = {
  suspectedState?: string | null;
  homeRegion?: string;
  spokenIn?: readonly string[];
};

// ---------------------------------------------------------------------------------------------------
// Phones

const NANP_GROUPS = /^(1[\s.-]*)?\(?[2-9]\d{2}\)?[\s.-]*[2-9]\d{2}[\s.-]*\d{4}$/;

function parsedIn(national: string, region: string, lenient: boolean): string | null {
  const parsed = parsePhoneNumberFromString(national, region as CountryCode);
  if (!parsed) return null;
  return parsed.isValid() || (lenient && parsed.isPossible()) ? parsed.number : null;
}

/**
 * A phone number in E.164 (`+8613800138000`), or null. `+86`, `0086` and `86` prefixes are alike; a
 * national number is tried in the suspected state's plan and in Canada's, and the way it is grouped decides
 * when both would accept it ("(514) 555-1234" is Canadian, "151 4555 1234" a Chinese mobile).
 * Numbers must be valid in their country's plan; `lenient` (a field the person labelled as a phone, or a
 * number written with its country code) also accepts numbers of a possible length in an unassigned range.
 * Short public numbers (911, 110) are kept as their digits so the warning list can name them.
 */
export function normalisePhone(
  input: string,
  context: PhoneContext = {},
  opts: { lenient?: boolean } = {},
): string | null {
  const text = cleanText(input)
    .trim()
    .replace(/^(tel|phone|callto):/i, '');
  if (!/^\(?\+?[\d\s().\-/]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  const international = /^\(?\+/.test(text);
  if (digits.length >= 3 && digits.length <= 6 && !international) return digits;
  if (digits.length < 7 || digits.length > 17) return null;
  const home = context.homeRegion ?? 'CA';
  const suspected = (context.suspectedState ?? 'CN').toUpperCase();
  const lenient = opts.lenient === true;

  const first = (candidates: string[], region: string) => {
    for (const loose of lenient ? [false, true] : [false]) {
      for (const c of candidates) {
        const e164 = parsedIn(c, region, loose);
        if (e164) return e164;
      }
    }
    return null;
  };
  if (international) return first([`+${digits}`], home);
  if (digits.startsWith('00')) return first([`+${digits.slice(2)}`], home);
  if (digits.startsWith('011') && digits.length > 11) {
    const viaNanp = parsedIn(`+${digits.slice(3)}`, home, lenient);
    if (viaNanp) return viaNanp;
  }
  // Grouping is the cue: "1-514-555-1234" is Canadian, but eleven digits in a row starting with 1 are
  // far more often a Chinese mobile number.
  const nanpShaped = NANP_GROUPS.test(text) && (digits.length === 10 || /\D/.test(text));
  const regions = [...new Set(nanpShaped ? [home, suspected] : [suspected, home])];
  for (const region of regions) {
    const e164 = parsedIn(digits, region, false);
    if (e164) return e164;
  }
  // "86 138 0013 8000": a country code written without its plus.
  const withPlus = parsedIn(`+${digits}`, home, false) ?? inCountrySpoken(digits, regions, context);
  if (withPlus || !lenient) return withPlus;
  for (const region of regions) {
    const e164 = parsedIn(digits, region, true);
    if (e164) return e164;
  }
  return null;
}

/**
 * A national number written with its trunk prefix ("06 12 34 56 78"), valid in a country where the
 * report's language is spoken: the first in the list's order that accepts it, or null. Only with the
 * trunk 0: eight bare digits are too often something else to be read as a number of some country.
 */
function inCountrySpoken(digits: string, tried: readonly string[], context: PhoneContext): string | null {
  if (!digits.startsWith('0')) return null;
  for (const region of context.spokenIn ?? []) {
    const e164 = tried.includes(region) ? null : parsedIn(digits, region, false);
    if (e164) return e164;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// E-mail

const EMAIL = /^([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,63}|[^\s@]+\.[^\s@]+)$/u;
const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/**
 * Lower-cased (mailboxes are case-insensitive in practice everywhere the coalition saw). Only Gmail's
 * rules are applied — dots and "+tag" ignored, googlemail.com is gmail.com — because Google documents
 * them; other providers treat dots as significant, so folding them would merge different people.
 */
export function normaliseEmail(input: string): string | null {
  const text = cleanText(input)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\.$/, '');
  const m = EMAIL.exec(text);
  if (!m) return null;
  let local = (m[1] ?? '').toLowerCase();
  let domain = normaliseHost(m[2] ?? '');
  if (!domain || !local || local.startsWith('.') || local.endsWith('.')) return null;
  if (GMAIL.has(domain)) {
    local = local.split('+')[0]!.replaceAll('.', '');
    domain = 'gmail.com';
    if (!local) return null;
  }
  return `${local}@${domain}`;
}

// ---------------------------------------------------------------------------------------------------
// Domains

/**
 * The value of a DOMAIN indicator: the registrable domain (eTLD+1 by the Public Suffix List, punycode,
 * lower-case) of a host, URL host or typed domain — "https://files.Example.org/x" is `example.org`.
 * Null unless it is a host name. See domains.ts.
 */
export function normaliseDomain(input: string): string | null {
  return registrableDomain(input);
}

// ---------------------------------------------------------------------------------------------------
// URLs and the platform accounts they name

const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|si|igshid|igsh|_ga|ref_src|ref_url|spm|share_source|share_medium|from|isappinstalled|s|t)$/i;
// "s", "t", "from" are share markers on x.com/weibo/wechat links only; elsewhere they may be content.
const TRACKING_EVERYWHERE = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|igsh|_ga|si)$/i;

const PLATFORM_HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'fb.me': 'facebook',
  'instagram.com': 'instagram',
  'instagr.am': 'instagram',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'tiktok.com': 'tiktok',
  'douyin.com': 'douyin',
  'iesdouyin.com': 'douyin',
  'weibo.com': 'weibo',
  'weibo.cn': 'weibo',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'telegram.dog': 'telegram',
  'wa.me': 'whatsapp',
  'api.whatsapp.com': 'whatsapp',
};

/** Path words that are site features on a platform, not accounts. */
const RESERVED_PATHS = new Set([
  'home',
  'search',
  'explore',
  'settings',
  'login',
  'signup',
  'i',
  'intent',
  'share',
  'hashtag',
  'messages',
  'notifications',
  'watch',
  'results',
  'feed',
  'shorts',
  'embed',
  'groups',
  'events',
  'pages',
  'help',
  'policies',
  'privacy',
  'about',
  'tos',
  'reel',
  'reels',
  'p',
  'tv',
  'stories',
  'video',
  'tag',
  'discover',
  'joinchat',
  'addstickers',
  's',
  'send',
  'profile.php',
  'people',
  'story.php',
  'permalink.php',
  'photo.php',
  'sharer.php',
  'sharer',
  'dialog',
  'status',
  'u',
  'n',
  'user',
]);

function hostPlatform(host: string): Platform | undefined {
  if (PLATFORM_HOSTS[host]) return PLATFORM_HOSTS[host];
  const parts = host.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(i).join('.');
    const p = PLATFORM_HOSTS[parent];
    if (p && p !== 'whatsapp') return p;
  }
  return undefined;
}

/**
 * A platform's own page, the same for everyone: "facebook.com/help", "x.com/explore", "twitter.com/home"
 * (a canonical URL value, one feature word for its whole path, no query). Many unrelated reporters name it.
 */
export function isPlatformFeaturePage(urlValue: string): boolean {
  const m = /^([^/?#]+)\/([^/?#]+)\/?$/.exec(urlValue);
  return m !== null && hostPlatform(m[1]!) !== undefined && RESERVED_PATHS.has(m[2]!.toLowerCase());
}

export type UrlResult = {
  /**
   * Canonical URL without scheme: host[:port]/path?query, e.g. "evil.example/login?id=3". Absent for a
   * site's home page (the domain says it all) and for a platform profile (the account says it all); a
   * subdomain's home page keeps its URL ("files.evil.example"): it is more than the domain.
   */
  url?: string;
  /** The registrable domain of the host (eTLD+1), for every URL on a named host. */
  domain?: string;
  /** The host's address, for a URL on a public IP address. */
  ip?: string;
  /** A platform URL that names an account. */
  account?: { platform: Platform; value: string };
};

function parseUrl(input: string): URL | null {
  let text = cleanText(input).trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/]+:\d+/.test(text)) return null;
    text = `http://${text.replace(/^\/\//, '')}`;
  }
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url;
  } catch {
    return null;
  }
}

/** youtu.be/ID and youtube.com/embed/ID are youtube.com/watch?v=ID: one video, one URL. */
function canonicalVideo(host: string, url: URL): { host: string; url: URL } {
  const id = /^\/(?:embed\/|live\/)?([A-Za-z0-9_-]{11})\/?$/.exec(url.pathname)?.[1];
  const isShortHost = host === 'youtu.be';
  if (
    !id ||
    (!isShortHost && !/^\/(embed|live)\//.test(url.pathname)) ||
    !/^(youtu\.be|youtube\.com)$/.test(host)
  )
    return { host, url };
  const watch = new URL(`https://youtube.com/watch?v=${id}`);
  for (const [k, v] of url.searchParams) if (k !== 'v') watch.searchParams.append(k, v);
  return { host: 'youtube.com', url: watch };
}

/**
 * Canonical form of a URL: scheme dropped (http and https of one address are one site to a victim),
 * host lower-case without "www.", default port dropped, tracking parameters (utm_*, fbclid, gclid, si,
 * igshid…) dropped, remaining parameters sorted, no fragment, no trailing slash. Platform profile URLs
 * become accounts. A URL on a private, loopback or reserved address names no one: null.
 */
export function normaliseUrl(input: string): UrlResult | null {
  const parsed = parseUrl(input);
  if (!parsed) return null;
  const rawHost = parsed.hostname.replace(/^\[|\]$/g, '');
  const named = normaliseHost(rawHost);
  const ipHost = named ? null : normaliseIp(rawHost);
  if (!named && !ipHost) return null;
  if (ipHost && isNonPublicIp(ipHost)) return null;
  const { host, url } = named ? canonicalVideo(named, parsed) : { host: null, url: parsed };
  const hostPart = host ?? (ipHost!.includes(':') ? `[${ipHost}]` : ipHost!);
  const platform = host ? hostPlatform(host) : undefined;
  const shareHost =
    platform !== undefined || (host !== null && /(^|\.)(qq\.com|weixin\.qq\.com)$/.test(host));
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !(shareHost ? TRACKING : TRACKING_EVERYWHERE).test(k))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  try {
    path = encodeURI(decodeURI(path));
  } catch {
    /* keep as given */
  }
  const query = params.length
    ? `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`
    : '';
  const result: UrlResult = {};
  if (platform) {
    const account = accountFromPlatformUrl(platform, path, url.searchParams);
    if (account) result.account = account;
  }
  if (host) result.domain = registrableOf(host);
  else result.ip = ipHost!;
  const homePage = !path && !query && !port;
  if (homePage) {
    if (host && host !== result.domain) result.url = host;
    return result;
  }
  // A platform profile page is the account; a post or video keeps its URL too.
  if (!(result.account && isProfilePath(platform, path))) result.url = `${hostPart}${port}${path}${query}`;
  return result;
}

function isProfilePath(platform: Platform | undefined, path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  if (platform === 'youtube') return parts.length <= 2;
  if (platform === 'facebook' && parts[0] === 'profile.php') return true;
  if (platform === 'weibo' && parts[0] === 'u') return parts.length === 2;
  if (platform === 'douyin' && parts[0] === 'user') return parts.length === 2;
  if (platform === 'whatsapp') return true;
  return parts.length <= 1;
}

function accountFromPlatformUrl(
  platform: Platform,
  path: string,
  params: URLSearchParams,
): { platform: Platform; value: string } | undefined {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const first = parts[0];
  const account = (value: string | undefined) => {
    if (!value) return undefined;
    const normalised = normaliseAccount(platform, value);
    return normalised ? { platform, value: normalised } : undefined;
  };
  switch (platform) {
    case 'facebook':
      if (first === 'profile.php') return account(params.get('id') ?? undefined);
      if (first === 'people' && parts[2]) return account(parts[2]);
      return first && !RESERVED_PATHS.has(first.toLowerCase()) ? account(first) : undefined;
    case 'youtube':
      if (first?.startsWith('@')) return account(first);
      if ((first === 'channel' || first === 'c' || first === 'user') && parts[1])
        return account(first === 'channel' ? `channel/${parts[1]}` : parts[1]);
      return undefined;
    case 'tiktok':
      return first?.startsWith('@') ? account(first) : undefined;
    case 'douyin':
      return first === 'user' && parts[1] ? account(parts[1]) : undefined;
    case 'weibo':
      if (first === 'u' && parts[1]) return account(parts[1]);
      if (first === 'n' && parts[1]) return account(parts[1]);
      return first && !RESERVED_PATHS.has(first.toLowerCase()) ? account(first) : undefined;
    case 'whatsapp':
      if (first === 'send') return account(params.get('phone') ?? undefined);
      return account(first);
    case 'telegram':
      if (first === 's' && parts[1]) return account(parts[1]);
      return first && !RESERVED_PATHS.has(first.toLowerCase()) && !first.startsWith('+')
        ? account(first)
        : undefined;
    default:
      return first && !RESERVED_PATHS.has(first.toLowerCase()) ? account(first) : undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Accounts

const HANDLE = /^[a-z0-9_.]{1,64}$/;

/**
 * The account name on one platform, in the form that platform treats as the same account: lower-case
 * where the platform ignores case (X, Instagram, TikTok, Telegram, Facebook names, YouTube handles,
 * WeChat IDs), exactly as given where it does not (YouTube channel ids, Douyin user ids). A profile URL of the
 * platform is accepted in place of the name. WhatsApp accounts are phone numbers (E.164).
 */
export function normaliseAccount(
  platform: Platform,
  input: string,
  context: PhoneContext = {},
): string | null {
  let text = cleanText(input).trim();
  if (!text) return null;
  if (/^(https?:\/\/)?([a-z0-9-]+\.)*[a-z0-9-]+\.[a-z]{2,}\//i.test(text) || /^https?:\/\//i.test(text)) {
    const viaUrl = normaliseUrl(text);
    if (viaUrl?.account && viaUrl.account.platform === platform) return viaUrl.account.value;
    if (viaUrl?.account && platform === 'other') return null;
  }
  const channel = /^(?:channel\/)?(UC[A-Za-z0-9_-]{22})$/.exec(text);
  if (platform === 'youtube' && channel) return `channel/${channel[1]}`;
  text = text.replace(/^@+/, '').replace(/[/?#].*$/, '');
  switch (platform) {
    case 'x':
    case 'instagram':
    case 'tiktok':
    case 'telegram':
      text = text.toLowerCase();
      return /^[a-z0-9_.]{1,64}$/.test(text) ? text : null;
    case 'facebook':
      text = text.toLowerCase();
      return /^[a-z0-9.\-_]{1,80}$/.test(text) ? text.replaceAll('.', '') || null : null;
    case 'youtube':
      if (/^channel\/UC[A-Za-z0-9_-]{22}$/.test(text) || /^UC[A-Za-z0-9_-]{22}$/.test(text))
        return `channel/${text.replace(/^channel\//, '')}`;
      text = text.toLowerCase();
      return /^[a-z0-9_.-]{1,100}$/.test(text) ? text : null;
    case 'wechat':
      text = text.toLowerCase();
      if (/^[\d\s+()-]+$/.test(text)) return normalisePhone(text, context, { lenient: true });
      return /^[a-z][a-z0-9_-]{3,39}$/.test(text) ? text : null;
    case 'qq': {
      const digits = text.replace(/\s/g, '');
      return /^[1-9]\d{4,11}$/.test(digits) ? digits : null;
    }
    case 'douyin':
      // Douyin user ids (the sec_uid of douyin.com/user/…, MS4wLjABAAAA…) are case-sensitive: two ids
      // that differ only in case are two people.
      return /^[\p{L}\p{N}_.-]{1,80}$/u.test(text) ? text : null;
    case 'weibo':
      text = text.toLowerCase();
      return /^[\p{L}\p{N}_-]{1,40}$/u.test(text) ? text : null;
    case 'whatsapp':
      return normalisePhone(text.startsWith('+') ? text : `+${text.replace(/^0+/, '')}`, context, {
        lenient: true,
      });
    case 'other':
      text = text.toLowerCase();
      return HANDLE.test(text) || /^[\p{L}\p{N}_.-]{1,80}$/u.test(text) ? text : null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Any kind

/**
 * Normalises a structured indicator (as typed into the intake form, the warning list or a search filter).
 * A URL that turns out to be a platform profile becomes the account; a home page becomes the domain.
 */
export function normaliseIndicator(
  input: { kind: IndicatorKind; platform?: Platform | undefined; value: string },
  context: PhoneContext = {},
): NormalisedIndicator[] {
  const value = input.value;
  switch (input.kind) {
    case 'phone': {
      const phone = normalisePhone(value, context, { lenient: true });
      return phone ? [{ kind: 'phone', value: phone }] : fallbackOther(value);
    }
    case 'email': {
      const email = normaliseEmail(value);
      return email ? [{ kind: 'email', value: email }] : fallbackOther(value);
    }
    case 'domain': {
      // A host typed as a domain is a URL without a path: the registrable domain, and the subdomain's
      // home page when it is more than that.
      const host = normaliseHost(value.replace(/^[a-z]+:\/\//i, '').replace(/[/?#].*$/, ''));
      if (!host) return fallbackOther(value);
      const domain = registrableOf(host);
      return host === domain
        ? [{ kind: 'domain', value: domain }]
        : [
            { kind: 'domain', value: domain },
            { kind: 'url', value: host },
          ];
    }
    case 'url': {
      const url = normaliseUrl(value);
      return url ? fromUrlResult(url) : fallbackOther(value);
    }
    case 'ip': {
      // A private, loopback or reserved address names no one, even typed in the IP field.
      const ip = normaliseIp(value);
      if (ip) return isNonPublicIp(ip) ? [] : [{ kind: 'ip', value: ip }];
      return fallbackOther(value);
    }
    case 'account': {
      const platform = input.platform ?? guessPlatform(value);
      const account = normaliseAccount(platform, value, context);
      if (!account) return fallbackOther(value);
      const out: NormalisedIndicator[] = [{ kind: 'account', platform, value: `${platform}:${account}` }];
      // A WeChat ID or WhatsApp account that is a phone number is also that phone number.
      if ((platform === 'wechat' || platform === 'whatsapp') && account.startsWith('+'))
        out.push({ kind: 'phone', value: account });
      return out;
    }
    case 'other':
      return fallbackOther(value);
  }
}

/**
 * The identifiers a URL is: its account, its URL, its address — or, for a home page, its domain.
 * (Extraction adds the registrable domain of every URL and e-mail address: see domainOf.)
 */
export function fromUrlResult(url: UrlResult): NormalisedIndicator[] {
  const out: NormalisedIndicator[] = [];
  if (url.account) {
    out.push({
      kind: 'account',
      platform: url.account.platform,
      value: `${url.account.platform}:${url.account.value}`,
    });
    if (url.account.platform === 'whatsapp') out.push({ kind: 'phone', value: url.account.value });
  }
  if (url.url) out.push({ kind: 'url', value: url.url });
  if (url.domain && !url.url && !url.account) out.push({ kind: 'domain', value: url.domain });
  if (url.ip) out.push({ kind: 'ip', value: url.ip });
  return out;
}

function guessPlatform(value: string): Platform {
  const url = /\//.test(value) ? normaliseUrl(value) : null;
  return url?.account?.platform ?? (value.trim().startsWith('@') ? 'x' : 'other');
}

/**
 * The registrable domain an identifier lives on: that of an e-mail address's host or of a URL's host.
 * Null for other kinds and for URLs on an IP address.
 */
export function domainOf(indicator: NormalisedIndicator): string | null {
  if (indicator.kind === 'email')
    return registrableDomain(indicator.value.slice(indicator.value.lastIndexOf('@') + 1));
  if (
    indicator.kind !== 'url' ||
    indicator.value.startsWith('[') ||
    /^[\d.]+(?:[:/?]|$)/.test(indicator.value)
  )
    return null;
  return registrableDomain(indicator.value.replace(/[:/?].*$/, ''));
}

/** Anything else: trimmed, NFKC, lower-case, inner spaces collapsed. */
function fallbackOther(value: string): NormalisedIndicator[] {
  const text = cleanText(value).trim().toLowerCase().replace(/\s+/g, ' ');
  return text ? [{ kind: 'other', value: text }] : [];
}

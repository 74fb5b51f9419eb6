import type { IndicatorKind } from '../../shared/taxonomy.ts';
import {
  cleanText,
  fromUrlResult,
  isNonPublicIp,
  type NormalisedIndicator,
  normaliseAccount,
  normaliseDomain,
  normaliseEmail,
  normaliseIndicator,
  normaliseIp,
  normalisePhone,
  normaliseUrl,
  type PhoneContext,
  type Platform,
} from './normalise.ts';

/**
 * Finds identifiers in what people wrote — in English, French, Chinese (no spaces between words),
 * Tibetan and Uyghur (right-to-left, sometimes with its own digits) — and returns them normalised.
 *
 * The text is first cleaned (NFKC, so ＋８６ １３８… becomes +86 138…; other digits to ASCII; invisible
 * direction marks removed). Then patterns run from the most specific to the least: URLs, e-mails,
 * accounts named by context ("微信号：…", "QQ 12345678", "Telegram @…", "wxid_…"), @handles, IP
 * addresses, phone numbers, bare domains. Each character belongs to at most one finding, so the digits
 * of a URL or of a QQ number are never also read as a phone number.
 */

export type IndicatorSource = 'structured' | 'narrative' | 'message';
export type ExtractedIndicator = NormalisedIndicator & { source: IndicatorSource };

// ASCII only: in Chinese text a URL ends where the next word begins, with no space.
const URL_CHARS = '[^\\s<>"\'`{}|\\\\^\\u0080-\\uffff]';
const TLD_GUESS =
  'com|net|org|info|biz|io|co|me|cn|hk|tw|mo|ca|us|uk|ru|jp|kr|de|fr|nl|xyz|top|site|online|club|app|dev|cc|tk|ml|ga|cf|gq|icu|vip|shop|live|tv|ws|pw|ly|gl|su|asia|gov|edu|tech|space|store|fun|link|click|work|today|news|blog|cloud|page|website|world|life|email|ai|au|in|sg|my|nz|eu|ch|se|no|be|es|it|pl|ua|tr|ir|kz|mn|np|ph|vn|th|id|za|mx|br|ar|cl|is|to|gg|fm|am|la|lt|lv|ee|cz|sk|at|dk|fi|pt|gr|ro|hu|bg|rs|hr|si|ir|pk|bd|lk|ae|sa|qa|il|eg|ng|ke';

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
  wxid: /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,40}/g,
  handle: /(?<![A-Za-z0-9._%+@-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,62}[A-Za-z0-9_])?)/g,
  ipv4: /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g,
  ipv6: /(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])/g,
  phone: /(?<![\w+])(?:\+|\(\+?)?\d[\d().\-/ \t\u00a0]{5,28}\d\)?(?![\w])/g,
  bareDomain: new RegExp(
    `(?<![\\w.@/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD_GUESS}|xn--[a-z0-9-]+)(?![\\w-]|\\.[a-z0-9])`,
    'gi',
  ),
} as const;

/** Words that name a platform, in the intake languages, and the platform they name. */
const PLATFORM_WORDS: { platform: Platform; words: string }[] = [
  { platform: 'wechat', words: '微信|weixin|wechat|we chat|ئۈندىدار|ۋىچات|སྐད་འཕྲིན' },
  { platform: 'qq', words: 'qq|扣扣' },
  { platform: 'weibo', words: '微博|weibo' },
  { platform: 'telegram', words: 'telegram|电报|電報|تېلېگرام' },
  { platform: 'douyin', words: '抖音|douyin' },
  { platform: 'tiktok', words: 'tiktok|tik tok' },
  { platform: 'instagram', words: 'instagram|insta|ig' },
  { platform: 'facebook', words: 'facebook|脸书|臉書|臉書|فېيسبۇك' },
  { platform: 'youtube', words: 'youtube|油管' },
  { platform: 'whatsapp', words: 'whatsapp' },
  { platform: 'x', words: 'twitter|推特|x\\.com|x \\(twitter\\)' },
];

// Between the platform word and the account: "ID", "号", "账号", "account", "is", ":", "：" …
const CONNECTOR =
  '(?:\\s*(?:id|号码|號碼|号|號|账号|帳號|帐号|帳户|账户|account|compte|handle|username|user name|user|name|nom|number|numéro|no\\.?|#)){0,2}\\s*(?:is|est|是|為|为|:|=|-|–)?\\s*';
const ACCOUNT_VALUE =
  '(\\+?\\d[\\d \\-]{3,18}\\d|@?[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,62}[A-Za-z0-9_]|@?[A-Za-z0-9_])';

const CONTEXT_PATTERNS = PLATFORM_WORDS.map(({ platform, words }) => ({
  platform,
  // ASCII platform words must stand alone ("ig" is not the end of "big"); Chinese ones need not.
  re: new RegExp(`(?<![A-Za-z0-9])(?:${words})(?![A-Za-z])${CONNECTOR}${ACCOUNT_VALUE}`, 'giu'),
}));

const HANDLE_CONTEXT = PLATFORM_WORDS.map(({ platform, words }) => ({
  platform,
  re: new RegExp(`(?<![A-Za-z0-9])(?:${words})(?![A-Za-z])`, 'iu'),
}));

const DATE_LIKE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}\s*[-–]\s*\d{4})$/;

type Found = { start: number; end: number; indicators: NormalisedIndicator[] };

class Claims {
  readonly #taken: Uint8Array;
  readonly found: Found[] = [];
  constructor(length: number) {
    this.#taken = new Uint8Array(length);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.#taken[i]) return false;
    return true;
  }
  claim(start: number, end: number, indicators: NormalisedIndicator[]) {
    if (indicators.length === 0) return;
    this.#taken.fill(1, start, end);
    this.found.push({ start, end, indicators });
  }
}

/** Trailing punctuation belongs to the sentence, not to the URL — unless a bracket opened inside it. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (!last) return url;
    if (/[.,;:!?'"»>*]/.test(last)) {
      url = url.slice(0, -1);
      continue;
    }
    if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
      url = url.slice(0, -1);
      continue;
    }
    if (last === ']' && !url.includes('[')) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) fn(m);
}

function findUrls(text: string, claims: Claims, re: RegExp) {
  eachMatch(re, text, (m) => {
    const raw = trimUrl(m[0]);
    const start = m.index;
    const end = start + raw.length;
    if (!claims.free(start, end)) return;
    const url = normaliseUrl(raw);
    if (url) claims.claim(start, end, fromUrlResult(url));
  });
}

function platformBefore(text: string, at: number): Platform {
  const window = text.slice(Math.max(0, at - 40), at);
  let best: { platform: Platform; index: number } | undefined;
  for (const { platform, re } of HANDLE_CONTEXT) {
    const global = new RegExp(re.source, 'giu');
    for (const m of window.matchAll(global)) {
      if (!best || m.index > best.index) best = { platform, index: m.index };
    }
  }
  return best?.platform ?? 'x';
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

/** Identifiers in one free text (a narrative, a description, a message), normalised and without repeats. */
export function extractFromText(input: string, context: PhoneContext = {}): NormalisedIndicator[] {
  // Length is preserved by cleanText only approximately, so all positions refer to the cleaned text.
  const text = cleanText(input);
  const claims = new Claims(text.length);

  findUrls(text, claims, PATTERNS.schemeUrl);
  eachMatch(PATTERNS.email, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const email = normaliseEmail(m[0]);
    if (email) claims.claim(m.index, end, [{ kind: 'email', value: email }]);
  });
  findUrls(text, claims, PATTERNS.wwwUrl);
  findUrls(text, claims, PATTERNS.hostPathUrl);

  for (const { platform, re } of CONTEXT_PATTERNS) {
    eachMatch(re, text, (m) => {
      const value = (m[1] ?? '').trim();
      const start = m.index + m[0].length - (m[1] ?? '').length;
      const end = start + (m[1] ?? '').length;
      if (!value || !claims.free(start, end)) return;
      if (platform === 'qq' && !/^\d{5,12}$/.test(value.replace(/\s/g, ''))) return;
      if (
        platform !== 'wechat' &&
        platform !== 'whatsapp' &&
        /^\+?\d[\d -]+$/.test(value) &&
        platform !== 'qq'
      ) {
        // "Telegram 138 0013 8000": an account given by phone number is a phone number.
        return;
      }
      const found = normaliseIndicator({ kind: 'account', platform, value }, context);
      if (found.length > 0 && found[0]?.kind === 'account') claims.claim(start, end, found);
    });
  }

  eachMatch(PATTERNS.wxid, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const id = normaliseAccount('wechat', m[0]);
    if (id) claims.claim(m.index, end, [{ kind: 'account', platform: 'wechat', value: `wechat:${id}` }]);
  });

  eachMatch(PATTERNS.handle, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const platform = platformBefore(text, m.index);
    const id = normaliseAccount(platform, m[1] ?? '', context);
    if (id) claims.claim(m.index, end, [{ kind: 'account', platform, value: `${platform}:${id}` }]);
  });

  eachMatch(PATTERNS.ipv4, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const ip = normaliseIp(m[0]);
    if (ip && !isNonPublicIp(ip)) claims.claim(m.index, end, [{ kind: 'ip', value: ip }]);
  });
  eachMatch(PATTERNS.ipv6, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end) || !/[a-f]|::/i.test(m[0]) || (m[0].match(/:/g)?.length ?? 0) < 2) return;
    const ip = normaliseIp(m[0]);
    if (ip && !isNonPublicIp(ip)) claims.claim(m.index, end, [{ kind: 'ip', value: ip }]);
  });

  eachMatch(PATTERNS.phone, text, (m) => {
    const raw = m[0].replace(/[\s\u00a0.\-/]+$/, '');
    for (const phone of phonesIn(raw, context)) {
      const start = m.index + phone.offset;
      const end = start + phone.length;
      if (claims.free(start, end)) claims.claim(start, end, [{ kind: 'phone', value: phone.e164 }]);
    }
  });

  eachMatch(PATTERNS.bareDomain, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const domain = normaliseDomain(m[0]);
    if (domain) claims.claim(m.index, end, [{ kind: 'domain', value: domain }]);
  });

  return dedupe(claims.found.sort((a, b) => a.start - b.start).flatMap((f) => f.indicators));
}

function key(i: { kind: IndicatorKind; value: string }) {
  return `${i.kind}\u0000${i.value}`;
}

function dedupe<T extends NormalisedIndicator>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export type StructuredIndicatorInput = {
  kind: IndicatorKind;
  platform?: Platform | undefined;
  value: string;
};

/**
 * Everything a report says about who did it: the structured indicators (normalised by their declared
 * kind, and read as text too in case a person typed several values into one field), perpetrator
 * descriptions and the narrative. A value found in several places counts once, with the strongest source.
 */
export function extractFromReport(report: {
  narrative: string;
  suspectedState?: string | null | undefined;
  perpetrators?: readonly {
    description?: string | undefined;
    indicators?: readonly StructuredIndicatorInput[];
  }[];
}): ExtractedIndicator[] {
  const context: PhoneContext = { originState: report.suspectedState ?? null };
  const out: ExtractedIndicator[] = [];
  for (const perpetrator of report.perpetrators ?? []) {
    for (const indicator of perpetrator.indicators ?? []) {
      const normalised = normaliseIndicator(indicator, context);
      const unusable = normalised.length === 0 || normalised.every((n) => n.kind === 'other');
      const fromText =
        unusable && indicator.kind !== 'other' ? extractFromText(indicator.value, context) : [];
      const chosen = fromText.length > 0 ? fromText : normalised;
      for (const n of chosen) out.push({ ...n, source: 'structured' });
    }
  }
  for (const perpetrator of report.perpetrators ?? []) {
    if (perpetrator.description) {
      for (const n of extractFromText(perpetrator.description, context))
        out.push({ ...n, source: 'narrative' });
    }
  }
  for (const n of extractFromText(report.narrative, context)) out.push({ ...n, source: 'narrative' });
  return dedupe(out);
}

/** Identifiers in a message from the reporter (follow-up). */
export function extractFromMessage(text: string, context: PhoneContext = {}): ExtractedIndicator[] {
  return extractFromText(text, context).map((n) => ({ ...n, source: 'message' as const }));
}

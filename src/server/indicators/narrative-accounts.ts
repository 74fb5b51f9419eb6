import { type Claims, type Confidence, eachMatch, type FoundIndicator, tagged } from './claims.ts';
import {
  normaliseAccount,
  normaliseIndicator,
  normalisePhone,
  type PhoneContext,
  type Platform,
} from './normalise.ts';
import {
  CJK_COPULAS,
  COLONS,
  COPULAS,
  LABEL_PLATFORM_LINKS,
  PLATFORM_WORDS,
  STRONG_LABELS,
  WEAK_LABELS,
} from './platform-words.ts';
import { isFunctionWord } from './word-lists.ts';

/**
 * Accounts named in prose. A platform's name is not enough: "threats on WeChat against my family" names
 * no account, and neither does "sur WeChat depuis des mois". An account is taken only where the text
 * shows one:
 *   - a label: "WeChat ID: zhang_88", "微信号：…", "compte Instagram : mei.lin", "QQ号 12345678",
 *     "آیدی تلگرام: @…" (the URL of a platform and wxid_… are found elsewhere);
 *   - an @handle, on the platform named around it ("Telegram @…", "@… on Telegram"; X when none is);
 *   - a platform's name followed by a value that could not be a word: digits or an underscore in it,
 *     "Telegram: @x", "QQ 12345678", or an ASCII name right after a platform named in another script
 *     ("微信abc_123", "телеграм: badguy").
 * Never a function word or placeholder of any intake language (lists/function-words), whatever the label.
 */

const alternation = (words: readonly string[]) => words.join('|');
// An ASCII word ends where letters end ("id" is not the start of "identity"); 号 may touch its value.
const WORD_END = '(?!(?<=[A-Za-z])[A-Za-z])';
const LABEL = `(?:${alternation(STRONG_LABELS)}|${alternation(WEAK_LABELS)})${WORD_END}`;
const STRONG_LABEL = new RegExp(`^(?:${alternation(STRONG_LABELS)})$`, 'iu');
const COPULA = `\\s+(?:${alternation(COPULAS)})\\s+`;
// A hyphen separates only with spaces around it: "ig-0.com" is a domain, not Instagram's "0.com".
const SEPARATOR = `(?<sep>\\s*(?:${COLONS})\\s*|\\s+-\\s+|${COPULA}|\\s*(?:${CJK_COPULAS})\\s*|\\s*)`;
// A phone number first (with its spaces), then a name; a nickname in brackets or quotes for Weibo. The
// value ends where the word ends, in any script ("oublié" is not "oubli"); a final full stop is the sentence's.
// Chinese and Japanese put no space between words: "QQ号：2468013579的人" ends the value at 的.
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const WORD_GOES_ON = `(?![${CJK}])[\\p{L}\\p{M}\\p{N}_]`;
const VALUE =
  '(?<value>(?:\\+?\\d[\\d \\-]{3,18}\\d|@?[A-Za-z0-9_](?:[A-Za-z0-9_.\\-]{0,62}[A-Za-z0-9_])?)' +
  `(?!${WORD_GOES_ON}|[.\\-][\\p{L}\\p{N}])|[「“"《【][^」”"》】\\n]{1,30}[」”"》】])`;
// A letter or digit of a script with spaces must not touch the platform word ("big" is not "ig"), nor an
// underscore or an @: "@a_ig0a0" and "@Ig0a0" are one handle each, not Instagram's "0a0".
const NOT_AFTER_WORD = '(?<![A-Za-z0-9_@\\u00c0-\\u024f\\u0400-\\u04ff])';

// One pattern for every platform (one scan of the text); the platform is told by the word matched.
const LABELLED = new RegExp(
  `${NOT_AFTER_WORD}(?:(?<before>${LABEL})[\\s-]*(?:(?:${alternation(LABEL_PLATFORM_LINKS)})\\s+)?)?` +
    `(?<platform>${alternation(PLATFORM_WORDS.flatMap((p) => p.words))})${WORD_END}` +
    `(?:[\\s-]*(?<after>${LABEL}))?${SEPARATOR}${VALUE}`,
  'giu',
);
const PLATFORM_OF = PLATFORM_WORDS.map(({ platform, words }) => ({
  platform,
  re: new RegExp(`^(?:${alternation(words)})$`, 'iu'),
}));

// Around an @handle, "X" alone names the platform too ("@someone on X"); before an ID it is too short.
const PLATFORM_NAMED = PLATFORM_WORDS.map(({ platform, words }) => ({
  platform,
  re: new RegExp(
    `${NOT_AFTER_WORD}(?:${alternation(platform === 'x' ? [...words, 'x'] : words)})${WORD_END}`,
    'giu',
  ),
}));

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** Digits, an underscore, an inner dot, an inner capital or a leading @: not a word of any language. */
function looksLikeIdentifier(value: string): boolean {
  return (
    /^@/.test(value) ||
    /\d/.test(value) ||
    /_/.test(value) ||
    /\w\.\w/.test(value) ||
    /[a-z][A-Z]/.test(value)
  );
}

/** Shapes the platforms allow, stricter than normaliseAccount (which also serves typed fields). */
function platformShape(platform: Platform, value: string): boolean {
  const name = value.replace(/^@/, '');
  switch (platform) {
    case 'qq':
      return /^[1-9]\d{4,11}$/.test(name.replace(/[\s-]/g, ''));
    case 'whatsapp':
      return /^\+?\d[\d\s-]{6,}$/.test(name);
    case 'wechat':
      return /^\+?\d[\d\s-]{6,}$/.test(name) || /^[A-Za-z][A-Za-z0-9_-]{5,39}$/.test(name);
    case 'telegram':
      return /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(name);
    case 'x':
      return /^[A-Za-z0-9_]{2,15}$/.test(name) && !/^\d+$/.test(name);
    case 'weibo':
      return (
        /^\d{5,12}$/.test(name) ||
        /^[「“"《【].+[」”"》】]$/.test(name) ||
        /^[A-Za-z][A-Za-z0-9_-]{2,29}$/.test(name)
      );
    case 'facebook':
      return /^\d{5,20}$/.test(name) || /^[A-Za-z][A-Za-z0-9.]{4,49}$/.test(name);
    default:
      return /^[A-Za-z0-9_][A-Za-z0-9_.-]{1,49}$/.test(name) && !/^\d+$/.test(name);
  }
}

type Separator = 'colon' | 'copula' | 'none';

function separatorOf(sep: string): Separator {
  const s = sep.trim();
  if (s === '') return 'none';
  if (s === '-') return 'colon';
  return new RegExp(`^(?:${COLONS})$`).test(s) ? 'colon' : 'copula';
}

/**
 * Whether the value after a platform name (and perhaps a label) is an account, and how sure that is:
 * null when it is not.
 */
function judge(m: {
  platform: Platform;
  platformWord: string;
  label: string | undefined;
  separator: Separator;
  value: string;
  next: string;
}): Confidence | null {
  const name = m.value.replace(/^@/, '');
  if (isFunctionWord(name) || isPlatformOrLabel(name)) return null;
  if (!platformShape(m.platform, m.value)) return null;
  const strongLabel = m.label !== undefined && STRONG_LABEL.test(m.label);
  const labelled = m.label !== undefined;
  // A name in ASCII right after words of another script stands out ("微信abc", "телеграм: badguy").
  const scriptSwitch = !ASCII_ONLY.test(m.platformWord + (m.label ?? '')) && ASCII_ONLY.test(name);
  const shaped = looksLikeIdentifier(m.value) || m.platform === 'qq' || m.platform === 'whatsapp';
  // A nickname in quotes or brackets after a colon or label is delimited exactly: 微博：「爱国青年」.
  const quoted = /^[「“"《【]/.test(m.value);
  if (quoted) return labelled || m.separator === 'colon' ? 'high' : null;
  if (strongLabel && (m.separator !== 'none' || shaped || scriptSwitch)) return 'high';
  // A QQ or WhatsApp account is a number right after the platform's name ("par QQ 987 654 321",
  // "WhatsApp +86 139 2233 4455"): no word has that shape, so it is as sure as a labelled one.
  const numberAccount = (m.platform === 'qq' || m.platform === 'whatsapp') && /^\+?[\d\s-]+$/.test(m.value);
  if (shaped)
    return labelled || m.value.startsWith('@') || m.separator === 'colon' || numberAccount
      ? 'high'
      : 'medium';
  if (scriptSwitch) return labelled || m.separator !== 'none' ? 'high' : 'medium';
  // "Instagram account: meilin" only when the clause ends there ("account: deleted by them" is not one).
  if (labelled && m.separator === 'colon' && /^\s*(?:$|[,;.!?)\]，。；！？、\n])/.test(m.next))
    return 'medium';
  return null;
}

const PLATFORM_OR_LABEL = new RegExp(
  `^(?:${PLATFORM_WORDS.flatMap((p) => p.words).join('|')}|${alternation(STRONG_LABELS)}|${alternation(WEAK_LABELS)})$`,
  'iu',
);
const isPlatformOrLabel = (word: string) => PLATFORM_OR_LABEL.test(word);

/** Accounts after their platform's name and label. */
export function findLabelledAccounts(text: string, claims: Claims, context: PhoneContext) {
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
    const groups = m.groups ?? {};
    const value = (groups.value ?? '').trim();
    const end = m.index + m[0].length;
    const start = end - (groups.value ?? '').length;
    // The value may itself begin the next match ("Telegram WeChat ID: …"): search again from it.
    LABELLED.lastIndex = Math.max(start, m.index + 1);
    const platformWord = groups.platform ?? '';
    const platform = PLATFORM_OF.find(({ re }) => re.test(platformWord))?.platform;
    if (!platform || !value || !claims.free(start, end)) continue;
    const confidence = judge({
      platform,
      platformWord,
      label: groups.after ?? groups.before,
      separator: separatorOf(groups.sep ?? ''),
      value,
      next: text.slice(end, end + 2),
    });
    if (!confidence) continue;
    const raw = value.replace(/^[「“"《【]|[」”"》】]$/g, '');
    const found = normaliseIndicator({ kind: 'account', platform, value: raw }, context);
    if (found[0]?.kind !== 'account') continue;
    // "他的微信是13922334455": whose WeChat it is may be unsure, but the digits are a valid phone number,
    // as sure as the same number written alone.
    const validPhone = normalisePhone(raw, context);
    claims.claim(
      start,
      end,
      tagged(found, 'labelled-id', confidence).map((i) =>
        i.kind === 'phone' && i.value === validPhone ? { ...i, confidence: 'high' as const } : i,
      ),
    );
  }
}

const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,40}/g;
const HANDLE = /(?<![A-Za-z0-9._%+@-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,62}[A-Za-z0-9_])?)(?![A-Za-z0-9_-])/g;

/** wxid_… is WeChat's own internal ID: its prefix is its label. */
export function findWechatIds(text: string, claims: Claims) {
  eachMatch(WXID, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end)) return;
    const id = normaliseAccount('wechat', m[0]);
    if (id)
      claims.claim(m.index, end, [
        {
          kind: 'account',
          platform: 'wechat',
          value: `wechat:${id}`,
          matchedAs: 'labelled-id',
          confidence: 'high',
        },
      ]);
  });
}

const CLAUSE_END = /[.!?。！？;；\n]\s|[。！？\n]/g;

function nearest(window: string, pick: 'last' | 'first'): Platform | undefined {
  let best: { platform: Platform; index: number } | undefined;
  for (const { platform, re } of PLATFORM_NAMED) {
    for (const found of window.matchAll(re)) {
      const better = !best || (pick === 'last' ? found.index > best.index : found.index < best.index);
      if (better) best = { platform, index: found.index };
    }
  }
  return best?.platform;
}

/**
 * The platform named nearest an @handle in its clause: before it ("Telegram @x", "推特 @x"), or else just
 * after it ("@x on Telegram", "@x sur Instagram").
 */
export function platformNamedAround(text: string, at: number, end: number): Platform | undefined {
  let before = text.slice(Math.max(0, at - 40), at);
  const ends = [...before.matchAll(CLAUSE_END)];
  const last = ends.at(-1);
  if (last) before = before.slice(last.index + last[0].length);
  const after = text.slice(end, end + 24).split(/[.!?。！？;；,，\n]/)[0] ?? '';
  return nearest(before, 'last') ?? nearest(after, 'first');
}

// A nickname in Chinese or Japanese after @ (Weibo, Douyin allow them; X, Telegram and Instagram do not).
// With no spaces between words its end is told only by what Weibo itself writes after a mention, a space
// or a colon ("@护旗手阿强 ", "//@护旗手阿强:"); run into the next words, or ended by a comma or full stop
// that may close a longer phrase ("@护旗手阿强转发了我的照片。"), its end cannot be told: left for staff.
const CJK_HANDLE = new RegExp(`(?<![A-Za-z0-9._%+@-])@([${CJK}A-Za-z0-9_-]{2,30})(?=[\\s:：])`, 'gu');
const CJK_LETTER = new RegExp(`[${CJK}]`, 'u');
const CJK_NICKNAME_PLATFORMS: readonly Platform[] = ['weibo', 'douyin'];

/**
 * @nicknames in Chinese script: on Weibo or Douyin when named around (high); on Weibo, where they are
 * most used, when no platform is named (medium: counts half until something else agrees). A nickname
 * next to another platform's name is a display name in a group ("微信群里@王老师"), not an account.
 */
function findCjkHandles(text: string, claims: Claims, context: PhoneContext) {
  eachMatch(CJK_HANDLE, text, (m) => {
    const end = m.index + m[0].length;
    const name = m[1] ?? '';
    if (!CJK_LETTER.test(name) || !claims.free(m.index, end) || isFunctionWord(name)) return;
    const named = platformNamedAround(text, m.index, end);
    if (named && !CJK_NICKNAME_PLATFORMS.includes(named)) return;
    const platform = named ?? 'weibo';
    const id = normaliseAccount(platform, name, context);
    if (!id) return;
    claims.claim(m.index, end, [
      {
        kind: 'account',
        platform,
        value: `${platform}:${id}`,
        matchedAs: 'handle',
        confidence: named ? 'high' : 'medium',
      },
    ]);
  });
}

/** @handles: on the platform named around them (high), or on X when none is (medium). */
export function findHandles(text: string, claims: Claims, context: PhoneContext) {
  eachMatch(HANDLE, text, (m) => {
    const end = m.index + m[0].length;
    const name = m[1] ?? '';
    if (!claims.free(m.index, end) || isFunctionWord(name)) return;
    const named = platformNamedAround(text, m.index, end);
    const platform = named ?? 'x';
    const id = normaliseAccount(platform, name, context);
    if (!id) return;
    const found: FoundIndicator = {
      kind: 'account',
      platform,
      value: `${platform}:${id}`,
      matchedAs: 'handle',
      confidence: named ? 'high' : 'medium',
    };
    claims.claim(m.index, end, [found]);
  });
  findCjkHandles(text, claims, context);
}

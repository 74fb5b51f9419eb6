import { type Claims, eachMatch, type FoundIndicator } from './claims.ts';
import { normaliseIp, publicIp } from './ip.ts';
import { platformNamedAround } from './narrative-accounts.ts';
import { hasKnownPublicSuffix, normaliseHost, registrableOf } from './normalise.ts';
import { emailFindings, trimUrl, URL_CHARS, urlFindings } from './url-findings.ts';
import { isFunctionWord } from './word-lists.ts';

/**
 * Domains written in prose, in the three ways people write them that are not plain URLs:
 *   defanged   as security trainers teach: hxxps://example[.]org/x, example(dot)org, name[at]example[.]org
 *              (and a server's address the same way: 203.0.113[.]7)
 *   at-host    the host of an address whose mailbox was forgotten: "une adresse en @example.org"
 *   bare       a domain alone, even inside Chinese with no spaces ("在example.org上"), or spelled out
 *              ("example dot org") when every word before "dot" could be a name and the last is a TLD
 * A bare word pair is a domain only when its top-level domain is a real one (not a file extension) and it
 * does not look like a sentence run together ("home.Then" or "Mr.Wang": a capital after the dot).
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DEFANGED_DOT =
  '\\s?(?:\\[\\s?(?:\\.|dot)\\s?\\]|\\(\\s?(?:\\.|dot)\\s?\\)|\\{\\s?(?:\\.|dot)\\s?\\})\\s?';
const DEFANGED_AT = '\\s?(?:\\[\\s?(?:@|at)\\s?\\]|\\(\\s?(?:@|at)\\s?\\)|\\{\\s?(?:@|at)\\s?\\})\\s?';
const HOST_ANY_DOT = `${LABEL}(?:(?:${DEFANGED_DOT}|\\.)${LABEL})+`;
const SCHEME = '(?:h[xX]{2}ps?|https?)(?:\\[:\\]|:)\\/\\/';

const DEFANGED_URL = new RegExp(`(?<![\\w.@/-])(?:${SCHEME})?${HOST_ANY_DOT}(?:[/?#]${URL_CHARS}*)?`, 'gi');
const DEFANGED_EMAIL = new RegExp(
  `(?<![\\w.%+-])[a-z0-9._%+-]{1,64}(?:${DEFANGED_AT}|@)${HOST_ANY_DOT}(?![\\w-])`,
  'gi',
);
const AT_HOST =
  /(?<![\w.%+@-])@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w-]|\.[a-z0-9])/gi;
const BARE = new RegExp(
  `(?<![\\w.@/-])(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)(?![\\w-]|\\.[a-z0-9])`,
  'gi',
);
const SPELLED = new RegExp(`(?<![\\w.@/-])${LABEL}(?:\\s+dot\\s+${LABEL})+(?![\\w-])`, 'gi');

const refang = (text: string) =>
  text
    .replace(new RegExp(DEFANGED_DOT, 'gi'), '.')
    .replace(new RegExp(DEFANGED_AT, 'gi'), '@')
    .replace(/^h[xX]{2}p/i, 'http')
    .replace(/^(https?)\[:\]/i, '$1:');

const isDefanged = (text: string) =>
  new RegExp(DEFANGED_DOT, 'i').test(text) ||
  new RegExp(DEFANGED_AT, 'i').test(text) ||
  /^h[xX]{2}p|\[:\]/i.test(text);

const FILE_LIKE_SUFFIX = /\.(zip|mov|md|py|sh|rs|pl|js|ts|go|rb|cs|jar|exe|apk|doc|docx|txt|pdf|png|jpg)$/i;

function domainFinding(
  host: string,
  matchedAs: 'bare-domain' | 'defanged-domain' | 'email-domain',
): FoundIndicator[] {
  const normalised = normaliseHost(host);
  if (!normalised) return [];
  const domain = registrableOf(normalised);
  // A domain written bare is as sure as a URL, unless its suffix is also a common file extension or
  // program name ("readme.md", "setup.py", "photos.zip"): then it counts half until something else agrees.
  const confidence = matchedAs === 'bare-domain' && FILE_LIKE_SUFFIX.test(domain) ? 'medium' : 'high';
  const out: FoundIndicator[] = [{ kind: 'domain', value: domain, matchedAs, confidence }];
  // A subdomain named alone is that site's home page: more than the domain.
  if (normalised !== domain && matchedAs !== 'email-domain')
    out.push({
      kind: 'url',
      value: normalised,
      matchedAs: matchedAs === 'bare-domain' ? 'url' : 'defanged-url',
      confidence,
    });
  return out;
}

/**
 * "45.153.241[.]18": analysts defang a server's address as they defang its domain. A public one is an
 * identifier; a private or reserved one is claimed with nothing, so its digits are never read again.
 */
function defangedIpFinding(host: string): FoundIndicator[] {
  const ip = publicIp(host);
  return ip ? [{ kind: 'ip', value: ip, matchedAs: 'defanged-ip', confidence: 'high' }] : [];
}

/** "Mr.Wang", "home.Then", "report.zip": a word pair that is not a domain. */
function proseNotDomain(written: string): boolean {
  const tld = written.split('.').at(-1) ?? '';
  return /^[A-Z][a-z]+$/.test(tld) || !hasKnownPublicSuffix(written.toLowerCase());
}

export function findDomains(text: string, claims: Claims, mode: 'defanged' | 'at-host' | 'bare') {
  if (mode === 'defanged') {
    // Most texts have nothing defanged: a bracket or "hxxp" must be there before anything is tried.
    if (!/[[({]|h[xX]{2}p/i.test(text)) return;
    eachMatch(DEFANGED_EMAIL, text, (m) => {
      const end = m.index + m[0].length;
      if (!isDefanged(m[0]) || !claims.free(m.index, end)) return;
      claims.claim(m.index, end, emailFindings(refang(m[0]), 'defanged-email'));
    });
    eachMatch(DEFANGED_URL, text, (m) => {
      const raw = trimUrl(m[0]);
      const end = m.index + raw.length;
      if (!isDefanged(raw) || !claims.free(m.index, end)) return;
      const url = refang(raw);
      const found = /^https?:|[/?#]/i.test(url)
        ? urlFindings(url, 'defanged-url')
        : normaliseIp(url)
          ? defangedIpFinding(url)
          : domainFinding(url, 'defanged-domain');
      claims.claim(m.index, end, found);
    });
    return;
  }
  if (mode === 'at-host') {
    eachMatch(AT_HOST, text, (m) => {
      const end = m.index + m[0].length;
      const host = m[1] ?? '';
      if (!claims.free(m.index, end) || proseNotDomain(host) || platformNamedAround(text, m.index, end))
        return;
      claims.claim(m.index, end, domainFinding(host, 'email-domain'));
    });
    return;
  }
  eachMatch(BARE, text, (m) => {
    const end = m.index + m[0].length;
    if (!claims.free(m.index, end) || proseNotDomain(m[0])) return;
    claims.claim(m.index, end, domainFinding(m[0], 'bare-domain'));
  });
  if (!/\sdot\s/i.test(text)) return;
  eachMatch(SPELLED, text, (m) => {
    const end = m.index + m[0].length;
    const labels = m[0].split(/\s+dot\s+/i);
    const named = labels.slice(0, -1);
    const host = labels.join('.');
    if (!claims.free(m.index, end) || named.some(isFunctionWord) || proseNotDomain(host)) return;
    claims.claim(m.index, end, domainFinding(host, 'defanged-domain'));
  });
}

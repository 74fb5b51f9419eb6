import { type FoundIndicator, tagged } from './claims.ts';
import { domainOf, fromUrlResult, normaliseEmail, normaliseUrl } from './normalise.ts';

/** The identifiers of one URL or e-mail address found in text, with the registrable domain it lives on. */

// ASCII only: in Chinese text a URL ends where the next word begins, with no space.
export const URL_CHARS = '[^\\s<>"\'`{}|\\\\^\\u0080-\\uffff]';

/** Trailing punctuation belongs to the sentence, not to the URL — unless a bracket opened inside it. */
export function trimUrl(raw: string): string {
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

/** A URL's identifiers and the registrable domain it lives on. */
export function urlFindings(raw: string, matchedAs: 'url' | 'defanged-url'): FoundIndicator[] {
  const url = normaliseUrl(raw);
  if (!url) return [];
  // A home page is its domain (found as the URL); any other URL also gives the domain it lives on.
  const own = tagged(fromUrlResult(url), matchedAs, 'high');
  if (url.domain && !own.some((i) => i.kind === 'domain'))
    own.push({ kind: 'domain', value: url.domain, matchedAs: 'url-domain', confidence: 'high' });
  return own;
}

/** An e-mail address, the registrable domain of its host, and the QQ number of a numeric @qq.com address. */
export function emailFindings(raw: string, matchedAs: 'email' | 'defanged-email'): FoundIndicator[] {
  const email = normaliseEmail(raw);
  if (!email) return [];
  const out: FoundIndicator[] = [{ kind: 'email', value: email, matchedAs, confidence: 'high' }];
  const domain = domainOf({ kind: 'email', value: email });
  if (domain) out.push({ kind: 'domain', value: domain, matchedAs: 'email-domain', confidence: 'high' });
  const qq = /^([1-9]\d{4,11})@qq\.com$/.exec(email)?.[1];
  if (qq) out.push({ kind: 'account', platform: 'qq', value: `qq:${qq}`, matchedAs, confidence: 'high' });
  return out;
}

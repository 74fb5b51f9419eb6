import type { NormalisedIndicator } from './normalise.ts';

/** How sure extraction is that the text names this identifier. */
export type Confidence = 'high' | 'medium';

/**
 * How an identifier was found, so a link can be explained ("the domain of an e-mail address and of a
 * URL"):
 *   field            typed into a structured identifier field of the form
 *   url              a URL with a scheme, "www." or a path (and a platform account named by its URL)
 *   defanged-url     a URL written defanged: hxxps://, [.], (dot), [:]
 *   url-domain       the registrable domain of a URL's host (the URL written plainly or defanged)
 *   defanged-domain  a domain written defanged: example[.]org, example(dot)org, "example dot org"
 *   bare-domain      a domain written alone in prose ("在example.org上")
 *   email            an e-mail address (and the QQ number of a numeric @qq.com address)
 *   defanged-email   an e-mail address written defanged: name[at]host[.]org
 *   email-domain     the registrable domain of an e-mail address, or "@host.org" written alone
 *   labelled-id      an account after its label: "WeChat ID: …", "微信号：…", "QQ: 12345678", wxid_…
 *   handle           an @name
 *   phone            a phone number
 *   ip               a public IP address
 *   defanged-ip      a public IP address written defanged: 203.0.113[.]7, 203[.]0[.]113[.]7, 203.0.113(.)7
 *   staff            added to the report by a staff member who read it
 */
export type MatchedAs =
  | 'staff'
  | 'field'
  | 'url'
  | 'defanged-url'
  | 'url-domain'
  | 'defanged-domain'
  | 'bare-domain'
  | 'email'
  | 'defanged-email'
  | 'email-domain'
  | 'labelled-id'
  | 'handle'
  | 'phone'
  | 'ip'
  | 'defanged-ip';

export type FoundIndicator = NormalisedIndicator & { matchedAs: MatchedAs; confidence: Confidence };

export type Found = { start: number; end: number; indicators: FoundIndicator[] };

/** Each character of the text belongs to at most one finding: a URL's digits are not also a phone number. */
export class Claims {
  readonly #taken: Uint8Array;
  readonly found: Found[] = [];
  constructor(length: number) {
    this.#taken = new Uint8Array(length);
  }
  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.#taken[i]) return false;
    return true;
  }
  /** Takes a span that names nothing (a URL on a private address): its digits are not a phone number. */
  block(start: number, end: number) {
    this.#taken.fill(1, start, end);
  }
  claim(start: number, end: number, indicators: FoundIndicator[]) {
    if (indicators.length === 0) return;
    this.#taken.fill(1, start, end);
    this.found.push({ start, end, indicators });
  }
}

export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) fn(m);
}

/** Tags normalised indicators with how they were found. */
export const tagged = (
  list: readonly NormalisedIndicator[],
  matchedAs: MatchedAs,
  confidence: Confidence,
): FoundIndicator[] => list.map((i) => ({ ...i, matchedAs, confidence }));

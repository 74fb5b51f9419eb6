import { domainToASCII } from 'node:url';
import { getDomain, parse } from 'tldts';
import { cleanText } from './clean-text.ts';
import { readListFile } from './word-lists.ts';

/**
 * Host names and registrable domains.
 *
 * A DOMAIN indicator is the registrable domain (eTLD+1) by the Public Suffix List, lower-case ASCII
 * (internationalised names in punycode, `xn--…`, never Unicode: one spelling, the one DNS uses). It is
 * what a dedicated site, its subdomains, the links into it and the mailboxes on it have in common:
 * https://example.org/list?id=44, files.example.org, 在example.org上, example[.]org and
 * admin@example.org all give `example.org`.
 *
 * The PSL is read with its private section, so a site on a host whose subdomains belong to different
 * people (someone.github.io, someone.blogspot.com, x.pages.dev) is its own registrable domain;
 * lists/shared-services.txt adds such hosts the PSL does not list (`*.wordpress.com`).
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-case ASCII (IDNA / punycode), no trailing dot, no "www."/"m." prefix. Null unless a real host name. */
export function normaliseHost(input: string): string | null {
  let text = cleanText(input).trim().toLowerCase().replace(/\.+$/, '');
  if (!text || text.length > 253) return null;
  text = domainToASCII(text);
  if (!text) return null;
  const labels = text.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  if (!/^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(labels.at(-1)!)) return null;
  while (labels[0] === 'www' || /^www\d$/.test(labels[0]!) || labels[0] === 'm' || labels[0] === 'mobile') {
    if (labels.length <= 2) break;
    labels.shift();
  }
  return labels.join('.');
}

type SharedServiceList = { hosts: ReadonlySet<string>; tenantHosts: readonly string[] };

function readSharedServices(): SharedServiceList {
  const hosts = new Set<string>();
  const tenantHosts: string[] = [];
  for (const line of readListFile('./lists/shared-services.txt')) {
    const tenant = line.startsWith('*.');
    const host = normaliseHost(tenant ? line.slice(2) : line);
    if (!host) throw new Error(`lists/shared-services.txt: not a host name: ${line}`);
    if (tenant) tenantHosts.push(host);
    hosts.add(host);
  }
  return { hosts, tenantHosts };
}

const SHARED: SharedServiceList = readSharedServices();

/**
 * The registrable domain of a normalised host: eTLD+1 by the PSL (private section included), one label
 * under a tenant host of lists/shared-services.txt, or the host itself when it is a public suffix
 * (github.io, s3.amazonaws.com) or has none the PSL knows.
 */
export function registrableOf(host: string): string {
  for (const tenantHost of SHARED.tenantHosts) {
    if (host.endsWith(`.${tenantHost}`)) {
      const under = host.slice(0, -tenantHost.length - 1).split('.');
      return `${under.at(-1)}.${tenantHost}`;
    }
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** The registrable domain of a host name, URL host or typed domain; null unless it is a host name. */
export function registrableDomain(input: string): string | null {
  const host = normaliseHost(input);
  return host ? registrableOf(host) : null;
}

/**
 * True when the host ends in a top-level domain of the PSL's ICANN section (com, org, co.uk, 中国 …), and
 * not in one that is mostly a file extension in prose (report.zip, notes.md, run.sh). A word pair in a
 * sentence is read as a bare domain only then; a URL with a scheme may name any host.
 */
export function hasKnownPublicSuffix(host: string): boolean {
  const tld = host.split('.').at(-1) ?? '';
  return parse(host).isIcann === true && !FILE_EXTENSION_TLDS.has(tld);
}

const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set(['zip', 'mov', 'md', 'sh', 'py', 'rs', 'ps', 'so']);

/**
 * Platforms, mail providers, URL shorteners, hosting and CDNs, search engines, large news sites and public
 * services (lists/shared-services.txt): many unrelated people use them, so two reports are never linked by
 * such a domain alone. Accepts a domain, a host (mail.qq.com) or a URL; a tenant's own site
 * (someone.github.io, doxxed.wordpress.com) is not the shared service.
 */
export function isSharedServiceDomain(domain: string): boolean {
  const host = normaliseHost(domain.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#:].*$/s, ''));
  if (!host) return false;
  const registrable = registrableOf(host);
  if (SHARED.hosts.has(registrable) || SHARED.hosts.has(host)) return true;
  // A host that is itself a public suffix (s3.amazonaws.com, us-east-1.elb.amazonaws.com) is the service.
  if (getDomain(host, { allowPrivateDomains: true }) !== null) return false;
  const labels = host.split('.');
  return labels.some((_, i) => i > 0 && SHARED.hosts.has(labels.slice(i).join('.')));
}

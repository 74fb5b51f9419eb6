import type { ReportInput } from '../../shared/contracts/report.ts';

/**
 * The plaintext sealed as a report's identity (`report.identity:<id>`): what the case view's reveal opens.
 * Null for an anonymous report, which stores no identity at all. One shape for intake and the bulk loader.
 */
export function identityPlaintext(reporter: ReportInput['reporter']): string | null {
  if (reporter.anonymous) return null;
  return JSON.stringify({
    name: reporter.name ?? null,
    email: reporter.email ?? null,
    phone: reporter.phone ?? null,
    preferredLanguage: reporter.preferredLanguage ?? null,
    safeToContact: reporter.safeToContact ?? null,
  });
}

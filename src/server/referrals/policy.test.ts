import { describe, expect, it } from 'vitest';
import { ACK_BUSINESS_DAYS, addBusinessDays, consentNeededFor, mayTakeOriginals } from './policy.ts';

describe('referral policy', () => {
  it('counts acknowledgement deadlines in business days, skipping the weekend', () => {
    expect(ACK_BUSINESS_DAYS).toBe(3);
    // Friday 2026-11-20 10:00 UTC + 3 business days = Wednesday 2026-11-25 10:00 UTC.
    expect(addBusinessDays(new Date('2026-11-20T10:00:00Z'), 3).toISOString()).toBe(
      '2026-11-25T10:00:00.000Z',
    );
    // Monday + 3 = Thursday.
    expect(addBusinessDays(new Date('2026-11-16T10:00:00Z'), 3).toISOString()).toBe(
      '2026-11-19T10:00:00.000Z',
    );
    // Saturday + 1 = Monday.
    expect(addBusinessDays(new Date('2026-11-21T10:00:00Z'), 1).toISOString()).toBe(
      '2026-11-23T10:00:00.000Z',
    );
  });

  it('asks police and intelligence partners for consent to police referral, others for consent to contact', () => {
    expect(consentNeededFor('police')).toBe('referral_police');
    expect(consentNeededFor('intelligence')).toBe('referral_police');
    for (const kind of ['university', 'platform', 'victim_services', 'other'] as const) {
      expect(consentNeededFor(kind)).toBe('contact');
      expect(mayTakeOriginals(kind)).toBe(false);
    }
    expect(mayTakeOriginals('police')).toBe(true);
  });
});

import type { CampaignSummary } from '../../shared/contracts/indicators.ts';
import type { IndicatorText } from './indicator-text.ts';

/**
 * A campaign's title: the name an analyst gave it, or else what its cases share ("Cases sharing a phone
 * number and a domain"; for supervisors, the values themselves).
 */
export function campaignTitle(
  c: Pick<CampaignSummary, 'name' | 'sharedIdentifiers'>,
  it: IndicatorText,
): string {
  if (c.name) return c.name;
  if (c.sharedIdentifiers.length === 0) return it('indicators.unnamed');
  const what = c.sharedIdentifiers
    .slice(0, 3)
    .map((s) => s.value ?? it(`indicators.kind.${s.kind}`))
    .join(' · ');
  return it('indicators.campaign.sharing', { what });
}

import { describe, expect, it } from 'vitest';
import { assessRisk } from './risk.ts';

const answers = (
  tactics: string[],
  opts: { channels?: string[]; ongoing?: boolean; inDangerNow?: boolean } = {},
) =>
  assessRisk({
    tactics: tactics as never,
    channels: (opts.channels ?? []) as never,
    incident: { ongoing: opts.ongoing ?? false },
    inDangerNow: opts.inDangerNow ?? false,
  });

describe('assessRisk', () => {
  it('is immediate when danger is happening now, or a death threat is ongoing', () => {
    expect(answers([], { inDangerNow: true })).toEqual({ risk: 'immediate', reasons: ['in_danger_now'] });
    expect(answers(['death_threat'], { ongoing: true })).toEqual({
      risk: 'immediate',
      reasons: ['death_threat_ongoing', 'death_threat'],
    });
  });

  it('is high for threats of death or sexual violence, relatives detained, surveillance at home', () => {
    expect(answers(['death_threat']).risk).toBe('high');
    expect(answers(['threat_of_sexual_violence']).risk).toBe('high');
    expect(answers(['family_questioned_or_detained']).reasons).toEqual(['family_questioned_or_detained']);
    expect(answers(['physical_surveillance'], { channels: ['home'] })).toEqual({
      risk: 'high',
      reasons: ['physical_surveillance_at_home'],
    });
  });

  it('is medium for surveillance elsewhere and coercion, low otherwise', () => {
    expect(answers(['physical_surveillance'], { channels: ['rally_or_protest'] })).toEqual({
      risk: 'medium',
      reasons: ['physical_surveillance'],
    });
    expect(answers(['pressure_to_inform', 'abusive_messages']).risk).toBe('medium');
    expect(answers(['abusive_messages', 'smear_or_disinformation'])).toEqual({ risk: 'low', reasons: [] });
  });
});

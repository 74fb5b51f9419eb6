import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.ts';
import { stixIdentifiersFor } from './policy.ts';

describe('exports policy', () => {
  it('gives identifier values in STIX to supervisors only; everyone else gets kinds', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, stixIdentifiersFor(r)]))).toEqual({
      intake_officer: 'kinds',
      caseworker: 'kinds',
      analyst: 'kinds',
      supervisor: 'values',
      admin: 'kinds',
      partner: 'kinds',
    });
  });
});

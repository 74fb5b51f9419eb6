import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.ts';
import { criteriaOf, forbiddenCriteria, SEARCHERS, searchScope } from './policy.ts';

const me = '00000000-0000-4000-8000-000000000001';

describe('search policy', () => {
  it('lets only the roles that read content search by words and identifiers, caseworkers over their own cases', () => {
    const scopes = Object.fromEntries(ROLES.map((role) => [role, searchScope({ userId: me, role })]));
    expect(scopes).toEqual({
      intake_officer: { content: true, onlyAssignedTo: null },
      caseworker: { content: true, onlyAssignedTo: me },
      supervisor: { content: true, onlyAssignedTo: null },
      analyst: { content: false, onlyAssignedTo: null },
      admin: { content: false, onlyAssignedTo: null },
      partner: { content: false, onlyAssignedTo: null },
    });
    expect([...SEARCHERS].sort()).toEqual(['analyst', 'caseworker', 'intake_officer', 'supervisor']);
  });

  it('names the kinds of criteria used, and refuses analysts exactly the content ones', () => {
    const criteria = criteriaOf({
      q: 'threat',
      indicator: '+14165550123',
      identifierKind: ['phone'],
      tactic: ['doxxing'],
      suspectedState: ['CN'],
      to: '2026-01-01',
    });
    expect(criteria).toEqual([
      'words',
      'identifier',
      'identifier_kind',
      'tactic',
      'suspected_state',
      'dates',
    ]);
    // Empty values are no criterion at all: `q=` is not a search by words.
    expect(criteriaOf({ q: '  ', indicator: '', tactic: [] })).toEqual([]);
    const analyst = searchScope({ userId: me, role: 'analyst' });
    expect(forbiddenCriteria(analyst, criteria)).toEqual(['words', 'identifier']);
    expect(forbiddenCriteria(analyst, ['identifier_kind', 'tactic'])).toEqual([]);
    expect(forbiddenCriteria(searchScope({ userId: me, role: 'caseworker' }), criteria)).toEqual([]);
  });
});

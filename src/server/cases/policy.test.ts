import { describe, expect, it } from 'vitest';
import type { CasePermissions } from '../../shared/contracts/cases.ts';
import { ROLES } from '../../shared/roles.ts';
import { canSeeCase, permissions, queueScope } from './policy.ts';

const me = '00000000-0000-4000-8000-000000000001';
const someoneElse = '00000000-0000-4000-8000-000000000002';
const granted = (p: CasePermissions) =>
  Object.entries(p)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('case policy', () => {
  it('gives each role exactly its abilities on a case assigned to someone else', () => {
    const table = Object.fromEntries(
      ROLES.map((role) => [role, granted(permissions({ userId: me, role }, { assigneeId: someoneElse }))]),
    );
    expect(table).toEqual({
      intake_officer: [
        'assign',
        'changeRisk',
        'changeStatus',
        'classify',
        'downloadEvidence',
        'merge',
        'message',
        'readContent',
        'writeNotes',
        'writeTasks',
      ],
      caseworker: [],
      supervisor: [
        'assign',
        'changeRisk',
        'changeStatus',
        'classify',
        'downloadEvidence',
        'downloadOriginal',
        'merge',
        'message',
        'readContent',
        'revealIdentity',
        'writeNotes',
        'writeTasks',
      ],
      analyst: [],
      admin: [],
      partner: [],
    });
  });

  it('lets a caseworker work their own case end to end, but not assign or merge it', () => {
    expect(granted(permissions({ userId: me, role: 'caseworker' }, { assigneeId: me }))).toEqual([
      'changeRisk',
      'changeStatus',
      'classify',
      'downloadEvidence',
      'message',
      'readContent',
      'revealIdentity',
      'writeNotes',
      'writeTasks',
    ]);
  });

  it('shows analysts every case (de-identified), admins and partners none, caseworkers their own', () => {
    const access = { assigneeId: someoneElse };
    expect(canSeeCase({ userId: me, role: 'analyst' }, access)).toBe(true);
    expect(canSeeCase({ userId: me, role: 'admin' }, access)).toBe(false);
    expect(canSeeCase({ userId: me, role: 'partner' }, access)).toBe(false);
    expect(canSeeCase({ userId: me, role: 'caseworker' }, access)).toBe(false);
    expect(canSeeCase({ userId: me, role: 'caseworker' }, { assigneeId: me })).toBe(true);
    expect(queueScope({ userId: me, role: 'caseworker' })).toEqual({ onlyAssignedTo: me });
    expect(queueScope({ userId: me, role: 'intake_officer' })).toEqual({ onlyAssignedTo: null });
  });
});

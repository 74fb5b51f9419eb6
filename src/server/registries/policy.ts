import type { Role } from '../../shared/roles.ts';
import { CASE_WORKERS } from '../cases/policy.ts';
import { AppError } from '../platform/http/errors.ts';
import { RegistryFileError } from './record.ts';

/**
 * Who may do what with the foreign-influence registers (DESIGN.md roles):
 *   admin                 the registers themselves: sources, snapshots, imports (public data, no case content)
 *   intake officer, caseworker, supervisor
 *                         a case's named actors, with the organisation names no register knows (content; per
 *                         case, as they may read it)
 *   analyst, supervisor   the review of matches (confirm or reject) and de-identified counts: register entries
 *                         and case ids, never what a reporter wrote
 *   supervisor            actors possibly acting unregistered, and the referral to the register's regulator
 * Matches never publish anything: public statistics count them only with small-cell suppression.
 */
export const REGISTRY_ADMINS = ['admin'] as const satisfies Role[];
export const NAMED_ACTOR_READERS = CASE_WORKERS;
export const MATCH_REVIEWERS = ['analyst', 'supervisor'] as const satisfies Role[];
export const UNREGISTERED_REVIEWERS = ['supervisor'] as const satisfies Role[];

/** A register file the console sent that cannot be imported: a localised message, with the file's problem. */
export function importProblem(err: unknown): Error {
  if (typeof err === 'string')
    return new AppError(400, 'registries.error.badFile', { params: { problem: err } });
  if (err instanceof RegistryFileError)
    return new AppError(400, 'registries.error.badFile', { params: { problem: err.message } });
  return err as Error;
}

import {
  DEFAULT_SETTINGS,
  type RetentionSettings,
  type RetentionSettingsPatch,
  type RetentionSettingsView,
  SETTING_KEYS,
  type SettingKey,
  scheduleProblems,
} from '../../shared/contracts/retention.ts';
import type { AppDeps } from '../deps.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';

/**
 * The retention schedule is configuration an admin edits (console or `focalpoint retention set`), kept in
 * retention_settings. Every key gets its documented default at the first start (and a key added by an
 * upgrade at the next one); from then on the table is the truth, so an upgrade never changes a schedule
 * behind an admin's back. Setting a schedule needs no case content, and every change is audited.
 */

export async function seedRetentionSettings(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<void> {
  await deps.db.query(
    `INSERT INTO retention_settings (key, minutes, updated_at)
     SELECT k, m, $3::timestamptz FROM unnest($1::text[], $2::int[]) AS t(k, m)
     ON CONFLICT (key) DO NOTHING`,
    [SETTING_KEYS, SETTING_KEYS.map((k) => DEFAULT_SETTINGS[k]), deps.clock.now()],
  );
}

export async function readSettings(
  q: Queryable,
): Promise<{ settings: RetentionSettings; updatedAt: Date | null }> {
  const { rows } = await q.query<{ key: string; minutes: number | null; updated_at: Date }>(
    'SELECT key, minutes, updated_at FROM retention_settings',
  );
  const settings: Record<string, number | null> = { ...DEFAULT_SETTINGS };
  let updatedAt: Date | null = null;
  for (const r of rows) {
    if (!(SETTING_KEYS as readonly string[]).includes(r.key)) continue;
    settings[r.key] = r.minutes;
    if (!updatedAt || r.updated_at > updatedAt) updatedAt = r.updated_at;
  }
  return { settings: settings as RetentionSettings, updatedAt };
}

export async function viewSettings(deps: Pick<AppDeps, 'db'>): Promise<RetentionSettingsView> {
  const { settings, updatedAt } = await readSettings(deps.db);
  return { settings, defaults: { ...DEFAULT_SETTINGS }, updatedAt: updatedAt?.toISOString() ?? null };
}

/**
 * Changes some settings. A destruction earlier than its de-identification is refused, per key. The audit
 * entry names each changed key and its new value in minutes (codes and numbers: no content).
 */
export async function updateSettings(
  deps: Pick<AppDeps, 'db' | 'clock' | 'keys'>,
  actor: AuditActor,
  patch: RetentionSettingsPatch,
): Promise<RetentionSettingsView> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.query('SELECT key FROM retention_settings ORDER BY key FOR UPDATE');
    const { settings } = await readSettings(tx);
    const next = { ...settings, ...patch } as RetentionSettings;
    const problems = scheduleProblems(next);
    if (problems.length > 0) {
      throw new AppError(400, 'error.validation', {
        fields: Object.fromEntries(
          problems.map((k) => [k, { key: 'retention.error.destroyBeforeDeidentify' }]),
        ),
      });
    }
    const changed = (Object.keys(patch) as SettingKey[]).filter((k) => patch[k] !== settings[k]);
    if (changed.length === 0) return;
    await tx.query(
      `INSERT INTO retention_settings (key, minutes, updated_by, updated_at)
       SELECT k, m, $3::uuid, $4::timestamptz FROM unnest($1::text[], $2::int[]) AS t(k, m)
       ON CONFLICT (key) DO UPDATE SET minutes = excluded.minutes, updated_by = excluded.updated_by,
              updated_at = excluded.updated_at`,
      [changed, changed.map((k) => next[k]), actor.type === 'user' ? actor.id : null, now],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor,
        action: 'retention.schedule.changed',
        meta: Object.fromEntries(changed.map((k) => [k, next[k]])),
      },
      now,
    );
  });
  return viewSettings(deps);
}

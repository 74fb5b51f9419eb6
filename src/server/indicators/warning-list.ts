import { randomUUID } from 'node:crypto';
import type { WarningListEntry, WarningListInput, WarningReason } from '../../shared/contracts/indicators.ts';
import type { IndicatorKind } from '../../shared/taxonomy.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import { asBuffer, type Db, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import type { Clock } from '../platform/jobs/clock.ts';
import { type NormalisedIndicator, normaliseIndicator, type Platform } from './normalise.ts';
import { hex, setWarned, setWarnedAll } from './repo.ts';
import { readListFile } from './word-lists.ts';

/**
 * The warning list: values too common to mean anything. Two reports that both mention the RCMP's
 * national security line, facebook.com or the focal point's own address are not linked by it. The seed
 * below is written into each database once (it needs the deployment's blind-index key); admins edit the
 * list afterwards, and what they remove stays removed.
 */

export type WarningDeps = { keys: KeyRing; vault: Vault; clock: Clock };

type Seed = { kind: IndicatorKind; platform?: Platform; value: string; reason: WarningReason };

const platformHomes = [
  'facebook.com',
  'x.com',
  'twitter.com',
  'instagram.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'douyin.com',
  'weibo.com',
  'weibo.cn',
  'wechat.com',
  'weixin.qq.com',
  'qq.com',
  'mail.qq.com',
  't.me',
  'telegram.org',
  'web.telegram.org',
  'whatsapp.com',
  'web.whatsapp.com',
  'wa.me',
  'google.com',
  'gmail.com',
  'mail.google.com',
  'docs.google.com',
  'drive.google.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'apple.com',
  '163.com',
  '126.com',
  'sina.com.cn',
  'sohu.com',
  'baidu.com',
  'bilibili.com',
  'xiaohongshu.com',
  'zhihu.com',
  'linkedin.com',
  'reddit.com',
  'discord.com',
  'signal.org',
  'zoom.us',
  'microsoft.com',
  'amazon.com',
  'wikipedia.org',
  'github.com',
  'bit.ly',
  'tinyurl.com',
];

const publicServices = [
  'canada.ca',
  'rcmp-grc.gc.ca',
  'rcmp.ca',
  'grc.ca',
  'csis-scrs.gc.ca',
  'canada.ca/en/security-intelligence-service',
  'antifraudcentre-centreantifraude.ca',
  'cyber.gc.ca',
  'torontopolice.on.ca',
  'spvm.qc.ca',
  'vpd.ca',
  'ottawapolice.ca',
  'amnesty.ca',
  'amnistie.ca',
];

export const WARNING_LIST_SEED: readonly Seed[] = [
  ...platformHomes.map((value): Seed => ({ kind: 'domain', value, reason: 'platform' })),
  ...publicServices.map(
    (value): Seed => ({ kind: value.includes('/') ? 'url' : 'domain', value, reason: 'common_service' }),
  ),
  // Emergency and public lines, in Canada and in China (quoted in narratives: "I called 110 back home").
  ...['911', '811', '211', '311', '988', '110', '119', '120', '112', '999'].map(
    (value): Seed => ({ kind: 'phone', value, reason: 'public_hotline' }),
  ),
  ...[
    '+1 800 420 5805', // RCMP National Security Information Network
    '+1 613 993 9620', // CSIS
    '+1 800 267 7685', // CSIS toll-free
    '+1 888 495 8501', // Canadian Anti-Fraud Centre
    '+1 800 222 8477', // Crime Stoppers
    '+1 833 456 4566', // Talk Suicide Canada
    '+1 866 585 0445', // Hope for Wellness
    '+1 800 622 6232', // Government of Canada (1 800 O-Canada)
    '+1 613 944 6788', // Global Affairs emergency watch
    '+86 10 6532 3536', // Embassy of Canada in Beijing
  ].map((value): Seed => ({ kind: 'phone', value, reason: 'public_hotline' })),
  ...['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '114.114.114.114', '223.5.5.5'].map(
    (value): Seed => ({ kind: 'ip', value, reason: 'common_service' }),
  ),
];

type Entry = NormalisedIndicator & { reason: WarningReason };

function normaliseEntry(input: {
  kind: IndicatorKind;
  platform?: Platform | undefined;
  value: string;
}): NormalisedIndicator[] {
  return normaliseIndicator(input, { suspectedState: 'CN' });
}

/** Writes entries in one statement (the seed has hundreds) and marks the values already stored as warned. */
async function insertEntries(
  tx: Queryable,
  deps: WarningDeps,
  entries: readonly Entry[],
  opts: { seeded: boolean; createdBy: string | null },
): Promise<string[]> {
  if (entries.length === 0) return [];
  const dataKey = await deps.vault.newDataKey(tx);
  const blind = entries.map((entry) => hex(blindIndexFor(deps.keys.blindIndex, entry.kind, entry.value)));
  const sealed = entries.map((entry) =>
    hex(
      deps.vault.seal(
        dataKey,
        JSON.stringify({ platform: entry.platform ?? null, value: entry.value }),
        'indicator.warning',
      ),
    ),
  );
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO indicator_warning_list (id, kind, blind_index, value_sealed, reason, seeded, created_by, created_at)
     SELECT t.id, t.kind, decode(t.b, 'hex'), decode(t.s, 'hex'), t.reason, $6, $7, $8
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, kind, b, s, reason)
     ON CONFLICT (blind_index) DO NOTHING RETURNING id`,
    [
      entries.map(() => randomUUID()),
      entries.map((e) => e.kind),
      blind,
      sealed,
      entries.map((e) => e.reason),
      opts.seeded,
      opts.createdBy,
      deps.clock.now(),
    ],
  );
  await setWarnedAll(tx, blind, true);
  return rows.map((r) => r.id);
}

/**
 * Version 2 (issue 17): every domain of lists/shared-services.txt. Extraction now gives the domain of every
 * URL and e-mail address, flagged `linkable: false` for shared services; until the linker reads that flag,
 * the warning list keeps two proton.me or bit.ly users from being linked by the provider. Entries of
 * version 1 are left out, so one an admin removed stays removed.
 */
function sharedServiceSeed(): Seed[] {
  const firstSeed = new Set(
    WARNING_LIST_SEED.flatMap((seed) => normaliseEntry(seed)).map((n) => `${n.kind} ${n.value}`),
  );
  const seeds = new Map<string, Seed>();
  for (const line of readListFile('./lists/shared-services.txt')) {
    for (const n of normaliseEntry({ kind: 'domain', value: line.replace(/^\*\./, '') })) {
      if (n.kind === 'domain' && !firstSeed.has(`domain ${n.value}`))
        seeds.set(n.value, { kind: 'domain', value: n.value, reason: 'common_service' });
    }
  }
  return [...seeds.values()];
}

const SEEDS: readonly { version: number; seeds: () => readonly Seed[] }[] = [
  { version: 1, seeds: () => WARNING_LIST_SEED },
  { version: 2, seeds: sharedServiceSeed },
];

// Key rings of databases seen seeded (by committed markers): no need to ask again in this process.
const seenSeeded = new WeakSet<KeyRing>();

/** Writes each version of the seed once per database; cheap to call before every indexing. */
export async function ensureWarningListSeeded(tx: Queryable, deps: WarningDeps): Promise<void> {
  if (seenSeeded.has(deps.keys)) return;
  const done = new Set(
    (await tx.query<{ version: number }>('SELECT version FROM indicator_warning_list_seed')).rows.map(
      (r) => r.version,
    ),
  );
  if (SEEDS.every(({ version }) => done.has(version))) {
    seenSeeded.add(deps.keys);
    return;
  }
  for (const { version, seeds } of SEEDS) {
    if (done.has(version)) continue;
    // Whoever inserts the marker seeds; a concurrent first report waits here, then finds it done.
    const { rows } = await tx.query<{ version: number }>(
      `INSERT INTO indicator_warning_list_seed (version, seeded_at) VALUES ($1, $2)
       ON CONFLICT (version) DO NOTHING RETURNING version`,
      [version, deps.clock.now()],
    );
    if (rows.length === 0) continue;
    const entries: Entry[] = [];
    // The focal point's own contacts differ per deployment: admins add them (reason own_contact).
    for (const seed of seeds()) {
      for (const n of normaliseEntry(seed)) {
        if (n.kind !== 'other') entries.push({ ...n, reason: seed.reason });
      }
    }
    await insertEntries(tx, deps, entries, { seeded: true, createdBy: null });
  }
}

export async function listWarningList(db: Db, deps: WarningDeps): Promise<WarningListEntry[]> {
  return db.transaction(async (tx) => {
    await ensureWarningListSeeded(tx, deps);
    const { rows } = await tx.query<{
      id: string;
      kind: IndicatorKind;
      value_sealed: unknown;
      reason: WarningReason;
      seeded: boolean;
      created_at: Date;
    }>(
      'SELECT id, kind, value_sealed, reason, seeded, created_at FROM indicator_warning_list ORDER BY kind, created_at',
    );
    const out: WarningListEntry[] = [];
    for (const row of rows) {
      const { platform, value } = JSON.parse(
        await deps.vault.openText(tx, asBuffer(row.value_sealed), 'indicator.warning'),
      ) as { platform: Platform | null; value: string };
      out.push({
        id: row.id,
        kind: row.kind,
        ...(platform ? { platform } : {}),
        value,
        reason: row.reason,
        seeded: row.seeded,
        createdAt: row.created_at.toISOString(),
      });
    }
    return out;
  });
}

export async function addToWarningList(
  db: Db,
  deps: WarningDeps,
  opts: { actorId: string; input: WarningListInput },
): Promise<{ ids: string[] }> {
  const normalised = normaliseEntry(opts.input).filter(
    (n) => n.kind === opts.input.kind || opts.input.kind === 'url',
  );
  if (normalised.length === 0 || normalised.every((n) => n.kind === 'other' && opts.input.kind !== 'other')) {
    throw new AppError(400, 'error.validation', {
      fields: { value: { key: 'indicators.error.unrecognised' } },
    });
  }
  return db.transaction(async (tx) => {
    await ensureWarningListSeeded(tx, deps);
    const ids = await insertEntries(
      tx,
      deps,
      normalised.map((n) => ({ ...n, reason: opts.input.reason })),
      { seeded: false, createdBy: opts.actorId },
    );
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: opts.actorId },
      action: 'indicator.warning_list.added',
      meta: { kind: opts.input.kind, reason: opts.input.reason, added: ids.length },
    });
    return { ids };
  });
}

export async function removeFromWarningList(
  db: Db,
  deps: WarningDeps,
  opts: { actorId: string; id: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ blind_index: unknown; kind: string }>(
      'DELETE FROM indicator_warning_list WHERE id = $1 RETURNING blind_index, kind',
      [opts.id],
    );
    const row = rows[0];
    if (!row) throw notFound();
    await setWarned(tx, asBuffer(row.blind_index), false);
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: opts.actorId },
      action: 'indicator.warning_list.removed',
      target: { type: 'warning_list_entry', id: opts.id },
      meta: { kind: row.kind },
    });
  });
}

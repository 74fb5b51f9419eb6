import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../platform/audit/audit.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { DecryptionError } from '../platform/crypto/envelope.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { createBackup } from './backup.ts';
import { RestoreError, restoreBackup } from './restore.ts';

const CANARY = `canary-${randomBytes(6).toString('hex')}`;
const key = randomBytes(32).toString('base64');

describe('backup and restore', () => {
  let source: TestContext;
  let sealed: Buffer;
  let file: string;
  beforeAll(async () => {
    source = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
    const { db, vault, blobs } = source.deps;
    await createUser(
      source.deps,
      { email: 'caseworker@focalpoint.test', role: 'caseworker' },
      { type: 'cli' },
    );
    sealed = await db.transaction(async (tx) => {
      const dk = await vault.newDataKey(tx);
      await appendAudit(tx, source.deps.keys, { actor: { type: 'system' }, action: 'test.sealed' });
      return vault.seal(dk, CANARY, 'test.value');
    });
    await blobs.put('0123456789abcdef', sealed);
    file = path.join(source.dataDir, 'backup.fpb');
  });
  afterAll(() => source.close());

  it('writes one file that holds no plaintext', async () => {
    const summary = await createBackup(source.deps, { file });
    expect(summary.rows).toBeGreaterThan(3);
    expect(summary.blobs).toBe(1);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    expect(text.startsWith('{"format":"focalpoint-backup"')).toBe(true);
    expect(text).not.toContain(CANARY);
  });

  it('restores into an empty installation with the same key: everything readable, audit chain intact', async () => {
    const target = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
    try {
      const result = await restoreBackup(target.deps, { file });
      expect(result.blobs).toBe(1);
      expect(await target.deps.vault.openText(target.deps.db, sealed, 'test.value')).toBe(CANARY);
      const blob = await target.deps.blobs.get('0123456789abcdef');
      expect(await target.deps.vault.openText(target.deps.db, blob, 'test.value')).toBe(CANARY);
      const users = await target.deps.db.query<{ email: string }>('SELECT email FROM users');
      expect(users.rows.map((u) => u.email)).toEqual(['caseworker@focalpoint.test']);
      expect((await verifyAuditChain(target.deps)).ok).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('restores into an installation with another master key, where nothing can be read', async () => {
    const stranger = await startTestContext({ FOCALPOINT_MASTER_KEY: randomBytes(32).toString('base64') });
    try {
      await restoreBackup(stranger.deps, { file });
      await expect(
        stranger.deps.vault.openText(stranger.deps.db, sealed, 'test.value'),
      ).rejects.toBeInstanceOf(DecryptionError);
    } finally {
      await stranger.close();
    }
  });

  it('refuses to restore over an installation that already holds data', async () => {
    await expect(restoreBackup(source.deps, { file })).rejects.toBeInstanceOf(RestoreError);
  });
});

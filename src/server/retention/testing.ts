import { createDecipheriv, randomBytes } from 'node:crypto';
import type { RetentionSettingsPatch } from '../../shared/contracts/retention.ts';
import type { SignedIn } from '../auth/testing.ts';
import { multipartBody, nextAddress } from '../intake/testing/http.ts';
import { sealedKeyId, Vault } from '../platform/crypto/envelope.ts';
import { asBuffer } from '../platform/db/db.ts';
import { searchTokens } from '../search/tokens.ts';
import type { TestContext } from '../testing/test-context.ts';

/**
 * Test helpers for records management: a report as a reporter sends it (narrative, identity, identifiers,
 * a file, then a follow-up message), its case closed by a supervisor, a schedule set by an admin.
 */
export type Sent = {
  reference: string;
  receipt: string;
  reportId: string;
  caseId: string;
  canaries: Canaries;
};

export type Canaries = ReturnType<typeof canariesFor>;

export function canariesFor(tag = randomBytes(4).toString('hex').toUpperCase()) {
  return {
    narrative: `Narrative-Canary-${tag} they followed me home from the vigil`,
    name: `Name-Canary-${tag}`,
    email: `email-canary-${tag.toLowerCase()}@example.org`,
    description: `Perpetrator-Canary-${tag}`,
    account: `account_canary_${tag.toLowerCase()}`,
    fileText: `File-Bytes-Canary-${tag}`,
    filename: `Filename-Canary-${tag}.txt`,
    message: `Message-Canary-${tag} and they called again from +1 613 555 ${String((Number.parseInt(tag.slice(0, 4), 16) % 9000) + 1000)}`,
  };
}

export async function sendReport(ctx: TestContext, canaries: Canaries = canariesFor()): Promise<Sent> {
  const { payload, headers } = multipartBody(
    {
      language: 'en',
      narrative: canaries.narrative,
      tactics: 'physical_surveillance',
      communities: 'uyghur',
      channels: 'home',
      'incident[province]': 'ON',
      'incident[city]': 'Kingston',
      'perpetrators[0][description]': canaries.description,
      'perpetrators[0][indicators][0][kind]': 'account',
      'perpetrators[0][indicators][0][platform]': 'telegram',
      'perpetrators[0][indicators][0][value]': canaries.account,
      'reporter[anonymous]': 'false',
      'reporter[name]': canaries.name,
      'reporter[email]': canaries.email,
      'consents[contact]': 'true',
      'consents[referralToPolice]': 'true',
      'consents[anonymisedStatistics]': 'true',
    },
    [{ filename: canaries.filename, bytes: Buffer.from(`${canaries.fileText}\nsecond line\n`) }],
  );
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload,
    headers,
    remoteAddress: nextAddress(),
  });
  if (res.statusCode !== 201) throw new Error(`report not accepted: ${res.statusCode} ${res.body}`);
  const { reference, receipt } = res.json() as { reference: string; receipt: string };
  const message = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/followup/messages',
    headers: { authorization: `Receipt ${receipt}` },
    payload: { body: canaries.message },
    remoteAddress: nextAddress(),
  });
  if (message.statusCode !== 201) throw new Error(`message not accepted: ${message.statusCode}`);
  await ctx.settle();
  const { rows } = await ctx.deps.db.query<{ id: string; case_id: string }>(
    'SELECT id, case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return { reference, receipt, reportId: rows[0]!.id, caseId: rows[0]!.case_id, canaries };
}

async function ok(res: { statusCode: number; body: string }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** A note, then the case closed with this reason: the staff side of a case's life. */
export async function workAndClose(
  ctx: TestContext,
  supervisor: SignedIn,
  caseId: string,
  closingReason = 'resolved',
): Promise<void> {
  await ok(
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/notes`,
      headers: supervisor.headers,
      payload: { body: 'Called the reporter back; they are safe for now.' },
    }),
    'note',
  );
  const view = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/cases/${caseId}`,
    headers: supervisor.headers,
  });
  await ok(
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${caseId}`,
      headers: supervisor.headers,
      payload: { version: (view.json() as { version: number }).version, status: 'closed', closingReason },
    }),
    'close',
  );
}

export async function setSchedule(ctx: TestContext, admin: SignedIn, patch: RetentionSettingsPatch) {
  const res = await ctx.app.inject({
    method: 'PATCH',
    url: '/api/v1/retention/settings',
    headers: admin.headers,
    payload: patch,
  });
  await ok(res, 'schedule');
  return res.json();
}

export const followup = (ctx: TestContext, receipt: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/api/v1/followup',
    headers: { authorization: `Receipt ${receipt}`, 'accept-language': 'en' },
    remoteAddress: nextAddress(),
  });

/**
 * What a thief holding the master secret could still read: every sealed value of every table and every
 * sealed file is opened with the data key its header names (a fresh Vault, so no key is remembered from
 * before it was shredded), decrypting without checking the additional data so nothing is skipped for being
 * out of place. Answers "<needle> in <where>" for each find and how many values were opened (a test checks
 * the search was not empty, and that a kept report's canaries ARE found).
 */
export async function findWithTheKey(
  ctx: Pick<TestContext, 'deps'>,
  needles: Record<string, string>,
): Promise<{ found: string[]; opened: number }> {
  const vault = new Vault(ctx.deps.keys);
  const found: string[] = [];
  let opened = 0;
  const look = async (sealed: Buffer, where: string) => {
    const keyId = sealedKeyId(sealed);
    if (!keyId) return;
    let key: Buffer;
    try {
      key = (await vault.dataKey(ctx.deps.db, keyId)).key;
    } catch {
      return; // shredded (or not a sealed value after all): nothing anyone can open
    }
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(17, 29));
    const plain = decipher.update(sealed.subarray(45)).toString('utf8');
    opened++;
    for (const [name, needle] of Object.entries(needles))
      if (plain.includes(needle)) found.push(`${name} in ${where}`);
  };
  const { rows: columns } = await ctx.deps.db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'bytea' ORDER BY 1, 2`,
  );
  for (const { table_name, column_name } of columns) {
    const { rows } = await ctx.deps.db.query<{ v: unknown }>(
      `SELECT "${column_name}" AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`,
    );
    for (const r of rows) await look(asBuffer(r.v), `${table_name}.${column_name}`);
  }
  for await (const id of ctx.deps.blobs.list()) await look(await ctx.deps.blobs.get(id), 'the file store');
  return { found, opened };
}

/** How many search tokens of these words the blind search index holds. */
export async function searchTokensOf(ctx: Pick<TestContext, 'deps'>, text: string): Promise<number> {
  const tokens = searchTokens(ctx.deps.keys.searchToken, text).map((t) => t.toString('hex'));
  const { rows } = await ctx.deps.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM search_tokens WHERE encode(token, 'hex') = ANY($1::text[])`,
    [tokens],
  );
  return rows[0]!.n;
}

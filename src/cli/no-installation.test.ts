import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerProcess } from '../server/testing/server-process.ts';

/** The first hour of an installation: the CLI never makes one by mistake. */
describe('focalpoint pointed at a directory with no installation', () => {
  let place: ServerProcess;
  beforeAll(async () => {
    // A data directory (and, on PostgreSQL, a database) where nothing was ever started.
    place = await ServerProcess.create();
  });
  afterAll(() => place.cleanup());

  it('says so in the operator’s language, exits non-zero and creates nothing', async () => {
    const en = await place.cli(['audit', 'verify']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      `There is no FocalPoint installation in ${place.dataDir}. Nothing was created.`,
    );
    expect(en.stderr).toContain('focalpoint init');
    const fr = await place.cli(['user', 'create', '--email', 'a@example.org', '--role', 'admin'], {
      LANG: 'fr_CA.UTF-8',
    });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain(`Il n’y a pas d’installation de FocalPoint dans ${place.dataDir}.`);
    expect(await readdir(place.dataDir)).toEqual([]);
  }, 60_000);

  it('is made by `focalpoint init` (once), after which the commands work', async () => {
    const made = await place.cli(['init']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Created a FocalPoint installation in ${place.dataDir}.`);
    if (!place.env.FOCALPOINT_MASTER_KEY)
      expect(made.stdout).toContain(path.join(place.dataDir, 'master.key'));
    const again = await place.cli(['init'], { FOCALPOINT_LOCALE: 'fr' });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Il y a déjà une installation de FocalPoint');
    const verify = await place.cli(['audit', 'verify', '--json']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  }, 120_000);
});

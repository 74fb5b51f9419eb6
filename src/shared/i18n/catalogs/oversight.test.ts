import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, oversight } from './oversight.ts';

const serverDir = fileURLToPath(new URL('../../../server/', import.meta.url));

/** Every action code written as a literal by the server's code (tests left out). */
async function writtenActions(): Promise<Set<string>> {
  const found = new Set<string>();
  const files = (await readdir(serverDir, { recursive: true })).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('testing'),
  );
  for (const file of files) {
    const text = await readFile(path.join(serverDir, file), 'utf8');
    for (const m of text.matchAll(/action: (?:[^'\n]*\? )?'([a-z_]+(?:\.[a-z_]+)+)'(?: : '([a-z_.]+)')?/g)) {
      found.add(m[1]!);
      if (m[2]) found.add(m[2]);
    }
    for (const m of text.matchAll(/(?:log|SEAL_ACTION =)\(?'([a-z_]+(?:\.[a-z_]+)+)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('the audit log in words', () => {
  it('has English and French words for every action the server writes', async () => {
    const written = await writtenActions();
    expect(written.size).toBeGreaterThan(40);
    const missing = [...written].filter((a) => !AUDIT_ACTIONS.includes(a));
    expect(missing).toEqual([]);
    for (const action of AUDIT_ACTIONS) expect(oversight.fr[`audit.action.${action}` as never]).toBeTruthy();
  });
});

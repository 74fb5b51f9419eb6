import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The public site's own CSS, script and icon: read once at start, served from memory under /static/. */
export type StaticAsset = { name: string; type: string; body: Buffer; etag: string };

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

export async function loadStaticAssets(dir = STATIC_DIR): Promise<Map<string, StaticAsset>> {
  const assets = new Map<string, StaticAsset>();
  for (const name of await readdir(dir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = await readFile(path.join(dir, name));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    assets.set(name, { name, type, body, etag });
  }
  return assets;
}

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The public site's own CSS, script and icon: read once at start, served from memory under /static/. */
export type StaticAsset = { name: string; type: string; body: Buffer; gzip: Buffer; etag: string };

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'static');

export async function loadStaticAssets(dir = STATIC_DIR): Promise<Map<string, StaticAsset>> {
  const assets = new Map<string, StaticAsset>();
  for (const name of await readdir(dir)) {
    if (!TYPES[path.extname(name)]) continue;
    assets.set(name, makeAsset(name, await readFile(path.join(dir, name), 'utf8')));
  }
  return assets;
}

/** An asset made from its source: minified, gzipped once, with an ETag of its bytes. */
export function makeAsset(name: string, source: string): StaticAsset {
  const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
  const body = Buffer.from(
    name.endsWith('.css') ? minifyCss(source) : name.endsWith('.js') ? minifyJs(source) : source,
  );
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  return { name, type, body, gzip: gzipSync(body, { level: 9 }), etag };
}

/** Comments and layout whitespace out; the rules themselves untouched (the source stays readable). */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** Whole-line comments and indentation out. Deliberately simple: site.js keeps one statement per line. */
export function minifyJs(js: string): string {
  return js
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { emit, startServer } from './lib.ts';

/**
 * The weight of the report form: /{locale}/report and everything a browser loads for it (stylesheet,
 * script, icon and, when JavaScript runs, the proof-of-work challenge), for each language the bench
 * follows (English, French, Simplified Chinese, and Uyghur, the heaviest with a script of its own; `--all`
 * adds the other two). The goal is on the uncompressed total, what a browser holds and parses: ≤ 50 KB.
 * The gzipped total (what crosses the wire, Accept-Encoding: gzip as every browser sends) is reported too.
 */
const LOCALES = process.argv.includes('--all')
  ? ['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug']
  : ['en', 'fr', 'zh-Hans', 'ug'];
const GOAL_BYTES = 50 * 1024;

function get(url: string): Promise<{ status: number; wire: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, wire: raw.length, body });
        });
      })
      .on('error', reject);
  });
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

const server = await startServer();
try {
  for (const locale of LOCALES) {
    const page = `/${locale}/report`;
    const first = await get(`${server.baseUrl}${page}`);
    if (first.status !== 200) throw new Error(`${page} answered ${first.status}`);
    const text = first.body.toString('utf8');
    const linked = new Set<string>();
    for (const m of text.matchAll(
      /<(?:script|img|link|source|iframe|video|audio)\b[^>]*?\b(?:src|href)="([^"]+)"/gi,
    )) {
      const url = m[1] ?? '';
      if (!url.startsWith('/')) throw new Error(`the page loads something from elsewhere: ${url}`);
      linked.add(url);
    }
    // The script asks for a proof-of-work challenge when it runs.
    if (text.includes('data-pow')) linked.add('/api/v1/reports/challenge');
    const wire: Record<string, number> = { [page]: first.wire };
    const uncompressed: Record<string, number> = { [page]: first.body.length };
    for (const url of linked) {
      const r = await get(`${server.baseUrl}${url}`);
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
      wire[url] = r.wire;
      uncompressed[url] = r.body.length;
    }
    const bytes = sum(uncompressed);
    emit({
      bench: `page-size.report-form.${locale}`,
      uncompressedBytes: bytes,
      uncompressedKb: kb(bytes),
      gzipBytes: sum(wire),
      gzipKb: kb(sum(wire)),
      parts: uncompressed,
      gzipParts: wire,
      requests: Object.keys(wire).length,
      goal: `/${locale}/report with everything it loads ≤ 50 KB uncompressed`,
      met: bytes <= GOAL_BYTES,
    });
  }
} finally {
  await server.stop();
}

import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { emit, startServer } from './lib.ts';

/**
 * The weight of the report form: /en/report and everything a browser loads for it (stylesheet, script,
 * icon and, when JavaScript runs, the proof-of-work challenge). Counted as a browser receives them
 * (Accept-Encoding: gzip, as every browser including Tor Browser sends) and also uncompressed.
 * Goal: ≤ 50 KB over the wire.
 */
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

const server = await startServer();
try {
  const page = '/en/report';
  const first = await get(`${server.baseUrl}${page}`);
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
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const bytes = sum(wire);
  emit({
    bench: 'page-size.report-form',
    bytes,
    kb: Math.round((bytes / 1024) * 10) / 10,
    uncompressedBytes: sum(uncompressed),
    parts: wire,
    uncompressedParts: uncompressed,
    requests: Object.keys(wire).length,
    goal: '/en/report with everything it loads ≤ 50 KB over the wire',
    met: bytes <= 50 * 1024,
  });
} finally {
  await server.stop();
}

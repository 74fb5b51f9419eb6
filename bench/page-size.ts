import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { LOCALES } from '../src/shared/i18n/locales.ts';
import { emit, startServer } from './lib.ts';

/**
 * The weight of the report form: /{locale}/report and everything a browser loads for it (stylesheet,
 * script, icon and, when JavaScript runs, the proof-of-work challenge), in every public language. The goal
 * is on the uncompressed total of HTML, CSS and JS, what a browser holds and parses: ≤ 50 KB. The gzipped
 * total (what crosses the wire, Accept-Encoding: gzip as every browser sends) is reported too.
 *
 * Fonts are counted apart: a page in a script with web fonts links one @font-face stylesheet, and a browser
 * then fetches only the faces whose unicode-range holds a character of the page (on a device without a
 * font for the script; with one, fewer or none). They are cached for a year, so they weigh on a first
 * visit only. `fonts` gives the stylesheet and the faces this page needs, 400 and 700 weights alike.
 * `node bench/page-size.ts ru fa` measures some languages only.
 */
const ASKED = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const MEASURED = ASKED.length > 0 ? LOCALES.filter((l) => ASKED.includes(l)) : LOCALES;
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

/** `U+0600-06FF,U+200C` → ranges of code points. */
function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/** The faces of a font stylesheet whose unicode-range holds a character of `text`: what a browser fetches. */
function facesNeeded(css: string, text: string): string[] {
  const used = new Set([...text].map((ch) => ch.codePointAt(0) ?? 0));
  const needed: string[] = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const url = /url\(([^)]+)\)/.exec(m[1] ?? '')?.[1];
    const ranges = /unicode-range:\s*([^;}]+)/.exec(m[1] ?? '')?.[1];
    if (!url || !ranges) continue;
    const covered = parseRanges(ranges);
    if ([...used].some((c) => covered.some(([a, b]) => c >= a && c <= b))) needed.push(url);
  }
  return needed;
}

const server = await startServer();
try {
  for (const locale of MEASURED) {
    const page = `/${locale}/report`;
    const first = await get(`${server.baseUrl}${page}`);
    if (first.status !== 200) throw new Error(`${page} answered ${first.status}`);
    const text = first.body.toString('utf8');
    const linked = new Set<string>();
    const fontSheets = new Set<string>();
    for (const m of text.matchAll(
      /<(?:script|img|link|source|iframe|video|audio)\b[^>]*?\b(?:src|href)="([^"]+)"/gi,
    )) {
      const url = m[1] ?? '';
      if (!url.startsWith('/')) throw new Error(`the page loads something from elsewhere: ${url}`);
      (url.startsWith('/static/fonts/') ? fontSheets : linked).add(url);
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

    const fonts = { stylesheetBytes: 0, stylesheetGzipBytes: 0, faces: 0, faceBytes: 0 };
    for (const sheet of fontSheets) {
      const css = await get(`${server.baseUrl}${sheet}`);
      if (css.status !== 200) throw new Error(`${sheet} answered ${css.status}`);
      fonts.stylesheetBytes += css.body.length;
      fonts.stylesheetGzipBytes += css.wire;
      const visible = text.replace(/<[^>]*>/g, ' ');
      for (const face of facesNeeded(css.body.toString('utf8'), visible)) {
        const file = await get(`${server.baseUrl}${new URL(face, `${server.baseUrl}${sheet}`).pathname}`);
        if (file.status !== 200) throw new Error(`${face} answered ${file.status}`);
        fonts.faces += 1;
        fonts.faceBytes += file.body.length;
      }
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
      fonts: {
        ...fonts,
        stylesheetKb: kb(fonts.stylesheetBytes),
        faceKb: kb(fonts.faceBytes),
        cache: 'stylesheet revalidated (ETag); faces immutable for a year',
      },
      goal: `/${locale}/report with everything it loads but fonts ≤ 50 KB uncompressed`,
      met: bytes <= GOAL_BYTES,
    });
  }
} finally {
  await server.stop();
}

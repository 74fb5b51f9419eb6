// `node scripts/vendor-language-names.mjs <dir of unpacked @fontsource packages>`: makes the tiny font that
// draws the language list on every page (each language's name in its own script) on a device without a
// font for that script: for each script, a woff2 of only the glyphs of its names, cut from the Noto face
// the site already serves, with a unicode-range of exactly those characters. Writes
// src/server/public-site/fonts/language-names/ and language-names.css. Needs `npm install --no-save
// subset-font` (harfbuzz's hb-subset) and the packages unpacked as for vendor-fonts.mjs, e.g.
// <dir>/noto-sans-sc/package; run with Node 24 (it reads the names from src/shared/i18n/locales.ts).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LOCALE_INFO } from '../src/shared/i18n/locales.ts';

const [dir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node scripts/vendor-language-names.mjs <dir of unpacked packages>\n');
  process.exit(2);
}
const SOURCES = {
  'han-simplified': ['noto-sans-sc', 'noto-sans-sc-chinese-simplified-400-normal.woff2'],
  'han-traditional': ['noto-sans-tc', 'noto-sans-tc-chinese-traditional-400-normal.woff2'],
  tibetan: ['noto-serif-tibetan', 'noto-serif-tibetan-tibetan-400-normal.woff2'],
  arabic: ['noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff2'],
  gurmukhi: ['noto-sans-gurmukhi', 'noto-sans-gurmukhi-gurmukhi-400-normal.woff2'],
};
const out = 'src/server/public-site/fonts/language-names';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const taken = new Set();
const rules = [];
for (const [script, [family, file]] of Object.entries(SOURCES)) {
  const names = Object.values(LOCALE_INFO)
    .filter((info) => info.script === script)
    .map((info) => info.name)
    .join('');
  // A character drawn by an earlier face (中文 in both Chinese names) is left to it.
  const chars = [...new Set(names)].filter((ch) => !taken.has(ch) && ch.trim() !== '');
  for (const ch of chars) taken.add(ch);
  const source = readFileSync(path.join(dir, family, 'package', 'files', file));
  const bytes = await subsetFont(source, names, { targetFormat: 'woff2' });
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
  const name = `${script}.${hash}.woff2`;
  writeFileSync(path.join(out, name), bytes);
  const range = chars.map((ch) => `U+${ch.codePointAt(0).toString(16).toUpperCase()}`).join(',');
  rules.push(
    `@font-face{font-family:"FocalPoint Language Names";font-display:swap;src:url(language-names/${name}) format("woff2");unicode-range:${range}}`,
  );
  process.stdout.write(`${script}: ${names} → ${bytes.length} bytes\n`);
}
writeFileSync(
  'src/server/public-site/fonts/language-names.css',
  `/* The language list's names, from Noto faces (SIL Open Font License 1.1, language-names/OFL.txt). */\n${rules.join('\n')}\n`,
);
copyFileSync(path.join(dir, 'noto-sans-sc', 'package', 'LICENSE'), path.join(out, 'OFL.txt'));

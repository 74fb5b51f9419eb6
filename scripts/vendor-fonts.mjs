// `node scripts/vendor-fonts.mjs <unpacked @fontsource package> <weights> <subsets regex> [local names]`: copies a font's
// woff2 files for the subsets and weights given into src/server/public-site/fonts/<family>/, each named
// with a hash of its bytes (served with a year-long immutable cache), writes <family>.css (@font-face
// rules with unicode-range and font-display: swap, URLs relative to /static/fonts/) and keeps the OFL
// licence beside the files. Get a package with `npm pack @fontsource/<family>` and `tar xzf` it.
// Local names (comma-separated) come first in each face's src: a device that has the font uses its own.
//   node scripts/vendor-fonts.mjs /tmp/noto-naskh-arabic/package 400,700 '^arabic$'
//   node scripts/vendor-fonts.mjs /tmp/noto-sans-sc/package 400 '^[0-9]+$' 'Noto Sans CJK SC,PingFang SC'
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir, weightList, subsetPattern, localNames = ''] = process.argv.slice(2);
const locals = localNames
  .split(',')
  .filter(Boolean)
  .map((name) => `local("${name.trim()}"),`)
  .join('');
if (!dir || !weightList || !subsetPattern) {
  process.stderr.write('usage: node scripts/vendor-fonts.mjs <package dir> <weights> <subsets regex>\n');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const family = pkg.name.replace(/^@fontsource\//, '');
const subsets = new RegExp(subsetPattern);
const out = path.join('src/server/public-site/fonts', family);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const rules = [];
for (const weight of weightList.split(',')) {
  const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
  for (const m of css.matchAll(/\/\* (\S+) \*\/\s*@font-face \{([\s\S]*?)\}/g)) {
    const body = m[2];
    const name = m[1];
    const subset = name.slice(family.length + 1).replace(new RegExp(`-${weight}-normal$`), '');
    if (!subsets.test(subset.replace(/^\[(\d+)\]$/, '$1'))) continue;
    const src = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    const fontFamily = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    if (!src || !range || !fontFamily) throw new Error(`cannot read the rule ${name}`);
    const bytes = readFileSync(path.join(dir, 'files', src));
    const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 10);
    const file = `${src.replace(/\.woff2$/, '').replace(/[[\]]/g, '')}.${hash}.woff2`;
    writeFileSync(path.join(out, file), bytes);
    rules.push(
      `@font-face{font-family:"${fontFamily}";font-style:normal;font-display:swap;font-weight:${weight};` +
        `src:${locals}url(${family}/${file}) format("woff2");unicode-range:${range.trim()}}`,
    );
  }
}
if (rules.length === 0) throw new Error('no subset matched');
writeFileSync(
  path.join('src/server/public-site/fonts', `${family}.css`),
  `/* ${pkg.name} ${pkg.version} (SIL Open Font License 1.1, ${family}/OFL.txt): ${weightList}, ${subsetPattern}${localNames ? `, local ${localNames}` : ''} */\n${rules.join('\n')}\n`,
);
copyFileSync(path.join(dir, 'LICENSE'), path.join(out, 'OFL.txt'));
process.stdout.write(`${family}: ${rules.length} faces, ${readdirSync(out).length - 1} files\n`);

// `npm run db:generate <name>`: creates the next numbered, empty SQL migration to write by hand.
import { readdirSync, writeFileSync } from 'node:fs';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  process.stderr.write('usage: npm run db:generate <name>\n');
  process.exit(2);
}
const dir = 'src/server/db/migrations';
const last =
  readdirSync(dir)
    .map((f) => Number.parseInt(f, 10))
    .filter(Number.isFinite)
    .sort((a, b) => b - a)[0] ?? 0;
const file = `${dir}/${String(last + 1).padStart(4, '0')}_${name}.sql`;
writeFileSync(file, `-- ${name.replaceAll('_', ' ')}\n`, { flag: 'wx' });
process.stdout.write(`${file}\n`);

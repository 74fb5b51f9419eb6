import type { RegistryImportResult } from '../../shared/contracts/registries.ts';
import type { Command } from '../admin/command.ts';

/** `focalpoint registries import`. */
export const registryCommands: readonly Command[] = [
  {
    name: 'registries import',
    summary:
      'Import a snapshot of a foreign-influence register (FARA bulk files, or FocalPoint’s CSV/JSON format)',
    usage:
      'focalpoint registries import --source us-fara --principals FILE --registrants FILE\n' +
      '       focalpoint registries import --source ca-fitr --file FILE.csv|FILE.json [--as-of YYYY-MM-DD]\n' +
      '       focalpoint registries import --source xx-name --name NAME --jurisdiction XX --file FILE [--json]',
    options: {
      source: {
        type: 'string',
        description: 'the register: us-fara, ca-fitr, au-fits, uk-firs, or a new code',
      },
      principals: { type: 'string', description: 'FARA_All_ForeignPrincipals.csv as published' },
      registrants: { type: 'string', description: 'FARA_All_Registrants.csv as published' },
      file: {
        type: 'string',
        description: 'a file in FocalPoint’s format (docs/registries.md), .csv or .json',
      },
      name: { type: 'string', description: 'the register’s name (a register new here)' },
      jurisdiction: { type: 'string', description: 'its country, ISO code (a register new here)' },
      'as-of': { type: 'string', description: 'the day the register was read, YYYY-MM-DD' },
      json: { type: 'boolean', description: 'print the summary as JSON' },
    },
    async run(v, { operate, out, err, resolvePath }) {
      if (typeof v.source !== 'string') {
        err('--source is required. See: focalpoint registries import --help');
        return 2;
      }
      const path = (k: string) => (typeof v[k] === 'string' ? resolvePath(v[k] as string) : undefined);
      const result = await operate(
        'registries.import',
        {
          source: v.source,
          principals: path('principals'),
          registrants: path('registrants'),
          file: path('file'),
          name: typeof v.name === 'string' ? v.name : undefined,
          jurisdiction: typeof v.jurisdiction === 'string' ? v.jurisdiction : undefined,
          asOf: typeof v['as-of'] === 'string' ? v['as-of'] : undefined,
        },
        { rate: true },
      );
      if (!result.ok) {
        err(`Import failed: ${result.error}`);
        return 1;
      }
      const r = result.data as RegistryImportResult;
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `Imported ${r.entries} entries of ${r.source} (${r.added} new, ${r.ended} no longer listed). Snapshot ${r.snapshotId}.`,
        );
      return 0;
    },
  },
];

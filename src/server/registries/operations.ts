import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SourceCode } from '../../shared/contracts/registries.ts';
import { defineOperation, type Operations, progressTo } from '../admin/operation.ts';
import { type ImportFiles, importRegistry } from './import-registry.ts';
import { RegistryFileError } from './record.ts';

const readable = async (file: string, what: string) => {
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    throw new RegistryFileError(
      `cannot read the ${what} file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
};

/** `registries.import`: one snapshot of a register from files on this machine (the CLI's paths). */
export const registryOperations: Operations = {
  'registries.import': defineOperation({
    args: z.object({
      source: SourceCode,
      principals: z.string().min(1).optional(),
      registrants: z.string().min(1).optional(),
      file: z.string().min(1).optional(),
      name: z.string().trim().min(1).max(200).optional(),
      jurisdiction: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
    run: async (deps, args, progress) => {
      let files: ImportFiles;
      if (args.principals || args.registrants) {
        if (!args.principals || !args.registrants)
          throw new RegistryFileError('FARA needs both files: --principals and --registrants');
        files = {
          format: 'us-fara',
          principals: await readable(args.principals, 'principals'),
          registrants: await readable(args.registrants, 'registrants'),
        };
      } else if (args.file) {
        files = {
          format: args.file.toLowerCase().endsWith('.json') ? 'focalpoint-json' : 'focalpoint-csv',
          file: await readable(args.file, 'register'),
        };
      } else
        throw new RegistryFileError(
          'give --principals and --registrants (FARA) or --file (FocalPoint format)',
        );
      return importRegistry(deps, {
        source: args.source,
        files,
        name: args.name,
        jurisdiction: args.jurisdiction,
        asOf: args.asOf,
        onProgress: progressTo(progress),
      });
    },
  }),
};

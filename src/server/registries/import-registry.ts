import { createHash, randomUUID } from 'node:crypto';
import type { RegistryImportResult } from '../../shared/contracts/registries.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { readFara } from './read-fara.ts';
import { readFocalPointCsv, readFocalPointJson } from './read-focalpoint.ts';
import { RegistryFileError, type RegistryRecord } from './record.ts';
import * as repo from './repo.ts';

/**
 * Imports one snapshot of a register: FARA's bulk files as published, or a file in FocalPoint's own format.
 * One transaction: the snapshot, its entries (new ones added, known ones updated and marked as listed by
 * it), its counts and an audit entry — so a failed import leaves the previous snapshot in force. The
 * matcher's index is rebuilt on its next use (the snapshot sequence grew).
 */

export type ImportFiles =
  | { format: 'us-fara'; principals: Uint8Array; registrants: Uint8Array }
  | { format: 'focalpoint-csv' | 'focalpoint-json'; file: Uint8Array };

export type ImportOptions = {
  source: string;
  files: ImportFiles;
  /** For a source not known here yet. */
  name?: string | undefined;
  jurisdiction?: string | undefined;
  asOf?: string | undefined;
  actorId?: string | null;
  onProgress?: (label: string, done: number, total: number) => void;
};

const BATCH = 2_000;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function read(files: ImportFiles): { asOf: string | null; records: RegistryRecord[]; hashes: string[] } {
  if (files.format === 'us-fara')
    return {
      asOf: null,
      records: readFara(files.principals, files.registrants),
      hashes: [sha256(files.principals), sha256(files.registrants)],
    };
  const read =
    files.format === 'focalpoint-csv' ? readFocalPointCsv(files.file) : readFocalPointJson(files.file);
  return { ...read, hashes: [sha256(files.file)] };
}

export async function importRegistry(
  deps: Pick<AppDeps, 'db' | 'clock' | 'keys'>,
  opts: ImportOptions,
): Promise<RegistryImportResult> {
  if (opts.files.format === 'us-fara' && opts.source !== 'us-fara')
    throw new RegistryFileError('FARA bulk files are imported as the source us-fara');
  const progress = opts.onProgress ?? (() => {});
  progress('reading', 0, 1);
  const { asOf, records, hashes } = read(opts.files);
  if (records.length === 0) throw new RegistryFileError('the file lists no entries');
  progress('reading', 1, 1);
  return deps.db.transaction(async (tx) => {
    let source = await repo.findSource(tx, opts.source);
    if (!source) {
      if (!opts.name || !opts.jurisdiction)
        throw new RegistryFileError(
          `${opts.source} is a register new here: give its name and jurisdiction (--name, --jurisdiction)`,
        );
      source = { code: opts.source, name: opts.name, jurisdiction: opts.jurisdiction, regulator: null };
      await repo.addSource(tx, source);
    }
    await repo.lockSource(tx, source.code);
    const previous = await repo.latestSnapshot(tx, source.code);
    const id = randomUUID();
    const now = deps.clock.now();
    await repo.insertSnapshot(tx, {
      id,
      source: source.code,
      importedAt: now,
      asOf: opts.asOf ?? asOf,
      format: opts.files.format,
      files: hashes,
      importedBy: opts.actorId ?? null,
    });
    let added = 0;
    for (let i = 0; i < records.length; i += BATCH) {
      added += await repo.upsertEntries(tx, source.code, id, records.slice(i, i + BATCH));
      progress('entries', Math.min(i + BATCH, records.length), records.length);
    }
    const ended = await repo.finishSnapshot(tx, {
      id,
      previousId: previous?.id ?? null,
      entries: records.length,
      added,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: opts.actorId ? { type: 'user', id: opts.actorId } : { type: 'cli' },
        action: 'registry.imported',
        target: { type: 'registry_snapshot', id },
        meta: { source: source.code, format: opts.files.format, entries: records.length, added, ended },
      },
      now,
    );
    return { source: source.code, snapshotId: id, entries: records.length, added, ended };
  });
}

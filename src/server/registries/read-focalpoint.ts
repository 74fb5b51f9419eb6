import { parse } from 'csv-parse/sync';
import { FocalPointEntry, FocalPointFile } from '../../shared/contracts/registries.ts';
import { countryCodeOf } from './countries.ts';
import { nameKey } from './normalise.ts';
import { RegistryFileError, type RegistryRecord } from './record.ts';

/**
 * FocalPoint's own import format (docs/registries.md), for registers with no official bulk file: Canada's
 * Foreign Influence Transparency Registry, Australia's Foreign Influence Transparency Scheme, the United
 * Kingdom's Foreign Influence Registration Scheme. CSV with a header (`registrant,principal,country,
 * registration_number,registered_on,terminated_on,aliases,source_url`; aliases separated by `|`) or JSON
 * (`{"asOf","entries":[{registrant,principal,country,registrationNumber,registeredOn,terminatedOn,aliases,
 * sourceUrl}]}`). Every problem names its row and column, so an administrator can fix the file.
 */

const CSV_COLUMNS = {
  registrant: 'registrant',
  principal: 'principal',
  country: 'country',
  registration_number: 'registrationNumber',
  registered_on: 'registeredOn',
  terminated_on: 'terminatedOn',
  aliases: 'aliases',
  source_url: 'sourceUrl',
} as const;

const problem = (where: string, issues: readonly { path: PropertyKey[]; message: string }[]) =>
  new RegistryFileError(
    `${where}: ${issues.map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`).join('; ')}`,
  );

function toRecord(e: FocalPointEntry): RegistryRecord {
  const key = e.registrationNumber
    ? `${e.registrationNumber}|${nameKey(e.principal)}`
    : `${nameKey(e.registrant)}|${nameKey(e.principal)}|${e.registeredOn ?? ''}`;
  return {
    entryKey: key,
    registrant: e.registrant,
    principal: e.principal,
    country: e.country,
    countryCode: countryCodeOf(e.country),
    registrationNumber: e.registrationNumber ?? null,
    registeredOn: e.registeredOn ?? null,
    terminatedOn: e.terminatedOn ?? null,
    aliases: e.aliases,
    sourceUrl: e.sourceUrl ?? null,
  };
}

export function readFocalPointCsv(file: Uint8Array): { asOf: string | null; records: RegistryRecord[] } {
  const text = new TextDecoder('utf-8').decode(file).replace(/^\uFEFF/, '');
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (err) {
    throw new RegistryFileError(`the CSV file cannot be read: ${(err as Error).message}`);
  }
  const header = Object.keys(rows[0] ?? {});
  const unknown = header.filter((h) => !(h in CSV_COLUMNS));
  if (unknown.length)
    throw new RegistryFileError(`unknown columns: ${unknown.join(', ')} (see docs/registries.md)`);
  const records = rows.map((row, i) => {
    const entry: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(CSV_COLUMNS)) {
      const value = row[column];
      if (value === undefined || value === '') continue;
      entry[field] =
        field === 'aliases'
          ? value
              .split('|')
              .map((a) => a.trim())
              .filter(Boolean)
          : value;
    }
    const parsed = FocalPointEntry.safeParse(entry);
    if (!parsed.success) throw problem(`line ${i + 2}`, parsed.error.issues);
    return toRecord(parsed.data);
  });
  return { asOf: null, records: dedupe(records) };
}

export function readFocalPointJson(file: Uint8Array): { asOf: string | null; records: RegistryRecord[] } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(file).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new RegistryFileError(`the JSON file cannot be read: ${(err as Error).message}`);
  }
  const parsed = FocalPointFile.safeParse(json);
  if (!parsed.success) throw problem('the JSON file', parsed.error.issues);
  return { asOf: parsed.data.asOf ?? null, records: dedupe(parsed.data.entries.map(toRecord)) };
}

/** The same entry twice in one file: the later line wins (as a register's correction would). */
const dedupe = (records: RegistryRecord[]) => [...new Map(records.map((r) => [r.entryKey, r])).values()];

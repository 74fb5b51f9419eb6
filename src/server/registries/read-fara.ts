import { countryCodeOf } from './countries.ts';
import { nameKey } from './normalise.ts';
import { RegistryFileError, type RegistryRecord } from './record.ts';

/**
 * The United States FARA bulk data as the Department of Justice publishes it (efile.fara.gov):
 * `FARA_All_ForeignPrincipals.csv` (one row per foreign principal of a registrant) and
 * `FARA_All_Registrants.csv`. The files are not quite CSV, so they are read by their own rules:
 *
 * - every field is quoted and fields are separated by `","`, but a quote inside a field is left unescaped
 *   (`"NGO “Free and Faithful""`): a record is split on `","`, never parsed quote by quote;
 * - a field may hold a line break (`\r\r\n`): physical lines are joined until a record has its fields;
 * - lines are Windows-1252, some perhaps UTF-8: each record is read as UTF-8 if it is valid UTF-8, else as
 *   Windows-1252 (so “ ” ’ é come out right either way).
 */

const PRINCIPAL_FIELDS = 12;
const REGISTRANT_FIELDS = 10;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return cp1252.decode(bytes);
  }
}

/** The records of one bulk file, header first, each as its fields (quotes off, spaces trimmed). */
export function fieldsOf(file: Uint8Array, fieldCount: number): string[][] {
  const out: string[][] = [];
  let start = 0;
  let pending: Uint8Array | null = null;
  const take = (line: Uint8Array) => {
    const bytes: Uint8Array = pending ? concat(pending, line) : line;
    const text = decode(bytes);
    const fields = text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).split('","') : [];
    if (fields.length === fieldCount) {
      out.push(fields.map((f) => f.replace(/\s+/g, ' ').trim()));
      pending = null;
    } else pending = concat(bytes, CRLF);
  };
  for (let i = 0; i < file.length; i++) {
    if (file[i] === 0x0a) {
      const end = i > start && file[i - 1] === 0x0d ? i - 1 : i;
      if (end > start || pending) take(file.subarray(start, end));
      start = i + 1;
    }
  }
  if (start < file.length) take(file.subarray(start));
  if (pending) throw new RegistryFileError(`the file ends inside a record (expected ${fieldCount} fields)`);
  return out;
}

const CRLF = new Uint8Array([0x0d, 0x0a]);
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a, 0);
  c.set(b, a.length);
  return c;
}

/** MM/DD/YYYY → YYYY-MM-DD; anything else → null. */
export function usDate(value: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[1]}-${m[2]}` : null;
}

const EXPECTED_PRINCIPALS = [
  'Foreign Principal Termination Date',
  'Foreign Principal',
  'Foreign Principal Registration Date',
  'Country/Location Represented',
  'Registration Number',
  'Registrant Date',
  'Registrant Name',
];
const EXPECTED_REGISTRANTS = ['Registration Number', 'Registration Date', 'Termination Date', 'Name'];

function checkHeader(header: string[] | undefined, expected: string[], file: string): void {
  if (!header || expected.some((h, i) => header[i] !== h))
    throw new RegistryFileError(
      `${file} is not a FARA bulk file (its first line should name: ${expected.join(', ')})`,
    );
}

export function readFara(principalsFile: Uint8Array, registrantsFile: Uint8Array): RegistryRecord[] {
  const principals = fieldsOf(principalsFile, PRINCIPAL_FIELDS);
  const registrants = fieldsOf(registrantsFile, REGISTRANT_FIELDS);
  checkHeader(principals[0], EXPECTED_PRINCIPALS, 'the principals file');
  checkHeader(registrants[0], EXPECTED_REGISTRANTS, 'the registrants file');
  const byNumber = new Map(
    registrants
      .slice(1)
      .map((r) => [
        r[0]!,
        { registeredOn: usDate(r[1]!), terminatedOn: usDate(r[2]!), name: r[3]!, business: r[4]! },
      ]),
  );
  const records = new Map<string, RegistryRecord>();
  for (const p of principals.slice(1)) {
    const [fpEnded, principal, fpRegistered, country, number, , registrantName] = p as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!principal || !number) continue;
    const registrant = byNumber.get(number);
    const registeredOn = usDate(fpRegistered);
    const entryKey = `${number}|${nameKey(principal)}|${registeredOn ?? ''}`;
    records.set(entryKey, {
      entryKey,
      registrant: registrantName || registrant?.name || '',
      principal,
      country,
      countryCode: countryCodeOf(country),
      registrationNumber: number,
      registeredOn,
      // The relationship ends with the principal's termination, or with the registrant's own.
      terminatedOn: usDate(fpEnded) ?? registrant?.terminatedOn ?? null,
      aliases: registrant?.business && registrant.business !== registrantName ? [registrant.business] : [],
      sourceUrl: null,
    });
  }
  return [...records.values()];
}

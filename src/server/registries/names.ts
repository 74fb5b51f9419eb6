/**
 * The names a register entry answers to. A register prints what the filer wrote: "China Global Television
 * Network (CGTN)", "Sinopec Group through Sinopec D.C., LLC through Global Strategies, Ltd.", "“Hikvision
 * USA Inc. as an agent of Hikvision”", "Reed, Travis Dean". People write "CGTN", "Sinopec", "Travis Dean
 * Reed". Each entry's principal and registrant give the name as printed plus the names inside it: the part
 * before "through"/"via"/"on behalf of"/"d/b/a", and a bracketed short name apart.
 */

export type EntryNames = { id: number; principal: string; registrant: string; aliases: readonly string[] };

export type RegistryName = {
  name: string;
  role: 'principal' | 'registrant' | 'alias';
  /** A person's name ("Last, First" in FARA): only ever matched as a whole organisation field. */
  person: boolean;
};

const QUOTES = /^[\s"'“”‘’]+|[\s"'“”‘’]+$/g;
const AGENCY_CHAIN = /\s+(?:through|via|on behalf of|d\/b\/a|as an agent of|c\/o|\(through|\(formerly:?)\s+/i;
const CORPORATE_TAIL =
  /,\s*(inc|ltd|llc|llp|lp|corp|co|plc|pc|pllc|l\.l\.c|l\.l\.p|p\.c|chartered|limited|n\.a)\.?\b/i;

/** "Reed, Travis Dean" → "Travis Dean Reed" when it reads as a person's name (no company word after the comma). */
function asPerson(name: string): string | null {
  const m = /^([^,()]{2,40}),\s*([^,()]{2,40})$/.exec(name);
  if (!m || CORPORATE_TAIL.test(name)) return null;
  if (/\b(inc|ltd|llc|llp|corp|company|group|associates|partners|office)\b/i.test(name)) return null;
  return `${m[2]!.trim()} ${m[1]!.trim()}`;
}

/** The names inside one printed name: itself, the part before an agency chain, bracketed parts apart. */
export function namesInside(printed: string): string[] {
  const out = new Set<string>();
  const name = printed.replace(QUOTES, '').replace(/\s+/g, ' ').trim();
  if (!name) return [];
  out.add(name);
  const head = name.split(AGENCY_CHAIN)[0]!.trim();
  out.add(head);
  for (const n of [name, head]) {
    const bracketed = [...n.matchAll(/\(([^()]{2,80})\)/g)].map((m) => m[1]!.trim());
    for (const b of bracketed) if (!/^(formerly|fka|through|via)\b/i.test(b)) out.add(b);
    const bare = n
      .replace(/\([^()]*\)?/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (bare) out.add(bare);
  }
  return [...out].filter((n) => n.length >= 2);
}

/** Every name of one entry, with the role it plays. */
export function namesOfEntry(e: EntryNames): RegistryName[] {
  const out: RegistryName[] = [];
  for (const name of namesInside(e.principal)) out.push({ name, role: 'principal', person: false });
  const person = asPerson(e.registrant.trim());
  if (person) out.push({ name: person, role: 'registrant', person: true });
  else for (const name of namesInside(e.registrant)) out.push({ name, role: 'registrant', person: false });
  for (const a of e.aliases)
    for (const name of namesInside(a)) out.push({ name, role: 'alias', person: false });
  return out;
}

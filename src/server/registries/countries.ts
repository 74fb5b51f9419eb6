/**
 * A register's country name to its ISO 3166-1 alpha-2 code: ICU's English names of every region, and the
 * names FARA writes its own way. Built once from ICU; an unknown name gives null (kept as written).
 */

const FARA_NAMES: Readonly<Record<string, string>> = {
  'KOREA, SOUTH': 'KR',
  'KOREA, NORTH': 'KP',
  RUSSIA: 'RU',
  USSR: 'RU',
  IRAN: 'IR',
  SYRIA: 'SY',
  TAIWAN: 'TW',
  VIETNAM: 'VN',
  LAOS: 'LA',
  'GREAT BRITAIN': 'GB',
  ENGLAND: 'GB',
  'UNITED KINGDOM': 'GB',
  'CONGO, DEMOCRATIC REPUBLIC OF THE': 'CD',
  'CONGO, REPUBLIC OF THE': 'CG',
  'BOSNIA & HERZEGOVINA': 'BA',
  'TRINIDAD & TOBAGO': 'TT',
  'ANTIGUA & BARBUDA': 'AG',
  'ST. KITTS & NEVIS': 'KN',
  'ST. LUCIA': 'LC',
  'ST. VINCENT & THE GRENADINES': 'VC',
  'SAO TOME & PRINCIPE': 'ST',
  "COTE D'IVOIRE": 'CI',
  'IVORY COAST': 'CI',
  BURMA: 'MM',
  'CZECH REPUBLIC': 'CZ',
  MACEDONIA: 'MK',
  TURKEY: 'TR',
  'HOLY SEE': 'VA',
  PALESTINE: 'PS',
  'WEST BANK': 'PS',
  GAZA: 'PS',
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();

const ICU_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out = new Map<string, string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name) out.set(fold(name), code);
      } catch {
        // not a region
      }
    }
  return out;
})();

export function countryCodeOf(country: string): string | null {
  const trimmed = country.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && [...ICU_NAMES.values()].includes(trimmed)) return trimmed;
  return FARA_NAMES[trimmed.toUpperCase()] ?? ICU_NAMES.get(fold(trimmed)) ?? null;
}

import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

/**
 * Whether a new password would be guessed quickly: zxcvbn-ts with its list of common passwords (about
 * 50,000 of them, the words of diceware, keyboard layouts). Refused: a score below 3 (fewer than about
 * 10^8 guesses), and, whatever the score, a password made mostly of a common password or mostly of the
 * person's own name and address.
 *
 * Only the common-language package is loaded (about 7 MB of heap, once per process and only when someone
 * first changes a password): the English and French dictionaries would add some 60 MB to a server that
 * stays under 300 MB. Two limits keep one check to tens of milliseconds on the main thread: only the first
 * 64 characters are examined (a longer password is long enough), and at most 8 l33t substitutions are
 * tried (the default of 100 takes seconds on strings such as `1@3$5^7*9)` repeated).
 */
export type PasswordWeakness = 'common' | 'personal' | 'pattern' | 'guessable';

const MIN_SCORE = 3;

const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon', 'pwned']);
const PATTERN_WARNINGS = new Set([
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
]);

export class PasswordStrength {
  #factory: Promise<ZxcvbnFactory> | undefined;

  /**
   * Why `password` is too weak, or null. `personal` lists words of the account (its e-mail address and
   * name) that a password should not be built on.
   */
  async weaknessOf(password: string, personal: readonly string[]): Promise<PasswordWeakness | null> {
    const factory = await this.#load();
    const words = [
      'focalpoint',
      ...personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3),
    ];
    if (share(password, words) >= 0.5) return 'personal';
    return weaknessFrom(factory.check(password, words));
  }

  #load(): Promise<ZxcvbnFactory> {
    this.#factory ??= (async () => {
      const [{ ZxcvbnFactory }, common] = await Promise.all([
        import('@zxcvbn-ts/core'),
        import('@zxcvbn-ts/language-common'),
      ]);
      return new ZxcvbnFactory({
        dictionary: common.dictionary,
        graphs: common.adjacencyGraphs,
        maxLength: 64,
        l33tMaxSubstitutions: 8,
      });
    })();
    return this.#factory;
  }
}

/**
 * The share of the password's characters that belong to one of `words` (ignoring case). zxcvbn finds such
 * words too, but may price `Tenzin.Dolma!` as one name and brute force, and score it 3.
 */
function share(password: string, words: readonly string[]): number {
  const lower = password.toLowerCase();
  const covered = new Uint8Array(lower.length);
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
      covered.fill(1, at, at + word.length);
  }
  return covered.reduce((n, c) => n + c, 0) / Math.max(1, lower.length);
}

/** The share of the password's characters that its longest match in the common-password list covers. */
function commonShare(result: ZxcvbnResult): number {
  const length = result.sequence.reduce((n, m) => n + m.token.length, 0) || 1;
  const longest = Math.max(
    0,
    ...result.sequence.filter((m) => m.dictionaryName === 'passwords-common').map((m) => m.token.length),
  );
  return longest / length;
}

function weaknessFrom(result: ZxcvbnResult): PasswordWeakness | null {
  // Whatever the score, a password that is mostly one common password (`p4$$w0rd!!2026`) is among the
  // first an attacker who knows the list tries. (Several words that each happen to be on the list, as in
  // `violet kettle under seven bridges`, are a passphrase.)
  const mostlyCommon = commonShare(result) >= 0.5;
  if (result.score >= MIN_SCORE && !mostlyCommon) return null;
  const dictionaries = new Set(result.sequence.map((m) => m.dictionaryName));
  const warning = result.feedback.warning ?? '';
  if (mostlyCommon || COMMON_WARNINGS.has(warning)) return 'common';
  if (warning === 'userInputs' || dictionaries.has('userInputs')) return 'personal';
  if (PATTERN_WARNINGS.has(warning)) return 'pattern';
  if (dictionaries.has('passwords-common')) return 'common';
  return 'guessable';
}

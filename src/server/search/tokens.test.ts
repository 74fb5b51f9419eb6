import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise } from './tokens.ts';

describe('tokens', () => {
  it('words are normalised: NFKC, lower case, Latin accents folded; CJK as character pairs', () => {
    expect(tokenise('Menacé à MONTRÉAL')).toEqual(['menace', 'montreal']);
    expect(tokenise('ＦＵＬＬ width')).toEqual(['full', 'width']);
    expect(tokenise('死亡威胁')).toEqual(['死亡', '亡威', '威胁']);
    expect(tokenise('他在多伦多大学')).toEqual(['他在', '在多', '多伦', '伦多', '多大', '大学']);
    expect(tokenise('ཁོང་གིས་ཉེན་བརྡ')).toEqual(['ཁོང', 'གིས', 'ཉེན', 'བརྡ']);
    expect(tokenise('ئۇ ماڭا تەھدىت')).toEqual(['ئۇ', 'ماڭا', 'تەھدىت']);
  });

  it('Cyrillic: case folded, ё written е, й kept (a letter of its own, not и with a mark)', () => {
    expect(tokenise('УГРОЗЫ Консульства')).toEqual(['угрозы', 'консульства']);
    expect(tokenise('Ещё позвонили ЁЛКИН')).toEqual(tokenise('еще позвонили елкин'));
    expect(tokenise('мой')).toEqual(['мой']);
    expect(tokenise('мой')).not.toEqual(tokenise('мои'));
    // Common words are left out, single letters included.
    expect(tokenise('Мне угрожали в Торонто и в Монреале')).toEqual(['угрожали', 'торонто', 'монреале']);
  });

  it('Arabic script: yeh, kaf, teh marbuta, alef forms and final alef maksura meet; tatweel and harakat go', () => {
    // Persian keyboard (ی ک) and Arabic keyboard (ي ك) spellings of the same Persian words.
    expect(tokenise('تهدید کردند')).toEqual(tokenise('تهديد كردند'));
    // Teh marbuta and heh; harakat and tatweel.
    expect(tokenise('رسالة تهديدية')).toEqual(tokenise('رساله تهديديه'));
    expect(tokenise('تَهْدِيدٌ')).toEqual(tokenise('تهديد'));
    expect(tokenise('تهـــديد')).toEqual(tokenise('تهديد'));
    // Presentation forms of harakat are tatweel and a mark under NFKC: nothing (fast-check found these).
    expect(tokenise('\ufcf2')).toEqual([]);
    expect(tokenise('\ufe77')).toEqual([]);
    expect(tokenise('Ç\ufcf20')).toEqual(['c0']);
    expect(tokenise('\u{10280}À\ufe77')).toEqual(['\u{10280}a']);
    // Hamza and madda on alef, as often left out.
    expect(tokenise('أمن إيران آزار')).toEqual(tokenise('امن ايران ازار'));
    // Alef maksura at the end as yeh (علی/على), but Uyghur's letter i inside a word stays.
    expect(tokenise('علی')).toEqual(tokenise('على'));
    expect(tokenise('بىر')).not.toEqual(tokenise('بير'));
    // Persian ezafe hamza on heh.
    expect(tokenise('خانهٔ من')).toEqual(tokenise('خانه من'));
  });

  it('a zero-width non-joiner in a Persian compound separates like a space', () => {
    expect(tokenise('تهدیدهای\u200cشان')).toEqual(tokenise('تهدیدهای شان'));
    expect(tokenise('می\u200cخواهند')).toEqual(['خواهند']);
  });

  it('digits of every script are ASCII: Persian, Arabic-Indic, Gurmukhi, Tibetan', () => {
    expect(tokenise('۰۹۱۲ ۳۴۵ ۶۷۸۹')).toEqual(['0912', '345', '6789']);
    expect(tokenise('٠٩١٢ ٣٤٥')).toEqual(['0912', '345']);
    expect(tokenise('੯੧੧')).toEqual(['911']);
    expect(tokenise('༢༠༢༦')).toEqual(['2026']);
  });

  it('Gurmukhi: whole words, vowel signs kept, nukta letters in one form however typed', () => {
    expect(tokenise('ਧਮਕੀ ਦਿੱਤੀ।')).toEqual(['ਧਮਕੀ', 'ਦਿੱਤੀ']);
    // ਸ਼ as one code point (U+0A36) or as ਸ + nukta (U+0A38 U+0A3C); ਖ਼ likewise.
    expect(tokenise('\u0a36\u0a39\u0a3f\u0a30 \u0a16\u0a3c\u0a24\u0a30\u0a3e')).toEqual(
      tokenise('\u0a38\u0a3c\u0a39\u0a3f\u0a30 \u0a59\u0a24\u0a30\u0a3e'),
    );
    expect(tokenise('ਸ਼ਹਿਰ')).not.toEqual(tokenise('ਸਹਿਰ'));
  });
});

describe('tokens, for any text (property tests; a failure prints its seed)', () => {
  const letters = (chars: string) =>
    fc.string({ unit: fc.constantFrom(...chars), minLength: 2, maxLength: 12 });
  const sentence = (word: fc.Arbitrary<string>) =>
    fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

  it('every token is a fixed point: cutting a token again gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const token of tokenise(text)) expect(tokenise(token)).toEqual([token]);
      }),
    );
  });

  it('Persian typed on an Arabic keyboard, with tatweel and harakat, gives the same tokens', () => {
    const persian = letters('ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی');
    const variant = (text: string, seedChars: string[]) =>
      [...text]
        .map((ch, i) => {
          const extra = seedChars[i % seedChars.length] ?? '';
          const swapped = ch === 'ی' ? 'ي' : ch === 'ک' ? 'ك' : ch;
          return `${swapped}${/\p{L}/u.test(ch) ? extra : ''}`;
        })
        .join('');
    fc.assert(
      fc.property(
        sentence(persian),
        fc.array(fc.constantFrom('', 'ـ', 'َ', 'ِ', 'ُ', 'ّ', 'ْ', 'ً'), { minLength: 1 }),
        (text, marks) => {
          expect(tokenise(variant(text, marks))).toEqual(tokenise(text));
        },
      ),
    );
  });

  it('Russian in any case, with ё or е, gives the same tokens', () => {
    const russian = letters('абвгдеёжзийклмнопрстуфхцчшщъыьэюя');
    fc.assert(
      fc.property(sentence(russian), fc.array(fc.boolean(), { minLength: 1 }), (text, upper) => {
        const variant = [...text]
          .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch))
          .join('')
          .replace(/ё/g, 'е');
        expect(tokenise(variant)).toEqual(tokenise(text));
      }),
    );
  });

  it('a number written in Persian, Arabic-Indic or Gurmukhi digits gives the ASCII number', () => {
    const zero = { persian: 0x06f0, arabic: 0x0660, gurmukhi: 0x0a66, tibetan: 0x0f20 };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 }),
        fc.constantFrom(...Object.values(zero)),
        (digits, base) => {
          const written = [...digits].map((d) => String.fromCodePoint(base + Number(d))).join('');
          expect(tokenise(written)).toEqual([digits]);
        },
      ),
    );
  });
});

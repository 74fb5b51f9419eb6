import type { Catalog } from '../catalog.ts';
import { ar } from './public/ar.ts';
import { bo } from './public/bo.ts';
import { en, type PublicKey } from './public/en.ts';
import { fa } from './public/fa.ts';
import { fr } from './public/fr.ts';
import { pa } from './public/pa.ts';
import { ru } from './public/ru.ts';
import { ug } from './public/ug.ts';
import { zhHans } from './public/zh-Hans.ts';
import { zhHant } from './public/zh-Hant.ts';

/**
 * Every string of the public site (home, report form, confirmation, follow-up, privacy notice), one file
 * per locale in ./public/ so that a community reviewer reads one file. Plain words for a frightened reader:
 * short sentences, no jargon, nothing that assumes the reader is the victim (they may report for someone
 * else). Every locale has every key (the type says so, and i18n.test.ts checks the placeholders); which
 * translations a native speaker has reviewed is recorded in src/shared/i18n/review.ts.
 */
export const publicSite = {
  en,
  fr,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  bo,
  ug,
  ru,
  fa,
  pa,
  ar,
} satisfies Catalog;

export type { PublicKey };

import type { Catalog } from '../catalog.ts';
import { ar } from './frontline-public/ar.ts';
import { bo } from './frontline-public/bo.ts';
import { en } from './frontline-public/en.ts';
import { fa } from './frontline-public/fa.ts';
import { fr } from './frontline-public/fr.ts';
import { pa } from './frontline-public/pa.ts';
import { ru } from './frontline-public/ru.ts';
import { ug } from './frontline-public/ug.ts';
import { zhHans } from './frontline-public/zh-Hans.ts';
import { zhHant } from './frontline-public/zh-Hant.ts';

/**
 * What the front line adds to the public site — the support page, the confirmation of a report made in
 * danger, the printable slip of a report taken by staff, call-back requests and the safety plan in
 * follow-up — one file per locale in ./frontline-public/, every key in every locale (a reporter reads them).
 * Besides English and French, machine-assisted and awaiting community review (review.ts).
 */
export const frontlinePublic = {
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

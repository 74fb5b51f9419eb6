import type { Catalog } from '../catalog.ts';

/** Search: the API's refusal and the console's search page. */
export const search = {
  en: {
    'search.error.contentCriteria':
      'Analysts search by codes, dates, places, statuses, risk and kinds of identifiers. Words and identifier values are searched only by staff who read case content.',
  },
  fr: {
    'search.error.contentCriteria':
      'Les analystes cherchent par codes, dates, lieux, statuts, risque et types d’identifiants. Les mots et les valeurs d’identifiants ne sont cherchés que par le personnel qui lit le contenu des dossiers.',
  },
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
} satisfies Catalog;

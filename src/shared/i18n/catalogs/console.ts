import type { Catalog } from '../catalog.ts';

/** The staff console and the case API's own errors. Staff work in English and French only. */
export const staffConsole = {
  en: {
    'cases.error.transition': 'A case cannot move from its current status to this one.',
    'cases.error.merged': 'This case was merged into another; work on that one instead.',
    'cases.error.notAssignable': 'This person cannot be assigned cases.',
    'cases.error.noSuchCase': 'No case has this reference.',
    'cases.error.mergeSelf': 'A case cannot be merged into itself.',
    'cases.error.noSanitisedCopy': 'This file has no sanitised copy; a supervisor can open the original.',
  },
  fr: {
    'cases.error.transition': 'Un dossier ne peut pas passer de son statut actuel à celui-ci.',
    'cases.error.merged': 'Ce dossier a été fusionné avec un autre; travaillez plutôt sur celui-là.',
    'cases.error.notAssignable': 'On ne peut pas attribuer de dossiers à cette personne.',
    'cases.error.noSuchCase': 'Aucun dossier ne porte cette référence.',
    'cases.error.mergeSelf': 'Un dossier ne peut pas être fusionné avec lui-même.',
    'cases.error.noSanitisedCopy':
      'Ce fichier n’a pas de copie nettoyée; un superviseur peut ouvrir l’original.',
  },
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
} satisfies Catalog;

import type { Catalog } from '../catalog.ts';

/** Exports: the API's answers about approvals and the console's exports page. */
export const exportsCatalog = {
  en: {
    'exports.error.notApproved': 'A supervisor has not approved this export.',
    'exports.error.approvalSpent':
      'This approval has already been used or has expired. Ask a supervisor for a new one.',
    'exports.error.ownRequest': 'Another supervisor must decide on your own request.',
    'exports.error.decided': 'This request has already been decided.',
  },
  fr: {
    'exports.error.notApproved': 'Aucun superviseur n’a approuvé cette exportation.',
    'exports.error.approvalSpent':
      'Cette approbation a déjà servi ou a expiré. Demandez-en une nouvelle à un superviseur.',
    'exports.error.ownRequest': 'Un autre superviseur doit trancher votre propre demande.',
    'exports.error.decided': 'Cette demande a déjà été tranchée.',
  },
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
} satisfies Catalog;

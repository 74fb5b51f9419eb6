import type { Catalog } from '../catalog.ts';

/** What an operator reads on the terminal: start-up sentences and the CLI's refusals (English and French). */
export const operator = {
  en: {
    'operator.warning': 'Warning:',
    'operator.error': 'Error:',
    'operator.listening':
      'FocalPoint is listening on {url} — public site {url}/, staff console {url}/console/',
    'operator.setup.title': 'No administrator exists yet.',
    'operator.setup.open':
      'Open this link in a browser, once, within {hours} hours, to create the first administrator and the first supervisor:',
    'operator.setup.shell':
      'Or from the shell: npx focalpoint user create --role admin --email you@example.org',
    'operator.noInstallation':
      'There is no FocalPoint installation in {dir}. Nothing was created. Start the server there once (npm start) or run `focalpoint init` to create one — or set FOCALPOINT_DATA_DIR to an existing installation.',
    'operator.init.done':
      'Created a FocalPoint installation in {dir}. Keep a copy of {keyFile} apart from the data: without it nothing can be decrypted. Start it with npm start.',
    'operator.init.exists': 'There is a FocalPoint installation in {dir} already; nothing was changed.',
  },
  fr: {
    'operator.warning': 'Attention :',
    'operator.error': 'Erreur :',
    'operator.listening':
      'FocalPoint écoute sur {url} — site public {url}/, console du personnel {url}/console/',
    'operator.setup.title': 'Aucun administrateur n’existe encore.',
    'operator.setup.open':
      'Ouvrez ce lien dans un navigateur, une seule fois, dans les {hours} heures, pour créer le premier administrateur et le premier superviseur :',
    'operator.setup.shell':
      'Ou depuis le terminal : npx focalpoint user create --role admin --email vous@exemple.org',
    'operator.noInstallation':
      'Il n’y a pas d’installation de FocalPoint dans {dir}. Rien n’a été créé. Démarrez-y le serveur une fois (npm start) ou lancez `focalpoint init` pour en créer une — ou donnez à FOCALPOINT_DATA_DIR le chemin d’une installation existante.',
    'operator.init.done':
      'Installation de FocalPoint créée dans {dir}. Gardez une copie de {keyFile} à l’écart des données : sans elle, rien ne peut être déchiffré. Démarrez-la avec npm start.',
    'operator.init.exists': 'Il y a déjà une installation de FocalPoint dans {dir} ; rien n’a été modifié.',
  },
} satisfies Catalog;

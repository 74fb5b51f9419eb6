import type { FrontlinePublicMessages } from './en.ts';

/** Le soutien, le danger, le reçu imprimé, les rappels et le plan de sécurité, en français (révisé). */
export const fr: FrontlinePublicMessages = {
  'support.nav': 'Soutien',
  'support.title': 'Soutien et sécurité',
  'support.lead':
    'Vous n’avez pas à affronter cela seul. Voici ce que vous pouvez faire maintenant, et qui peut vous aider.',
  'support.now.heading': 'Que faire maintenant',
  'support.now.danger':
    'Si vous êtes en danger, composez d’abord le 911. Dites que vous êtes menacé, et par qui si vous le savez.',
  'support.now.record':
    'Notez ce qui s’est passé pendant que vous vous en souvenez : dates, heures, ce qui a été dit, numéros de téléphone et comptes. Gardez les captures d’écran et les messages; ne les effacez pas.',
  'support.now.tell':
    'Dites à une personne de confiance ce qui se passe, et convenez de la façon de prendre des nouvelles l’un de l’autre.',
  'support.now.report':
    'Signalez-le-nous. Vous pouvez rester anonyme, et c’est vous qui décidez si nous le transmettons à la police.',
  'support.family.heading': 'Protéger la famille à l’étranger',
  'support.family.careful':
    'Faire pression sur les proches restés dans le pays d’origine est une tactique courante. Avant de prendre la parole ou de faire un signalement, pensez à qui pourrait en subir les conséquences là-bas et, si vous le pouvez, prévenez ces personnes de façon sûre.',
  'support.family.channels':
    'Partez du principe que les appels et les messages à vos proches peuvent être surveillés. Convenez de mots codés simples, et ne parlez pas de votre signalement par ces moyens.',
  'support.family.pressure':
    'Si des proches sont interrogés, détenus ou chargés de vous transmettre des messages, notez ce qui s’est passé et dites-le-nous. Cela fait partie d’un schéma, et cela compte.',
  'support.digital.heading': 'Sécurité numérique : l’essentiel',
  'support.digital.updates':
    'Gardez votre téléphone et votre ordinateur à jour, et supprimez les applications que vous n’utilisez pas.',
  'support.digital.accounts':
    'Utilisez un mot de passe solide et différent pour chaque compte, et activez la vérification en deux étapes (une application ou une clé de sécurité est plus sûre que les messages texte).',
  'support.digital.spyware':
    'Signes possibles d’un logiciel espion : une batterie qui se vide vite, un appareil chaud alors qu’il ne sert pas, des applications ou des réglages que vous n’avez pas ajoutés, ou des gens qui savent ce que vous n’avez dit qu’en privé. Si vous avez un doute, utilisez un autre appareil et demandez l’aide d’une ligne d’assistance en sécurité numérique.',
  'support.digital.links':
    'N’ouvrez pas les liens ou les pièces jointes que vous n’attendiez pas, même venant de personnes que vous connaissez. Vérifiez d’abord auprès de l’expéditeur par un autre moyen.',
  'support.digital.location':
    'Vérifiez quelles applications et quels comptes partagent votre position, et désactivez ce dont vous n’avez pas besoin.',
  'support.help.heading': 'Services aux victimes et lignes d’aide',
  'support.help.lead':
    'Ces services peuvent vous aider. La plupart sont gratuits et confidentiels, et beaucoup peuvent faire appel à un interprète.',
  'support.help.phone': 'Téléphone :',
  'support.help.website': 'Site Web',
  'support.help.none':
    'La liste des services est en cours de mise à jour. En cas d’urgence, composez le 911.',
  'support.followUp.heading': 'Si vous avez déjà fait un signalement',
  'support.followUp.body':
    'Avec votre reçu, dans « Suivi », vous pouvez nous demander de vous appeler et lire votre plan de sécurité.',

  'danger.received.heading': 'Vous nous avez dit être en danger en ce moment',
  'danger.received.call':
    'Composez le 911 maintenant si ce n’est pas déjà fait. La police peut se rendre auprès de vous; nous, non.',
  'danger.received.next.heading': 'Ce qui se passe maintenant',
  'danger.received.next.read':
    'Votre signalement est marqué comme urgent, et le personnel de garde est alerté immédiatement.',
  'danger.received.next.target':
    'Nous visons à répondre aux signalements urgents en {minutes, plural, one {# minute} other {# minutes}} au plus. Si vous avez donné vos coordonnées et accepté d’être contacté, nous n’utiliserons que le moyen que vous avez demandé.',
  'danger.received.next.safe':
    'Si vous le pouvez, allez dans un endroit sûr et restez avec des personnes de confiance.',
  'danger.received.next.callback':
    'Vous pouvez aussi nous demander de vous appeler : allez à « Suivi » avec votre reçu.',

  'slip.title': 'Votre signalement à FocalPoint',
  'slip.recorded': 'Un membre de notre équipe a enregistré votre signalement avec vous le {date}.',
  'slip.keep':
    'Ce reçu est le seul moyen de revenir à votre signalement. Gardez ce papier là où personne qui pourrait vous surveiller ne le trouvera. Nous n’en gardons pas de copie.',
  'slip.followUp.heading': 'Pour le suivi',
  'slip.followUp.body':
    'Pour voir ce que nous faisons, lire nos messages, ajouter des renseignements ou nous demander de vous appeler, allez à cette adresse et entrez votre reçu :',
  'slip.support.heading': 'Conseils de soutien et de sécurité',

  'callback.heading': 'Nous demander de vous appeler',
  'callback.lead':
    'Donnez un numéro où l’on peut vous appeler sans danger, et les moments où c’est sûr. Notre appel peut s’afficher comme un numéro inconnu.',
  'callback.phone.label': 'Un numéro sûr où vous appeler',
  'callback.safeTimes.label': 'Quand peut-on vous appeler sans danger?',
  'callback.safeTimes.hint': 'Par exemple : en semaine après 18 h; jamais la fin de semaine.',
  'callback.language.label': 'Langue à parler',
  'callback.submit': 'Demander un appel',
  'callback.requested':
    'Votre demande a été envoyée. Nous vous appellerons aux moments que vous avez indiqués.',
  'callback.waiting': 'Vous pourrez redemander un appel une fois que nous vous aurons appelé.',
  'callback.error.alreadyAsked':
    'Vous nous avez déjà demandé de vous appeler. Nous vous appellerons dès que possible.',
  'callback.status.requested':
    'Vous avez demandé le {date} que nous vous appelions. Nous n’avons pas encore appelé.',
  'callback.status.reached':
    'Vous avez demandé le {date} que nous vous appelions. Nous vous avons appelé le {doneDate}.',
  'callback.status.no_answer':
    'Vous avez demandé le {date} que nous vous appelions. Nous avons essayé le {doneDate} sans pouvoir vous joindre. Vous pouvez redemander un appel.',
  'callback.status.unsafe_to_talk':
    'Vous avez demandé le {date} que nous vous appelions. Nous avons appelé le {doneDate}, mais ce n’était pas un moment sûr pour parler. Vous pouvez redemander un appel.',
  'callback.status.wrong_number':
    'Vous avez demandé le {date} que nous vous appelions. Nous avons appelé le {doneDate}, mais le numéro ne vous a pas joint. Vous pouvez redemander un appel avec un autre numéro.',
  'callback.form.legend': 'Voulez-vous que nous vous appelions?',
  'callback.form.hint':
    'Seulement si c’est sûr pour vous. Cochez la case et donnez un numéro et des moments.',
  'callback.form.wanted': 'Oui, appelez-moi',

  'safetyPlan.heading': 'Votre plan de sécurité',
  'safetyPlan.lead':
    'Voici le plan que vous avez fait avec notre équipe. Les étapes marquées « Fait » sont terminées.',
  'safetyPlan.updated': 'Dernière mise à jour le {date}.',
  'safetyPlan.section.physical': 'Sécurité physique',
  'safetyPlan.section.digital': 'Sécurité numérique : comptes, appareils, signes de logiciel espion',
  'safetyPlan.section.family': 'La famille dans le pays d’origine',
  'safetyPlan.section.contacts': 'Les personnes de confiance',
  'safetyPlan.section.recurrence': 'Si cela se reproduit',
  'safetyPlan.done': 'Fait',
  'safetyPlan.todo': 'À faire',
  'safetyPlan.contacts.heading': 'Vos personnes de confiance',
  'safetyPlan.support': 'Plus de conseils dans la page « Soutien »',
};

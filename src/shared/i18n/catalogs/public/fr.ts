import type { PublicMessages } from './en.ts';

/** The public site in French (reviewed). */
export const fr: PublicMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': 'Signaler en sécurité le harcèlement par un État étranger',
  'public.skipLink': 'Passer au contenu principal',
  'public.danger.title': 'En danger en ce moment?',
  'public.danger.body': 'Composez le 911. Ce site ne peut pas envoyer d’aide rapidement.',
  'public.quickExit': 'Sortie rapide',
  'public.quickExit.description': 'Quitte ce site immédiatement pour une page météo.',
  'public.nav.label': 'Menu principal',
  'public.nav.home': 'Accueil',
  'public.nav.report': 'Faire un signalement',
  'public.nav.followUp': 'Suivi',
  'public.nav.privacy': 'Confidentialité',
  'public.language.label': 'Langue',
  'public.footer':
    'FocalPoint n’enregistre pas votre adresse IP, ne dépose aucun témoin de suivi et ne charge rien depuis d’autres sites Web.',
  'public.required': '(obligatoire)',
  'public.pageTitle': '{page} – FocalPoint',
  'public.translationNotice':
    'Cette traduction a été faite avec l’aide de la traduction automatique et doit encore être vérifiée par des locuteurs natifs. Si quelque chose n’est pas clair, vous pouvez nous écrire dans n’importe quelle langue.',
  'public.backHome': 'Aller à la page d’accueil',
  'notFound.title': 'Page introuvable',
  'notFound.body':
    'Il n’y a aucune page à cette adresse. Vérifiez l’adresse ou recommencez depuis la page d’accueil.',

  'home.title': 'Signaler la répression transnationale en toute sécurité',
  'home.lead':
    'FocalPoint est le point central au Canada pour signaler le harcèlement, les menaces, la surveillance ou les pressions exercés par un État étranger, ou pour son compte, contre des personnes au Canada en raison de qui elles sont ou de ce qu’elles font.',
  'home.what.body':
    'Une seule équipe lit chaque signalement, assure le suivi avec vous et vous aide à trouver du soutien. Nous transmettons votre signalement à la police ou à d’autres services seulement si vous êtes d’accord.',
  'home.how.heading': 'Comment ça fonctionne',
  'home.how.step1':
    'Racontez-nous ce qui s’est passé. Vous n’avez pas à donner votre nom. Seule la description est obligatoire.',
  'home.how.step2':
    'Vous recevez un reçu : un code de 20 lettres et chiffres. Gardez-le en lieu sûr. C’est le seul moyen de retrouver votre signalement.',
  'home.how.step3':
    'Revenez avec votre reçu pour voir ce que nous faisons, lire nos messages, y répondre et ajouter des renseignements.',
  'home.how.step4':
    'Nous ne transmettons jamais votre signalement sans votre accord, sauf si la vie de quelqu’un est en danger immédiat.',
  'home.cta.report': 'Faire un signalement',
  'home.cta.followUp': 'J’ai déjà un reçu',
  'home.safety.heading': 'Rester en sécurité pendant le signalement',
  'home.safety.body':
    'Si quelqu’un surveille peut-être votre téléphone ou votre ordinateur, utilisez un appareil auquel cette personne n’a pas accès, ou le navigateur Tor. Ce site fonctionne sans JavaScript, ne dépose aucun témoin et ne charge rien depuis d’autres sites Web.',
  'home.safety.quickExit':
    'Le bouton « Sortie rapide », en haut de chaque page, quitte ce site immédiatement pour une page météo.',
  'home.privacy.heading': 'Votre vie privée',
  'home.privacy.body':
    'Ce que vous écrivez est chiffré avant d’être conservé. Nous n’enregistrons pas votre adresse IP. Le personnel est tenu à la confidentialité et chaque consultation d’un signalement est journalisée.',
  'home.privacy.link': 'Lire l’avis de confidentialité complet',

  'privacy.title': 'Avis de confidentialité',
  'privacy.intro':
    'Cet avis explique ce que FocalPoint conserve lorsque vous faites un signalement, qui peut le voir et ce que vous pouvez demander.',
  'privacy.keep.heading': 'Ce que nous conservons',
  'privacy.keep.body':
    'Seulement ce que vous choisissez de nous dire : votre description, les réponses que vous cochez, les fichiers que vous joignez et, si vous choisissez de les donner, votre nom et vos coordonnées. Tout ce que vous écrivez et chaque fichier sont chiffrés avant d’être conservés.',
  'privacy.notKept.heading': 'Ce que nous ne conservons pas',
  'privacy.notKept.body':
    'Nous ne conservons pas votre adresse IP. Nous n’utilisons ni témoin de suivi ni outil d’analyse, et ce site ne charge rien depuis d’autres sites Web. Votre reçu n’est pas conservé non plus : nous n’en gardons qu’une forme brouillée qui ne permet pas de le retrouver.',
  'privacy.files.heading': 'Fichiers',
  'privacy.files.body':
    'Le personnel voit une copie nettoyée de chaque photo ou document, sans données cachées comme le lieu où une photo a été prise. L’original est conservé chiffré, comme preuve.',
  'privacy.access.heading': 'Qui peut voir votre signalement',
  'privacy.access.body':
    'Seulement le personnel formé du point focal qui traite les signalements. Les analystes qui cherchent des tendances voient les faits sans les noms. Les administrateurs du système ne peuvent pas lire les signalements. Chaque fois que quelqu’un ouvre un signalement ou un nom, c’est inscrit dans un journal qu’on ne peut pas modifier sans que cela se voie.',
  'privacy.sharing.heading': 'Quand nous transmettons',
  'privacy.sharing.body':
    'Nous transmettons votre signalement à la police ou à un autre service seulement si vous êtes d’accord. La seule exception : quand la vie de quelqu’un est en danger en ce moment, et un superviseur doit l’approuver. Nous ne transmettons jamais rien au gouvernement du pays que vous craignez.',
  'privacy.stats.heading': 'Statistiques',
  'privacy.stats.body':
    'Si vous êtes d’accord, votre signalement est compté dans des statistiques publiques, sans nom ni détail permettant d’identifier qui que ce soit. Les nombres inférieurs à 5 ne sont jamais publiés.',
  'privacy.choices.heading': 'Vos choix',
  'privacy.choices.body':
    'Avec votre reçu, vous pouvez en tout temps modifier votre consentement, ajouter des renseignements ou nous demander de supprimer votre signalement.',
  'privacy.retention.heading': 'Durée de conservation',
  'privacy.retention.body':
    'Nous conservons un signalement pendant que nous le traitons. Une fois le dossier fermé, il est supprimé, ou tout ce qui pourrait identifier une personne en est retiré, selon un calendrier fixe.',

  'form.title': 'Signaler ce qui s’est passé',
  'form.intro':
    'Prenez votre temps. Seule la description est obligatoire : ne répondez aux autres questions que si vous le pouvez et le voulez. Vous n’avez pas à donner votre nom.',
  'form.noSave':
    'Rien n’est enregistré avant que vous appuyiez sur « Envoyer mon signalement » à la fin. Si vous quittez cette page, ce que vous avez écrit est perdu.',
  'form.errorSummary.title': 'Il y a un problème',
  'form.errorPrefix': 'Erreur :',
  'form.errorSummary.intro': 'Votre signalement n’a pas encore été envoyé. Veuillez vérifier :',
  'form.filesNotKept':
    'Pour votre sécurité, les fichiers ne sont pas conservés quand le formulaire revient. Veuillez joindre vos fichiers de nouveau.',
  'form.inDangerNow.label': 'Je suis en danger en ce moment',
  'form.inDangerNow.hint':
    'Si vous le pouvez, composez d’abord le 911. En cochant cette case, notre personnel lira votre signalement en priorité.',

  'form.story.legend': 'Ce qui s’est passé',
  'form.narrative.label': 'Décrivez ce qui s’est passé',
  'form.narrative.hint':
    'Avec vos mots, dans n’importe quelle langue : ce qui a été dit ou fait, par qui, et les effets sur vous ou sur d’autres personnes. Ne vous inquiétez pas si tous les détails ne sont pas exacts.',
  'form.reporterKind.legend': 'Pour qui faites-vous ce signalement?',
  'form.reporterKind.self': 'Pour moi-même',
  'form.reporterKind.someone_else': 'Pour une autre personne',
  'form.reporterKind.organisation': 'Pour un organisme ou un groupe',

  'form.when.legend': 'Quand cela s’est-il passé?',
  'form.startedOn.label': 'Date des faits ou de leur début',
  'form.endedOn.label': 'Date de fin, si cela a duré plusieurs jours',
  'form.date.hint': 'Par exemple 2026-10-01. Laissez vide si vous n’êtes pas sûr.',
  'form.ongoing.label': 'Cela continue encore',

  'form.where.legend': 'Où cela s’est-il passé?',
  'form.province.label': 'Province ou territoire',
  'form.choose': 'Choisir (facultatif)',
  'form.city.label': 'Ville ou village',
  'form.institution.label': 'Université, collège, école ou autre établissement, si cela s’est passé là',
  'form.institution.list': 'Afficher les universités et collèges de cette province',
  'form.institution.university': 'Universités',
  'form.institution.college': 'Collèges, cégeps et polytechniques',
  'form.institutionOther.label': 'S’il n’est pas dans la liste, son nom',
  'form.institution.chooseProvince': 'Choisissez d’abord la province ci-dessus.',

  'form.tactics.legend': 'Que s’est-il passé? Cochez tout ce qui s’applique.',
  'form.channels.legend': 'Comment ou où cela vous a-t-il atteint? Cochez tout ce qui s’applique.',
  'form.communities.legend': 'Quelle communauté est visée?',
  'form.communities.hint':
    'Cochez celles qui s’appliquent. Cela nous aide à repérer des tendances entre les signalements.',
  'form.suspectedState.label': 'Selon vous, quel pays est derrière cela?',
  'form.suspectedState.unknown': 'Je ne sais pas, ou je préfère ne pas le dire',
  'form.suspectedState.more': 'Un autre pays : afficher tous les pays',
  'form.suspectedState.others': 'Tous les autres pays',
  'form.impacts.legend': 'Quels effets cela a-t-il eus sur vous ou sur la personne visée?',

  'form.who.legend': 'Qui a fait cela?',
  'form.who.hint':
    'Si vous savez quelque chose sur les auteurs, dites-le-nous. Cela nous aide à relier les signalements qui visent les mêmes personnes. Sinon, laissez cette partie vide.',
  'form.perpetrator.legend': 'Personne ou groupe {n}',
  'form.perpetrator.description': 'Qui est-ce? Nom, rôle, comment vous les connaissez',
  'form.perpetrator.organisation': 'Organisation ou groupe, s’ils en ont nommé un ou si vous le connaissez',
  'form.perpetrator.organisationHint':
    'Par exemple une association étudiante, une association de compatriotes, un média ou un groupe lié à un consulat.',
  'form.perpetrator.type': 'Quel genre de personne ou de groupe?',
  'form.perpetrator.confidence': 'À quel point êtes-vous sûr de qui il s’agit?',
  'form.identifiers.legend': 'Leurs numéros de téléphone, comptes, courriels ou adresses Web',
  'form.identifiers.hint': 'Un par ligne : choisissez de quoi il s’agit, puis écrivez-le.',
  'form.identifier.kind': 'Ligne {n} : de quoi s’agit-il?',
  'form.identifier.account': 'Compte sur {platform}',
  'form.identifier.value': 'Ligne {n} : le numéro, le nom du compte, l’adresse ou le lien',
  'form.perpetrator.add': 'Ajouter une autre personne ou un autre groupe',
  'form.perpetrator.remove': 'Retirer cette personne ou ce groupe',

  'form.evidence.legend': 'Preuves',
  'form.evidence.label': 'Captures d’écran, photos, enregistrements ou documents',
  'form.evidence.hint':
    'Jusqu’à {max} fichiers, d’au plus {mb} Mo chacun. Le personnel voit une copie dont les données cachées, comme le lieu où une photo a été prise, ont été retirées.',

  'form.contact.legend': 'Voulez-vous donner votre nom et vos coordonnées?',
  'form.anonymous.true': 'Non, je reste anonyme. Je peux quand même faire le suivi avec mon reçu.',
  'form.anonymous.false': 'Oui, je donne mes coordonnées',
  'form.identity.hint':
    'Seulement si vous avez choisi de donner vos coordonnées. Ne remplissez que ce qui est sans danger pour vous.',
  'form.name.label': 'Nom',
  'form.email.label': 'Courriel',
  'form.phone.label': 'Téléphone',
  'form.preferredLanguage.label': 'Langue que vous préférez que nous utilisions',
  'form.safeToContact.label': 'Quand et comment peut-on vous joindre sans danger?',
  'form.safeToContact.hint': 'Par exemple : seulement par courriel; jamais d’appel le soir.',

  'form.consents.legend': 'Votre consentement',
  'form.consents.hint': 'Vous pourrez modifier ces choix plus tard avec votre reçu.',
  'form.consent.contact.label': 'Vous pouvez me contacter',
  'form.consent.contact.hint':
    'Nous n’utilisons que les coordonnées que vous avez données, et seulement au sujet de ce signalement. Si vous restez anonyme, nous ne pouvons vous écrire que dans le suivi.',
  'form.consent.referralToPolice.label': 'Vous pouvez transmettre mon signalement à la police',
  'form.consent.referralToPolice.hint':
    'Par exemple à la GRC ou à votre police locale, pour qu’elle enquête. Sans ce consentement, nous ne transmettons rien à la police, sauf si une vie est en danger immédiat.',
  'form.consent.anonymisedStatistics.label':
    'Vous pouvez compter mon signalement dans des statistiques publiques',
  'form.consent.anonymisedStatistics.hint':
    'Seulement sous forme de nombres, sans nom ni détail permettant d’identifier qui que ce soit. Les nombres inférieurs à 5 ne sont jamais publiés.',
  'form.consent.updates.label':
    'Dites-moi dans le suivi quand mon signalement est transmis, et ce qui en est résulté',
  'form.consent.updates.hint': 'Vous le verrez en revenant avec votre reçu.',

  'form.submit': 'Envoyer mon signalement',
  'form.submit.hint': 'Une fois votre signalement envoyé, vous recevrez un reçu à la page suivante.',

  'received.title': 'Votre signalement a été envoyé',
  'received.reference': 'Numéro de référence : {reference}',
  'received.receipt.heading': 'Votre reçu : gardez-le maintenant',
  'received.receipt.lead':
    'Ce reçu est le seul moyen de retrouver votre signalement. Nous ne l’affichons qu’une seule fois : nous n’en gardons pas de copie et ne pouvons pas l’afficher de nouveau.',
  'received.receipt.label': 'Reçu',
  'received.save.heading': 'Comment le garder en sécurité',
  'received.save.paper': 'Notez-le sur papier, ou enregistrez-le dans un gestionnaire de mots de passe.',
  'received.save.hide':
    'Gardez-le là où personne qui vous surveille ne peut le trouver. Ne vous l’envoyez pas par courriel ou par message si quelqu’un peut les lire.',
  'received.save.lost':
    'Si vous le perdez, vous pouvez envoyer un nouveau signalement en mentionnant votre numéro de référence.',
  'received.next.heading': 'La suite',
  'received.next.read':
    'Un membre de notre équipe lit chaque signalement. Les signalements qui parlent de danger sont lus en premier.',
  'received.next.comeBack':
    'Dans quelques jours, revenez à « Suivi » avec votre reçu pour voir où en est votre signalement et lire nos messages.',
  'received.next.contact':
    'Si vous avez donné vos coordonnées et accepté d’être contacté, nous utiliserons seulement le moyen que vous avez demandé.',
  'received.followUpLink': 'Aller au suivi',
  'replay.title': 'Ce signalement a déjà été reçu',
  'replay.body':
    'Le formulaire a été envoyé une deuxième fois, par exemple avec le bouton Précédent ou en rechargeant la page. Nous avons déjà ce signalement : rien de nouveau n’a été envoyé.',
  'replay.receipt':
    'Pour votre sécurité, son reçu n’a été affiché qu’une fois, lors du premier envoi, et ne peut plus être affiché. Si vous l’avez conservé, utilisez-le dans « Suivi ». Si vous l’avez perdu, vous pouvez envoyer un nouveau signalement.',

  'followup.title': 'Suivre votre signalement',
  'followup.intro':
    'Entrez le reçu obtenu quand vous avez envoyé votre signalement. Il ressemble à 7KQ4-M2XD-9PLW-R8TC-5HNB.',
  'followup.receipt.label': 'Reçu',
  'followup.receipt.hint':
    '20 lettres et chiffres. Les tirets, les espaces et les minuscules n’ont pas d’importance.',
  'followup.open': 'Afficher mon signalement',
  'followup.noTrace':
    'Votre reçu n’est pas gardé dans ce navigateur : aucun témoin, rien dans la barre d’adresse. Fermez la page quand vous avez terminé.',
  'followup.reference': 'Numéro de référence : {reference}',
  'followup.receivedAt': 'Envoyé le {date}',
  'followup.status.heading': 'Où en est votre signalement',
  'followup.messages.heading': 'Messages',
  'followup.messages.none': 'Aucun message pour l’instant.',
  'followup.messages.fromUs': 'De FocalPoint, le {date}',
  'followup.messages.fromYou': 'De vous, le {date}',
  'followup.reply.label': 'Écrivez-nous',
  'followup.reply.submit': 'Envoyer le message',
  'followup.reply.sent': 'Votre message a été envoyé.',
  'followup.add.heading': 'Ajouter des renseignements ou des fichiers',
  'followup.add.label': 'Que voulez-vous ajouter?',
  'followup.add.files': 'Fichiers',
  'followup.add.submit': 'Ajouter à mon signalement',
  'followup.add.done': 'Merci. C’est ajouté à votre signalement.',
  'followup.add.filesCount':
    '{count, plural, one {# fichier a été ajouté} other {# fichiers ont été ajoutés}}.',
  'followup.evidence.heading': 'Fichiers que vous avez envoyés',
  'followup.evidence.item': '{type}, {size} Ko, envoyé le {date}',
  'followup.consents.heading': 'Votre consentement',
  'followup.consents.submit': 'Enregistrer mes choix',
  'followup.consents.saved': 'Vos choix ont été enregistrés.',
  'followup.delete.heading': 'Supprimer mon signalement',
  'followup.delete.body':
    'Nous supprimerons votre signalement et tout ce que vous avez envoyé. C’est irréversible. Si votre signalement a déjà été transmis à la police avec votre consentement, nous l’informerons de votre demande.',
  'followup.delete.confirm': 'Oui, je veux que mon signalement soit supprimé',
  'followup.delete.submit': 'Demander la suppression',
  'followup.delete.done': 'Nous avons reçu votre demande de suppression de ce signalement.',
  'followup.delete.already': 'Vous avez demandé la suppression le {date}.',
  'followup.delete.confirmRequired':
    'Cochez la case pour confirmer que vous voulez supprimer votre signalement.',
  'followup.leave': 'J’ai terminé : quitter cette page',
  'followup.expired.title': 'Cette page a expiré',
  'followup.expired.body':
    'Pour votre sécurité, votre signalement n’est affiché qu’une fois chaque fois que vous entrez votre reçu : revenir en arrière ou recharger la page ne l’affiche pas de nouveau. Entrez votre reçu pour revoir votre signalement.',
};

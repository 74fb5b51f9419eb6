import type { Catalog } from '../catalog.ts';

/** Staff sign-in, sessions, first-run set-up, user administration, and staff e-mail notifications. */
export const auth = {
  en: {
    'error.password_change_required': 'Choose a new password before you continue.',
    'error.signInFailed': 'The e-mail address, password or code is not right. Please try again.',
    'error.signInLocked':
      'Too many failed attempts. Signing in is paused for {minutes, plural, one {# minute} other {# minutes}}.',
    'error.wrongPassword': 'Your current password is not right.',
    'error.wrongCode':
      'This code is not right, or it was already used. Wait for the next code of the authenticator app and try again.',
    'error.noSecondFactorChange':
      'No change of authenticator is waiting (or ten minutes have passed). Start again from the beginning.',
    'error.weakPassword': 'Use at least {min} characters, different from the current password.',
    'error.passwordCommon':
      'This password is on the lists of common passwords that attackers try first. Choose another: a few unrelated words of your own are easiest to remember.',
    'error.passwordPersonal':
      'This password is built on your name, your e-mail address or the name of this system, which an attacker tries first. Choose words that have nothing to do with you or your work.',
    'error.passwordPattern':
      'This password is mostly a pattern — repeated characters, a sequence, keys side by side, a year or a date — which is quickly guessed. Add a few unrelated words.',
    'error.passwordGuessable':
      'This password could be guessed too quickly. Make it longer: three or four unrelated words are strong and easy to remember.',
    'error.setupUnavailable': 'This set-up link is not valid any more. Restart the server for a new one.',
    'error.emailTaken': 'A user with this e-mail address already exists.',
    'error.partnerOrgRequired': 'A partner user belongs to one partner organisation: choose it.',
    'error.partnerOrgOnlyForPartners': 'Only partner users belong to a partner organisation.',
    'error.lastAdmin': 'This is the last active administrator: make another one first.',
    'error.selfLockout': 'You cannot disable yourself or take away your own administrator role.',
    'error.lastSupervisor':
      'This is the last active supervisor: no one else could approve access to case content. Make another supervisor first.',
    'error.approvalRequired':
      'This change would give access to case content, or make an administrator: one person may not do it alone. Propose it instead; a supervisor (or, for an administrator, another administrator) approves it.',
    'error.noApprovalNeeded': 'This change does not need a second person: make it directly.',
    'error.proposalPending': 'A proposal for this account or address is already waiting for approval.',
    'error.proposalClosed': 'This proposal has already been approved, refused or withdrawn.',
    'error.proposalExpired':
      'This proposal is more than {days, plural, one {# day} other {# days}} old and has expired. Propose it again if it is still needed.',
    'error.ownProposal': 'You made this proposal: another person must approve or refuse it.',
    'error.ownAccount': 'No one may propose or approve a change to their own account.',
    'error.approverRole':
      'Only a supervisor may approve access to case content; another administrator or a supervisor approves a new administrator.',
    'error.proposalStale':
      'The account has changed since this was proposed. Refuse this proposal, and propose again if it is still needed.',
    'error.notDisabled': 'This account is not disabled.',
    'error.passkeysUnavailable':
      'Passkeys are not available on this installation: the console must be reached by a name (not an IP address). Ask the administrator.',
    'error.passkeyLimit': 'You have {max} passkeys already: remove one before adding another.',
    'error.noPasskeyRegistration': 'No passkey is being added (or ten minutes have passed). Start again.',
    'error.passkeyRefused': 'The passkey could not be checked. Try again, or use another passkey.',
    'error.passkeyKnown': 'This passkey is already registered.',
    'error.signInAttemptExpired': 'This sign-in has expired or was refused. Start again with your password.',
    'error.oidcUnavailable': 'Signing in through the organisation’s identity provider is not set up here.',
    'error.oidcFailed': 'The identity provider’s answer could not be checked. Start the sign-in again.',
    'error.samePerson': 'The supervisor is another person than the administrator: give another address.',
    'notify.highRisk.subject':
      'FocalPoint: new {risk, select, immediate {IMMEDIATE-risk} other {high-risk}} report {reference}',
    'notify.highRisk.body':
      'A report with {risk, select, immediate {immediate} other {high}} risk has arrived: {reference}.\n\nOpen it in the console (sign-in required):\n{link}\n\nThis message carries no details of the report on purpose.',
    'notify.highRiskDigest.subject':
      'FocalPoint: {count} new high-risk reports{immediate, plural, =0 {} other {, # of them IMMEDIATE-risk}}',
    'notify.highRiskDigest.body':
      '{count} reports with high or immediate risk have arrived in the last few seconds. So that an urgent one is not lost among many e-mails, they come in this one message:\n\n{list}\n\nOpen them in the console (sign-in required).\n\nThis message carries no details of the reports on purpose.',
    'notify.highRiskDigest.more': '… and {count, plural, one {# more} other {# more}}: see the console.',
    'notify.reporterMessage.subject': 'FocalPoint: new message from the reporter of {reference}',
    'notify.reporterMessage.body':
      'The reporter of {reference} has sent a message.\n\nRead it in the console (sign-in required):\n{link}\n\nThis message carries no details of the case on purpose.',
    'notify.footer': 'You receive this because of your role at the focal point. Do not forward it.',
  },
  fr: {
    'error.password_change_required': 'Choisissez un nouveau mot de passe avant de continuer.',
    'error.signInFailed':
      'L’adresse courriel, le mot de passe ou le code n’est pas correct. Veuillez réessayer.',
    'error.signInLocked':
      'Trop de tentatives échouées. La connexion est suspendue pendant {minutes, plural, one {# minute} other {# minutes}}.',
    'error.wrongPassword': 'Votre mot de passe actuel n’est pas correct.',
    'error.wrongCode':
      'Ce code n’est pas correct, ou il a déjà servi. Attendez le code suivant de l’application d’authentification et réessayez.',
    'error.noSecondFactorChange':
      'Aucun changement d’application d’authentification n’est en attente (ou dix minutes sont passées). Recommencez depuis le début.',
    'error.weakPassword': 'Utilisez au moins {min} caractères, différents du mot de passe actuel.',
    'error.passwordCommon':
      'Ce mot de passe figure sur les listes de mots de passe courants que les attaquants essaient en premier. Choisissez-en un autre : quelques mots sans rapport entre eux, bien à vous, sont les plus faciles à retenir.',
    'error.passwordPersonal':
      'Ce mot de passe repose sur votre nom, votre adresse courriel ou le nom de ce système, qu’un attaquant essaie en premier. Choisissez des mots sans rapport avec vous ni avec votre travail.',
    'error.passwordPattern':
      'Ce mot de passe est surtout un motif — caractères répétés, suite, touches voisines, année ou date — vite deviné. Ajoutez quelques mots sans rapport entre eux.',
    'error.passwordGuessable':
      'Ce mot de passe pourrait être deviné trop vite. Allongez-le : trois ou quatre mots sans rapport entre eux sont solides et faciles à retenir.',
    'error.setupUnavailable':
      'Ce lien de configuration n’est plus valide. Redémarrez le serveur pour en obtenir un nouveau.',
    'error.emailTaken': 'Un utilisateur avec cette adresse courriel existe déjà.',
    'error.partnerOrgRequired':
      'Un utilisateur partenaire appartient à une organisation partenaire : choisissez-la.',
    'error.partnerOrgOnlyForPartners':
      'Seuls les utilisateurs partenaires appartiennent à une organisation partenaire.',
    'error.lastAdmin': 'C’est le dernier administrateur actif : créez-en un autre d’abord.',
    'error.selfLockout': 'Vous ne pouvez pas vous désactiver ni retirer votre propre rôle d’administrateur.',
    'error.lastSupervisor':
      'C’est le dernier superviseur actif : personne d’autre ne pourrait approuver l’accès au contenu des dossiers. Créez d’abord un autre superviseur.',
    'error.approvalRequired':
      'Ce changement donnerait accès au contenu des dossiers, ou créerait un administrateur : une seule personne ne peut pas le faire. Proposez-le plutôt ; un superviseur (ou, pour un administrateur, un autre administrateur) l’approuve.',
    'error.noApprovalNeeded': 'Ce changement ne demande pas de deuxième personne : faites-le directement.',
    'error.proposalPending': 'Une proposition pour ce compte ou cette adresse attend déjà une approbation.',
    'error.proposalClosed': 'Cette proposition a déjà été approuvée, refusée ou retirée.',
    'error.proposalExpired':
      'Cette proposition date de plus de {days, plural, one {# jour} other {# jours}} et a expiré. Proposez-la de nouveau si elle est toujours nécessaire.',
    'error.ownProposal':
      'Vous avez fait cette proposition : une autre personne doit l’approuver ou la refuser.',
    'error.ownAccount': 'Personne ne peut proposer ni approuver un changement de son propre compte.',
    'error.approverRole':
      'Seul un superviseur peut approuver l’accès au contenu des dossiers ; un autre administrateur ou un superviseur approuve un nouvel administrateur.',
    'error.proposalStale':
      'Le compte a changé depuis cette proposition. Refusez-la, et proposez de nouveau si c’est toujours nécessaire.',
    'error.notDisabled': 'Ce compte n’est pas désactivé.',
    'error.passkeysUnavailable':
      'Les clés d’accès ne sont pas disponibles sur cette installation : la console doit être ouverte par un nom (et non une adresse IP). Adressez-vous à l’administrateur.',
    'error.passkeyLimit': 'Vous avez déjà {max} clés d’accès : retirez-en une avant d’en ajouter une autre.',
    'error.noPasskeyRegistration':
      'Aucune clé d’accès n’est en cours d’ajout (ou dix minutes sont passées). Recommencez.',
    'error.passkeyRefused': 'La clé d’accès n’a pas pu être vérifiée. Réessayez, ou utilisez une autre clé.',
    'error.passkeyKnown': 'Cette clé d’accès est déjà enregistrée.',
    'error.signInAttemptExpired':
      'Cette connexion a expiré ou a été refusée. Recommencez avec votre mot de passe.',
    'error.oidcUnavailable':
      'La connexion par le fournisseur d’identité de l’organisation n’est pas configurée ici.',
    'error.oidcFailed':
      'La réponse du fournisseur d’identité n’a pas pu être vérifiée. Recommencez la connexion.',
    'error.samePerson':
      'Le superviseur est une autre personne que l’administrateur : indiquez une autre adresse.',
    'notify.highRisk.subject':
      'FocalPoint : nouveau signalement à risque {risk, select, immediate {IMMÉDIAT} other {élevé}} {reference}',
    'notify.highRisk.body':
      'Un signalement à risque {risk, select, immediate {immédiat} other {élevé}} est arrivé : {reference}.\n\nOuvrez-le dans la console (connexion requise) :\n{link}\n\nCe message ne contient volontairement aucun détail du signalement.',
    'notify.highRiskDigest.subject':
      'FocalPoint : {count} nouveaux signalements à risque élevé{immediate, plural, =0 {} other {, dont # à risque IMMÉDIAT}}',
    'notify.highRiskDigest.body':
      '{count} signalements à risque élevé ou immédiat sont arrivés ces dernières secondes. Pour qu’un signalement urgent ne se perde pas parmi de nombreux courriels, ils sont réunis dans ce seul message :\n\n{list}\n\nOuvrez-les dans la console (connexion requise).\n\nCe message ne contient volontairement aucun détail des signalements.',
    'notify.highRiskDigest.more': '… et {count, plural, one {# autre} other {# autres}} : voir la console.',
    'notify.reporterMessage.subject':
      'FocalPoint : nouveau message de la personne ayant fait le signalement {reference}',
    'notify.reporterMessage.body':
      'La personne ayant fait le signalement {reference} a envoyé un message.\n\nLisez-le dans la console (connexion requise) :\n{link}\n\nCe message ne contient volontairement aucun détail du dossier.',
    'notify.footer': 'Vous recevez ce message en raison de votre rôle au point focal. Ne le transférez pas.',
  },
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
} satisfies Catalog;

import type { Catalog } from '../catalog.ts';

/**
 * Every string of the public site (home, report form, confirmation, follow-up, privacy notice).
 * Plain words for a frightened reader: short sentences, no jargon, nothing that assumes the reader is
 * the victim (they may report for someone else).
 *
 * English and French are complete and reviewed. The Chinese (Simplified and Traditional), Tibetan and
 * Uyghur versions below are careful plain-language translations: COMMUNITY REVIEW PENDING (native speakers
 * from each community must check them before launch).
 */
const en = {
  'public.siteName': 'FocalPoint',
  'public.tagline': 'Report harassment by a foreign state, safely',
  'public.skipLink': 'Skip to main content',
  'public.danger.title': 'In danger now?',
  'public.danger.body': 'Call 911. This website cannot send help quickly.',
  'public.quickExit': 'Quick exit',
  'public.quickExit.description': 'Leaves this site at once for a weather page.',
  'public.nav.label': 'Main menu',
  'public.nav.home': 'Home',
  'public.nav.report': 'Make a report',
  'public.nav.followUp': 'Follow up',
  'public.nav.privacy': 'Privacy',
  'public.language.label': 'Language',
  'public.footer':
    'FocalPoint does not record your IP address, sets no tracking cookies and loads nothing from other websites.',
  'public.required': '(required)',
  'public.pageTitle': '{page} – FocalPoint',

  'home.title': 'Report transnational repression safely',
  'home.lead':
    'FocalPoint is the central place in Canada to report harassment, threats, surveillance or pressure carried out by or for a foreign state against people in Canada because of who they are or what they do.',
  'home.what.body':
    'One team reads every report, follows up with you, and helps you find support. We pass your report to the police or other services only if you agree.',
  'home.how.heading': 'How it works',
  'home.how.step1':
    'Tell us what happened. You do not have to give your name. Only the description is required.',
  'home.how.step2':
    'You get a receipt: a code of 20 letters and digits. Keep it safe. It is the only way back to your report.',
  'home.how.step3':
    'Come back with your receipt to see what we are doing, read our messages, answer them and add information.',
  'home.how.step4':
    'We never pass your report on without your agreement, unless someone’s life is in immediate danger.',
  'home.cta.report': 'Make a report',
  'home.cta.followUp': 'I already have a receipt',
  'home.safety.heading': 'Staying safe while you report',
  'home.safety.body':
    'If someone may be watching your phone or computer, use a device they cannot reach, or Tor Browser. This site works with JavaScript turned off, sets no cookies and loads nothing from other websites.',
  'home.safety.quickExit':
    'The “Quick exit” button at the top of every page leaves this site at once for a weather page.',
  'home.privacy.heading': 'Your privacy',
  'home.privacy.body':
    'What you write is encrypted before it is stored. We do not record your IP address. Staff are bound by confidentiality and every access to a report is logged.',
  'home.privacy.link': 'Read the full privacy notice',

  'privacy.title': 'Privacy notice',
  'privacy.intro':
    'This notice explains what FocalPoint keeps when you report, who can see it, and what you can ask for.',
  'privacy.keep.heading': 'What we keep',
  'privacy.keep.body':
    'Only what you choose to tell us: your description, the answers you select, the files you attach and, if you choose to give them, your name and contact details. Everything you write and every file is encrypted before it is stored.',
  'privacy.notKept.heading': 'What we do not keep',
  'privacy.notKept.body':
    'We do not store your IP address. We use no tracking cookies and no analytics, and this site loads nothing from other websites. Your receipt is not stored either: we keep only a scrambled form of it that cannot be turned back into the receipt.',
  'privacy.files.heading': 'Files',
  'privacy.files.body':
    'Staff see a cleaned copy of each photo or document, without hidden data such as the place where a photo was taken. The original is kept encrypted, as evidence.',
  'privacy.access.heading': 'Who can see your report',
  'privacy.access.body':
    'Only trained focal-point staff who work on reports. Analysts who look for patterns see facts without names. System administrators cannot read reports. Every time someone opens a report or a name, it is recorded in a log that cannot be changed unnoticed.',
  'privacy.sharing.heading': 'When we share',
  'privacy.sharing.body':
    'We pass your report to the police or another service only if you agree. The only exception is when someone’s life is in danger right now, and a supervisor must approve it. We never share anything with the government of the country you fear.',
  'privacy.stats.heading': 'Statistics',
  'privacy.stats.body':
    'If you agree, your report is counted in public statistics, without names or details that could identify anyone. Counts smaller than 5 are never published.',
  'privacy.choices.heading': 'Your choices',
  'privacy.choices.body':
    'With your receipt you can change your consent, add information, or ask us to delete your report at any time.',
  'privacy.retention.heading': 'How long we keep it',
  'privacy.retention.body':
    'We keep a report while we work on it. After the case is closed, it is deleted, or everything that could identify a person is removed, on a fixed schedule.',

  'form.title': 'Report what happened',
  'form.intro':
    'Take your time. Only the description is required: answer the other questions only if you can and want to. You do not have to give your name.',
  'form.noSave':
    'Nothing is saved until you press “Send my report” at the end. If you leave this page, what you typed is lost.',
  'form.errorSummary.title': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.errorSummary.intro': 'Your report has not been sent yet. Please check:',
  'form.filesNotKept':
    'For your safety, files are not kept when the form comes back. Please attach your files again.',
  'form.inDangerNow.label': 'I am in danger right now',
  'form.inDangerNow.hint':
    'If you can, call 911 first. Ticking this makes sure our staff read your report first.',

  'form.story.legend': 'What happened',
  'form.narrative.label': 'Describe what happened',
  'form.narrative.hint':
    'In your own words, in any language: what was said or done, by whom, and how it affected you or others. Do not worry about getting every detail right.',
  'form.reporterKind.legend': 'Who are you reporting for?',
  'form.reporterKind.self': 'For myself',
  'form.reporterKind.someone_else': 'For someone else',
  'form.reporterKind.organisation': 'For an organisation or group',

  'form.when.legend': 'When did it happen?',
  'form.startedOn.label': 'Date it happened or started',
  'form.endedOn.label': 'Date it ended, if it lasted several days',
  'form.date.hint': 'For example 2026-10-01. Leave empty if you are not sure.',
  'form.ongoing.label': 'It is still happening',

  'form.where.legend': 'Where did it happen?',
  'form.province.label': 'Province or territory',
  'form.choose': 'Choose (optional)',
  'form.city.label': 'City or town',
  'form.institution.label': 'University, college, school or other institution, if it happened there',

  'form.tactics.legend': 'What happened? Tick everything that applies.',
  'form.channels.legend': 'How or where did it reach you? Tick everything that applies.',
  'form.communities.legend': 'Which community is targeted?',
  'form.communities.hint': 'Tick any that apply. This helps us see patterns across reports.',
  'form.suspectedState.label': 'Which country do you think is behind it?',
  'form.suspectedState.unknown': 'I do not know, or I prefer not to say',
  'form.impacts.legend': 'How has it affected you or the person targeted?',

  'form.who.legend': 'Who did it?',
  'form.who.hint':
    'If you know anything about who did it, tell us. It helps us link reports about the same people. Leave this empty otherwise.',
  'form.perpetrator.legend': 'Person or group {n}',
  'form.perpetrator.description': 'Who are they? Name, role, how you know them',
  'form.perpetrator.type': 'What kind of person or group?',
  'form.perpetrator.confidence': 'How sure are you who it is?',
  'form.identifiers.legend': 'Their phone numbers, accounts, e-mails or web addresses',
  'form.identifiers.hint': 'One per row: choose what it is, then write it.',
  'form.identifier.kind': 'Row {n}: what is it?',
  'form.identifier.account': 'Account on {platform}',
  'form.identifier.value': 'Row {n}: the number, account name, address or link',
  'form.perpetrator.add': 'Add another person or group',
  'form.perpetrator.remove': 'Remove this person or group',

  'form.evidence.legend': 'Evidence',
  'form.evidence.label': 'Screenshots, photos, recordings or documents',
  'form.evidence.hint':
    'Up to {max} files, at most {mb} MB each. Staff see a copy with hidden data, such as where a photo was taken, removed.',

  'form.contact.legend': 'Do you want to give your name and contact details?',
  'form.anonymous.true': 'No, I stay anonymous. I can still follow up with my receipt.',
  'form.anonymous.false': 'Yes, I give contact details',
  'form.identity.hint': 'Only if you chose to give contact details. Fill in only what is safe for you.',
  'form.name.label': 'Name',
  'form.email.label': 'E-mail',
  'form.phone.label': 'Phone',
  'form.preferredLanguage.label': 'Language you prefer us to use',
  'form.safeToContact.label': 'When and how is it safe to contact you?',
  'form.safeToContact.hint': 'For example: only by e-mail; never call in the evening.',

  'form.consents.legend': 'Your consent',
  'form.consents.hint': 'You can change these later with your receipt.',
  'form.consent.contact.label': 'You may contact me',
  'form.consent.contact.hint':
    'We use only the contact details you gave, and only about this report. If you stay anonymous, we can write to you only in follow-up.',
  'form.consent.referralToPolice.label': 'You may pass my report to the police',
  'form.consent.referralToPolice.hint':
    'For example the RCMP or your local police, so that they can investigate. Without this we share nothing with the police, unless a life is in immediate danger.',
  'form.consent.anonymisedStatistics.label': 'You may count my report in public statistics',
  'form.consent.anonymisedStatistics.hint':
    'Only as numbers, without names or details that could identify anyone. Counts smaller than 5 are never published.',
  'form.consent.updates.label': 'Tell me in follow-up when my report is passed on, and what came of it',
  'form.consent.updates.hint': 'You will see this when you come back with your receipt.',

  'form.submit': 'Send my report',
  'form.submit.hint': 'When you send it, you get a receipt on the next page.',

  'received.title': 'Your report has been sent',
  'received.reference': 'Reference number: {reference}',
  'received.receipt.heading': 'Your receipt: save it now',
  'received.receipt.lead':
    'This receipt is the only way back to your report. We show it only this once: we do not keep a copy and cannot show it again.',
  'received.receipt.label': 'Receipt',
  'received.save.heading': 'How to keep it safe',
  'received.save.paper': 'Write it down on paper, or save it in a password manager.',
  'received.save.hide':
    'Keep it where nobody who may be watching you can find it. Do not send it to yourself by e-mail or message if someone may read them.',
  'received.save.lost': 'If you lose it, you can send a new report and mention your reference number.',
  'received.next.heading': 'What happens next',
  'received.next.read': 'A member of our team reads every report. Reports about danger are read first.',
  'received.next.comeBack':
    'In a few days, come back to “Follow up” with your receipt to see the status and any message from us.',
  'received.next.contact':
    'If you gave contact details and agreed to be contacted, we will use only the way you asked.',
  'received.followUpLink': 'Go to follow-up',

  'followup.title': 'Follow up on your report',
  'followup.intro':
    'Enter the receipt you got when you sent your report. It looks like 7KQ4-M2XD-9PLW-R8TC-5HNB.',
  'followup.receipt.label': 'Receipt',
  'followup.receipt.hint': '20 letters and digits. Dashes, spaces and small letters do not matter.',
  'followup.open': 'Show my report',
  'followup.noTrace':
    'Your receipt is not kept in this browser: no cookie, nothing in the address bar. Close the page when you are done.',
  'followup.reference': 'Reference number: {reference}',
  'followup.receivedAt': 'Sent on {date}',
  'followup.status.heading': 'Where things stand',
  'followup.messages.heading': 'Messages',
  'followup.messages.none': 'No messages yet.',
  'followup.messages.fromUs': 'From FocalPoint, {date}',
  'followup.messages.fromYou': 'From you, {date}',
  'followup.reply.label': 'Write to us',
  'followup.reply.submit': 'Send message',
  'followup.reply.sent': 'Your message has been sent.',
  'followup.add.heading': 'Add information or files',
  'followup.add.label': 'What would you like to add?',
  'followup.add.files': 'Files',
  'followup.add.submit': 'Add to my report',
  'followup.add.done': 'Thank you. It has been added to your report.',
  'followup.add.filesCount': '{count, plural, one {# file was} other {# files were}} added.',
  'followup.evidence.heading': 'Files you sent',
  'followup.evidence.item': '{type}, {size} KB, sent on {date}',
  'followup.consents.heading': 'Your consent',
  'followup.consents.submit': 'Save my choices',
  'followup.consents.saved': 'Your choices have been saved.',
  'followup.delete.heading': 'Delete my report',
  'followup.delete.body':
    'We will delete your report and everything you sent. This cannot be undone. If your report was already passed to the police with your consent, we will tell them that you asked.',
  'followup.delete.confirm': 'Yes, I want my report deleted',
  'followup.delete.submit': 'Ask for deletion',
  'followup.delete.done': 'We have received your request to delete this report.',
  'followup.delete.already': 'You asked for deletion on {date}.',
  'followup.delete.confirmRequired': 'Tick the box to confirm that you want your report deleted.',
  'followup.leave': 'I am done: leave this page',
} as const;

type PublicKey = keyof typeof en;

const fr = {
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

  'form.tactics.legend': 'Que s’est-il passé? Cochez tout ce qui s’applique.',
  'form.channels.legend': 'Comment ou où cela vous a-t-il atteint? Cochez tout ce qui s’applique.',
  'form.communities.legend': 'Quelle communauté est visée?',
  'form.communities.hint':
    'Cochez celles qui s’appliquent. Cela nous aide à repérer des tendances entre les signalements.',
  'form.suspectedState.label': 'Selon vous, quel pays est derrière cela?',
  'form.suspectedState.unknown': 'Je ne sais pas, ou je préfère ne pas le dire',
  'form.impacts.legend': 'Quels effets cela a-t-il eus sur vous ou sur la personne visée?',

  'form.who.legend': 'Qui a fait cela?',
  'form.who.hint':
    'Si vous savez quelque chose sur les auteurs, dites-le-nous. Cela nous aide à relier les signalements qui visent les mêmes personnes. Sinon, laissez cette partie vide.',
  'form.perpetrator.legend': 'Personne ou groupe {n}',
  'form.perpetrator.description': 'Qui est-ce? Nom, rôle, comment vous les connaissez',
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
} as const satisfies Record<PublicKey, string>;

/**
 * Error messages the public pages can show. errors.ts carries them in English and French only; the four
 * community languages get them here so that a form coming back with problems reads in one language.
 */
type PublicErrorKey =
  | 'error.validation'
  | 'error.required'
  | 'error.tooLong'
  | 'error.tooShort'
  | 'error.tooMany'
  | 'error.invalidChoice'
  | 'error.invalidDate'
  | 'error.futureDate'
  | 'error.dateOrder'
  | 'error.invalidEmail'
  | 'error.invalid'
  | 'error.badRequest'
  | 'error.payloadTooLarge'
  | 'error.fileTooLarge'
  | 'error.fileType'
  | 'error.notFound'
  | 'error.rateLimited'
  | 'error.unavailable'
  | 'error.internal'
  | 'error.conflict';

/** Every page string and every public error message: the type makes a missing translation an error. */
type CommunityMessages = Record<PublicKey | PublicErrorKey, string>;

// zh-Hans, zh-Hant, bo and ug: COMMUNITY REVIEW PENDING. Careful plain-language translations made to be
// checked by native speakers from each community before launch (terms follow the intake catalog:
// 回执/回執, ལག་ཁྱེར, تالون for "receipt"; 报告/報告, སྙན་ཞུ, دوكلات for "report").
const zhHans: CommunityMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': '安全地举报外国政府对您的骚扰',
  'public.skipLink': '跳到主要内容',
  'public.danger.title': '现在有危险吗？',
  'public.danger.body': '请拨打 911。本网站无法迅速派人救助。',
  'public.quickExit': '快速离开',
  'public.quickExit.description': '立即离开本网站，转到天气网页。',
  'public.nav.label': '主菜单',
  'public.nav.home': '首页',
  'public.nav.report': '提交报告',
  'public.nav.followUp': '查看进展',
  'public.nav.privacy': '隐私',
  'public.language.label': '语言',
  'public.footer': 'FocalPoint 不记录您的 IP 地址，不使用跟踪 Cookie，也不从其他网站加载任何内容。',
  'public.required': '（必填）',
  'public.pageTitle': '{page} – FocalPoint',

  'home.title': '安全地举报跨国压迫',
  'home.lead':
    'FocalPoint 是加拿大的一个中央联络点。如果外国政府或其代理人因为某人的身份或所做的事，对在加拿大的人进行骚扰、威胁、监视或施压，可以在这里举报。',
  'home.what.body':
    '同一个团队会阅读每一份报告，与您保持联系，并帮助您找到支持。只有在您同意的情况下，我们才会把您的报告转交给警方或其他机构。',
  'home.how.heading': '如何运作',
  'home.how.step1': '告诉我们发生了什么。您不必留下姓名。只有“经过描述”是必填的。',
  'home.how.step2': '您会得到一个回执：由 20 个字母和数字组成的代码。请妥善保管，这是找回您报告的唯一方法。',
  'home.how.step3': '凭回执回来，可以查看我们的处理进展、阅读并回复我们的留言，以及补充信息。',
  'home.how.step4': '未经您同意，我们绝不会转交您的报告，除非有人的生命正面临紧迫危险。',
  'home.cta.report': '提交报告',
  'home.cta.followUp': '我已经有回执',
  'home.safety.heading': '举报时如何保护自己',
  'home.safety.body':
    '如果有人可能在监视您的手机或电脑，请使用他们接触不到的设备，或使用 Tor 浏览器。本网站在关闭 JavaScript 时也能正常使用，不使用 Cookie，也不从其他网站加载任何内容。',
  'home.safety.quickExit': '每个页面顶部的“快速离开”按钮会让您立即离开本网站，转到天气网页。',
  'home.privacy.heading': '您的隐私',
  'home.privacy.body':
    '您写的内容在保存之前就已加密。我们不记录您的 IP 地址。工作人员负有保密义务，每一次查看报告都会被记录。',
  'home.privacy.link': '阅读完整的隐私声明',

  'privacy.title': '隐私声明',
  'privacy.intro': '本声明说明您举报时 FocalPoint 会保存什么、谁可以看到，以及您可以提出哪些要求。',
  'privacy.keep.heading': '我们保存什么',
  'privacy.keep.body':
    '只保存您选择告诉我们的内容：您的描述、您选择的答案、您附上的文件，以及（如果您愿意提供）您的姓名和联系方式。您写的所有内容和每一个文件在保存前都会加密。',
  'privacy.notKept.heading': '我们不保存什么',
  'privacy.notKept.body':
    '我们不保存您的 IP 地址，不使用跟踪 Cookie 或分析工具，本网站也不从其他网站加载任何内容。您的回执也不会被保存：我们只保存一个经过加密处理的形式，无法从中还原出回执。',
  'privacy.files.heading': '文件',
  'privacy.files.body':
    '工作人员看到的是每张照片或每份文件的清理副本，其中已删除隐藏数据，例如照片的拍摄地点。原始文件作为证据加密保存。',
  'privacy.access.heading': '谁可以看到您的报告',
  'privacy.access.body':
    '只有处理报告、受过培训的联络点工作人员。寻找规律的分析人员只能看到不含姓名的事实。系统管理员无法阅读报告。每次有人打开报告或查看姓名，都会记录在一份无法被悄悄修改的日志中。',
  'privacy.sharing.heading': '我们何时转交',
  'privacy.sharing.body':
    '只有在您同意的情况下，我们才会把您的报告转交给警方或其他机构。唯一的例外是有人的生命正面临危险，而且必须由主管批准。我们绝不会向您所担心的国家的政府提供任何信息。',
  'privacy.stats.heading': '统计',
  'privacy.stats.body':
    '如果您同意，您的报告会计入公开统计数据，但不含姓名或任何可能识别出个人的细节。小于 5 的数字永远不会公布。',
  'privacy.choices.heading': '您的选择',
  'privacy.choices.body': '凭回执，您可以随时更改您的同意事项、补充信息，或要求我们删除您的报告。',
  'privacy.retention.heading': '保存多久',
  'privacy.retention.body':
    '在处理期间我们会保存报告。个案结束后，会按照固定的时间表将其删除，或删除其中所有可能识别出个人的内容。',

  'form.title': '报告发生了什么',
  'form.intro': '请慢慢来。只有“经过描述”是必填的；其他问题只在您能够而且愿意时才回答。您不必留下姓名。',
  'form.noSave': '在您按下最后的“发送我的报告”之前，不会保存任何内容。如果离开本页，您输入的内容将会丢失。',
  'form.errorSummary.title': '有问题需要处理',
  'form.errorPrefix': '错误：',
  'form.errorSummary.intro': '您的报告还没有发送。请检查：',
  'form.filesNotKept': '为了您的安全，表单退回时不会保留文件。请重新附上您的文件。',
  'form.inDangerNow.label': '我现在有危险',
  'form.inDangerNow.hint': '如果可以，请先拨打 911。勾选此项后，我们的工作人员会优先阅读您的报告。',

  'form.story.legend': '发生了什么',
  'form.narrative.label': '请描述发生了什么',
  'form.narrative.hint':
    '用您自己的话，用任何语言：说了什么或做了什么、是谁做的，以及对您或他人造成了什么影响。不必担心细节是否完全准确。',
  'form.reporterKind.legend': '您是为谁举报？',
  'form.reporterKind.self': '为我自己',
  'form.reporterKind.someone_else': '为其他人',
  'form.reporterKind.organisation': '为一个组织或团体',

  'form.when.legend': '什么时候发生的？',
  'form.startedOn.label': '发生或开始的日期',
  'form.endedOn.label': '结束的日期（如果持续了几天）',
  'form.date.hint': '例如 2026-10-01。如果不确定，可以留空。',
  'form.ongoing.label': '现在仍在发生',

  'form.where.legend': '在哪里发生的？',
  'form.province.label': '省或地区',
  'form.choose': '请选择（选填）',
  'form.city.label': '城市或城镇',
  'form.institution.label': '大学、学院、学校或其他机构（如果发生在那里）',

  'form.tactics.legend': '发生了什么？请勾选所有适用的项目。',
  'form.channels.legend': '是通过什么方式或在哪里发生的？请勾选所有适用的项目。',
  'form.communities.legend': '针对的是哪个群体？',
  'form.communities.hint': '请勾选所有适用的项目。这有助于我们发现不同报告之间的规律。',
  'form.suspectedState.label': '您认为是哪个国家在背后？',
  'form.suspectedState.unknown': '我不知道，或者我不想说',
  'form.impacts.legend': '这对您或被针对的人造成了什么影响？',

  'form.who.legend': '是谁做的？',
  'form.who.hint':
    '如果您知道关于做这件事的人的任何信息，请告诉我们。这有助于我们把涉及同一批人的报告联系起来。否则请留空。',
  'form.perpetrator.legend': '第 {n} 个人或团体',
  'form.perpetrator.description': '他们是谁？姓名、身份、您如何认识他们',
  'form.perpetrator.type': '是什么样的人或团体？',
  'form.perpetrator.confidence': '您对是谁做的有多确定？',
  'form.identifiers.legend': '他们的电话号码、账号、电子邮件或网址',
  'form.identifiers.hint': '每行一个：先选择类型，再填写内容。',
  'form.identifier.kind': '第 {n} 行：这是什么？',
  'form.identifier.account': '{platform} 账号',
  'form.identifier.value': '第 {n} 行：号码、账号名称、地址或链接',
  'form.perpetrator.add': '再添加一个人或团体',
  'form.perpetrator.remove': '删除这个人或团体',

  'form.evidence.legend': '证据',
  'form.evidence.label': '截图、照片、录音录像或文件',
  'form.evidence.hint':
    '最多 {max} 个文件，每个不超过 {mb} MB。工作人员看到的副本已删除隐藏数据，例如照片的拍摄地点。',

  'form.contact.legend': '您愿意留下姓名和联系方式吗？',
  'form.anonymous.true': '不，我保持匿名。我仍然可以凭回执查看进展。',
  'form.anonymous.false': '是，我留下联系方式',
  'form.identity.hint': '仅在您选择留下联系方式时填写。只填写对您安全的内容。',
  'form.name.label': '姓名',
  'form.email.label': '电子邮件',
  'form.phone.label': '电话',
  'form.preferredLanguage.label': '您希望我们使用的语言',
  'form.safeToContact.label': '什么时候、用什么方式联系您是安全的？',
  'form.safeToContact.hint': '例如：只用电子邮件；晚上不要打电话。',

  'form.consents.legend': '您的同意',
  'form.consents.hint': '以后您可以凭回执更改这些选择。',
  'form.consent.contact.label': '你们可以联系我',
  'form.consent.contact.hint':
    '我们只使用您提供的联系方式，而且只为这份报告联系您。如果您保持匿名，我们只能在“查看进展”页面给您留言。',
  'form.consent.referralToPolice.label': '你们可以把我的报告转交给警方',
  'form.consent.referralToPolice.hint':
    '例如加拿大皇家骑警或当地警察，以便他们调查。没有您的同意，我们不会向警方提供任何信息，除非有人的生命正面临紧迫危险。',
  'form.consent.anonymisedStatistics.label': '你们可以把我的报告计入公开统计',
  'form.consent.anonymisedStatistics.hint':
    '只以数字形式，不含姓名或任何可能识别出个人的细节。小于 5 的数字永远不会公布。',
  'form.consent.updates.label': '在“查看进展”中告诉我报告何时被转交，以及结果如何',
  'form.consent.updates.hint': '您凭回执回来时就能看到。',

  'form.submit': '发送我的报告',
  'form.submit.hint': '发送后，您会在下一页得到一个回执。',

  'received.title': '您的报告已发送',
  'received.reference': '参考编号：{reference}',
  'received.receipt.heading': '您的回执：请现在保存',
  'received.receipt.lead':
    '这个回执是找回您报告的唯一方法。我们只显示这一次：我们不保留副本，也无法再次显示。',
  'received.receipt.label': '回执',
  'received.save.heading': '如何安全地保存',
  'received.save.paper': '把它写在纸上，或保存在密码管理器中。',
  'received.save.hide':
    '把它放在可能监视您的人找不到的地方。如果有人可能看到您的电子邮件或消息，不要用它们发给自己。',
  'received.save.lost': '如果丢失了回执，您可以重新提交一份报告，并写上您的参考编号。',
  'received.next.heading': '接下来会怎样',
  'received.next.read': '我们团队的成员会阅读每一份报告。涉及危险的报告会优先阅读。',
  'received.next.comeBack': '几天后，请凭回执回到“查看进展”，了解处理状态和我们给您的留言。',
  'received.next.contact': '如果您留下了联系方式并同意我们联系，我们只会用您要求的方式联系您。',
  'received.followUpLink': '前往查看进展',

  'followup.title': '查看您报告的进展',
  'followup.intro': '请输入您发送报告时得到的回执。它看起来像 7KQ4-M2XD-9PLW-R8TC-5HNB。',
  'followup.receipt.label': '回执',
  'followup.receipt.hint': '20 个字母和数字。横线、空格和大小写都没有关系。',
  'followup.open': '显示我的报告',
  'followup.noTrace': '您的回执不会保存在这个浏览器中：没有 Cookie，地址栏里也没有。用完后请关闭页面。',
  'followup.reference': '参考编号：{reference}',
  'followup.receivedAt': '发送于 {date}',
  'followup.status.heading': '目前情况',
  'followup.messages.heading': '留言',
  'followup.messages.none': '还没有留言。',
  'followup.messages.fromUs': '来自 FocalPoint，{date}',
  'followup.messages.fromYou': '来自您，{date}',
  'followup.reply.label': '给我们写信',
  'followup.reply.submit': '发送留言',
  'followup.reply.sent': '您的留言已发送。',
  'followup.add.heading': '补充信息或文件',
  'followup.add.label': '您想补充什么？',
  'followup.add.files': '文件',
  'followup.add.submit': '添加到我的报告',
  'followup.add.done': '谢谢。已添加到您的报告中。',
  'followup.add.filesCount': '已添加 {count, plural, other {# 个文件}}。',
  'followup.evidence.heading': '您发送的文件',
  'followup.evidence.item': '{type}，{size} KB，发送于 {date}',
  'followup.consents.heading': '您的同意',
  'followup.consents.submit': '保存我的选择',
  'followup.consents.saved': '您的选择已保存。',
  'followup.delete.heading': '删除我的报告',
  'followup.delete.body':
    '我们会删除您的报告和您发送的所有内容。此操作无法撤销。如果您的报告已经在您同意后转交给警方，我们会告诉他们您提出了删除要求。',
  'followup.delete.confirm': '是的，我要删除我的报告',
  'followup.delete.submit': '申请删除',
  'followup.delete.done': '我们已收到您删除这份报告的要求。',
  'followup.delete.already': '您已于 {date} 申请删除。',
  'followup.delete.confirmRequired': '请勾选方框，确认您要删除您的报告。',
  'followup.leave': '我已完成：离开此页',

  // Error messages the public pages show (errors.ts carries English and French only).
  'error.validation': '有些回答需要您再看一下。',
  'error.required': '此项必填。',
  'error.tooLong': '内容太长（最多 {max} 个字符）。',
  'error.tooShort': '内容太短（至少 {min} 个字符）。',
  'error.tooMany': '最多选择 {max} 个。',
  'error.invalidChoice': '这不是所提供的选项之一。',
  'error.invalidDate': '请输入一个真实的日期，格式为 YYYY-MM-DD。',
  'error.futureDate': '这个日期在未来。',
  'error.dateOrder': '结束日期早于开始日期。',
  'error.invalidEmail': '请输入电子邮件地址，例如 name@example.org。',
  'error.invalid': '这个值无效。',
  'error.badRequest': '无法读取这次提交的内容。',
  'error.payloadTooLarge': '您发送的内容太大。',
  'error.fileTooLarge': '这个文件太大（最多 {max} MB）。',
  'error.fileType': '无法接受这种文件。请发送图片、PDF、文本、音频或视频。',
  'error.notFound': '找不到此页面。',
  'error.rateLimited': '尝试次数太多。请在 {minutes} 分钟后再试。您输入的内容都没有丢失。',
  'error.unavailable': 'FocalPoint 暂时无法使用。请几秒钟后再试。目前还没有保存任何内容。',
  'error.internal': '我们这边出了问题。您输入的内容都没有丢失，请再试一次。',
  'error.conflict': '这项内容刚被别人修改过。请重新加载后再试。',
};

const zhHant: CommunityMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': '安全地舉報外國政府對您的騷擾',
  'public.skipLink': '跳到主要內容',
  'public.danger.title': '現在有危險嗎？',
  'public.danger.body': '請撥打 911。本網站無法迅速派人救助。',
  'public.quickExit': '快速離開',
  'public.quickExit.description': '立即離開本網站，轉到天氣網頁。',
  'public.nav.label': '主選單',
  'public.nav.home': '首頁',
  'public.nav.report': '提交報告',
  'public.nav.followUp': '查看進展',
  'public.nav.privacy': '隱私',
  'public.language.label': '語言',
  'public.footer': 'FocalPoint 不記錄您的 IP 地址，不使用追蹤 Cookie，也不從其他網站載入任何內容。',
  'public.required': '（必填）',
  'public.pageTitle': '{page} – FocalPoint',

  'home.title': '安全地舉報跨國壓迫',
  'home.lead':
    'FocalPoint 是加拿大的一個中央聯絡點。如果外國政府或其代理人因為某人的身份或所做的事，對在加拿大的人進行騷擾、威脅、監視或施壓，可以在這裡舉報。',
  'home.what.body':
    '同一個團隊會閱讀每一份報告，與您保持聯絡，並幫助您找到支援。只有在您同意的情況下，我們才會把您的報告轉交給警方或其他機構。',
  'home.how.heading': '如何運作',
  'home.how.step1': '告訴我們發生了什麼。您不必留下姓名。只有“經過描述”是必填的。',
  'home.how.step2': '您會得到一個回執：由 20 個字母和數字組成的代碼。請妥善保管，這是找回您報告的唯一方法。',
  'home.how.step3': '憑回執回來，可以查看我們的處理進展、閱讀並回覆我們的留言，以及補充資訊。',
  'home.how.step4': '未經您同意，我們絕不會轉交您的報告，除非有人的生命正面臨緊迫危險。',
  'home.cta.report': '提交報告',
  'home.cta.followUp': '我已經有回執',
  'home.safety.heading': '舉報時如何保護自己',
  'home.safety.body':
    '如果有人可能在監視您的手機或電腦，請使用他們接觸不到的裝置，或使用 Tor 瀏覽器。本網站在關閉 JavaScript 時也能正常使用，不使用 Cookie，也不從其他網站載入任何內容。',
  'home.safety.quickExit': '每個頁面頂部的“快速離開”按鈕會讓您立即離開本網站，轉到天氣網頁。',
  'home.privacy.heading': '您的隱私',
  'home.privacy.body':
    '您寫的內容在保存之前就已加密。我們不記錄您的 IP 地址。工作人員負有保密義務，每一次查看報告都會被記錄。',
  'home.privacy.link': '閱讀完整的隱私聲明',

  'privacy.title': '隱私聲明',
  'privacy.intro': '本聲明說明您舉報時 FocalPoint 會保存什麼、誰可以看到，以及您可以提出哪些要求。',
  'privacy.keep.heading': '我們保存什麼',
  'privacy.keep.body':
    '只保存您選擇告訴我們的內容：您的描述、您選擇的答案、您附上的檔案，以及（如果您願意提供）您的姓名和聯絡方式。您寫的所有內容和每一個檔案在保存前都會加密。',
  'privacy.notKept.heading': '我們不保存什麼',
  'privacy.notKept.body':
    '我們不保存您的 IP 地址，不使用追蹤 Cookie 或分析工具，本網站也不從其他網站載入任何內容。您的回執也不會被保存：我們只保存一個經過加密處理的形式，無法從中還原出回執。',
  'privacy.files.heading': '檔案',
  'privacy.files.body':
    '工作人員看到的是每張照片或每份文件的清理副本，其中已刪除隱藏資料，例如照片的拍攝地點。原始檔案作為證據加密保存。',
  'privacy.access.heading': '誰可以看到您的報告',
  'privacy.access.body':
    '只有處理報告、受過培訓的聯絡點工作人員。尋找規律的分析人員只能看到不含姓名的事實。系統管理員無法閱讀報告。每次有人打開報告或查看姓名，都會記錄在一份無法被悄悄修改的日志中。',
  'privacy.sharing.heading': '我們何時轉交',
  'privacy.sharing.body':
    '只有在您同意的情況下，我們才會把您的報告轉交給警方或其他機構。唯一的例外是有人的生命正面臨危險，而且必須由主管批准。我們絕不會向您所擔心的國家的政府提供任何資訊。',
  'privacy.stats.heading': '統計',
  'privacy.stats.body':
    '如果您同意，您的報告會計入公開統計資料，但不含姓名或任何可能識別出個人的細節。小於 5 的數字永遠不會公布。',
  'privacy.choices.heading': '您的選擇',
  'privacy.choices.body': '憑回執，您可以隨時更改您的同意事項、補充資訊，或要求我們刪除您的報告。',
  'privacy.retention.heading': '保存多久',
  'privacy.retention.body':
    '在處理期間我們會保存報告。個案結束後，會按照固定的時間表將其刪除，或刪除其中所有可能識別出個人的內容。',

  'form.title': '報告發生了什麼',
  'form.intro': '請慢慢來。只有“經過描述”是必填的；其他問題只在您能夠而且願意時才回答。您不必留下姓名。',
  'form.noSave': '在您按下最後的“發送我的報告”之前，不會保存任何內容。如果離開本頁，您輸入的內容將會丟失。',
  'form.errorSummary.title': '有問題需要處理',
  'form.errorPrefix': '錯誤：',
  'form.errorSummary.intro': '您的報告還沒有發送。請檢查：',
  'form.filesNotKept': '為了您的安全，表單退回時不會保留檔案。請重新附上您的檔案。',
  'form.inDangerNow.label': '我現在有危險',
  'form.inDangerNow.hint': '如果可以，請先撥打 911。勾選此項後，我們的工作人員會優先閱讀您的報告。',

  'form.story.legend': '發生了什麼',
  'form.narrative.label': '請描述發生了什麼',
  'form.narrative.hint':
    '用您自己的話，用任何語言：說了什麼或做了什麼、是誰做的，以及對您或他人造成了什麼影響。不必擔心細節是否完全準確。',
  'form.reporterKind.legend': '您是為誰舉報？',
  'form.reporterKind.self': '為我自己',
  'form.reporterKind.someone_else': '為其他人',
  'form.reporterKind.organisation': '為一個組織或團體',

  'form.when.legend': '什麼時候發生的？',
  'form.startedOn.label': '發生或開始的日期',
  'form.endedOn.label': '結束的日期（如果持續了幾天）',
  'form.date.hint': '例如 2026-10-01。如果不確定，可以留空。',
  'form.ongoing.label': '現在仍在發生',

  'form.where.legend': '在哪裡發生的？',
  'form.province.label': '省或地區',
  'form.choose': '請選擇（選填）',
  'form.city.label': '城市或城鎮',
  'form.institution.label': '大學、學院、學校或其他機構（如果發生在那裡）',

  'form.tactics.legend': '發生了什麼？請勾選所有適用的項目。',
  'form.channels.legend': '是通過什麼方式或在哪裡發生的？請勾選所有適用的項目。',
  'form.communities.legend': '針對的是哪個群體？',
  'form.communities.hint': '請勾選所有適用的項目。這有助於我們發現不同報告之間的規律。',
  'form.suspectedState.label': '您認為是哪個國家在背後？',
  'form.suspectedState.unknown': '我不知道，或者我不想說',
  'form.impacts.legend': '這對您或被針對的人造成了什麼影響？',

  'form.who.legend': '是誰做的？',
  'form.who.hint':
    '如果您知道關於做這件事的人的任何資訊，請告訴我們。這有助於我們把涉及同一批人的報告連結起來。否則請留空。',
  'form.perpetrator.legend': '第 {n} 個人或團體',
  'form.perpetrator.description': '他們是誰？姓名、身份、您如何認識他們',
  'form.perpetrator.type': '是什麼樣的人或團體？',
  'form.perpetrator.confidence': '您對是誰做的有多確定？',
  'form.identifiers.legend': '他們的電話號碼、帳號、電子郵件或網址',
  'form.identifiers.hint': '每行一個：先選擇類型，再填寫內容。',
  'form.identifier.kind': '第 {n} 行：這是什麼？',
  'form.identifier.account': '{platform} 帳號',
  'form.identifier.value': '第 {n} 行：號碼、帳號名稱、地址或連結',
  'form.perpetrator.add': '再添加一個人或團體',
  'form.perpetrator.remove': '刪除這個人或團體',

  'form.evidence.legend': '證據',
  'form.evidence.label': '截圖、照片、錄音錄影或文件',
  'form.evidence.hint':
    '最多 {max} 個檔案，每個不超過 {mb} MB。工作人員看到的副本已刪除隱藏資料，例如照片的拍攝地點。',

  'form.contact.legend': '您願意留下姓名和聯絡方式嗎？',
  'form.anonymous.true': '不，我保持匿名。我仍然可以憑回執查看進展。',
  'form.anonymous.false': '是，我留下聯絡方式',
  'form.identity.hint': '僅在您選擇留下聯絡方式時填寫。只填寫對您安全的內容。',
  'form.name.label': '姓名',
  'form.email.label': '電子郵件',
  'form.phone.label': '電話',
  'form.preferredLanguage.label': '您希望我們使用的語言',
  'form.safeToContact.label': '什麼時候、用什麼方式聯絡您是安全的？',
  'form.safeToContact.hint': '例如：只用電子郵件；晚上不要打電話。',

  'form.consents.legend': '您的同意',
  'form.consents.hint': '以後您可以憑回執更改這些選擇。',
  'form.consent.contact.label': '你們可以聯絡我',
  'form.consent.contact.hint':
    '我們只使用您提供的聯絡方式，而且只為這份報告聯絡您。如果您保持匿名，我們只能在“查看進展”頁面給您留言。',
  'form.consent.referralToPolice.label': '你們可以把我的報告轉交給警方',
  'form.consent.referralToPolice.hint':
    '例如加拿大皇家騎警或當地警察，以便他們調查。沒有您的同意，我們不會向警方提供任何資訊，除非有人的生命正面臨緊迫危險。',
  'form.consent.anonymisedStatistics.label': '你們可以把我的報告計入公開統計',
  'form.consent.anonymisedStatistics.hint':
    '只以數字形式，不含姓名或任何可能識別出個人的細節。小於 5 的數字永遠不會公布。',
  'form.consent.updates.label': '在“查看進展”中告訴我報告何時被轉交，以及結果如何',
  'form.consent.updates.hint': '您憑回執回來時就能看到。',

  'form.submit': '發送我的報告',
  'form.submit.hint': '發送後，您會在下一頁得到一個回執。',

  'received.title': '您的報告已發送',
  'received.reference': '參考編號：{reference}',
  'received.receipt.heading': '您的回執：請現在保存',
  'received.receipt.lead':
    '這個回執是找回您報告的唯一方法。我們只顯示這一次：我們不保留副本，也無法再次顯示。',
  'received.receipt.label': '回執',
  'received.save.heading': '如何安全地保存',
  'received.save.paper': '把它寫在紙上，或保存在密碼管理器中。',
  'received.save.hide':
    '把它放在可能監視您的人找不到的地方。如果有人可能看到您的電子郵件或訊息，不要用它們發給自己。',
  'received.save.lost': '如果丟失了回執，您可以重新提交一份報告，並寫上您的參考編號。',
  'received.next.heading': '接下來會怎樣',
  'received.next.read': '我們團隊的成員會閱讀每一份報告。涉及危險的報告會優先閱讀。',
  'received.next.comeBack': '幾天後，請憑回執回到“查看進展”，了解處理狀態和我們給您的留言。',
  'received.next.contact': '如果您留下了聯絡方式並同意我們聯絡，我們只會用您要求的方式聯絡您。',
  'received.followUpLink': '前往查看進展',

  'followup.title': '查看您報告的進展',
  'followup.intro': '請輸入您發送報告時得到的回執。它看起來像 7KQ4-M2XD-9PLW-R8TC-5HNB。',
  'followup.receipt.label': '回執',
  'followup.receipt.hint': '20 個字母和數字。橫線、空格和大小寫都沒有關系。',
  'followup.open': '顯示我的報告',
  'followup.noTrace': '您的回執不會保存在這個瀏覽器中：沒有 Cookie，網址列裡也沒有。用完後請關閉頁面。',
  'followup.reference': '參考編號：{reference}',
  'followup.receivedAt': '發送於 {date}',
  'followup.status.heading': '目前情況',
  'followup.messages.heading': '留言',
  'followup.messages.none': '還沒有留言。',
  'followup.messages.fromUs': '來自 FocalPoint，{date}',
  'followup.messages.fromYou': '來自您，{date}',
  'followup.reply.label': '給我們寫信',
  'followup.reply.submit': '發送留言',
  'followup.reply.sent': '您的留言已發送。',
  'followup.add.heading': '補充資訊或檔案',
  'followup.add.label': '您想補充什麼？',
  'followup.add.files': '檔案',
  'followup.add.submit': '添加到我的報告',
  'followup.add.done': '謝謝。已添加到您的報告中。',
  'followup.add.filesCount': '已添加 {count, plural, other {# 個檔案}}。',
  'followup.evidence.heading': '您發送的檔案',
  'followup.evidence.item': '{type}，{size} KB，發送於 {date}',
  'followup.consents.heading': '您的同意',
  'followup.consents.submit': '保存我的選擇',
  'followup.consents.saved': '您的選擇已保存。',
  'followup.delete.heading': '刪除我的報告',
  'followup.delete.body':
    '我們會刪除您的報告和您發送的所有內容。此操作無法撤銷。如果您的報告已經在您同意後轉交給警方，我們會告訴他們您提出了刪除要求。',
  'followup.delete.confirm': '是的，我要刪除我的報告',
  'followup.delete.submit': '申請刪除',
  'followup.delete.done': '我們已收到您刪除這份報告的要求。',
  'followup.delete.already': '您已於 {date} 申請刪除。',
  'followup.delete.confirmRequired': '請勾選方框，確認您要刪除您的報告。',
  'followup.leave': '我已完成：離開此頁',

  // Error messages the public pages show (errors.ts carries English and French only).
  'error.validation': '有些回答需要您再看一下。',
  'error.required': '此項必填。',
  'error.tooLong': '內容太長（最多 {max} 個字符）。',
  'error.tooShort': '內容太短（至少 {min} 個字符）。',
  'error.tooMany': '最多選擇 {max} 個。',
  'error.invalidChoice': '這不是所提供的選項之一。',
  'error.invalidDate': '請輸入一個真實的日期，格式為 YYYY-MM-DD。',
  'error.futureDate': '這個日期在未來。',
  'error.dateOrder': '結束日期早於開始日期。',
  'error.invalidEmail': '請輸入電子郵件地址，例如 name@example.org。',
  'error.invalid': '這個值無效。',
  'error.badRequest': '無法讀取這次提交的內容。',
  'error.payloadTooLarge': '您發送的內容太大。',
  'error.fileTooLarge': '這個檔案太大（最多 {max} MB）。',
  'error.fileType': '無法接受這種檔案。請發送圖片、PDF、文字、音訊或影片。',
  'error.notFound': '找不到此頁面。',
  'error.rateLimited': '嘗試次數太多。請在 {minutes} 分鐘後再試。您輸入的內容都沒有丟失。',
  'error.unavailable': 'FocalPoint 暫時無法使用。請幾秒鐘後再試。目前還沒有保存任何內容。',
  'error.internal': '我們這邊出了問題。您輸入的內容都沒有丟失，請再試一次。',
  'error.conflict': '這項內容剛被別人修改過。請重新載入後再試。',
};

const bo: CommunityMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': 'ཕྱི་རྒྱལ་གཞུང་གིས་བཟོས་པའི་དཀའ་རྙོག་བདེ་འཇགས་ངང་སྙན་ཞུ་བྱེད་ས།',
  'public.skipLink': 'གཙོ་བོའི་ནང་དོན་ལ་མཆོང་།',
  'public.danger.title': 'ད་ལྟ་ཉེན་ཁ་འདུག་གམ།',
  'public.danger.body': '911 ལ་ཁ་པར་གཏོང་རོགས། དྲ་ཚིགས་འདིས་རོགས་རམ་མྱུར་དུ་བཏང་མི་ཐུབ།',
  'public.quickExit': 'མྱུར་དུ་ཕྱིར་ཐོན།',
  'public.quickExit.description': 'དྲ་ཚིགས་འདི་ལས་འཕྲལ་དུ་ཐོན་ནས་གནམ་གཤིས་ཀྱི་དྲ་ངོས་སུ་འགྲོ།',
  'public.nav.label': 'གཙོ་བོའི་དཀར་ཆག',
  'public.nav.home': 'ཐོག་ངོས།',
  'public.nav.report': 'སྙན་ཞུ་འབུལ།',
  'public.nav.followUp': 'སྙན་ཞུའི་གནས་སྟངས།',
  'public.nav.privacy': 'སྒེར་གྱི་གསང་དོན།',
  'public.language.label': 'སྐད་ཡིག',
  'public.footer':
    'FocalPoint གྱིས་ཁྱེད་ཀྱི་ IP ཁ་བྱང་ཉར་གྱི་མེད། རྗེས་འདེད་ཀྱི་ cookie བེད་སྤྱོད་མི་བྱེད། དྲ་ཚིགས་གཞན་ནས་ཅི་ཡང་འདྲེན་གྱི་མེད།',
  'public.required': '(ངེས་པར་དུ་འབྲི་དགོས།)',
  'public.pageTitle': '{page} – FocalPoint',

  'home.title': 'རྒྱལ་ཁྱབ་བརྒལ་བའི་གནོན་གཅེར་བདེ་འཇགས་ངང་སྙན་ཞུ་བྱེད་པ།',
  'home.lead':
    'ཕྱི་རྒྱལ་གཞུང་ངམ་དེའི་ཚབ་བྱེད་མཁན་གྱིས་མི་ཞིག་གི་ངོ་བོ་དང་བྱ་སྤྱོད་ཀྱི་རྐྱེན་གྱིས་ཁ་ན་ཌའི་ནང་ཡོད་པའི་མི་ལ་དཀའ་རྙོག་དང་ཉེན་བརྡ། སོ་ལྟ། གནོན་ཤུགས་བཏང་ན། FocalPoint ནི་ཁ་ན་ཌའི་ནང་སྙན་ཞུ་འབུལ་སའི་ལྟེ་བ་ཡིན།',
  'home.what.body':
    'ཚོགས་པ་གཅིག་གིས་སྙན་ཞུ་ཚང་མ་ཀློག་གི་ཡོད། ཁྱེད་དང་འབྲེལ་བ་མུ་མཐུད་བྱེད་ཀྱི་ཡོད། རོགས་རམ་འཚོལ་བར་རོགས་བྱེད་ཀྱི་ཡོད། ཁྱེད་ཀྱིས་མོས་མཐུན་བྱས་ན་མ་གཏོགས་སྙན་ཞུ་ཉེན་རྟོག་པའམ་ལས་ཁུངས་གཞན་ལ་སྤྲོད་ཀྱི་མེད།',
  'home.how.heading': 'ལས་ཀ་ཇི་ལྟར་བྱེད་དམ།',
  'home.how.step1': 'བྱུང་བ་ང་ཚོར་ཤོད་རོགས། ཁྱེད་ཀྱི་མིང་སྤྲོད་མི་དགོས། བྱུང་རིམ་འབྲི་བ་ཁོ་ན་ངེས་པར་དུ་དགོས།',
  'home.how.step2':
    'ཁྱེད་ལ་ལག་ཁྱེར་ཞིག་ཐོབ་ཀྱི་རེད། དེ་ནི་དབྱིན་ཡིག་དང་ཨང་ཀི་ 20 ཡོད་པའི་ཨང་རྟགས་ཤིག་ཡིན། བདེ་འཇགས་ངང་ཉར་རོགས། ཁྱེད་ཀྱི་སྙན་ཞུར་ཕྱིར་ལོག་པའི་ཐབས་གཅིག་པུ་དེ་ཡིན།',
  'home.how.step3':
    'ལག་ཁྱེར་ཁྱེར་ནས་ཕྱིར་ལོག་སྟེ། ང་ཚོས་ཅི་བྱེད་བཞིན་ཡོད་པ་ལྟ་བ། ང་ཚོའི་འཕྲིན་ཀློག་པ་དང་ལན་འདེབས་པ། ཆ་འཕྲིན་ཁ་སྣོན་བྱེད་ཆོག',
  'home.how.step4':
    'ཁྱེད་ཀྱི་མོས་མཐུན་མེད་པར་སྙན་ཞུ་གཞན་ལ་ནམ་ཡང་སྤྲོད་ཀྱི་མེད། འོན་ཀྱང་མི་ཞིག་གི་སྲོག་ལ་ཉེན་ཁ་འཕྲལ་མར་ཡོད་ན་དམིགས་བསལ་ཡིན།',
  'home.cta.report': 'སྙན་ཞུ་འབུལ།',
  'home.cta.followUp': 'ངར་ལག་ཁྱེར་ཡོད།',
  'home.safety.heading': 'སྙན་ཞུ་བྱེད་སྐབས་རང་ཉིད་བདེ་འཇགས་སུ་གནས་ཐབས།',
  'home.safety.body':
    'གལ་ཏེ་མི་ཞིག་གིས་ཁྱེད་ཀྱི་ཁ་པར་རམ་གློག་ཀླད་ལ་ལྟ་རྟོག་བྱེད་སྲིད་ན། ཁོ་ཚོའི་ལག་ཏུ་མི་འབྱོར་བའི་སྒྲིག་ཆས་སམ་ Tor དྲ་བཤར་ཆས་བེད་སྤྱོད་གནང་། དྲ་ཚིགས་འདི་ JavaScript བཀག་ཡོད་ཀྱང་བེད་སྤྱོད་ཐུབ། cookie བེད་སྤྱོད་མི་བྱེད། དྲ་ཚིགས་གཞན་ནས་ཅི་ཡང་འདྲེན་གྱི་མེད།',
  'home.safety.quickExit':
    'དྲ་ངོས་རེ་རེའི་སྟེང་གི་“མྱུར་དུ་ཕྱིར་ཐོན།” མཐེབ་གནོན་ན། དྲ་ཚིགས་འདི་ལས་འཕྲལ་དུ་ཐོན་ནས་གནམ་གཤིས་ཀྱི་དྲ་ངོས་སུ་འགྲོ།',
  'home.privacy.heading': 'ཁྱེད་ཀྱི་སྒེར་གྱི་གསང་དོན།',
  'home.privacy.body':
    'ཁྱེད་ཀྱིས་བྲིས་པ་ཉར་ཚགས་མ་བྱས་གོང་ནས་གསང་སྡོམ་བྱེད། ང་ཚོས་ཁྱེད་ཀྱི་ IP ཁ་བྱང་ཉར་གྱི་མེད། ལས་བྱེད་པར་གསང་རྒྱ་སྲུང་དགོས་པའི་འགན་ཡོད། སྙན་ཞུ་ལ་བལྟས་པ་རེ་རེ་ཐོ་འགོད་བྱེད།',
  'home.privacy.link': 'སྒེར་གསང་གསལ་བསྒྲགས་ཆ་ཚང་ཀློག',

  'privacy.title': 'སྒེར་གསང་གསལ་བསྒྲགས།',
  'privacy.intro':
    'གསལ་བསྒྲགས་འདིས་ཁྱེད་ཀྱིས་སྙན་ཞུ་བྱེད་སྐབས་ FocalPoint གྱིས་ཅི་ཞིག་ཉར་བ་དང་། སུས་མཐོང་ཐུབ་པ། ཁྱེད་ཀྱིས་ཅི་ཞིག་རེ་བ་ཞུ་ཆོག་པ་གསལ་བཤད་བྱེད།',
  'privacy.keep.heading': 'ང་ཚོས་ཅི་ཞིག་ཉར་བ།',
  'privacy.keep.body':
    'ཁྱེད་ཀྱིས་ང་ཚོར་ཤོད་རྒྱུ་གདམ་པ་ཁོ་ན་སྟེ། ཁྱེད་ཀྱི་བྱུང་རིམ། ཁྱེད་ཀྱིས་འདེམས་པའི་ལན། ཁྱེད་ཀྱིས་སྦྲགས་པའི་ཡིག་ཆ། ཁྱེད་ཀྱིས་སྤྲོད་འདོད་ན་ཁྱེད་ཀྱི་མིང་དང་འབྲེལ་གཏུག་གནས་ཚུལ་བཅས་ཡིན། ཁྱེད་ཀྱིས་བྲིས་པ་ཚང་མ་དང་ཡིག་ཆ་རེ་རེ་ཉར་ཚགས་མ་བྱས་གོང་ནས་གསང་སྡོམ་བྱེད།',
  'privacy.notKept.heading': 'ང་ཚོས་ཅི་ཞིག་མི་ཉར་བ།',
  'privacy.notKept.body':
    'ང་ཚོས་ཁྱེད་ཀྱི་ IP ཁ་བྱང་ཉར་གྱི་མེད། རྗེས་འདེད་ཀྱི་ cookie དང་དབྱེ་ཞིབ་ཡོ་ཆས་བེད་སྤྱོད་མི་བྱེད། དྲ་ཚིགས་འདིས་དྲ་ཚིགས་གཞན་ནས་ཅི་ཡང་འདྲེན་གྱི་མེད། ཁྱེད་ཀྱི་ལག་ཁྱེར་ཡང་ཉར་གྱི་མེད། ལག་ཁྱེར་ཕྱིར་བཟོ་མི་ཐུབ་པའི་གསང་སྡོམ་གྱི་རྣམ་པ་ཞིག་ཁོ་ན་ཉར་གྱི་ཡོད།',
  'privacy.files.heading': 'ཡིག་ཆ།',
  'privacy.files.body':
    'ལས་བྱེད་པས་འདྲ་པར་དང་ཡིག་ཆ་རེ་རེའི་གཙང་སེལ་བྱས་པའི་འདྲ་བཤུས་མཐོང་། དེའི་ནང་འདྲ་པར་བླངས་སའི་ས་གནས་ལྟ་བུའི་སྦས་པའི་གནས་ཚུལ་མེད། མ་ཡིག་དེ་བདེན་དཔང་དུ་གསང་སྡོམ་ངང་ཉར་གྱི་ཡོད།',
  'privacy.access.heading': 'ཁྱེད་ཀྱི་སྙན་ཞུ་སུས་མཐོང་ཐུབ་བམ།',
  'privacy.access.body':
    'སྙན་ཞུའི་ལས་ཀ་བྱེད་མཁན་གྱི་སྦྱོང་བརྡར་ཐོབ་པའི་ལས་བྱེད་པ་ཁོ་ན། སྒྲིག་གཞི་འཚོལ་མཁན་གྱི་དབྱེ་ཞིབ་པས་མིང་མེད་པའི་དོན་དངོས་ཁོ་ན་མཐོང་། མ་ལག་དོ་དམ་པས་སྙན་ཞུ་ཀློག་མི་ཐུབ། མི་ཞིག་གིས་སྙན་ཞུའམ་མིང་ཞིག་ཁ་ཕྱེ་རེས། གསང་བའི་ངང་བཟོ་བཅོས་བྱེད་མི་ཐུབ་པའི་ཐོ་དེབ་ནང་འགོད།',
  'privacy.sharing.heading': 'ང་ཚོས་ནམ་སྤྲོད་དམ།',
  'privacy.sharing.body':
    'ཁྱེད་ཀྱིས་མོས་མཐུན་བྱས་ན་མ་གཏོགས་སྙན་ཞུ་ཉེན་རྟོག་པའམ་ལས་ཁུངས་གཞན་ལ་སྤྲོད་ཀྱི་མེད། དམིགས་བསལ་གཅིག་པུ་ནི་མི་ཞིག་གི་སྲོག་ལ་ད་ལྟ་ཉེན་ཁ་ཡོད་པ་དང་། འགན་འཛིན་པས་ཆོག་མཆན་སྤྲོད་དགོས། ཁྱེད་ཀྱིས་འཇིགས་པའི་རྒྱལ་ཁབ་ཀྱི་གཞུང་ལ་ཅི་ཡང་ནམ་ཡང་སྤྲོད་ཀྱི་མེད།',
  'privacy.stats.heading': 'གྲངས་ཐོ།',
  'privacy.stats.body':
    'ཁྱེད་ཀྱིས་མོས་མཐུན་བྱས་ན། ཁྱེད་ཀྱི་སྙན་ཞུ་སྤྱི་སྒྲགས་གྲངས་ཐོའི་ནང་བརྩི་གི་ཡོད། མིང་དང་མི་ངོས་འཛིན་ཐུབ་པའི་ཞིབ་ཕྲ་མི་འགོད། 5 ལས་ཉུང་བའི་གྲངས་ཀ་ནམ་ཡང་སྤེལ་གྱི་མེད།',
  'privacy.choices.heading': 'ཁྱེད་ཀྱི་གདམ་ག',
  'privacy.choices.body': 'ལག་ཁྱེར་ཡོད་ན། དུས་ནམ་ཡིན་རུང་མོས་མཐུན་བསྒྱུར་བ། ཆ་འཕྲིན་ཁ་སྣོན་བྱེད་པ། ཡང་ན་སྙན་ཞུ་བསུབ་རྒྱུའི་རེ་བ་ཞུ་ཆོག',
  'privacy.retention.heading': 'ཡུན་ཇི་ཙམ་ཉར་རམ།',
  'privacy.retention.body':
    'སྙན་ཞུའི་ལས་ཀ་བྱེད་རིང་ཉར་གྱི་ཡོད། དོན་རྐྱེན་མཇུག་བསྡུས་རྗེས། དུས་ཚོད་གཏན་འཁེལ་ལྟར་བསུབ་པའམ། མི་ངོས་འཛིན་ཐུབ་པའི་ཆ་ཚང་མ་སེལ་གྱི་ཡོད།',

  'form.title': 'བྱུང་བ་སྙན་ཞུ་བྱེད་པ།',
  'form.intro':
    'དལ་མོས་བྱེད་རོགས། བྱུང་རིམ་འབྲི་བ་ཁོ་ན་ངེས་པར་དུ་དགོས། དྲི་བ་གཞན་དག་ཁྱེད་ཀྱིས་ཐུབ་པ་དང་འདོད་ན་མ་གཏོགས་ལན་འདེབས་མི་དགོས། ཁྱེད་ཀྱི་མིང་སྤྲོད་མི་དགོས།',
  'form.noSave': 'མཇུག་གི་“ངའི་སྙན་ཞུ་གཏོང་།” མནན་མ་ཐུབ་བར་དུ་ཅི་ཡང་ཉར་གྱི་མེད། དྲ་ངོས་འདི་ནས་ཐོན་ན་ཁྱེད་ཀྱིས་བྲིས་པ་བརླག་འགྲོ།',
  'form.errorSummary.title': 'དཀའ་ངལ་ཞིག་འདུག',
  'form.errorPrefix': 'ནོར་འཁྲུལ།',
  'form.errorSummary.intro': 'ཁྱེད་ཀྱི་སྙན་ཞུ་ད་དུང་བཏང་མེད། གཤམ་གྱི་ཆ་ལ་ཞིབ་བཤེར་གནང་རོགས།',
  'form.filesNotKept': 'ཁྱེད་ཀྱི་བདེ་འཇགས་ཆེད་དུ། རེའུ་མིག་ཕྱིར་ལོག་སྐབས་ཡིག་ཆ་ཉར་གྱི་མེད། ཡིག་ཆ་བསྐྱར་དུ་སྦྲགས་རོགས།',
  'form.inDangerNow.label': 'ང་ལ་ད་ལྟ་ཉེན་ཁ་ཡོད།',
  'form.inDangerNow.hint':
    'ཐུབ་ན་སྔོན་ལ་ 911 ལ་ཁ་པར་གཏོང་རོགས། འདི་ལ་རྟགས་བརྒྱབ་ན་ང་ཚོའི་ལས་བྱེད་པས་ཁྱེད་ཀྱི་སྙན་ཞུ་སྔོན་ལ་ཀློག་ངེས།',

  'form.story.legend': 'ཅི་ཞིག་བྱུང་བ།',
  'form.narrative.label': 'བྱུང་རིམ་འབྲི་རོགས།',
  'form.narrative.hint':
    'ཁྱེད་རང་གི་ཚིག་ཐོག་ནས་སྐད་ཡིག་གང་རུང་ལ་འབྲི་ཆོག ཅི་ཞིག་བཤད་པའམ་བྱས་པ། སུས་བྱས་པ། ཁྱེད་དམ་མི་གཞན་ལ་ཤུགས་རྐྱེན་ཅི་ཐེབས་པ། ཞིབ་ཕྲ་ཚང་མ་ཡང་དག་མིན་ཡང་སེམས་ཁྲལ་མི་དགོས།',
  'form.reporterKind.legend': 'ཁྱེད་ཀྱིས་སུའི་ཆེད་དུ་སྙན་ཞུ་བྱེད་དམ།',
  'form.reporterKind.self': 'རང་ཉིད་ཆེད་དུ།',
  'form.reporterKind.someone_else': 'མི་གཞན་ཞིག་གི་ཆེད་དུ།',
  'form.reporterKind.organisation': 'ཚོགས་པའམ་ལས་ཁུངས་ཤིག་གི་ཆེད་དུ།',

  'form.when.legend': 'དུས་ནམ་བྱུང་ངམ།',
  'form.startedOn.label': 'བྱུང་བའམ་འགོ་ཚུགས་པའི་ཚེས་གྲངས།',
  'form.endedOn.label': 'མཇུག་རྫོགས་པའི་ཚེས་གྲངས། (ཉིན་མང་པོ་ཐོགས་ན།)',
  'form.date.hint': 'དཔེར་ན། 2026-10-01 ཞེས་འབྲི། གཏན་འཁེལ་མེད་ན་སྟོང་པ་བཞག་ཆོག',
  'form.ongoing.label': 'ད་དུང་མུ་མཐུད་དེ་བྱུང་བཞིན་ཡོད།',

  'form.where.legend': 'གང་དུ་བྱུང་ངམ།',
  'form.province.label': 'ཞིང་ཆེན་ནམ་ས་ཁུལ།',
  'form.choose': 'འདེམས། (འདེམས་མི་དགོས་ཀྱང་ཆོག)',
  'form.city.label': 'གྲོང་ཁྱེར་རམ་གྲོང་རྡལ།',
  'form.institution.label': 'གཙུག་ལག་སློབ་གྲྭ་ཆེན་མོ་དང་། སློབ་གྲྭ། ལས་ཁུངས་གཞན། (དེར་བྱུང་ན།)',

  'form.tactics.legend': 'ཅི་ཞིག་བྱུང་ངམ། འབྲེལ་བ་ཡོད་ཚད་ལ་རྟགས་རྒྱོབ།',
  'form.channels.legend': 'ཐབས་ལམ་གང་ནས་སམ་གང་དུ་ཁྱེད་ལ་འབྱོར་བ། འབྲེལ་བ་ཡོད་ཚད་ལ་རྟགས་རྒྱོབ།',
  'form.communities.legend': 'སྤྱི་ཚོགས་གང་ལ་དམིགས་ཡོད་དམ།',
  'form.communities.hint': 'འབྲེལ་བ་ཡོད་ཚད་ལ་རྟགས་རྒྱོབ། འདིས་སྙན་ཞུ་ཁག་གི་བར་གྱི་སྒྲིག་གཞི་མཐོང་བར་རོགས་བྱེད།',
  'form.suspectedState.label': 'རྒྱབ་ལྗོངས་སུ་རྒྱལ་ཁབ་གང་ཡོད་དམ་སྙམ།',
  'form.suspectedState.unknown': 'མི་ཤེས། ཡང་ན་ཤོད་འདོད་མེད།',
  'form.impacts.legend': 'འདིས་ཁྱེད་དམ་དམིགས་ཡུལ་དུ་གྱུར་བའི་མི་ལ་ཤུགས་རྐྱེན་ཅི་ཐེབས་སམ།',

  'form.who.legend': 'སུས་བྱས་སམ།',
  'form.who.hint':
    'བྱེད་མཁན་སྐོར་ཅི་ཞིག་ཤེས་ན་ང་ཚོར་ཤོད་རོགས། འདིས་མི་གཅིག་པའི་སྐོར་གྱི་སྙན་ཞུ་ཁག་མཐུད་པར་རོགས་བྱེད། མི་ཤེས་ན་སྟོང་པ་བཞག་ཆོག',
  'form.perpetrator.legend': 'མི་འམ་ཚོགས་པ་ {n}',
  'form.perpetrator.description': 'ཁོ་ཚོ་སུ་ཡིན། མིང་དང་གོ་གནས། ཁྱེད་ཀྱིས་ཇི་ལྟར་ངོ་ཤེས་པ།',
  'form.perpetrator.type': 'མི་འམ་ཚོགས་པ་རིགས་གང་ཡིན།',
  'form.perpetrator.confidence': 'སུ་ཡིན་པ་ཁྱེད་ལ་ཇི་ཙམ་གཏན་འཁེལ་ཡོད།',
  'form.identifiers.legend': 'ཁོ་ཚོའི་ཁ་པར་ཨང་གྲངས་དང་རྩིས་ཐོ། གློག་འཕྲིན། དྲ་ཚིགས་ཁ་བྱང་།',
  'form.identifiers.hint': 'ཐིག་ཕྲེང་རེར་གཅིག རིགས་འདེམས་རྗེས་འབྲི་རོགས།',
  'form.identifier.kind': 'ཐིག་ཕྲེང་ {n}: འདི་ཅི་ཡིན།',
  'form.identifier.account': '{platform} རྩིས་ཐོ།',
  'form.identifier.value': 'ཐིག་ཕྲེང་ {n}: ཨང་གྲངས་སམ་རྩིས་ཐོའི་མིང་། ཁ་བྱང་། འབྲེལ་མཐུད།',
  'form.perpetrator.add': 'མི་འམ་ཚོགས་པ་གཞན་ཞིག་ཁ་སྣོན།',
  'form.perpetrator.remove': 'མི་འམ་ཚོགས་པ་འདི་སུབ།',

  'form.evidence.legend': 'བདེན་དཔང་།',
  'form.evidence.label': 'བརྙན་ཡོལ་པར་རིས། འདྲ་པར། སྒྲ་འཇུག ཡིག་ཆ།',
  'form.evidence.hint':
    'ཡིག་ཆ་ {max} བར་དང་། རེ་རེ་ {mb} MB ལས་མི་བརྒལ་བ། ལས་བྱེད་པས་འདྲ་པར་བླངས་སའི་ས་གནས་ལྟ་བུའི་སྦས་པའི་གནས་ཚུལ་བསལ་བའི་འདྲ་བཤུས་མཐོང་།',

  'form.contact.legend': 'ཁྱེད་ཀྱི་མིང་དང་འབྲེལ་གཏུག་གནས་ཚུལ་སྤྲོད་འདོད་དམ།',
  'form.anonymous.true': 'མི་འདོད། ང་མིང་མི་འགོད། ལག་ཁྱེར་ཁྱེར་ནས་སྙན་ཞུའི་གནས་སྟངས་ལྟ་ཐུབ།',
  'form.anonymous.false': 'འདོད། འབྲེལ་གཏུག་གནས་ཚུལ་སྤྲོད།',
  'form.identity.hint': 'འབྲེལ་གཏུག་གནས་ཚུལ་སྤྲོད་རྒྱུ་བདམས་ན་མ་གཏོགས་མི་འབྲི། ཁྱེད་ལ་བདེ་འཇགས་ཡིན་པ་ཁོ་ན་འབྲི་རོགས།',
  'form.name.label': 'མིང་།',
  'form.email.label': 'གློག་འཕྲིན།',
  'form.phone.label': 'ཁ་པར།',
  'form.preferredLanguage.label': 'ང་ཚོས་བེད་སྤྱོད་བྱེད་དགོས་འདོད་པའི་སྐད་ཡིག',
  'form.safeToContact.label': 'དུས་ནམ་དང་ཐབས་ལམ་གང་ནས་ཁྱེད་དང་འབྲེལ་བ་བྱས་ན་བདེ་འཇགས་ཡིན་ནམ།',
  'form.safeToContact.hint': 'དཔེར་ན། གློག་འཕྲིན་ཁོ་ནས། དགོང་མོ་ཁ་པར་མ་གཏོང་།',

  'form.consents.legend': 'ཁྱེད་ཀྱི་མོས་མཐུན།',
  'form.consents.hint': 'རྗེས་སུ་ལག་ཁྱེར་ཁྱེར་ནས་འདི་དག་བསྒྱུར་ཆོག',
  'form.consent.contact.label': 'ཁྱེད་ཚོས་ང་དང་འབྲེལ་བ་བྱེད་ཆོག',
  'form.consent.contact.hint':
    'ཁྱེད་ཀྱིས་སྤྲད་པའི་འབྲེལ་གཏུག་གནས་ཚུལ་ཁོ་ན་བེད་སྤྱོད་བྱེད། སྙན་ཞུ་འདིའི་སྐོར་ཁོ་ན་ཡིན། མིང་མི་འགོད་ན། སྙན་ཞུའི་གནས་སྟངས་ཀྱི་དྲ་ངོས་སུ་མ་གཏོགས་འཕྲིན་གཏོང་མི་ཐུབ།',
  'form.consent.referralToPolice.label': 'ངའི་སྙན་ཞུ་ཉེན་རྟོག་པར་སྤྲོད་ཆོག',
  'form.consent.referralToPolice.hint':
    'དཔེར་ན་ RCMP (ཁ་ན་ཌའི་རྒྱལ་ཁབ་ཉེན་རྟོག་པ།) དང་ས་གནས་ཉེན་རྟོག་པ་ལ་ཞིབ་དཔྱད་ཆེད་དུ། འདི་མེད་ན། མི་ཞིག་གི་སྲོག་ལ་ཉེན་ཁ་འཕྲལ་མར་མ་ཡོད་ན་ཉེན་རྟོག་པར་ཅི་ཡང་སྤྲོད་ཀྱི་མེད།',
  'form.consent.anonymisedStatistics.label': 'ངའི་སྙན་ཞུ་སྤྱི་སྒྲགས་གྲངས་ཐོའི་ནང་བརྩི་ཆོག',
  'form.consent.anonymisedStatistics.hint':
    'གྲངས་ཀ་ཁོ་ན་ཡིན། མིང་དང་མི་ངོས་འཛིན་ཐུབ་པའི་ཞིབ་ཕྲ་མེད། 5 ལས་ཉུང་བའི་གྲངས་ཀ་ནམ་ཡང་སྤེལ་གྱི་མེད།',
  'form.consent.updates.label': 'སྙན་ཞུ་གཞན་ལ་སྤྲད་པ་དང་དེའི་མཇུག་འབྲས་སྙན་ཞུའི་གནས་སྟངས་ནང་ང་ལ་ཤོད་རོགས།',
  'form.consent.updates.hint': 'ལག་ཁྱེར་ཁྱེར་ནས་ཕྱིར་ལོག་སྐབས་མཐོང་ཐུབ།',

  'form.submit': 'ངའི་སྙན་ཞུ་གཏོང་།',
  'form.submit.hint': 'བཏང་རྗེས། དྲ་ངོས་རྗེས་མར་ལག་ཁྱེར་ཞིག་ཐོབ་ངེས།',

  'received.title': 'ཁྱེད་ཀྱི་སྙན་ཞུ་བཏང་ཟིན།',
  'received.reference': 'དཔྱད་གཞིའི་ཨང་གྲངས། {reference}',
  'received.receipt.heading': 'ཁྱེད་ཀྱི་ལག་ཁྱེར། ད་ལྟ་ཉར་རོགས།',
  'received.receipt.lead':
    'ལག་ཁྱེར་འདི་ནི་ཁྱེད་ཀྱི་སྙན་ཞུར་ཕྱིར་ལོག་པའི་ཐབས་གཅིག་པུ་ཡིན། ང་ཚོས་ཐེངས་འདི་གཅིག་ཁོ་ན་སྟོན། འདྲ་བཤུས་མི་ཉར། བསྐྱར་དུ་སྟོན་མི་ཐུབ།',
  'received.receipt.label': 'ལག་ཁྱེར།',
  'received.save.heading': 'བདེ་འཇགས་ངང་ཉར་ཐབས།',
  'received.save.paper': 'ཤོག་བུའི་སྟེང་འབྲི་བའམ། གསང་ཨང་དོ་དམ་ཆས་སུ་ཉར་རོགས།',
  'received.save.hide':
    'ཁྱེད་ལ་ལྟ་རྟོག་བྱེད་སྲིད་པའི་མིས་རྙེད་མི་ཐུབ་སར་ཉར་རོགས། མི་ཞིག་གིས་ཁྱེད་ཀྱི་གློག་འཕྲིན་ནམ་འཕྲིན་ཐུང་ཀློག་སྲིད་ན། དེ་དག་བརྒྱུད་དེ་རང་ཉིད་ལ་མ་གཏོང་།',
  'received.save.lost': 'བརླག་ན་སྙན་ཞུ་གསར་པ་ཞིག་བཏང་ནས་ཁྱེད་ཀྱི་དཔྱད་གཞིའི་ཨང་གྲངས་འབྲི་ཆོག',
  'received.next.heading': 'རྗེས་སུ་ཅི་ཞིག་འབྱུང་ངམ།',
  'received.next.read': 'ང་ཚོའི་ཚོགས་མི་ཞིག་གིས་སྙན་ཞུ་ཚང་མ་ཀློག ཉེན་ཁའི་སྐོར་གྱི་སྙན་ཞུ་སྔོན་ལ་ཀློག',
  'received.next.comeBack': 'ཉིན་ཤས་རྗེས་ལག་ཁྱེར་ཁྱེར་ནས་“སྙན་ཞུའི་གནས་སྟངས།” ལ་ཕྱིར་ལོག་སྟེ་གནས་སྟངས་དང་ང་ཚོའི་འཕྲིན་ལ་ལྟ་རོགས།',
  'received.next.contact':
    'འབྲེལ་གཏུག་གནས་ཚུལ་སྤྲད་དེ་འབྲེལ་བ་བྱེད་པར་མོས་མཐུན་བྱས་ན། ཁྱེད་ཀྱིས་རེ་བ་ཞུས་པའི་ཐབས་ལམ་ཁོ་ན་བེད་སྤྱོད་བྱེད།',
  'received.followUpLink': 'སྙན་ཞུའི་གནས་སྟངས་སུ་འགྲོ།',

  'followup.title': 'ཁྱེད་ཀྱི་སྙན་ཞུའི་གནས་སྟངས།',
  'followup.intro': 'སྙན་ཞུ་བཏང་སྐབས་ཐོབ་པའི་ལག་ཁྱེར་འབྲི་རོགས། དེ་ནི་ 7KQ4-M2XD-9PLW-R8TC-5HNB ལྟ་བུ་ཡིན།',
  'followup.receipt.label': 'ལག་ཁྱེར།',
  'followup.receipt.hint': 'དབྱིན་ཡིག་དང་ཨང་ཀི་ 20། ཐིག་ཕྲན་དང་བར་སྟོང་། ཡི་གེ་ཆེ་ཆུང་གལ་ཆེན་མིན།',
  'followup.open': 'ངའི་སྙན་ཞུ་སྟོན།',
  'followup.noTrace': 'ཁྱེད་ཀྱི་ལག་ཁྱེར་དྲ་བཤར་ཆས་འདིའི་ནང་མི་ཉར། cookie མེད། ཁ་བྱང་སྡེ་ཚན་ནང་ཡང་མེད། ལས་ཀ་ཚར་རྗེས་དྲ་ངོས་ཁ་རྒྱོབ།',
  'followup.reference': 'དཔྱད་གཞིའི་ཨང་གྲངས། {reference}',
  'followup.receivedAt': 'བཏང་བའི་ཚེས་གྲངས། {date}',
  'followup.status.heading': 'ད་ལྟའི་གནས་སྟངས།',
  'followup.messages.heading': 'འཕྲིན།',
  'followup.messages.none': 'ད་དུང་འཕྲིན་མེད།',
  'followup.messages.fromUs': 'FocalPoint ནས། {date}',
  'followup.messages.fromYou': 'ཁྱེད་ནས། {date}',
  'followup.reply.label': 'ང་ཚོར་འཕྲིན་འབྲི།',
  'followup.reply.submit': 'འཕྲིན་གཏོང་།',
  'followup.reply.sent': 'ཁྱེད་ཀྱི་འཕྲིན་བཏང་ཟིན།',
  'followup.add.heading': 'ཆ་འཕྲིན་ནམ་ཡིག་ཆ་ཁ་སྣོན།',
  'followup.add.label': 'ཅི་ཞིག་ཁ་སྣོན་བྱེད་འདོད་དམ།',
  'followup.add.files': 'ཡིག་ཆ།',
  'followup.add.submit': 'ངའི་སྙན་ཞུར་ཁ་སྣོན།',
  'followup.add.done': 'ཐུགས་རྗེ་ཆེ། ཁྱེད་ཀྱི་སྙན་ཞུར་ཁ་སྣོན་བྱས་ཟིན།',
  'followup.add.filesCount': 'ཡིག་ཆ་ {count} ཁ་སྣོན་བྱས་ཟིན།',
  'followup.evidence.heading': 'ཁྱེད་ཀྱིས་བཏང་བའི་ཡིག་ཆ།',
  'followup.evidence.item': '{type}, {size} KB, {date} ལ་བཏང་།',
  'followup.consents.heading': 'ཁྱེད་ཀྱི་མོས་མཐུན།',
  'followup.consents.submit': 'ངའི་གདམ་ག་ཉར།',
  'followup.consents.saved': 'ཁྱེད་ཀྱི་གདམ་ག་ཉར་ཟིན།',
  'followup.delete.heading': 'ངའི་སྙན་ཞུ་སུབ།',
  'followup.delete.body':
    'ང་ཚོས་ཁྱེད་ཀྱི་སྙན་ཞུ་དང་ཁྱེད་ཀྱིས་བཏང་བ་ཚང་མ་སུབ་ཀྱི་ཡིན། འདི་ཕྱིར་བཟོ་མི་ཐུབ། ཁྱེད་ཀྱི་མོས་མཐུན་ལྟར་སྙན་ཞུ་ཉེན་རྟོག་པར་སྤྲད་ཟིན་ན། ཁྱེད་ཀྱིས་རེ་བ་ཞུས་པ་ཁོ་ཚོར་བརྡ་སྤྲོད་བྱེད།',
  'followup.delete.confirm': 'ཡིན། ངའི་སྙན་ཞུ་སུབ་དགོས།',
  'followup.delete.submit': 'སུབ་རྒྱུའི་རེ་བ་ཞུ།',
  'followup.delete.done': 'སྙན་ཞུ་འདི་སུབ་རྒྱུའི་རེ་བ་ང་ཚོར་འབྱོར་སོང་།',
  'followup.delete.already': 'ཁྱེད་ཀྱིས་ {date} ལ་སུབ་རྒྱུའི་རེ་བ་ཞུས་ཟིན།',
  'followup.delete.confirmRequired': 'ཁྱེད་ཀྱི་སྙན་ཞུ་སུབ་འདོད་པ་གཏན་འཁེལ་ཆེད་སྒྲོམ་ནང་རྟགས་རྒྱོབ།',
  'followup.leave': 'ལས་ཀ་ཚར། དྲ་ངོས་འདི་ནས་ཐོན།',

  // Error messages the public pages show (errors.ts carries English and French only).
  'error.validation': 'ལན་འགའ་ཞིག་ལ་ཡང་བསྐྱར་བལྟ་དགོས།',
  'error.required': 'འདི་ངེས་པར་དུ་འབྲི་དགོས།',
  'error.tooLong': 'འདི་རིང་དྲགས་འདུག (ཡི་གེ་ {max} ལས་མི་བརྒལ་བ།)',
  'error.tooShort': 'འདི་ཐུང་དྲགས་འདུག (ཉུང་མཐར་ཡི་གེ་ {min})',
  'error.tooMany': 'མང་མཐར་ {max} འདེམས།',
  'error.invalidChoice': 'འདི་གདམ་ག་ཁག་གི་ནང་མི་འདུག',
  'error.invalidDate': 'ཚེས་གྲངས་ངོ་མ་ཞིག་ YYYY-MM-DD ལྟར་འབྲི་རོགས།',
  'error.futureDate': 'ཚེས་གྲངས་འདི་མ་འོངས་པ་ཡིན།',
  'error.dateOrder': 'མཇུག་གི་ཚེས་གྲངས་འགོ་ཚུགས་པའི་ཚེས་གྲངས་ལས་སྔ་བ་འདུག',
  'error.invalidEmail': 'name@example.org ལྟ་བུའི་གློག་འཕྲིན་ཁ་བྱང་འབྲི་རོགས།',
  'error.invalid': 'འདི་ནུས་མེད་རེད།',
  'error.badRequest': 'བཏང་བ་ཀློག་མ་ཐུབ།',
  'error.payloadTooLarge': 'ཁྱེད་ཀྱིས་བཏང་བ་ཆེ་དྲགས་འདུག',
  'error.fileTooLarge': 'ཡིག་ཆ་འདི་ཆེ་དྲགས་འདུག ({max} MB ལས་མི་བརྒལ་བ།)',
  'error.fileType': 'ཡིག་ཆའི་རིགས་འདི་དང་ལེན་བྱེད་མི་ཐུབ། པར་རིས་དང་ PDF། ཡི་གེ། སྒྲ། བརྙན་འཕྲིན་གཏོང་རོགས།',
  'error.notFound': 'རྙེད་མ་སོང་།',
  'error.rateLimited': 'ཚོད་ལྟ་མང་དྲགས་འདུག སྐར་མ་ {minutes} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་། ཁྱེད་ཀྱིས་བྲིས་པ་ཅི་ཡང་བརླག་མེད།',
  'error.unavailable': 'FocalPoint གནས་སྐབས་བེད་སྤྱོད་བྱེད་མི་ཐུབ། སྐར་ཆ་འགའ་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་། ད་དུང་ཅི་ཡང་ཉར་མེད།',
  'error.internal': 'ང་ཚོའི་ཕྱོགས་ནས་དཀའ་ངལ་ཞིག་བྱུང་། ཁྱེད་ཀྱིས་བྲིས་པ་ཅི་ཡང་བརླག་མེད། ཡང་བསྐྱར་ཚོད་ལྟ་གནང་།',
  'error.conflict': 'མི་གཞན་ཞིག་གིས་བར་སྐབས་སུ་འདི་བཟོ་བཅོས་བྱས་འདུག བསྐྱར་དུ་ཁ་ཕྱེ་ནས་ཚོད་ལྟ་གནང་།',
};

const ug: CommunityMessages = {
  'public.siteName': 'FocalPoint',
  'public.tagline': 'چەت ئەل دۆلىتىنىڭ پاراكەندىچىلىكىنى بىخەتەر دوكلات قىلىڭ',
  'public.skipLink': 'ئاساسىي مەزمۇنغا ئاتلاش',
  'public.danger.title': 'ھازىر خەتەر ئىچىدىمۇ؟',
  'public.danger.body': '911 گە تېلېفون قىلىڭ. بۇ تور بېكەت تېزلا ياردەم ئەۋەتەلمەيدۇ.',
  'public.quickExit': 'تېز چىقىش',
  'public.quickExit.description': 'بۇ تور بېكەتتىن دەرھال چىقىپ، ھاۋارايى بېتىگە ئۆتىدۇ.',
  'public.nav.label': 'ئاساسىي تىزىملىك',
  'public.nav.home': 'باش بەت',
  'public.nav.report': 'دوكلات قىلىش',
  'public.nav.followUp': 'ئەھۋالىنى كۆرۈش',
  'public.nav.privacy': 'شەخسىي مەخپىيەتلىك',
  'public.language.label': 'تىل',
  'public.footer':
    'FocalPoint سىزنىڭ IP ئادرېسىڭىزنى خاتىرىلىمەيدۇ، ئىز قوغلاش cookie سىنى ئىشلەتمەيدۇ ۋە باشقا تور بېكەتلەردىن ھېچنېمە يۈكلىمەيدۇ.',
  'public.required': '(چوقۇم تولدۇرۇلىدۇ)',
  'public.pageTitle': '{page} – FocalPoint',

  'home.title': 'دۆلەت ھالقىغان باستۇرۇشنى بىخەتەر دوكلات قىلىڭ',
  'home.lead':
    'FocalPoint كانادادىكى مەركىزىي ئورۇن. چەت ئەل دۆلىتى ياكى ئۇنىڭ نامىدا ئىش كۆرگۈچىلەر كانادادىكى كىشىلەرنى كىملىكى ياكى قىلغان ئىشلىرى سەۋەبىدىن پاراكەندە قىلسا، تەھدىت سالسا، نازارەت قىلسا ياكى بېسىم ئىشلەتسە، بۇ يەردە دوكلات قىلالايسىز.',
  'home.what.body':
    'بىر گۇرۇپپا ھەر بىر دوكلاتنى ئوقۇيدۇ، سىز بىلەن ئالاقىنى داۋاملاشتۇرىدۇ ۋە ياردەم تېپىشىڭىزغا ياردەملىشىدۇ. سىز قوشۇلمىسىڭىز، دوكلاتىڭىزنى ساقچىغا ياكى باشقا ئورگانلارغا بەرمەيمىز.',
  'home.how.heading': 'قانداق ئىشلەيدۇ',
  'home.how.step1':
    'نېمە ئىش بولغانلىقىنى بىزگە ئېيتىڭ. ئىسمىڭىزنى بېرىشىڭىز شەرت ئەمەس. پەقەت ۋەقە بايانىلا چوقۇم تولدۇرۇلىدۇ.',
  'home.how.step2':
    'سىز بىر تالون ئالىسىز: 20 ھەرپ ۋە رەقەمدىن تۈزۈلگەن بىر كود. ئۇنى بىخەتەر ساقلاڭ. دوكلاتىڭىزغا قايتىشنىڭ بىردىنبىر يولى شۇ.',
  'home.how.step3':
    'تالونىڭىز بىلەن قايتىپ كېلىپ، نېمە ئىش قىلىۋاتقانلىقىمىزنى كۆرەلەيسىز، ئۇچۇرلىرىمىزنى ئوقۇپ جاۋاب بېرەلەيسىز ۋە ئۇچۇر قوشالايسىز.',
  'home.how.step4':
    'بىرەرسىنىڭ ھاياتى دەرھال خەتەر ئىچىدە بولمىسا، سىزنىڭ رۇخسىتىڭىزسىز دوكلاتىڭىزنى ھەرگىز باشقىلارغا بەرمەيمىز.',
  'home.cta.report': 'دوكلات قىلىش',
  'home.cta.followUp': 'مېنىڭ تالونۇم بار',
  'home.safety.heading': 'دوكلات قىلغاندا بىخەتەر بولۇش',
  'home.safety.body':
    'ئەگەر بىرەرسى تېلېفونىڭىز ياكى كومپيۇتېرىڭىزنى نازارەت قىلىۋاتقان بولۇشى مۇمكىن بولسا، ئۇلار قول تەگكۈزەلمەيدىغان ئۈسكۈنىنى ياكى Tor توركۆرگۈچىنى ئىشلىتىڭ. بۇ تور بېكەت JavaScript تاقاقلىق ھالەتتىمۇ ئىشلەيدۇ، cookie ئىشلەتمەيدۇ ۋە باشقا تور بېكەتلەردىن ھېچنېمە يۈكلىمەيدۇ.',
  'home.safety.quickExit':
    'ھەر بەتنىڭ ئۈستىدىكى «تېز چىقىش» كۇنۇپكىسى بۇ تور بېكەتتىن دەرھال چىقىپ، ھاۋارايى بېتىگە ئۆتىدۇ.',
  'home.privacy.heading': 'شەخسىي مەخپىيەتلىكىڭىز',
  'home.privacy.body':
    'سىز يازغانلار ساقلىنىشتىن بۇرۇن شىفىرلىنىدۇ. IP ئادرېسىڭىزنى خاتىرىلىمەيمىز. خادىملار مەخپىيەتلىك مەجبۇرىيىتىنى ئۈستىگە ئالغان، دوكلاتنى ھەر قېتىم كۆرۈش خاتىرىلىنىدۇ.',
  'home.privacy.link': 'تولۇق شەخسىي مەخپىيەتلىك ئۇقتۇرۇشىنى ئوقۇش',

  'privacy.title': 'شەخسىي مەخپىيەتلىك ئۇقتۇرۇشى',
  'privacy.intro':
    'بۇ ئۇقتۇرۇش سىز دوكلات قىلغاندا FocalPoint نېمىلەرنى ساقلايدىغانلىقى، كىملەر كۆرەلەيدىغانلىقى ۋە سىز نېمىلەرنى تەلەپ قىلالايدىغانلىقىڭىزنى چۈشەندۈرىدۇ.',
  'privacy.keep.heading': 'نېمىلەرنى ساقلايمىز',
  'privacy.keep.body':
    'پەقەت سىز ئېيتىشنى تاللىغان نەرسىلەرنىلا: بايانىڭىز، تاللىغان جاۋابلىرىڭىز، قوشقان ھۆججەتلىرىڭىز، ئەگەر بېرىشنى خالىسىڭىز ئىسمىڭىز ۋە ئالاقە ئۇچۇرىڭىز. سىز يازغانلارنىڭ ھەممىسى ۋە ھەر بىر ھۆججەت ساقلىنىشتىن بۇرۇن شىفىرلىنىدۇ.',
  'privacy.notKept.heading': 'نېمىلەرنى ساقلىمايمىز',
  'privacy.notKept.body':
    'IP ئادرېسىڭىزنى ساقلىمايمىز. ئىز قوغلاش cookie سى ياكى ئانالىز قورالى ئىشلەتمەيمىز، بۇ تور بېكەت باشقا تور بېكەتلەردىن ھېچنېمە يۈكلىمەيدۇ. تالونىڭىزمۇ ساقلانمايدۇ: پەقەت ئۇنىڭ قايتۇرۇۋالغىلى بولمايدىغان شىفىرلانغان شەكلىنىلا ساقلايمىز.',
  'privacy.files.heading': 'ھۆججەتلەر',
  'privacy.files.body':
    'خادىملار ھەر بىر رەسىم ياكى ھۆججەتنىڭ تازىلانغان كۆچۈرمىسىنى كۆرىدۇ؛ ئۇنىڭدا رەسىم تارتىلغان ئورۇنغا ئوخشاش يوشۇرۇن ئۇچۇرلار بولمايدۇ. ئەسلى ھۆججەت ئىسپات سۈپىتىدە شىفىرلىنىپ ساقلىنىدۇ.',
  'privacy.access.heading': 'دوكلاتىڭىزنى كىملەر كۆرەلەيدۇ',
  'privacy.access.body':
    'پەقەت دوكلاتلار بىلەن شۇغۇللىنىدىغان، تەربىيەلەنگەن خادىملارلا. قانۇنىيەت ئىزدەيدىغان ئانالىزچىلار ئىسىمسىز پاكىتلارنىلا كۆرىدۇ. سىستېما باشقۇرغۇچىلىرى دوكلاتلارنى ئوقۇيالمايدۇ. بىرەرسى دوكلات ياكى ئىسىمنى ھەر قېتىم ئاچسا، بۇ بىلدۈرمەي ئۆزگەرتكىلى بولمايدىغان خاتىرىگە يېزىلىدۇ.',
  'privacy.sharing.heading': 'قاچان باشقىلارغا بېرىمىز',
  'privacy.sharing.body':
    'سىز قوشۇلغاندىلا دوكلاتىڭىزنى ساقچىغا ياكى باشقا ئورگانغا بېرىمىز. بىردىنبىر مۇستەسنا: بىرەرسىنىڭ ھاياتى ھازىر خەتەر ئىچىدە بولسا، ئۇنىڭغىمۇ مەسئۇلنىڭ تەستىقى كېرەك. سىز قورقىدىغان دۆلەتنىڭ ھۆكۈمىتىگە ھەرگىز ھېچنېمە بەرمەيمىز.',
  'privacy.stats.heading': 'ستاتىستىكا',
  'privacy.stats.body':
    'قوشۇلسىڭىز، دوكلاتىڭىز ئاممىۋى ستاتىستىكىغا ھېسابلىنىدۇ، ئەمما ئىسىم ياكى ھېچكىمنى تونۇغىلى بولىدىغان تەپسىلاتلار بولمايدۇ. 5 تىن كىچىك سانلار ھەرگىز ئېلان قىلىنمايدۇ.',
  'privacy.choices.heading': 'سىزنىڭ تاللىشىڭىز',
  'privacy.choices.body':
    'تالونىڭىز بىلەن خالىغان ۋاقىتتا رازىلىقىڭىزنى ئۆزگەرتەلەيسىز، ئۇچۇر قوشالايسىز ياكى دوكلاتىڭىزنى ئۆچۈرۈشنى تەلەپ قىلالايسىز.',
  'privacy.retention.heading': 'قانچىلىك ساقلايمىز',
  'privacy.retention.body':
    'دوكلات ئۈستىدە ئىشلەۋاتقان مەزگىلدە ئۇنى ساقلايمىز. دېلو ئاخىرلاشقاندىن كېيىن، بېكىتىلگەن ۋاقىت جەدۋىلى بويىچە ئۆچۈرۈلىدۇ ياكى كىشىنى تونۇغىلى بولىدىغان ھەممە نەرسە چىقىرىۋېتىلىدۇ.',

  'form.title': 'بولغان ئىشنى دوكلات قىلىڭ',
  'form.intro':
    'ئالدىرىماڭ. پەقەت ۋەقە بايانىلا چوقۇم تولدۇرۇلىدۇ: باشقا سوئاللارغا پەقەت قىلالىسىڭىز ۋە خالىسىڭىزلا جاۋاب بېرىڭ. ئىسمىڭىزنى بېرىشىڭىز شەرت ئەمەس.',
  'form.noSave':
    'ئاخىرىدىكى «دوكلاتىمنى يوللاش» نى باسمىغۇچە ھېچنېمە ساقلانمايدۇ. بۇ بەتتىن ئايرىلسىڭىز، يازغانلىرىڭىز يوقىلىدۇ.',
  'form.errorSummary.title': 'مەسىلە بار',
  'form.errorPrefix': 'خاتالىق:',
  'form.errorSummary.intro': 'دوكلاتىڭىز تېخى يوللانمىدى. تۆۋەندىكىلەرنى تەكشۈرۈڭ:',
  'form.filesNotKept':
    'بىخەتەرلىكىڭىز ئۈچۈن، جەدۋەل قايتقاندا ھۆججەتلەر ساقلانمايدۇ. ھۆججەتلىرىڭىزنى قايتا قوشۇڭ.',
  'form.inDangerNow.label': 'مەن ھازىر خەتەر ئىچىدە',
  'form.inDangerNow.hint':
    'مۇمكىن بولسا، ئالدى بىلەن 911 گە تېلېفون قىلىڭ. بۇنى بەلگىلىسىڭىز، خادىملىرىمىز دوكلاتىڭىزنى ئالدى بىلەن ئوقۇيدۇ.',

  'form.story.legend': 'نېمە ئىش بولدى',
  'form.narrative.label': 'بولغان ئىشنى بايان قىلىڭ',
  'form.narrative.hint':
    'ئۆز سۆزىڭىز بىلەن، خالىغان تىلدا: نېمە دېيىلدى ياكى نېمە قىلىندى، كىم قىلدى، سىزگە ياكى باشقىلارغا قانداق تەسىر كۆرسەتتى. ھەممە تەپسىلاتنىڭ توغرا بولۇشىدىن ئەنسىرىمەڭ.',
  'form.reporterKind.legend': 'كىم ئۈچۈن دوكلات قىلىۋاتىسىز؟',
  'form.reporterKind.self': 'ئۆزۈم ئۈچۈن',
  'form.reporterKind.someone_else': 'باشقا بىرى ئۈچۈن',
  'form.reporterKind.organisation': 'بىر تەشكىلات ياكى گۇرۇپپا ئۈچۈن',

  'form.when.legend': 'قاچان بولدى؟',
  'form.startedOn.label': 'يۈز بەرگەن ياكى باشلانغان چېسلا',
  'form.endedOn.label': 'ئاخىرلاشقان چېسلا (بىر قانچە كۈن داۋاملاشقان بولسا)',
  'form.date.hint': 'مەسىلەن 2026-10-01. ئېنىق بىلمىسىڭىز، بوش قالدۇرۇڭ.',
  'form.ongoing.label': 'ھازىرمۇ داۋاملىشىۋاتىدۇ',

  'form.where.legend': 'قەيەردە بولدى؟',
  'form.province.label': 'ئۆلكە ياكى رايون',
  'form.choose': 'تاللاڭ (ئىختىيارىي)',
  'form.city.label': 'شەھەر ياكى بازار',
  'form.institution.label': 'ئۇنىۋېرسىتېت، ئىنستىتۇت، مەكتەپ ياكى باشقا ئورگان (شۇ يەردە بولغان بولسا)',

  'form.tactics.legend': 'نېمە ئىش بولدى؟ مۇناسىۋەتلىك ھەممىسىنى بەلگىلەڭ.',
  'form.channels.legend': 'قانداق يول بىلەن ياكى قەيەردە سىزگە يەتتى؟ مۇناسىۋەتلىك ھەممىسىنى بەلگىلەڭ.',
  'form.communities.legend': 'قايسى جامائەت نىشانلاندى؟',
  'form.communities.hint':
    'مۇناسىۋەتلىكلىرىنى بەلگىلەڭ. بۇ دوكلاتلار ئارىسىدىكى قانۇنىيەتنى كۆرۈشىمىزگە ياردەم بېرىدۇ.',
  'form.suspectedState.label': 'سىزچە بۇنىڭ ئارقىسىدا قايسى دۆلەت بار؟',
  'form.suspectedState.unknown': 'بىلمەيمەن ياكى دېيىشنى خالىمايمەن',
  'form.impacts.legend': 'بۇ سىزگە ياكى نىشانلانغان كىشىگە قانداق تەسىر كۆرسەتتى؟',

  'form.who.legend': 'كىم قىلدى؟',
  'form.who.hint':
    'قىلغۇچى توغرىسىدا بىرەر نەرسە بىلسىڭىز، بىزگە ئېيتىڭ. بۇ ئوخشاش كىشىلەر ھەققىدىكى دوكلاتلارنى باغلىشىمىزغا ياردەم بېرىدۇ. بولمىسا، بوش قالدۇرۇڭ.',
  'form.perpetrator.legend': '{n}-كىشى ياكى گۇرۇپپا',
  'form.perpetrator.description': 'ئۇلار كىم؟ ئىسمى، سالاھىيىتى، ئۇلارنى قانداق تونۇيسىز',
  'form.perpetrator.type': 'قانداق كىشى ياكى گۇرۇپپا؟',
  'form.perpetrator.confidence': 'كىم ئىكەنلىكىگە قانچىلىك جەزم قىلالايسىز؟',
  'form.identifiers.legend': 'ئۇلارنىڭ تېلېفون نومۇرى، ھېساباتى، ئېلخېتى ياكى تور ئادرېسى',
  'form.identifiers.hint': 'ھەر قۇرغا بىرنى: ئالدى بىلەن تۈرىنى تاللاڭ، ئاندىن يېزىڭ.',
  'form.identifier.kind': '{n}-قۇر: بۇ نېمە؟',
  'form.identifier.account': '{platform} ھېساباتى',
  'form.identifier.value': '{n}-قۇر: نومۇر، ھېسابات نامى، ئادرېس ياكى ئۇلانما',
  'form.perpetrator.add': 'يەنە بىر كىشى ياكى گۇرۇپپا قوشۇش',
  'form.perpetrator.remove': 'بۇ كىشى ياكى گۇرۇپپىنى چىقىرىۋېتىش',

  'form.evidence.legend': 'ئىسپات',
  'form.evidence.label': 'ئېكران كەسمىسى، رەسىم، ئۈن-سىن ياكى ھۆججەت',
  'form.evidence.hint':
    'ئەڭ كۆپ بولغاندا {max} ھۆججەت، ھەر بىرى {mb} MB دىن ئاشمىسۇن. خادىملار رەسىم تارتىلغان ئورۇنغا ئوخشاش يوشۇرۇن ئۇچۇرلار ئۆچۈرۈلگەن كۆچۈرمىسىنى كۆرىدۇ.',

  'form.contact.legend': 'ئىسمىڭىز ۋە ئالاقە ئۇچۇرىڭىزنى بېرەمسىز؟',
  'form.anonymous.true': 'ياق، نامسىز قالىمەن. تالونۇم بىلەن يەنىلا ئەھۋالنى كۆرەلەيمەن.',
  'form.anonymous.false': 'ھەئە، ئالاقە ئۇچۇرۇمنى بېرىمەن',
  'form.identity.hint':
    'پەقەت ئالاقە ئۇچۇرى بېرىشنى تاللىغان بولسىڭىزلا تولدۇرۇڭ. پەقەت سىز ئۈچۈن بىخەتەر بولغانلىرىنىلا يېزىڭ.',
  'form.name.label': 'ئىسىم',
  'form.email.label': 'ئېلخەت',
  'form.phone.label': 'تېلېفون',
  'form.preferredLanguage.label': 'بىزنىڭ ئىشلىتىشىمىزنى خالايدىغان تىلىڭىز',
  'form.safeToContact.label': 'سىز بىلەن قاچان ۋە قانداق ئالاقىلىشىش بىخەتەر؟',
  'form.safeToContact.hint': 'مەسىلەن: پەقەت ئېلخەت ئارقىلىق؛ كەچتە ھەرگىز تېلېفون قىلماڭ.',

  'form.consents.legend': 'رازىلىقىڭىز',
  'form.consents.hint': 'كېيىن تالونىڭىز بىلەن بۇلارنى ئۆزگەرتەلەيسىز.',
  'form.consent.contact.label': 'سىلەر مەن بىلەن ئالاقىلاشساڭلار بولىدۇ',
  'form.consent.contact.hint':
    'پەقەت سىز بەرگەن ئالاقە ئۇچۇرىنىلا، پەقەت مۇشۇ دوكلات ھەققىدىلا ئىشلىتىمىز. نامسىز قالسىڭىز، سىزگە پەقەت ئەھۋال كۆرۈش بېتىدىلا يازالايمىز.',
  'form.consent.referralToPolice.label': 'دوكلاتىمنى ساقچىغا بەرسەڭلار بولىدۇ',
  'form.consent.referralToPolice.hint':
    'مەسىلەن كانادا خان جەمەتى ئاتلىق ساقچى ئەترىتى (RCMP) ياكى يەرلىك ساقچىغا، ئۇلار تەكشۈرسۇن دەپ. بۇ رازىلىق بولمىسا، بىرەر ھايات دەرھال خەتەر ئىچىدە بولمىسا، ساقچىغا ھېچنېمە بەرمەيمىز.',
  'form.consent.anonymisedStatistics.label': 'دوكلاتىمنى ئاممىۋى ستاتىستىكىغا ھېسابلىساڭلار بولىدۇ',
  'form.consent.anonymisedStatistics.hint':
    'پەقەت سان شەكلىدە، ئىسىم ياكى ھېچكىمنى تونۇغىلى بولىدىغان تەپسىلات بولمايدۇ. 5 تىن كىچىك سانلار ھەرگىز ئېلان قىلىنمايدۇ.',
  'form.consent.updates.label':
    'دوكلاتىم باشقىلارغا بېرىلگەندە ۋە نەتىجىسى چىققاندا، ئەھۋال كۆرۈش بېتىدە ماڭا ئېيتىڭلار',
  'form.consent.updates.hint': 'تالونىڭىز بىلەن قايتىپ كەلگەندە كۆرىسىز.',

  'form.submit': 'دوكلاتىمنى يوللاش',
  'form.submit.hint': 'يوللىغاندىن كېيىن، كېيىنكى بەتتە بىر تالون ئالىسىز.',

  'received.title': 'دوكلاتىڭىز يوللاندى',
  'received.reference': 'پايدىلىنىش نومۇرى: {reference}',
  'received.receipt.heading': 'تالونىڭىز: ھازىرلا ساقلاڭ',
  'received.receipt.lead':
    'بۇ تالون دوكلاتىڭىزغا قايتىشنىڭ بىردىنبىر يولى. ئۇنى پەقەت مۇشۇ قېتىملا كۆرسىتىمىز: كۆچۈرمىسىنى ساقلىمايمىز، قايتا كۆرسىتەلمەيمىز.',
  'received.receipt.label': 'تالون',
  'received.save.heading': 'ئۇنى قانداق بىخەتەر ساقلاش',
  'received.save.paper': 'ئۇنى قەغەزگە يېزىڭ ياكى مەخپىي نومۇر باشقۇرغۇچىدا ساقلاڭ.',
  'received.save.hide':
    'ئۇنى سىزنى نازارەت قىلىۋاتقان بولۇشى مۇمكىن كىشىلەر تاپالمايدىغان يەردە ساقلاڭ. ئېلخەت ياكى ئۇچۇرلىرىڭىزنى بىرەرسى ئوقۇيالايدىغان بولسا، ئۇنى ئۆزىڭىزگە ئۇلار ئارقىلىق ئەۋەتمەڭ.',
  'received.save.lost': 'يوقىتىپ قويسىڭىز، يېڭى دوكلات يوللاپ، پايدىلىنىش نومۇرىڭىزنى تىلغا ئالسىڭىز بولىدۇ.',
  'received.next.heading': 'كېيىن نېمە بولىدۇ',
  'received.next.read':
    'گۇرۇپپىمىزدىكى بىر خادىم ھەر بىر دوكلاتنى ئوقۇيدۇ. خەتەرگە ئائىت دوكلاتلار ئالدى بىلەن ئوقۇلىدۇ.',
  'received.next.comeBack':
    'بىر نەچچە كۈندىن كېيىن، تالونىڭىز بىلەن «ئەھۋالىنى كۆرۈش» كە قايتىپ كېلىپ، ئەھۋالنى ۋە بىزنىڭ ئۇچۇرلىرىمىزنى كۆرۈڭ.',
  'received.next.contact':
    'ئالاقە ئۇچۇرى بېرىپ، ئالاقىلىشىشقا قوشۇلغان بولسىڭىز، پەقەت سىز تەلەپ قىلغان ئۇسۇلنىلا ئىشلىتىمىز.',
  'received.followUpLink': 'ئەھۋال كۆرۈش بېتىگە بېرىش',

  'followup.title': 'دوكلاتىڭىزنىڭ ئەھۋالى',
  'followup.intro':
    'دوكلاتىڭىزنى يوللىغاندا ئالغان تالوننى كىرگۈزۈڭ. ئۇ 7KQ4-M2XD-9PLW-R8TC-5HNB غا ئوخشايدۇ.',
  'followup.receipt.label': 'تالون',
  'followup.receipt.hint': '20 ھەرپ ۋە رەقەم. سىزىقچە، بوشلۇق ۋە كىچىك ھەرپلەرنىڭ ئەھمىيىتى يوق.',
  'followup.open': 'دوكلاتىمنى كۆرسىتىش',
  'followup.noTrace':
    'تالونىڭىز بۇ توركۆرگۈچتە ساقلانمايدۇ: cookie يوق، ئادرېس ستونىدىمۇ يوق. ئىشىڭىز تۈگىگەندە بەتنى تاقاڭ.',
  'followup.reference': 'پايدىلىنىش نومۇرى: {reference}',
  'followup.receivedAt': 'يوللانغان ۋاقتى: {date}',
  'followup.status.heading': 'ھازىرقى ئەھۋال',
  'followup.messages.heading': 'ئۇچۇرلار',
  'followup.messages.none': 'تېخى ئۇچۇر يوق.',
  'followup.messages.fromUs': 'FocalPoint تىن، {date}',
  'followup.messages.fromYou': 'سىزدىن، {date}',
  'followup.reply.label': 'بىزگە يېزىڭ',
  'followup.reply.submit': 'ئۇچۇر يوللاش',
  'followup.reply.sent': 'ئۇچۇرىڭىز يوللاندى.',
  'followup.add.heading': 'ئۇچۇر ياكى ھۆججەت قوشۇش',
  'followup.add.label': 'نېمە قوشماقچىسىز؟',
  'followup.add.files': 'ھۆججەتلەر',
  'followup.add.submit': 'دوكلاتىمغا قوشۇش',
  'followup.add.done': 'رەھمەت. دوكلاتىڭىزغا قوشۇلدى.',
  'followup.add.filesCount': '{count} ھۆججەت قوشۇلدى.',
  'followup.evidence.heading': 'سىز يوللىغان ھۆججەتلەر',
  'followup.evidence.item': '{type}، {size} KB، {date} دا يوللانغان',
  'followup.consents.heading': 'رازىلىقىڭىز',
  'followup.consents.submit': 'تاللىشىمنى ساقلاش',
  'followup.consents.saved': 'تاللىشىڭىز ساقلاندى.',
  'followup.delete.heading': 'دوكلاتىمنى ئۆچۈرۈش',
  'followup.delete.body':
    'دوكلاتىڭىزنى ۋە سىز يوللىغان ھەممە نەرسىنى ئۆچۈرىمىز. بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ. دوكلاتىڭىز رازىلىقىڭىز بىلەن ساقچىغا بېرىلگەن بولسا، ئۇلارغا سىزنىڭ تەلىپىڭىزنى ئېيتىمىز.',
  'followup.delete.confirm': 'ھەئە، دوكلاتىمنىڭ ئۆچۈرۈلۈشىنى خالايمەن',
  'followup.delete.submit': 'ئۆچۈرۈشنى تەلەپ قىلىش',
  'followup.delete.done': 'بۇ دوكلاتنى ئۆچۈرۈش تەلىپىڭىزنى تاپشۇرۇۋالدۇق.',
  'followup.delete.already': 'سىز {date} دا ئۆچۈرۈشنى تەلەپ قىلغان.',
  'followup.delete.confirmRequired':
    'دوكلاتىڭىزنى ئۆچۈرۈشنى خالايدىغانلىقىڭىزنى جەزملەش ئۈچۈن كاتەكچىنى بەلگىلەڭ.',
  'followup.leave': 'ئىشىم تۈگىدى: بۇ بەتتىن ئايرىلىش',

  // Error messages the public pages show (errors.ts carries English and French only).
  'error.validation': 'بەزى جاۋابلارغا قايتا قاراش كېرەك.',
  'error.required': 'بۇ چوقۇم تولدۇرۇلىدۇ.',
  'error.tooLong': 'بۇ بەك ئۇزۇن (ئەڭ كۆپ بولغاندا {max} ھەرپ).',
  'error.tooShort': 'بۇ بەك قىسقا (ئەڭ ئاز بولغاندا {min} ھەرپ).',
  'error.tooMany': 'ئەڭ كۆپ بولغاندا {max} نى تاللاڭ.',
  'error.invalidChoice': 'بۇ بېرىلگەن تاللاشلارنىڭ بىرى ئەمەس.',
  'error.invalidDate': 'ھەقىقىي چېسلانى YYYY-MM-DD شەكلىدە كىرگۈزۈڭ.',
  'error.futureDate': 'بۇ چېسلا كەلگۈسىدە.',
  'error.dateOrder': 'ئاخىرلىشىش چېسلاسى باشلىنىش چېسلاسىدىن بۇرۇن.',
  'error.invalidEmail': 'name@example.org غا ئوخشاش ئېلخەت ئادرېسى كىرگۈزۈڭ.',
  'error.invalid': 'بۇ قىممەت ئىناۋەتسىز.',
  'error.badRequest': 'يوللانغان مەزمۇننى ئوقۇغىلى بولمىدى.',
  'error.payloadTooLarge': 'يوللىغىنىڭىز بەك چوڭ.',
  'error.fileTooLarge': 'بۇ ھۆججەت بەك چوڭ (ئەڭ كۆپ بولغاندا {max} MB).',
  'error.fileType': 'بۇ خىل ھۆججەتنى قوبۇل قىلالمايمىز. رەسىم، PDF، تېكىست، ئۈن ياكى سىن يوللاڭ.',
  'error.notFound': 'تېپىلمىدى.',
  'error.rateLimited':
    'سىناش قېتىمى بەك كۆپ. {minutes} مىنۇتتىن كېيىن قايتا سىناڭ. يازغانلىرىڭىزدىن ھېچنېمە يوقالمىدى.',
  'error.unavailable':
    'FocalPoint ۋاقىتلىق ئىشلىمەيۋاتىدۇ. بىر نەچچە سېكۇنتتىن كېيىن قايتا سىناڭ. تېخى ھېچنېمە ساقلانمىدى.',
  'error.internal': 'بىز تەرەپتە مەسىلە كۆرۈلدى. يازغانلىرىڭىزدىن ھېچنېمە يوقالمىدى؛ قايتا سىناڭ.',
  'error.conflict': 'بۇ ئارىلىقتا باشقا بىرى بۇنى ئۆزگەرتتى. قايتا يۈكلەپ سىناڭ.',
};

export const publicSite = {
  en,
  fr,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  bo,
  ug,
} satisfies Catalog;

export type { PublicKey };

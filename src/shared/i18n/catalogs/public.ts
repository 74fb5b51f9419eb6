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
  'public.optional': '(optional)',
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
  'form.identifiers.hint': 'One per row. For an account, also choose the platform.',
  'form.identifier.kind': 'Row {n}: what is it?',
  'form.identifier.platform': 'Row {n}: platform, for an account',
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
  'followup.notFound': 'We found no report with this receipt. Check it and try again.',
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
  'public.optional': '(facultatif)',
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
  'form.identifiers.hint': 'Un par ligne. Pour un compte, choisissez aussi la plateforme.',
  'form.identifier.kind': 'Ligne {n} : de quoi s’agit-il?',
  'form.identifier.platform': 'Ligne {n} : plateforme, pour un compte',
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
  'followup.notFound': 'Aucun signalement ne correspond à ce reçu. Vérifiez-le et réessayez.',
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

const zhHans: Partial<Record<PublicKey, string>> = {};
const zhHant: Partial<Record<PublicKey, string>> = {};
const bo: Partial<Record<PublicKey, string>> = {};
const ug: Partial<Record<PublicKey, string>> = {};

export const publicSite = {
  en,
  fr,
  'zh-Hans': zhHans as Record<string, string>,
  'zh-Hant': zhHant as Record<string, string>,
  bo: bo as Record<string, string>,
  ug: ug as Record<string, string>,
} satisfies Catalog;

export type { PublicKey };

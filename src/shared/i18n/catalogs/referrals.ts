import type { Catalog } from '../catalog.ts';

/**
 * Referrals: the API's errors, the package's bilingual headings, the partner portal (staff locales), and
 * what the reporter reads in follow-up (every public locale: `referrals.news.*`).
 */
export const referrals = {
  en: {
    'referrals.error.orgNameTaken': 'Another organisation already has this name.',
    'referrals.error.orgInactive': 'This organisation is inactive; choose another one.',
    'referrals.error.noPoliceConsent':
      'The person did not agree to their report going to the police. Only a supervisor-approved imminent-danger override can send it.',
    'referrals.error.noContactConsent':
      'The person did not agree to be contacted, so this report cannot go to this partner without a supervisor-approved imminent-danger override.',
    'referrals.error.overrideReasonRequired': 'Give the reason the danger cannot wait for consent.',
    'referrals.error.overrideReasonOnlyForOverride':
      'A reason is only given with an imminent-danger override.',
    'referrals.error.notPending': 'This referral is not waiting for approval.',
    'referrals.error.consentWithdrawn':
      'The person withdrew the consent this referral relied on: nothing more can be shared.',
    'referrals.error.originalNotAllowed': 'Only police and intelligence partners may receive original files.',
    'referrals.error.noSanitisedCopy': 'This file has no sanitised copy.',
    'referrals.error.caseMerged': 'This case was merged into another; refer that one instead.',
    'referrals.error.notSent': 'This referral has not been sent yet.',

    'referrals.outcome.investigating': 'Investigating',
    'referrals.outcome.charges_laid': 'Charges laid',
    'referrals.outcome.no_offence_found': 'No offence found',
    'referrals.outcome.referred_elsewhere': 'Referred elsewhere',
    'referrals.outcome.closed': 'Closed',
    'referrals.basis.consent': 'With the person’s consent',
    'referrals.basis.imminent_danger': 'Imminent danger (supervisor-approved override)',

    'referrals.package.title': 'Referral package',
    'referrals.package.referral': 'Referral',
    'referrals.package.case': 'Case',
    'referrals.package.report': 'Report',
    'referrals.package.narrative': 'What happened, in the person’s words',
    'referrals.package.classification': 'Classification',
    'referrals.package.perpetrators': 'Who did it',
    'referrals.package.identifiers': 'Identifiers',
    'referrals.package.contact': 'Contact details',
    'referrals.package.noContact': 'The person did not agree to be contacted: no contact details are shared.',
    'referrals.package.timeline': 'Timeline',
    'referrals.package.manifest': 'Evidence manifest',
    'referrals.package.manifestNote':
      'SHA-256 of each file as uploaded, taken at receipt; the sanitised copy has its metadata removed.',
    'referrals.package.packageHash': 'SHA-256 of the JSON package',
    'referrals.package.nonLatin':
      'Some text is in a script this PDF cannot display; it is given exactly in the JSON package.',
    'referrals.package.none': 'None',

    'referrals.portal.title': 'Referrals to your organisation',
    'referrals.portal.staffTitle': 'Referrals',
    'referrals.portal.empty': 'No referrals yet.',
    'referrals.portal.case': 'Case',
    'referrals.portal.sentAt': 'Sent',
    'referrals.portal.status': 'Status',
    'referrals.portal.purpose': 'Purpose',
    'referrals.portal.note': 'Note from the focal point',
    'referrals.portal.basis': 'Basis',
    'referrals.portal.awaitingAck': 'Awaiting your acknowledgement',
    'referrals.portal.acknowledgedAt': 'Acknowledged on {date}',
    'referrals.portal.overdue': 'Acknowledgement overdue',
    'referrals.portal.consentWithdrawn':
      'Consent withdrawn: the person withdrew their consent. Do not use or share this referral further.',
    'referrals.portal.deletionRequested': 'The person asked for their report to be deleted.',
    'referrals.portal.open': 'Open',
    'referrals.portal.back': 'Back to the list',
    'referrals.portal.downloads': 'Package and evidence',
    'referrals.portal.downloadPdf': 'Download the package (PDF)',
    'referrals.portal.downloadJson': 'Download the package (JSON)',
    'referrals.portal.packageHash': 'Package SHA-256: {hash}',
    'referrals.portal.evidence': 'Evidence files',
    'referrals.portal.downloadFile': 'Download file {n} (sanitised copy)',
    'referrals.portal.fileLine': 'File {n}: {type}, {size} bytes, received {date}',
    'referrals.portal.answer': 'Your answer',
    'referrals.portal.acknowledge': 'Acknowledge receipt',
    'referrals.portal.reference': 'Your reference number',
    'referrals.portal.outcome': 'Outcome',
    'referrals.portal.outcomeNone': 'No outcome yet',
    'referrals.portal.outcomeNote': 'Note on the outcome',
    'referrals.portal.save': 'Save',
    'referrals.portal.saved': 'Saved.',
    'referrals.portal.history': 'History',
    'referrals.portal.event.created': 'Referral created',
    'referrals.portal.event.override_requested': 'Imminent-danger override requested',
    'referrals.portal.event.override_approved': 'Imminent-danger override approved',
    'referrals.portal.event.sent': 'Sent',
    'referrals.portal.event.acknowledged': 'Acknowledged',
    'referrals.portal.event.outcome': 'Outcome: {outcome}',

    'referrals.notify.sent.subject': 'New referral {reference} from the focal point',
    'referrals.notify.sent.body':
      'The focal point has referred case {reference} to your organisation. Sign in to read it, download the package and acknowledge receipt: {link}',
    'referrals.notify.override.subject': 'Imminent danger: a referral of {reference} awaits your approval',
    'referrals.notify.override.body':
      'A caseworker asks to refer case {reference} without the person’s consent because of imminent danger. Sign in to review it and approve it: {link}',

    'referrals.notify.withdrawn.subject': 'Consent withdrawn: referral {reference}',
    'referrals.notify.withdrawn.body':
      'The person withdrew the consent on which the focal point referred case {reference} to your organisation. Do not use or share it further. Sign in for details: {link}',
    'referrals.staff.title': 'Referrals',
    'referrals.staff.empty': 'This case has not been referred.',
    'referrals.staff.partner': 'Partner',
    'referrals.staff.pending': 'Awaiting a supervisor’s approval',
    'referrals.staff.approve': 'Approve and send',
    'referrals.staff.new': 'Refer this case',
    'referrals.staff.choose': 'Choose an organisation',
    'referrals.staff.basisHint':
      'Police and intelligence partners need the person’s consent to referral to police; other partners need their consent to be contacted.',
    'referrals.staff.overrideReason': 'Why the danger cannot wait for consent',
    'referrals.staff.overrideHint':
      'Sealed and audited. A caseworker’s request waits for a supervisor; a supervisor’s is sent at once.',
    'referrals.staff.submit': 'Refer',
    'referrals.staff.sent': 'Referral recorded.',

    'referrals.news.partner.police': 'the police',
    'referrals.news.partner.intelligence': 'a national security agency',
    'referrals.news.partner.university': 'a university security office',
    'referrals.news.partner.platform': 'an online platform',
    'referrals.news.partner.victim_services': 'a victim-services organisation',
    'referrals.news.partner.regulator': 'a regulator (a commissioner for foreign-influence transparency)',
    'referrals.news.partner.other': 'a partner organisation',
    'referrals.news.referred': 'On {date}, your report was referred to {partner}.',
    'referrals.news.acknowledged': 'On {date}, {partner} confirmed they received it.',
    'referrals.news.outcome.investigating': 'On {date}, {partner} told us they are investigating.',
    'referrals.news.outcome.charges_laid': 'On {date}, {partner} told us that charges have been laid.',
    'referrals.news.outcome.no_offence_found':
      'On {date}, {partner} told us they did not find an offence they could act on. This does not mean that what happened to you was not serious.',
    'referrals.news.outcome.referred_elsewhere':
      'On {date}, {partner} told us they passed your report to another organisation better placed to act.',
    'referrals.news.outcome.closed': 'On {date}, {partner} told us they have closed their file.',
  },
  fr: {
    'referrals.error.orgNameTaken': 'Un autre organisme porte déjà ce nom.',
    'referrals.error.orgInactive': 'Cet organisme est inactif; choisissez-en un autre.',
    'referrals.error.noPoliceConsent':
      'La personne n’a pas accepté que son signalement soit transmis à la police. Seule une dérogation pour danger imminent approuvée par un superviseur permet de l’envoyer.',
    'referrals.error.noContactConsent':
      'La personne n’a pas accepté d’être contactée; ce signalement ne peut donc pas être transmis à ce partenaire sans une dérogation pour danger imminent approuvée par un superviseur.',
    'referrals.error.overrideReasonRequired':
      'Indiquez pourquoi le danger ne peut pas attendre le consentement.',
    'referrals.error.overrideReasonOnlyForOverride':
      'Un motif n’est donné qu’avec une dérogation pour danger imminent.',
    'referrals.error.notPending': 'Ce renvoi n’attend pas d’approbation.',
    'referrals.error.consentWithdrawn':
      'La personne a retiré le consentement sur lequel reposait ce renvoi : plus rien ne peut être communiqué.',
    'referrals.error.originalNotAllowed':
      'Seuls les partenaires policiers et du renseignement peuvent recevoir les fichiers originaux.',
    'referrals.error.noSanitisedCopy': 'Ce fichier n’a pas de copie nettoyée.',
    'referrals.error.caseMerged': 'Ce dossier a été fusionné avec un autre; renvoyez plutôt celui-là.',
    'referrals.error.notSent': 'Ce renvoi n’a pas encore été envoyé.',

    'referrals.outcome.investigating': 'Enquête en cours',
    'referrals.outcome.charges_laid': 'Accusations portées',
    'referrals.outcome.no_offence_found': 'Aucune infraction constatée',
    'referrals.outcome.referred_elsewhere': 'Transmis ailleurs',
    'referrals.outcome.closed': 'Fermé',
    'referrals.basis.consent': 'Avec le consentement de la personne',
    'referrals.basis.imminent_danger': 'Danger imminent (dérogation approuvée par un superviseur)',

    'referrals.package.title': 'Dossier de renvoi',
    'referrals.package.referral': 'Renvoi',
    'referrals.package.case': 'Dossier',
    'referrals.package.report': 'Signalement',
    'referrals.package.narrative': 'Ce qui s’est passé, dans les mots de la personne',
    'referrals.package.classification': 'Classification',
    'referrals.package.perpetrators': 'Auteurs',
    'referrals.package.identifiers': 'Identifiants',
    'referrals.package.contact': 'Coordonnées',
    'referrals.package.noContact':
      'La personne n’a pas accepté d’être contactée : aucune coordonnée n’est communiquée.',
    'referrals.package.timeline': 'Chronologie',
    'referrals.package.manifest': 'Inventaire des preuves',
    'referrals.package.manifestNote':
      'SHA-256 de chaque fichier tel que téléversé, calculé à la réception; la copie nettoyée est dépourvue de métadonnées.',
    'referrals.package.packageHash': 'SHA-256 du dossier JSON',
    'referrals.package.nonLatin':
      'Une partie du texte est dans une écriture que ce PDF ne peut pas afficher; elle figure telle quelle dans le dossier JSON.',
    'referrals.package.none': 'Aucun',

    'referrals.portal.title': 'Renvois à votre organisme',
    'referrals.portal.staffTitle': 'Renvois',
    'referrals.portal.empty': 'Aucun renvoi pour l’instant.',
    'referrals.portal.case': 'Dossier',
    'referrals.portal.sentAt': 'Envoyé',
    'referrals.portal.status': 'Statut',
    'referrals.portal.purpose': 'Objet',
    'referrals.portal.note': 'Note du point focal',
    'referrals.portal.basis': 'Fondement',
    'referrals.portal.awaitingAck': 'En attente de votre accusé de réception',
    'referrals.portal.acknowledgedAt': 'Réception confirmée le {date}',
    'referrals.portal.overdue': 'Accusé de réception en retard',
    'referrals.portal.consentWithdrawn':
      'Consentement retiré : la personne a retiré son consentement. N’utilisez plus et ne communiquez plus ce renvoi.',
    'referrals.portal.deletionRequested': 'La personne a demandé la suppression de son signalement.',
    'referrals.portal.open': 'Ouvrir',
    'referrals.portal.back': 'Retour à la liste',
    'referrals.portal.downloads': 'Dossier et preuves',
    'referrals.portal.downloadPdf': 'Télécharger le dossier (PDF)',
    'referrals.portal.downloadJson': 'Télécharger le dossier (JSON)',
    'referrals.portal.packageHash': 'SHA-256 du dossier : {hash}',
    'referrals.portal.evidence': 'Fichiers de preuve',
    'referrals.portal.downloadFile': 'Télécharger le fichier {n} (copie nettoyée)',
    'referrals.portal.fileLine': 'Fichier {n} : {type}, {size} octets, reçu le {date}',
    'referrals.portal.answer': 'Votre réponse',
    'referrals.portal.acknowledge': 'Confirmer la réception',
    'referrals.portal.reference': 'Votre numéro de référence',
    'referrals.portal.outcome': 'Résultat',
    'referrals.portal.outcomeNone': 'Pas encore de résultat',
    'referrals.portal.outcomeNote': 'Note sur le résultat',
    'referrals.portal.save': 'Enregistrer',
    'referrals.portal.saved': 'Enregistré.',
    'referrals.portal.history': 'Historique',
    'referrals.portal.event.created': 'Renvoi créé',
    'referrals.portal.event.override_requested': 'Dérogation pour danger imminent demandée',
    'referrals.portal.event.override_approved': 'Dérogation pour danger imminent approuvée',
    'referrals.portal.event.sent': 'Envoyé',
    'referrals.portal.event.acknowledged': 'Réception confirmée',
    'referrals.portal.event.outcome': 'Résultat : {outcome}',

    'referrals.notify.sent.subject': 'Nouveau renvoi {reference} du point focal',
    'referrals.notify.sent.body':
      'Le point focal a renvoyé le dossier {reference} à votre organisme. Connectez-vous pour le lire, télécharger le dossier et en confirmer la réception : {link}',
    'referrals.notify.override.subject':
      'Danger imminent : un renvoi de {reference} attend votre approbation',
    'referrals.notify.override.body':
      'Un intervenant demande de renvoyer le dossier {reference} sans le consentement de la personne en raison d’un danger imminent. Connectez-vous pour l’examiner et l’approuver : {link}',

    'referrals.notify.withdrawn.subject': 'Consentement retiré : renvoi {reference}',
    'referrals.notify.withdrawn.body':
      'La personne a retiré le consentement sur lequel le point focal a renvoyé le dossier {reference} à votre organisme. Ne l’utilisez plus et ne le communiquez plus. Connectez-vous pour en savoir plus : {link}',
    'referrals.staff.title': 'Renvois',
    'referrals.staff.empty': 'Ce dossier n’a pas été renvoyé.',
    'referrals.staff.partner': 'Partenaire',
    'referrals.staff.pending': 'En attente de l’approbation d’un superviseur',
    'referrals.staff.approve': 'Approuver et envoyer',
    'referrals.staff.new': 'Renvoyer ce dossier',
    'referrals.staff.choose': 'Choisissez un organisme',
    'referrals.staff.basisHint':
      'Les partenaires policiers et du renseignement exigent le consentement de la personne au renvoi à la police; les autres, son consentement à être contactée.',
    'referrals.staff.overrideReason': 'Pourquoi le danger ne peut pas attendre le consentement',
    'referrals.staff.overrideHint':
      'Scellé et journalisé. La demande d’un intervenant attend un superviseur; celle d’un superviseur est envoyée aussitôt.',
    'referrals.staff.submit': 'Renvoyer',
    'referrals.staff.sent': 'Renvoi enregistré.',

    'referrals.news.partner.police': 'la police',
    'referrals.news.partner.intelligence': 'un organisme de sécurité nationale',
    'referrals.news.partner.university': 'un service de sécurité universitaire',
    'referrals.news.partner.platform': 'une plateforme en ligne',
    'referrals.news.partner.victim_services': 'un organisme d’aide aux victimes',
    'referrals.news.partner.regulator':
      'une autorité de réglementation (un commissaire à la transparence en matière d’influence étrangère)',
    'referrals.news.partner.other': 'un organisme partenaire',
    'referrals.news.referred': 'Le {date}, votre signalement a été transmis à {partner}.',
    'referrals.news.acknowledged': 'Le {date}, {partner} a confirmé l’avoir reçu.',
    'referrals.news.outcome.investigating': 'Le {date}, {partner} nous a indiqué mener une enquête.',
    'referrals.news.outcome.charges_laid':
      'Le {date}, {partner} nous a indiqué que des accusations ont été portées.',
    'referrals.news.outcome.no_offence_found':
      'Le {date}, {partner} nous a indiqué ne pas avoir trouvé d’infraction sur laquelle agir. Cela ne veut pas dire que ce que vous avez vécu n’est pas grave.',
    'referrals.news.outcome.referred_elsewhere':
      'Le {date}, {partner} nous a indiqué avoir transmis votre signalement à un autre organisme mieux placé pour agir.',
    'referrals.news.outcome.closed': 'Le {date}, {partner} nous a indiqué avoir fermé son dossier.',
  },
  'zh-Hans': {
    'referrals.news.partner.police': '警方',
    'referrals.news.partner.intelligence': '国家安全机构',
    'referrals.news.partner.university': '大学安保部门',
    'referrals.news.partner.platform': '网络平台',
    'referrals.news.partner.victim_services': '受害者援助机构',
    'referrals.news.partner.regulator': '监管机构（外国影响透明度专员）',
    'referrals.news.partner.other': '合作机构',
    'referrals.news.referred': '{date}，您的报告已转交给{partner}。',
    'referrals.news.acknowledged': '{date}，{partner}确认已收到。',
    'referrals.news.outcome.investigating': '{date}，{partner}告知我们正在调查。',
    'referrals.news.outcome.charges_laid': '{date}，{partner}告知我们已提出起诉。',
    'referrals.news.outcome.no_offence_found':
      '{date}，{partner}告知我们未发现可以采取行动的违法行为。这并不意味着您的遭遇不严重。',
    'referrals.news.outcome.referred_elsewhere':
      '{date}，{partner}告知我们已将您的报告转交给更适合处理的其他机构。',
    'referrals.news.outcome.closed': '{date}，{partner}告知我们已结案。',
  },
  'zh-Hant': {
    'referrals.news.partner.police': '警方',
    'referrals.news.partner.intelligence': '國家安全機構',
    'referrals.news.partner.university': '大學保安部門',
    'referrals.news.partner.platform': '網路平台',
    'referrals.news.partner.victim_services': '受害者援助機構',
    'referrals.news.partner.regulator': '監管機構（外國影響透明度專員）',
    'referrals.news.partner.other': '合作機構',
    'referrals.news.referred': '{date}，您的報告已轉交給{partner}。',
    'referrals.news.acknowledged': '{date}，{partner}確認已收到。',
    'referrals.news.outcome.investigating': '{date}，{partner}告知我們正在調查。',
    'referrals.news.outcome.charges_laid': '{date}，{partner}告知我們已提出起訴。',
    'referrals.news.outcome.no_offence_found':
      '{date}，{partner}告知我們未發現可以採取行動的違法行為。這並不表示您的遭遇不嚴重。',
    'referrals.news.outcome.referred_elsewhere':
      '{date}，{partner}告知我們已將您的報告轉交給更適合處理的其他機構。',
    'referrals.news.outcome.closed': '{date}，{partner}告知我們已結案。',
  },
  bo: {
    'referrals.news.partner.police': 'ཉེན་རྟོག་ལས་ཁུངས།',
    'referrals.news.partner.intelligence': 'རྒྱལ་ཁབ་བདེ་འཇགས་ལས་ཁུངས།',
    'referrals.news.partner.university': 'སློབ་གྲྭ་ཆེན་མོའི་བདེ་སྲུང་ལས་ཁུངས།',
    'referrals.news.partner.platform': 'དྲ་རྒྱའི་སྟེགས་བུ།',
    'referrals.news.partner.victim_services': 'གནོད་འཚེ་ཕོག་མཁན་ལ་རོགས་རམ་བྱེད་པའི་ལས་ཁུངས།',
    'referrals.news.partner.regulator': 'ཕྱི་རྒྱལ་གྱི་ཤུགས་རྐྱེན་གསལ་ཁྲ་དོ་དམ་ལས་ཁུངས།',
    'referrals.news.partner.other': 'མཉམ་ལས་ལས་ཁུངས།',
    'referrals.news.referred': '{date} ཉིན། ཁྱེད་ཀྱི་སྙན་ཞུ་ {partner} ལ་སྤྲད་ཟིན།',
    'referrals.news.acknowledged': '{date} ཉིན། {partner} ཡིས་འབྱོར་བ་ཡིན་པ་གཏན་འཁེལ་བྱས།',
    'referrals.news.outcome.investigating': '{date} ཉིན། {partner} ཡིས་ཞིབ་བཤེར་བྱེད་བཞིན་ཡོད་ཅེས་ང་ཚོར་བརྡ་ལན་བྱུང་།',
    'referrals.news.outcome.charges_laid': '{date} ཉིན། {partner} ཡིས་ཁྲིམས་གཏུག་བྱས་ཟིན་ཅེས་ང་ཚོར་བརྡ་ལན་བྱུང་།',
    'referrals.news.outcome.no_offence_found':
      '{date} ཉིན། {partner} ཡིས་ལས་འགུལ་སྤེལ་ཐུབ་པའི་ཁྲིམས་འགལ་མ་རྙེད་ཅེས་ང་ཚོར་བརྡ་ལན་བྱུང་། དེས་ཁྱེད་ལ་བྱུང་བའི་དོན་དག་ཚབས་ཆེན་མིན་ཞེས་པའི་དོན་མིན།',
    'referrals.news.outcome.referred_elsewhere':
      '{date} ཉིན། {partner} ཡིས་ཁྱེད་ཀྱི་སྙན་ཞུ་ལས་ཀ་སྒྲུབ་པར་འོས་པའི་ལས་ཁུངས་གཞན་ཞིག་ལ་སྤྲད་ཟིན་ཅེས་ང་ཚོར་བརྡ་ལན་བྱུང་།',
    'referrals.news.outcome.closed': '{date} ཉིན། {partner} ཡིས་ཡིག་ཆ་མཇུག་སྒྲིལ་ཟིན་ཅེས་ང་ཚོར་བརྡ་ལན་བྱུང་།',
  },
  ug: {
    'referrals.news.partner.police': 'ساقچى ئورگىنى',
    'referrals.news.partner.intelligence': 'دۆلەت بىخەتەرلىك ئورگىنى',
    'referrals.news.partner.university': 'ئۇنىۋېرسىتېت بىخەتەرلىك ئىشخانىسى',
    'referrals.news.partner.platform': 'تور سۇپىسى',
    'referrals.news.partner.victim_services': 'زىيانكەشلىككە ئۇچرىغۇچىلارغا ياردەم بېرىش ئورگىنى',
    'referrals.news.partner.regulator': 'نازارەت ئورگىنى (چەتئەل تەسىرى ئاشكارىلىق كومىسسارى)',
    'referrals.news.partner.other': 'ھەمكارلاشقۇچى ئورگان',
    'referrals.news.referred': '{date} كۈنى، دوكلاتىڭىز مۇنۇ ئورگانغا يوللاندى: {partner}.',
    'referrals.news.acknowledged': '{date} كۈنى، {partner} تاپشۇرۇۋالغانلىقىنى جەزملەشتۈردى.',
    'referrals.news.outcome.investigating': '{date} كۈنى، {partner} تەكشۈرۈۋاتقانلىقىنى بىزگە ئۇقتۇردى.',
    'referrals.news.outcome.charges_laid': '{date} كۈنى، {partner} ئەيىبلەش قويۇلغانلىقىنى بىزگە ئۇقتۇردى.',
    'referrals.news.outcome.no_offence_found':
      '{date} كۈنى، {partner} تەدبىر قوللانغىلى بولىدىغان جىنايەت تاپالمىغانلىقىنى بىزگە ئۇقتۇردى. بۇ سىزنىڭ بېشىڭىزغا كەلگەن ئىشنىڭ ئېغىر ئەمەسلىكىنى بىلدۈرمەيدۇ.',
    'referrals.news.outcome.referred_elsewhere':
      '{date} كۈنى، {partner} دوكلاتىڭىزنى بىر تەرەپ قىلىشقا تېخىمۇ مۇۋاپىق باشقا بىر ئورگانغا يوللىغانلىقىنى بىزگە ئۇقتۇردى.',
    'referrals.news.outcome.closed': '{date} كۈنى، {partner} ھۆججەتنى تاقىغانلىقىنى بىزگە ئۇقتۇردى.',
  },
  ru: {
    'referrals.news.partner.police': 'полиция',
    'referrals.news.partner.intelligence': 'служба национальной безопасности',
    'referrals.news.partner.university': 'служба безопасности университета',
    'referrals.news.partner.platform': 'онлайн-платформа',
    'referrals.news.partner.victim_services': 'организация помощи пострадавшим',
    'referrals.news.partner.regulator':
      'надзорный орган (уполномоченный по прозрачности иностранного влияния)',
    'referrals.news.partner.other': 'организация-партнёр',
    'referrals.news.referred': '{date}: ваше обращение передано. Получатель: {partner}.',
    'referrals.news.acknowledged': '{date}: получатель подтвердил, что получил обращение ({partner}).',
    'referrals.news.outcome.investigating': '{date}: нам сообщили, что идёт расследование ({partner}).',
    'referrals.news.outcome.charges_laid': '{date}: нам сообщили, что предъявлены обвинения ({partner}).',
    'referrals.news.outcome.no_offence_found':
      '{date}: нам сообщили, что не найдено правонарушения, по которому можно принять меры ({partner}). Это не значит, что случившееся с вами не серьёзно.',
    'referrals.news.outcome.referred_elsewhere':
      '{date}: нам сообщили, что ваше обращение передано в другую организацию, которая может лучше помочь ({partner}).',
    'referrals.news.outcome.closed': '{date}: нам сообщили, что дело закрыто ({partner}).',
  },
  fa: {
    'referrals.news.partner.police': 'پلیس',
    'referrals.news.partner.intelligence': 'یک نهاد امنیت ملی',
    'referrals.news.partner.university': 'دفتر امنیت یک دانشگاه',
    'referrals.news.partner.platform': 'یک پلتفرم اینترنتی',
    'referrals.news.partner.victim_services': 'یک سازمان یاری‌رسان به قربانیان',
    'referrals.news.partner.regulator': 'یک نهاد ناظر (کمیسر شفافیت نفوذ خارجی)',
    'referrals.news.partner.other': 'یک سازمان همکار',
    'referrals.news.referred': 'در {date}، گزارش شما به {partner} فرستاده شد.',
    'referrals.news.acknowledged': 'در {date}، {partner} دریافت آن را تأیید کرد.',
    'referrals.news.outcome.investigating': 'در {date}، {partner} به ما خبر داد که در حال تحقیق است.',
    'referrals.news.outcome.charges_laid': 'در {date}، {partner} به ما خبر داد که اتهام رسماً مطرح شده است.',
    'referrals.news.outcome.no_offence_found':
      'در {date}، {partner} به ما خبر داد که جرمی که بتوان دربارهٔ آن اقدام کرد پیدا نکرده است. این به این معنا نیست که آنچه بر شما گذشته جدی نیست.',
    'referrals.news.outcome.referred_elsewhere':
      'در {date}، {partner} به ما خبر داد که گزارش شما را به سازمان دیگری که برای اقدام مناسب‌تر است فرستاده است.',
    'referrals.news.outcome.closed': 'در {date}، {partner} به ما خبر داد که پرونده‌اش را بسته است.',
  },
  pa: {
    'referrals.news.partner.police': 'ਪੁਲਿਸ',
    'referrals.news.partner.intelligence': 'ਇੱਕ ਰਾਸ਼ਟਰੀ ਸੁਰੱਖਿਆ ਏਜੰਸੀ',
    'referrals.news.partner.university': 'ਇੱਕ ਯੂਨੀਵਰਸਿਟੀ ਦਾ ਸੁਰੱਖਿਆ ਦਫ਼ਤਰ',
    'referrals.news.partner.platform': 'ਇੱਕ ਆਨਲਾਈਨ ਪਲੇਟਫਾਰਮ',
    'referrals.news.partner.victim_services': 'ਪੀੜਤਾਂ ਦੀ ਮਦਦ ਕਰਨ ਵਾਲੀ ਇੱਕ ਸੰਸਥਾ',
    'referrals.news.partner.regulator': 'ਇੱਕ ਨਿਯੰਤਰਕ ਅਥਾਰਟੀ (ਵਿਦੇਸ਼ੀ ਪ੍ਰਭਾਵ ਪਾਰਦਰਸ਼ਤਾ ਕਮਿਸ਼ਨਰ)',
    'referrals.news.partner.other': 'ਇੱਕ ਭਾਈਵਾਲ ਸੰਸਥਾ',
    'referrals.news.referred': '{date} ਨੂੰ, ਤੁਹਾਡੀ ਰਿਪੋਰਟ {partner} ਨੂੰ ਭੇਜੀ ਗਈ।',
    'referrals.news.acknowledged': '{date} ਨੂੰ, {partner} ਨੇ ਪੁਸ਼ਟੀ ਕੀਤੀ ਕਿ ਇਹ ਮਿਲ ਗਈ ਹੈ।',
    'referrals.news.outcome.investigating': '{date} ਨੂੰ, {partner} ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਜਾਂਚ ਚੱਲ ਰਹੀ ਹੈ।',
    'referrals.news.outcome.charges_laid': '{date} ਨੂੰ, {partner} ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਦੋਸ਼ ਲਾਏ ਗਏ ਹਨ।',
    'referrals.news.outcome.no_offence_found':
      '{date} ਨੂੰ, {partner} ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਅਜਿਹਾ ਕੋਈ ਜੁਰਮ ਨਹੀਂ ਮਿਲਿਆ ਜਿਸ ’ਤੇ ਕਾਰਵਾਈ ਹੋ ਸਕੇ। ਇਸ ਦਾ ਮਤਲਬ ਇਹ ਨਹੀਂ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਜੋ ਹੋਇਆ ਉਹ ਗੰਭੀਰ ਨਹੀਂ।',
    'referrals.news.outcome.referred_elsewhere':
      '{date} ਨੂੰ, {partner} ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਾਰਵਾਈ ਲਈ ਵਧੇਰੇ ਢੁਕਵੀਂ ਕਿਸੇ ਹੋਰ ਸੰਸਥਾ ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।',
    'referrals.news.outcome.closed': '{date} ਨੂੰ, {partner} ਨੇ ਸਾਨੂੰ ਦੱਸਿਆ ਕਿ ਫ਼ਾਈਲ ਬੰਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।',
  },
  ar: {
    'referrals.news.partner.police': 'الشرطة',
    'referrals.news.partner.intelligence': 'جهاز للأمن الوطني',
    'referrals.news.partner.university': 'مكتب الأمن في جامعة',
    'referrals.news.partner.platform': 'منصة إلكترونية',
    'referrals.news.partner.victim_services': 'منظمة لمساعدة الضحايا',
    'referrals.news.partner.regulator': 'جهة تنظيمية (مفوّض الشفافية بشأن النفوذ الأجنبي)',
    'referrals.news.partner.other': 'منظمة شريكة',
    'referrals.news.referred': 'في {date}، أُحيل بلاغك إلى {partner}.',
    'referrals.news.acknowledged': 'في {date}، وصلنا تأكيد الاستلام من الجهة المُحال إليها ({partner}).',
    'referrals.news.outcome.investigating':
      'في {date}، أبلغتنا الجهة المُحال إليها ({partner}) بأنها تحقق في الأمر.',
    'referrals.news.outcome.charges_laid':
      'في {date}، أبلغتنا الجهة المُحال إليها ({partner}) بتوجيه اتهامات.',
    'referrals.news.outcome.no_offence_found':
      'في {date}، أبلغتنا الجهة المُحال إليها ({partner}) بأنها لم تجد مخالفة يمكن اتخاذ إجراء بشأنها. وهذا لا يعني أن ما تعرّضت له ليس خطيرًا.',
    'referrals.news.outcome.referred_elsewhere':
      'في {date}، أبلغتنا الجهة المُحال إليها ({partner}) بأنها أحالت بلاغك إلى جهة أخرى أقدر على التصرف.',
    'referrals.news.outcome.closed': 'في {date}، أبلغتنا الجهة المُحال إليها ({partner}) بأنها أغلقت ملفها.',
  },
} satisfies Catalog;

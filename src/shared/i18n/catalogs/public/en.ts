/** The public site in English: the reference every other locale is checked against (i18n.test.ts). */
export const en = {
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
  'public.translationNotice':
    'This translation was made with the help of machine translation and is waiting to be checked by native speakers. If something is unclear, you can write to us in any language.',
  'public.backHome': 'Go to the home page',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. Check the address, or start again from the home page.',

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
  'form.institution.list': 'Show the universities and colleges of this province',
  'form.institution.university': 'Universities',
  'form.institution.college': 'Colleges, cégeps and polytechnics',
  'form.institutionOther.label': 'If it is not in the list: its name',
  'form.institution.chooseProvince': 'Choose the province above first.',

  'form.tactics.legend': 'What happened? Tick everything that applies.',
  'form.channels.legend': 'How or where did it reach you? Tick everything that applies.',
  'form.communities.legend': 'Which community is targeted?',
  'form.communities.hint': 'Tick any that apply. This helps us see patterns across reports.',
  'form.suspectedState.label': 'Which country do you think is behind it?',
  'form.suspectedState.unknown': 'I do not know, or I prefer not to say',
  'form.suspectedState.more': 'Another country: show every country',
  'form.suspectedState.others': 'Every other country',
  'form.impacts.legend': 'How has it affected you or the person targeted?',

  'form.who.legend': 'Who did it?',
  'form.who.hint':
    'If you know anything about who did it, tell us. It helps us link reports about the same people. Leave this empty otherwise.',
  'form.perpetrator.legend': 'Person or group {n}',
  'form.perpetrator.description': 'Who are they? Name, role, how you know them',
  'form.perpetrator.organisation': 'Organisation or group, if they named one or you know it',
  'form.perpetrator.organisationHint':
    "For example a student association, a hometown association, a news outlet or a consulate's group.",
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
  'replay.title': 'This report was already received',
  'replay.body':
    'The form was sent a second time, for example with the Back button or by reloading the page. We already have this report, so nothing new was sent.',
  'replay.receipt':
    'For your safety, its receipt was shown only once, when the report was first sent, and it cannot be shown again. If you saved it, use it in “Follow up”. If you lost it, you can send a new report.',

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
  'followup.expired.title': 'This page has expired',
  'followup.expired.body':
    'For your safety, your report is shown only once each time you enter your receipt: going back or reloading the page does not show it again. Enter your receipt to see your report again.',
} as const;

export type PublicKey = keyof typeof en;
export type PublicMessages = Record<PublicKey, string>;

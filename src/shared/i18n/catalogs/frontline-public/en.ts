/**
 * What the front line adds to the public site, in English (the reference): the support page, the
 * confirmation of a report made in danger, the printable slip of a report taken by staff, call-back
 * requests and the safety plan in follow-up. Every locale has every key (i18n.test.ts).
 */
export const en = {
  'support.nav': 'Support',
  'support.title': 'Support and safety',
  'support.lead': 'You do not have to face this alone. Here is what you can do now, and who can help.',
  'support.now.heading': 'What to do now',
  'support.now.danger':
    'If you are in danger, call 911 first. Say that you are being threatened, and by whom if you know.',
  'support.now.record':
    'Write down what happened while you remember it: dates, times, what was said, phone numbers and accounts. Keep screenshots and messages; do not delete them.',
  'support.now.tell': 'Tell someone you trust what is happening, and agree how you will check on each other.',
  'support.now.report':
    'Report it to us. You can stay anonymous, and you decide whether we pass it to the police.',
  'support.family.heading': 'Protecting family abroad',
  'support.family.careful':
    'Pressure on relatives in the country of origin is a common tactic. Before you speak out or report, think about who there could be affected and, if you can, warn them safely.',
  'support.family.channels':
    'Assume that calls and messages to relatives may be monitored. Agree on simple code words, and do not talk about your report on those channels.',
  'support.family.pressure':
    'If relatives are questioned, detained or asked to pass messages to you, write down what happened and tell us. It is part of the pattern, and it counts.',
  'support.digital.heading': 'Digital-security basics',
  'support.digital.updates': 'Keep your phone and computer up to date, and remove apps you do not use.',
  'support.digital.accounts':
    'Use a different strong password for each account, and turn on two-step verification (an app or a security key is safer than text messages).',
  'support.digital.spyware':
    'Possible signs of spyware: a battery that runs down fast, a device that is hot when not in use, apps or settings you did not add, or people who know what you said only in private. If you suspect it, use another device and ask a digital-security helpline for help.',
  'support.digital.links':
    'Do not open links or attachments you did not expect, even from people you know. Check with the sender in another way first.',
  'support.digital.location':
    'Check which apps and accounts share your location, and turn off what you do not need.',
  'support.help.heading': 'Victim services and helplines',
  'support.help.lead':
    'These services can help. Most are free and confidential, and many can arrange an interpreter.',
  'support.help.phone': 'Phone:',
  'support.help.website': 'Website',
  'support.help.none': 'The list of services is being updated. In an emergency, call 911.',
  'support.followUp.heading': 'If you have already reported',
  'support.followUp.body':
    'With your receipt, in “Follow up”, you can ask us to call you and read your safety plan.',

  'danger.received.heading': 'You told us you are in danger right now',
  'danger.received.call': 'Call 911 now if you have not already. The police can come to you; we cannot.',
  'danger.received.next.heading': 'What happens now',
  'danger.received.next.read': 'Your report is marked urgent, and the staff on duty are alerted at once.',
  'danger.received.next.target':
    'We aim to respond to urgent reports within {minutes, plural, one {# minute} other {# minutes}}. If you gave contact details and agreed to be contacted, we will use only the way you asked.',
  'danger.received.next.safe': 'If you can, go somewhere safe and stay with people you trust.',
  'danger.received.next.callback': 'You can also ask us to call you: go to “Follow up” with your receipt.',

  'slip.title': 'Your report to FocalPoint',
  'slip.recorded': 'A member of our team recorded your report with you on {date}.',
  'slip.keep':
    'This receipt is the only way back to your report. Keep this paper where nobody who may be watching you can find it. We do not keep a copy.',
  'slip.followUp.heading': 'To follow up',
  'slip.followUp.body':
    'To see what we are doing, read our messages, add information or ask us to call you, go to this address and enter your receipt:',
  'slip.support.heading': 'Support and safety advice',

  'callback.heading': 'Ask us to call you',
  'callback.lead':
    'Give a number that is safe to call and the times when it is safe. Our call may show as an unknown number.',
  'callback.phone.label': 'A safe number to call',
  'callback.safeTimes.label': 'When is it safe to call?',
  'callback.safeTimes.hint': 'For example: weekdays after 6 pm; never at weekends.',
  'callback.language.label': 'Language to speak',
  'callback.submit': 'Ask for a call',
  'callback.requested': 'Your request has been sent. We will call you at the times you gave.',
  'callback.waiting': 'You can ask again once we have called.',
  'callback.error.alreadyAsked': 'You have already asked us to call you. We will call as soon as we can.',
  'callback.status.requested': 'You asked on {date} for us to call you. We have not called yet.',
  'callback.status.reached': 'You asked on {date} for us to call you. We called you on {doneDate}.',
  'callback.status.no_answer':
    'You asked on {date} for us to call you. We tried on {doneDate} but could not reach you. You can ask again.',
  'callback.status.unsafe_to_talk':
    'You asked on {date} for us to call you. We called on {doneDate}, but it was not a safe moment to talk. You can ask again.',
  'callback.status.wrong_number':
    'You asked on {date} for us to call you. We called on {doneDate}, but the number did not reach you. You can ask again with another number.',
  'callback.form.legend': 'Would you like us to call you?',
  'callback.form.hint': 'Only if it is safe for you. Tick the box and give a number and times.',
  'callback.form.wanted': 'Yes, please call me',

  'safetyPlan.heading': 'Your safety plan',
  'safetyPlan.lead': 'This is the plan you made with our team. Steps marked “Done” are complete.',
  'safetyPlan.updated': 'Last updated on {date}.',
  'safetyPlan.section.physical': 'Physical safety',
  'safetyPlan.section.digital': 'Digital security: accounts, devices, signs of spyware',
  'safetyPlan.section.family': 'Family in the country of origin',
  'safetyPlan.section.contacts': 'People you trust',
  'safetyPlan.section.recurrence': 'If it happens again',
  'safetyPlan.done': 'Done',
  'safetyPlan.todo': 'To do',
  'safetyPlan.contacts.heading': 'Your trusted contacts',
  'safetyPlan.support': 'More advice on the “Support” page',
} as const;

export type FrontlinePublicKey = keyof typeof en;
export type FrontlinePublicMessages = Record<FrontlinePublicKey, string>;

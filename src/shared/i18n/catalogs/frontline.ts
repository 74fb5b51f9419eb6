/**
 * The front line's staff-facing text (English and French, both complete): assisted intake, call-backs,
 * escalation of immediate risk, safety plans, support resources and the duty to warn — console pages,
 * e-mails, errors and the staff's side of the printable slip. What a reporter reads is in frontline-public.
 */
const en = {
  // Server: tasks, errors, e-mails
  'callbacks.task.title': 'Call-back requested',
  'callbacks.error.recordTheCall': 'A call-back is done when the call is recorded: use “Record the call”.',
  'callbacks.error.alreadyDone': 'This call was already recorded.',
  'escalation.email.subject':
    '{count, plural, one {An immediate-risk case was} other {# immediate-risk cases were}} not acknowledged in time',
  'escalation.email.body':
    'Nobody acknowledged {count, plural, one {this case} other {these cases}} within {minutes} minutes of arrival. The person said they were in danger, or a death threat is ongoing. Please see that someone acts now.\n\n{list}',
  'dutyToWarn.error.unknownReference': 'No report or case has this reference.',
  'dutyToWarn.error.notPolice':
    'Choose a police partner: a warning is delivered by police or by a caseworker.',
  'dutyToWarn.error.ownWarning': 'Another supervisor must sign off a warning you opened.',
  'dutyToWarn.error.notAwaitingSignoff': 'This warning is not waiting for a sign-off.',
  'dutyToWarn.error.notApproved': 'This warning is not waiting to be delivered.',
  'dutyToWarn.error.notDelivered': 'Record the delivery before the outcome.',
  'dutyToWarn.email.subject': 'A warning to deliver: {reference}',
  'dutyToWarn.email.body':
    'FocalPoint asks your organisation to deliver a warning to a person who faces a credible threat of serious harm ({reference}). Sign in to the partner portal to see who, and to record the delivery: {link}',
  'safetyPlans.error.duplicateStep': 'A step appears twice in the plan.',
  'assisted.slip.staffHint':
    'Hand this slip to the person, or read the receipt aloud. It is shown once: close this tab when you are done.',
  'assisted.slip.print': 'Print the slip',
  'assisted.slip.expired.title': 'This slip cannot be shown again',
  'assisted.slip.expired.body':
    'The slip was already opened, or too much time has passed. The receipt is never stored, so it cannot be shown again. If the person lost it, they can make a new report and mention its reference number.',
  // Dashboards and periodic reports
  'dutyToWarn.counts.title': 'Duty to warn',
  'dutyToWarn.counts.opened': 'Warnings opened',
  'dutyToWarn.counts.approved': 'Signed off',
  'dutyToWarn.counts.delivered': 'Delivered',
  'dutyToWarn.counts.acknowledged': 'Acknowledged by the person',
  'dutyToWarn.counts.suppressed': 'fewer than 5',
  'dutyToWarn.counts.note': 'Counts from 1 to 4 are not shown, to protect the people concerned.',
} as const;

const fr: Record<keyof typeof en, string> = {
  'callbacks.task.title': 'Rappel demandé',
  'callbacks.error.recordTheCall':
    'Un rappel est fait quand l’appel est consigné : utilisez « Consigner l’appel ».',
  'callbacks.error.alreadyDone': 'Cet appel a déjà été consigné.',
  'escalation.email.subject':
    '{count, plural, one {Un dossier à risque immédiat n’a pas été pris en charge} other {# dossiers à risque immédiat n’ont pas été pris en charge}} à temps',
  'escalation.email.body':
    'Personne n’a pris en charge {count, plural, one {ce dossier} other {ces dossiers}} dans les {minutes} minutes suivant son arrivée. La personne a dit être en danger, ou une menace de mort est en cours. Veillez à ce que quelqu’un agisse maintenant.\n\n{list}',
  'dutyToWarn.error.unknownReference': 'Aucun signalement ni dossier ne porte cette référence.',
  'dutyToWarn.error.notPolice':
    'Choisissez un partenaire policier : un avertissement est remis par la police ou par un intervenant.',
  'dutyToWarn.error.ownWarning': 'Un autre superviseur doit approuver un avertissement que vous avez ouvert.',
  'dutyToWarn.error.notAwaitingSignoff': 'Cet avertissement n’attend pas d’approbation.',
  'dutyToWarn.error.notApproved': 'Cet avertissement n’attend pas d’être remis.',
  'dutyToWarn.error.notDelivered': 'Consignez la remise avant le résultat.',
  'dutyToWarn.email.subject': 'Un avertissement à remettre : {reference}',
  'dutyToWarn.email.body':
    'FocalPoint demande à votre organisation de remettre un avertissement à une personne exposée à une menace crédible de préjudice grave ({reference}). Connectez-vous au portail des partenaires pour savoir à qui, et consigner la remise : {link}',
  'safetyPlans.error.duplicateStep': 'Une étape figure deux fois dans le plan.',
  'assisted.slip.staffHint':
    'Remettez ce reçu à la personne, ou lisez-lui le reçu à voix haute. Il n’est montré qu’une fois : fermez cet onglet quand vous avez terminé.',
  'assisted.slip.print': 'Imprimer le reçu',
  'assisted.slip.expired.title': 'Ce reçu ne peut plus être affiché',
  'assisted.slip.expired.body':
    'Le reçu a déjà été ouvert, ou trop de temps a passé. Le reçu n’est jamais conservé et ne peut donc pas être affiché de nouveau. Si la personne l’a perdu, elle peut faire un nouveau signalement en indiquant son numéro de référence.',
  'dutyToWarn.counts.title': 'Obligation de mise en garde',
  'dutyToWarn.counts.opened': 'Avertissements ouverts',
  'dutyToWarn.counts.approved': 'Approuvés',
  'dutyToWarn.counts.delivered': 'Remis',
  'dutyToWarn.counts.acknowledged': 'Pris en compte par la personne',
  'dutyToWarn.counts.suppressed': 'moins de 5',
  'dutyToWarn.counts.note':
    'Les nombres de 1 à 4 ne sont pas montrés, pour protéger les personnes concernées.',
};

export const frontline = { en, fr };

/** Where each sealed referral value belongs (the additional authenticated data of its envelope). */
export const aad = {
  purpose: (referralId: string) => `referral.purpose:${referralId}`,
  note: (referralId: string) => `referral.note:${referralId}`,
  overrideReason: (referralId: string) => `referral.override_reason:${referralId}`,
  partnerReference: (referralId: string) => `referral.partner_reference:${referralId}`,
  outcomeNote: (referralId: string) => `referral.outcome_note:${referralId}`,
  package: (referralId: string) => `referral.package:${referralId}`,
  eventNote: (eventId: string) => `referral_event.note:${eventId}`,
  message: (messageId: string) => `referral_message.body:${messageId}`,
} as const;

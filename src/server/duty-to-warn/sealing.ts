/** Where each sealed value of a warning belongs (the envelope's additional authenticated data). */
export const WARNING_AAD = {
  person: (id: string) => `duty_to_warn.person:${id}`,
  assessment: (id: string) => `duty_to_warn.assessment:${id}`,
  signoffNote: (id: string) => `duty_to_warn.signoff_note:${id}`,
  deliveryNote: (id: string) => `duty_to_warn.delivery_note:${id}`,
  outcomeNote: (id: string) => `duty_to_warn.outcome_note:${id}`,
} as const;

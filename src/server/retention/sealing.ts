/** Where each sealed value of records management belongs (the additional authenticated data of its envelope). */
export const aad = {
  holdReason: (holdId: string) => `legal_hold.reason:${holdId}`,
} as const;

/** Where an assisted intake's sealed value belongs; sealed with the report's own data key. */
export const ASSISTED_AAD = {
  interpreterLanguage: (reportId: string) => `assisted_intake.interpreter_language:${reportId}`,
} as const;

/** Where a call-back request's sealed details belong (the envelope's additional authenticated data). */
export const CALLBACK_AAD = {
  details: (callbackId: string) => `callback_request.details:${callbackId}`,
  taskTitle: (taskId: string) => `case_task.title:${taskId}`,
} as const;

/** What is sealed: the number, the safe times and the language, as the reporter gave them. */
export type CallbackDetailsPlain = { phone: string; safeTimes: string | null; language: string | null };

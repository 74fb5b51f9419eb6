import { EVIDENCE_AAD } from '../evidence/sealing.ts';

/**
 * Where each sealed value of case work belongs (the additional authenticated data of its envelope), so a
 * ciphertext copied to another column or record fails to open. A report's own sealed columns (narrative,
 * details, identity) are not here: reports/sealing.ts owns their labels (REPORT_AAD) and opens them
 * (openNarrative, openDetails, openIdentity).
 */
export const aad = {
  // Written by intake and follow-up (0003_reports_and_cases.sql).
  message: (messageId: string) => `case_message.body:${messageId}`,
  evidenceFilename: EVIDENCE_AAD.filename,
  evidenceOriginal: EVIDENCE_AAD.original,
  evidenceSanitised: EVIDENCE_AAD.sanitised,
  // Written by case work (0006_case_work.sql).
  eventReason: (eventId: string) => `case_event.reason:${eventId}`,
  note: (noteId: string) => `case_note.body:${noteId}`,
  taskTitle: (taskId: string) => `case_task.title:${taskId}`,
  revealReason: (revealId: string) => `identity_reveal.reason:${revealId}`,
  originalDownloadReason: (downloadId: string) => `evidence_original_download.reason:${downloadId}`,
} as const;

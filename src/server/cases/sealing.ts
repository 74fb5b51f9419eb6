import { EVIDENCE_AAD } from '../evidence/sealing.ts';

/**
 * Where each sealed value belongs (the additional authenticated data of its envelope), so a ciphertext
 * copied to another column or record fails to open. The report-side names must match what intake writes.
 */
export const aad = {
  // Written by intake and follow-up (0003_reports_and_cases.sql).
  narrative: (reportId: string) => `report.narrative:${reportId}`,
  details: (reportId: string) => `report.details:${reportId}`,
  identity: (reportId: string) => `report.identity:${reportId}`,
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

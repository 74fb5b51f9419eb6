/** English: the reference catalog. Every key here must exist in French (i18n.test.ts). */
export const en = {
  'error.validation': 'Some answers need your attention.',
  'error.required': 'This is required.',
  'error.tooLong': 'This is too long (at most {max} characters).',
  'error.tooShort': 'This is too short (at least {min} characters).',
  'error.tooMany': 'Choose at most {max}.',
  'error.invalidChoice': 'This is not one of the choices offered.',
  'error.invalidDate': 'Enter a real date, written as YYYY-MM-DD.',
  'error.futureDate': 'This date is in the future.',
  'error.dateOrder': 'The end date comes before the start date.',
  'error.invalidEmail': 'Enter an e-mail address such as name@example.org.',
  'error.invalid': 'This value is not valid.',
  'error.badRequest': 'The request could not be read.',
  'error.payloadTooLarge': 'What you sent is too large.',
  'error.fileTooLarge': 'This file is too large (at most {max} MB).',
  'error.fileType': 'This kind of file cannot be accepted. Send images, PDF, text, audio or video.',
  'error.notFound': 'Not found.',
  'error.unauthenticated': 'Please sign in.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.csrf': 'Your session expired for this page. Reload it and try again.',
  'error.rateLimited': 'Too many attempts. Please try again in {minutes, plural, one {# minute} other {# minutes}}. Nothing you typed is lost.',
  'error.unavailable': 'FocalPoint is briefly unavailable. Please try again in a few seconds. Nothing was saved yet.',
  'error.internal': 'Something went wrong on our side. Nothing you typed is lost; please try again.',
  'error.conflict': 'This was changed by someone else meanwhile. Reload and try again.',
} as const;

export type MessageKey = keyof typeof en;

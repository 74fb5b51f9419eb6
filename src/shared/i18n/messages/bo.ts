import type { MessageKey } from './en.ts';

/** Public-site strings; anything missing falls back to English. */
export const bo: Partial<Record<MessageKey, string>> = {};

import type { MessageKey } from './en.ts';

/** Public-site strings; anything missing falls back to English. */
export const ug: Partial<Record<MessageKey, string>> = {};

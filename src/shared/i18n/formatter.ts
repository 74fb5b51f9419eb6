import { IntlMessageFormat } from 'intl-messageformat';

export type Params = Record<string, string | number | Date>;
export type Formatter<K extends string = string> = (key: K, params?: Params) => string;

/**
 * The one way a catalog becomes text, on the server and in the console alike: ICU messages compiled once
 * per key and kept, `source(key)` says where a key's text comes from (a locale's catalog, with or without a
 * fallback), and a missing key is shown as itself rather than breaking the page.
 */
export function messageFormatter<K extends string>(
  locale: string,
  source: (key: K) => string | undefined,
): Formatter<K> {
  const compiled = new Map<K, IntlMessageFormat>();
  return (key, params) => {
    let format = compiled.get(key);
    if (!format) {
      const text = source(key);
      if (text === undefined) return key;
      format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
      compiled.set(key, format);
    }
    return String(format.format(params));
  };
}

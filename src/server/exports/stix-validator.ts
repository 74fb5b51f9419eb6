import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { expect } from 'vitest';
import { PHONE_NUMBER_TYPE, phoneNumberSchema, type StixBundle, type StixObject } from './stix.ts';

/**
 * Every bundle is checked against the OASIS STIX 2.1 JSON schemas, vendored in vendor/stix2-json-schemas
 * (its README says where from): the bundle against common/bundle.json AND every object against its own
 * type's schema. The schemas reference each other by relative $ref under their absolute $id
 * (http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/...), so all of
 * them are added under their $id and looked up by it. Their patterns use `\-`, which JavaScript accepts
 * only outside Unicode mode: hence `unicodeRegExp: false`.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const SCHEMAS = path.resolve(here, '../../../vendor/stix2-json-schemas/schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

export function stixValidator(publicUrl: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its plugin is the module itself at run time and `.default` to TypeScript.
  const addFormats =
    (formats as unknown as { default?: typeof formats.default }).default ??
    (formats as unknown as typeof formats.default);
  addFormats(ajv);
  for (const dir of ['common', 'observables', 'sdos', 'sros']) {
    for (const file of readdirSync(path.join(SCHEMAS, dir)).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(path.join(SCHEMAS, dir, file), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`${BASE}/${dir}/${file}`);
      ajv.addSchema(schema);
    }
  }
  ajv.addSchema(phoneNumberSchema(publicUrl));
  const schemaFor = (type: string): string[] => {
    if (type === 'relationship' || type === 'sighting') return [`${BASE}/sros/${type}.json`];
    if (type === 'marking-definition' || type === 'extension-definition' || type === 'language-content')
      return [`${BASE}/common/${type}.json`];
    if (type === PHONE_NUMBER_TYPE)
      return [
        `${BASE}/common/cyber-observable-core.json`,
        `${publicUrl}/api/v1/exports/stix/extensions/x-focalpoint-phone-number.json`,
      ];
    const sco = path.join(SCHEMAS, 'observables', `${type}.json`);
    try {
      readFileSync(sco);
      return [`${BASE}/observables/${type}.json`];
    } catch {
      return [`${BASE}/sdos/${type}.json`];
    }
  };
  const check = (out: string[], id: string, value: unknown, label: string) => {
    const validate = ajv.getSchema(id);
    if (!validate) {
      out.push(`${label}: no schema ${id}`);
      return;
    }
    if (!validate(value)) out.push(`${label}: ${ajv.errorsText(validate.errors)}`);
  };
  return {
    errors(bundle: StixBundle): string[] {
      const out: string[] = [];
      check(out, `${BASE}/common/bundle.json`, bundle, 'bundle');
      for (const o of bundle.objects)
        for (const id of schemaFor(o.type)) check(out, id, o, `${o.type} ${o.id}`);
      return out;
    },
    objectErrors(o: StixObject): string[] {
      const out: string[] = [];
      for (const id of schemaFor(o.type)) check(out, id, o, `${o.type} ${o.id}`);
      return out;
    },
  };
}

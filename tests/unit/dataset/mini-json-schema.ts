/**
 * Enough of JSON Schema 2020-12 to check a dataset against docs/dataset.schema.json in tests:
 * type, const, enum, required, properties, additionalProperties: false, items, oneOf, $ref,
 * pattern, min/maxLength, minimum/maximum. Returns the paths that fail.
 */
type Schema = Record<string, any>;

export function validateJsonSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (s: Schema): Schema => (s.$ref ? resolve(root.$defs[s.$ref.replace('#/$defs/', '')]) : s);
  const check = (schema: Schema, v: unknown, path: string): boolean => {
    const s = resolve(schema);
    const before = errors.length;
    const fail = (why: string) => errors.push(`${path || '(root)'}: ${why}`);
    if (s.oneOf) {
      const passing = s.oneOf.filter((option: Schema) => {
        const mark = errors.length;
        const okay = check(option, v, path);
        errors.length = mark;
        return okay;
      });
      if (passing.length !== 1) fail(`matches ${passing.length} of oneOf`);
    }
    if ('const' in s && v !== s.const) fail(`must be ${JSON.stringify(s.const)}`);
    if (s.enum && !s.enum.includes(v)) fail(`not in enum`);
    if (s.type === 'null' && v !== null) fail('must be null');
    if (s.type === 'string') {
      if (typeof v !== 'string') fail('must be a string');
      else {
        if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) fail(`does not match ${s.pattern}`);
        if (s.minLength !== undefined && v.length < s.minLength) fail('too short');
        if (s.maxLength !== undefined && v.length > s.maxLength) fail('too long');
      }
    }
    if (s.type === 'integer' && (!Number.isInteger(v) || (v as number) < (s.minimum ?? -Infinity) || (v as number) > (s.maximum ?? Infinity))) fail('must be an integer in range');
    if (s.type === 'array') {
      if (!Array.isArray(v)) fail('must be an array');
      else v.forEach((item, i) => check(s.items, item, `${path}[${i}]`));
    }
    if (s.type === 'object' || s.properties) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('must be an object');
      else {
        const o = v as Record<string, unknown>;
        for (const key of s.required ?? []) if (!(key in o)) fail(`missing ${key}`);
        for (const [key, item] of Object.entries(o)) {
          if (s.properties?.[key]) check(s.properties[key], item, `${path}.${key}`);
          else if (s.additionalProperties === false) fail(`unexpected ${key}`);
        }
      }
    }
    return errors.length === before;
  };
  check(root, value, '');
  return errors;
}

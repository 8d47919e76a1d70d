/**
 * Tiny schema checks for API requests: each returns null when the value fits, or a message that
 * names the field (`path`) and what was expected.
 */
export type Check = (value: unknown, path: string) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, path) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? null
      : `${label(path)} must be an integer from ${min} to ${max}`;

/** A row id: a positive integer. */
export const id: Check = int(1);

export const str =
  (options: { min?: number; max: number; pattern?: RegExp; hint?: string }): Check =>
  (v, path) => {
    if (typeof v !== 'string') return `${label(path)} must be a string`;
    if (v.length < (options.min ?? 0)) return `${label(path)} must not be empty`;
    if (v.length > options.max) return `${label(path)} is longer than ${options.max} characters`;
    if (options.pattern && !options.pattern.test(v))
      return `${label(path)} must be ${options.hint ?? 'well-formed'}`;
    return null;
  };

export const bool: Check = (v, path) =>
  typeof v === 'boolean' ? null : `${label(path)} must be true or false`;

export const oneOf =
  <T extends string | number>(values: readonly T[]): Check =>
  (v, path) =>
    (values as readonly unknown[]).includes(v)
      ? null
      : `${label(path)} must be one of ${values.map(String).join(', ')}`;

export const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? null : check(v, path);

export const either =
  (checks: readonly Check[], expected: string): Check =>
  (v, path) =>
    checks.some((c) => c(v, path) === null) ? null : `${label(path)} must be ${expected}`;

/** An object with exactly these fields: required ones must be present, optional ones may be absent. */
export const obj =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, path) => {
    if (!isRecord(v)) return `${label(path)} must be an object`;
    for (const key of Object.keys(v)) {
      if (!(key in required) && !(key in optional))
        return `${join(path, key)} is not a known field`;
    }
    for (const [key, check] of Object.entries(required)) {
      if (!(key in v) || v[key] === undefined) return `${join(path, key)} is missing`;
      const problem = check(v[key], join(path, key));
      if (problem) return problem;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (v[key] === undefined) continue;
      const problem = check(v[key], join(path, key));
      if (problem) return problem;
    }
    return null;
  };

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function label(path: string): string {
  return path === '' ? 'the request' : path;
}

import type { Method, Req, Result } from './contract';
import { SCHEMAS } from './validate/schemas';

export { LIMITS } from './validate/schemas';

/**
 * Checks a request's shape against the method's schema before any handler sees it: unknown, missing
 * and wrong-typed fields are refused with a `bad_request` naming the field. A request of a method
 * without fields may be omitted (undefined).
 */
export function validateRequest<M extends Method>(method: M, input: unknown): Result<Req<M>> {
  const schema = SCHEMAS[method];
  const value = input === undefined && schema({}, '') === null ? {} : input;
  const problem = schema(value, '');
  if (problem !== null) {
    return { ok: false, error: { code: 'bad_request', message: `${method}: ${problem}` } };
  }
  return { ok: true, value: value as Req<M> };
}

// TEMPORARY (lead): replaced by the services owner with per-method schema checks.
import type { Method, Req, Result } from './contract';

export function validateRequest<M extends Method>(method: M, input: unknown): Result<Req<M>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      error: { code: 'bad_request', message: `${method}: the request must be a JSON object` },
    };
  }
  return { ok: true, value: input as Req<M> };
}

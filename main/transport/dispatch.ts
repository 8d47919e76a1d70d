import { isMethod, type Handlers, type Method, type Req, type Result } from '../../core/api';
import { validateRequest } from '../../core/api/validate';
import { InputError } from '../../core/model';
import { ServiceError } from '../services/errors';

export type Dispatch = (method: string, request: unknown) => Promise<Result<unknown>>;

/**
 * Binds the handler map for a transport: checks the method name against the contract, validates the
 * request shape, runs the handler and turns every outcome into a Result. Nothing throws across.
 */
export function createDispatcher(
  handlers: Handlers,
  log: (line: string) => void = () => undefined,
): Dispatch {
  return async (method, request) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'not_found', message: `unknown method "${method}"` } };
    }
    const checked = validateRequest(method, request ?? {});
    if (!checked.ok) return checked;
    try {
      const handler = handlers[method] as (req: Req<Method>) => unknown;
      const value = await handler(checked.value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof InputError) {
        return { ok: false, error: { code: 'bad_request', message: error.message } };
      }
      if (error instanceof ServiceError) {
        return { ok: false, error: { code: error.code, message: error.message } };
      }
      log(
        `${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { ok: false, error: { code: 'internal', message: `${method} failed unexpectedly` } };
    }
  };
}

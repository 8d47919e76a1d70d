import i18next from 'i18next';
import type { ApiClient, ErrorCode, Method, Req, Res } from '../../../core/api';

/** A failed API call, carrying the contract's error code so the UI can word it. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Calls a method and unwraps its Result: the value, or an ApiCallError thrown. */
export async function callApi<M extends Method>(
  api: ApiClient,
  method: M,
  req: Req<M>,
): Promise<Res<M>> {
  const result = await api.call(method, req);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}

/**
 * A failure worded for the reviewer: what kind of failure in the UI language, then the store's own
 * detail (which names the file, row or limit involved).
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError)
    return `${i18next.t(`errors.${error.code}`)} — ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

export type * from './contract';
export { EXPORT_FORMATS } from './contract';
export { METHODS, isMethod } from './methods';
export { validateRequest, LIMITS } from './validate';

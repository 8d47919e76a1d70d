export type * from './types';
export { InputError } from './errors';

import type { Method } from './contract';

/**
 * Every contract method as a runtime list: the Electron preload derives its allowlist from it and the
 * HTTP transport refuses anything else. `satisfies` makes a missing or extra name a compile error.
 */
const METHOD_SET = {
  'app.info': true,
  'project.create': true,
  'project.list': true,
  'project.delete': true,
  'document.import': true,
  'document.list': true,
  'document.get': true,
  'document.delete': true,
  'document.export': true,
  'segment.list': true,
  'segment.saveCorrection': true,
  'segment.setStatus': true,
  'segment.history': true,
  'segment.setChrome': true,
  'comment.list': true,
  'comment.add': true,
  'comment.delete': true,
  'alignment.path': true,
  'alignment.merge': true,
  'alignment.split': true,
  'alignment.splitText': true,
  'alignment.moveBoundary': true,
  'alignment.unlink': true,
  'alignment.pin': true,
  'alignment.realign': true,
  'edit.undo': true,
  'edit.redo': true,
} as const satisfies Record<Method, true>;

export const METHODS = Object.keys(METHOD_SET) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(METHOD_SET, name);
}

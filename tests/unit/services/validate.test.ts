import { describe, expect, it } from 'vitest';
import { METHODS, validateRequest, type Method } from '../../../core/api';

function problem(method: Method, input: unknown): string {
  const result = validateRequest(method, input);
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('bad_request');
  return result.error.message;
}

describe('validateRequest', () => {
  it('accepts well-formed requests of the public automation API', () => {
    const good: [Method, unknown][] = [
      ['app.info', {}],
      ['app.info', undefined],
      ['project.create', { name: 'Izvestia', sourceLang: 'ru', targetLang: 'en-GB' }],
      [
        'document.import',
        { projectId: 1, source: null, target: { name: 'a.txt', content: 'text' } },
      ],
      [
        'document.import',
        {
          projectId: 1,
          source: { name: 's.txt', content: { base64: 'AAEC' } },
          target: { name: 'a.txt', content: '' },
          split: 'lines',
        },
      ],
      [
        'segment.list',
        {
          documentId: 3,
          offset: 0,
          limit: 200,
          filter: { text: 'банк', status: 'new', flag: 'split', kind: 'body' },
        },
      ],
      ['segment.saveCorrection', { segmentId: 9, text: '' }],
      ['document.export', { documentId: 3, format: 'xliff20', includeChrome: true }],
      ['alignment.moveBoundary', { segmentId: 1, side: 'target', delta: -1 }],
    ];
    for (const [method, input] of good)
      expect(validateRequest(method, input), method).toMatchObject({ ok: true });
  });

  it('names the field that is missing, unknown or of the wrong type', () => {
    expect(problem('project.create', { name: 'x', sourceLang: 'ru' })).toBe(
      'project.create: targetLang is missing',
    );
    expect(
      problem('project.create', { name: 'x', sourceLang: 'ru', targetLang: 'en', owner: 'me' }),
    ).toBe('project.create: owner is not a known field');
    expect(problem('segment.saveCorrection', { segmentId: '9', text: 'x' })).toMatch(
      /segmentId must be an integer/,
    );
    expect(problem('segment.saveCorrection', { segmentId: 9, text: 42 })).toBe(
      'segment.saveCorrection: text must be a string',
    );
    expect(problem('segment.list', { documentId: 1, offset: -1, limit: 10 })).toMatch(
      /offset must be an integer from 0/,
    );
    expect(problem('segment.list', { documentId: 1, offset: 0, limit: 100000 })).toMatch(
      /limit must be an integer from 1 to 1000/,
    );
    expect(
      problem('segment.list', { documentId: 1, offset: 0, limit: 10, filter: { flag: 'typo' } }),
    ).toMatch(/filter\.flag must be one of/);
    expect(
      problem('document.import', {
        projectId: 1,
        source: null,
        target: { name: 'a', content: { base64: 'not base64!' } },
      }),
    ).toMatch(/target\.content must be a string or/);
    expect(problem('document.import', { projectId: 1, target: { name: 'a', content: 'x' } })).toBe(
      'document.import: source is missing',
    );
    expect(problem('document.export', { documentId: 1, format: 'pdf' })).toMatch(
      /format must be one of txt/,
    );
    expect(
      problem('project.create', { name: 'x', sourceLang: 'russian!', targetLang: 'en' }),
    ).toMatch(/sourceLang must be a language code/);
    expect(problem('app.info', { extra: 1 })).toBe('app.info: extra is not a known field');
    expect(problem('segment.history', null)).toBe('segment.history: the request must be an object');
    expect(problem('segment.history', [1])).toBe('segment.history: the request must be an object');
    expect(problem('alignment.moveBoundary', { segmentId: 1, side: 'target', delta: 2 })).toMatch(
      /delta must be one of 1, -1/,
    );
  });

  it('has a schema for every contract method, and each refuses a non-object', () => {
    for (const method of METHODS) expect(validateRequest(method, 'nope').ok, method).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { textChromeReason } from '../../../core/segment';

describe('textChromeReason', () => {
  it.each([
    ['Skip to main content', 'ui'],
    ['Перейти к основному содержанию', 'ui'],
    ['Zum Inhalt springen', 'ui'],
    ['Aller au contenu principal', 'ui'],
    ['Saltar al contenido', 'ui'],
    ['» Read more', 'ui'],
    ['Читайте также:', 'ui'],
    ['Next article →', 'ui'],
    ['Comments (12)', 'ui'],
    ['Следующая новость', 'ui'],
    ['Поділитися', 'ui'],
    ['12 May 2025', 'date'],
    ['May 12, 2025, 14:35', 'date'],
    ['12 апреля 2025 года, 10:15', 'date'],
    ['Updated: 2025-04-03 12:00', 'date'],
    ['12.04.2025', 'date'],
    ['5 min read', 'date'],
    ['1 234 views', 'counter'],
    ['👁 5432', 'counter'],
    [
      'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
      'cookie',
    ],
    [
      'На нашем сайте используются cookie-файлы. Продолжая пользоваться сайтом, вы подтверждаете согласие.',
      'cookie',
    ],
    ['Переведено сервисом «Яндекс Переводчик»', 'translated-by'],
    ['This page was machine translated by Google Translate.', 'translated-by'],
    ['© 2025 The Coastal Herald. All rights reserved.', 'copyright'],
    ['Читайте также: Мост через гавань открыли после ремонта', 'ui'],
    ['Read also: Council approves the bridge budget', 'ui'],
    ['Фото: РИА Новости', 'credit'],
    ['Photo: Reuters / Jane Doe', 'credit'],
    ['Home > News > World', 'menu'],
    ['About us | Contacts | Jobs | Advertising', 'menu'],
    ['Главная / Новости / В мире', 'menu'],
  ])('%s → %s', (text, reason) => {
    expect(textChromeReason(text)).toBe(reason);
  });

  it.each([
    'Russia and the United States have moved one step further on the negotiating track.',
    "Results of Kirill Dmitriev's visit to Washington",
    'Cookies are baked at 180 degrees for twelve minutes until golden.',
    'The share price rose by 12 per cent on Monday.',
    'Menu planning for schools is the subject of a new report.',
    'In 2025 the bridge reopened.',
    'Input / output / error streams are closed, the process exits and the shell prints a prompt.',
    'The ratio is 3 / 4 / 5 in most cases.',
  ])('leaves prose alone: %s', (text) => {
    expect(textChromeReason(text)).toBeUndefined();
  });

  it('does not call bare numbers in a list or table counters', () => {
    expect(textChromeReason('1 234', false)).toBe('counter');
    expect(textChromeReason('1 234', true)).toBeUndefined();
  });
});

import { countWords } from '../formats';

/**
 * Text-only chrome signals: what a line says, independent of markup or position. Phrases cover the
 * UI vocabulary of en, ru, uk, de, fr, es web pages (skip links, menus, share bars, pagers, consent
 * boxes, "translated by" notices, copyright lines, counters, date-only lines).
 */

const UI_PHRASES = [
  // en
  'skip to (?:the )?(?:main )?(?:content|navigation|search|menu)',
  'skip navigation',
  '(?:main |site )?menu',
  'home(?: ?page)?',
  'search',
  '(?:log|sign) ?(?:in|up|out)',
  'register',
  'subscribe(?: now)?',
  'share(?: this(?: article| page)?| on \\p{L}+)?',
  'print(?: this)?',
  'comments?',
  'read more',
  'continue reading',
  '(?:see|show|load|view) (?:more|all|also)',
  'more',
  'back to top',
  'to top',
  '(?:next|previous|prev|older|newer)(?: (?:article|news|story|page|post|item|slide))?',
  '(?:related|recommended|popular|trending|latest|top|all) (?:articles|news|stories|posts|items)',
  '(?:read|see) also',
  'related',
  'advertisement',
  'advertising',
  'sponsored(?: content)?',
  'ad',
  'live(?: broadcast| stream| now| updates)?',
  'watch live',
  'contacts?',
  'contact us',
  'about(?: us)?',
  'privacy(?: policy)?',
  'terms(?: of (?:use|service))?',
  'cookie (?:settings|policy|preferences)',
  '(?:accept|reject|allow|deny)(?: all)?(?: cookies)?',
  'close',
  'ok',
  'on',
  'off',
  'follow us(?: on \\p{L}+)?',
  'tags?',
  'newsletter',
  'feedback',
  'sitemap',
  'english|русский|українська|deutsch|français|español',
  // ru
  'перейти к (?:основному )?(?:содержанию|содержимому|контенту|тексту)',
  '(?:главное )?меню',
  'главная(?: страница)?',
  'поиск',
  'войти',
  'вход',
  'выйти',
  'регистрация',
  'подписаться',
  'поделиться',
  '(?:версия для )?печати?',
  'комментари(?:и|ев)',
  'читать (?:далее|дальше|также|ещё|еще|полностью)',
  'подробнее',
  'ещё|еще',
  'показать (?:ещё|еще|больше|все)',
  'наверх',
  '(?:следующая|предыдущая) (?:новость|статья|страница)',
  'далее|назад|вперёд|вперед',
  'по теме',
  'читайте также',
  '(?:похожие|популярные|последние|все|главные) (?:новости|статьи|материалы)',
  'реклама',
  '(?:прямой )?эфир',
  'контакты',
  'о (?:нас|проекте|компании)',
  'политика конфиденциальности',
  'пользовательское соглашение',
  'закрыть',
  'принять(?: все)?',
  'вкл|выкл',
  'обратная связь',
  'карта сайта',
  // uk
  'перейти до (?:основного )?(?:вмісту|змісту)',
  'головна',
  'пошук',
  'увійти',
  'поділитися',
  'читати (?:далі|також)',
  '(?:наступна|попередня) (?:новина|стаття)',
  'контакти',
  'закрити',
  // de
  'zum (?:haupt)?inhalt(?: springen)?',
  '(?:haupt)?menü',
  'startseite',
  'suche',
  '(?:an|ab)melden',
  'registrieren',
  'abonnieren',
  'teilen',
  'drucken',
  'kommentare',
  'weiterlesen',
  'mehr',
  'nach oben',
  'weiter|zurück',
  '(?:nächster|vorheriger) artikel',
  'anzeige',
  'werbung',
  'impressum',
  'datenschutz(?:erklärung)?',
  'kontakt',
  'schließen',
  'akzeptieren',
  // fr
  'aller au contenu(?: principal)?',
  'accueil',
  'rechercher?',
  'connexion|se connecter',
  "s'inscrire|s'abonner",
  'partager',
  'imprimer',
  'commentaires',
  'lire la suite',
  'plus',
  'haut de page',
  'suivant|précédent',
  'article (?:suivant|précédent)',
  'publicité',
  'mentions légales',
  'fermer',
  '(?:tout )?accepter',
  // es
  'saltar al contenido(?: principal)?',
  'menú',
  'inicio',
  'buscar',
  'iniciar sesión',
  'registrarse',
  'suscribirse',
  'compartir',
  'imprimir',
  'comentarios',
  'leer más',
  'más',
  'volver arriba',
  'siguiente|anterior',
  'publicidad',
  'contacto',
  'aviso legal',
  'cerrar',
  'aceptar(?: todo)?',
];

const UI_LINE = new RegExp(`^(?:${UI_PHRASES.join('|')})(?:\\s*\\(?\\d+\\)?)?$`, 'iu');
// Decoration around menu items: bullets, arrows, pipes, counters' brackets, trailing colons.
const DECORATION = /^[\s|•·▪►▸›»→←<>*#:–—-]+|[\s|•·▪►▸›»→←<>*:…–—-]+$/gu;

const CONSENT =
  /consent|accept|agree|by (?:continuing|using)|(?:this|our) (?:web)?site uses|settings|preferences|продолжая|соглас|принять|принима|использу\p{L}* (?:файл|cookie)|zustimm|einverstanden|akzeptier|verwendet|accepte|utilise|consentimiento|acept|utiliza/iu;

const TRANSLATED =
  /translated (?:by|with|using|from)|machine[- ]translat|automatic(?:ally)? translat|переведено|машинный перевод|автоматический перевод|перекладено|übersetzt (?:von|mit|durch)|maschinell übersetzt|traduit (?:par|avec|automatiquement)|traduction automatique|traducido (?:por|con|automáticamente)|traducción automática|google (?:translate|переводчик)|yandex ?translat|яндекс[ .]?переводчик|\bdeepl\b/iu;

const COPYRIGHT =
  /©|\(c\) ?\d{4}|all rights reserved|все права защищены|усі права захищені|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados/iu;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?';
const DAY_WORD =
  "today|yesterday|сегодня|вчера|сьогодні|вчора|heute|gestern|aujourd'hui|hier|hoy|ayer";
const DATE_PARTS = [
  '\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}',
  '\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?',
  `\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?(?:\\s*(?:г\\.?|года|р\\.))?`,
  `(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
  `(?:${MONTHS})\\s+\\d{4}`,
  DAY_WORD,
  TIME,
];
const PUBLISHED =
  '(?:updated|published|posted|обновлено|опубликовано|оновлено|aktualisiert|veröffentlicht|mis à jour|publié le|actualizado|publicado)';
const DATE_LINE = new RegExp(
  `^(?:${PUBLISHED}:?\\s*)?(?:\\p{L}+,?\\s+)?(?:${DATE_PARTS.join('|')})(?:[,\\s]+(?:at\\s+|в\\s+|um\\s+|à\\s+|a las\\s+)?(?:${TIME}|\\d{4}))*$`,
  'iu',
);
const READ_TIME =
  /^\d+\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?\.?|хв)\.?(?:\s+(?:read|чтения|читання|lesezeit|de lecture|de lectura))?$/iu;
const COUNTER_WORDS =
  /views?|просмотр\p{L}*|переглядів|comments?|коммент\p{L}*|likes?|shares?|reads?|aufrufe|vues|visitas|[👁💬❤♥★☆]/giu;

// "Read also: <headline>" — a link teaser, whatever the headline says.
const LEAD_IN =
  /^(?:read (?:also|more)|see also|related|also read|читайте также|смотрите также|читайте|по теме|см\. также|читайте також|дивіться також|lesen sie auch|mehr zum thema|siehe auch|lire aussi|à lire aussi|voir aussi|lea también|ver también|leer más)\s*[:：—–-]/iu;
// Photo and source credits under pictures.
const CREDIT =
  /^(?:photo|image|picture|source|credit|фото|иллюстрация|источник|фото|джерело|foto|bild|quelle|source|crédit|imagen|fuente)\s*:/iu;
const MENU_SEPARATOR = /\s+(?:[>|/·•»›→]|\\)\s+/u;

// "Home > News > World", "About | Contacts | Jobs": three or more short items and a separator.
function isInlineMenu(text: string): boolean {
  const items = text.split(MENU_SEPARATOR);
  if (items.length < 3) return false;
  return items.every((item) => {
    const trimmed = item.trim();
    return trimmed !== '' && countWords(trimmed) <= 4 && !/[.!?;,]$/.test(trimmed);
  });
}

/**
 * Why the text alone reads as page chrome ("ui", "cookie", "translated-by", "copyright", "date",
 * "counter"), or undefined. `inList` relaxes nothing; it only stops bare numbers (table cells)
 * from counting as counters.
 */
export function textChromeReason(text: string, inList = false): string | undefined {
  const words = countWords(text);
  if (words <= 6) {
    const core = text.replace(DECORATION, '').trim();
    if (UI_LINE.test(core)) return 'ui';
    if (DATE_LINE.test(core) || READ_TIME.test(core)) return 'date';
    const withoutCounters = core.replace(COUNTER_WORDS, '');
    if (/^[\d\s.,:+kKmMкКтыс]*\d[\d\s.,kKmMкКтыс]*$/u.test(withoutCounters)) {
      if (withoutCounters !== core || !inList) return 'counter';
    }
  }
  if (words <= 20 && LEAD_IN.test(text)) return 'ui';
  if (words <= 8 && CREDIT.test(text)) return 'credit';
  if (words <= 30 && isInlineMenu(text)) return 'menu';
  if (words > 80) return undefined;
  const lower = text.toLowerCase();
  // Cheap substring checks first: the regexes below run on few paragraphs.
  if ((lower.includes('cookie') || lower.includes('куки')) && CONSENT.test(text)) return 'cookie';
  if (words <= 25 && TRANSLATED.test(text)) return 'translated-by';
  if (words <= 40 && COPYRIGHT.test(text)) return 'copyright';
  return undefined;
}

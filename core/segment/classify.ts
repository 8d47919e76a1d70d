import type { ParagraphKind, SourceFormat } from '../model';
import type { ReadBlock } from '../formats';
import { countWords } from '../formats';
import { textChromeReason } from './chrome-text';
import type { ChromeDecisions } from './decisions';
import { normaliseForDecision } from './decisions';

/**
 * body / heading / chrome for each block, from every signal at hand: markup hints (nav, footer,
 * ARIA roles, class/id words, hidden), link density, what the text says, where it sits (menu runs
 * before the first and after the last prose paragraph), repetition across a project's documents, and
 * finally the reviewer's own decisions, which always win.
 */

export type Classified = { kind: ParagraphKind; chromeReason?: string };

export type ClassifyOptions = {
  format: SourceFormat;
  decisions?: ChromeDecisions;
  repeatedLines?: ReadonlySet<string>;
};

const SENTENCE = /[.!?…](?:["»”')\]]*)(?:\s|$)/u;
const LINK_HEAVY = 0.75;
const LIST_LINK_HEAVY = 0.6;
const MENU_RUN = 3;
const MENU_WORDS = 3;

const ENDS_SENTENCE = /[.!?…]["»”')\]]*$/u;

type Features = { words: number; prose: boolean; titleLike: boolean; sentence: boolean };

function features(block: ReadBlock): Features {
  const words = countWords(block.text);
  const sentence = ENDS_SENTENCE.test(block.text);
  const prose =
    block.linkDensity < 0.5 &&
    ((words >= 8 && sentence) || (words >= 12 && SENTENCE.test(block.text)) || words >= 25);
  const titleLike =
    words <= 20 &&
    /^[\p{Lu}\p{N}«"“'(]/u.test(block.text) &&
    !/[.!;:,…]$/u.test(block.text) &&
    /\p{L}.*\p{L}/u.test(block.text) &&
    !block.text.includes('\n');
  return { words, prose, titleLike, sentence };
}

/** Classifies blocks in document order; returns one result per block. O(n). */
export function classifyBlocks(
  blocks: readonly ReadBlock[],
  options: ClassifyOptions,
): Classified[] {
  const feats = blocks.map(features);
  const out: Classified[] = blocks.map((block, i) => {
    const f = feats[i] as Features;
    if (block.chromeHint) return { kind: 'chrome', chromeReason: block.chromeHint };
    if (!block.headingLevel && options.repeatedLines?.has(normaliseForDecision(block.text)))
      return { kind: 'chrome', chromeReason: 'repeated' };
    const reason = block.preformatted ? undefined : textChromeReason(block.text, block.listItem);
    // A marked-up heading that reads like a UI word ("Comments", "Contact") titles a section.
    const weak = reason === 'ui' || reason === 'date';
    if (reason && !(block.headingLevel && weak)) return { kind: 'chrome', chromeReason: reason };
    if (
      !block.headingLevel &&
      block.linkDensity >= LINK_HEAVY &&
      f.words <= 12 &&
      !f.prose &&
      !f.sentence
    )
      return { kind: 'chrome', chromeReason: 'links' };
    return { kind: block.headingLevel ? 'heading' : 'body' };
  });

  applyGroupRules(blocks, feats, out);
  applyPositionRules(blocks, feats, out, options.format);
  applyNeighbourRules(blocks, feats, out);
  if (options.decisions && options.decisions.size > 0)
    applyDecisions(blocks, feats, out, options.decisions);
  return out;
}

// Lists of links are menus; a run of lines where half already read as UI is a menu as a whole.
function applyGroupRules(blocks: readonly ReadBlock[], feats: Features[], out: Classified[]): void {
  const groups = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (!b.listItem) return;
    const members = groups.get(b.group);
    if (members) members.push(i);
    else groups.set(b.group, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    let letters = 0;
    let linkLetters = 0;
    let chrome = 0;
    for (const i of members) {
      const b = blocks[i] as ReadBlock;
      letters += b.text.length;
      linkLetters += b.text.length * b.linkDensity;
      if (out[i]?.kind === 'chrome') chrome++;
    }
    const linkList = linkLetters >= LIST_LINK_HEAVY * letters;
    // Only a group of short items is a menu (a layout table also groups its cells, prose and all).
    const short = members.every(
      (i) => !(feats[i] as Features).prose && (feats[i] as Features).words <= 8,
    );
    const menu = short && chrome * 2 >= members.length;
    if (!linkList && !menu) continue;
    for (const i of members) {
      const f = feats[i] as Features;
      if (out[i]?.kind !== 'body' || (menu && !linkList && f.prose)) continue;
      out[i] = { kind: 'chrome', chromeReason: linkList ? 'link-list' : 'menu' };
    }
  }
}

function applyPositionRules(
  blocks: readonly ReadBlock[],
  feats: Features[],
  out: Classified[],
  format: SourceFormat,
): void {
  const isAnchor = (i: number): boolean => out[i]?.kind === 'body' && (feats[i] as Features).prose;
  let first = -1;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (!isAnchor(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  // The page's own title (a markup heading that is not chrome) opens the content just as prose does.
  const title = out.findIndex((c, i) => c.kind === 'heading' && blocks[i]?.headingLevel);
  if (title >= 0 && title < first) first = title;
  let shortBefore = 0;
  for (let i = 0; i < first; i++) {
    const f = feats[i] as Features;
    if (!f.prose && f.words <= MENU_WORDS) shortBefore++;
  }
  for (let i = 0; i < blocks.length; i++) {
    const current = out[i] as Classified;
    if (current.kind === 'chrome') continue;
    const b = blocks[i] as ReadBlock;
    const f = feats[i] as Features;
    if (b.preformatted) continue;
    // HTML has markup for its chrome; position alone only condemns link runs there (menus).
    if (format === 'html' && b.linkDensity < 0.5 && (i < first || i > last)) {
      if (i < first && !b.headingLevel && f.titleLike && !b.listItem) out[i] = { kind: 'heading' };
      continue;
    }
    if (i < first) {
      if (b.headingLevel) continue;
      if (b.listItem && !f.prose) out[i] = { kind: 'chrome', chromeReason: 'top-run' };
      // Menu items saved one per block: a run of very short lines before the text starts.
      else if (shortBefore >= MENU_RUN && f.words <= MENU_WORDS)
        out[i] = { kind: 'chrome', chromeReason: 'top-run' };
      else if (f.titleLike && format === 'txt') out[i] = { kind: 'heading' };
    } else if (i > last) {
      if (!f.prose && f.words <= 12 && (b.listItem || !f.sentence))
        out[i] = { kind: 'chrome', chromeReason: 'bottom-run' };
    } else if (!b.headingLevel && format === 'txt' && !b.listItem && f.titleLike && !f.prose) {
      // Plain text has no heading markup: a lone title-like line between paragraphs is one.
      out[i] = { kind: 'heading' };
    }
  }
}

// A short label between chrome blocks, or heading a list that is all chrome ("Related links",
// "API Menu"), belongs to that chrome. Real section titles are followed by text.
function applyNeighbourRules(
  blocks: readonly ReadBlock[],
  feats: Features[],
  out: Classified[],
): void {
  const chromeAt = (i: number): boolean => out[i]?.kind === 'chrome';
  for (let i = 0; i < blocks.length; i++) {
    const f = feats[i] as Features;
    if (chromeAt(i) || f.prose || f.sentence || f.words > 6 || blocks[i]?.preformatted) continue;
    const next = blocks[i + 1];
    // A marked-up heading between chrome is the page's own title (DocBook: navheader, h1, toc).
    const sandwiched = !blocks[i]?.headingLevel && chromeAt(i - 1) && chromeAt(i + 1);
    const titlesList =
      chromeAt(i + 1) &&
      chromeAt(i + 2) &&
      next?.listItem === true &&
      blocks[i + 2]?.group === next.group &&
      blocks[i]?.group !== next.group;
    if (sandwiched || titlesList) out[i] = { kind: 'chrome', chromeReason: 'menu-title' };
  }
}

function applyDecisions(
  blocks: readonly ReadBlock[],
  feats: Features[],
  out: Classified[],
  decisions: ChromeDecisions,
): void {
  blocks.forEach((b, i) => {
    const decision = decisions.get(normaliseForDecision(b.text));
    if (decision === 'chrome') out[i] = { kind: 'chrome', chromeReason: 'user' };
    else if (decision === 'not-chrome' && out[i]?.kind === 'chrome') {
      const f = feats[i] as Features;
      out[i] = { kind: b.headingLevel || (f.titleLike && !f.prose) ? 'heading' : 'body' };
    }
  });
}

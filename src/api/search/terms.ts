import { foldText } from '../../model/search.js';

/**
 * Query text → what the search statements match against the stored `searchText` (the importer's
 * folded name | title | abbreviation | aliases …). Folding makes å, ä, ö match a and o; stemming
 * cuts Swedish inflection so "regionstyrelsens" and "Regionstyrelsen" both become "regionstyrels",
 * which the stored text contains.
 */

const VOWELS = /[aeiouy]/;

// Swedish noun and adjective endings (after the Snowball stemmer's step 1, plus -et/-ets/-na for
// definite neuters and plurals), longest first so the longest ending that fits is cut.
const ENDINGS = [
  'heterna', 'hetens', 'anden', 'heten', 'heter', 'arnas', 'ernas', 'ornas', 'andes', 'arens', 'andet',
  'arna', 'erna', 'orna', 'ande', 'arne', 'aste', 'aren', 'ades', 'erns', 'ets',
  'ade', 'are', 'ern', 'ens', 'het', 'ast',
  'ad', 'en', 'ar', 'er', 'or', 'as', 'es', 'at', 'et', 'na',
  'a', 'e',
].sort((a, b) => b.length - a.length);

/** Letters after which a final genitive -s may be cut. */
const S_ENDING = /[bcdfghjklmnoprtvy]s$/;

/** Where endings may be cut: after the first consonant that follows a vowel, and at least 3 letters in. */
function region1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.test(word[i]!) && VOWELS.test(word[i - 1]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

/** A light Swedish stemmer for matching: cuts one inflectional ending and a doubled final consonant. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const r1 = region1(word);
  let w = word;
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= r1);
  if (ending) w = w.slice(0, -ending.length);
  else if (S_ENDING.test(w) && w.length - 1 >= r1) w = w.slice(0, -1);
  if (/(dd|gd|nn|dt|gt|kt|tt)$/.test(w) && w.length - 1 >= r1) w = w.slice(0, -1);
  return w;
}

export interface SearchTerms {
  /** The folded query as typed, for exact matches of a whole name. */
  phrase: string;
  /** Each word folded and stemmed; every one must occur in the searched text. */
  terms: string[];
  /** The stemmed words joined, for "name starts with" ranking. */
  stem: string;
}

/** Null when the text has no word to search for. */
export function searchTerms(text: string): SearchTerms | null {
  const phrase = foldText(text);
  const words = phrase.split(' ').map((w) => w.replace(/^[,.;:!?()"'«»]+|[,.;:!?()"'«»]+$/g, '')).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  const terms = [...new Set(words.map(stem))];
  return { phrase, terms, stem: words.map(stem).join(' ') };
}

// What onevoice knows of English: stems, function and negation words, sentence and number rules,
// months and month-first dates, first-person words. English has no formal address.

import type { CalendarDate, Language, Month } from './language.js';
import { once, words } from './language.js';
import { naturalStemmer } from './stem.js';
import { naturalEnglishStopwords, stopWordSet } from './stopwords.js';

// Kept as content, never dropped as function words: they turn a statement around. Any word in "n't" does too.
export const NEGATIONS = ['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", "didn't", "wasn't", 'nowhere'];

// A period after these ends no sentence: "e.g.", "i.e.", "Mr.", "No. 5", "Inc.", "pp.", "U.S.".
// Nouns that end English names of events, days, bodies and publications ("Open Data Day", "Open
// Source Initiative"): such a name keeps its English spelling in a German text, no hyphens.
export const NAME_HEADS = words(`
  day days week weekend night monday tuesday wednesday thursday friday saturday sunday
  summit camp barcamp bootcamp conference congress convention festival fair expo meetup hackathon jam sprint
  city village hub lab labs alliance initiative foundation institute association society council coalition
  network group union league club academy school award awards prize challenge contest
  index report review monitor journal magazine podcast show
`);

export const ABBREVIATIONS = words(`
  e g i etc vs mr mrs ms dr prof st no nos inc ltd co corp jan feb mar apr jun jul aug sep sept oct
  nov dec approx est fig p pp vol ed jr sr u s
`);

const MONTHS: Month[] = [
  { name: 'January', short: ['Jan'] },
  { name: 'February', short: ['Feb'] },
  { name: 'March', short: ['Mar'] },
  { name: 'April', short: ['Apr'] },
  { name: 'May', short: [] },
  { name: 'June', short: ['Jun'] },
  { name: 'July', short: ['Jul'] },
  { name: 'August', short: ['Aug'] },
  { name: 'September', short: ['Sept', 'Sep'] },
  { name: 'October', short: ['Oct'] },
  { name: 'November', short: ['Nov'] },
  { name: 'December', short: ['Dec'] },
];

/** "May 12, 2026", "May 2026". */
export function longDate(date: CalendarDate): string {
  const month = MONTHS[date.month - 1]!.name;
  return `${month}${date.day === undefined ? '' : ` ${date.day}`}${date.year === undefined ? '' : `${date.day === undefined ? '' : ','} ${date.year}`}`;
}

// "mine" is left out: it is a pit as often as it is "my own".
const FIRST_PERSON = ['we', 'us', 'our', 'ours', 'ourselves', 'i', 'me', 'my', 'myself'];
// Contractions, with either apostrophe.
const FIRST_PERSON_CONTRACTIONS = ["we're", "we've", "we'll", "we'd", "i'm", "i've", "i'll", "i'd"].flatMap((word) => [word, word.replace("'", '’')]);

const stem = naturalStemmer('natural/lib/natural/stemmers/porter_stemmer.js');
const stopWords = once(() => stopWordSet(naturalEnglishStopwords(), NEGATIONS));
const negations = new Set(NEGATIONS);

export const english: Language = {
  code: 'en',
  stem,
  get stopWords() {
    return stopWords();
  },
  isNegation: (lower) => negations.has(lower.replace('’', "'")) || /n['’]t$/u.test(lower),
  abbreviations: new Set(ABBREVIATIONS),
  ordinals: { period: false, suffixes: ['st', 'nd', 'rd', 'th'] },
  numbers: { read: { thousands: ',', decimal: '.' }, locale: 'en-US', thousands: ',', decimal: '.' },
  dates: { months: MONTHS, order: 'month-day', checked: true, long: longDate },
  firstPerson: new Set([...FIRST_PERSON, ...FIRST_PERSON_CONTRACTIONS]),
};

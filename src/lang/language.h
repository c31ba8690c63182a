/* language.h — what contra knows of one language, read once from its folder in lang/.
 *
 * A ContraLanguage holds the words every stage needs to read a language: month and
 * weekday names with their abbreviations (lang/en/calendar.yaml), number words
 * (numbers.yaml), function words and the other small classes of words (words.yaml),
 * the abbreviations whose period need not end a sentence (abbreviations.yaml),
 * superlatives (ranks.yaml), the words that bound a number (bounds.yaml), plural
 * nouns (plurals.yaml, read both ways), the regular forms of verbs (verbs.yaml) and
 * units of measure (units.yaml, lang/unit-table.h).
 * Each stage receives it: the tokens of a sentence carry their document's language
 * (ContraTokens.language), so a normaliser, the name finder and the rule engine read
 * the same object, and the segmenter is handed it. No stage keeps a copy of these
 * lists, and the prefilters over them (the word filters that let a sentence without
 * a month name skip the date grammar) are computed here when the data loads. The
 * date grammar's own words ("early", "fiscal", "spring") are calendar.yaml's, one
 * class for each role; its patterns are written in date.c.
 *
 * The folders of lang/ are compiled into the program (lang/embed.py); a folder on
 * disk can be loaded too, which is how the tests check each file kind. A file that
 * does not hold what its kind expects (an unknown key, a thirteenth month, a spelling
 * given twice) is an error at file:line:col, every problem of a file reported at once.
 */
#pragma once

#include <glib.h>

#include "lang/unit-table.h"
#include "text/tokens.h"

G_BEGIN_DECLS

typedef struct _ContraLanguage ContraLanguage;

/* The word classes a stage asks about a token. Each is computed from the files when
 * the language loads, with its prefilter. */
typedef enum {
  CONTRA_WORDS_CALENDAR_NAMES, /* a month or weekday in full ("May", "Monday"): a
                                * capitalised one is not a name (calendar.yaml) */
  CONTRA_WORDS_CALENDAR,       /* any spelling of a month or weekday ("Sept") */
  CONTRA_WORDS_PAST_REF,       /* "recent" before a plural unit: PAST_REF (calendar.yaml) */
  CONTRA_WORDS_FUTURE_REF,     /* "coming": FUTURE_REF (calendar.yaml) */
  CONTRA_WORDS_NOON,           /* "noon": 12:00 (calendar.yaml) */
  CONTRA_WORDS_MIDNIGHT,       /* "midnight": 24:00 (calendar.yaml) */
  CONTRA_WORDS_PREVIOUS,       /* "the previous day", "the prior year" (calendar.yaml) */
  CONTRA_WORDS_CURRENT,        /* "the current quarter" (calendar.yaml) */
  /* calendar.yaml: "recently" alone and "in the past," (PAST_REF), "in the future."
   * (FUTURE_REF), "overnight" (the story's night), "the latest quarter", "the
   * year-earlier period" */
  CONTRA_WORDS_PAST_REF_ADVERBS,
  CONTRA_WORDS_PAST_REF_NOUNS,
  CONTRA_WORDS_FUTURE_REF_NOUNS,
  CONTRA_WORDS_OVERNIGHT,
  CONTRA_WORDS_LATEST,
  CONTRA_WORDS_PERIOD_NOUNS,
  CONTRA_WORDS_FUTURE_AFTER, /* "would": the future after it (calendar.yaml) */
  /* calendar.yaml: the date grammar's words, see there what each is for. The classes
   * of a group are in the group's order: a season's is CONTRA_WORDS_SPRING + its
   * index in TimeML's order (SP, SU, FA, WI). */
  CONTRA_WORDS_SPRING, /* seasons */
  CONTRA_WORDS_SUMMER,
  CONTRA_WORDS_AUTUMN,
  CONTRA_WORDS_WINTER,
  CONTRA_WORDS_AMBIGUOUS_SEASONS,
  CONTRA_WORDS_VERB_SEASONS,
  CONTRA_WORDS_PART_EARLY, /* part_words */
  CONTRA_WORDS_PART_MID,
  CONTRA_WORDS_PART_LATE,
  CONTRA_WORDS_PART_START, /* part_nouns */
  CONTRA_WORDS_PART_MIDDLE,
  CONTRA_WORDS_PART_END,
  CONTRA_WORDS_SECOND, /* time_units, each with its plural (plurals.yaml) */
  CONTRA_WORDS_MINUTE,
  CONTRA_WORDS_HOUR,
  CONTRA_WORDS_DAY,
  CONTRA_WORDS_WEEK,
  CONTRA_WORDS_WEEKEND,
  CONTRA_WORDS_MONTH,
  CONTRA_WORDS_QUARTER,
  CONTRA_WORDS_YEAR,
  CONTRA_WORDS_DECADE,
  CONTRA_WORDS_CENTURY,
  CONTRA_WORDS_TIME_UNIT_PLURALS, /* computed: the plurals of time_units ("years") */
  CONTRA_WORDS_MORNING,           /* day_parts */
  CONTRA_WORDS_AFTERNOON,
  CONTRA_WORDS_EVENING,
  CONTRA_WORDS_NIGHT,
  CONTRA_WORDS_YEARLY, /* frequencies */
  CONTRA_WORDS_QUARTERLY,
  CONTRA_WORDS_MONTHLY,
  CONTRA_WORDS_WEEKLY,
  CONTRA_WORDS_DAILY,
  CONTRA_WORDS_HOURLY,
  CONTRA_WORDS_HALVES,
  CONTRA_WORDS_YEAR_PREPOSITIONS,
  CONTRA_WORDS_MONTH_OPENERS,
  CONTRA_WORDS_WEEKDAY_OPENERS,
  CONTRA_WORDS_THIS,
  CONTRA_WORDS_LAST,
  CONTRA_WORDS_NEXT,
  CONTRA_WORDS_PAST,
  CONTRA_WORDS_THAT,
  CONTRA_WORDS_SAME,
  CONTRA_WORDS_FOLLOWING,
  CONTRA_WORDS_AGO,
  CONTRA_WORDS_LATER,
  CONTRA_WORDS_EARLIER,
  CONTRA_WORDS_AFTER,
  CONTRA_WORDS_SINCE,
  CONTRA_WORDS_BOUNDING,
  CONTRA_WORDS_WITHIN,
  CONTRA_WORDS_FISCAL,
  CONTRA_WORDS_FISCAL_ABBREVIATIONS,
  CONTRA_WORDS_QUARTER_ABBREVIATIONS,
  CONTRA_WORDS_ANNIVERSARY,
  CONTRA_WORDS_APPROXIMATE,
  CONTRA_WORDS_APPROXIMATE_ABBREVIATIONS,
  CONTRA_WORDS_PRESENT, /* phrases */
  CONTRA_WORDS_TODAY,
  CONTRA_WORDS_NOW,
  CONTRA_WORDS_NOW_OPENERS,
  CONTRA_WORDS_NOW_CONJUNCTIONS,
  CONTRA_WORDS_NOW_INTENSIFIERS,
  CONTRA_WORDS_YESTERDAY,
  CONTRA_WORDS_TOMORROW,
  CONTRA_WORDS_TONIGHT,
  CONTRA_WORDS_AM,
  CONTRA_WORDS_PM,
  CONTRA_WORDS_MERIDIEM_LETTERS,
  CONTRA_WORDS_CLOCK_DAY_PREPOSITIONS,
  CONTRA_WORDS_VAGUE_COUNTS,
  CONTRA_WORDS_VAGUE_COUNTS_AFTER_ARTICLES,
  CONTRA_WORDS_COUNT_FILLERS,
  CONTRA_WORDS_DURATION_OPENERS,
  CONTRA_WORDS_DURATION_OPENERS_AFTER_THE,
  CONTRA_WORDS_FREQUENCY_COUNTS,
  CONTRA_WORDS_PER,
  CONTRA_WORDS_EVERY,
  CONTRA_WORDS_ALTERNATE,
  CONTRA_WORDS_DATE_RANGE_OPENERS,
  CONTRA_WORDS_DATE_RANGE_JOINTS,
  /* computed: the words the date grammar starts a date with, besides the months,
   * weekdays and cardinals (src/normalize/date.c's prefilter) */
  CONTRA_WORDS_DATE_STARTS,
  /* computed: the words a time expression that is no date starts with (a duration,
   * a set, a time of day), its other prefilter */
  CONTRA_WORDS_TIMEX_STARTS,
  CONTRA_WORDS_CARDINALS, /* "one" .. "ninety" (numbers.yaml) */
  CONTRA_WORDS_NUMBERS,   /* every number word: cardinals, ordinals, scales,
                                * fractions and groups (numbers.yaml) */
  /* words.yaml: see there what each is for */
  CONTRA_WORDS_FUNCTION,
  CONTRA_WORDS_NOT_NAMES,
  CONTRA_WORDS_NAME_GAPS,
  CONTRA_WORDS_CLAUSE_OPENERS,
  CONTRA_WORDS_SUBJECT_STARTS,
  CONTRA_WORDS_CONJUNCTIONS,
  CONTRA_WORDS_AUXILIARIES,
  CONTRA_WORDS_CLAUSE_WORDS,
  CONTRA_WORDS_CLAUSE_WORDS_AFTER_COMMA,
  CONTRA_WORDS_ARTICLES,
  CONTRA_WORDS_DETERMINERS,
  CONTRA_WORDS_GENERIC_NOUNS,
  CONTRA_WORDS_ONE_AS_PRONOUN_AFTER,
  CONTRA_WORDS_FUTURE,
  CONTRA_WORDS_RELATIVE_PRONOUNS,
  CONTRA_WORDS_PERSONAL_PRONOUNS,
  CONTRA_WORDS_WHOLE_SPANS,
  CONTRA_WORDS_SENTENCE_OPENERS,
  CONTRA_WORDS_AND,
  CONTRA_WORDS_INDEFINITE_ARTICLES,
  CONTRA_WORDS_DEFINITE_ARTICLES,
  CONTRA_WORDS_APPOSITIVE_ARTICLES,
  CONTRA_WORDS_FRACTION_ARTICLES,
  CONTRA_WORDS_PARTITIVES,
  CONTRA_WORDS_RANGE_OPENERS,
  CONTRA_WORDS_RANGE_JOINTS,
  CONTRA_WORDS_CITATION_WORDS,
  CONTRA_WORDS_CLOCK_AND_ANGLE,
  CONTRA_WORDS_PERCENT_SIGNS,       /* phrases */
  CONTRA_WORDS_PERCENTAGE_POINTS,   /* phrases */
  CONTRA_WORDS_RECIPROCAL_PRONOUNS, /* phrases */
  CONTRA_WORDS_NOT_A_SHARE,         /* phrases */
  CONTRA_WORDS_LIST_CUES,           /* phrases */
  CONTRA_WORDS_STRONG_LIST_CUES,
  CONTRA_WORDS_LIST_CUE_REPEATS,
  CONTRA_WORDS_LIST_CUES_AFTER_PLURAL,
  CONTRA_WORDS_LIST_CUES_BEFORE_NAMES,
  CONTRA_WORDS_WEAK_LIST_CUES,
  CONTRA_WORDS_FIELD_NOUNS,
  CONTRA_WORDS_PAIR_OPENERS,
  CONTRA_WORDS_CLAUSE_PHRASES, /* phrases */
  CONTRA_WORDS_COUNT_CLOSING_CUES,
  CONTRA_WORDS_REFERENCE_POINT,
  CONTRA_WORDS_EVENT_CLAUSE,
  CONTRA_WORDS_REFERENCE_MARKERS,
  CONTRA_WORDS_POSITION_CUES, /* phrases */
  CONTRA_WORDS_UNFINISHED_ENDINGS,
  CONTRA_WORDS_COUNT_LABEL_OPENERS, /* phrases */
  CONTRA_WORDS_TRAILING_PARTICIPLES,
  CONTRA_WORDS_CHANGE,
  CONTRA_WORDS_CHANGE_OPENERS,
  CONTRA_WORDS_ASPECT_NOUNS,
  CONTRA_WORDS_PLURAL_VERBS,
  CONTRA_WORDS_PERIOD_STARTS,
  CONTRA_WORDS_PERIOD_ENDS,
  CONTRA_WORDS_RATIO_JOINTS, /* phrases */
  CONTRA_WORDS_AGE_WORDS,
  CONTRA_WORDS_PART_OWNERS,
  CONTRA_WORDS_NAMING_WORDS,
  /* ranks.yaml: what makes an ordinal a rank */
  CONTRA_WORDS_SUPERLATIVES,    /* superlatives without the ending: "best" */
  CONTRA_WORDS_NOT_SUPERLATIVE, /* words with the ending that are none: "interest" */
  CONTRA_WORDS_DEGREE,          /* make the adjective after them one: "most" */
  CONTRA_WORDS_FIRST_AFTER,     /* a superlative after them is a rank of one: "the" */
  /* computed: the first word of every bound phrase (bounds.yaml) */
  CONTRA_WORDS_BOUND_STARTS,
  /* computed: the words of the list classes above (conjunctions to generic nouns),
   * the list normaliser's prefilter */
  CONTRA_WORDS_LIST_WORDS,
  /* computed: the first words of the list normaliser's cues (list_cues, the cues
   * after a plural, the weak cues and the pair openers), its other prefilter */
  CONTRA_WORDS_LIST_CUE_WORDS,
  /* the currency names of currencies.yaml (phrases) */
  CONTRA_WORDS_CURRENCY_NAMES,
  CONTRA_WORDS_N_CLASSES
} ContraWordClass;

/* The language compiled in for @code ("en"), loaded on first use and kept for the
 * life of the program (do not free); NULL when contra has no folder for @code. A
 * compiled-in folder that does not load is a fault of the build: it aborts with the
 * file, line and column. */
const ContraLanguage *contra_language_get (const char *code);

/* The language read when a document does not say its own: English. */
const ContraLanguage *contra_language_default (void);

/* The language a document's `language` field names: a language tag as a manifest
 * writes it ("en", "EN", "en-US", "en_GB": its primary subtag, in any case selects the
 * folder). NULL or "" is the default language; NULL is returned when contra has no
 * folder for the tag ("fr", "English"), so that the caller reports it and does not
 * read the document as English. */
const ContraLanguage *contra_language_for (const char *tag);

/* Reads the language folder @dir (its files named as in lang/en/); @code names it
 * in messages. Returns NULL and sets @error (CONTRA_RULES_ERROR_SYNTAX or _SCHEMA, the
 * message listing every problem as "path:line:col: error: ...") when a file is
 * missing or malformed. Free with contra_language_free(). */
ContraLanguage *contra_language_load_dir (const char *dir, GError **error);

void contra_language_free (ContraLanguage *language);

/* "en". */
const char *contra_language_code (const ContraLanguage *language);

/* ---- the calendar (calendar.yaml) */

/* The month (1-12) a folded word names ("september", "sept"), 0 when none; @abbrev,
 * when not NULL, is set when the word is an abbreviation. */
guint contra_language_month (const ContraLanguage *language, const char *fold, gboolean *abbrev);

/* The name of @month (1-12) as dates are printed ("September"); "" out of range. */
const char *contra_language_month_name (const ContraLanguage *language, guint month);

/* TRUE when the name of @month is also a common word or name ("May": a modal verb,
 * Theresa May), so that alone it is read as the month only after a temporal word. */
gboolean contra_language_month_is_word (const ContraLanguage *language, guint month);

/* The weekday (1 Monday .. 7 Sunday) a folded word names, 0 when none. */
guint contra_language_weekday (const ContraLanguage *language, const char *fold);

/* TRUE when the word @word (@len bytes, as written) is a month abbreviation as the
 * calendar writes it ("Dec", "Sept"): the segmenter's test before a period. */
gboolean contra_language_month_abbreviation (const ContraLanguage *language, const char *word, gsize len);

/* ---- numbers (numbers.yaml); every word folded */

/* The value of a cardinal ("twelve" 12) or an ordinal ("twelfth" 12); -1 when none. */
int contra_language_cardinal (const ContraLanguage *language, const char *fold);
int contra_language_ordinal (const ContraLanguage *language, const char *fold);

/* The multiplier of a scale word ("million" 1e6, "bn" 1e9); 0 when none. */
double contra_language_scale (const ContraLanguage *language, const char *fold);

/* The denominator a fraction word names ("half" 2, "quarter" 4); 0 when none. */
int contra_language_fraction (const ContraLanguage *language, const char *fold);

/* The size of a group word ("dozen" 12), which counts like a small number ("two
 * dozen", "a dozen"); 0 when none. */
int contra_language_group (const ContraLanguage *language, const char *fold);

/* The multiplier of letters glued to digits (@len bytes, any case: "bn" in "1.5bn",
 * "k" in "5k"); 0 when none. */
double contra_language_glued_scale (const ContraLanguage *language, const char *letters, gsize len);

/* The letters an ordinal in digits is written with ("st" of "21st", "th" of "11th"),
 * by numbers.yaml's ordinal_suffixes; "" when the language gives none. */
const char *contra_language_ordinal_suffix (const ContraLanguage *language, guint n);

/* TRUE when @letters (@len bytes, any case) after a number's digits make it an
 * ordinal ("th" of "17th"): one of numbers.yaml's ordinal_suffixes. */
gboolean contra_language_is_ordinal_suffix (const ContraLanguage *language, const char *letters, gsize len);

/* The endings of superlatives ("est"), NULL-terminated (ranks.yaml). */
const char *const *contra_language_superlative_endings (const ContraLanguage *language);

/* ---- plurals (plurals.yaml) */

/* Writes the singular of the folded plural noun @fold into @buf ("tornadoes" ->
 * "tornado", "people" -> "person", "series" -> "series"). Returns FALSE, leaving
 * @buf unspecified, when @fold is not a plural noun or the singular does not fit. */
gboolean contra_language_singular (const ContraLanguage *language, const char *fold, char *buf, gsize size);

/* Returns the plural of the noun @word ("policy" -> "policies", "person" -> "people"),
 * by plurals.yaml read from singular to plural; an irregular or invariant noun only
 * as the file writes it, in lower case. Free with g_free(). */
char *contra_language_plural (const ContraLanguage *language, const char *word);

/* ---- verbs (verbs.yaml) */

/* Appends to @out (which frees its elements with g_free) the regular forms of the
 * verb @word: the "-s" form (plurals.yaml's endings), the past and the participle
 * ("ban": "bans", "banned", "banning"). Nothing for "". */
void contra_language_verb_forms (const ContraLanguage *language, const char *word, GPtrArray *out);

/* TRUE when the folded word @fold ends as verbs.yaml's participles end ("-ing" of
 * "intensifying"); says nothing of whether the rest is a verb. */
gboolean contra_language_participle_ending (const ContraLanguage *language, const char *fold);

/* ---- currencies (currencies.yaml) */

/* The ISO code of the currency named in words at token @i ("dollars", "US dollars",
 * "pounds sterling": the longest name), its tokens in @span; a name read only after a
 * scale ("5 million pounds") only when @scaled. NULL when none. Owned by @language. */
const char *contra_language_currency_name (const ContraLanguage *language, const ContraTokens *tokens, guint i,
                                           gboolean scaled, guint *span);

/* ---- units (units.yaml) */

/* The units of measure and their spellings; owned by @language. */
const ContraUnitTable *contra_language_units (const ContraLanguage *language);

/* ---- bounds (bounds.yaml) */

#define CONTRA_BOUND_PHRASE_MAX_TOKENS 4

/* A phrase before a number that bounds it, cut into folded tokens as the tokenizer
 * cuts text ("c." is "c" and "."). The phrases of words.yaml's phrase classes ("per
 * cent") are kept in it too, with bound 0. */
typedef struct {
  guint bound;        /* the key: 1 about, 2 at_least, 3 more_than, 4 at_most,
                       * 5 less_than (ContraBound's order) */
  guint n;            /* tokens */
  gboolean lower_only; /* "c.", "ca.": a bound in lower case only, not "C." */
  char *fold[CONTRA_BOUND_PHRASE_MAX_TOKENS];
} ContraBoundPhrase;

/* The bound phrases (ContraBoundPhrase*), longest first; owned by @language. */
const GPtrArray *contra_language_bound_phrases (const ContraLanguage *language);

/* ---- sentences */

/* What the period after an abbreviation does (abbreviations.yaml). */
typedef enum {
  CONTRA_ABBREVIATION_NONE = 0,
  CONTRA_ABBREVIATION_TITLE,          /* never ends a sentence: "Dr." "Gen." "e.g." */
  CONTRA_ABBREVIATION_BEFORE_NUMBERS, /* not before a number: "No. 1" */
  CONTRA_ABBREVIATION_MONTH,          /* not before a number; else only before an opener */
  CONTRA_ABBREVIATION_CONDITIONAL,    /* ends a sentence only before a sentence opener */
} ContraAbbreviation;

/* The kind of abbreviation @word is (@len bytes as written, without its final period:
 * "Gen", "e.g", "Sept"); CONTRA_ABBREVIATION_NONE when it is none. */
ContraAbbreviation contra_language_abbreviation (const ContraLanguage *language, const char *word, gsize len);

/* TRUE when @word (@len bytes, as written) is a sentence opener as a sentence writes
 * it, capitalised ("The", "However"; not "THE" nor "the"). */
gboolean contra_language_sentence_opener (const ContraLanguage *language, const char *word, gsize len);

/* ---- word classes */

/* TRUE when token @i of @tokens is a word of class @cls: a filter test, then one hash
 * lookup. */
gboolean contra_language_is (const ContraLanguage *language,
                             ContraWordClass cls,
                             const ContraTokens *tokens,
                             guint i);

/* The number of tokens of the longest phrase of @cls that stands at token @i of
 * @tokens ("per cent": 2, "percent": 1), 0 when none. A class marked "phrases" in
 * words.yaml may hold phrases; for the others this is contra_language_is(), as 0 or 1.
 * (contra_language_is() on a phrase class tells whether a phrase of it begins with
 * the token.) */
guint contra_language_phrase_at (const ContraLanguage *language, ContraWordClass cls, const ContraTokens *tokens,
                                 guint i);

/* The folded words of @cls, NULL-terminated, owned by @language (for a stage that
 * builds a prefilter over several classes). */
const char *const *contra_language_words (const ContraLanguage *language, ContraWordClass cls);

/* The prefilter of @cls: a word not in it is not in the class. */
const ContraWordFilter *contra_language_filter (const ContraLanguage *language, ContraWordClass cls);

/* The filters of the numbers, bound starts, indefinite articles and range openers in
 * one: a word not in it starts no amount of those classes' words. */
const ContraWordFilter *contra_language_amount_starts (const ContraLanguage *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraLanguage, contra_language_free)

G_END_DECLS

/* test_language.c — the language folder: what each file kind gives, and the errors a
 * malformed file is reported with (file:line:col, every problem at once).
 *
 * A malformed folder is made of the shipped lang/en with one file replaced, so each
 * row names only the file it is about.
 */
#include "../text/table.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lang/language.h"
#include "lang/kinds.h"
#include "lang/names.h"

/* ---- the shipped English ------------------------------------------------------- */

typedef struct {
  const char *name;
  const char *word; /* folded */
  guint month;      /* 0: not a month */
  gboolean abbrev;
} MonthRow;

static const MonthRow month_rows[] = {
  {"full name", "september", 9, FALSE},
  {"Sept", "sept", 9, TRUE},
  {"Sep", "sep", 9, TRUE},
  {"May has no abbreviation", "may", 5, FALSE},
  {"Dec", "dec", 12, TRUE},
  {"a weekday is no month", "monday", 0, FALSE},
  {"a word", "sector", 0, FALSE},
};

static void
test_month (void **state)
{
  const MonthRow *row = *state;
  const ContraLanguage *en = contra_language_default ();
  gboolean abbrev = !row->abbrev;

  assert_int_equal (contra_language_month (en, row->word, &abbrev), row->month);
  if (row->month > 0)
    assert_int_equal (abbrev, row->abbrev);
}

static void
test_calendar (void **state)
{
  const ContraLanguage *en = contra_language_get ("en");

  (void) state;
  assert_non_null (en);
  assert_string_equal (contra_language_code (en), "en");
  assert_string_equal (contra_language_month_name (en, 1), "January");
  assert_string_equal (contra_language_month_name (en, 12), "December");
  assert_string_equal (contra_language_month_name (en, 13), "");
  assert_true (contra_language_month_is_word (en, 5));
  assert_false (contra_language_month_is_word (en, 6));
  assert_int_equal (contra_language_weekday (en, "monday"), 1);
  assert_int_equal (contra_language_weekday (en, "sunday"), 7);
  assert_int_equal (contra_language_weekday (en, "sun"), 0);
  /* The segmenter's test is on the word as written. */
  assert_true (contra_language_month_abbreviation (en, "Sept", 4));
  assert_false (contra_language_month_abbreviation (en, "sept", 4));
  assert_false (contra_language_month_abbreviation (en, "May", 3));
  /* No folder, no language: French is not read as English. */
  assert_null (contra_language_get ("fr"));
  /* A manifest's tag selects the folder by its primary subtag, in any case. */
  assert_ptr_equal (contra_language_for (NULL), en);
  assert_ptr_equal (contra_language_for (""), en);
  assert_ptr_equal (contra_language_for ("EN"), en);
  assert_ptr_equal (contra_language_for ("en-US"), en);
  assert_ptr_equal (contra_language_for ("en_GB"), en);
  assert_null (contra_language_for ("fr"));
  assert_null (contra_language_for ("English"));
  assert_null (contra_language_for ("fr-CA"));
}

static void
test_calendar_words (void **state)
{
  const ContraLanguage *en = contra_language_default ();
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *text = "In Sept and May, on Monday, the sector";

  (void) state;
  contra_tokens_scan (t, text, strlen (text));
  assert_ptr_equal (t->language, en);
  /* In, Sept, and, May, ",", on, Monday, ",", the, sector */
  assert_false (contra_language_is (en, CONTRA_WORDS_CALENDAR_NAMES, t, 1));
  assert_true (contra_language_is (en, CONTRA_WORDS_CALENDAR, t, 1));
  assert_true (contra_language_is (en, CONTRA_WORDS_CALENDAR_NAMES, t, 3));
  assert_true (contra_language_is (en, CONTRA_WORDS_CALENDAR_NAMES, t, 6));
  assert_false (contra_language_is (en, CONTRA_WORDS_CALENDAR, t, 9));
}

static void
test_numbers (void **state)
{
  const ContraLanguage *en = contra_language_default ();

  (void) state;
  assert_int_equal (contra_language_cardinal (en, "twelve"), 12);
  assert_int_equal (contra_language_cardinal (en, "zero"), 0);
  assert_int_equal (contra_language_cardinal (en, "twelfth"), -1);
  assert_int_equal (contra_language_ordinal (en, "twelfth"), 12);
  assert_true (contra_language_scale (en, "bn") == 1e9);
  assert_true (contra_language_scale (en, "dozen") == 0);
  assert_int_equal (contra_language_fraction (en, "half"), 2);
  assert_int_equal (contra_language_fraction (en, "quarter"), 4);
  /* ordinal_suffixes: the longest ending of the digits that fits */
  assert_string_equal (contra_language_ordinal_suffix (en, 1), "st");
  assert_string_equal (contra_language_ordinal_suffix (en, 22), "nd");
  assert_string_equal (contra_language_ordinal_suffix (en, 103), "rd");
  assert_string_equal (contra_language_ordinal_suffix (en, 11), "th");
  assert_string_equal (contra_language_ordinal_suffix (en, 112), "th");
  assert_string_equal (contra_language_ordinal_suffix (en, 20), "th");
  assert_true (contra_language_is_ordinal_suffix (en, "TH", 2));
  assert_false (contra_language_is_ordinal_suffix (en, "ts", 2));
  assert_int_equal (contra_language_group (en, "dozen"), 12);
  /* Glued letters are read in any case, and are no words of their own. */
  assert_true (contra_language_glued_scale (en, "BN", 2) == 1e9);
  assert_true (contra_language_glued_scale (en, "m", 1) == 1e6);
  assert_true (contra_language_glued_scale (en, "km", 2) == 0);
  assert_true (contra_language_scale (en, "m") == 0);

  g_autoptr (ContraTokens) t = contra_tokens_new ();
  const char *text = "two dozen and half a million";
  contra_tokens_scan (t, text, strlen (text));
  assert_true (contra_language_is (en, CONTRA_WORDS_CARDINALS, t, 0));
  assert_false (contra_language_is (en, CONTRA_WORDS_CARDINALS, t, 1));
  assert_true (contra_language_is (en, CONTRA_WORDS_NUMBERS, t, 1));
  assert_false (contra_language_is (en, CONTRA_WORDS_NUMBERS, t, 2));
  assert_true (contra_language_is (en, CONTRA_WORDS_NUMBERS, t, 3));
  assert_true (contra_language_is (en, CONTRA_WORDS_NUMBERS, t, 5));
}

typedef struct {
  const char *name;
  const char *sentence;
  guint token;
  ContraWordClass cls;
  gboolean expected;
} WordRow;

static const WordRow word_rows[] = {
  {"a function word", "The 20 of them", 2, CONTRA_WORDS_FUNCTION, TRUE},
  {"a noun is none", "The 20 ships", 2, CONTRA_WORDS_FUNCTION, FALSE},
  {"'s is a word", "Vietnam's ports", 1, CONTRA_WORDS_FUNCTION, TRUE},
  {"capitalised, no name", "However, Hanoi", 0, CONTRA_WORDS_NOT_NAMES, TRUE},
  {"a clause opener", "ports, whereas", 2, CONTRA_WORDS_CLAUSE_OPENERS, TRUE},
  {"a list conjunction", "a, b or c", 3, CONTRA_WORDS_CONJUNCTIONS, TRUE},
  {"but joins no list", "a, b but c", 3, CONTRA_WORDS_CONJUNCTIONS, FALSE},
  {"a modal of the future", "She will visit", 1, CONTRA_WORDS_FUTURE, TRUE},
  {"would is no future", "She would visit", 1, CONTRA_WORDS_FUTURE, FALSE},
  {"an unspecified past, from the calendar", "in recent years", 1, CONTRA_WORDS_PAST_REF, TRUE},
  {"an unspecified future, from the calendar", "the coming weeks", 1, CONTRA_WORDS_FUTURE_REF, TRUE},
  {"a clock word, from the calendar", "at noon", 1, CONTRA_WORDS_NOON, TRUE},
  {"the unit before, from the calendar", "the prior year", 1, CONTRA_WORDS_PREVIOUS, TRUE},
  {"the unit now, from the calendar", "the current quarter", 1, CONTRA_WORDS_CURRENT, TRUE},
  {"a season, from the calendar", "in the fall", 2, CONTRA_WORDS_AUTUMN, TRUE},
  {"a season's own class", "in the fall", 2, CONTRA_WORDS_SPRING, FALSE},
  {"a part word", "mid-2015", 0, CONTRA_WORDS_PART_MID, TRUE},
  {"a unit", "last year", 1, CONTRA_WORDS_YEAR, TRUE},
  {"a unit's plural, made by plurals.yaml", "two centuries", 1, CONTRA_WORDS_CENTURY, TRUE},
  {"the plurals of units", "two centuries", 1, CONTRA_WORDS_TIME_UNIT_PLURALS, TRUE},
  {"a unit's singular is no plural", "a century", 1, CONTRA_WORDS_TIME_UNIT_PLURALS, FALSE},
  {"a day part", "Monday night", 1, CONTRA_WORDS_NIGHT, TRUE},
  {"a frequency", "held annually", 1, CONTRA_WORDS_YEARLY, TRUE},
  {"a month opener", "since May", 0, CONTRA_WORDS_MONTH_OPENERS, TRUE},
  {"the present, a phrase", "at present", 0, CONTRA_WORDS_PRESENT, TRUE},
  {"date starts leave the cardinals to their own filter", "three years ago", 0, CONTRA_WORDS_DATE_STARTS, FALSE},
  {"date starts hold the part words", "early 2016", 0, CONTRA_WORDS_DATE_STARTS, TRUE},
  {"date starts hold the singular year", "by year-end", 1, CONTRA_WORDS_DATE_STARTS, TRUE},
  {"date starts hold no plural", "for years", 1, CONTRA_WORDS_DATE_STARTS, FALSE},
  {"timex starts hold the frequencies", "annually", 0, CONTRA_WORDS_TIMEX_STARTS, TRUE},
  {"timex starts hold the calendar's ref words", "recent years", 0, CONTRA_WORDS_TIMEX_STARTS, TRUE},
  {"list words hold the classes", "their efforts", 1, CONTRA_WORDS_LIST_WORDS, TRUE},
  {"list words hold no cue of their own", "namely", 0, CONTRA_WORDS_LIST_WORDS, FALSE},
  {"the cue filter holds the cues", "namely", 0, CONTRA_WORDS_LIST_CUE_WORDS, TRUE},
  {"the cue filter holds a phrase's first word", "such as", 0, CONTRA_WORDS_LIST_CUE_WORDS, TRUE},
  {"and alone", "a and b", 1, CONTRA_WORDS_AND, TRUE},
  {"or is no and", "a or b", 1, CONTRA_WORDS_AND, FALSE},
  {"a reference marker", "Route 1", 0, CONTRA_WORDS_REFERENCE_MARKERS, TRUE},
};

typedef struct {
  const char *name;
  const char *sentence;
  guint token;
  ContraWordClass cls;
  guint expected; /* tokens */
} PhraseRow;

static const PhraseRow phrase_rows[] = {
  {"a phrase", "5 per cent", 1, CONTRA_WORDS_PERCENT_SIGNS, 2},
  {"a word of a phrase class", "5 percent", 1, CONTRA_WORDS_PERCENT_SIGNS, 1},
  {"in any case", "5 Per Cent", 1, CONTRA_WORDS_PERCENT_SIGNS, 2},
  {"half a phrase is none", "5 per year", 1, CONTRA_WORDS_PERCENT_SIGNS, 0},
  {"the longest first", "areas such as ports", 1, CONTRA_WORDS_LIST_CUES, 2},
  {"a cue of one word", "areas including ports", 1, CONTRA_WORDS_LIST_CUES, 1},
  {"three words", "in order to build", 0, CONTRA_WORDS_CLAUSE_PHRASES, 3},
  {"a span of time", "a quarter of a century", 2, CONTRA_WORDS_NOT_A_SHARE, 3},
  {"a class of words: one", "a and b", 1, CONTRA_WORDS_AND, 1},
  {"past the end", "per", 0, CONTRA_WORDS_PERCENT_SIGNS, 0},
};

static void
test_phrase (void **state)
{
  const PhraseRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  contra_tokens_scan (t, row->sentence, strlen (row->sentence));
  assert_int_equal (contra_language_phrase_at (t->language, row->cls, t, row->token), row->expected);
}

static void
test_word (void **state)
{
  const WordRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();

  contra_tokens_scan (t, row->sentence, strlen (row->sentence));
  assert_int_equal (contra_language_is (t->language, row->cls, t, row->token), row->expected);
}

static void
test_sentence_openers (void **state)
{
  const ContraLanguage *en = contra_language_default ();

  (void) state;
  assert_true (contra_language_sentence_opener (en, "However", 7));
  assert_true (contra_language_sentence_opener (en, "I", 1));
  assert_false (contra_language_sentence_opener (en, "however", 7));
  assert_false (contra_language_sentence_opener (en, "HOWEVER", 7));
  assert_false (contra_language_sentence_opener (en, "Senate", 6));
}

typedef struct {
  const char *name;
  const char *word; /* as written, without its final period */
  ContraAbbreviation expected;
} AbbreviationRow;

static const AbbreviationRow abbreviation_rows[] = {
  {"a title", "Gen", CONTRA_ABBREVIATION_TITLE},
  {"a dotted title", "e.g", CONTRA_ABBREVIATION_TITLE},
  {"before numbers", "No", CONTRA_ABBREVIATION_BEFORE_NUMBERS},
  {"in the case written", "NO", CONTRA_ABBREVIATION_NONE},
  {"a month, from the calendar", "Sept", CONTRA_ABBREVIATION_MONTH},
  {"May is no abbreviation", "May", CONTRA_ABBREVIATION_NONE},
  {"conditional", "Inc", CONTRA_ABBREVIATION_CONDITIONAL},
  {"a word", "ended", CONTRA_ABBREVIATION_NONE},
};

static void
test_abbreviation (void **state)
{
  const AbbreviationRow *row = *state;

  assert_int_equal (contra_language_abbreviation (contra_language_default (), row->word, strlen (row->word)),
                    row->expected);
}

static void
test_bounds (void **state)
{
  const GPtrArray *phrases = contra_language_bound_phrases (contra_language_default ());
  gboolean seen_c = FALSE;

  (void) state;
  assert_true (phrases->len > 20);
  for (guint k = 0; k < phrases->len; k++)
    {
      const ContraBoundPhrase *b = phrases->pdata[k];
      /* Longest first, so "no more than" is tried before "more than". */
      if (k > 0)
        assert_true (b->n <= ((const ContraBoundPhrase *) phrases->pdata[k - 1])->n);
      if (b->n == 2 && strcmp (b->fold[0], "c") == 0)
        {
          seen_c = TRUE;
          assert_true (b->lower_only);
          assert_int_equal (b->bound, 1);
          assert_string_equal (b->fold[1], ".");
        }
    }
  assert_true (seen_c);
}

static void
test_plurals (void **state)
{
  const ContraLanguage *en = contra_language_default ();
  char buf[32];

  (void) state;
  assert_true (contra_language_singular (en, "tornadoes", buf, sizeof buf));
  assert_string_equal (buf, "tornado");
  assert_true (contra_language_singular (en, "people", buf, sizeof buf));
  assert_string_equal (buf, "person");
  assert_true (contra_language_singular (en, "series", buf, sizeof buf));
  assert_string_equal (buf, "series");
  assert_false (contra_language_singular (en, "news", buf, sizeof buf));
  assert_false (contra_language_singular (en, "class", buf, sizeof buf));
  assert_false (contra_language_singular (en, "casualties", buf, 4));
}

/* The participles' ending of verbs.yaml, which the list normaliser reads. */
static void
test_participle_ending (void **state)
{
  const ContraLanguage *en = contra_language_default ();

  (void) state;
  assert_true (contra_language_participle_ending (en, "intensifying"));
  assert_false (contra_language_participle_ending (en, "intensified"));
  assert_false (contra_language_participle_ending (en, "cooperation"));
}

static void
test_units (void **state)
{
  const ContraUnitTable *units = contra_language_units (contra_language_default ());

  (void) state;
  const ContraUnit *ft = contra_unit_table_find (units, "ft");
  assert_non_null (ft);
  assert_string_equal (ft->dimension, "length");
  assert_true (ft->factor == 0.3048);
  assert_non_null (ft->then);
  assert_string_equal (ft->then->name, "in");
  assert_null (contra_unit_table_find (units, "furlong"));
  /* "miles per hour" is tried before "miles". */
  const GPtrArray *miles = contra_unit_table_spellings (units, "miles");
  assert_non_null (miles);
  const ContraUnitSpelling *first = miles->pdata[0];
  assert_true (first->n > 1);
  assert_string_equal (((const ContraUnitSpelling *) miles->pdata[miles->len - 1])->unit->name, "mile");
}

/* plurals.yaml read the other way, and verbs.yaml: the forms the lexicon matches. */
typedef struct {
  const char *name;
  const char *word;
  const char *plural;
  const char *verb_forms; /* the -s, past and participle forms, space-separated */
} InflectionRow;

static const InflectionRow inflection_rows[] = {
  {"regular", "visit", "visits", "visits visited visiting"},
  {"after a consonant, y", "policy", "policies", "policies policied policying"},
  {"after a vowel, y", "delay", "delays", "delays delayed delaying"},
  {"a final e", "close", "closes", "closes closed closing"},
  {"-ch", "church", "churches", "churches churched churching"},
  {"-s, one way to plural", "bus", "buses", "buses bussed bussing"},
  {"-o, one way to singular", "veto", "vetos", "vetos vetoed vetoing"},
  {"three letters double", "ban", "bans", "bans banned banning"},
  {"but not w, x, y", "fix", "fixes", "fixes fixed fixing"},
  {"four letters do not", "plan", "plans", "plans planed planing"},
  {"an irregular noun, the other way", "person", "people", "persons personed personing"},
  {"an invariant noun", "series", "series", "serieses seriesed seriesing"},
  {"irregular only in lower case", "Crisis", "Crisises", "Crisises Crisised Crisising"},
};

static void
test_inflection (void **state)
{
  const InflectionRow *row = *state;
  const ContraLanguage *en = contra_language_default ();
  g_autofree char *plural = contra_language_plural (en, row->word);
  g_autoptr (GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

  assert_string_equal (plural, row->plural);
  contra_language_verb_forms (en, row->word, forms);
  g_ptr_array_add (forms, NULL);
  g_autofree char *joined = g_strjoinv (" ", (char **) forms->pdata);
  assert_string_equal (joined, row->verb_forms);
}

typedef struct {
  const char *name;
  const char *text;
  gboolean scaled;
  const char *code; /* NULL: none */
  guint span;
} CurrencyRow;

static const CurrencyRow currency_rows[] = {
  {"a name", "dollars", FALSE, "USD", 1},
  {"the longest name", "Hong Kong dollars", FALSE, "HKD", 3},
  {"half a name is none", "Hong Kong", FALSE, NULL, 0},
  {"an adjective alone is none", "US troops", FALSE, NULL, 0},
  {"pounds after a scale", "pounds", TRUE, "GBP", 1},
  {"pounds alone may weigh", "pounds", FALSE, NULL, 0},
  {"pounds sterling always", "pounds sterling", FALSE, "GBP", 2},
  {"no currency", "tonnes", TRUE, NULL, 0},
};

static void
test_currency (void **state)
{
  const CurrencyRow *row = *state;
  g_autoptr (ContraTokens) t = contra_tokens_new ();
  guint span = 0;

  contra_tokens_scan (t, row->text, strlen (row->text));
  const char *code = contra_language_currency_name (t->language, t, 0, row->scaled, &span);
  if (row->code == NULL)
    assert_null (code);
  else
    {
      assert_string_equal (code, row->code);
      assert_int_equal (span, row->span);
    }
}

/* names.yaml: short forms, the families they join, titles and suffixes. */
static void
test_names (void **state)
{
  const ContraNames *names = contra_language_names (contra_language_default ());
  const char *const *alex = contra_names_full_forms (names, "alex");

  (void) state;
  assert_non_null (alex);
  assert_string_equal (alex[0], "alexander");
  assert_string_equal (alex[1], "alexandra");
  assert_null (contra_names_full_forms (names, "alexander"));
  assert_true (contra_names_known (names, "alexander"));
  assert_false (contra_names_known (names, "weyprecht"));
  /* Bill and William are of one family; a name the file does not know is its own. */
  assert_string_equal (contra_names_family (names, "bill"), contra_names_family (names, "william"));
  assert_string_equal (contra_names_family (names, "sandra"), contra_names_family (names, "alex"));
  assert_string_equal (contra_names_family (names, "weyprecht"), "weyprecht");
  assert_true (contra_names_is_title (names, "dr"));
  assert_false (contra_names_is_title (names, "jane"));
  assert_true (contra_names_is_suffix (names, "jr"));
  assert_true (contra_names_is_org_suffix (names, "fc"));
  assert_true (contra_names_is_org_suffix (names, "football club"));
  assert_false (contra_names_is_org_suffix (names, "club"));
}

/* kinds.yaml: what a kind is a kind of, through the file's links to the top. */
static void
test_kinds (void **state)
{
  const ContraKinds *kinds = contra_language_kinds (contra_language_default ());

  (void) state;
  assert_true (contra_kinds_is_a (kinds, "ferry", "ship"));
  assert_true (contra_kinds_is_a (kinds, "ferry", "vessel"));
  assert_true (contra_kinds_is_a (kinds, "ferry", "ferry"));
  assert_false (contra_kinds_is_a (kinds, "ship", "ferry"));
  assert_true (contra_kinds_is_a (kinds, "company", "firm"));
  assert_true (contra_kinds_is_a (kinds, "firm", "company"));
  assert_false (contra_kinds_is_a (kinds, "island", "mainland"));
  /* A word the file does not know is only itself. */
  assert_false (contra_kinds_is_a (kinds, "gizmo", "thing"));
  assert_true (contra_kinds_is_a (kinds, "gizmo", "gizmo"));
  assert_true (contra_kinds_known (kinds, "ferry"));
  assert_true (contra_kinds_known (kinds, "vessel"));
  assert_false (contra_kinds_known (kinds, "reopens"));
  /* Synonyms share one word in keys; a kind above is no synonym. */
  assert_string_equal (contra_kinds_synonym (kinds, "firm"), "company");
  assert_string_equal (contra_kinds_synonym (kinds, "company"), "company");
  assert_string_equal (contra_kinds_synonym (kinds, "storey"), "floor");
  assert_string_equal (contra_kinds_synonym (kinds, "floor"), "floor");
  assert_string_equal (contra_kinds_synonym (kinds, "harvest"), "crop");
  assert_string_equal (contra_kinds_synonym (kinds, "ferry"), "ferry");
  assert_string_equal (contra_kinds_synonym (kinds, "gizmo"), "gizmo");
  /* The broadest kind: what a rank among "ferries" or "vessels" is keyed by. */
  assert_string_equal (contra_kinds_top (kinds, "ferry"), "vessel");
  assert_string_equal (contra_kinds_top (kinds, "vessel"), "vessel");
  assert_string_equal (contra_kinds_top (kinds, "firm"), "business");
  assert_string_equal (contra_kinds_top (kinds, "gizmo"), "gizmo");
  /* A ship is "she"; a village, a gizmo and a ship's "it" are not. */
  assert_true (contra_kinds_pronoun (kinds, "ferry", "she"));
  assert_true (contra_kinds_pronoun (kinds, "vessel", "her"));
  assert_false (contra_kinds_pronoun (kinds, "village", "she"));
  assert_false (contra_kinds_pronoun (kinds, "gizmo", "she"));
  assert_false (contra_kinds_pronoun (kinds, "ferry", "he"));
  /* A length before a skyscraper is its height (through "tower"); before a river or a
   * gizmo, nothing says: the reader takes its length. A river is a way ("route"), whose
   * length a verb of running states, and a siege an event, which lasts. */
  assert_string_equal (contra_kinds_extent (kinds, "skyscraper"), "height");
  assert_string_equal (contra_kinds_extent (kinds, "lighthouse"), "height");
  assert_string_equal (contra_kinds_extent (kinds, "river"), "route");
  assert_string_equal (contra_kinds_extent (kinds, "siege"), "duration");
  assert_null (contra_kinds_measure (kinds, "length", "river"));
  assert_string_equal (contra_kinds_measure (kinds, "length", NULL), "length");
  assert_null (contra_kinds_extent (kinds, "gizmo"));
}

/* The shipped folder on disk loads as the compiled-in one does. */
static void
test_source_folder (void **state)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_build_filename (CONTRA_SOURCE_ROOT, "lang", "en", NULL);
  g_autoptr (ContraLanguage) en = contra_language_load_dir (dir, &error);

  (void) state;
  assert_null (error);
  assert_int_equal (contra_language_month (en, "sept", NULL), 9);
}

/* ---- malformed files ---------------------------------------------------------- */

typedef struct {
  const char *name;
  const char *file;     /* the file replaced in a copy of lang/en */
  const char *text;     /* its new text */
  const char *expected; /* the error message, every line; "@" stands for the folder */
} ErrorRow;

#define MONTHS_AFTER_JANUARY                                                             \
  "  - {name: February}\n  - {name: March}\n  - {name: April}\n  - {name: May}\n"        \
  "  - {name: June}\n  - {name: July}\n  - {name: August}\n  - {name: September}\n"      \
  "  - {name: October}\n  - {name: November}\n  - {name: December}\n"
#define WEEKDAYS                                                                         \
  "weekdays:\n  - {name: Monday}\n  - {name: Tuesday}\n  - {name: Wednesday}\n"          \
  "  - {name: Thursday}\n  - {name: Friday}\n  - {name: Saturday}\n  - {name: Sunday}\n"

/* The classes of words.yaml after sentence_openers, one entry each (percent_signs
 * apart, for the row about phrases). */
#define MORE_WORD_CLASSES MORE_WORD_CLASSES_BUT_PERCENT "percent_signs: [per cent]\n"
#define MORE_WORD_CLASSES_BUT_PERCENT                                                                                  \
  "conjunction_and: [and]\nindefinite_articles: [a]\ndefinite_articles: [the]\n"                                       \
  "appositive_articles: [the]\nfraction_articles: [a]\npartitives: [of]\nrange_openers: [between]\n"                   \
  "range_joints: [to]\ncitation_words: [note]\nclock_and_angle_words: [hours]\n"                                       \
  "percentage_points: [percentage points]\nreciprocal_pronouns: [one another]\n"                                       \
  "not_a_share_after_fraction: [of a century]\nlist_cues: [such as]\nstrong_list_cues: [namely]\n"                     \
  "list_cue_repeats: [namely]\nlist_cues_after_plural: [like]\nlist_cues_before_names: [of]\nweak_list_cues: [on]\n"   \
  "field_nouns: [fields]\npair_openers: [both]\nclause_phrases: [in order to]\n"                                       \
  "count_closing_cues: [namely]\nreference_point_words: [since]\nevent_clause_words: [when]\n"                         \
  "reference_markers: [page]\nposition_cues: [peaked at number]\nunfinished_endings: [the]\n"                          \
  "count_label_openers: [number of]\ntrailing_participles: [cast]\n"                                               \
  "change_words: [by]\nchange_openers: [from]\naspect_nouns: [economy]\nplural_verbs: [are]\nperiod_starts: [from]\nperiod_ends: [to]\n"    \
  "ratio_joints: [in every]\nage_words: [old]\npart_owners: [its]\nnaming_words: [named]\n"

static const ErrorRow error_rows[] = {
  {"calendar: syntax", "calendar.yaml", "months: [January\n",
   "@/calendar.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence"},
  {"calendar: unknown top key", "calendar.yaml",
   "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY WEEKDAYS "season: []\n",
   "@/calendar.yaml:22:1: error: unknown key 'season' in calendar.yaml; did you mean 'seasons'?"},
  {"calendar: a group is a mapping", "calendar.yaml",
   "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY WEEKDAYS "seasons: [spring]\n",
   "@/calendar.yaml:22:10: error: seasons must be a mapping, not a list"},
  {"calendar: unknown key in a group, and a word twice", "calendar.yaml",
   "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY WEEKDAYS
   "seasons: {spring: [spring], fall: [fall]}\ntime_units:\n  year: [year, Year]\n",
   "@/calendar.yaml:22:29: error: unknown key 'fall' in seasons (known keys: spring, summer, autumn, winter)\n"
   "@/calendar.yaml:24:16: error: 'Year' is given twice in 'year'"},
  {"calendar: a date word is one word; present_words holds phrases", "calendar.yaml",
   "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY WEEKDAYS
   "ago_words: [ago, long ago]\npresent_words: [at present, at present]\nthis_words: {this: 1}\n",
   "@/calendar.yaml:22:18: error: 'long ago' must be one word\n"
   "@/calendar.yaml:23:29: error: 'at present' is given twice in 'present_words'\n"
   "@/calendar.yaml:24:13: error: 'this_words' must be a string or a list of strings"},
  {"calendar: unknown entry key", "calendar.yaml",
   "months:\n  - {name: January, abbreviation: Jan}\n" MONTHS_AFTER_JANUARY WEEKDAYS,
   "@/calendar.yaml:2:21: error: unknown key 'abbreviation' in months; did you mean 'abbreviations'?"},
  {"calendar: eleven months", "calendar.yaml", "months:\n" MONTHS_AFTER_JANUARY WEEKDAYS,
   "@/calendar.yaml:2:3: error: 'months' must be a list of 12 entries"},
  {"calendar: a spelling twice, and no name", "calendar.yaml",
   "months:\n  - {name: January, abbreviations: [Jan, jan]}\n" MONTHS_AFTER_JANUARY
   "weekdays:\n  - {name: Monday}\n  - {name: Tuesday}\n  - {name: Wednesday}\n"
   "  - {name: Thursday}\n  - {name: Friday}\n  - {name: Saturday}\n  - {abbreviations: [Sun]}\n",
   "@/calendar.yaml:2:42: error: 'jan' is given twice\n"
   "@/calendar.yaml:21:5: error: missing required key 'name' in weekdays"},
  {"calendar: not a list of words", "calendar.yaml",
   "months:\n  - {name: January, abbreviations: {Jan: 1}}\n" MONTHS_AFTER_JANUARY WEEKDAYS,
   "@/calendar.yaml:2:36: error: 'abbreviations' must be a string or a list of strings"},
  {"numbers: unknown key", "numbers.yaml",
   "cardinals: {one: 1}\nordinals: {}\nscales: {}\nfractions: {}\ngroups: {}\nglued_scales: {}\nscale: {}\n",
   "@/numbers.yaml:7:1: error: unknown key 'scale' in numbers.yaml; did you mean 'scales'?"},
  {"numbers: bad ordinal suffixes", "numbers.yaml",
   "cardinals: {}\nordinals: {}\nscales: {}\nfractions: {}\ngroups: {}\nglued_scales: {}\n"
   "ordinal_suffixes: {\"1\": st, \"1\": th, x: th, \"2\": \"2d\"}\n",
   "@/numbers.yaml:7:29: error: '1' is given twice in 'ordinal_suffixes'\n"
   "@/numbers.yaml:7:38: error: a key of 'ordinal_suffixes' must be up to three digits, or \"\"\n"
   "@/numbers.yaml:7:50: error: the suffix of '2' must be letters"},
  {"numbers: bad values", "numbers.yaml",
   "cardinals: {one: 1, two: two, half: 0.5}\nordinals: {first: 1}\nscales: {million: 0}\n"
   "fractions: [half]\ngroups: {}\nglued_scales: {}\n",
   "@/numbers.yaml:1:26: error: 'two' must be a whole number from 0 to 1000000\n"
   "@/numbers.yaml:1:37: error: 'half' must be a whole number from 0 to 1000000\n"
   "@/numbers.yaml:3:19: error: 'million' must be a number above 0\n"
   "@/numbers.yaml:4:12: error: 'fractions' must be a mapping of words to numbers, not a list"},
  {"numbers: a word twice, two words, a missing key", "numbers.yaml",
   "cardinals:\n  one: 1\n  One: 1\n  twenty one: 21\nordinals: {}\nscales: {}\nfractions: {}\nglued_scales: {}\n",
   "@/numbers.yaml:1:1: error: missing required key 'groups'\n"
   "@/numbers.yaml:3:3: error: 'One' is given twice in 'cardinals'\n"
   "@/numbers.yaml:4:3: error: a key of 'cardinals' must be one word"},
  {"words: unknown class", "words.yaml",
   "function_words: [the]\nnot_names: [the]\nname_gap_words: [the]\nclause_openers: [but]\n"
   "subject_starts: [the]\nconjunctions: [and]\nauxiliaries: [is]\nclause_words: [which]\n"
   "clause_words_after_comma: [where]\narticles: [the]\ndeterminers: [its]\n"
   "generic_nouns: [work]\none_as_pronoun_after: [the]\nfuture_words: [will]\n"
   "relative_pronouns: [which]\npersonal_pronouns: [she]\nwhole_spans: [life]\nsentence_openers: [the]\nmodals: "
   "[may]\n" MORE_WORD_CLASSES,
   "@/words.yaml:19:1: error: unknown key 'modals' in words.yaml (known keys: function_words, not_names, "
   "name_gap_words, clause_openers, subject_starts, conjunctions, auxiliaries, clause_words, "
   "clause_words_after_comma, articles, determiners, generic_nouns, one_as_pronoun_after, "
   "future_words, relative_pronouns, personal_pronouns, whole_spans, sentence_openers, conjunction_and, "
   "indefinite_articles, "
   "definite_articles, appositive_articles, fraction_articles, partitives, range_openers, range_joints, "
   "citation_words, clock_and_angle_words, percent_signs, percentage_points, reciprocal_pronouns, "
   "not_a_share_after_fraction, list_cues, strong_list_cues, list_cue_repeats, list_cues_after_plural, "
   "list_cues_before_names, "
   "weak_list_cues, field_nouns, pair_openers, clause_phrases, count_closing_cues, reference_point_words, "
   "event_clause_words, reference_markers, position_cues, unfinished_endings, count_label_openers, "
   "trailing_participles, change_words, change_openers, aspect_nouns, plural_verbs, period_starts, period_ends, ratio_joints, age_words, part_owners, naming_words)"},
  {"words: a word twice, two words, a mapping, a missing class", "words.yaml",
   "function_words: [the, The, in order]\nnot_names: {the: 1}\nname_gap_words: [the]\nclause_openers: [but]\n"
   "subject_starts: [the]\nconjunctions: [and]\nauxiliaries: [is]\nclause_words: [which]\n"
   "clause_words_after_comma: [where]\narticles: [the]\ndeterminers: [its]\n"
   "generic_nouns: [work]\none_as_pronoun_after: [the]\nfuture_words: [will]\nrelative_pronouns: "
   "[which]\npersonal_pronouns: [she]\nwhole_spans: [life]\n" MORE_WORD_CLASSES,
   "@/words.yaml:1:1: error: missing required key 'sentence_openers' in words.yaml\n"
   "@/words.yaml:1:23: error: 'The' is given twice in 'function_words'\n"
   "@/words.yaml:1:28: error: 'in order' must be one word\n"
   "@/words.yaml:2:12: error: 'not_names' must be a string or a list of strings"},
  {"words: a phrase twice, a phrase too long, punctuation in a phrase", "words.yaml",
   "function_words: [the]\nnot_names: [the]\nname_gap_words: [the]\nclause_openers: [but]\n"
   "subject_starts: [the]\nconjunctions: [and]\nauxiliaries: [is]\nclause_words: [which]\n"
   "clause_words_after_comma: [where]\narticles: [the]\ndeterminers: [its]\n"
   "generic_nouns: [work]\none_as_pronoun_after: [the]\nfuture_words: [will]\nrelative_pronouns: "
   "[which]\npersonal_pronouns: [she]\nwhole_spans: [life]\n"
   "sentence_openers: [the]\n" MORE_WORD_CLASSES_BUT_PERCENT
   "percent_signs: [per cent, Per Cent, in the order of it, \"5%\"]\n",
   "@/words.yaml:59:27: error: 'Per Cent' is given twice in 'percent_signs'\n"
   "@/words.yaml:59:37: error: 'in the order of it' must be 1 to 4 words\n"
   "@/words.yaml:59:57: error: '5%' must be 1 to 4 words"},
  {"abbreviations: unknown key, a month twice, a word twice", "abbreviations.yaml",
   "titles: [Gen., Gen]\nbefore_numbers: [No, Sept.]\nconditional: [Inc, \"Ltd Co\"]\nstates: [Calif]\n",
   "@/abbreviations.yaml:1:16: error: 'Gen' is given twice\n"
   "@/abbreviations.yaml:2:22: error: 'Sept.' is given twice (calendar.yaml gives it as a month)\n"
   "@/abbreviations.yaml:3:20: error: 'Ltd Co' must be one word\n"
   "@/abbreviations.yaml:4:1: error: unknown key 'states' in abbreviations.yaml (known keys: titles, "
   "before_numbers, conditional)"},
  {"calendar: also_a_word on a day, and not a boolean", "calendar.yaml",
   "months:\n  - {name: January, also_a_word: often}\n" MONTHS_AFTER_JANUARY
   "weekdays:\n  - {name: Monday, also_a_word: true}\n  - {name: Tuesday}\n  - {name: Wednesday}\n"
   "  - {name: Thursday}\n  - {name: Friday}\n  - {name: Saturday}\n  - {name: Sunday}\n",
   "@/calendar.yaml:2:34: error: 'also_a_word' must be true or false, not 'often'\n"
   "@/calendar.yaml:15:33: error: 'also_a_word' is read for months only"},
  {"ranks: a word twice, a missing key", "ranks.yaml",
   "endings: [est]\nnot_superlative: [interest, west, West]\nsuperlatives: [best]\n",
   "@/ranks.yaml:1:1: error: missing required key 'degree' in ranks.yaml\n"
   "@/ranks.yaml:1:1: error: missing required key 'first_after' in ranks.yaml\n"
   "@/ranks.yaml:2:35: error: 'West' is given twice in 'not_superlative'"},
  {"bounds: too long, not a list, a missing key", "bounds.yaml",
   "about: [about, in the order of magnitude]\nat_least: at least\nmore_than: {over: 1}\nat_most: [up to]\n",
   "@/bounds.yaml:1:1: error: missing required key 'less_than' in bounds.yaml\n"
   "@/bounds.yaml:1:16: error: the bound 'in the order of magnitude' must have 1 to 4 tokens\n"
   "@/bounds.yaml:3:12: error: 'more_than' must be a string or a list of strings"},
  {"plurals: a bad ending, a bad irregular, a missing key", "plurals.yaml",
   "irregular: {people: person, mice: [mouse]}\ninvariant: [series]\nnot_plural: [news]\n"
   "endings:\n  - {plural: ies, singular: y, after_consonant: maybe}\n  - {singular: s}\n  - {plural: s, exept: "
   "[gas]}\n",
   "@/plurals.yaml:1:1: error: missing required key 'not_plural_endings' in plurals.yaml\n"
   "@/plurals.yaml:1:35: error: the singular of 'mice' must be a word\n"
   "@/plurals.yaml:5:49: error: 'after_consonant' must be true or false, not 'maybe'\n"
   "@/plurals.yaml:6:5: error: missing required key 'plural' in an ending\n"
   "@/plurals.yaml:7:17: error: unknown key 'exept' in an ending; did you mean 'except'?"},
  {"units: unknown keys, a bad dimension, bad numbers, a missing factor", "units.yaml",
   "dimensions: {length: m, area: m2}\n"
   "units:\n"
   "  - {unit: km, dimension: length, factor: 1000, names: [km], glued: [km], plural: [kms]}\n"
   "  - {unit: m, dimension: lenght, factor: 1, names: [m]}\n"
   "  - {unit: ha, dimension: area, factor: ten thousand, spread: 1, names: [ha]}\n"
   "  - {unit: acre, dimension: area, names: [acre]}\n"
   "measures: []\n",
   "@/units.yaml:3:75: error: unknown key 'plural' in a unit (known keys: unit, dimension, factor, offset, "
   "spread, names, glued, weak, compound, then)\n"
   "@/units.yaml:4:26: error: 'lenght' is not one of 'dimensions'\n"
   "@/units.yaml:5:41: error: 'factor' must be a number, not 'ten thousand'\n"
   "@/units.yaml:5:41: error: the factor of 'ha' must be above 0\n"
   "@/units.yaml:5:63: error: the spread of 'ha' must be in [0, 1)\n"
   "@/units.yaml:6:5: error: missing required key 'factor' in a unit\n"
   "@/units.yaml:7:1: error: unknown key 'measures' in units.yaml (known keys: dimensions, units)"},
  {"units: a unit twice, a long spelling, a stray mark, a compound across dimensions", "units.yaml",
   "dimensions: {length: m, area: m2}\n"
   "units:\n"
   "  - {unit: ft, dimension: length, factor: 0.3048, names: [ft, feet], weak: [foot], then: acre}\n"
   "  - {unit: ft, dimension: length, factor: 0.3048, names: [ft]}\n"
   "  - {unit: mph, dimension: length, factor: 1, names: [miles per hour or so as said]}\n"
   "  - {unit: acre, dimension: area, factor: 4046.86, names: [acre]}\n"
   "  - {unit: mi, dimension: length, factor: 1609.344}\n",
   "@/units.yaml:3:77: error: the weak spelling 'foot' is none of the unit's names\n"
   "@/units.yaml:3:90: error: 'ft' is followed by 'acre', not a unit of its dimension\n"
   "@/units.yaml:4:12: error: the unit 'ft' is given twice\n"
   "@/units.yaml:5:55: error: the spelling 'miles per hour or so as said' of 'mph' must have 1 to 6 tokens\n"
   "@/units.yaml:7:5: error: the unit 'mi' needs 'names' or 'glued' spellings"},
  {"verbs: a bad ending, a missing key, a long letter", "verbs.yaml",
   "past:\n  - {base: e, form: ed}\n  - {form: ed, double: true}\nparticiple: {base: e}\n"
   "doubling: {letters: three, never: [w, xy]}\n",
   "@/verbs.yaml:3:5: error: missing required key 'base' in a verb ending\n"
   "@/verbs.yaml:3:16: error: unknown key 'double' in a verb ending; did you mean 'doubles'?\n"
   "@/verbs.yaml:4:13: error: 'participle' must be a list of endings\n"
   "@/verbs.yaml:5:21: error: 'letters' must be a whole number, not 'three'\n"
   "@/verbs.yaml:5:39: error: 'xy' must be one letter"},
  {"plurals: an ending one way to nowhere", "plurals.yaml",
   "irregular: {}\ninvariant: []\nnot_plural: []\nnot_plural_endings: []\n"
   "endings:\n  - {plural: s, singular: \"\", one_way: to_both}\n",
   "@/plurals.yaml:6:40: error: 'one_way' must be one of both, to_singular, to_plural, not 'to_both'"},
  {"currencies: a bad code, a name twice, a stray after_scale_only", "currencies.yaml",
   "names:\n  USD: [dollar, dollars]\n  usd: [bucks]\n  AUD: [Dollars, Aussie dollars]\n"
   "after_scale_only: [pounds]\nbefore_scale: []\n",
   "@/currencies.yaml:3:3: error: 'usd' must be a currency code of three capital letters\n"
   "@/currencies.yaml:4:9: error: 'Dollars' is given twice in 'names'\n"
   "@/currencies.yaml:5:20: error: 'pounds' is none of the 'names'\n"
   "@/currencies.yaml:6:1: error: unknown key 'before_scale' in currencies.yaml (known keys: names, "
   "after_scale_only)"},
  {"names: unknown key, bad words, a short form twice, one for itself", "names.yaml",
   "titles: [dr, Dr]\nsuffix: [jr]\nnicknames:\n  alex: [alexander, alex, Alexandra, alexander]\n"
   "  bill: william\n  bill: [william]\n  sam: []\n  Al: [albert]\n",
   "@/names.yaml:1:14: error: 'Dr' must be one word in lower-case letters\n"
   "@/names.yaml:2:1: error: unknown key 'suffix' in names.yaml; did you mean 'suffixes'?\n"
   "@/names.yaml:4:21: error: 'alex' may not stand for itself\n"
   "@/names.yaml:4:27: error: 'Alexandra' must be one word in lower-case letters\n"
   "@/names.yaml:4:38: error: 'alexander' is given twice for 'alex'\n"
   "@/names.yaml:6:3: error: the short form 'bill' is given twice\n"
   "@/names.yaml:7:3: error: the short form 'sam' must stand for a given name\n"
   "@/names.yaml:8:3: error: the short form 'Al' must be one word in lower-case letters"},
  {"names: missing nicknames, not a mapping", "names.yaml", "titles: [dr]\n",
   "@/names.yaml:1:1: error: missing required key 'nicknames' in names.yaml"},
  {"kinds: a bad word, a kind twice, one of itself, one of nothing", "kinds.yaml",
   "kinds:\n  ferry: [ship, Vessel]\n  ferry: [boat]\n  ship: [ship]\n  boat: []\n  Tug: [boat]\nkind: {}\n",
   "@/kinds.yaml:2:17: error: 'Vessel' must be one word in lower-case letters\n"
   "@/kinds.yaml:3:3: error: the kind 'ferry' is given twice\n"
   "@/kinds.yaml:4:10: error: 'ship' is a kind of itself\n"
   "@/kinds.yaml:5:3: error: the kind 'boat' must be a kind of something\n"
   "@/kinds.yaml:6:3: error: the kind 'Tug' must be one word in lower-case letters\n"
   "@/kinds.yaml:7:1: error: unknown key 'kind' in kinds.yaml; did you mean 'kinds'?"},
  {"kinds: pronouns of a bad kind, a bad pronoun", "kinds.yaml",
   "kinds:\n  ferry: [ship]\npronouns:\n  Ship: [she]\n  ferry: [She]\n",
   "@/kinds.yaml:4:3: error: the kind 'Ship' must be one word in lower-case letters\n"
   "@/kinds.yaml:5:11: error: 'She' must be one word in lower-case letters"},
  {"kinds: extents of a bad measure, a bad kind, not a mapping", "kinds.yaml",
   "kinds:\n  tower: [building]\nextents:\n  Height: [tower]\n  height: [Tower]\n",
   "@/kinds.yaml:4:3: error: the kind 'Height' must be one word in lower-case letters\n"
   "@/kinds.yaml:5:12: error: 'Tower' must be one word in lower-case letters"},
  {"kinds: extents not a mapping", "kinds.yaml", "kinds:\n  tower: [building]\nextents: [height]\n",
   "@/kinds.yaml:3:10: error: 'extents' must be a mapping of a measure to the kinds it is the extent of"},
  {"calendar: missing weekdays", "calendar.yaml", "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY,
   "@/calendar.yaml:1:1: error: missing required key 'weekdays'"},
};

/* A copy of lang/en in a new temporary folder, with @file's text replaced. */
static char *
folder_with (const char *file, const char *text)
{
  g_autofree char *source = g_build_filename (CONTRA_SOURCE_ROOT, "lang", "en", NULL);
  g_autofree char *tmp = g_dir_make_tmp ("contra-lang-XXXXXX", NULL);
  char *dir = g_build_filename (tmp, "en", NULL);
  g_autoptr (GDir) listing = g_dir_open (source, 0, NULL);
  const char *name;

  assert_non_null (listing);
  assert_int_equal (g_mkdir (dir, 0700), 0);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (source, name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length;
      assert_true (g_file_get_contents (from, &data, &length, NULL));
      assert_true (g_file_set_contents (to, data, (gssize) length, NULL));
    }
  g_autofree char *path = g_build_filename (dir, file, NULL);
  assert_true (g_file_set_contents (path, text, -1, NULL));
  return dir;
}

static void
remove_folder (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_rmdir (parent);
}

static void
test_error (void **state)
{
  const ErrorRow *row = *state;
  g_autofree char *dir = folder_with (row->file, row->text);
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraLanguage) language = contra_language_load_dir (dir, &error);
  g_auto (GStrv) parts = g_strsplit (row->expected, "@", -1);
  g_autofree char *expected = g_strjoinv (dir, parts);

  remove_folder (dir);
  assert_null (language);
  assert_non_null (error);
  assert_string_equal (error->message, expected);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "month", test_month, month_rows);
  table_add_test (tests, "calendar", test_calendar);
  table_add_test (tests, "calendar words", test_calendar_words);
  table_add_test (tests, "numbers", test_numbers);
  TABLE_ADD (tests, "word", test_word, word_rows);
  TABLE_ADD (tests, "phrase", test_phrase, phrase_rows);
  table_add_test (tests, "sentence openers", test_sentence_openers);
  TABLE_ADD (tests, "abbreviation", test_abbreviation, abbreviation_rows);
  table_add_test (tests, "bounds", test_bounds);
  table_add_test (tests, "plurals", test_plurals);
  table_add_test (tests, "participle ending", test_participle_ending);
  table_add_test (tests, "units", test_units);
  TABLE_ADD (tests, "inflection", test_inflection, inflection_rows);
  TABLE_ADD (tests, "currency", test_currency, currency_rows);
  table_add_test (tests, "names", test_names);
  table_add_test (tests, "kinds", test_kinds);
  table_add_test (tests, "source folder", test_source_folder);
  TABLE_ADD (tests, "error", test_error, error_rows);
  return table_run ("language", tests);
}

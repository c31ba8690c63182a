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
  {"list words hold the classes", "their efforts", 1, CONTRA_WORDS_LIST_WORDS, TRUE},
  {"list words hold no cue of their own", "namely", 0, CONTRA_WORDS_LIST_WORDS, FALSE},
};

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

static const ErrorRow error_rows[] = {
  {"calendar: syntax", "calendar.yaml", "months: [January\n",
   "@/calendar.yaml:2:1: error: did not find expected ',' or ']' while parsing a flow sequence"},
  {"calendar: unknown top key", "calendar.yaml",
   "months:\n  - {name: January}\n" MONTHS_AFTER_JANUARY WEEKDAYS "seasons: []\n",
   "@/calendar.yaml:22:1: error: unknown key 'seasons' in calendar.yaml (known keys: months, weekdays)"},
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
   "relative_pronouns: [which]\nsentence_openers: [the]\nmodals: [may]\n",
   "@/words.yaml:17:1: error: unknown key 'modals' in words.yaml (known keys: function_words, not_names, "
   "name_gap_words, clause_openers, subject_starts, conjunctions, auxiliaries, clause_words, "
   "clause_words_after_comma, articles, determiners, generic_nouns, one_as_pronoun_after, "
   "future_words, relative_pronouns, sentence_openers)"},
  {"words: a word twice, two words, a mapping, a missing class", "words.yaml",
   "function_words: [the, The, in order]\nnot_names: {the: 1}\nname_gap_words: [the]\nclause_openers: [but]\n"
   "subject_starts: [the]\nconjunctions: [and]\nauxiliaries: [is]\nclause_words: [which]\n"
   "clause_words_after_comma: [where]\narticles: [the]\ndeterminers: [its]\n"
   "generic_nouns: [work]\none_as_pronoun_after: [the]\nfuture_words: [will]\nrelative_pronouns: [which]\n",
   "@/words.yaml:1:1: error: missing required key 'sentence_openers' in words.yaml\n"
   "@/words.yaml:1:23: error: 'The' is given twice in 'function_words'\n"
   "@/words.yaml:1:28: error: 'in order' must be one word\n"
   "@/words.yaml:2:12: error: 'not_names' must be a string or a list of strings"},
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
   "@/ranks.yaml:2:35: error: 'West' is given twice in 'not_superlative'"},
  {"bounds: too long, not a list, a missing key", "bounds.yaml",
   "about: [about, in the order of magnitude]\nat_least: at least\nmore_than: {over: 1}\nat_most: [up to]\n",
   "@/bounds.yaml:1:1: error: missing required key 'less_than' in bounds.yaml\n"
   "@/bounds.yaml:1:16: error: the bound 'in the order of magnitude' must have 1 to 4 tokens\n"
   "@/bounds.yaml:3:12: error: 'more_than' must be a string or a list of strings"},
  {"plurals: a bad ending, a bad irregular, a missing key", "plurals.yaml",
   "irregular: {people: person, mice: [mouse]}\ninvariant: [series]\nnot_plural: [news]\n"
   "endings:\n  - {plural: ies, singular: y, after_consonant: maybe}\n  - {singular: s}\n  - {plural: s, exept: [gas]}\n",
   "@/plurals.yaml:1:1: error: missing required key 'not_plural_endings' in plurals.yaml\n"
   "@/plurals.yaml:1:35: error: the singular of 'mice' must be a word\n"
   "@/plurals.yaml:5:49: error: 'after_consonant' must be true or false, not 'maybe'\n"
   "@/plurals.yaml:6:5: error: missing required key 'plural' in an ending\n"
   "@/plurals.yaml:7:17: error: unknown key 'exept' in an ending; did you mean 'except'?"},
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
  table_add_test (tests, "sentence openers", test_sentence_openers);
  TABLE_ADD (tests, "abbreviation", test_abbreviation, abbreviation_rows);
  table_add_test (tests, "bounds", test_bounds);
  table_add_test (tests, "plurals", test_plurals);
  table_add_test (tests, "names", test_names);
  table_add_test (tests, "source folder", test_source_folder);
  TABLE_ADD (tests, "error", test_error, error_rows);
  return table_run ("language", tests);
}

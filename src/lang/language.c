/* language.c — reading a language folder into one ContraLanguage.
 *
 * Each file kind has a reader below that checks its keys and entries with the rules'
 * schema helpers (base/schema.h), so a language file is validated as a rule file is:
 * every problem of every file is collected, then reported at once. The word classes
 * and their filters are built after all files are read, from what they hold.
 */
#include "lang/language.h"

#include <math.h>
#include <string.h>

#include "base/error.h"
#include "lang/lang.h"
#include "lang/unit-table.h"
#include "lang/kinds.h"
#include "lang/names.h"
#include "base/schema.h"
#include "base/yaml.h"

#define N_MONTHS 12
#define N_WEEKDAYS 7

typedef struct {
  GPtrArray *words;      /* char*, folded, NULL-terminated; of a phrase class, the
                          * first words of its phrases */
  GHashTable *set;       /* folded word -> itself (in words) */
  ContraWordFilter filter;
  GPtrArray *phrases; /* ContraBoundPhrase* (bound 0), longest first; NULL for a
                          * class of words */
} WordClass;

struct _ContraLanguage {
  char *code;
  char *month_names[N_MONTHS + 1];
  gboolean month_is_word[N_MONTHS + 1]; /* calendar.yaml's `also_a_word` */
  GHashTable *months;              /* folded spelling -> month | ABBREV_BIT */
  GHashTable *weekdays;            /* folded spelling -> day */
  GHashTable *month_abbreviations; /* spelling as written -> month */
  GHashTable *cardinals;           /* folded word -> value + 1 */
  GHashTable *ordinals;            /* folded word -> value + 1 */
  GHashTable *fractions;           /* folded word -> denominator + 1 */
  GHashTable *groups;              /* folded word -> size + 1 */
  GHashTable *scales;              /* folded word -> double* */
  ContraWordFilter number_keys;    /* the keys of the five maps above, to turn most
                                    * words away before a lookup */
  gboolean number_keys_ready;      /* set once the language has loaded */
  ContraWordFilter amount_starts;  /* the filters of amount_start_classes in one */
  GHashTable *glued_scales;        /* lower-case letters -> double* */
  GPtrArray *ordinal_endings;      /* OrdinalEnding*, longest digits first */
  GHashTable *ordinal_suffixes;    /* lower-case letters: set */
  GHashTable *sentence_openers;    /* capitalised as written -> itself */
  GHashTable *abbreviations;       /* as written, no final period -> ContraAbbreviation */
  char **superlative_endings;      /* ranks.yaml's `endings` */
  GPtrArray *bound_phrases;        /* ContraBoundPhrase*, longest first */
  GHashTable *irregular;           /* plural -> singular; invariant nouns map to themselves */
  GHashTable *not_plural;          /* set */
  char **not_plural_endings;
  GPtrArray *endings;              /* Ending*, in order */
  GHashTable *plurals;             /* singular -> plural, of irregular and invariant */
  GPtrArray *currency_codes;       /* char*; a currency name's phrase holds its index
                                    * in `bound` (CONTRA_WORDS_CURRENCY_NAMES) */
  GHashTable *after_scale_only;    /* ContraBoundPhrase* of a currency name: set */
  GPtrArray *past;                 /* Ending* of verbs.yaml: `base` in singular, `form` in plural */
  GPtrArray *participle;
  guint doubling_letters;
  char *never_doubled; /* the letters, as one string */
  WordClass classes[CONTRA_WORDS_N_CLASSES];
  ContraUnitTable *units; /* units.yaml */
  ContraNames *names;     /* names.yaml (lang/names.c) */
  ContraKinds *kinds;     /* kinds.yaml (lang/kinds.c) */
};

#define ABBREV_BIT 0x100

/* An entry of numbers.yaml's ordinal_suffixes: a number whose digits end in @digits
 * is written with @suffix. */
typedef struct {
  char *digits;
  char *suffix;
} OrdinalEnding;

static void
ordinal_ending_free (gpointer data)
{
  OrdinalEnding *e = data;

  g_free (e->digits);
  g_free (e->suffix);
  g_free (e);
}

static int
longer_ending_first (gconstpointer a, gconstpointer b)
{
  const OrdinalEnding *x = *(OrdinalEnding *const *) a, *y = *(OrdinalEnding *const *) b;

  return (int) strlen (y->digits) - (int) strlen (x->digits);
}

/* Which way an ending of plurals.yaml is read. */
typedef enum {
  WAY_BOTH,
  WAY_TO_SINGULAR,
  WAY_TO_PLURAL,
} Way;

/* An ending rule of plurals.yaml, or of verbs.yaml (its `base` in @singular, its
 * `form` in @plural). */
typedef struct {
  char *plural;
  char *singular;
  gboolean after_consonant;
  gboolean doubles; /* verbs.yaml: double the last letter first */
  Way one_way;
  GHashTable *except; /* set */
} Ending;

static void
ending_free (gpointer data)
{
  Ending *e = data;

  g_free (e->plural);
  g_free (e->singular);
  g_hash_table_unref (e->except);
  g_free (e);
}

/* Where a language's files come from: the program's own copy, or a folder. */
typedef struct {
  const char *code;
  const char *dir; /* NULL: compiled in */
} Source;

/* ------------------------------------------------------------------ word classes */

/* A phrase of bounds.yaml or of a phrase class of words.yaml. */
static void
bound_phrase_free (gpointer data)
{
  ContraBoundPhrase *b = data;

  for (guint k = 0; k < b->n; k++)
    g_free (b->fold[k]);
  g_free (b);
}

static int
longer_phrase_first (gconstpointer a, gconstpointer b)
{
  const ContraBoundPhrase *x = *(ContraBoundPhrase *const *) a, *y = *(ContraBoundPhrase *const *) b;

  return (int) y->n - (int) x->n;
}

static void
class_init (WordClass *c)
{
  c->words = g_ptr_array_new_with_free_func (g_free);
  c->set = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
class_add (WordClass *c, const char *word)
{
  g_autofree char *fold = g_utf8_casefold (word, -1);

  if (g_hash_table_contains (c->set, fold))
    return;
  char *kept = g_steal_pointer (&fold);
  g_ptr_array_add (c->words, kept);
  g_hash_table_add (c->set, kept);
}

static void
class_finish (WordClass *c)
{
  g_ptr_array_add (c->words, NULL);
  contra_word_filter_init (&c->filter, (const char *const *) c->words->pdata);
}

static void
class_clear (WordClass *c)
{
  g_clear_pointer (&c->set, g_hash_table_unref);
  g_clear_pointer (&c->words, g_ptr_array_unref);
  g_clear_pointer (&c->phrases, g_ptr_array_unref);
}

/* ------------------------------------------------------------------ reading */

/* Parses @name of @source into a node; problems go to @diagnostics. */
static ContraYamlNode *
read_file (const Source *source, const char *name, char **label, GPtrArray *diagnostics)
{
  ContraDiagnostic *problem = NULL;
  ContraYamlNode *root = NULL;

  if (source->dir != NULL)
    {
      *label = g_build_filename (source->dir, name, NULL);
      root = contra_yaml_parse_file (*label, &problem);
    }
  else
    {
      g_autofree char *key = g_strconcat (source->code, "/", name, NULL);
      const ContraLangFile *file = contra_lang_files;
      while (file->name != NULL && strcmp (file->name, key) != 0)
        file++;
      *label = g_strconcat ("lang/", key, NULL);
      if (file->name == NULL)
        problem = contra_diagnostic_new (CONTRA_SEVERITY_ERROR, *label, 0, 0, "not compiled in");
      else
        root = contra_yaml_parse (*label, file->data, file->length, &problem);
    }
  if (problem != NULL)
    g_ptr_array_add (diagnostics, problem);
  return root;
}

/* Adds the folded @spelling of entry @value to @table, unless the file gave it already. */
static void
add_spelling (ContraSchema *schema,
              GHashTable *table,
              const ContraYamlNode *node,
              const char *spelling,
              guint value)
{
  g_autofree char *fold = g_utf8_casefold (spelling, -1);

  if (*spelling == '\0' || strchr (spelling, ' ') != NULL)
    {
      contra_schema_error (schema, node, "'%s' must be one word", spelling);
      return;
    }
  if (g_hash_table_contains (table, fold))
    {
      contra_schema_error (schema, node, "'%s' is given twice", spelling);
      return;
    }
  g_hash_table_insert (table, g_steal_pointer (&fold), GUINT_TO_POINTER (value));
}

/* One list of the calendar: @n entries with `name` and `abbreviations`. */
static void
read_calendar_list (ContraLanguage *language,
                    ContraSchema *schema,
                    const ContraYamlNode *root,
                    const char *key,
                    guint n,
                    GHashTable *seen)
{
  static const char *const entry_keys[] = {"name", "abbreviations", "also_a_word", NULL};
  const ContraYamlNode *list = contra_yaml_mapping_get (root, key);
  gboolean months = strcmp (key, "months") == 0;

  if (list == NULL)
    {
      contra_schema_error (schema, root, "missing required key '%s'", key);
      return;
    }
  if (list->kind != CONTRA_YAML_SEQUENCE || contra_yaml_length (list) != n)
    {
      contra_schema_error (schema, list, "'%s' must be a list of %u entries", key, n);
      return;
    }
  for (guint k = 0; k < n; k++)
    {
      const ContraYamlNode *entry = contra_yaml_item_at (list, k);
      if (!contra_schema_mapping (schema, entry, key, entry_keys)
          || !contra_schema_require (schema, entry, "name", key))
        continue;
      const char *name = contra_schema_string (schema, entry, "name");
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) abbreviations = contra_schema_strings (schema, entry, "abbreviations", nodes);
      guint before = g_hash_table_size (seen);
      if (name == NULL)
        continue;
      add_spelling (schema, seen, contra_yaml_mapping_get (entry, "name"), name, 1);
      if (g_hash_table_size (seen) == before)
        continue;
      add_spelling (schema, months ? language->months : language->weekdays,
                    contra_yaml_mapping_get (entry, "name"), name, k + 1);
      class_add (&language->classes[CONTRA_WORDS_CALENDAR_NAMES], name);
      class_add (&language->classes[CONTRA_WORDS_CALENDAR], name);
      if (months)
        {
          language->month_names[k + 1] = g_strdup (name);
          language->month_is_word[k + 1] = contra_schema_bool (schema, entry, "also_a_word", FALSE);
        }
      else if (contra_yaml_mapping_get (entry, "also_a_word") != NULL)
        contra_schema_error (schema, contra_yaml_mapping_get (entry, "also_a_word"),
                             "'also_a_word' is read for months only");
      for (guint a = 0; abbreviations != NULL && abbreviations[a] != NULL; a++)
        {
          const ContraYamlNode *at = nodes->pdata[a];
          before = g_hash_table_size (seen);
          add_spelling (schema, seen, at, abbreviations[a], 1);
          if (g_hash_table_size (seen) == before)
            continue;
          add_spelling (schema, months ? language->months : language->weekdays, at,
                        abbreviations[a], (k + 1) | (months ? ABBREV_BIT : 0));
          class_add (&language->classes[CONTRA_WORDS_CALENDAR], abbreviations[a]);
          if (months)
            g_hash_table_insert (language->month_abbreviations, g_strdup (abbreviations[a]),
                                 GUINT_TO_POINTER (k + 1));
        }
    }
}

static void read_word_list (ContraLanguage *language, ContraSchema *schema, const ContraYamlNode *root, const char *key,
                            const char *what, ContraWordClass cls);

/* The groups of calendar.yaml: a mapping of fixed keys, each a list of words, whose
 * classes follow one another from @first in the order of @keys. */
static const char *const season_keys[] = {"spring", "summer", "autumn", "winter", NULL};
static const char *const part_word_keys[] = {"early", "middle", "late", NULL};
static const char *const part_noun_keys[] = {"start", "middle", "end", NULL};
static const char *const time_unit_keys[]
  = {"second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade", "century", NULL};
static const char *const day_part_keys[] = {"morning", "afternoon", "evening", "night", NULL};
static const char *const frequency_keys[] = {"yearly", "quarterly", "monthly", "weekly", "daily", "hourly", NULL};

static const struct {
  const char *key;
  const char *const *keys;
  ContraWordClass first;
} calendar_groups[] = {
  {"seasons", season_keys, CONTRA_WORDS_SPRING},           {"part_words", part_word_keys, CONTRA_WORDS_PART_EARLY},
  {"part_nouns", part_noun_keys, CONTRA_WORDS_PART_START}, {"time_units", time_unit_keys, CONTRA_WORDS_SECOND},
  {"day_parts", day_part_keys, CONTRA_WORDS_MORNING},      {"frequencies", frequency_keys, CONTRA_WORDS_YEARLY},
};

/* The lists of calendar.yaml after the months and weekdays: the date grammar's words.
 * Each is optional: a language may have none. */
static const struct {
  const char *key;
  ContraWordClass cls;
} calendar_words[] = {
  {"past_ref_words", CONTRA_WORDS_PAST_REF},
  {"future_ref_words", CONTRA_WORDS_FUTURE_REF},
  {"past_ref_adverbs", CONTRA_WORDS_PAST_REF_ADVERBS},
  {"past_ref_nouns", CONTRA_WORDS_PAST_REF_NOUNS},
  {"future_ref_nouns", CONTRA_WORDS_FUTURE_REF_NOUNS},
  {"overnight_words", CONTRA_WORDS_OVERNIGHT},
  {"latest_words", CONTRA_WORDS_LATEST},
  {"period_nouns", CONTRA_WORDS_PERIOD_NOUNS},
  {"future_after_words", CONTRA_WORDS_FUTURE_AFTER},
  {"noon_words", CONTRA_WORDS_NOON},
  {"midnight_words", CONTRA_WORDS_MIDNIGHT},
  {"previous_words", CONTRA_WORDS_PREVIOUS},
  {"current_words", CONTRA_WORDS_CURRENT},
  {"ambiguous_seasons", CONTRA_WORDS_AMBIGUOUS_SEASONS},
  {"verb_seasons", CONTRA_WORDS_VERB_SEASONS},
  {"halves", CONTRA_WORDS_HALVES},
  {"year_prepositions", CONTRA_WORDS_YEAR_PREPOSITIONS},
  {"month_openers", CONTRA_WORDS_MONTH_OPENERS},
  {"weekday_openers", CONTRA_WORDS_WEEKDAY_OPENERS},
  {"this_words", CONTRA_WORDS_THIS},
  {"last_words", CONTRA_WORDS_LAST},
  {"next_words", CONTRA_WORDS_NEXT},
  {"past_words", CONTRA_WORDS_PAST},
  {"that_words", CONTRA_WORDS_THAT},
  {"same_words", CONTRA_WORDS_SAME},
  {"following_words", CONTRA_WORDS_FOLLOWING},
  {"ago_words", CONTRA_WORDS_AGO},
  {"later_words", CONTRA_WORDS_LATER},
  {"earlier_words", CONTRA_WORDS_EARLIER},
  {"after_words", CONTRA_WORDS_AFTER},
  {"since_words", CONTRA_WORDS_SINCE},
  {"bounding_words", CONTRA_WORDS_BOUNDING},
  {"within_words", CONTRA_WORDS_WITHIN},
  {"fiscal_words", CONTRA_WORDS_FISCAL},
  {"fiscal_abbreviations", CONTRA_WORDS_FISCAL_ABBREVIATIONS},
  {"quarter_abbreviations", CONTRA_WORDS_QUARTER_ABBREVIATIONS},
  {"anniversary_words", CONTRA_WORDS_ANNIVERSARY},
  {"approximate_words", CONTRA_WORDS_APPROXIMATE},
  {"approximate_abbreviations", CONTRA_WORDS_APPROXIMATE_ABBREVIATIONS},
  {"present_words", CONTRA_WORDS_PRESENT},
  {"today_words", CONTRA_WORDS_TODAY},
  {"now_words", CONTRA_WORDS_NOW},
  {"now_openers", CONTRA_WORDS_NOW_OPENERS},
  {"now_conjunctions", CONTRA_WORDS_NOW_CONJUNCTIONS},
  {"now_intensifiers", CONTRA_WORDS_NOW_INTENSIFIERS},
  {"yesterday_words", CONTRA_WORDS_YESTERDAY},
  {"tomorrow_words", CONTRA_WORDS_TOMORROW},
  {"tonight_words", CONTRA_WORDS_TONIGHT},
  {"am_words", CONTRA_WORDS_AM},
  {"pm_words", CONTRA_WORDS_PM},
  {"meridiem_letters", CONTRA_WORDS_MERIDIEM_LETTERS},
  {"clock_day_prepositions", CONTRA_WORDS_CLOCK_DAY_PREPOSITIONS},
  {"vague_counts", CONTRA_WORDS_VAGUE_COUNTS},
  {"vague_counts_after_articles", CONTRA_WORDS_VAGUE_COUNTS_AFTER_ARTICLES},
  {"count_fillers", CONTRA_WORDS_COUNT_FILLERS},
  {"duration_openers", CONTRA_WORDS_DURATION_OPENERS},
  {"duration_openers_after_the", CONTRA_WORDS_DURATION_OPENERS_AFTER_THE},
  {"frequency_counts", CONTRA_WORDS_FREQUENCY_COUNTS},
  {"per_words", CONTRA_WORDS_PER},
  {"every_words", CONTRA_WORDS_EVERY},
  {"alternate_words", CONTRA_WORDS_ALTERNATE},
  {"date_range_openers", CONTRA_WORDS_DATE_RANGE_OPENERS},
  {"date_range_joints", CONTRA_WORDS_DATE_RANGE_JOINTS},
};

static void
read_calendar (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  const char *keys[2 + G_N_ELEMENTS (calendar_groups) + G_N_ELEMENTS (calendar_words) + 1];
  guint n_keys = 0;
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "calendar.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  keys[n_keys++] = "months";
  keys[n_keys++] = "weekdays";
  for (guint k = 0; k < G_N_ELEMENTS (calendar_words); k++)
    keys[n_keys++] = calendar_words[k].key;
  for (guint k = 0; k < G_N_ELEMENTS (calendar_groups); k++)
    keys[n_keys++] = calendar_groups[k].key;
  keys[n_keys] = NULL;
  if (root == NULL || !contra_schema_mapping (&schema, root, "calendar.yaml", keys))
    return;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  read_calendar_list (language, &schema, root, "months", N_MONTHS, seen);
  read_calendar_list (language, &schema, root, "weekdays", N_WEEKDAYS, seen);
  /* The date grammar's words: optional, a language may have none. */
  for (guint k = 0; k < G_N_ELEMENTS (calendar_words); k++)
    if (contra_yaml_mapping_get (root, calendar_words[k].key) != NULL)
      read_word_list (language, &schema, root, calendar_words[k].key, "calendar.yaml", calendar_words[k].cls);
  for (guint k = 0; k < G_N_ELEMENTS (calendar_groups); k++)
    {
      const ContraYamlNode *group = contra_yaml_mapping_get (root, calendar_groups[k].key);
      if (group == NULL || !contra_schema_mapping (&schema, group, calendar_groups[k].key, calendar_groups[k].keys))
        continue;
      for (guint g = 0; calendar_groups[k].keys[g] != NULL; g++)
        if (contra_yaml_mapping_get (group, calendar_groups[k].keys[g]) != NULL)
          read_word_list (language, &schema, group, calendar_groups[k].keys[g], calendar_groups[k].key,
                          calendar_groups[k].first + g);
    }
}

/* The classes the date grammar starts a date with (besides months, weekdays and
 * cardinals), and those a time expression that is no date starts with: the
 * prefilters of src/normalize/date.c: every class its dispatch tests a first word
 * against. */
static const ContraWordClass date_start_classes[] = {
  CONTRA_WORDS_DEFINITE_ARTICLES,
  CONTRA_WORDS_THIS,
  CONTRA_WORDS_THAT,
  CONTRA_WORDS_LAST,
  CONTRA_WORDS_NEXT,
  CONTRA_WORDS_PAST,
  CONTRA_WORDS_PART_EARLY,
  CONTRA_WORDS_PART_MID,
  CONTRA_WORDS_PART_LATE,
  CONTRA_WORDS_EARLIER,
  CONTRA_WORDS_LATER,
  CONTRA_WORDS_APPROXIMATE,
  CONTRA_WORDS_APPROXIMATE_ABBREVIATIONS,
  CONTRA_WORDS_PRESENT,
  CONTRA_WORDS_TODAY,
  CONTRA_WORDS_NOW,
  CONTRA_WORDS_YESTERDAY,
  CONTRA_WORDS_TOMORROW,
  CONTRA_WORDS_FISCAL,
  CONTRA_WORDS_FISCAL_ABBREVIATIONS,
  CONTRA_WORDS_SPRING,
  CONTRA_WORDS_SUMMER,
  CONTRA_WORDS_AUTUMN,
  CONTRA_WORDS_WINTER,
  CONTRA_WORDS_INDEFINITE_ARTICLES, /* "a year ago" */
  CONTRA_WORDS_YEAR,                /* "year-end"; read before the plurals join it */
};

static const ContraWordClass timex_start_classes[] = {
  CONTRA_WORDS_DEFINITE_ARTICLES,
  CONTRA_WORDS_PAST,
  CONTRA_WORDS_LAST,
  CONTRA_WORDS_NEXT,
  CONTRA_WORDS_THIS,
  CONTRA_WORDS_DURATION_OPENERS,
  CONTRA_WORDS_INDEFINITE_ARTICLES,
  CONTRA_WORDS_VAGUE_COUNTS,
  CONTRA_WORDS_EVERY,
  CONTRA_WORDS_FREQUENCY_COUNTS,
  CONTRA_WORDS_YEARLY,
  CONTRA_WORDS_QUARTERLY,
  CONTRA_WORDS_MONTHLY,
  CONTRA_WORDS_WEEKLY,
  CONTRA_WORDS_DAILY,
  CONTRA_WORDS_HOURLY,
  CONTRA_WORDS_TONIGHT,
  CONTRA_WORDS_YESTERDAY,
  CONTRA_WORDS_TODAY,
  CONTRA_WORDS_TOMORROW,
  CONTRA_WORDS_PAST_REF,
  CONTRA_WORDS_FUTURE_REF,
  CONTRA_WORDS_PAST_REF_ADVERBS,
  CONTRA_WORDS_OVERNIGHT,
  CONTRA_WORDS_NOON,
  CONTRA_WORDS_MIDNIGHT,
};

/* The classes computed from calendar.yaml, words.yaml and plurals.yaml once all are
 * read: the date grammar's prefilters, and the plurals of the time units. */
static void
compute_date_classes (ContraLanguage *language)
{
  WordClass *starts = &language->classes[CONTRA_WORDS_DATE_STARTS];
  WordClass *timex = &language->classes[CONTRA_WORDS_TIMEX_STARTS];
  WordClass *plurals = &language->classes[CONTRA_WORDS_TIME_UNIT_PLURALS];

  for (guint k = 0; k < G_N_ELEMENTS (date_start_classes); k++)
    {
      const WordClass *c = &language->classes[date_start_classes[k]];
      for (guint w = 0; w < c->words->len; w++)
        class_add (starts, c->words->pdata[w]);
    }
  for (guint k = 0; k < G_N_ELEMENTS (timex_start_classes); k++)
    {
      const WordClass *c = &language->classes[timex_start_classes[k]];
      for (guint w = 0; w < c->words->len; w++)
        class_add (timex, c->words->pdata[w]);
    }
  /* "years", "centuries": a unit's plurals are the same unit. */
  for (ContraWordClass cls = CONTRA_WORDS_SECOND; cls <= CONTRA_WORDS_CENTURY; cls++)
    {
      WordClass *c = &language->classes[cls];
      guint n = c->words->len;
      for (guint w = 0; w < n; w++)
        {
          g_autofree char *plural = contra_language_plural (language, c->words->pdata[w]);
          if (strcmp (plural, c->words->pdata[w]) == 0)
            continue;
          class_add (c, plural);
          class_add (plurals, plural);
        }
    }
}

/* ------------------------------------------------------------------ numbers */

typedef enum {
  NUMBER_WHOLE,    /* a whole number up to a million, kept as value + 1 */
  NUMBER_POSITIVE, /* any number above 0, kept as a double */
} NumberKind;

/* The mapping @key of numbers.yaml (word: number) into @table; its words join the
 * classes @cls (up to two; CONTRA_WORDS_N_CLASSES for none). */
static void
read_number_map (ContraLanguage *language,
                 ContraSchema *schema,
                 const ContraYamlNode *root,
                 const char *key,
                 NumberKind kind,
                 GHashTable *table,
                 ContraWordClass cls,
                 ContraWordClass cls2)
{
  const ContraYamlNode *map = contra_yaml_mapping_get (root, key);

  if (map == NULL)
    {
      contra_schema_error (schema, root, "missing required key '%s'", key);
      return;
    }
  if (map->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, map, "'%s' must be a mapping of words to numbers, not %s", key,
                           contra_yaml_kind_name (map->kind));
      return;
    }
  for (guint k = 0; k < contra_yaml_length (map); k++)
    {
      const ContraYamlNode *word = contra_yaml_key_at (map, k), *value = contra_yaml_value_at (map, k);
      char *end = NULL;
      double v = value->kind == CONTRA_YAML_SCALAR ? g_ascii_strtod (value->scalar, &end) : -1;
      if (word->kind != CONTRA_YAML_SCALAR || word->scalar[0] == '\0' || strchr (word->scalar, ' ') != NULL)
        {
          contra_schema_error (schema, word, "a key of '%s' must be one word", key);
          continue;
        }
      if (value->kind != CONTRA_YAML_SCALAR || value->scalar[0] == '\0' || *end != '\0' || !(v >= 0)
          || (kind == NUMBER_WHOLE ? v != floor (v) || v > 1e6 : v == 0))
        {
          contra_schema_error (schema, value, "'%s' must be %s", word->scalar,
                               kind == NUMBER_WHOLE ? "a whole number from 0 to 1000000" : "a number above 0");
          continue;
        }
      g_autofree char *fold = g_utf8_casefold (word->scalar, -1);
      if (g_hash_table_contains (table, fold))
        {
          contra_schema_error (schema, word, "'%s' is given twice in '%s'", word->scalar, key);
          continue;
        }
      if (kind == NUMBER_WHOLE)
        g_hash_table_insert (table, g_strdup (fold), GINT_TO_POINTER ((int) v + 1));
      else
        g_hash_table_insert (table, g_strdup (fold), g_memdup2 (&v, sizeof v));
      if (cls < CONTRA_WORDS_N_CLASSES)
        class_add (&language->classes[cls], fold);
      if (cls2 < CONTRA_WORDS_N_CLASSES)
        class_add (&language->classes[cls2], fold);
    }
}

/* numbers.yaml's ordinal_suffixes (optional): digits, or "", to letters. */
static void
read_ordinal_suffixes (ContraLanguage *language, ContraSchema *schema, const ContraYamlNode *root)
{
  const ContraYamlNode *map = contra_yaml_mapping_get (root, "ordinal_suffixes");

  if (map == NULL)
    return;
  if (map->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (schema, map, "'ordinal_suffixes' must be a mapping of digits to letters, not %s",
                           contra_yaml_kind_name (map->kind));
      return;
    }
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < contra_yaml_length (map); k++)
    {
      const ContraYamlNode *digits = contra_yaml_key_at (map, k), *letters = contra_yaml_value_at (map, k);
      gboolean ok = digits->kind == CONTRA_YAML_SCALAR && strlen (digits->scalar) <= 3;
      for (const char *c = ok ? digits->scalar : ""; *c != '\0'; c++)
        ok = ok && g_ascii_isdigit (*c);
      if (!ok)
        {
          contra_schema_error (schema, digits, "a key of 'ordinal_suffixes' must be up to three digits, or \"\"");
          continue;
        }
      ok = letters->kind == CONTRA_YAML_SCALAR && letters->scalar[0] != '\0';
      for (const char *c = ok ? letters->scalar : ""; *c != '\0'; c++)
        ok = ok && g_ascii_isalpha (*c);
      if (!ok)
        {
          contra_schema_error (schema, letters, "the suffix of '%s' must be letters", digits->scalar);
          continue;
        }
      if (g_hash_table_contains (seen, digits->scalar))
        {
          contra_schema_error (schema, digits, "'%s' is given twice in 'ordinal_suffixes'", digits->scalar);
          continue;
        }
      g_hash_table_add (seen, digits->scalar);
      OrdinalEnding *e = g_new0 (OrdinalEnding, 1);
      e->digits = g_strdup (digits->scalar);
      e->suffix = g_ascii_strdown (letters->scalar, -1);
      g_hash_table_add (language->ordinal_suffixes, g_strdup (e->suffix));
      g_ptr_array_add (language->ordinal_endings, e);
    }
  g_ptr_array_sort (language->ordinal_endings, longer_ending_first);
}

static void
read_numbers (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[]
    = {"cardinals", "ordinals", "scales", "fractions", "groups", "glued_scales", "ordinal_suffixes", NULL};
  const ContraWordClass none = CONTRA_WORDS_N_CLASSES;
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "numbers.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  if (root == NULL || !contra_schema_mapping (&schema, root, "numbers.yaml", keys))
    return;
  read_number_map (language, &schema, root, "cardinals", NUMBER_WHOLE, language->cardinals,
                   CONTRA_WORDS_CARDINALS, CONTRA_WORDS_NUMBERS);
  read_number_map (language, &schema, root, "ordinals", NUMBER_WHOLE, language->ordinals,
                   CONTRA_WORDS_NUMBERS, none);
  read_number_map (language, &schema, root, "scales", NUMBER_POSITIVE, language->scales,
                   CONTRA_WORDS_NUMBERS, none);
  read_number_map (language, &schema, root, "fractions", NUMBER_WHOLE, language->fractions,
                   CONTRA_WORDS_NUMBERS, none);
  read_number_map (language, &schema, root, "groups", NUMBER_WHOLE, language->groups,
                   CONTRA_WORDS_NUMBERS, none);
  /* Glued letters are no words of their own: "m" is no number word. */
  read_number_map (language, &schema, root, "glued_scales", NUMBER_POSITIVE, language->glued_scales,
                   none, none);
  read_ordinal_suffixes (language, &schema, root);
}

/* ------------------------------------------------------------------ words */


static const struct {
  const char *key;
  ContraWordClass cls;
} word_files[] = {
  {"function_words", CONTRA_WORDS_FUNCTION},
  {"not_names", CONTRA_WORDS_NOT_NAMES},
  {"name_gap_words", CONTRA_WORDS_NAME_GAPS},
  {"clause_openers", CONTRA_WORDS_CLAUSE_OPENERS},
  {"subject_starts", CONTRA_WORDS_SUBJECT_STARTS},
  {"conjunctions", CONTRA_WORDS_CONJUNCTIONS},
  {"auxiliaries", CONTRA_WORDS_AUXILIARIES},
  {"clause_words", CONTRA_WORDS_CLAUSE_WORDS},
  {"clause_words_after_comma", CONTRA_WORDS_CLAUSE_WORDS_AFTER_COMMA},
  {"articles", CONTRA_WORDS_ARTICLES},
  {"determiners", CONTRA_WORDS_DETERMINERS},
  {"generic_nouns", CONTRA_WORDS_GENERIC_NOUNS},
  {"one_as_pronoun_after", CONTRA_WORDS_ONE_AS_PRONOUN_AFTER},
  {"future_words", CONTRA_WORDS_FUTURE},
  {"relative_pronouns", CONTRA_WORDS_RELATIVE_PRONOUNS},
  {"personal_pronouns", CONTRA_WORDS_PERSONAL_PRONOUNS},
  {"whole_spans", CONTRA_WORDS_WHOLE_SPANS},
  {"sentence_openers", CONTRA_WORDS_SENTENCE_OPENERS},
  {"conjunction_and", CONTRA_WORDS_AND},
  {"indefinite_articles", CONTRA_WORDS_INDEFINITE_ARTICLES},
  {"definite_articles", CONTRA_WORDS_DEFINITE_ARTICLES},
  {"appositive_articles", CONTRA_WORDS_APPOSITIVE_ARTICLES},
  {"fraction_articles", CONTRA_WORDS_FRACTION_ARTICLES},
  {"partitives", CONTRA_WORDS_PARTITIVES},
  {"range_openers", CONTRA_WORDS_RANGE_OPENERS},
  {"range_joints", CONTRA_WORDS_RANGE_JOINTS},
  {"citation_words", CONTRA_WORDS_CITATION_WORDS},
  {"clock_and_angle_words", CONTRA_WORDS_CLOCK_AND_ANGLE},
  {"percent_signs", CONTRA_WORDS_PERCENT_SIGNS},
  {"percentage_points", CONTRA_WORDS_PERCENTAGE_POINTS},
  {"reciprocal_pronouns", CONTRA_WORDS_RECIPROCAL_PRONOUNS},
  {"not_a_share_after_fraction", CONTRA_WORDS_NOT_A_SHARE},
  {"list_cues", CONTRA_WORDS_LIST_CUES},
  {"strong_list_cues", CONTRA_WORDS_STRONG_LIST_CUES},
  {"list_cue_repeats", CONTRA_WORDS_LIST_CUE_REPEATS},
  {"list_cues_after_plural", CONTRA_WORDS_LIST_CUES_AFTER_PLURAL},
  {"list_cues_before_names", CONTRA_WORDS_LIST_CUES_BEFORE_NAMES},
  {"weak_list_cues", CONTRA_WORDS_WEAK_LIST_CUES},
  {"field_nouns", CONTRA_WORDS_FIELD_NOUNS},
  {"pair_openers", CONTRA_WORDS_PAIR_OPENERS},
  {"clause_phrases", CONTRA_WORDS_CLAUSE_PHRASES},
  {"count_closing_cues", CONTRA_WORDS_COUNT_CLOSING_CUES},
  {"reference_point_words", CONTRA_WORDS_REFERENCE_POINT},
  {"event_clause_words", CONTRA_WORDS_EVENT_CLAUSE},
  {"reference_markers", CONTRA_WORDS_REFERENCE_MARKERS},
  {"position_cues", CONTRA_WORDS_POSITION_CUES},
  {"unfinished_endings", CONTRA_WORDS_UNFINISHED_ENDINGS},
  {"count_label_openers", CONTRA_WORDS_COUNT_LABEL_OPENERS},
  {"trailing_participles", CONTRA_WORDS_TRAILING_PARTICIPLES},
  {"change_words", CONTRA_WORDS_CHANGE},
  {"change_openers", CONTRA_WORDS_CHANGE_OPENERS},
  {"aspect_nouns", CONTRA_WORDS_ASPECT_NOUNS},
  {"plural_verbs", CONTRA_WORDS_PLURAL_VERBS},
  {"period_starts", CONTRA_WORDS_PERIOD_STARTS},
  {"period_ends", CONTRA_WORDS_PERIOD_ENDS},
  {"ratio_joints", CONTRA_WORDS_RATIO_JOINTS},
  {"age_words", CONTRA_WORDS_AGE_WORDS},
  {"part_owners", CONTRA_WORDS_PART_OWNERS},
  {"naming_words", CONTRA_WORDS_NAMING_WORDS},
};

/* The classes of words.yaml that may hold phrases of several words. */
static const ContraWordClass phrase_classes[] = {
  CONTRA_WORDS_PERCENT_SIGNS, CONTRA_WORDS_PERCENTAGE_POINTS, CONTRA_WORDS_RECIPROCAL_PRONOUNS,
  CONTRA_WORDS_NOT_A_SHARE,   CONTRA_WORDS_LIST_CUES,         CONTRA_WORDS_CLAUSE_PHRASES,
  CONTRA_WORDS_PRESENT,       CONTRA_WORDS_POSITION_CUES,     CONTRA_WORDS_COUNT_LABEL_OPENERS,
  CONTRA_WORDS_RATIO_JOINTS,
};

/* The classes whose first words make the list normaliser's cue filter. */
static const ContraWordClass list_cue_classes[] = {
  CONTRA_WORDS_LIST_CUES,      CONTRA_WORDS_LIST_CUES_AFTER_PLURAL, CONTRA_WORDS_LIST_CUES_BEFORE_NAMES,
  CONTRA_WORDS_WEAK_LIST_CUES, CONTRA_WORDS_PAIR_OPENERS,
};

static gboolean
is_phrase_class (ContraWordClass cls)
{
  for (guint k = 0; k < G_N_ELEMENTS (phrase_classes); k++)
    if (phrase_classes[k] == cls)
      return TRUE;
  return FALSE;
}

/* Adds the phrase @text (of @node) to the phrase class @cls: cut into word tokens as a
 * sentence is cut, and given once. Returns it (owned by @c), or NULL when it is
 * reported. */
static ContraBoundPhrase *
add_phrase (WordClass *c, ContraSchema *schema, ContraTokens *t, const char *key, const char *text,
            const ContraYamlNode *node)
{
  contra_tokens_scan (t, text, strlen (text));
  gboolean words = t->n_tokens > 0 && t->n_tokens <= CONTRA_BOUND_PHRASE_MAX_TOKENS;
  for (guint k = 0; words && k < t->n_tokens; k++)
    words = t->tokens[k].kind == CONTRA_TOKEN_WORD;
  if (!words)
    {
      contra_schema_error (schema, node, "'%s' must be 1 to %d words", text, CONTRA_BOUND_PHRASE_MAX_TOKENS);
      return NULL;
    }
  ContraBoundPhrase *p = g_new0 (ContraBoundPhrase, 1);
  p->n = t->n_tokens;
  for (guint k = 0; k < t->n_tokens; k++)
    p->fold[k] = g_strdup (contra_tokens_fold (t, k));
  for (guint q = 0; q < c->phrases->len; q++)
    {
      const ContraBoundPhrase *other = c->phrases->pdata[q];
      guint m = 0;
      while (m < p->n && other->n == p->n && strcmp (other->fold[m], p->fold[m]) == 0)
        m++;
      if (m == p->n)
        {
          contra_schema_error (schema, node, "'%s' is given twice in '%s'", text, key);
          bound_phrase_free (p);
          return NULL;
        }
    }
  class_add (c, p->fold[0]);
  g_ptr_array_add (c->phrases, p);
  return p;
}

/* The list @key of @root into class @cls, each word once. */
static void
read_word_list (ContraLanguage *language,
                ContraSchema *schema,
                const ContraYamlNode *root,
                const char *key,
                const char *what,
                ContraWordClass cls)
{
  WordClass *c = &language->classes[cls];
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr (ContraTokens) t = NULL;

  if (is_phrase_class (cls))
    {
      c->phrases = g_ptr_array_new_with_free_func (bound_phrase_free);
      t = contra_tokens_new_for (NULL);
    }
  if (!contra_schema_require (schema, root, key, what))
    return;
  g_auto (GStrv) words = contra_schema_strings (schema, root, key, nodes);
  for (guint w = 0; words != NULL && words[w] != NULL; w++)
    {
      g_autofree char *fold = g_utf8_casefold (words[w], -1);
      if (c->phrases != NULL)
        add_phrase (c, schema, t, key, words[w], nodes->pdata[w]);
      else if (words[w][0] == '\0' || strchr (words[w], ' ') != NULL)
        contra_schema_error (schema, nodes->pdata[w], "'%s' must be one word", words[w]);
      else if (g_hash_table_contains (c->set, fold))
        contra_schema_error (schema, nodes->pdata[w], "'%s' is given twice in '%s'", words[w], key);
      else
        class_add (c, words[w]);
    }
  if (c->phrases != NULL)
    g_ptr_array_sort (c->phrases, longer_phrase_first);
}

/* The word as a sentence starts with it: "However", "I". */
static char *
capitalised (const char *word)
{
  gunichar first = g_utf8_get_char (word);
  char buf[8];

  buf[g_unichar_to_utf8 (g_unichar_totitle (first), buf)] = '\0';
  return g_strconcat (buf, g_utf8_next_char (word), NULL);
}

static void
read_words (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  const char *keys[G_N_ELEMENTS (word_files) + 1];
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "words.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  for (guint k = 0; k < G_N_ELEMENTS (word_files); k++)
    keys[k] = word_files[k].key;
  keys[G_N_ELEMENTS (word_files)] = NULL;
  if (root == NULL || !contra_schema_mapping (&schema, root, "words.yaml", keys))
    return;
  for (guint k = 0; k < G_N_ELEMENTS (word_files); k++)
    read_word_list (language, &schema, root, word_files[k].key, "words.yaml", word_files[k].cls);
  /* As a sentence writes them: "However", "I". */
  const WordClass *openers = &language->classes[CONTRA_WORDS_SENTENCE_OPENERS];
  for (guint w = 0; w < openers->words->len; w++)
    {
      char *written = capitalised (openers->words->pdata[w]);
      g_hash_table_replace (language->sentence_openers, written, written);
    }
  for (ContraWordClass cls = CONTRA_WORDS_CONJUNCTIONS; cls <= CONTRA_WORDS_GENERIC_NOUNS; cls++)
    for (guint w = 0; w < language->classes[cls].words->len; w++)
      class_add (&language->classes[CONTRA_WORDS_LIST_WORDS], language->classes[cls].words->pdata[w]);
  for (guint k = 0; k < G_N_ELEMENTS (list_cue_classes); k++)
    {
      const WordClass *c = &language->classes[list_cue_classes[k]];
      for (guint w = 0; w < c->words->len; w++)
        class_add (&language->classes[CONTRA_WORDS_LIST_CUE_WORDS], c->words->pdata[w]);
    }
}

/* ------------------------------------------------------------------ ranks */

static void
read_ranks (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"endings", "not_superlative", "superlatives", "degree", "first_after", NULL};
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "ranks.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  if (root == NULL || !contra_schema_mapping (&schema, root, "ranks.yaml", keys))
    return;
  if (contra_schema_require (&schema, root, "endings", "ranks.yaml"))
    language->superlative_endings = contra_schema_strings (&schema, root, "endings", NULL);
  read_word_list (language, &schema, root, "not_superlative", "ranks.yaml", CONTRA_WORDS_NOT_SUPERLATIVE);
  read_word_list (language, &schema, root, "superlatives", "ranks.yaml", CONTRA_WORDS_SUPERLATIVES);
  read_word_list (language, &schema, root, "degree", "ranks.yaml", CONTRA_WORDS_DEGREE);
  read_word_list (language, &schema, root, "first_after", "ranks.yaml", CONTRA_WORDS_FIRST_AFTER);
}

/* ------------------------------------------------------------------ plurals */

/* The list @key of @mapping as a set (absent: empty). */
static GHashTable *
read_set (ContraSchema *schema, const ContraYamlNode *mapping, const char *key)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) words = contra_schema_strings (schema, mapping, key, NULL);

  for (guint w = 0; words != NULL && words[w] != NULL; w++)
    g_hash_table_add (set, g_utf8_casefold (words[w], -1));
  return set;
}

/* An irregular plural, read both ways: the first plural given for a singular is the
 * one the plural of the singular is. */
static void
add_irregular (ContraLanguage *language, const char *plural, const char *singular)
{
  char *p = g_utf8_casefold (plural, -1), *s = g_utf8_casefold (singular, -1);

  if (!g_hash_table_contains (language->plurals, s))
    g_hash_table_insert (language->plurals, g_strdup (s), g_strdup (p));
  g_hash_table_insert (language->irregular, p, s);
}

static void
read_plurals (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"irregular", "invariant", "not_plural", "not_plural_endings", "endings", NULL};
  static const char *const ending_keys[] = {"plural", "singular", "after_consonant", "except", "one_way", NULL};
  static const char *const ways[] = {"both", "to_singular", "to_plural", NULL};
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "plurals.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  if (root == NULL || !contra_schema_mapping (&schema, root, "plurals.yaml", keys))
    return;
  for (guint k = 0; keys[k] != NULL; k++)
    contra_schema_require (&schema, root, keys[k], "plurals.yaml");

  const ContraYamlNode *irregular = contra_yaml_mapping_get (root, "irregular");
  if (irregular != NULL && irregular->kind != CONTRA_YAML_MAPPING)
    contra_schema_error (&schema, irregular, "'irregular' must be a mapping of plurals to singulars");
  for (guint k = 0; irregular != NULL && irregular->kind == CONTRA_YAML_MAPPING && k < contra_yaml_length (irregular); k++)
    {
      const ContraYamlNode *plural = contra_yaml_key_at (irregular, k), *singular = contra_yaml_value_at (irregular, k);
      if (singular->kind != CONTRA_YAML_SCALAR || singular->scalar[0] == '\0')
        contra_schema_error (&schema, singular, "the singular of '%s' must be a word", plural->scalar);
      else
        add_irregular (language, plural->scalar, singular->scalar);
    }
  g_auto (GStrv) invariant = contra_schema_strings (&schema, root, "invariant", NULL);
  for (guint k = 0; invariant != NULL && invariant[k] != NULL; k++)
    add_irregular (language, invariant[k], invariant[k]);
  g_clear_pointer (&language->not_plural, g_hash_table_unref);
  language->not_plural = read_set (&schema, root, "not_plural");
  language->not_plural_endings = contra_schema_strings (&schema, root, "not_plural_endings", NULL);

  const ContraYamlNode *endings = contra_yaml_mapping_get (root, "endings");
  if (endings != NULL && endings->kind != CONTRA_YAML_SEQUENCE)
    contra_schema_error (&schema, endings, "'endings' must be a list of endings");
  for (guint k = 0; endings != NULL && endings->kind == CONTRA_YAML_SEQUENCE && k < contra_yaml_length (endings); k++)
    {
      const ContraYamlNode *node = contra_yaml_item_at (endings, k);
      if (!contra_schema_mapping (&schema, node, "an ending", ending_keys)
          || !contra_schema_require (&schema, node, "plural", "an ending"))
        continue;
      const char *plural = contra_schema_string (&schema, node, "plural");
      const char *singular = contra_schema_string (&schema, node, "singular");
      if (plural == NULL || *plural == '\0')
        {
          contra_schema_error (&schema, contra_yaml_mapping_get (node, "plural"), "'plural' must be an ending");
          continue;
        }
      Ending *e = g_new0 (Ending, 1);
      e->plural = g_strdup (plural);
      e->singular = g_strdup (singular != NULL ? singular : "");
      e->after_consonant = contra_schema_bool (&schema, node, "after_consonant", FALSE);
      e->except = read_set (&schema, node, "except");
      e->one_way = (Way) contra_schema_choice (&schema, node, "one_way", ways, WAY_BOTH);
      g_ptr_array_add (language->endings, e);
    }
}

/* ------------------------------------------------------------------ currencies */

static void
read_currencies (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"names", "after_scale_only", NULL};
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "currencies.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};
  WordClass *c = &language->classes[CONTRA_WORDS_CURRENCY_NAMES];
  g_autoptr (ContraTokens) t = contra_tokens_new_for (NULL);

  c->phrases = g_ptr_array_new_with_free_func (bound_phrase_free);
  if (root == NULL || !contra_schema_mapping (&schema, root, "currencies.yaml", keys))
    return;
  contra_schema_require (&schema, root, "after_scale_only", "currencies.yaml");
  if (!contra_schema_require (&schema, root, "names", "currencies.yaml"))
    return;
  const ContraYamlNode *names = contra_yaml_mapping_get (root, "names");
  if (names->kind != CONTRA_YAML_MAPPING)
    {
      contra_schema_error (&schema, names, "'names' must be a mapping of currency codes to names");
      return;
    }
  for (guint k = 0; k < contra_yaml_length (names); k++)
    {
      const ContraYamlNode *code = contra_yaml_key_at (names, k);
      gboolean valid = strlen (code->scalar) == 3;
      for (guint m = 0; valid && m < 3; m++)
        valid = g_ascii_isupper (code->scalar[m]);
      if (!valid)
        {
          contra_schema_error (&schema, code, "'%s' must be a currency code of three capital letters", code->scalar);
          continue;
        }
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      g_auto (GStrv) texts = contra_schema_strings (&schema, names, code->scalar, nodes);
      for (guint n = 0; texts != NULL && texts[n] != NULL; n++)
        {
          ContraBoundPhrase *p = add_phrase (c, &schema, t, "names", texts[n], nodes->pdata[n]);
          if (p != NULL)
            p->bound = language->currency_codes->len;
        }
      g_ptr_array_add (language->currency_codes, g_strdup (code->scalar));
    }
  g_ptr_array_sort (c->phrases, longer_phrase_first);

  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_auto (GStrv) after_scale = contra_schema_strings (&schema, root, "after_scale_only", nodes);
  for (guint k = 0; after_scale != NULL && after_scale[k] != NULL; k++)
    {
      contra_tokens_scan (t, after_scale[k], strlen (after_scale[k]));
      const ContraBoundPhrase *p = NULL;
      for (guint q = 0; p == NULL && q < c->phrases->len; q++)
        {
          const ContraBoundPhrase *name = c->phrases->pdata[q];
          guint m = 0;
          while (m < name->n && contra_tokens_is_word (t, m, name->fold[m]))
            m++;
          if (m == name->n && name->n == t->n_tokens)
            p = name;
        }
      if (p == NULL)
        contra_schema_error (&schema, nodes->pdata[k], "'%s' is none of the 'names'", after_scale[k]);
      else
        g_hash_table_add (language->after_scale_only, (gpointer) p);
    }
}

/* ------------------------------------------------------------------ verbs */

/* The list @key of verbs.yaml's @root into @out: endings with `base` and `form`. */
static void
read_verb_endings (ContraSchema *schema, const ContraYamlNode *root, const char *key, GPtrArray *out)
{
  static const char *const ending_keys[] = {"base", "form", "after_consonant", "doubles", NULL};
  const ContraYamlNode *list = contra_yaml_mapping_get (root, key);

  if (!contra_schema_require (schema, root, key, "verbs.yaml"))
    return;
  if (list->kind != CONTRA_YAML_SEQUENCE)
    {
      contra_schema_error (schema, list, "'%s' must be a list of endings", key);
      return;
    }
  for (guint k = 0; k < contra_yaml_length (list); k++)
    {
      const ContraYamlNode *node = contra_yaml_item_at (list, k);
      if (!contra_schema_mapping (schema, node, "a verb ending", ending_keys))
        continue;
      gboolean complete = contra_schema_require (schema, node, "base", "a verb ending");
      if (!contra_schema_require (schema, node, "form", "a verb ending") || !complete)
        continue;
      const char *base = contra_schema_string (schema, node, "base");
      const char *form = contra_schema_string (schema, node, "form");
      if (base == NULL || form == NULL)
        continue;
      Ending *e = g_new0 (Ending, 1);
      e->singular = g_strdup (base);
      e->plural = g_strdup (form);
      e->after_consonant = contra_schema_bool (schema, node, "after_consonant", FALSE);
      e->doubles = contra_schema_bool (schema, node, "doubles", FALSE);
      e->except = g_hash_table_new (g_str_hash, g_str_equal);
      g_ptr_array_add (out, e);
    }
}

static void
read_verbs (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"past", "participle", "doubling", NULL};
  static const char *const doubling_keys[] = {"letters", "never", NULL};
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "verbs.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  if (root == NULL || !contra_schema_mapping (&schema, root, "verbs.yaml", keys))
    return;
  read_verb_endings (&schema, root, "past", language->past);
  read_verb_endings (&schema, root, "participle", language->participle);
  if (!contra_schema_require (&schema, root, "doubling", "verbs.yaml"))
    return;
  const ContraYamlNode *doubling = contra_yaml_mapping_get (root, "doubling");
  if (!contra_schema_mapping (&schema, doubling, "'doubling'", doubling_keys))
    return;
  language->doubling_letters = contra_schema_uint (&schema, doubling, "letters", 0);
  g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
  g_auto (GStrv) never = contra_schema_strings (&schema, doubling, "never", nodes);
  g_autoptr (GString) letters = g_string_new (NULL);
  for (guint k = 0; never != NULL && never[k] != NULL; k++)
    if (strlen (never[k]) != 1)
      contra_schema_error (&schema, nodes->pdata[k], "'%s' must be one letter", never[k]);
    else
      g_string_append (letters, never[k]);
  language->never_doubled = g_string_free (g_steal_pointer (&letters), FALSE);
}

/* ------------------------------------------------------------------ bounds */

static void
read_bounds (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"about", "at_least", "more_than", "at_most", "less_than", NULL};
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "bounds.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};
  g_autoptr (ContraTokens) t = contra_tokens_new_for (NULL);

  if (root == NULL || !contra_schema_mapping (&schema, root, "bounds.yaml", keys))
    return;
  for (guint k = 0; keys[k] != NULL; k++)
    {
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      if (!contra_schema_require (&schema, root, keys[k], "bounds.yaml"))
        continue;
      g_auto (GStrv) texts = contra_schema_strings (&schema, root, keys[k], nodes);
      for (guint n = 0; texts != NULL && texts[n] != NULL; n++)
        {
          contra_tokens_scan (t, texts[n], strlen (texts[n]));
          if (t->n_tokens == 0 || t->n_tokens > CONTRA_BOUND_PHRASE_MAX_TOKENS)
            {
              contra_schema_error (&schema, nodes->pdata[n], "the bound '%s' must have 1 to %d tokens",
                                   texts[n], CONTRA_BOUND_PHRASE_MAX_TOKENS);
              continue;
            }
          ContraBoundPhrase *b = g_new0 (ContraBoundPhrase, 1);
          b->bound = k + 1;
          b->n = t->n_tokens;
          for (guint m = 0; m < t->n_tokens; m++)
            b->fold[m] = g_strdup (contra_tokens_fold (t, m));
          b->lower_only = b->n == 2 && strcmp (b->fold[1], ".") == 0 && strlen (b->fold[0]) <= 2;
          g_ptr_array_add (language->bound_phrases, b);
          class_add (&language->classes[CONTRA_WORDS_BOUND_STARTS], b->fold[0]);
        }
    }
  g_ptr_array_sort (language->bound_phrases, longer_phrase_first);
}

/* ------------------------------------------------------------------ abbreviations */

static void
read_abbreviations (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  static const char *const keys[] = {"titles", "before_numbers", "conditional", NULL};
  static const ContraAbbreviation kinds[] = {
    CONTRA_ABBREVIATION_TITLE, CONTRA_ABBREVIATION_BEFORE_NUMBERS, CONTRA_ABBREVIATION_CONDITIONAL,
  };
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "abbreviations.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  if (root == NULL || !contra_schema_mapping (&schema, root, "abbreviations.yaml", keys))
    return;
  for (guint k = 0; keys[k] != NULL; k++)
    {
      g_autoptr (GPtrArray) nodes = g_ptr_array_new ();
      if (!contra_schema_require (&schema, root, keys[k], "abbreviations.yaml"))
        continue;
      g_auto (GStrv) words = contra_schema_strings (&schema, root, keys[k], nodes);
      for (guint w = 0; words != NULL && words[w] != NULL; w++)
        {
          gsize len = strlen (words[w]);
          if (len > 0 && words[w][len - 1] == '.')
            len--;
          g_autofree char *written = g_strndup (words[w], len);
          if (len == 0 || strpbrk (written, " \t") != NULL)
            contra_schema_error (&schema, nodes->pdata[w], "'%s' must be one word", words[w]);
          else if (g_hash_table_contains (language->abbreviations, written)
                   || g_hash_table_contains (language->month_abbreviations, written))
            contra_schema_error (&schema, nodes->pdata[w], "'%s' is given twice%s", words[w],
                                 g_hash_table_contains (language->month_abbreviations, written)
                                   ? " (calendar.yaml gives it as a month)" : "");
          else
            g_hash_table_insert (language->abbreviations, g_steal_pointer (&written), GUINT_TO_POINTER (kinds[k]));
        }
    }
}

/* ------------------------------------------------------------------ units */

static void
read_units (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "units.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  language->units = contra_unit_table_read (&schema, root);
}

/* ------------------------------------------------------------------ names */

static void
read_names (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "names.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  language->names = contra_names_read (&schema, root);
}

const ContraNames *
contra_language_names (const ContraLanguage *language)
{
  return language->names;
}

/* ------------------------------------------------------------------ kinds */

static void
read_kinds (ContraLanguage *language, const Source *source, GPtrArray *diagnostics)
{
  g_autofree char *label = NULL;
  g_autoptr (ContraYamlNode) root = read_file (source, "kinds.yaml", &label, diagnostics);
  ContraSchema schema = {label, diagnostics};

  language->kinds = contra_kinds_read (&schema, root);
}

const ContraKinds *
contra_language_kinds (const ContraLanguage *language)
{
  return language->kinds;
}

/* The filter of every key of the number maps: the normalisers ask them of each
 * word, and most words are no number. */
static void
finish_number_keys (ContraLanguage *language)
{
  GHashTable *maps[]
    = {language->cardinals, language->ordinals, language->scales, language->fractions, language->groups};
  g_autoptr (GPtrArray) keys = g_ptr_array_new ();

  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    {
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, maps[m]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (keys, key);
    }
  g_ptr_array_add (keys, NULL);
  contra_word_filter_init (&language->number_keys, (const char *const *) keys->pdata);
  language->number_keys_ready = TRUE;
}

/* The classes an amount may start with (normalize/amount.c), tested at every word:
 * their filters in one answer as the four would. */
static const ContraWordClass amount_start_classes[] = {
  CONTRA_WORDS_NUMBERS,
  CONTRA_WORDS_BOUND_STARTS,
  CONTRA_WORDS_INDEFINITE_ARTICLES,
  CONTRA_WORDS_RANGE_OPENERS,
};

static void
finish_amount_starts (ContraLanguage *language)
{
  for (guint k = 0; k < G_N_ELEMENTS (amount_start_classes); k++)
    for (guint b = 0; b < G_N_ELEMENTS (language->amount_starts.bits); b++)
      language->amount_starts.bits[b] |= language->classes[amount_start_classes[k]].filter.bits[b];
}

static ContraLanguage *
language_load (const Source *source, GError **error)
{
  g_autoptr (ContraLanguage) language = g_new0 (ContraLanguage, 1);
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);

  language->code = g_strdup (source->code);
  language->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->weekdays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->month_abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint c = 0; c < CONTRA_WORDS_N_CLASSES; c++)
    class_init (&language->classes[c]);

  language->cardinals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->ordinals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->fractions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  language->glued_scales = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  language->ordinal_endings = g_ptr_array_new_with_free_func (ordinal_ending_free);
  language->ordinal_suffixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->sentence_openers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->bound_phrases = g_ptr_array_new_with_free_func (bound_phrase_free);
  language->irregular = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  language->not_plural = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  language->endings = g_ptr_array_new_with_free_func (ending_free);
  language->plurals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  language->past = g_ptr_array_new_with_free_func (ending_free);
  language->currency_codes = g_ptr_array_new_with_free_func (g_free);
  language->after_scale_only = g_hash_table_new (g_direct_hash, g_direct_equal);
  language->participle = g_ptr_array_new_with_free_func (ending_free);

  read_calendar (language, source, diagnostics);
  read_numbers (language, source, diagnostics);
  read_words (language, source, diagnostics);
  read_abbreviations (language, source, diagnostics);
  read_ranks (language, source, diagnostics);
  read_bounds (language, source, diagnostics);
  read_plurals (language, source, diagnostics);
  read_verbs (language, source, diagnostics);
  read_currencies (language, source, diagnostics);
  read_units (language, source, diagnostics);
  read_names (language, source, diagnostics);
  read_kinds (language, source, diagnostics);
  compute_date_classes (language);

  if (diagnostics->len > 0)
    {
      g_autoptr (GString) message = g_string_new (NULL);
      g_ptr_array_sort (diagnostics, contra_diagnostic_compare);
      for (guint k = 0; k < diagnostics->len; k++)
        {
          g_autofree char *line = contra_diagnostic_format (diagnostics->pdata[k]);
          g_string_append_printf (message, "%s%s", k > 0 ? "\n" : "", line);
        }
      g_set_error_literal (error, CONTRA_RULES_ERROR, CONTRA_RULES_ERROR_SCHEMA, message->str);
      return NULL;
    }
  for (guint m = 0; m <= N_MONTHS; m++)
    if (language->month_names[m] == NULL)
      language->month_names[m] = g_strdup ("");
  for (guint c = 0; c < CONTRA_WORDS_N_CLASSES; c++)
    class_finish (&language->classes[c]);
  finish_number_keys (language);
  finish_amount_starts (language);
  return g_steal_pointer (&language);
}

/* ------------------------------------------------------------------ public */

/* Looks @word (@len bytes as written, not NUL-terminated) up in @table, whose values
 * are never NULL: the segmenter asks of words in the text, without copying them. */
static gpointer
lookup_written (GHashTable *table, const char *word, gsize len)
{
  char buf[32];

  if (len == 0 || len >= sizeof buf)
    return NULL;
  memcpy (buf, word, len);
  buf[len] = '\0';
  return g_hash_table_lookup (table, buf);
}

ContraLanguage *
contra_language_load_dir (const char *dir, GError **error)
{
  g_return_val_if_fail (dir != NULL, NULL);
  g_autofree char *code = g_path_get_basename (dir);
  Source source = {code, dir};
  return language_load (&source, error);
}

const ContraLanguage *
contra_language_get (const char *code)
{
  /* The compiled-in languages, each read once, from any thread. */
  static const char *const codes[] = {"en"};
  static ContraLanguage *loaded[G_N_ELEMENTS (codes)];
  static gsize ready[G_N_ELEMENTS (codes)];

  g_return_val_if_fail (code != NULL, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (codes); k++)
    {
      if (strcmp (codes[k], code) != 0)
        continue;
      if (g_once_init_enter (&ready[k]))
        {
          g_autoptr (GError) error = NULL;
          Source source = {codes[k], NULL};
          loaded[k] = language_load (&source, &error);
          if (loaded[k] == NULL)
            g_error ("%s", error->message);
          g_once_init_leave (&ready[k], 1);
        }
      return loaded[k];
    }
  return NULL;
}

const ContraLanguage *
contra_language_default (void)
{
  return contra_language_get ("en");
}

const ContraLanguage *
contra_language_for (const char *tag)
{
  char code[16];
  gsize n = 0;

  if (tag == NULL || *tag == '\0')
    return contra_language_default ();
  while (tag[n] != '\0' && tag[n] != '-' && tag[n] != '_' && n + 1 < sizeof code)
    {
      code[n] = g_ascii_tolower (tag[n]);
      n++;
    }
  if (tag[n] != '\0' && tag[n] != '-' && tag[n] != '_')
    return NULL;
  code[n] = '\0';
  return contra_language_get (code);
}

void
contra_language_free (ContraLanguage *language)
{
  if (language == NULL)
    return;
  g_free (language->code);
  for (guint m = 0; m <= N_MONTHS; m++)
    g_free (language->month_names[m]);
  g_clear_pointer (&language->months, g_hash_table_unref);
  g_clear_pointer (&language->weekdays, g_hash_table_unref);
  g_clear_pointer (&language->month_abbreviations, g_hash_table_unref);
  g_clear_pointer (&language->cardinals, g_hash_table_unref);
  g_clear_pointer (&language->ordinals, g_hash_table_unref);
  g_clear_pointer (&language->fractions, g_hash_table_unref);
  g_clear_pointer (&language->groups, g_hash_table_unref);
  g_clear_pointer (&language->scales, g_hash_table_unref);
  g_clear_pointer (&language->glued_scales, g_hash_table_unref);
  g_clear_pointer (&language->ordinal_endings, g_ptr_array_unref);
  g_clear_pointer (&language->ordinal_suffixes, g_hash_table_unref);
  g_clear_pointer (&language->sentence_openers, g_hash_table_unref);
  g_clear_pointer (&language->abbreviations, g_hash_table_unref);
  g_strfreev (language->superlative_endings);
  g_clear_pointer (&language->bound_phrases, g_ptr_array_unref);
  g_clear_pointer (&language->irregular, g_hash_table_unref);
  g_clear_pointer (&language->not_plural, g_hash_table_unref);
  g_strfreev (language->not_plural_endings);
  g_clear_pointer (&language->endings, g_ptr_array_unref);
  g_clear_pointer (&language->plurals, g_hash_table_unref);
  g_clear_pointer (&language->past, g_ptr_array_unref);
  g_clear_pointer (&language->currency_codes, g_ptr_array_unref);
  g_clear_pointer (&language->after_scale_only, g_hash_table_unref);
  g_clear_pointer (&language->participle, g_ptr_array_unref);
  g_free (language->never_doubled);
  g_clear_pointer (&language->units, contra_unit_table_free);
  for (guint c = 0; c < CONTRA_WORDS_N_CLASSES; c++)
    class_clear (&language->classes[c]);
  contra_names_free (language->names);
  contra_kinds_free (language->kinds);
  g_free (language);
}

const char *
contra_language_code (const ContraLanguage *language)
{
  g_return_val_if_fail (language != NULL, NULL);
  return language->code;
}

guint
contra_language_month (const ContraLanguage *language, const char *fold, gboolean *abbrev)
{
  guint v = GPOINTER_TO_UINT (g_hash_table_lookup (language->months, fold));

  if (abbrev != NULL)
    *abbrev = (v & ABBREV_BIT) != 0;
  return v & 0xff;
}

const char *
contra_language_month_name (const ContraLanguage *language, guint month)
{
  return month <= N_MONTHS ? language->month_names[month] : "";
}

gboolean
contra_language_month_is_word (const ContraLanguage *language, guint month)
{
  return month <= N_MONTHS && language->month_is_word[month];
}

guint
contra_language_weekday (const ContraLanguage *language, const char *fold)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (language->weekdays, fold));
}

gboolean
contra_language_month_abbreviation (const ContraLanguage *language, const char *word, gsize len)
{
  return lookup_written (language->month_abbreviations, word, len) != NULL;
}

/* FALSE when @fold is surely no key of the number maps (before the language has
 * loaded, every word may be one). */
static inline gboolean
maybe_number (const ContraLanguage *language, const char *fold)
{
  return !language->number_keys_ready || contra_word_filter_test (&language->number_keys, g_str_hash (fold));
}

int
contra_language_cardinal (const ContraLanguage *language, const char *fold)
{
  if (!maybe_number (language, fold))
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (language->cardinals, fold)) - 1;
}

int
contra_language_ordinal (const ContraLanguage *language, const char *fold)
{
  if (!maybe_number (language, fold))
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (language->ordinals, fold)) - 1;
}

double
contra_language_scale (const ContraLanguage *language, const char *fold)
{
  if (!maybe_number (language, fold))
    return 0;

  const double *scale = g_hash_table_lookup (language->scales, fold);

  return scale != NULL ? *scale : 0;
}

int
contra_language_fraction (const ContraLanguage *language, const char *fold)
{
  if (!maybe_number (language, fold))
    return 0;
  return MAX (GPOINTER_TO_INT (g_hash_table_lookup (language->fractions, fold)) - 1, 0);
}

int
contra_language_group (const ContraLanguage *language, const char *fold)
{
  if (!maybe_number (language, fold))
    return 0;
  return MAX (GPOINTER_TO_INT (g_hash_table_lookup (language->groups, fold)) - 1, 0);
}

double
contra_language_glued_scale (const ContraLanguage *language, const char *letters, gsize len)
{
  char buf[16];

  if (len == 0 || len >= sizeof buf)
    return 0;
  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (letters[k]);
  buf[len] = '\0';
  const double *scale = g_hash_table_lookup (language->glued_scales, buf);
  return scale != NULL ? *scale : 0;
}

static gboolean
copy_word (const char *stem, gsize keep, const char *add, char *buf, gsize size)
{
  gsize n = strlen (add);

  if (keep + n + 1 > size)
    return FALSE;
  memmove (buf, stem, keep);
  memcpy (buf + keep, add, n + 1);
  return TRUE;
}

gboolean
contra_language_singular (const ContraLanguage *language, const char *fold, char *buf, gsize size)
{
  const char *irregular = g_hash_table_lookup (language->irregular, fold);
  gsize len = strlen (fold);

  if (irregular != NULL)
    return copy_word (irregular, strlen (irregular), "", buf, size);
  if (len < 3 || fold[len - 1] != 's' || !g_ascii_isalpha (fold[len - 2])
      || g_hash_table_contains (language->not_plural, fold))
    return FALSE;
  for (guint k = 0; language->not_plural_endings != NULL && language->not_plural_endings[k] != NULL; k++)
    if (g_str_has_suffix (fold, language->not_plural_endings[k]))
      return FALSE;

  for (guint k = 0; k < language->endings->len; k++)
    {
      const Ending *e = language->endings->pdata[k];
      gsize n = strlen (e->plural);
      if (e->one_way == WAY_TO_PLURAL || len <= n || memcmp (fold + len - n, e->plural, n) != 0
          || g_hash_table_contains (e->except, fold))
        continue;
      if (e->after_consonant && (len < n + 2 || strchr ("aeiou", fold[len - n - 1]) != NULL))
        continue;
      return copy_word (fold, len - n, e->singular, buf, size);
    }
  return FALSE;
}

static gboolean
is_vowel (char c)
{
  return c != '\0' && strchr ("aeiou", c) != NULL;
}

/* TRUE when @word (@len bytes) ends in @ending, with a consonant before it if
 * @after_consonant. */
static gboolean
ends_in (const char *word, gsize len, const char *ending, gboolean after_consonant)
{
  gsize n = strlen (ending);

  if (len < n || memcmp (word + len - n, ending, n) != 0)
    return FALSE;
  return !after_consonant || (len > n && !is_vowel (word[len - n - 1]));
}

/* The plural of @word by the endings of plurals.yaml read singular to plural. */
static char *
regular_plural (const ContraLanguage *language, const char *word)
{
  gsize len = strlen (word);

  for (guint k = 0; k < language->endings->len; k++)
    {
      const Ending *e = language->endings->pdata[k];
      if (e->one_way == WAY_TO_SINGULAR || !ends_in (word, len, e->singular, e->after_consonant))
        continue;
      return g_strdup_printf ("%.*s%s", (int) (len - strlen (e->singular)), word, e->plural);
    }
  return g_strdup (word);
}

char *
contra_language_plural (const ContraLanguage *language, const char *word)
{
  const char *irregular = g_hash_table_lookup (language->plurals, word);

  if (*word == '\0')
    return g_strdup (word);
  return irregular != NULL ? g_strdup (irregular) : regular_plural (language, word);
}

/* TRUE when @word (@len bytes) doubles its last letter before an ending: "ban". */
static gboolean
doubles_last (const ContraLanguage *language, const char *word, gsize len)
{
  return len >= 3 && len == language->doubling_letters && !is_vowel (word[len - 3]) && is_vowel (word[len - 2])
         && !is_vowel (word[len - 1]) && strchr (language->never_doubled, word[len - 1]) == NULL;
}

/* The form of @word that the first of @endings that fits makes; NULL when none. */
static char *
verb_form (const ContraLanguage *language, const GPtrArray *endings, const char *word)
{
  gsize len = strlen (word);

  for (guint k = 0; k < endings->len; k++)
    {
      const Ending *e = endings->pdata[k];
      if (!ends_in (word, len, e->singular, e->after_consonant))
        continue;
      gsize keep = len - strlen (e->singular);
      if (e->doubles && doubles_last (language, word, len) && keep == len)
        return g_strdup_printf ("%s%c%s", word, word[len - 1], e->plural);
      return g_strdup_printf ("%.*s%s", (int) keep, word, e->plural);
    }
  return NULL;
}

void
contra_language_verb_forms (const ContraLanguage *language, const char *word, GPtrArray *out)
{
  if (*word == '\0')
    return;
  g_ptr_array_add (out, regular_plural (language, word));
  char *past = verb_form (language, language->past, word);
  char *participle = verb_form (language, language->participle, word);
  if (past != NULL)
    g_ptr_array_add (out, past);
  if (participle != NULL)
    g_ptr_array_add (out, participle);
}

gboolean
contra_language_participle_ending (const ContraLanguage *language, const char *fold)
{
  for (guint k = 0; k < language->participle->len; k++)
    {
      const Ending *e = language->participle->pdata[k];
      if (*e->plural != '\0' && g_str_has_suffix (fold, e->plural))
        return TRUE;
    }
  return FALSE;
}

const ContraUnitTable *
contra_language_units (const ContraLanguage *language)
{
  return language->units;
}

const GPtrArray *
contra_language_bound_phrases (const ContraLanguage *language)
{
  return language->bound_phrases;
}

const char *
contra_language_ordinal_suffix (const ContraLanguage *language, guint n)
{
  char digits[16];

  g_snprintf (digits, sizeof digits, "%u", n);
  for (guint k = 0; k < language->ordinal_endings->len; k++)
    {
      const OrdinalEnding *e = language->ordinal_endings->pdata[k];
      if (g_str_has_suffix (digits, e->digits))
        return e->suffix;
    }
  return "";
}

gboolean
contra_language_is_ordinal_suffix (const ContraLanguage *language, const char *letters, gsize len)
{
  char buf[8];

  if (len == 0 || len >= sizeof buf)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    buf[k] = g_ascii_tolower (letters[k]);
  buf[len] = '\0';
  return g_hash_table_contains (language->ordinal_suffixes, buf);
}

const char *const *
contra_language_superlative_endings (const ContraLanguage *language)
{
  static const char *const none[] = {NULL};

  return language->superlative_endings != NULL ? (const char *const *) language->superlative_endings : none;
}

gboolean
contra_language_sentence_opener (const ContraLanguage *language, const char *word, gsize len)
{
  return lookup_written (language->sentence_openers, word, len) != NULL;
}

ContraAbbreviation
contra_language_abbreviation (const ContraLanguage *language, const char *word, gsize len)
{
  gpointer kind = lookup_written (language->abbreviations, word, len);

  if (kind != NULL)
    return (ContraAbbreviation) GPOINTER_TO_UINT (kind);
  if (lookup_written (language->month_abbreviations, word, len) != NULL)
    return CONTRA_ABBREVIATION_MONTH;
  return CONTRA_ABBREVIATION_NONE;
}

gboolean
contra_language_is (const ContraLanguage *language,
                    ContraWordClass cls,
                    const ContraTokens *tokens,
                    guint i)
{
  const WordClass *c = &language->classes[cls];

  return contra_word_filter_has (&c->filter, tokens, i)
         && g_hash_table_contains (c->set, contra_tokens_fold (tokens, i));
}

/* The longest phrase of the phrase class @cls at token @i, or NULL. */
static const ContraBoundPhrase *
phrase_at (const ContraLanguage *language, ContraWordClass cls, const ContraTokens *tokens, guint i)
{
  const WordClass *c = &language->classes[cls];

  if (!contra_language_is (language, cls, tokens, i))
    return NULL;
  for (guint k = 0; k < c->phrases->len; k++)
    {
      const ContraBoundPhrase *p = c->phrases->pdata[k];
      guint m = 0;
      while (m < p->n && contra_tokens_is_word (tokens, i + m, p->fold[m]))
        m++;
      if (m == p->n)
        return p;
    }
  return NULL;
}

guint
contra_language_phrase_at (const ContraLanguage *language, ContraWordClass cls, const ContraTokens *tokens, guint i)
{
  if (language->classes[cls].phrases == NULL)
    return contra_language_is (language, cls, tokens, i) ? 1 : 0;

  const ContraBoundPhrase *p = phrase_at (language, cls, tokens, i);
  return p != NULL ? p->n : 0;
}

const char *
contra_language_currency_name (const ContraLanguage *language, const ContraTokens *tokens, guint i, gboolean scaled,
                               guint *span)
{
  const ContraBoundPhrase *p = phrase_at (language, CONTRA_WORDS_CURRENCY_NAMES, tokens, i);

  if (p == NULL || (!scaled && g_hash_table_contains (language->after_scale_only, p)))
    return NULL;
  *span = p->n;
  return language->currency_codes->pdata[p->bound];
}

const char *const *
contra_language_words (const ContraLanguage *language, ContraWordClass cls)
{
  return (const char *const *) language->classes[cls].words->pdata;
}

const ContraWordFilter *
contra_language_filter (const ContraLanguage *language, ContraWordClass cls)
{
  return &language->classes[cls].filter;
}

const ContraWordFilter *
contra_language_amount_starts (const ContraLanguage *language)
{
  return &language->amount_starts;
}

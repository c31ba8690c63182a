/* test_names.c — the name matcher (reconcile/names.h): which two names may be one
 * person, and which names the documents' other names leave ambiguous. One row per
 * case; the names are slugs, as the claims' keys give them. */
#include "../text/table.h"

#include <string.h>

#include "lang/names.h"
#include "reconcile/names.h"

static const ContraNames *
english (void)
{
  return contra_language_names (contra_language_default ());
}

/* ---- two names -------------------------------------------------------------------- */

typedef struct {
  const char *name;
  const char *a, *b;
  gboolean match;
} MatchRow;

static const MatchRow match_rows[] = {
  {"a short form and its name", "alex-moreno", "alexander-moreno", TRUE},
  {"either way round", "alexander-moreno", "alex-moreno", TRUE},
  {"Bill is William", "bill-hartley", "william-hartley", TRUE},
  {"a short form and a middle initial", "alex-moreno", "alexander-j-moreno", TRUE},
  {"with and without a middle initial", "john-f-kennedy", "john-kennedy", TRUE},
  {"an initial and the name it begins", "john-fitzgerald-kennedy", "john-f-kennedy", TRUE},
  {"two middle initials", "john-f-kennedy", "john-g-kennedy", FALSE},
  {"two middle names", "john-fitzgerald-kennedy", "john-francis-kennedy", FALSE},
  {"one middle name against two", "john-f-kennedy", "john-f-x-kennedy", FALSE},
  {"with and without a title", "dr-jane-smith", "jane-smith", TRUE},
  {"a title and a short form", "dr-alex-moreno", "alexander-moreno", TRUE},
  {"a suffix", "alexander-moreno-jr", "alex-moreno", TRUE},
  {"two long forms", "alexander-moreno", "alexandra-moreno", FALSE},
  {"two short forms of one name", "bill-hartley", "will-hartley", FALSE},
  {"another surname", "alex-moreno", "alexander-morena", FALSE},
  {"a name no short form stands for", "alex-moreno", "alan-moreno", FALSE},
  {"a given name the table does not know, no initial or title", "george-washington-bridge", "george-bridge", FALSE},
  {"an unknown given name with a middle initial", "weyprecht-k-lund", "weyprecht-lund", TRUE},
  {"an unknown given name with a title", "dr-oona-vell", "oona-vell", TRUE},
  {"a known given name with a middle name", "william-henry-hartley", "william-hartley", TRUE},
  {"a given name as an initial", "j-moreno", "james-moreno", FALSE},
  {"a lone surname", "moreno", "alex-moreno", FALSE},
  {"one name is no two", "alex-moreno", "alex-moreno", FALSE},
  {"a scoped key is no name", "alexander-j/bridge", "alexander-bridge", FALSE},
  {"digits are no name", "alex-moreno-2", "alexander-moreno-2", FALSE},
};

static void
test_match (void **state)
{
  const MatchRow *row = *state;

  assert_int_equal (contra_name_match (english (), row->a, row->b), row->match);
  /* Names that may be one person share a bucket, so lint reads them together. */
  if (row->match)
    {
      g_autofree char *ba = contra_name_bucket (english (), row->a);
      g_autofree char *bb = contra_name_bucket (english (), row->b);
      assert_non_null (ba);
      assert_string_equal (ba, bb);
    }
}

typedef struct {
  const char *name;
  const char *slug;
  const char *bucket; /* NULL: not a person's name */
} BucketRow;

static const BucketRow bucket_rows[] = {
  {"a short form's family", "alex-moreno", "moreno|al"},
  {"a long form's", "alexandra-moreno", "moreno|al"},
  {"Bill's", "bill-hartley", "hartley|bill"},
  {"William's", "william-j-hartley", "hartley|bill"},
  {"a title set aside", "dr-jane-smith", "smith|jane"},
  {"a suffix set aside", "alexander-moreno-iii", "moreno|al"},
  {"a lone word", "moreno", NULL},
  {"three middle names", "anna-maria-luisa-josefa-lenz", NULL},
};

static void
test_bucket (void **state)
{
  const BucketRow *row = *state;
  g_autofree char *bucket = contra_name_bucket (english (), row->slug);

  assert_string_equal (bucket != NULL ? bucket : "(none)", row->bucket != NULL ? row->bucket : "(none)");
}

/* ---- the names of a corpus -------------------------------------------------------- */

#define MAX_NAMES 6

typedef struct {
  const char *name;
  const char *names[MAX_NAMES][2]; /* slug, label as written */
  const char *merges;              /* "slug>merged" sorted, joined by " " */
} MergeRow;

static const MergeRow merge_rows[] = {
  {"a short and a long form",
   {{"alex-moreno", "Alex Moreno"}, {"alexander-moreno", "Alexander Moreno"}},
   "alex-moreno>alexander-moreno"},
  {"the documents tell Alexander and Alexandra apart",
   {{"alex-moreno", "Alex Moreno"}, {"alexander-moreno", "Alexander Moreno"}, {"alexandra-moreno", "Alexandra Moreno"}},
   ""},
  {"the fullest name names the set",
   {{"alex-moreno", "Alex Moreno"},
    {"alexander-moreno", "Alexander Moreno"},
    {"alexander-j-moreno", "Alexander J. Moreno"}},
   "alex-moreno>alexander-j-moreno alexander-moreno>alexander-j-moreno"},
  {"two middle initials are two people",
   {{"john-kennedy", "John Kennedy"}, {"john-f-kennedy", "John F. Kennedy"}, {"john-g-kennedy", "John G. Kennedy"}},
   ""},
  {"two middle initials: each keeps its own, the short form merges with neither",
   {{"alex-moreno", "Alex Moreno"},
    {"alexander-j-moreno", "Alexander J. Moreno"},
    {"alexander-k-moreno", "Alexander K. Moreno"}},
   ""},
  {"Jack could be John or Jackson",
   {{"jack-dorn", "Jack Dorn"}, {"john-dorn", "John Dorn"}, {"jackson-dorn", "Jackson Dorn"}},
   ""},
  {"Bill and Will are both William",
   {{"bill-hartley", "Bill Hartley"}, {"will-hartley", "Will Hartley"}, {"william-hartley", "William Hartley"}},
   "bill-hartley>william-hartley will-hartley>william-hartley"},
  {"a title set aside: the name without it names the set",
   {{"dr-jane-smith", "Dr. Jane Smith"}, {"jane-smith", "Jane Smith"}},
   "dr-jane-smith>jane-smith"},
  {"a name written in lower case is no person's",
   {{"alex-moreno", "alex moreno"}, {"alexander-moreno", "Alexander Moreno"}},
   ""},
  {"one label in capitals is enough",
   {{"alex-moreno", "alex moreno"}, {"alex-moreno", "Alex Moreno"}, {"alexander-moreno", "Alexander Moreno"}},
   "alex-moreno>alexander-moreno"},
  {"other surnames stay apart",
   {{"alex-moreno", "Alex Moreno"},
    {"alexander-moreno", "Alexander Moreno"},
    {"alexandra-lund", "Alexandra Lund"},
    {"kate-farrow", "Kate Farrow"},
    {"katherine-farrow", "Katherine Farrow"}},
   "alex-moreno>alexander-moreno kate-farrow>katherine-farrow"},
};

static gint
by_string (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
test_merge (void **state)
{
  const MergeRow *row = *state;
  g_autoptr (ContraNameMerger) merger = contra_name_merger_new (english ());

  for (guint k = 0; k < MAX_NAMES && row->names[k][0] != NULL; k++)
    contra_name_merger_add (merger, row->names[k][0], row->names[k][1]);
  g_autoptr (GHashTable) merges = contra_name_merger_finish (merger);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer from, to;
  g_hash_table_iter_init (&iter, merges);
  while (g_hash_table_iter_next (&iter, &from, &to))
    g_ptr_array_add (lines, g_strconcat (from, ">", to, NULL));
  g_ptr_array_sort (lines, by_string);
  g_ptr_array_add (lines, NULL);
  g_autofree char *have = g_strjoinv (" ", (char **) lines->pdata);
  assert_string_equal (have, row->merges);
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();
  TABLE_ADD (tests, "match", test_match, match_rows);
  TABLE_ADD (tests, "bucket", test_bucket, bucket_rows);
  TABLE_ADD (tests, "merge", test_merge, merge_rows);
  return table_run ("names", tests);
}

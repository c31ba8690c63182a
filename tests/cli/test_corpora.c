/* test_corpora.c — contra on the test corpora written for reading any text
 * (tests/corpora/READING.md), scored as the shared scorers score, without them.
 *
 * The stories (the bridge, the ferry): a planted contradiction is found when one warning or error holds,
 * for each side, a claim whose quote contains the side's fragment (case and white
 * space folded); a must-not-flag pair is violated when one warning or error holds both
 * of its sides. The pairs: a pair is caught when one warning or error quotes both
 * statements; any other warning or error is a false alarm. No false alarm and no
 * violation is allowed; what is found may only grow: FLOOR_* are today's figures.
 * pairs2 is a held-out set, written before contra was run on it: its agreeing half
 * had one known false alarm (a08, "1 hour 52 minutes" read as 52 minutes, now one
 * time of 112 minutes), so it has a ceiling, CEILING_PAIRS2_ALARMS, that may only
 * shrink. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include <glib/gstdio.h>

#include "cli-test.h"
#include "output/json.h"
#include "base/yaml.h"

#define FLOOR_BRIDGE 10 /* of 11 */
#define FLOOR_FERRY 10  /* of 10 */
#define FLOOR_ORCHARD 10 /* of 10 */
#define FLOOR_PAIRS 48 /* of 60 */
#define FLOOR_PAIRS2 18         /* of 20 */
#define FLOOR_PAIRS3 6          /* of 30 */
#define FLOOR_PAIRS4 9          /* of 30 */
#define FLOOR_PAIRS5 4          /* of 30 */
#define FLOOR_PAIRS6 3          /* of 30: held out */
#define CEILING_PAIRS2_ALARMS 0 /* on the 8 agreeing pairs of pairs2 */

/* Lower case, white space collapsed: as the scorers fold. */
static char *
fold (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_auto (GStrv) words = g_regex_split_simple ("\\s+", lower, 0, 0);
  g_autofree char *joined = g_strjoinv (" ", words);
  return g_strdup (g_strstrip (joined));
}

static gboolean
holds_quote (const ContraJsonNode *finding, const char *fragment)
{
  const ContraJsonNode *claims = contra_json_get (finding, "claims");
  g_autofree char *want = fold (fragment);

  for (guint i = 0; claims != NULL && claims->type == CONTRA_JSON_ARRAY && i < claims->n_items; i++)
    {
      const ContraJsonNode *quote = contra_json_get (claims->items[i], "quote");
      if (quote == NULL || quote->type != CONTRA_JSON_STRING)
        continue;
      g_autofree char *have = fold (quote->string);
      if (strstr (have, want) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
serious (const ContraJsonNode *finding)
{
  const ContraJsonNode *severity = contra_json_get (finding, "severity");
  return severity != NULL && severity->type == CONTRA_JSON_STRING
         && (g_str_equal (severity->string, "warning") || g_str_equal (severity->string, "error"));
}

/* Does one warning or error hold a claim quoting each of @quotes? */
static gboolean
found_together (const ContraJsonNode *findings, const char *const *quotes, guint n)
{
  for (guint i = 0; i < findings->n_items; i++)
    {
      const ContraJsonNode *f = findings->items[i];
      gboolean all = serious (f);
      for (guint k = 0; all && k < n; k++)
        all = holds_quote (f, quotes[k]);
      if (all)
        return TRUE;
    }
  return FALSE;
}

static ContraJsonNode *
report_json (const char *dir)
{
  const char *argv[] = {"report", "--no-index", "--format", "json", "--corpus", dir, NULL};
  CliRun run = cli_run (argv, NULL);
  g_autoptr (GError) error = NULL;

  assert_int_not_equal (run.status, 2);
  ContraJsonNode *report = contra_json_parse (run.out, strlen (run.out), &error);
  cli_run_clear (&run);
  if (report == NULL)
    fail_msg ("%s: report's JSON does not parse: %s", dir, error->message);
  const ContraJsonNode *findings = contra_json_get (report, "findings");
  assert_true (findings != NULL && findings->type == CONTRA_JSON_ARRAY);
  return report;
}

static ContraYamlNode *
load_spec (const char *relative)
{
  g_autofree char *path = g_build_filename (cli_source_root (), relative, NULL);
  g_autoptr (GError) error = NULL;
  ContraYamlNode *spec = contra_yaml_load_file (path, &error);

  if (spec == NULL)
    fail_msg ("%s", error->message);
  return spec;
}

/* The sides' quotes of a finding or a must-not-flag pair. */
static guint
side_quotes (const ContraYamlNode *entry, const char **quotes, guint max)
{
  const ContraYamlNode *sides = contra_yaml_mapping_get (entry, "sides");
  guint n = 0;

  for (guint i = 0; sides != NULL && i < contra_yaml_length (sides) && n < max; i++)
    {
      const ContraYamlNode *quote = contra_yaml_mapping_get (contra_yaml_item_at (sides, i), "quote");
      if (quote != NULL)
        quotes[n++] = quote->scalar;
    }
  return n;
}

/* Every side of @entry quotes its document: a fragment that is not there would be
 * neither found nor flagged, and the test would prove nothing. */
static void
assert_sides_quoted (const char *dir, const ContraYamlNode *entry)
{
  const ContraYamlNode *sides = contra_yaml_mapping_get (entry, "sides");

  for (guint i = 0; sides != NULL && i < contra_yaml_length (sides); i++)
    {
      const ContraYamlNode *side = contra_yaml_item_at (sides, i);
      const ContraYamlNode *doc = contra_yaml_mapping_get (side, "doc");
      const ContraYamlNode *quote = contra_yaml_mapping_get (side, "quote");
      if (doc == NULL || quote == NULL)
        continue;
      g_autofree char *path = g_build_filename (cli_source_root (), dir, doc->scalar, NULL);
      g_autofree char *text = NULL;
      assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_autofree char *have = fold (text);
      g_autofree char *want = fold (quote->scalar);
      if (strstr (have, want) == NULL)
        fail_msg ("%s: no \"%s\"", path, quote->scalar);
    }
}

/* A corpus with its expect.yaml (tests/corpora/bridge/expect.yaml's format): how many
 * planted findings are found; every must-not-flag pair must stay silent. */
static guint
score_story (const char *dir, const char *what)
{
  g_autofree char *spec_path = g_build_filename (dir, "expect.yaml", NULL);
  g_autoptr (ContraYamlNode) spec = load_spec (spec_path);
  g_autoptr (ContraJsonNode) report = report_json (dir);
  const ContraJsonNode *findings = contra_json_get (report, "findings");
  const ContraYamlNode *planted = contra_yaml_mapping_get (spec, "findings");
  const ContraYamlNode *silent = contra_yaml_mapping_get (spec, "must_not_flag");
  guint found = 0, violations = 0;
  const char *quotes[4];

  for (guint i = 0; planted != NULL && i < contra_yaml_length (planted); i++)
    {
      assert_sides_quoted (dir, contra_yaml_item_at (planted, i));
      found += found_together (findings, quotes, side_quotes (contra_yaml_item_at (planted, i), quotes, 4));
    }
  for (guint i = 0; silent != NULL && i < contra_yaml_length (silent); i++)
    {
      const ContraYamlNode *entry = contra_yaml_item_at (silent, i);
      assert_sides_quoted (dir, entry);
      if (found_together (findings, quotes, side_quotes (entry, quotes, 4)))
        {
          fprintf (stderr, "%s: flagged, but must not be: %s\n", what, contra_yaml_mapping_get (entry, "id")->scalar);
          violations++;
        }
    }
  fprintf (stderr, "%s: found %u/%u, violations %u/%u\n", what, found, planted != NULL ? contra_yaml_length (planted) : 0,
           violations, silent != NULL ? contra_yaml_length (silent) : 0);
  assert_int_equal (violations, 0);
  return found;
}

static void
test_bridge (void **state)
{
  assert_true (score_story ("tests/corpora/bridge", "bridge") >= FLOOR_BRIDGE);
}

/* A third topic (issue 13), written without looking at what contra reads: a ship.
 * Its text was not changed to suit contra; what it misses (a rank among a fleet, a
 * count of islands against their list) is left for the reader to learn. */
static void
test_ferry (void **state)
{
  assert_true (score_story ("tests/corpora/ferry", "ferry") >= FLOOR_FERRY);
}

/* A fourth topic, a biography (an apple breeder and the station she founded), written
 * by a helper who neither ran contra on it nor read its source: what contra reads of
 * a subject it was not shaped on. */
static void
test_orchard (void **state)
{
  assert_true (score_story ("tests/corpora/orchard", "orchard") >= FLOOR_ORCHARD);
}

/* One person under a short and a long name, a middle initial or a title: every
 * planted contradiction found; where the documents tell two people apart, nothing
 * at warning or above (issue 13). */
static void
test_names (void **state)
{
  g_autoptr (ContraYamlNode) spec = load_spec ("tests/corpora/names/one-person/expect.yaml");
  g_autoptr (ContraJsonNode) report = report_json ("tests/corpora/names/one-person");
  const ContraJsonNode *findings = contra_json_get (report, "findings");
  guint serious_findings = 0;

  assert_int_equal (score_story ("tests/corpora/names/one-person", "names"),
                    contra_yaml_length (contra_yaml_mapping_get (spec, "findings")));
  /* The finding names both spellings. */
  for (guint i = 0; i < findings->n_items; i++)
    {
      const ContraJsonNode *message = contra_json_get (findings->items[i], "message");
      serious_findings += serious (findings->items[i]);
      if (strstr (message->string, "birth of Alex") != NULL)
        assert_non_null (strstr (message->string, "(\"Alex Moreno\" and \"Alexander J. Moreno\" taken as one person)"));
    }
  assert_int_equal (serious_findings, 2);

  g_autoptr (ContraJsonNode) ambiguous = report_json ("tests/corpora/names/ambiguous");
  const ContraJsonNode *none = contra_json_get (ambiguous, "findings");
  assert_int_equal (score_story ("tests/corpora/names/ambiguous", "names, ambiguous"), 0);
  for (guint i = 0; i < none->n_items; i++)
    assert_false (serious (none->items[i]));
}

/* Each pair of @spec_path's instances in its own corpus; returns how many are caught
 * and adds the false alarms (other warnings and errors) to @extra. */
static guint
score_pairs (const char *spec_path, const char *pairs_dir, guint *extra)
{
  g_autoptr (ContraYamlNode) spec = load_spec (spec_path);
  const ContraYamlNode *instances = contra_yaml_mapping_get (spec, "instances");
  guint caught = 0;

  for (guint i = 0; instances != NULL && i < contra_yaml_length (instances); i++)
    {
      const ContraYamlNode *pair = contra_yaml_item_at (instances, i);
      const char *id = contra_yaml_mapping_get (pair, "id")->scalar;
      const ContraYamlNode *qa = contra_yaml_mapping_get (pair, "quote_a");
      const ContraYamlNode *qb = contra_yaml_mapping_get (pair, "quote_b");
      g_autofree char *dir = g_build_filename (pairs_dir, id, NULL);
      g_autoptr (ContraJsonNode) report = report_json (dir);
      const ContraJsonNode *findings = contra_json_get (report, "findings");
      gboolean hit = FALSE;

      for (guint k = 0; k < findings->n_items; k++)
        {
          const ContraJsonNode *f = findings->items[k];
          if (!serious (f))
            continue;
          if (qa != NULL && qb != NULL && holds_quote (f, qa->scalar) && holds_quote (f, qb->scalar))
            hit = TRUE;
          else
            {
              fprintf (stderr, "%s: a warning or error that is not the pair's\n", dir);
              (*extra)++;
            }
        }
      caught += hit;
    }
  return caught;
}

static void
test_pairs (void **state)
{
  guint extra = 0;
  guint caught = score_pairs ("tests/corpora/pairs/pairs.yaml", "tests/corpora/pairs/pairs", &extra);

  fprintf (stderr, "pairs: caught %u, %u other warnings or errors\n", caught, extra);
  assert_int_equal (extra, 0);
  assert_true (caught >= FLOOR_PAIRS);
}

/* Copies the passages of @spec_path's pairs into @corpus as "<set>-<id>-a.txt", and
 * adds each pair's two quotes to @quotes. */
static void
gather_pairs (const char *spec_path, const char *pairs_dir, const char *set, const char *corpus, GPtrArray *quotes)
{
  g_autoptr (ContraYamlNode) spec = load_spec (spec_path);
  const ContraYamlNode *instances = contra_yaml_mapping_get (spec, "instances");

  for (guint i = 0; instances != NULL && i < contra_yaml_length (instances); i++)
    {
      const ContraYamlNode *pair = contra_yaml_item_at (instances, i);
      const char *id = contra_yaml_mapping_get (pair, "id")->scalar;
      const ContraYamlNode *qa = contra_yaml_mapping_get (pair, "quote_a");
      const ContraYamlNode *qb = contra_yaml_mapping_get (pair, "quote_b");
      for (const char *side = "a"; side != NULL; side = g_str_equal (side, "a") ? "b" : NULL)
        {
          g_autofree char *file = g_strconcat (side, ".txt", NULL);
          g_autofree char *from = g_build_filename (cli_source_root (), pairs_dir, id, file, NULL);
          g_autofree char *name = g_strdup_printf ("%s-%s-%s.txt", set, id, side);
          g_autofree char *to = g_build_filename (corpus, name, NULL);
          g_autofree char *text = NULL;
          gsize length;
          assert_true (g_file_get_contents (from, &text, &length, NULL));
          assert_true (g_file_set_contents (to, text, (gssize) length, NULL));
        }
      if (qa != NULL && qb != NULL)
        {
          g_ptr_array_add (quotes, g_strdup (qa->scalar));
          g_ptr_array_add (quotes, g_strdup (qb->scalar));
        }
    }
}

/* Every pair in one corpus, the agreeing ones too: passages on some 130 subjects read
 * together give the pairs' findings and nothing else (a key that two subjects share
 * would show here as a false alarm). */
static void
test_pairs_together (void **state)
{
  g_autofree char *corpus = g_dir_make_tmp ("contra-pairs-XXXXXX", NULL);
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func (g_free);
  guint caught = 0, extra = 0;

  assert_non_null (corpus);
  gather_pairs ("tests/corpora/pairs/pairs.yaml", "tests/corpora/pairs/pairs", "c", corpus, quotes);
  gather_pairs ("tests/corpora/pairs/agree/pairs.yaml", "tests/corpora/pairs/agree/pairs", "ca", corpus, quotes);
  gather_pairs ("tests/corpora/pairs2/pairs.yaml", "tests/corpora/pairs2/pairs", "p", corpus, quotes);
  gather_pairs ("tests/corpora/pairs2/agree/pairs.yaml", "tests/corpora/pairs2/agree/pairs", "pa", corpus, quotes);
  gather_pairs ("tests/corpora/pairs3/pairs.yaml", "tests/corpora/pairs3/pairs", "d", corpus, quotes);
  gather_pairs ("tests/corpora/pairs3/agree/pairs.yaml", "tests/corpora/pairs3/agree/pairs", "da", corpus, quotes);
  gather_pairs ("tests/corpora/pairs4/pairs.yaml", "tests/corpora/pairs4/pairs", "f", corpus, quotes);
  gather_pairs ("tests/corpora/pairs4/agree/pairs.yaml", "tests/corpora/pairs4/agree/pairs", "fa", corpus, quotes);
  gather_pairs ("tests/corpora/pairs5/pairs.yaml", "tests/corpora/pairs5/pairs", "g", corpus, quotes);
  gather_pairs ("tests/corpora/pairs5/agree/pairs.yaml", "tests/corpora/pairs5/agree/pairs", "ga", corpus, quotes);
  gather_pairs ("tests/corpora/pairs6/pairs.yaml", "tests/corpora/pairs6/pairs", "k", corpus, quotes);
  gather_pairs ("tests/corpora/pairs6/agree/pairs.yaml", "tests/corpora/pairs6/agree/pairs", "ka", corpus, quotes);
  g_autoptr (ContraJsonNode) report = report_json (corpus);
  const ContraJsonNode *findings = contra_json_get (report, "findings");
  for (guint k = 0; k < findings->n_items; k++)
    {
      const ContraJsonNode *f = findings->items[k];
      gboolean hit = FALSE;
      if (!serious (f))
        continue;
      for (guint q = 0; q + 1 < quotes->len && !hit; q += 2)
        hit = holds_quote (f, g_ptr_array_index (quotes, q)) && holds_quote (f, g_ptr_array_index (quotes, q + 1));
      caught += hit;
      if (!hit)
        {
          fprintf (stderr, "together: not a pair's: %s\n", contra_json_get (f, "message")->string);
          extra++;
        }
    }

  g_autoptr (GDir) dir = g_dir_open (corpus, 0, NULL);
  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_unlink (path);
    }
  g_rmdir (corpus);
  fprintf (stderr, "pairs together: caught %u, %u other warnings or errors\n", caught, extra);
  assert_int_equal (extra, 0);
  assert_true (caught >= FLOOR_PAIRS + FLOOR_PAIRS2 + FLOOR_PAIRS3 + FLOOR_PAIRS4 + FLOOR_PAIRS5 + FLOOR_PAIRS6);
}

static void
test_agreeing_pairs (void **state)
{
  guint extra = 0;
  guint caught = score_pairs ("tests/corpora/pairs/agree/pairs.yaml", "tests/corpora/pairs/agree/pairs", &extra);

  /* The same value in other words or units: nothing to catch, nothing to flag. */
  assert_int_equal (caught + extra, 0);
}

static void
test_pairs2 (void **state)
{
  guint extra = 0;
  guint caught = score_pairs ("tests/corpora/pairs2/pairs.yaml", "tests/corpora/pairs2/pairs", &extra);

  fprintf (stderr, "pairs2: caught %u, %u other warnings or errors\n", caught, extra);
  assert_int_equal (extra, 0);
  assert_true (caught >= FLOOR_PAIRS2);
}

static void
test_agreeing_pairs2 (void **state)
{
  guint extra = 0;
  guint caught = score_pairs ("tests/corpora/pairs2/agree/pairs.yaml", "tests/corpora/pairs2/agree/pairs", &extra);

  fprintf (stderr, "pairs2, agreeing: %u warnings or errors\n", caught + extra);
  assert_true (caught + extra <= CEILING_PAIRS2_ALARMS);
}

/* Passages written by someone who had not read contra, on subjects it was not written
 * for (pairs3 to pairs6): what it catches of them, and no false alarm on those that
 * agree. */
static void
check_fresh_pairs (const char *set, guint floor)
{
  g_autofree char *spec = g_strdup_printf ("tests/corpora/%s/pairs.yaml", set);
  g_autofree char *dir = g_strdup_printf ("tests/corpora/%s/pairs", set);
  g_autofree char *agree_spec = g_strdup_printf ("tests/corpora/%s/agree/pairs.yaml", set);
  g_autofree char *agree_dir = g_strdup_printf ("tests/corpora/%s/agree/pairs", set);
  guint extra = 0, alarms = 0;
  guint caught = score_pairs (spec, dir, &extra);

  fprintf (stderr, "%s: caught %u, %u other warnings or errors\n", set, caught, extra);
  assert_int_equal (extra, 0);
  assert_true (caught >= floor);
  alarms = score_pairs (agree_spec, agree_dir, &extra);
  assert_int_equal (alarms + extra, 0);
}

static void
test_pairs3 (void **state)
{
  check_fresh_pairs ("pairs3", FLOOR_PAIRS3);
}

static void
test_pairs4 (void **state)
{
  check_fresh_pairs ("pairs4", FLOOR_PAIRS4);
}

static void
test_pairs5 (void **state)
{
  check_fresh_pairs ("pairs5", FLOOR_PAIRS5);
}

static void
test_pairs6 (void **state)
{
  check_fresh_pairs ("pairs6", FLOOR_PAIRS6);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_bridge), cmocka_unit_test (test_ferry),           cmocka_unit_test (test_orchard),
    cmocka_unit_test (test_names),  cmocka_unit_test (test_pairs),           cmocka_unit_test (test_agreeing_pairs),
    cmocka_unit_test (test_pairs2), cmocka_unit_test (test_agreeing_pairs2), cmocka_unit_test (test_pairs_together),
    cmocka_unit_test (test_pairs3), cmocka_unit_test (test_pairs4), cmocka_unit_test (test_pairs5), cmocka_unit_test (test_pairs6),
  };
  return cmocka_run_group_tests_name ("corpora", tests, NULL, NULL);
}

/* test_index.c — the claim index (src/index, contra index): the same output with and
 * without it, only what changed read again, and safe under faults: a run killed with
 * SIGKILL, two runs at once, a damaged or foreign file at the index path. */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "../cli/cli-test.h"

static const char *const shipped[] = {
  "000_13a7ffee45129fbc.txt", "001_4acc4d2366affa89.txt", "002_bb8406d2e8272ae1.txt",
  "003_547fc93670db27fd.txt", "004_8e034bfb88b42231.txt",
};

static char *
rules_dir (void)
{
  return g_build_filename (cli_source_root (), "rules", NULL);
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *bytes = NULL;
  gsize length = 0;

  assert_true (g_file_get_contents (from, &bytes, &length, NULL));
  assert_true (g_file_set_contents (to, bytes, (gssize) length, NULL));
}

static void
append (const char *path, const char *text)
{
  g_autofree char *bytes = NULL;

  assert_true (g_file_get_contents (path, &bytes, NULL, NULL));
  g_autofree char *more = g_strconcat (bytes, text, NULL);
  assert_true (g_file_set_contents (path, more, -1, NULL));
}

/* The shipped corpus (with its manifest) in @dir/corpus, and @copies more copies of
 * its documents, unlisted, as a larger corpus. */
static void
make_corpus (const char *dir, guint copies)
{
  g_autofree char *corpus = g_build_filename (dir, "corpus", NULL);
  g_autofree char *manifest_from = g_build_filename (cli_source_root (), "corpus", "sources.yaml", NULL);
  g_autofree char *manifest_to = g_build_filename (corpus, "sources.yaml", NULL);

  g_mkdir_with_parents (corpus, 0755);
  copy_file (manifest_from, manifest_to);
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *from = g_build_filename (cli_source_root (), "corpus", shipped[i], NULL);
      g_autofree char *to = g_build_filename (corpus, shipped[i], NULL);
      copy_file (from, to);
      for (guint k = 0; k < copies; k++)
        {
          g_autofree char *name = g_strdup_printf ("copy%03u-%s", k, shipped[i]);
          g_autofree char *copy = g_build_filename (corpus, name, NULL);
          copy_file (from, copy);
        }
    }
}

static void
remove_tree (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);
  assert_int_equal (system (command), 0);
}

/* Runs contra in @dir with --corpus corpus --rules RULES and @args. */
static CliRun
run_in (const char *dir, const char *const *args)
{
  g_autofree char *rules = rules_dir ();
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) args[0]);
  g_ptr_array_add (argv, "--corpus");
  g_ptr_array_add (argv, "corpus");
  g_ptr_array_add (argv, "--rules");
  g_ptr_array_add (argv, rules);
  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return cli_run_in (dir, (const char *const *) argv->pdata, NULL);
}

/* `contra index` in @dir, which must succeed; returns what it printed (its summary
 * line, or nothing with @quiet). */
static char *
index_in (const char *dir, gboolean quiet)
{
  const char *loud[] = {"index", NULL}, *hushed[] = {"index", "--quiet", NULL};
  CliRun run = run_in (dir, quiet ? hushed : loud);
  if (run.status != 0)
    fprintf (stderr, "%s", run.err);
  assert_int_equal (run.status, 0);
  char *out = g_strdup (run.out);
  cli_run_clear (&run);
  return out;
}

static void
index_quietly (const char *dir)
{
  g_autofree char *out = index_in (dir, TRUE);
}

static char *
summary_in (const char *dir)
{
  return index_in (dir, FALSE);
}

/* Report (text and json) in @dir reads the same through the index as without it. */
static void
assert_same_report (const char *dir)
{
  static const char *const formats[] = {"text", "json"};

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      CliRun with = run_in (dir, (const char *[]){"report", "--quiet", "--format", formats[i], NULL});
      CliRun without = run_in (dir, (const char *[]){"report", "--quiet", "--no-index", "--format", formats[i], NULL});
      assert_int_equal (with.status, without.status);
      assert_string_equal (with.err, without.err);
      assert_string_equal (with.out, without.out);
      cli_run_clear (&with);
      cli_run_clear (&without);
    }
}

/* Runs @args (NULL-terminated) with "--index @index" and with "--no-index" after the
 * command, and checks that both print the same bytes on both streams and exit alike.
 * Returns the length of what they printed. */
static gsize
assert_same_lint (const char *index, const char *const *args, const char *input)
{
  g_autoptr (GPtrArray) with = g_ptr_array_new (), without = g_ptr_array_new ();

  for (guint k = 0; args[k] != NULL; k++)
    {
      g_ptr_array_add (with, (gpointer) args[k]);
      g_ptr_array_add (without, (gpointer) args[k]);
    }
  g_ptr_array_insert (with, 1, "--index");
  g_ptr_array_insert (with, 2, (gpointer) index);
  g_ptr_array_insert (without, 1, "--no-index");
  g_ptr_array_add (with, NULL);
  g_ptr_array_add (without, NULL);
  CliRun a = cli_run ((const char *const *) with->pdata, input);
  CliRun b = cli_run ((const char *const *) without->pdata, input);
  if (g_strcmp0 (a.out, b.out) != 0)
    fprintf (stderr, "lint differs with the index: %s %s\n", args[3], args[4] != NULL ? args[4] : "");
  assert_int_equal (a.status, b.status);
  assert_string_equal (a.err, b.err);
  assert_string_equal (a.out, b.out);
  gsize length = strlen (a.out);
  cli_run_clear (&a);
  cli_run_clear (&b);
  return length;
}

/* The shipped corpus: report (text, json) and lint of a draft (text, json) print the
 * same bytes, on both streams, with the index and without. */
static void
test_same_output (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *index = g_build_filename (dir, "claims.sqlite", NULL);
  const char *const runs[][6] = {
    {"report", "--format", "text", NULL},
    {"report", "--format", "json", NULL},
    {"lint", "--format", "text", "tests/drafts/defense-ties.md", NULL},
    {"lint", "--format", "json", "tests/drafts/defense-ties.md", NULL},
    {"lint", "--format", "json", "tests/drafts/planted.md", NULL},
  };

  CliRun built = cli_run ((const char *[]){"index", "--index", index, NULL}, NULL);
  assert_int_equal (built.status, 0);
  assert_non_null (strstr (built.out, "5 documents: 5 read, 0 up to date, 0 removed"));
  cli_run_clear (&built);

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    assert_true (assert_same_lint (index, runs[i], NULL) > 100);

  /* The index was up to date: nothing was read again. */
  CliRun again = cli_run ((const char *[]){"index", "--index", index, NULL}, NULL);
  assert_non_null (strstr (again.out, "5 documents: 0 read, 5 up to date, 0 removed; "));
  /* ... with as many claims as extraction makes. */
  CliRun claims = cli_run ((const char *[]){"claims", NULL}, NULL);
  const char *total = strstr (claims.out, " claims from 5 sources");
  assert_non_null (total);
  const char *digits = total;
  while (digits > claims.out && g_ascii_isdigit (digits[-1]))
    digits--;
  g_autofree char *count = g_strdup_printf ("; %.*s claims", (int) (total - digits), digits);
  assert_non_null (strstr (again.out, count));
  cli_run_clear (&claims);
  cli_run_clear (&again);
  remove_tree (dir);
}

/* Lint reads from the index only the claims a draft can meet: every test draft, in
 * every format, alone, together and from standard input, gives the same bytes as
 * the corpus read whole; and it did read only part of the index. */
static void
test_lint_reach (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *index = g_build_filename (dir, "claims.sqlite", NULL);
  static const char *const formats[] = {"text", "json", "markdown", "sarif", "github", "html"};
  static const char *const folders[] = {"tests/drafts", "tests/corpora/bridge-drafts"};
  g_autoptr (GPtrArray) drafts = g_ptr_array_new_with_free_func (g_free);

  CliRun built = cli_run ((const char *[]){"index", "--index", index, NULL}, NULL);
  assert_int_equal (built.status, 0);
  cli_run_clear (&built);
  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *path = g_build_filename (cli_source_root (), folders[f], NULL);
      g_autoptr (GDir) folder = g_dir_open (path, 0, NULL);
      const char *name;
      assert_non_null (folder);
      while ((name = g_dir_read_name (folder)) != NULL)
        if (g_str_has_suffix (name, ".md"))
          g_ptr_array_add (drafts, g_build_filename (folders[f], name, NULL));
    }
  g_ptr_array_sort (drafts, (GCompareFunc) g_strcmp0);
  assert_true (drafts->len >= 8);

  for (guint i = 0; i < drafts->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
      assert_same_lint (index, (const char *[]){"lint", "--format", formats[k], g_ptr_array_index (drafts, i), NULL},
                        NULL);
  assert_same_lint (index, (const char *[]){"lint", "--verbose", "--format", "text", "tests/drafts/planted.md", NULL},
                    NULL);
  /* Rules switched off and severities changed by a configuration. */
  assert_same_lint (index,
                    (const char *[]){"lint", "--config", "tests/drafts/severities.contra.yaml", "--format", "json",
                                     "tests/drafts/severities.md", "tests/drafts/planted.md", NULL},
                    NULL);
  assert_same_lint (index,
                    (const char *[]){"lint", "--min-severity", "warning", "--format", "text",
                                     "tests/drafts/config/checked.md", NULL},
                    NULL);
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  g_ptr_array_add (all, "lint");
  g_ptr_array_add (all, "--format");
  g_ptr_array_add (all, "json");
  for (guint i = 0; i < drafts->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (drafts, i));
  g_ptr_array_add (all, NULL);
  assert_same_lint (index, (const char *const *) all->pdata, NULL);

  g_autofree char *planted = NULL;
  g_autofree char *planted_path = g_build_filename (cli_source_root (), "tests/drafts/planted.md", NULL);
  assert_true (g_file_get_contents (planted_path, &planted, NULL, NULL));
  assert_same_lint (index, (const char *[]){"lint", "--format", "json", "-", NULL}, planted);
  /* A draft that cannot be read is the same error, after the same warnings. */
  assert_same_lint (index, (const char *[]){"lint", "--format", "json", "tests/drafts/no-such-draft.md", NULL}, NULL);

  /* Part of the index, not all of it: the debug log says how much. */
  g_setenv ("G_MESSAGES_DEBUG", "contra", TRUE);
  CliRun run = cli_run ((const char *[]){"lint", "--index", index, "tests/drafts/defense-ties.md", NULL}, NULL);
  g_unsetenv ("G_MESSAGES_DEBUG");
  const char *read = strstr (run.err, "the index: read ");
  assert_non_null (read);
  guint n_read = 0, n_all = 0;
  assert_int_equal (sscanf (read, "the index: read %u of its %u claims", &n_read, &n_all), 2);
  assert_true (n_read > 0 && n_read < n_all);
  cli_run_clear (&run);
  remove_tree (dir);
}

/* A corpus of one document (@source) in a new folder, its index, and a draft
 * (@draft) beside them: the paths, to free with lone_source_clear(). */
typedef struct {
  char *dir, *corpus, *draft, *index;
} LoneSource;

static LoneSource
lone_source_new (const char *source, const char *draft)
{
  LoneSource lone;
  lone.dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  lone.corpus = g_build_filename (lone.dir, "corpus", NULL);
  lone.draft = g_build_filename (lone.dir, "draft.md", NULL);
  lone.index = g_build_filename (lone.dir, "claims.sqlite", NULL);
  g_autofree char *path = g_build_filename (lone.corpus, "a.txt", NULL);

  g_mkdir_with_parents (lone.corpus, 0755);
  assert_true (g_file_set_contents (path, source, -1, NULL));
  assert_true (g_file_set_contents (lone.draft, draft, -1, NULL));
  CliRun built = cli_run ((const char *[]){"index", "--corpus", lone.corpus, "--index", lone.index, NULL}, NULL);
  assert_int_equal (built.status, 0);
  cli_run_clear (&built);
  return lone;
}

static void
lone_source_clear (LoneSource *lone)
{
  remove_tree (lone->dir);
  g_free (lone->dir);
  g_free (lone->corpus);
  g_free (lone->draft);
  g_free (lone->index);
}

/* What lint finds across subjects through the index: a person whose name differs by
 * one letter under a related title (another subject: the deputy's office), and a
 * draft's instrument without its domain linked to the one the corpus knows. */
static void
test_lint_reach_across (void **state)
{
  (void) state;
  LoneSource lone = lone_source_new ("Ties\n\n\nIn March 2012, Vietnamese Foreign Minister Pham Binh Minh visited "
                                     "Canberra.\n\nIn 2011, the two countries signed a memorandum of understanding on "
                                     "defense cooperation.\n",
                                     "Draft\n\n\nIn May 2013, Vietnamese Deputy Foreign Minister Phan Binh Minh met "
                                     "reporters in Hanoi.\n\nThe memorandum of understanding was signed in 2010.\n");
  assert_same_lint (lone.index, (const char *[]){"lint", "--corpus", lone.corpus, "--format", "text", lone.draft, NULL},
                    NULL);
  CliRun run
    = cli_run ((const char *[]){"lint", "--corpus", lone.corpus, "--index", lone.index, lone.draft, NULL}, NULL);
  assert_non_null (strstr (run.out, "One person spelled two ways? \"Pham Binh Minh\""));
  assert_non_null (strstr (run.out, "The draft says 2010 for when the memorandum of understanding was signed"));
  cli_run_clear (&run);
  lone_source_clear (&lone);
}

/* Firsts and statuses are compared across subjects, but a first only with firsts of
 * a related action, actor and target, and a status only within its family: lint
 * reads only those from the index, and finds what it finds without it. The corpus
 * has two firsts (a carrier's visit to a port, a president's), two restrictions
 * lifted (the arms embargo, sanctions) and a counted list ("list/enumeration", a
 * subject no pass compares); the draft dates the carrier's first otherwise, denies
 * that the embargo was eased, and counts a list of its own. */
static void
test_lint_reach_firsts_statuses (void **state)
{
  (void) state;
  LoneSource lone = lone_source_new (
    "---\ntitle: Ties\npublished: 2020-01-01\n---\nIn 2018, the aircraft carrier Carl Vinson became the first US "
    "aircraft carrier to visit a Vietnamese port since the Vietnam War.\n\nIn November 2000, Bill Clinton became "
    "the first US president to visit Vietnam since the Vietnam War.\n\nIn 2016, the US completely lifted the arms "
    "embargo against Vietnam.\n\nIn 2019, the US completely lifted its sanctions against Cuba.\n\nThe agreement "
    "lists three areas: trade, health and education.\n",
    "Draft\n\n\nIn 2016, the aircraft carrier Carl Vinson became the first US aircraft carrier to visit a Vietnamese "
    "port since the Vietnam War.\n\nThe United States has never eased its arms embargo on Vietnam.\n\nThe plan sets "
    "out four areas: culture, sport and tourism.\n");
  for (guint f = 0; f < 2; f++)
    assert_same_lint (
      lone.index,
      (const char *[]){"lint", "--corpus", lone.corpus, "--format", f == 0 ? "text" : "json", lone.draft, NULL}, NULL);

  g_setenv ("G_MESSAGES_DEBUG", "contra", TRUE);
  CliRun run
    = cli_run ((const char *[]){"lint", "--corpus", lone.corpus, "--index", lone.index, lone.draft, NULL}, NULL);
  g_unsetenv ("G_MESSAGES_DEBUG");
  assert_non_null (strstr (run.out, "Two dates for one first: the first visit to a Vietnamese port by a US aircraft "
                                    "carrier, in 2018 (a, line 5) vs"));
  assert_non_null (strstr (run.out, "A statement on the status of the arms embargo does not fit the steps"));
  /* The carrier's first and the embargo lifted: not the president's first, the
   * sanctions, nor the corpus's list. */
  assert_non_null (strstr (run.err, "the index: read 2 of its 7 claims"));
  cli_run_clear (&run);
  lone_source_clear (&lone);
}

/* A draft's "Alex Moreno" meets the corpus's "Alexander J. Moreno" through the index
 * as without it (the claims of the name's bucket), and where the corpus also names
 * an "Alexandra Moreno" the draft's short name is merged with no one, either way. */
static void
test_lint_reach_names (void **state)
{
  static const char *const corpora[] = {"tests/corpora/names/one-person", "tests/corpora/names/ambiguous"};
  (void) state;

  for (guint k = 0; k < G_N_ELEMENTS (corpora); k++)
    {
      g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
      g_autofree char *index = g_build_filename (dir, "claims.sqlite", NULL);
      CliRun built = cli_run ((const char *[]){"index", "--corpus", corpora[k], "--index", index, NULL}, NULL);
      assert_int_equal (built.status, 0);
      cli_run_clear (&built);
      for (guint f = 0; f < 2; f++)
        assert_same_lint (index,
                          (const char *[]){"lint", "--corpus", corpora[k], "--format", f == 0 ? "text" : "json",
                                           "tests/corpora/names/drafts/moreno.md", NULL},
                          NULL);
      CliRun run = cli_run ((const char *[]){"lint", "--corpus", corpora[k], "--index", index,
                                             "tests/corpora/names/drafts/moreno.md", NULL},
                            NULL);
      gboolean merged = strstr (run.out, "(\"Alex Moreno\" and \"Alexander J. Moreno\" taken as one person)") != NULL;
      assert_int_equal (merged, k == 0);
      assert_int_equal (strstr (run.out, "02_review.txt:3:1") != NULL, k == 0);
      cli_run_clear (&run);
      remove_tree (dir);
    }
}

/* The pairs of documents that agree or disagree (tests/corpora/pairs): each one's
 * text as a corpus of one, the other as the draft, both ways: the same lint with the
 * index as without. They exercise each pass: dates, lists, counts, firsts, statuses,
 * offices, name variants. */
static void
test_lint_reach_pairs (void **state)
{
  (void) state;
  g_autofree char *pairs = g_build_filename (cli_source_root (), "tests", "corpora", "pairs", "pairs", NULL);
  g_autoptr (GDir) folder = g_dir_open (pairs, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *pair = g_build_filename (pairs, name, NULL);
      if (!g_file_test (pair, G_FILE_TEST_IS_DIR))
        continue;
      for (guint way = 0; way < 2; way++)
        {
          g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
          g_autofree char *corpus = g_build_filename (dir, "corpus", NULL);
          g_autofree char *from = g_build_filename (pair, way == 0 ? "a.txt" : "b.txt", NULL);
          g_autofree char *to = g_build_filename (corpus, "source.txt", NULL);
          g_autofree char *draft = g_build_filename (pair, way == 0 ? "b.txt" : "a.txt", NULL);
          g_autofree char *index = g_build_filename (dir, "claims.sqlite", NULL);
          g_mkdir_with_parents (corpus, 0755);
          copy_file (from, to);
          CliRun built = cli_run ((const char *[]){"index", "--corpus", corpus, "--index", index, NULL}, NULL);
          assert_int_equal (built.status, 0);
          cli_run_clear (&built);
          assert_same_lint (index, (const char *[]){"lint", "--corpus", corpus, "--format", "json", draft, NULL}, NULL);
          remove_tree (dir);
          n++;
        }
    }
  assert_true (n >= 20);
}

/* Only what changed is read again: a document's bytes, its manifest entry, the
 * rules; a document removed leaves the index; report updates a stale index. */
static void
test_updates (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *doc = g_build_filename (dir, "corpus", shipped[2], NULL);
  g_autofree char *extra = g_build_filename (dir, "corpus", "extra.txt", NULL);
  g_autofree char *manifest = g_build_filename (dir, "corpus", "sources.yaml", NULL);
  g_autofree char *out = NULL;

  make_corpus (dir, 0);
  copy_file (doc, extra);
  out = summary_in (dir);
  assert_non_null (strstr (out, "corpus/.contra-index.sqlite: 6 documents: 6 read, 0 up to date, 0 removed"));
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "6 documents: 0 read, 6 up to date, 0 removed"));
  assert_same_report (dir);

  /* A report on one file of the corpus reads it from the index, the same, and leaves
   * the other documents in the index. */
  g_autofree char *one = g_build_filename ("corpus", shipped[3], NULL);
  CliRun part = run_in (dir, (const char *[]){"report", "--format", "json", one, NULL});
  CliRun part_direct = run_in (dir, (const char *[]){"report", "--format", "json", "--no-index", one, NULL});
  assert_int_equal (part.status, 0);
  assert_string_equal (part.err, part_direct.err);
  assert_string_equal (part.out, part_direct.out);
  cli_run_clear (&part);
  cli_run_clear (&part_direct);
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "6 documents: 0 read, 6 up to date, 0 removed"));

  /* Its bytes. */
  append (doc, "\nIn 2011, the two sides signed a memorandum of understanding on defense cooperation.\n");
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "6 documents: 1 read, 5 up to date, 0 removed"));
  assert_same_report (dir);

  /* Bytes rewritten the same are not read again. */
  g_autofree char *same = NULL;
  assert_true (g_file_get_contents (doc, &same, NULL, NULL));
  assert_true (g_file_set_contents (doc, same, -1, NULL));
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "6 documents: 0 read, 6 up to date"));

  /* Its manifest entry: a title changes the source the claims carry. */
  g_autofree char *yaml = NULL;
  assert_true (g_file_get_contents (manifest, &yaml, NULL, NULL));
  g_autofree char *title = g_strdup (strstr (yaml, "title:"));
  *strchr (title, '\n') = '\0';
  g_autofree char *retitled = g_strdup_printf ("%.*stitle: Another title%s", (int) (strstr (yaml, "title:") - yaml),
                                               yaml, strstr (yaml, "title:") + strlen (title));
  assert_true (g_file_set_contents (manifest, retitled, -1, NULL));
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "6 documents: 1 read, 5 up to date, 0 removed"));
  assert_same_report (dir);

  /* A document removed. */
  g_remove (extra);
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "5 documents: 0 read, 5 up to date, 1 removed"));
  assert_same_report (dir);

  /* report brings a stale index up to date, and reads the same. */
  append (doc, "\nThe United States lifted the embargo in 2016.\n");
  assert_same_report (dir);
  g_free (out);
  out = summary_in (dir);
  assert_non_null (strstr (out, "5 documents: 0 read, 5 up to date, 0 removed"));

  /* The rules: every document is read again. */
  g_autofree char *rules = g_build_filename (dir, "rules", NULL);
  g_autofree char *copy = g_strdup_printf ("cp -r '%s/rules' '%s'", cli_source_root (), dir);
  assert_int_equal (system (copy), 0);
  /* A copy of the same rules is the same rules. */
  CliRun own = cli_run_in (dir, (const char *[]){"index", "--corpus", "corpus", "--rules", "rules", NULL}, NULL);
  assert_non_null (strstr (own.out, "5 documents: 0 read, 5 up to date"));
  cli_run_clear (&own);
  g_autofree char *lexicon = g_build_filename (rules, "general", "lexicon", "countries.yaml", NULL);
  append (lexicon, "# a comment changes the rules' bytes\n");
  own = cli_run_in (dir, (const char *[]){"index", "--corpus", "corpus", "--rules", "rules", NULL}, NULL);
  assert_non_null (strstr (own.out, "5 documents: 5 read, 0 up to date"));
  cli_run_clear (&own);
  own = cli_run_in (dir, (const char *[]){"index", "--corpus", "corpus", "--rules", "rules", NULL}, NULL);
  assert_non_null (strstr (own.out, "5 documents: 0 read, 5 up to date"));
  cli_run_clear (&own);
  remove_tree (dir);
}

/* contra in @dir with --corpus corpus --rules rules (the copy in @dir) and @args. */
static CliRun
run_own (const char *dir, const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) args[0]);
  g_ptr_array_add (argv, "--corpus");
  g_ptr_array_add (argv, "corpus");
  g_ptr_array_add (argv, "--rules");
  g_ptr_array_add (argv, "rules");
  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return cli_run_in (dir, (const char *const *) argv->pdata, NULL);
}

/* Lint of draft.md in @dir prints the same through the index as without it; returns
 * its output. */
static char *
same_own_lint (const char *dir)
{
  CliRun with = run_own (dir, (const char *[]){"lint", "--format", "json", "draft.md", NULL});
  CliRun without = run_own (dir, (const char *[]){"lint", "--format", "json", "--no-index", "draft.md", NULL});
  assert_int_equal (with.status, without.status);
  assert_string_equal (with.err, without.err);
  assert_string_equal (with.out, without.out);
  char *out = g_strdup (with.out);
  cli_run_clear (&with);
  cli_run_clear (&without);
  return out;
}

/* The first integer of @sql on the index of @dir. */
static gint64
index_query (const char *dir, const char *sql)
{
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), SQLITE_OK);
  int rc = sqlite3_step (stmt);
  assert_true (rc == SQLITE_ROW || rc == SQLITE_DONE);
  gint64 value = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Every file under @dir written an hour ago: older than the two seconds within which a
 * file's stamp is not trusted, so that its parsed tree is kept. */
static void
age_files (const char *dir)
{
  g_autofree char *command
    = g_strdup_printf ("find '%s' -type f ! -name '.contra-index*' -exec touch -d '1 hour ago' {} +", dir);
  assert_int_equal (system (command), 0);
}

/* The rule files and the manifest, parsed once, are kept in the index and read from it
 * while they are unchanged; a file edited is parsed again (a rule error shows, a new
 * title is printed); a kept tree damaged is parsed again and kept anew. The output is
 * the corpus's throughout. */
static void
test_trees (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *copy = g_strdup_printf ("cp -r '%s/rules' '%s'", cli_source_root (), dir);
  g_autofree char *draft_from = g_build_filename (cli_source_root (), "tests", "drafts", "defense-ties.md", NULL);
  g_autofree char *draft = g_build_filename (dir, "draft.md", NULL);
  g_autofree char *countries = g_build_filename (dir, "rules", "general", "lexicon", "countries.yaml", NULL);
  g_autofree char *manifest = g_build_filename (dir, "corpus", "sources.yaml", NULL);

  make_corpus (dir, 0);
  assert_int_equal (system (copy), 0);
  copy_file (draft_from, draft);
  age_files (dir);
  CliRun built = run_own (dir, (const char *[]){"index", NULL});
  assert_int_equal (built.status, 0);
  cli_run_clear (&built);

  /* The first lint keeps the trees: every rule file and the manifest. */
  g_autofree char *first = same_own_lint (dir);
  gint64 rule_files = 0;
  g_autofree char *list = g_strdup_printf ("find '%s/rules' -name '*.yaml' | wc -l > '%s/count'", dir, dir);
  assert_int_equal (system (list), 0);
  g_autofree char *count_path = g_build_filename (dir, "count", NULL);
  g_autofree char *count = NULL;
  assert_true (g_file_get_contents (count_path, &count, NULL, NULL));
  rule_files = g_ascii_strtoll (count, NULL, 10);
  assert_true (rule_files > 10);
  assert_int_equal (index_query (dir, "SELECT count(*) FROM trees WHERE path LIKE '%/rules/%'"), rule_files);
  assert_int_equal (index_query (dir, "SELECT count(*) FROM trees WHERE path LIKE '%/corpus/sources.yaml'"), 1);
  gint64 kept = index_query (dir, "SELECT sum(length(tree)) FROM trees");
  g_autofree char *second = same_own_lint (dir);
  assert_string_equal (first, second);

  /* A rule file edited: its kept tree is not used. */
  g_autofree char *original = NULL;
  assert_true (g_file_get_contents (countries, &original, NULL, NULL));
  append (countries, "bogus_key: 1\n");
  CliRun edited = run_own (dir, (const char *[]){"lint", "draft.md", NULL});
  assert_int_equal (edited.status, 2);
  assert_non_null (strstr (edited.err, "rules/general/lexicon/countries.yaml:"));
  assert_non_null (strstr (edited.err, "unknown key 'bogus_key'"));
  cli_run_clear (&edited);
  assert_true (g_file_set_contents (countries, original, -1, NULL));
  g_autofree char *restored = same_own_lint (dir);
  assert_string_equal (restored, first);

  /* The manifest edited: the new title is read. */
  g_autofree char *yaml = NULL;
  assert_true (g_file_get_contents (manifest, &yaml, NULL, NULL));
  char *title = strstr (yaml, "title: ");
  assert_non_null (title);
  g_autofree char *head = g_strndup (yaml, (gsize) (title - yaml));
  g_autofree char *retitled = g_strconcat (head, "title: A title never seen", strchr (title, '\n'), NULL);
  assert_true (g_file_set_contents (manifest, retitled, -1, NULL));
  g_autofree char *renamed = same_own_lint (dir);
  assert_non_null (strstr (renamed, "A title never seen"));
  assert_true (g_file_set_contents (manifest, yaml, -1, NULL));

  /* Kept trees damaged: cut short, and overwritten; parsed again and kept anew. */
  age_files (dir);
  g_autofree char *aged = same_own_lint (dir);
  assert_string_equal (aged, first);
  assert_int_equal (index_query (dir, "SELECT sum(length(tree)) FROM trees"), kept);
  index_query (dir, "UPDATE trees SET tree = substr(tree, 1, length(tree) / 2) WHERE path LIKE '%countries.yaml'");
  index_query (dir, "UPDATE trees SET tree = randomblob(length(tree)) WHERE path LIKE '%sources.yaml'");
  assert_true (index_query (dir, "SELECT sum(length(tree)) FROM trees") < kept);
  g_autofree char *repaired = same_own_lint (dir);
  assert_string_equal (repaired, first);
  assert_int_equal (index_query (dir, "SELECT sum(length(tree)) FROM trees"), kept);

  /* The rules' hash is kept with their stamps; a rule file changed and dated back an
   * hour has another stamp (its change time), so the rules are hashed again and every
   * document read again. */
  assert_int_equal (index_query (dir, "SELECT count(*) FROM meta WHERE key = 'rules_stamps'"), 1);
  CliRun rehashed = run_own (dir, (const char *[]){"index", NULL});
  assert_non_null (strstr (rehashed.out, "5 documents: 0 read, 5 up to date"));
  cli_run_clear (&rehashed);
  append (countries, "# a comment changes the rules' bytes, not their meaning\n");
  age_files (dir);
  rehashed = run_own (dir, (const char *[]){"index", NULL});
  assert_non_null (strstr (rehashed.out, "5 documents: 5 read, 0 up to date"));
  cli_run_clear (&rehashed);
  rehashed = run_own (dir, (const char *[]){"index", NULL});
  assert_non_null (strstr (rehashed.out, "5 documents: 0 read, 5 up to date"));
  cli_run_clear (&rehashed);
  g_autofree char *commented = same_own_lint (dir);
  assert_string_equal (commented, first);
  remove_tree (dir);
}

/* A contra index started in @dir, not waited for. */
static GPid
start_index (const char *dir)
{
  g_autofree char *rules = rules_dir ();
  const char *argv[] = {g_getenv ("CONTRA_BIN"), "index", "--quiet", "--corpus", "corpus", "--rules", rules, NULL};
  g_autoptr (GError) error = NULL;
  GPid pid;

  if (!g_spawn_async (dir, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                      &pid, &error))
    fail_msg ("cannot run contra: %s", error->message);
  return pid;
}

static int
wait_for (GPid pid)
{
  int status;

  assert_int_equal (waitpid (pid, &status, 0), pid);
  g_spawn_close_pid (pid);
  return status;
}

/* SQLite's own check of the file finds nothing wrong. */
static void
assert_intact (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  assert_int_equal (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), SQLITE_OK);
  assert_int_equal (sqlite3_step (stmt), SQLITE_ROW);
  assert_string_equal ((const char *) sqlite3_column_text (stmt, 0), "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A run killed at any moment (before its first batch, between batches, while
 * writing one) leaves an index the next run completes, without losing documents,
 * and whose report is the corpus's. */
static void
test_killed (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  /* 50 documents: four batches of 16 (CONTRA_INDEX_BATCH, set in main()). */
  make_corpus (dir, 9);

  /* How long a whole run takes, to kill the next ones at points across it. */
  gint64 start = g_get_monotonic_time ();
  index_quietly (dir);
  gint64 whole = g_get_monotonic_time () - start;
  g_autofree char *index = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);

  guint interrupted = 0;
  for (guint k = 1; k <= 4; k++)
    {
      /* From scratch, or over an index whose documents all changed. */
      if (k % 2 == 1)
        {
          g_remove (index);
          g_autofree char *wal = g_strconcat (index, "-wal", NULL);
          g_autofree char *shm = g_strconcat (index, "-shm", NULL);
          g_remove (wal);
          g_remove (shm);
        }
      else
        for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
          {
            g_autofree char *doc = g_build_filename (dir, "corpus", shipped[i], NULL);
            append (doc, "\nThe two sides met again.\n");
          }
      GPid pid = start_index (dir);
      g_usleep ((gulong) (whole * k / 5));
      kill (pid, SIGKILL);
      wait_for (pid);

      /* The next run uses it: reads what is missing, and the report is the corpus's. */
      g_autofree char *out = summary_in (dir);
      assert_non_null (strstr (out, "50 documents: "));
      /* What the killed run had not committed, this one read. */
      if (strstr (out, "50 documents: 0 read") == NULL)
        interrupted++;
      g_free (out);
      out = summary_in (dir);
      assert_non_null (strstr (out, "50 documents: 0 read, 50 up to date, 0 removed"));
      assert_intact (dir);
    }
  /* At least the earliest kill stopped a run before it finished. */
  assert_true (interrupted > 0);
  assert_same_report (dir);
  remove_tree (dir);
}

/* Two runs at once: both finish, and the index is whole and up to date. */
static void
test_concurrent (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  make_corpus (dir, 9);

  for (guint round = 0; round < 2; round++)
    {
      if (round == 1)
        {
          g_autofree char *doc = g_build_filename (dir, "corpus", shipped[0], NULL);
          append (doc, "\nThe two sides met again.\n");
        }
      GPid a = start_index (dir);
      GPid b = start_index (dir);
      int status_a = wait_for (a), status_b = wait_for (b);
      assert_true (WIFEXITED (status_a) && WEXITSTATUS (status_a) == 0);
      assert_true (WIFEXITED (status_b) && WEXITSTATUS (status_b) == 0);
      assert_intact (dir);
      g_autofree char *out = summary_in (dir);
      assert_non_null (strstr (out, "50 documents: 0 read, 50 up to date, 0 removed"));
    }
  assert_same_report (dir);
  remove_tree (dir);
}

/* Two runs making the same new index: neither may take the other's half-made file
 * for another program's database (each once read its id and its tables apart, and
 * could see the tables without the id, 3 times in 40 tries). */
static void
test_concurrent_new (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  make_corpus (dir, 0);

  for (guint round = 0; round < 20; round++)
    {
      g_remove (path);
      g_remove (wal);
      g_remove (shm);
      GPid a = start_index (dir);
      GPid b = start_index (dir);
      int status_a = wait_for (a), status_b = wait_for (b);
      assert_true (WIFEXITED (status_a) && WEXITSTATUS (status_a) == 0);
      assert_true (WIFEXITED (status_b) && WEXITSTATUS (status_b) == 0);
    }
  assert_intact (dir);
  remove_tree (dir);
}

/* A file at the index path that is not a contra index: an error that names it, exit
 * status 2 (an input error), never a crash, and the file left as it was. */
static void
test_bad_files (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  g_autofree char *garbage = g_malloc (65536);
  make_corpus (dir, 0);

  /* Bytes that are not a database. */
  for (guint i = 0; i < 65536; i++)
    garbage[i] = (char) g_random_int ();
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (contents, g_strdup ("not a database, only text\n"));
  g_ptr_array_add (contents, g_memdup2 (garbage, 65536));

  /* Lint reads from the index only the claims its draft can meet: a draft that says
   * what the corpus says meets most of them. */
  g_autoptr (GString) draft = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *from = g_build_filename (cli_source_root (), "corpus", shipped[i], NULL);
      g_autofree char *text = NULL;
      assert_true (g_file_get_contents (from, &text, NULL, NULL));
      g_string_append_printf (draft, "%s\n\n", text);
    }
  g_autofree char *draft_path = g_build_filename (dir, "draft.md", NULL);
  assert_true (g_file_set_contents (draft_path, draft->str, (gssize) draft->len, NULL));

  /* A real index, cut short; and one with a page of claims overwritten. */
  index_quietly (dir);
  g_autofree char *good = NULL;
  gsize length = 0;
  assert_true (g_file_get_contents (path, &good, &length, NULL));
  assert_true (length > 8192);

  for (guint variant = 0; variant < 5; variant++)
    {
      g_remove (path);
      if (variant < 2)
        assert_true (
          g_file_set_contents (path, g_ptr_array_index (contents, variant), variant == 0 ? -1 : 65536, NULL));
      else if (variant == 2)
        {
          /* A database of another program. */
          sqlite3 *db = NULL;
          assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
          assert_int_equal (
            sqlite3_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');", NULL, NULL, NULL),
            SQLITE_OK);
          sqlite3_close (db);
        }
      else if (variant == 3)
        assert_true (g_file_set_contents (path, good, (gssize) length / 2, NULL));
      else
        {
          g_autofree char *damaged = g_memdup2 (good, length);
          /* Pages in the middle of the file: the claims' (the first pages hold the
           * schema and the small tables). Several, so that one of them holds a claim
           * that the lint below reads, whatever the layout of the rows. */
          gsize from = (length / 3 / 4096) * 4096;
          memcpy (damaged + from, garbage, MIN (length / 3, 65536));
          assert_true (g_file_set_contents (path, damaged, (gssize) length, NULL));
        }
      g_autofree char *before = NULL;
      gsize before_length = 0;
      assert_true (g_file_get_contents (path, &before, &before_length, NULL));

      static const char *const commands[][4] = {
        {"index", NULL},
        {"report", NULL},
        {"lint", "draft.md", NULL},
      };
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          CliRun run = run_in (dir, (const char *const *) commands[c]);
          if (run.status != 2 || strstr (run.err, "corpus/.contra-index.sqlite: ") == NULL)
            fprintf (stderr, "variant %u, contra %s: status %d\n%s", variant, commands[c][0], run.status, run.err);
          assert_int_equal (run.status, 2);
          assert_non_null (strstr (run.err, "contra: error: corpus/.contra-index.sqlite: "));
          cli_run_clear (&run);
        }
      /* --no-index reads the corpus whatever is at the path. */
      CliRun bypass = run_in (dir, (const char *[]){"report", "--no-index", NULL});
      assert_int_equal (bypass.status, 0);
      cli_run_clear (&bypass);

      g_autofree char *after = NULL;
      gsize after_length = 0;
      assert_true (g_file_get_contents (path, &after, &after_length, NULL));
      assert_int_equal (after_length, before_length);
      assert_memory_equal (after, before, before_length);
    }

  /* A folder at the path. */
  g_remove (path);
  g_mkdir (path, 0755);
  CliRun run = run_in (dir, (const char *[]){"index", NULL});
  assert_int_equal (run.status, 2);
  assert_non_null (strstr (run.err, "contra: error: corpus/.contra-index.sqlite: not a contra index"));
  cli_run_clear (&run);
  remove_tree (dir);
}

/* Runs @sql on the index of @dir, which must succeed. */
static void
index_exec (const char *dir, const char *sql)
{
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  sqlite3 *db = NULL;

  assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
  assert_int_equal (sqlite3_exec (db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close (db);
}

/* The shipped corpus in @dir/corpus, and one of its documents as @dir/draft.md. */
static void
make_corpus_and_draft (const char *dir)
{
  g_autofree char *from = g_build_filename (cli_source_root (), "corpus", shipped[2], NULL);
  g_autofree char *to = g_build_filename (dir, "draft.md", NULL);

  make_corpus (dir, 0);
  copy_file (from, to);
}

/* The claims and sources are kept in binary form (io/claim-binary.h): a row damaged
 * inside the database, where SQLite's page checks cannot see it (cut short, a byte
 * changed, another type of value), is an error that names the index and says what to
 * do, exit status 2, never a claim read wrong; the index is left as it is. */
static void
test_damaged_rows (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  static const struct {
    const char *sql;
    const char *problem;
  } damages[] = {
    {"UPDATE claims SET form = substr(form, 1, length(form) - 1)",
     "a claim's row: its checksum is not that of its bytes"},
    {"UPDATE claims SET form = substr(form, 1, 40) || X'ff' || substr(form, 42)",
     "a claim's row: its checksum is not that of its bytes"},
    {"UPDATE claims SET form = '{\"type\":\"claim\"}'", "a claim's row: it is not in the form this contra writes"},
    {"UPDATE documents SET source = X'00'", "a source's row: it is not in the form this contra writes"},
  };

  make_corpus_and_draft (dir);
  for (guint d = 0; d < G_N_ELEMENTS (damages); d++)
    {
      g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
      g_remove (path);
      index_quietly (dir);
      index_exec (dir, damages[d].sql);
      g_autofree char *expected = g_strdup_printf (
        "contra: error: corpus/.contra-index.sqlite: the index is damaged (%s); remove it and run contra index again\n",
        damages[d].problem);
      static const char *const commands[][4] = {{"report", NULL}, {"lint", "draft.md", NULL}};
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          CliRun run = run_in (dir, (const char *const *) commands[c]);
          assert_int_equal (run.status, 2);
          assert_string_equal (run.out, "");
          assert_string_equal (run.err, expected);
          cli_run_clear (&run);
        }
      /* Removed and made again, it reads as the corpus does. */
      g_remove (path);
      index_quietly (dir);
      assert_same_report (dir);
    }
  remove_tree (dir);
}

/* The warnings reading a document gave come back from the index, the same, whether the
 * run reads every document's row in one scan (the whole corpus) or looks each up (one
 * file of it): a file that is not text, and one that is not UTF-8. */
static void
test_warnings (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *binary = g_build_filename (dir, "corpus", "zz-binary.txt", NULL);
  g_autofree char *latin = g_build_filename (dir, "corpus", "zz-latin.txt", NULL);
  static const char *const files[] = {"corpus/zz-binary.txt", "corpus/zz-latin.txt", NULL};

  make_corpus (dir, 0);
  assert_true (g_file_set_contents (binary, "abc\0\1\2 binary", 13, NULL));
  assert_true (g_file_set_contents (latin, "Caf\xe9 in 2011, the two sides signed it.\n", -1, NULL));
  /* A file skipped is an error: the index is made, and says so. */
  CliRun made = run_in (dir, (const char *[]){"index", "--quiet", NULL});
  assert_non_null (strstr (made.err, "corpus/zz-binary.txt: error: skipped: not a text file"));
  cli_run_clear (&made);
  assert_same_report (dir);
  for (guint i = 0; files[i] != NULL; i++)
    {
      CliRun with = run_in (dir, (const char *[]){"report", files[i], NULL});
      CliRun without = run_in (dir, (const char *[]){"report", "--no-index", files[i], NULL});
      assert_int_equal (with.status, without.status);
      assert_non_null (strstr (with.err, files[i]));
      assert_string_equal (with.err, without.err);
      assert_string_equal (with.out, without.out);
      cli_run_clear (&with);
      cli_run_clear (&without);
    }
  remove_tree (dir);
}

/* An index of the layout before the binary forms (its claims as JSON Lines in a column
 * "line", user_version 6) is rebuilt, not misread: by `contra index`, and by report and
 * lint, which print what they print without it. */
static void
test_old_layout (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *draft = g_build_filename (dir, "draft.md", NULL);
  g_autofree char *index = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  const char *old = "ALTER TABLE claims RENAME COLUMN form TO line; PRAGMA user_version = 6;";

  make_corpus_and_draft (dir);
  index_quietly (dir);
  index_exec (dir, old);
  g_autofree char *out = summary_in (dir);
  assert_non_null (strstr (out, "5 documents: 5 read, 0 up to date, 0 removed"));
  assert_int_equal (index_query (dir, "PRAGMA user_version"), 7);
  assert_int_equal (index_query (dir, "SELECT count(*) FROM pragma_table_info('claims') WHERE name = 'form'"), 1);

  index_exec (dir, old);
  assert_same_report (dir);
  index_exec (dir, old);
  assert_same_lint (index, (const char *[]){"lint", "--corpus", "corpus", "--format", "json", draft, NULL}, NULL);
  remove_tree (dir);
}

/* An index that another writer holds longer than the busy timeout is not used stale:
 * report and lint say so and read the corpus, with the same output. */
static void
test_stale_busy (void **state)
{
  (void) state;
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *doc = g_build_filename (dir, "corpus", shipped[1], NULL);
  g_autofree char *path = g_build_filename (dir, "corpus", ".contra-index.sqlite", NULL);
  sqlite3 *db = NULL;

  make_corpus (dir, 0);
  index_quietly (dir);
  append (doc, "\nThe United States lifted the embargo in 2016.\n");

  /* Another writer, in the middle of its transaction. */
  assert_int_equal (sqlite3_open (path, &db), SQLITE_OK);
  assert_int_equal (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
  g_setenv ("CONTRA_INDEX_BUSY_MS", "300", TRUE);
  CliRun with = run_in (dir, (const char *[]){"report", NULL});
  CliRun lint = run_in (dir, (const char *[]){"lint", "--format", "json", "-", NULL});
  g_unsetenv ("CONTRA_INDEX_BUSY_MS");
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);

  CliRun without = run_in (dir, (const char *[]){"report", "--no-index", NULL});
  assert_int_equal (with.status, without.status);
  assert_string_equal (with.out, without.out);
  assert_non_null (strstr (with.err, "contra: warning: corpus/.contra-index.sqlite: the index is stale (1 of 5 "
                                     "documents changed) and cannot be updated; reading the corpus"));
  assert_non_null (strstr (with.err, "another contra is writing the index"));
  assert_non_null (strstr (lint.err, "the index is stale"));
  assert_int_equal (lint.status, 0);
  cli_run_clear (&with);
  cli_run_clear (&without);
  cli_run_clear (&lint);

  /* Once the other writer is gone, the next run updates it. */
  g_autofree char *out = summary_in (dir);
  assert_non_null (strstr (out, "5 documents: 1 read, 4 up to date"));
  remove_tree (dir);
}

/* An index that cannot be written is not used stale: report says so and reads the
 * corpus. (File permissions do not bind root: skipped there.) */
static void
test_stale_read_only (void **state)
{
  (void) state;
  if (geteuid () == 0)
    skip ();
  g_autofree char *dir = g_dir_make_tmp ("contra-index-XXXXXX", NULL);
  g_autofree char *corpus = g_build_filename (dir, "corpus", NULL);
  g_autofree char *doc = g_build_filename (corpus, shipped[1], NULL);
  make_corpus (dir, 0);
  index_quietly (dir);
  append (doc, "\nThe United States lifted the embargo in 2016.\n");
  g_chmod (corpus, 0555);

  CliRun with = run_in (dir, (const char *[]){"report", NULL});
  CliRun without = run_in (dir, (const char *[]){"report", "--no-index", NULL});
  g_chmod (corpus, 0755);
  assert_string_equal (with.out, without.out);
  assert_non_null (strstr (with.err, "contra: warning: corpus/.contra-index.sqlite: the index is stale"));
  cli_run_clear (&with);
  cli_run_clear (&without);
  remove_tree (dir);
}

int
main (void)
{
  /* Batches of 16 documents: a run over 50 writes four, and can be killed between. */
  g_setenv ("CONTRA_INDEX_BATCH", "16", TRUE);
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_same_output),      cmocka_unit_test (test_lint_reach),
    cmocka_unit_test (test_lint_reach_pairs), cmocka_unit_test (test_lint_reach_across),
    cmocka_unit_test (test_lint_reach_names), cmocka_unit_test (test_lint_reach_firsts_statuses),
    cmocka_unit_test (test_updates),          cmocka_unit_test (test_killed),
    cmocka_unit_test (test_concurrent),       cmocka_unit_test (test_concurrent_new),
    cmocka_unit_test (test_bad_files),        cmocka_unit_test (test_stale_busy),
    cmocka_unit_test (test_stale_read_only),  cmocka_unit_test (test_trees),
    cmocka_unit_test (test_damaged_rows),     cmocka_unit_test (test_old_layout),
    cmocka_unit_test (test_warnings),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}

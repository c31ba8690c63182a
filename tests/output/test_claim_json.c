/* test_claim_json.c — reading claims back from JSON Lines (`contra report --claims`).
 *
 * What a user relies on: a claims file that `contra claims --format jsonl` wrote reads
 * back whole, however large; any other is refused at its first bad line, as
 * FILE:LINE:COLUMN: error: MESSAGE with the column (in characters) of the value at
 * fault, and nothing of it is kept. The reconciler trusts what it is given, so each
 * thing the extractor guarantees has a row below that breaks it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include <glib/gstdio.h>

#include "base/diagnostic.h"
#include "base/error.h"
#include "io/claims-read.h"
#include "output/claim-json.h"
#include "output/json.h"

typedef struct {
  char *dir;
  char *path;
  ContraRuleSet *rules;
} Files;

static int
setup_files (void **state)
{
  Files *f = g_new0 (Files, 1);
  g_autofree char *rules = g_build_filename (CONTRA_SOURCE_ROOT, "rules", NULL);
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_diagnostic_free);

  f->dir = g_dir_make_tmp ("contra-json-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "claims.jsonl", NULL);
  f->rules = contra_ruleset_load (rules, diagnostics, NULL);
  *state = f;
  return f->dir != NULL && f->rules != NULL ? 0 : -1;
}

static int
teardown_files (void **state)
{
  Files *f = *state;
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  contra_ruleset_free (f->rules);
  g_free (f);
  return 0;
}

#define SOURCE_LINE "{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"corpus/a.txt\",\"title\":\"A\"}}"

/* A claim that names no concept, so that any rules read it; @line tells it apart. */
static void
append_claim (GString *out, guint line, const char *quote)
{
  g_string_append_printf (out,
                          "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"corpus/a.txt\",\"line\":%u,"
                          "\"column\":1,\"end_line\":%u,\"end_column\":9,\"quote\":\"%s\",\"value\":{\"type\":"
                          "\"number\",\"text\":\"12\",\"normalized\":\"12\",\"amount\":12,\"precision\":0,"
                          "\"bound\":\"exact\",\"unit\":null},\"rule\":\"test-rule\",\"subject\":\"person/x\","
                          "\"attribute\":\"count\",\"time\":null,\"polarity\":\"asserted\",\"modality\":\"asserted\","
                          "\"section\":\"body\",\"kind\":\"occurrence\",\"terms\":[{\"name\":\"person/x\","
                          "\"label\":\"X\"}],\"family\":1,\"topic\":null,\"start\":0,\"end\":9,\"sentence\":%u,"
                          "\"frame\":0}}",
                          line, line, quote, line);
}

/* Writes @contents to the test's file and reads it into @set. */
static gboolean
read_claims (Files *f, const char *contents, gsize length, ContraClaimSet *set, GError **error)
{
  assert_true (g_file_set_contents (f->path, contents, (gssize) length, NULL));
  return contra_jsonl_read (f->path, f->rules, set, error);
}

/* A file is read in blocks of a megabyte: lines that straddle them, a line longer than
 * one, CRLF, blank lines and a last line without its end all read as lines. */
static void
test_jsonl_lines (void **state)
{
  Files *f = *state;
  g_autoptr (GString) file = g_string_new (SOURCE_LINE "\r\n\n  \t\n");
  g_autofree char *long_quote = g_strnfill (3 * 1024 * 1024, 'q');
  guint n = 12000;

  for (guint i = 1; i <= n; i++)
    {
      append_claim (file, i, i == n / 2 ? long_quote : "The MOU was signed in 2011.");
      g_string_append (file, i == n ? "" : i % 3 == 0 ? "\r\n" : "\n");
    }
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  assert_true (read_claims (f, file->str, file->len, set, NULL));
  assert_int_equal (set->sources->len, 1);
  assert_int_equal (set->claims->len, n);
  for (guint i = 0; i < n; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (set->claims, i);
      assert_int_equal (claim->line, i + 1);
      assert_int_equal (claim->sentence, i + 1);
      g_autofree char *quote = contra_claim_quote (claim);
      assert_string_equal (quote, i + 1 == n / 2 ? long_quote : "The MOU was signed in 2011.");
      assert_string_equal (claim->subject, "person/x");
      assert_true (claim->value.u.amount.value == 12);
    }

  /* An empty file, or one of blank lines, holds nothing and is no error. */
  g_autoptr (ContraClaimSet) empty = contra_claim_set_new ();
  assert_true (read_claims (f, "", 0, empty, NULL));
  assert_int_equal (empty->claims->len, 0);
  assert_true (read_claims (f, "\n \n\r\n", strlen ("\n \n\r\n"), empty, NULL));
  assert_int_equal (empty->claims->len, 0);
}

/* Lines are checked for UTF-8 a word at a time: the bad byte is the one
 * g_utf8_validate_len() finds, wherever it falls. */
static void
test_jsonl_utf8_column (void **state)
{
  Files *f = *state;
  static const char *const pieces[] = {"a",    "abcdefg", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                       "\xff", "\xc3",    "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf"};
  g_autoptr (GRand) rand = g_rand_new_with_seed (20240611);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr (GString) id = g_string_new (NULL);
      guint n = (guint) g_rand_int_range (rand, 1, 12);
      for (guint i = 0; i < n; i++)
        {
          /* Invalid pieces are rare, so that lines run long before one. */
          guint k = (guint) g_rand_int_range (rand, 0, g_rand_int_range (rand, 0, 4) == 0 ? 10 : 5);
          g_string_append (id, pieces[k]);
        }
      g_autofree char *line
        = g_strdup_printf ("{\"type\":\"source\",\"source\":{\"id\":\"%s\",\"path\":\"p\"}}", id->str);
      const char *bad = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      gboolean read = read_claims (f, line, strlen (line), set, &error);
      if (g_utf8_validate_len (line, strlen (line), &bad))
        {
          assert_true (read);
          assert_int_equal (set->sources->len, 1);
          continue;
        }
      assert_false (read);
      /* The column counts the characters before it. */
      g_autofree char *expected
        = g_strdup_printf ("%s:1:%ld: error: invalid UTF-8", f->path, g_utf8_strlen (line, bad - line) + 1);
      assert_non_null (error);
      assert_string_equal (error->message, expected);
    }
}

/* ---- what the extractor guarantees ------------------------------------------------- */

/* Lines as `contra claims --format jsonl` writes them (shortened), each of another
 * shape: a person's title, a partial claim with a date, a list, a count, an office
 * holder named in a reader's comment, a status. */
#define SOURCE "{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}"

#define PERSON                                                                                                         \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":17,\"column\":1,"                       \
  "\"end_line\":17,\"end_column\":40,\"quote\":\"Defense Secretary Ashton Carter came.\","                             \
  "\"value\":{\"type\":\"concept\",\"text\":\"US Secretary of Defense\","                                              \
  "\"normalized\":\"office/secretary-of-defense@country/us\","                                                         \
  "\"term\":{\"head\":\"office/secretary-of-defense\",\"qualifiers\":[\"country/us\"]}},"                              \
  "\"rule\":\"person-title\",\"subject\":\"person/ashton-carter\",\"attribute\":\"title\","                            \
  "\"time\":\"2015-W23\",\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\","                    \
  "\"kind\":\"office\",\"terms\":[{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}],"                   \
  "\"family\":1,\"time_range\":{\"first\":\"2015-06-01\",\"last\":\"2015-06-07\","                                     \
  "\"grain\":\"week\",\"flags\":8},\"topic\":\"the title of Ashton Carter\",\"start\":176,"                            \
  "\"end\":215,\"sentence\":2,\"frame\":2070}}"

#define MOU                                                                                                            \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":29,\"column\":518,"                     \
  "\"end_line\":29,\"end_column\":526,\"quote\":\"It upgrades the 2011 MOU.\","                                        \
  "\"value\":{\"type\":\"date\",\"text\":\"2011\",\"normalized\":\"2011\",\"first\":\"2011-01-01\","                   \
  "\"last\":\"2011-12-31\",\"grain\":\"year\"},\"rule\":\"instrument-dated\","                                         \
  "\"subject\":\"instrument/mou\",\"attribute\":\"date\",\"time\":\"2011\","                                           \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"event\","                       \
  "\"terms\":[{\"head\":\"instrument/mou\"}],\"family\":1,\"partial\":true,"                                           \
  "\"time_range\":{\"first\":\"2011-01-01\",\"last\":\"2011-12-31\",\"grain\":\"year\"},"                              \
  "\"topic\":\"when the MOU was signed\",\"start\":7671,\"end\":7679,\"sentence\":43,"                                 \
  "\"frame\":44058}}"

#define LIST                                                                                                           \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":19,\"column\":377,"                     \
  "\"end_line\":19,\"end_column\":498,\"quote\":\"It set out three areas: maritime security,"                          \
  " search and rescue and peacekeeping.\",\"value\":{\"type\":\"set\",\"text\":\"maritime security,"                   \
  " search and rescue and peacekeeping\",\"normalized\":[\"area/maritime-security\","                                  \
  "\"area/search-and-rescue\",\"area/peacekeeping\"],\"labels\":[\"maritime security\","                               \
  "\"search and rescue\",\"peacekeeping\"],\"stated\":3},\"rule\":\"enumeration-count\","                              \
  "\"subject\":\"list/enumeration\",\"attribute\":\"items\",\"time\":\"2015-06-05\","                                  \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"event\","                       \
  "\"terms\":[{\"head\":\"list/enumeration\"}],\"family\":1,"                                                          \
  "\"time_range\":{\"first\":\"2015-06-05\",\"last\":\"2015-06-05\",\"grain\":\"day\"},"                               \
  "\"compare\":\"never\",\"topic\":\"the items listed\",\"start\":716,\"end\":837,\"sentence\":5,"                     \
  "\"frame\":5138}}"

#define COUNT                                                                                                          \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":19,\"column\":297,"                     \
  "\"end_line\":19,\"end_column\":375,"                                                                                \
  "\"quote\":\"It set out the five areas of defense cooperation.\",\"value\":{\"type\":\"count\","                     \
  "\"text\":\"five areas\",\"normalized\":\"5 area\",\"amount\":5,\"precision\":1,"                                    \
  "\"bound\":\"exact\",\"unit\":\"area\"},\"rule\":\"instrument-count\","                                              \
  "\"subject\":\"instrument/mou+domain/defense\",\"attribute\":\"count\",\"time\":\"2015-06-05\","                     \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"event\","                       \
  "\"terms\":[{\"head\":\"instrument/mou\"},{\"head\":\"domain/defense\"}],\"family\":2,"                              \
  "\"time_range\":{\"first\":\"2015-06-05\",\"last\":\"2015-06-05\",\"grain\":\"day\"},"                               \
  "\"topic\":\"how many areas the MOU covers\",\"start\":636,\"end\":714,\"sentence\":5,"                              \
  "\"frame\":5125}}"

/* A range: "amount" is its low end, "high" its high end. */
#define RANGE                                                                                                          \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":19,\"column\":297,"                     \
  "\"end_line\":19,\"end_column\":375,"                                                                                \
  "\"quote\":\"It set out between five and seven areas of defense cooperation.\",\"value\":{\"type\":\"count\","    \
  "\"text\":\"between five and seven areas\",\"normalized\":\"5..7 area\",\"amount\":5,\"high\":7,\"precision\":1,"   \
  "\"bound\":\"exact\",\"unit\":\"area\"},\"rule\":\"instrument-count\","                                              \
  "\"subject\":\"instrument/mou+domain/defense\",\"attribute\":\"count\",\"time\":\"2015-06-05\","                     \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"event\","                       \
  "\"terms\":[{\"head\":\"instrument/mou\"},{\"head\":\"domain/defense\"}],\"family\":2,"                              \
  "\"time_range\":{\"first\":\"2015-06-05\",\"last\":\"2015-06-05\",\"grain\":\"day\"},"                               \
  "\"topic\":\"how many areas the MOU covers\",\"start\":636,\"end\":714,\"sentence\":5,"                              \
  "\"frame\":5125}}"

#define NAMED                                                                                                          \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":46,\"column\":14,"                      \
  "\"end_line\":46,\"end_column\":61,\"quote\":\"U.S. Senator John McCain said so.\","                                 \
  "\"value\":{\"type\":\"name\",\"text\":\"John McCain\",\"normalized\":\"john-mccain\"},"                             \
  "\"rule\":\"office-holder\",\"subject\":\"office/senator@country/us\",\"attribute\":\"holder\","                     \
  "\"time\":\"2014-08-08\",\"polarity\":\"asserted\",\"modality\":\"asserted\","                                       \
  "\"section\":\"comment\",\"author\":\"Quốc Cường\",\"kind\":\"office\","                                        \
  "\"terms\":[{\"head\":\"office/senator\",\"qualifiers\":[\"country/us\"]}],\"family\":1,"                            \
  "\"time_range\":{\"first\":\"2014-08-08\",\"last\":\"2014-08-08\",\"grain\":\"day\"},"                               \
  "\"topic\":\"who was US Senator at the time\",\"start\":5326,\"end\":5373,\"sentence\":32,"                          \
  "\"frame\":32770}}"

#define STATUS                                                                                                         \
  "{\"type\":\"claim\",\"claim\":{\"source\":\"a\",\"path\":\"a.txt\",\"line\":17,\"column\":904,"                     \
  "\"end_line\":17,\"end_column\":942,\"quote\":\"The US maintains elements of its arms embargo.\","                   \
  "\"value\":{\"type\":\"concept\",\"text\":\"maintenance of\",\"normalized\":\"action/maintain\","                    \
  "\"term\":{\"head\":\"action/maintain\"}},\"rule\":\"restriction-status\","                                          \
  "\"subject\":\"restriction/embargo+goods/arms\",\"attribute\":\"status\",\"time\":\"2016\","                         \
  "\"polarity\":\"asserted\",\"modality\":\"asserted\",\"section\":\"body\",\"kind\":\"status\","                      \
  "\"terms\":[{\"head\":\"restriction/embargo\"},{\"head\":\"goods/arms\"}],\"family\":2,"                             \
  "\"time_range\":{\"first\":\"2016-01-01\",\"last\":\"2016-12-31\",\"grain\":\"year\"},"                              \
  "\"status_rank\":1,\"status_at_most\":true,\"topic\":\"the status of the arms embargo\","                            \
  "\"start\":4183,\"end\":4221,\"sentence\":25,\"frame\":25621}}"

static const char *const bases[] = {PERSON, MOU, LIST, COUNT, RANGE, NAMED, STATUS};

/* A base line with @find replaced by @replace, after the source line: the message
 * after "PATH:". */
static const struct {
  const char *base;
  const char *find;
  const char *replace;
  const char *message;
} claim_errors[] = {
  {PERSON, "\"line\":17", "\"line\":\"seventeen\"",
   "2:61: error: 'line' must be a whole number from 1 to 4294967295, not \"seventeen\""},
  {PERSON, "\"line\":17", "\"line\":17.5", "2:61: error: 'line' must be a whole number from 1 to 4294967295, not 17.5"},
  {PERSON, "\"line\":17", "\"line\":0", "2:61: error: 'line' must be a whole number from 1 to 4294967295, not 0"},
  {PERSON, "\"line\":17", "\"line\":-3", "2:61: error: 'line' must be a whole number from 1 to 4294967295, not -3"},
  {PERSON, "\"line\":17", "\"line\":1e400",
   "2:61: error: 'line' must be a whole number from 1 to 4294967295, not 1e400"},
  {PERSON, "\"line\":17", "\"line\":4294967296",
   "2:61: error: 'line' must be a whole number from 1 to 4294967295, not 4294967296"},
  {PERSON, "\"line\":17", "\"line\":null", "2:61: error: 'line' must be a whole number from 1 to 4294967295, not null"},
  {PERSON, "\"line\":17,", "", "2:25: error: the claim has no 'line'"},
  {PERSON, "\"column\":1,", "\"column\":[1],",
   "2:73: error: 'column' must be a whole number from 1 to 4294967295, not an array"},
  {PERSON, "\"end_line\":17", "\"end_line\":16",
   "2:86: error: the claim ends (line 16, column 40) before it starts (line 17, column 1)"},
  {PERSON, "\"end_column\":40", "\"end_column\":99999999999999999999999",
   "2:102: error: 'end_column' must be a whole number from 1 to 4294967295, not 99999999999999999999999"},
  {PERSON, "\"start\":176", "\"start\":216", "2:724: error: 'end' (215) is before 'start' (216)"},
  {PERSON, "\"end\":215", "\"end\":-1", "2:724: error: 'end' must be a whole number from 0 to 4294967295, not -1"},
  {PERSON, "\"sentence\":2", "\"sentence\":2.5",
   "2:739: error: 'sentence' must be a whole number from 0 to 4294967295, not 2.5"},
  {PERSON, "\"frame\":2070", "\"frame\":true",
   "2:749: error: 'frame' must be a whole number from 0 to 4294967295, not true"},
  {PERSON, "\"quote\":\"Defense Secretary Ashton Carter came.\",", "", "2:25: error: the claim has no 'quote'"},
  {PERSON, "\"quote\":\"Defense Secretary Ashton Carter came.\"", "\"quote\":7",
   "2:113: error: 'quote' must be a string, not 7"},
  {PERSON, "\"source\":\"a\"", "\"source\":\"b\"",
   "2:35: error: 'source' must be the id of the source at that path, \"a\", not \"b\""},
  {PERSON, "\"path\":\"a.txt\"", "\"path\":\"b.txt\"",
   "2:46: error: a claim names a source that no earlier line describes: \"b.txt\""},
  {PERSON, "\"path\":\"a.txt\"", "\"path\":5", "2:46: error: 'path' must be a string, not 5"},
  {PERSON, "\"rule\":\"person-title\"", "\"rule\":\"\"", "2:348: error: 'rule' must be a non-empty string, not \"\""},
  {PERSON, "\"attribute\":\"title\"", "\"attribute\":{}",
   "2:408: error: 'attribute' must be a non-empty string, not an object"},
  {PERSON, "\"kind\":\"office\"", "\"kind\":\"evnt\"",
   "2:502: error: 'kind' must be \"event\", \"occurrence\", \"first\", \"status\", \"measure\" or \"office\", not "
   "\"evnt\""},
  {PERSON, "\"polarity\":\"asserted\"", "\"polarity\":\"maybe\"",
   "2:445: error: 'polarity' must be \"asserted\" or \"negated\", not \"maybe\""},
  {PERSON, "\"modality\":\"asserted\"", "\"modality\":\"certain\"",
   "2:467: error: 'modality' must be \"asserted\", \"reported\", \"plan\", \"possible\" or \"hedged\", not "
   "\"certain\""},
  {PERSON, "\"section\":\"body\"", "\"section\":\"sidebar\"",
   "2:488: error: 'section' must be \"body\", \"comment\" or \"notes\", not \"sidebar\""},
  {PERSON, "\"section\":\"body\"", "\"section\":\"body\",\"author\":\"Quan\"",
   "2:504: error: 'author' is for claims in a comment, not in the body"},
  {NAMED, "\"section\":\"comment\"", "\"section\":\"notes\"",
   "2:395: error: 'author' is for claims in a comment, not in notes"},
  {PERSON, "\"family\":1", "\"family\":1,\"compare\":\"sometimes\"",
   "2:598: error: 'compare' must be \"default\", \"unique\", \"at-time\" or \"never\", not \"sometimes\""},
  {PERSON, "\"family\":1", "\"family\":1,\"severity\":\"fatal\"",
   "2:599: error: 'severity' must be \"none\", \"note\", \"warning\" or \"error\", not \"fatal\""},
  {PERSON, "\"family\":1", "\"family\":1,\"always\":\"yes\"",
   "2:597: error: 'always' must be true or false, not \"yes\""},
  {PERSON, "\"family\":1", "\"family\":1,\"partial\":1", "2:598: error: 'partial' must be true or false, not 1"},
  {PERSON, "\"family\":1", "\"family\":0", "2:586: error: 'family' must be a whole number from 1 to 1, not 0"},
  {PERSON, "\"family\":1", "\"family\":2", "2:586: error: 'family' must be a whole number from 1 to 1, not 2"},
  {PERSON, "\"topic\":\"the title of Ashton Carter\"", "\"topic\":[\"t\"]",
   "2:677: error: 'topic' must be a string, not an array"},
  {PERSON, "\"time\":\"2015-W23\"", "\"time\":2015", "2:423: error: 'time' must be a string, not 2015"},
  {PERSON, "\"subject\":\"person/ashton-carter\"", "\"subject\":\"\"",
   "2:373: error: 'subject' must be a non-empty string, not \"\""},
  {PERSON, "\"subject\":\"person/ashton-carter\",", "", "2:25: error: the claim has no 'subject'"},
  {PERSON, "\"label\":\"Ashton Carter\"", "\"label\":null",
   "2:559: error: 'label' must be a non-empty string, not null"},
  {PERSON, ",\"label\":\"Ashton Carter\"", "", "2:520: error: a term has no 'label'"},
  {PERSON, "\"label\":\"Ashton Carter\"", "\"label\":\"\"",
   "2:559: error: 'label' must be a non-empty string, not \"\""},
  {PERSON, "\"name\":\"person/ashton-carter\"", "\"name\":3", "2:528: error: 'name' must be a non-empty string, not 3"},
  {PERSON, "\"terms\":[{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}]", "\"terms\":[]",
   "2:519: error: 'terms' must be an array of 1 to 8 terms, not an array"},
  {PERSON, "\"terms\":[{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}]",
   "\"terms\":[{\"head\":\"country/us\"},{\"head\":\"country/us\"},{\"head\":\"country/us\"},{\"head\":\"country/"
   "us\"},{\"head\":\"country/us\"},{\"head\":\"country/us\"},{\"head\":\"country/us\"},{\"head\":\"country/"
   "us\"},{\"head\":\"country/us\"}]",
   "2:519: error: 'terms' must be an array of 1 to 8 terms, not an array"},
  {PERSON, "\"terms\":[{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}]", "\"terms\":\"person/x\"",
   "2:519: error: 'terms' must be an array of 1 to 8 terms, not \"person/x\""},
  {PERSON, "\"terms\":[{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}]", "\"terms\":[5]",
   "2:520: error: 'terms' must be an object (a term), not 5"},
  {PERSON, "{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}", "{\"head\":\"person/ashton-carter\"}",
   "2:528: error: unknown concept \"person/ashton-carter\" (were the claims made with other rules?)"},
  {PERSON, "{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}", "{\"head\":5}",
   "2:528: error: 'head' must be a concept id, not 5"},
  {PERSON, "{\"name\":\"person/ashton-carter\",\"label\":\"Ashton Carter\"}",
   "{\"head\":\"country/us\",\"name\":\"person/ashton-carter\"}",
   "2:548: error: a term has a 'head' or a 'name' and 'label', not both"},
  {PERSON, "\"label\":\"Ashton Carter\"", "\"label\":\"Ashton Carter\",\"qualifiers\":\"country/us\"",
   "2:588: error: 'qualifiers' must be an array of at most 3 concept ids, not \"country/us\""},
  {PERSON, "\"label\":\"Ashton Carter\"",
   "\"label\":\"Ashton Carter\",\"qualifiers\":[\"country/us\",\"country/us\",\"country/us\",\"country/us\"]",
   "2:588: error: 'qualifiers' must be an array of at most 3 concept ids, not an array"},
  {PERSON, "\"qualifiers\":[\"country/us\"]", "\"qualifiers\":[\"country/atlantis\"]",
   "2:325: error: unknown concept \"country/atlantis\" (were the claims made with other rules?)"},
  {PERSON, "\"qualifiers\":[\"country/us\"]", "\"qualifiers\":[7]",
   "2:325: error: 'qualifiers' must be a concept id, not 7"},
  {PERSON, "\"first\":\"2015-06-01\"", "\"first\":\"2015-06-08\"",
   "2:610: error: 'first' (\"2015-06-08\") is after 'last' (\"2015-06-07\")"},
  {PERSON, "\"first\":\"2015-06-01\"", "\"first\":\"2015-02-30\"",
   "2:610: error: 'first' must be a day written YYYY-MM-DD, not \"2015-02-30\""},
  {PERSON, "\"first\":\"2015-06-01\"", "\"first\":\"2015-6-1\"",
   "2:610: error: 'first' must be a day written YYYY-MM-DD, not \"2015-6-1\""},
  {PERSON, "\"first\":\"2015-06-01\"", "\"first\":\"0000-01-01\"",
   "2:610: error: 'first' must be a day written YYYY-MM-DD, not \"0000-01-01\""},
  {PERSON, "\"first\":\"2015-06-01\"", "\"first\":20150601",
   "2:610: error: 'first' must be a day written YYYY-MM-DD, not 20150601"},
  {PERSON, "\"last\":\"2015-06-07\",", "", "2:601: error: the time range has no 'last'"},
  {PERSON, "\"grain\":\"week\"", "\"grain\":\"none\"",
   "2:651: error: 'grain' must be \"day\", \"week\", \"month\", \"season\", \"year\", \"decade\" or \"century\", not "
   "\"none\""},
  {PERSON, "\"grain\":\"week\"", "\"grain\":\"fortnight\"",
   "2:651: error: 'grain' must be \"day\", \"week\", \"month\", \"season\", \"year\", \"decade\" or \"century\", not "
   "\"fortnight\""},
  {PERSON, "\"flags\":8", "\"flags\":64",
   "2:666: error: 'flags' must be a sum of known date flags (at most 63), not 64"},
  {PERSON, "\"flags\":8", "\"flags\":1e9", "2:666: error: 'flags' must be a whole number from 0 to 255, not 1e9"},
  {PERSON, "\"flags\":8", "\"flags\":0.5", "2:666: error: 'flags' must be a whole number from 0 to 255, not 0.5"},
  {PERSON, "\"time_range\":{\"first\":\"2015-06-01\",\"last\":\"2015-06-07\",\"grain\":\"week\",\"flags\":8}",
   "\"time_range\":\"2015-W23\"", "2:601: error: 'time_range' must be an object, not \"2015-W23\""},
  {PERSON, "came.\",\"value\":{\"type\":\"concept\"", "came — “à Hà Nội”.\",\"value\":{\"type\":\"concept!\"",
   "2:182: error: 'type' must be \"date\", \"money\", \"quantity\", \"percent\", \"number\", \"count\", \"set\", "
   "\"concept\" or \"name\", not \"concept!\""},
  {PERSON,
   "\"value\":{\"type\":\"concept\",\"text\":\"US Secretary of "
   "Defense\",\"normalized\":\"office/secretary-of-defense@country/us\",\"term\":{\"head\":\"office/"
   "secretary-of-defense\",\"qualifiers\":[\"country/us\"]}},",
   "", "2:25: error: the claim has no 'value'"},
  {PERSON,
   "\"value\":{\"type\":\"concept\",\"text\":\"US Secretary of "
   "Defense\",\"normalized\":\"office/secretary-of-defense@country/us\",\"term\":{\"head\":\"office/"
   "secretary-of-defense\",\"qualifiers\":[\"country/us\"]}}",
   "\"value\":null", "2:161: error: 'value' must be an object, not null"},
  {PERSON, "\"type\":\"concept\"", "\"type\":\"colour\"",
   "2:169: error: 'type' must be \"date\", \"money\", \"quantity\", \"percent\", \"number\", \"count\", \"set\", "
   "\"concept\" or \"name\", not \"colour\""},
  {PERSON, "\"type\":\"concept\"", "\"type\":\"none\"",
   "2:169: error: 'type' must be \"date\", \"money\", \"quantity\", \"percent\", \"number\", \"count\", \"set\", "
   "\"concept\" or \"name\", not \"none\""},
  {PERSON, "\"type\":\"concept\",", "", "2:161: error: the value has no 'type'"},
  {PERSON, "\"text\":\"US Secretary of Defense\"", "\"text\":false",
   "2:186: error: 'text' must be a string, not false"},
  {PERSON, "\"normalized\":\"office/secretary-of-defense@country/us\"", "\"normalized\":\"office/senator\"",
   "2:225: error: 'normalized' must be its term's concept \"office/secretary-of-defense\" or key "
   "\"office/secretary-of-defense@country/us\", not \"office/senator\""},
  {PERSON, "\"normalized\":\"office/secretary-of-defense@country/us\"", "\"normalized\":\"\"",
   "2:225: error: 'normalized' must be a non-empty string, not \"\""},
  {PERSON, "\"term\":{\"head\":\"office/secretary-of-defense\",\"qualifiers\":[\"country/us\"]}",
   "\"term\":{\"name\":\"office/x\",\"label\":\"X\"}", "2:273: error: a value's term needs a 'head'"},
  {PERSON, "\"term\":{\"head\":\"office/secretary-of-defense\",\"qualifiers\":[\"country/us\"]}",
   "\"term\":{\"head\":\"office/minister-of-silly-walks\"}",
   "2:281: error: unknown concept \"office/minister-of-silly-walks\" (were the claims made with other rules?)"},
  {MOU, "\"first\":\"2011-01-01\",\"last\":\"2011-12-31\",\"grain\":\"year\"},\"rule\"",
   "\"first\":\"2012-01-01\",\"last\":\"2011-12-31\",\"grain\":\"year\"},\"rule\"",
   "2:209: error: 'first' (\"2012-01-01\") is after 'last' (\"2011-12-31\")"},
  {MOU, ",\"grain\":\"year\"},\"rule\"", "},\"rule\"", "2:152: error: the value has no 'grain'"},
  {MOU, "\"terms\":[{\"head\":\"instrument/mou\"}]", "\"terms\":[{\"name\":\"person/x\",\"label\":\"X\"}]",
   "2:429: error: a partial claim's first term needs a 'head'"},
  {MOU, "\"partial\":true", "\"partial\":\"true\"", "2:477: error: 'partial' must be true or false, not \"true\""},
  {COUNT, "\"amount\":5", "\"amount\":\"five\"", "2:243: error: 'amount' must be a finite number, not \"five\""},
  {COUNT, "\"amount\":5", "\"amount\":-1e999", "2:243: error: 'amount' must be a finite number, not -1e999"},
  {COUNT, "\"amount\":5,", "", "2:176: error: the value has no 'amount'"},
  {COUNT, "\"precision\":1", "\"precision\":-1",
   "2:257: error: 'precision' must be a finite number not below 0, not -1"},
  {COUNT, "\"bound\":\"exact\"", "\"bound\":\"roughly\"",
   "2:267: error: 'bound' must be \"exact\", \"about\", \"at-least\", \"more-than\", \"at-most\" or \"less-than\", not "
   "\"roughly\""},
  {COUNT, "\"unit\":\"area\"", "\"unit\":1", "2:282: error: 'unit' must be a string, not 1"},
  {RANGE, "\"high\":7", "\"high\":5", "2:287: error: 'high' must be a finite number above 'amount', not 5"},
  {COUNT, "\"family\":2", "\"family\":3", "2:545: error: 'family' must be a whole number from 1 to 2, not 3"},
  {LIST, "\"labels\":[\"maritime security\",\"search and rescue\",\"peacekeeping\"]",
   "\"labels\":[\"maritime security\",\"search and rescue\"]",
   "2:376: error: 'labels' must be an array of 3 strings, one for each item, not an array"},
  {LIST, "\"labels\":[\"maritime security\",\"search and rescue\",\"peacekeeping\"],", "",
   "2:205: error: the value has no 'labels'"},
  {LIST, "\"area/peacekeeping\"", "42", "2:346: error: 'normalized' must be an array of strings, not 42"},
  {LIST, "\"normalized\":[\"area/maritime-security\",\"area/search-and-rescue\",\"area/peacekeeping\"]",
   "\"normalized\":\"area/maritime-security\"",
   "2:295: error: 'normalized' must be an array of strings, not \"area/maritime-security\""},
  {LIST, "\"peacekeeping\"]", "null]", "2:417: error: 'labels' must be an array of strings, not null"},
  {LIST, "\"stated\":3", "\"stated\":-3", "2:442: error: 'stated' must be a whole number from 0 to 4294967295, not -3"},
  {LIST, "\"stated\":3", "\"stated\":3.5",
   "2:442: error: 'stated' must be a whole number from 0 to 4294967295, not 3.5"},
  {NAMED, "\"normalized\":\"john-mccain\"", "\"normalized\":null",
   "2:207: error: 'normalized' must be a non-empty string, not null"},
  {NAMED, "\"author\":\"Quốc Cường\"", "\"author\":\"\"",
   "2:397: error: 'author' must be a non-empty string, not \"\""},
  {STATUS, "\"status_rank\":1", "\"status_rank\":128",
   "2:623: error: 'status_rank' must be a whole number from 0 to 127, not 128"},
  {STATUS, "\"status_rank\":1", "\"status_rank\":-1",
   "2:623: error: 'status_rank' must be a whole number from 0 to 127, not -1"},
  {STATUS, "\"status_rank\":1,", "", "2:626: error: 'status_at_most' needs a 'status_rank'"},
  {STATUS, "\"status_at_most\":true", "\"status_at_most\":\"yes\"",
   "2:642: error: 'status_at_most' must be true or false, not \"yes\""},
};

/* Whole files: the message after "PATH:". */
static const struct {
  const char *contents;
  gsize length; /* 0: up to the NUL */
  const char *message;
} file_errors[] = {
  {"\n\n{\"type\":\"claim\",", 0, "3:17: error: expected a string"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n[1,2]\n", 0,
   "2:1: error: each line must be {\"type\": \"source\"|\"claim\", ...}"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n{\"type\":"
   "\"other\"}",
   0, "2:9: error: each line must be {\"type\": \"source\"|\"claim\", ...}"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n{\"type\":"
   "\"claim\"}",
   0, "2:1: error: the line has no 'claim'"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n{\"type\":"
   "\"claim\",\"claim\":[]}",
   0, "2:25: error: 'claim' must be an object, not an array"},
  {"{\"type\":\"source\",\"source\":\"a.txt\"}", 0, "1:27: error: 'source' must be an object, not \"a.txt\""},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n{\"type\":"
   "\"claim\",\"claim\":{\"path\":\"a.txt\", \"line\":x}}",
   0, "2:49: error: unexpected character"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"Can\xe9"
   "\"}}\n",
   0, "1:37: error: invalid UTF-8"},
  {"\n{\"type\":\"source\",\"source\":{\"id\":\"café € \xc3"
   "\"}}\n",
   0, "2:41: error: invalid UTF-8"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\x00"
   "\"}}\n",
   39, "1:35: error: invalid UTF-8"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"“a”\",\"path\":\"b\",\"draft\":\"yes\"}}\n", 0,
   "1:58: error: 'draft' must be true or false, not \"yes\""},
  {"{\"type\":\"source\",\"source\":{\"path\":\"b\"}}\n", 0, "1:27: error: the source has no 'id'"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"\"}}\n", 0,
   "1:44: error: 'path' must be a non-empty string, not \"\""},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"title\":5}}\n", 0,
   "1:60: error: 'title' must be a string, not 5"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"when it rained\"}}\n", 0,
   "1:64: error: 'published' must be a date, not \"when it rained\""},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"published\":\"2015-06-05\"}}\n{\"type\":"
   "\"source\",\"source\":{\"id\":\"b\",\"path\":\"a.txt\"}}\n",
   0, "2:33: error: 'id' must be \"a\", as an earlier line says of the source at that path, not \"b\""},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"outlet\":"
   "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}}\n{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":"
   "\"a.txt\",\"author\":[\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"]}}\n",
   0, "2:61: error: 'author' must be a string, not an array"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\",\"outlet\":{\"name\":"
   "\"éééééééééééééééééééééééééééééééééééééééééééééééééé\"}}}\n",
   0, "1:61: error: 'outlet' must be a string, not an object"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"éééééééééééééééééééééééééééééééééééééééééééééééééé\"}}\n{"
   "\"type\":\"claim\",\"claim\":{\"path\":\"èèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèè\"}}\n",
   0,
   "2:33: error: a claim names a source that no earlier line describes: "
   "\"èèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèèè...\""},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"}}\n{\"type\":\"claim\",\"claim\":{\"path\":\"a."
   "txt\",\"rule\":\"person-title\",\"subject\":\"person/"
   "x\",\"attribute\":\"title\",\"kind\":\"office\",\"value\":{\"type\":\"concept\",\"normalized\":\"office/"
   "senator\"},\"terms\":[{\"name\":\"person/x\"}]}}\n",
   0, "2:186: error: a term has no 'label'"},
  {"{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"}}\n{\"type\":\"claim\",\"claim\":{\"path\":\"a."
   "txt\",\"rule\":\"instrument-dated\",\"subject\":\"person/"
   "x\",\"attribute\":\"date\",\"kind\":\"event\",\"partial\":true,\"value\":{\"type\":\"number\",\"amount\":1,"
   "\"precision\":1,\"bound\":\"exact\"},\"terms\":[{\"name\":\"person/x\",\"label\":\"X\"}]}}\n",
   0, "2:213: error: a partial claim's first term needs a 'head'"},
};

/* Each base reads, and writes back as it was read. */
static void
test_bases_read_back (void **state)
{
  Files *f = *state;

  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      g_autofree char *contents = g_strconcat (SOURCE "\n", bases[i], "\n", NULL);
      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      g_autoptr (GError) error = NULL;
      if (!read_claims (f, contents, strlen (contents), set, &error))
        fail_msg ("base %u: %s", i, error->message);
      assert_int_equal (set->claims->len, 1);

      g_autoptr (GString) out = g_string_new (NULL);
      ContraJson json;
      contra_json_init (&json, out, FALSE);
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "type", "claim");
      contra_json_key (&json, "claim");
      contra_json_write_claim (&json, set, g_ptr_array_index (set->claims, 0), TRUE);
      contra_json_end_object (&json);
      assert_string_equal (out->str, bases[i]);
    }
}

static void
test_claim_errors (void **state)
{
  Files *f = *state;
  guint failed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (claim_errors); i++)
    {
      const char *base = claim_errors[i].base;
      const char *at = strstr (base, claim_errors[i].find);
      assert_non_null (at);
      g_autofree char *contents = g_strdup_printf (SOURCE "\n%.*s%s%s\n", (int) (at - base), base,
                                                   claim_errors[i].replace, at + strlen (claim_errors[i].find));
      g_autofree char *expected = g_strdup_printf ("%s:%s", f->path, claim_errors[i].message);
      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      g_autoptr (GError) error = NULL;

      /* Every row that fails is shown, not only the first. */
      if (read_claims (f, contents, strlen (contents), set, &error))
        {
          print_error ("row %u (%s) was read\n", i, claim_errors[i].replace);
          failed++;
          continue;
        }
      if (!g_error_matches (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID)
          || !g_str_equal (error->message, expected))
        {
          print_error ("row %u:\n  got      %s\n  expected %s\n", i, error->message, expected);
          failed++;
        }
      /* Nothing of a refused file is kept, its good first line included. */
      assert_int_equal (set->sources->len, 0);
      assert_int_equal (set->claims->len, 0);
    }
  assert_int_equal (failed, 0);
}

static void
test_file_errors (void **state)
{
  Files *f = *state;

  for (guint i = 0; i < G_N_ELEMENTS (file_errors); i++)
    {
      const char *contents = file_errors[i].contents;
      gsize length = file_errors[i].length ? file_errors[i].length : strlen (contents);
      g_autofree char *expected = g_strdup_printf ("%s:%s", f->path, file_errors[i].message);
      g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
      g_autoptr (GError) error = NULL;

      if (read_claims (f, contents, length, set, &error))
        fail_msg ("row %u was read", i);
      assert_string_equal (error->message, expected);
      assert_int_equal (set->sources->len, 0);
      assert_int_equal (set->claims->len, 0);
    }

  g_autofree char *missing = g_build_filename (f->dir, "missing.jsonl", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: error: cannot read: No such file or directory", missing);
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autoptr (GError) error = NULL;
  assert_false (contra_jsonl_read (missing, f->rules, set, &error));
  assert_string_equal (error->message, expected);

  /* A folder opens, and fails at the first read. */
  g_autoptr (GError) folder_error = NULL;
  g_autofree char *folder_expected = g_strdup_printf ("%s: error: cannot read: Is a directory", f->dir);
  assert_false (contra_jsonl_read (f->dir, f->rules, set, &folder_error));
  assert_string_equal (folder_error->message, folder_expected);
}

/* A file refused after others were read leaves the set as they left it. */
static void
test_refused_file_adds_nothing (void **state)
{
  Files *f = *state;
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autofree char *good = g_strconcat (SOURCE "\n", PERSON, "\n", NULL);
  g_autofree char *bad = g_strconcat ("{\"type\":\"source\",\"source\":{\"id\":\"b\",\"path\":\"b.txt\"}}\n",
                                      SOURCE "\n", MOU, "\n", COUNT, "\n{\"type\":\"claim\"}\n", NULL);
  g_autoptr (GError) error = NULL;

  assert_true (read_claims (f, good, strlen (good), set, NULL));
  assert_false (read_claims (f, bad, strlen (bad), set, &error));
  g_autofree char *expected = g_strdup_printf ("%s:5:1: error: the line has no 'claim'", f->path);
  assert_string_equal (error->message, expected);
  assert_int_equal (set->sources->len, 1);
  assert_int_equal (set->claims->len, 1);
}

/* A line may be as long as CONTRA_JSONL_MAX_LINE, and no longer: /dev/zero is not read
 * until memory runs out. */
static void
test_line_limit (void **state)
{
  Files *f = *state;
  const char *head = "{\"type\":\"source\",\"source\":{\"id\":\"a\",\"path\":\"a.txt\"";
  g_autoptr (GString) file = g_string_new (SOURCE "\n\n");

  g_string_append (file, head);
  while (file->len < strlen (SOURCE "\n\n") + CONTRA_JSONL_MAX_LINE - 2)
    g_string_append_c (file, ' ');
  g_string_append (file, "}}\n");
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_autoptr (GError) error = NULL;
  if (!read_claims (f, file->str, file->len, set, &error))
    fail_msg ("%s", error->message);
  assert_int_equal (set->sources->len, 1);

  /* One more byte, with or without the line's end. */
  g_string_insert_c (file, (gssize) (file->len - 3), ' ');
  g_autofree char *expected
    = g_strdup_printf ("%s:3:1: error: the line is longer than 16 MiB, the limit for a line of claims", f->path);
  for (guint end = 0; end < 2; end++)
    {
      g_autoptr (ContraClaimSet) again = contra_claim_set_new ();
      g_autoptr (GError) too_long = NULL;
      assert_false (read_claims (f, file->str, file->len - end, again, &too_long));
      assert_string_equal (too_long->message, expected);
      assert_int_equal (again->sources->len, 0);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_jsonl_lines, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_jsonl_utf8_column, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_bases_read_back, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_claim_errors, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_file_errors, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_refused_file_adds_nothing, setup_files, teardown_files),
    cmocka_unit_test_setup_teardown (test_line_limit, setup_files, teardown_files),
  };
  return cmocka_run_group_tests_name ("claim-json", tests, NULL, NULL);
}

/* test_suppress.c — suppression comments in drafts: where they are directives, which
 * lines they cover, and what is said about those that silence nothing.
 *
 * Each row is a draft, the lookups to make (a rule on a line: suppressed or not), and
 * the findings contra_suppressions_report() then gives, one per line as
 * "line:column severity rule: message". */
#include "../text/table.h"

#include <string.h>

#include "reconcile/suppress.h"

static const char *const known[] = {"a", "b", "c", "ship-visit", "instrument-signed", NULL};

typedef struct {
  const char *rule;        /* NULL ends the list */
  guint line;
  gboolean suppressed;
} Query;

typedef struct {
  const char *name;
  const char *path;        /* its extension gives the format */
  const char *text;
  guint n_directives;
  Query queries[6];
  const char *findings;    /* after the queries; "" for none */
} Case;

static const Case cases[] = {
  /* Which lines a directive covers. */
  {"next line", "d.md", "<!-- contra-disable-next-line a -->\nText.\nMore text.\n", 1,
   {{"a", 2, TRUE}, {"a", 1, FALSE}, {"a", 3, FALSE}, {"b", 2, FALSE}}, ""},
  {"next line skips blank lines", "d.md", "<!-- contra-disable-next-line a -->\n\n\nText.\n", 1,
   {{"a", 4, TRUE}, {"a", 2, FALSE}}, ""},
  {"next line skips another directive", "d.md",
   "<!-- contra-disable-next-line a -->\n<!-- contra-disable-next-line b -->\nText.\n", 2,
   {{"a", 3, TRUE}, {"b", 3, TRUE}}, ""},
  {"no rule is every rule", "d.md", "<!-- contra-disable-next-line -->\nText.\n", 1,
   {{"a", 2, TRUE}, {"ship-visit", 2, TRUE}}, ""},
  {"rules by commas and spaces", "d.md", "<!-- contra-disable-next-line a, b c -->\nText.\n", 1,
   {{"a", 2, TRUE}, {"b", 2, TRUE}, {"c", 2, TRUE}}, ""},
  {"a reason after --", "d.md", "<!-- contra-disable-next-line a -- the desk checked it -->\nText.\n", 1,
   {{"a", 2, TRUE}}, ""},
  {"a claim over two lines", "d.md", "<!-- contra-disable-next-line a -->\nText\ngoes on.\n", 1,
   {{"a", 2, TRUE}}, ""},
  {"a comment over lines", "d.md", "<!--\n  contra-disable-next-line a\n-->\nText.\n", 1,
   {{"a", 4, TRUE}}, ""},
  {"disable to enable", "d.md",
   "<!-- contra-disable a -->\nOne.\nTwo.\n<!-- contra-enable a -->\nThree.\n", 2,
   {{"a", 2, TRUE}, {"a", 3, TRUE}, {"a", 5, FALSE}, {"b", 2, FALSE}}, ""},
  {"disable to the end", "d.md", "Zero.\n<!-- contra-disable -->\nOne.\n\nTwo.\n", 1,
   {{"a", 1, FALSE}, {"a", 3, TRUE}, {"b", 5, TRUE}}, ""},
  {"enable ends only what it names", "d.md",
   "<!-- contra-disable a b -->\nOne.\n<!-- contra-enable a -->\nTwo.\n", 2,
   {{"a", 2, TRUE}, {"b", 2, TRUE}, {"a", 4, FALSE}, {"b", 4, TRUE}}, ""},
  {"a bare enable ends every range", "d.md",
   "<!-- contra-disable a -->\n<!-- contra-disable b -->\nOne.\n<!-- contra-enable -->\nTwo.\n", 3,
   {{"a", 3, TRUE}, {"b", 3, TRUE}, {"a", 5, FALSE}, {"b", 5, FALSE}}, ""},
  {"CRLF line ends", "d.md", "<!-- contra-disable-next-line a -->\r\n\r\nText.\r\n", 1, {{"a", 3, TRUE}}, ""},
  {"a column counts in characters", "d.md", "Ünïcode. <!-- contra-disable-next-line a -->\nText.\n", 1,
   {{NULL}}, "1:10 note unused-suppression: Unused suppression: no a finding on line 2\n"},

  /* What is not a directive. */
  {"fenced code", "d.md", "```\n<!-- contra-disable-next-line a -->\n```\nText.\n", 0, {{"a", 4, FALSE}}, ""},
  {"fenced code with CRLF", "d.md", "```\r\n<!-- contra-disable -->\r\n```\r\n<!-- contra-disable-next-line a -->\r\nText.\r\n",
   1, {{"a", 5, TRUE}}, ""},
  {"a longer closing fence", "d.md",
   "~~~~ yaml\n<!-- contra-disable -->\n~~~\nstill code\n~~~~~\n<!-- contra-disable-next-line b -->\nText.\n", 1,
   {{"b", 7, TRUE}}, ""},
  {"an unclosed fence runs to the end", "d.md", "```\n<!-- contra-disable -->\n", 0, {{NULL}}, ""},
  {"indented code", "d.md", "Text.\n\n    <!-- contra-disable -->\n", 0, {{NULL}}, ""},
  {"code fenced in a block quote", "d.md", "> ```\n> <!-- contra-disable -->\n> ```\nText.\n", 0,
   {{"a", 4, FALSE}}, ""},
  {"code fenced in a list item", "d.md", "- item\n\n  ```\n  <!-- contra-disable -->\n  ```\n\nText.\n", 0,
   {{"a", 7, FALSE}}, ""},
  {"a directive in a block quote", "d.md", "> <!-- contra-disable-next-line a -->\n> Quoted.\n", 1,
   {{"a", 2, TRUE}}, ""},
  {"indentation inside a list item is not code", "d.md",
   "- item\n\n    <!-- contra-disable-next-line a -->\n    more of the item\n", 1, {{"a", 4, TRUE}}, ""},
  {"front matter", "d.md", "---\ntitle: t\nnote: <!-- contra-disable -->\n---\nText.\n", 0, {{"a", 5, FALSE}}, ""},
  {"a code span", "d.md", "See `<!-- contra-disable -->` here.\nText.\n", 0, {{"a", 2, FALSE}}, ""},
  {"another comment", "d.md", "<!-- TODO: contra-disable later -->\nText.\n", 0, {{NULL}}, ""},
  {"plain text has no indented code", "d.txt", "Text.\n\n    <!-- contra-disable-next-line a -->\nText.\n", 1,
   {{"a", 4, TRUE}}, ""},
  {"an unclosed comment", "d.md", "<!-- contra-disable\nText.\n", 0, {{NULL}}, ""},

  /* What is said about the directives. */
  {"unused next line", "d.md", "<!-- contra-disable-next-line a -->\nText.\n", 1, {{NULL}},
   "1:1 note unused-suppression: Unused suppression: no a finding on line 2\n"},
  {"unused, no rule", "d.md", "\n  <!-- contra-disable-next-line -->\nText.\n", 1, {{NULL}},
   "2:3 note unused-suppression: Unused suppression: no finding on line 3\n"},
  {"nothing after it", "d.md", "Text.\n<!-- contra-disable-next-line a -->\n", 1, {{NULL}},
   "2:1 note unused-suppression: Unused suppression: contra-disable-next-line has no line after it\n"},
  {"one of two rules used", "d.md", "<!-- contra-disable-next-line a b -->\nText.\n", 1, {{"b", 2, TRUE}},
   "1:1 note unused-suppression: Unused suppression: no a finding on line 2\n"},
  {"unused range", "d.md", "<!-- contra-disable a -->\nOne.\n<!-- contra-enable a -->\nTwo.\n", 2, {{NULL}},
   "1:1 note unused-suppression: Unused suppression: no a finding on lines 1 to 3\n"},
  {"unused range to the end", "d.md", "<!-- contra-disable a -->\nOne.\n", 1, {{NULL}},
   "1:1 note unused-suppression: Unused suppression: no a finding from line 1 to the end\n"},
  {"an enable without a disable", "d.md", "Text.\n<!-- contra-enable a -->\n<!-- contra-enable -->\n", 2, {{NULL}},
   "2:1 note unused-suppression: Unused suppression: contra-enable a ends no contra-disable of it\n"
   "3:1 note unused-suppression: Unused suppression: contra-enable ends no contra-disable\n"},
  {"an unknown rule", "d.md", "<!-- contra-disable-next-line ship-vist -->\nText.\n", 1, {{"ship-visit", 2, FALSE}},
   "1:1 warning unknown-rule: Unknown rule 'ship-vist' in contra-disable-next-line (did you mean 'ship-visit'?)\n"},
  {"an unknown rule, nothing near", "d.md", "<!-- contra-disable zzzzzz, a -->\nText.\n", 1, {{"a", 2, TRUE}},
   "1:1 warning unknown-rule: Unknown rule 'zzzzzz' in contra-disable\n"},
  {"an unknown directive", "d.md", "<!-- contra-enabel a -->\nText.\n", 1, {{"a", 2, FALSE}},
   "1:1 warning unknown-directive: Unknown directive 'contra-enabel' (did you mean 'contra-enable'?)\n"},
};

static char *
describe (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const ContraFinding *f = g_ptr_array_index (findings, i);
      g_string_append_printf (out, "%u:%u %s %s: %s\n", f->line, f->column, contra_severity_name (f->severity), f->rule,
                              f->message);
    }
  return g_string_free (out, FALSE);
}

static ContraSuppressions *
scan (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (ContraDocument) document
    = contra_document_new_from_bytes (path, text, strlen (text), contra_format_for_path (path), &error);

  assert_null (error);
  return contra_suppressions_scan (document);
}

static void
test_case (void **state)
{
  const Case *c = *state;
  g_autoptr (ContraSuppressions) s = scan (c->path, c->text);
  g_autoptr (GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_finding_free);

  assert_int_equal (contra_suppressions_count (s), c->n_directives);
  for (guint i = 0; c->queries[i].rule != NULL; i++)
    {
      const Query *q = &c->queries[i];
      gboolean got = contra_suppressions_match (s, q->rule, q->line, q->line);
      if (got != q->suppressed)
        fail_msg ("%s on line %u: suppressed %d, expected %d", q->rule, q->line, got, q->suppressed);
    }
  contra_suppressions_report (s, known, NULL, findings);
  g_autofree char *got = describe (findings);
  assert_string_equal (got, c->findings);
}

/* The configuration: a rule switched off leaves its suppressions unreported, and a
 * severity override applies to the findings about suppressions too. */
static void
test_options (void **state)
{
  g_autoptr (ContraSuppressions) s
    = scan ("d.md", "<!-- contra-disable-next-line a -->\n<!-- contra-disable-next-line b, c -->\nText.\n");
  g_autoptr (GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_finding_free);
  g_autoptr (GHashTable) disabled = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) severity = g_hash_table_new (g_str_hash, g_str_equal);
  ContraReconcileOptions options = {TRUE, disabled, severity};

  g_hash_table_add (disabled, (gpointer) "a");
  g_hash_table_insert (severity, (gpointer) CONTRA_RULE_UNUSED_SUPPRESSION, GINT_TO_POINTER (CONTRA_SEVERITY_WARNING));
  contra_suppressions_report (s, known, &options, findings);
  g_autofree char *got = describe (findings);
  assert_string_equal (got, "2:1 warning unused-suppression: Unused suppression: no b finding on line 3\n"
                            "2:1 warning unused-suppression: Unused suppression: no c finding on line 3\n");

  /* Switched off, the findings about suppressions go. */
  g_ptr_array_set_size (findings, 0);
  g_hash_table_add (disabled, (gpointer) CONTRA_RULE_UNUSED_SUPPRESSION);
  contra_suppressions_report (s, known, &options, findings);
  assert_int_equal (findings->len, 0);
}

/* ---- the lint step over a report ------------------------------------------------------ */

static ContraSource *
source_new (const char *id, const char *path, gboolean is_draft)
{
  ContraSource *source = g_new0 (ContraSource, 1);

  source->id = g_strdup (id);
  source->path = g_strdup (path);
  source->is_draft = is_draft;
  return source;
}

static ContraClaim *
claim_add (ContraClaimSet *set, guint source, guint line)
{
  ContraClaim *claim = contra_claim_new ();

  claim->source = source;
  claim->line = claim->end_line = line;
  claim->column = claim->end_column = 1;
  claim->start = line * 100;
  claim->end = line * 100 + 10;
  g_ptr_array_add (set->claims, claim);
  return claim;
}

static ContraFinding *
finding_add (ContraReport *report, const char *rule, const ContraClaim *a, const ContraClaim *b)
{
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_CONFLICT, rule, NULL, NULL);

  finding->message = g_strdup_printf ("%s differs", rule);
  contra_finding_add (finding, a, 0);
  contra_finding_add (finding, b, 1);
  g_ptr_array_add (report->findings, finding);
  return finding;
}

/* A finding goes when any of its draft claims is on a suppressed line (here the second
 * draft claim, not the one it is shown at); a corpus claim on a suppressed line number
 * counts for nothing; the unused suppression becomes a note, sorted after the findings
 * that have claims. */
static void
test_report (void **state)
{
  g_autoptr (ContraClaimSet) set = contra_claim_set_new ();
  g_ptr_array_add (set->sources, source_new ("000", "corpus/000.txt", FALSE));
  g_ptr_array_add (set->sources, source_new ("draft", "draft.md", TRUE));
  const ContraClaim *corpus_3 = claim_add (set, 0, 3);
  const ContraClaim *corpus_7 = claim_add (set, 0, 7);
  const ContraClaim *draft_3 = claim_add (set, 1, 3);
  const ContraClaim *draft_5 = claim_add (set, 1, 5);
  const ContraClaim *draft_9 = claim_add (set, 1, 9);

  g_autoptr (ContraReport) report = contra_report_new (set, NULL);
  report->lint = TRUE;
  finding_add (report, "a", draft_3, draft_5);   /* suppressed through line 5 */
  finding_add (report, "b", corpus_3, draft_9);  /* line 3 is also the corpus's: kept */
  finding_add (report, "c", corpus_7, draft_9);  /* no suppression of c: kept */

  g_autoptr (GHashTable) by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) contra_suppressions_free);
  g_hash_table_insert (by_path, g_strdup ("draft.md"),
                       scan ("draft.md", "one\n<!-- contra-disable-next-line b -->\nthree\n"
                                         "<!-- contra-disable-next-line a -->\nfive\n"));

  assert_int_equal (contra_suppress_report (report, by_path, NULL), 1);
  assert_int_equal (report->findings->len, 3);
  const ContraFinding *first = g_ptr_array_index (report->findings, 0);
  const ContraFinding *second = g_ptr_array_index (report->findings, 1);
  const ContraFinding *third = g_ptr_array_index (report->findings, 2);
  assert_string_equal (first->rule, "b");
  assert_string_equal (second->rule, "c");
  assert_int_equal (third->kind, CONTRA_FINDING_SUPPRESSION);
  assert_string_equal (third->path, "draft.md");
  assert_int_equal (third->line, 2);
  assert_string_equal (third->message, "Unused suppression: no b finding on line 3");
}

int
main (void)
{
  GArray *tests = TABLE_NEW ();

  TABLE_ADD (tests, "suppress", test_case, cases);
  table_add_test (tests, "suppress: options", test_options);
  table_add_test (tests, "suppress: report", test_report);
  return table_run ("suppress", tests);
}

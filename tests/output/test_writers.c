/* test_writers.c — every writer, fed text that holds anything, writes what its reader
 * can read.
 *
 * What a user relies on: whatever a corpus holds (a file name that is not UTF-8, a
 * sentence cut at a byte limit inside a character, ESC and other controls, U+2028,
 * a surrogate or an overlong form encoded in UTF-8, Markdown or workflow-command
 * syntax), the JSON, JSON Lines and SARIF a writer produces are valid UTF-8 and valid
 * JSON that says the same text (only bytes that are not UTF-8 become U+FFFD), and the
 * text, Markdown and GitHub output is valid UTF-8 that neither drives the terminal it
 * is shown on nor adds markup or commands of its own. Every field a writer prints is
 * hostile here, so a field a writer forgets to escape shows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <string.h>

#include "../support/json-check.h"
#include "base/textstore.h"
#include "output/escape.h"
#include "output/json.h"
#include "output/writer.h"

/* Controls that drive a terminal (clear the screen, set the window title, ring, the
 * C1 form of CSI, DEL, backspace), bytes that are not UTF-8 (invalid, a surrogate and
 * an overlong "/" encoded in UTF-8, past U+10FFFF), line breaks (CR LF, NEL, U+2028,
 * U+2029), and what is markup to Markdown, GitHub and JSON. */
#define HOSTILE                                                                                                        \
  "\x1b[2J\x1b]0;pwned\x07 \xc2\x9b"                                                                                   \
  "31m\x7f\x08 \xff\xfe \xed\xa0\x80\xed\xbf\xbf \xc0\xaf\xe0\x80\xaf "                                                \
  "\xf4\x90\x80\x80 a\r\nb\xc2\x85"                                                                                    \
  "c\xe2\x80\xa8"                                                                                                      \
  "d\xe2\x80\xa9"                                                                                                      \
  "e\tf "                                                                                                              \
  "| `x` *y* _z_ <img src=x onerror=alert(1)> [l](http://example.invalid) ~~s~~ &amp; $x$ "                            \
  "%0A::error::x, y: \" \\ \x01\x1f"

typedef struct {
  ContraClaimSet *set;
  ContraReport *report;
  GHashTable *texts; /* the draft's text, for lint's caret line */
  ContraView view;
} Fixture;

static const char *
hostile (const char *what)
{
  /* Interned: claims and findings hold interned strings. */
  g_autofree char *text = g_strconcat (what, " ", HOSTILE, NULL);
  return g_intern_string (text);
}

static ContraSource *
source_new (const char *id, const char *path, gboolean draft)
{
  ContraSource *source = g_new0 (ContraSource, 1);

  source->id = g_strdup (id);
  source->path = g_strdup (path);
  source->title = g_strdup (hostile ("title"));
  source->author = g_strdup (hostile ("author"));
  source->outlet = g_strdup (hostile ("outlet"));
  source->is_draft = draft;
  return source;
}

static gint32
julian (guint year, guint month, guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (gint32) g_date_get_julian (&date);
}

static ContraClaim *
claim_new (guint32 source, const char *quote, const char *value_text, guint line)
{
  ContraClaim *claim = contra_claim_new ();

  claim->rule = hostile ("rule");
  claim->subject = hostile ("subject");
  claim->attribute = hostile ("attribute");
  claim->topic = hostile ("topic");
  claim->section_author = hostile ("commenter");
  claim->quote = contra_text_add (quote, -1);
  claim->source = source;
  claim->line = line;
  claim->column = 3;
  claim->end_line = line;
  claim->end_column = 9;
  claim->time = (ContraDate){julian (1995, 1, 1), julian (1995, 12, 31), CONTRA_GRAIN_YEAR, 0};
  char **items = g_new0 (char *, 3), **labels = g_new0 (char *, 3);
  items[0] = g_strdup (hostile ("text:item"));
  items[1] = g_strdup ("area/maritime-security");
  labels[0] = g_strdup (hostile ("label"));
  labels[1] = g_strdup ("maritime security");
  contra_value_set_take (&claim->value, items, labels, 2);
  claim->value.text = g_strdup (value_text);
  return claim;
}

static void
entry_free (ContraTimelineEntry *entry)
{
  g_free (entry->label);
  g_ptr_array_unref (entry->claims);
  g_free (entry);
}

static int
setup (void **state)
{
  Fixture *f = g_new0 (Fixture, 1);
  const char *corpus_path = "corpus/\xff\xfe\x1b[2J`\xed\xa0\x80|%:,.txt";
  const char *draft_path = "draft\x1b]0;x\x07\xc0\xaf.md";

  f->set = contra_claim_set_new ();
  g_ptr_array_add (f->set->sources, source_new ("src\x1b[31m\xff|`", corpus_path, FALSE));
  g_ptr_array_add (f->set->sources, source_new ("draft", draft_path, TRUE));

  /* A sentence with the value in the middle of hostile text; a very long one whose
   * text store copy was cut inside a character ("\xc3" is the first byte of "é"). */
  g_ptr_array_add (f->set->claims,
                   claim_new (0, "Before " HOSTILE " the v\x1b[1malue " HOSTILE " after.", "v\x1b[1malue", 3));
  GString *long_quote = g_string_new ("The long one ");
  for (guint i = 0; i < 40000; i++)
    g_string_append (long_quote, i % 1000 == 0 ? HOSTILE : "é");
  g_string_append (long_quote, " v\x1b[1malue \xc3");
  g_ptr_array_add (f->set->claims, claim_new (1, long_quote->str, "v\x1b[1malue", 2));
  g_string_free (long_quote, TRUE);

  f->report = contra_report_new (f->set, NULL);
  const ContraClaim *a = g_ptr_array_index (f->set->claims, 0), *b = g_ptr_array_index (f->set->claims, 1);

  ContraFinding *conflict
    = contra_finding_new (CONTRA_FINDING_CONFLICT, hostile ("rule"), hostile ("subject"), hostile ("attribute"));
  conflict->message = g_strdup (hostile ("Sources disagree"));
  contra_finding_add (conflict, a, 0);
  contra_finding_add (conflict, b, 1);
  g_ptr_array_add (f->report->findings, conflict);

  /* lint's finding for a suppression comment has no claims, only a place. */
  ContraFinding *suppression = contra_finding_new (CONTRA_FINDING_SUPPRESSION, hostile ("other-rule"), NULL, NULL);
  suppression->severity = CONTRA_SEVERITY_NOTE;
  suppression->message = g_strdup (hostile ("Nothing to suppress"));
  suppression->path = draft_path;
  suppression->line = 2;
  suppression->column = 1;
  g_ptr_array_add (f->report->findings, suppression);

  ContraCorroboration *corroboration = g_new0 (ContraCorroboration, 1);
  corroboration->rule = hostile ("rule");
  corroboration->subject = hostile ("subject");
  corroboration->attribute = hostile ("attribute");
  corroboration->topic = g_strdup (hostile ("topic"));
  corroboration->value = g_strdup (hostile ("value"));
  corroboration->text = g_strdup (hostile ("text"));
  corroboration->claims = g_ptr_array_new ();
  g_ptr_array_add (corroboration->claims, (gpointer) a);
  g_ptr_array_add (corroboration->claims, (gpointer) b);
  corroboration->n_sources = 1;
  g_ptr_array_add (f->report->corroborations, corroboration);

  f->view.id = (char *) hostile ("view");
  f->view.title = (char *) hostile ("Timeline title");
  ContraTimeline *timeline = g_new0 (ContraTimeline, 1);
  timeline->view = &f->view;
  timeline->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  ContraTimelineEntry *entry = g_new0 (ContraTimelineEntry, 1);
  entry->date = a->time;
  entry->label = g_strdup (hostile ("label"));
  entry->claims = g_ptr_array_new ();
  g_ptr_array_add (entry->claims, (gpointer) a);
  g_ptr_array_add (entry->claims, (gpointer) b);
  entry->contested = TRUE;
  g_ptr_array_add (timeline->entries, entry);
  g_ptr_array_add (f->report->timelines, timeline);

  /* The draft's line 2, with the draft claim's value after hostile text (a lone CR
   * for its line break): the column counts characters of the decoded text, where
   * each invalid byte is one U+FFFD. */
  g_autofree char *draft_line = g_strdelimit (g_strdup ("A " HOSTILE " v\x1b[1malue."), "\n", '\r');
  g_autofree char *decoded = contra_escape_utf8_dup (draft_line);
  ContraClaim *draft_claim = g_ptr_array_index (f->set->claims, 1);
  draft_claim->column = (guint32) g_utf8_pointer_to_offset (decoded, strstr (decoded, " v\x1b[1m") + 1) + 1;
  draft_claim->end_column = draft_claim->column + 9;
  f->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (f->texts, g_strdup (draft_path), g_strconcat ("line one\n", draft_line, "\n", NULL));
  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;

  contra_report_free (f->report);
  contra_claim_set_free (f->set);
  g_hash_table_unref (f->texts);
  g_free (f);
  return 0;
}

typedef enum { REPORT, LINT, CLAIMS } Run;

static char *
run_writer (Fixture *f, const ContraWriter *writer, Run run, gboolean color)
{
  ContraWriterOptions options = {color, TRUE, CONTRA_SEVERITY_NOTE, f->texts};
  g_autoptr (ContraOutput) out = contra_output_new_memory ();

  f->report->lint = run == LINT;
  if (run == CLAIMS)
    writer->claims (f->set, &options, out);
  else
    writer->report (f->report, &options, out);
  assert_true (contra_output_finish (out, NULL));
  return g_strdup (out->buffer->str);
}

static void
assert_utf8 (const char *name, const char *out)
{
  const char *bad;

  if (!g_utf8_validate (out, -1, &bad))
    fail_msg ("%s: not UTF-8 at byte %ld", name, (long) (bad - out));
}

/* No control character but the line break (and the tab a caret line keeps), no C1
 * control, no line or paragraph separator: nothing a terminal acts on. */
static void
assert_inert (const char *name, const char *out)
{
  for (const char *p = out; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029)
        fail_msg ("%s: control U+%04X at byte %ld: …%.40s", name, c, (long) (p - out), p > out + 20 ? p - 20 : out);
    }
}

/* The output without the colours the writer adds itself. */
static char *
strip_colours (const char *out)
{
  g_autoptr (GRegex) sgr = g_regex_new ("\x1b\\[[0-9;]*m", 0, 0, NULL);
  return g_regex_replace_literal (sgr, out, -1, 0, "", 0, NULL);
}

static void
assert_json (const char *name, const char *out, gboolean lines)
{
  g_autofree char *problem = NULL;

  if (!(lines ? json_check_lines (out, strlen (out), &problem) : json_check (out, strlen (out), &problem)))
    fail_msg ("%s: not valid JSON: %s", name, problem);
  /* Valid JSON may hold these raw; a JavaScript string or a terminal may not. */
  assert_null (strstr (out, "\xe2\x80\xa8"));
  assert_null (strstr (out, "\xe2\x80\xa9"));
  assert_null (strstr (out, "\xc2\x9b"));
  assert_null (strstr (out, "\x7f"));
}

/* The first claim's quote, read back, is the text that went in: only the bytes that
 * are not UTF-8 became U+FFFD. */
static void
assert_quote_kept (Fixture *f, const ContraJsonNode *claim)
{
  const ContraClaim *first = g_ptr_array_index (f->set->claims, 0);
  g_autofree char *raw = contra_claim_quote (first);
  g_autofree char *expected = contra_escape_utf8_dup (raw);

  assert_non_null (claim);
  assert_string_equal (contra_json_get_string (claim, "quote"), expected);
  assert_string_equal (contra_json_get_string (claim, "path"), "corpus/\xef\xbf\xbd\xef\xbf\xbd\x1b[2J`"
                                                               "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd|%:,.txt");
}

static void
test_json (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= CLAIMS; run++)
    {
      g_autofree char *out = run_writer (f, &contra_json_writer, run, FALSE);
      assert_utf8 ("json", out);
      assert_json ("json", out, FALSE);
      g_autoptr (ContraJsonNode) root = contra_json_parse (out, strlen (out), NULL);
      assert_non_null (root);
      const ContraJsonNode *claims = run == CLAIMS
                                       ? contra_json_get (root, "claims")
                                       : contra_json_get (contra_json_get (root, "findings")->items[0], "claims");
      assert_quote_kept (f, claims->items[0]);
      const ContraJsonNode *source = contra_json_get (root, "sources")->items[0];
      assert_string_equal (contra_json_get_string (source, "id"), "src\x1b[31m\xef\xbf\xbd|`");
    }
}

static void
test_jsonl (void **state)
{
  Fixture *f = *state;
  g_autofree char *out = run_writer (f, &contra_jsonl_writer, CLAIMS, FALSE);

  assert_utf8 ("jsonl", out);
  assert_json ("jsonl", out, TRUE);
  /* Two sources and two claims: a line break in the text did not add a line. */
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  assert_int_equal (g_strv_length (lines), 5);
  g_autoptr (ContraJsonNode) line = contra_json_parse (lines[1], strlen (lines[1]), NULL);
  assert_quote_kept (f, contra_json_get (line, "claim"));
}

static void
test_sarif (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= LINT; run++)
    {
      g_autofree char *out = run_writer (f, &contra_sarif_writer, run, FALSE);
      assert_utf8 ("sarif", out);
      assert_json ("sarif", out, FALSE);
    }
}

static void
test_text (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= CLAIMS; run++)
    {
      g_autofree char *plain = run_writer (f, &contra_text_writer, run, FALSE);
      g_autofree char *colour = run_writer (f, &contra_text_writer, run, TRUE);
      g_autofree char *stripped = strip_colours (colour);

      assert_utf8 ("text", plain);
      assert_inert ("text", plain);
      /* With colour, the only escape sequences are the writer's own colours, around
       * the value too. */
      assert_utf8 ("text in colour", colour);
      assert_inert ("text in colour", stripped);
      if (run != LINT)
        assert_non_null (strstr (colour, "\x1b[1mv\xe2\x90\x9b[1malue\x1b[0m"));
      /* What was an ESC is shown, as its picture. */
      assert_non_null (strstr (plain, "\xe2\x90\x9b[2J"));
    }

  /* lint's caret is under the claim's value: the escaped line kept its columns. */
  g_autofree char *lint = run_writer (f, &contra_text_writer, LINT, FALSE);
  const char *line = strstr (lint, "    A \xe2\x90\x9b[2J");
  assert_non_null (line);
  const char *caret_line = strchr (line, '\n') + 1;
  const char *caret = strchr (caret_line, '^');
  const char *value = strstr (line, " v\xe2\x90\x9b[1malue") + 1;
  assert_non_null (caret);
  assert_true (value < caret_line);
  assert_int_equal (g_utf8_pointer_to_offset (caret_line, caret), g_utf8_pointer_to_offset (line, value));
  /* "v␛[1malue" is nine characters. */
  assert_true (g_str_has_prefix (caret, "^~~~~~~~~\n"));
}

static void
test_markdown (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= LINT; run++)
    {
      g_autofree char *out = run_writer (f, &contra_markdown_writer, run, FALSE);
      assert_utf8 ("markdown", out);
      assert_inert ("markdown", out);
      /* No HTML, no link, no extra table column from the input: the writer writes
       * no '<' nor '[' of its own, so each one is the input's, escaped (but in the
       * code spans of a finding's first line, where nothing is markup). */
      g_auto (GStrv) rows = g_strsplit (out, "\n", -1);
      for (guint i = 0; rows[i] != NULL; i++)
        for (const char *p = rows[i]; *p && !g_str_has_prefix (rows[i], "**"); p++)
          if (*p == '<' || *p == '[')
            assert_int_equal (p[-1], '\\');
      assert_non_null (strstr (out, "\\<img src=x onerror=alert(1)\\>"));
      g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (!g_str_has_prefix (lines[i], "| "))
            continue;
          /* Cells are split at '|' that no backslash escapes. */
          guint bars = 0;
          for (const char *p = lines[i]; *p; p++)
            if (*p == '\\' && p[1] != '\0')
              p++;
            else if (*p == '|')
              bars++;
          assert_int_equal (bars, 4);
        }
    }
}

static void
test_github (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= LINT; run++)
    {
      g_autofree char *out = run_writer (f, &contra_github_writer, run, FALSE);
      assert_utf8 ("github", out);
      assert_inert ("github", out);
      /* One command per finding, each on its own line: none added by the input. */
      g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
      assert_int_equal (g_strv_length (lines), 3);
      assert_true (g_str_has_prefix (lines[0], run == LINT ? "::warning file=draft" : "::warning file=corpus/"));
      assert_true (g_str_has_prefix (lines[1], "::notice file=draft"));
      assert_string_equal (lines[2], "");
      /* The properties end where the command's "::" is. */
      assert_non_null (strstr (lines[0], "%3A%3Aerror%3A%3Ax%2C y%3A"));
    }
}

static guint
count (const char *text, const char *what)
{
  guint n = 0;
  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

static void
test_html (void **state)
{
  Fixture *f = *state;

  for (Run run = REPORT; run <= LINT; run++)
    {
      g_autofree char *out = run_writer (f, &contra_html_writer, run, FALSE);
      assert_utf8 ("html", out);
      assert_inert ("html", out);
      /* The input's markup is text: the writer's own one script and one style, no
       * element nor handler from a quote, a title, a rule or a path. */
      assert_int_equal (count (out, "<script"), 1);
      assert_int_equal (count (out, "<style"), 1);
      assert_null (strstr (out, "<img"));
      assert_null (strstr (out, "\" onerror"));
      assert_non_null (strstr (out, "&lt;img src=x onerror=alert(1)&gt;"));
      /* In attributes, quotes are references too. */
      assert_non_null (strstr (out, "data-source=\"src\xe2\x90\x9b[31m\xef\xbf\xbd|`\""));
      /* The source id in ids and fragments, as its anchor. */
      assert_non_null (strstr (out, "id=\"src-src_1B_5B31m_FF_7C_60\""));
      /* The draft's text, and its line 2 with the finding's card under it. */
      if (run == LINT)
        assert_non_null (strstr (out, "<div class=\"line\" id=\"src-draft-L2\">"));
    }
}

/* Each escaper on its own, on the forms a decoder gets wrong. */
typedef struct {
  const char *in;
  const char *json;
  const char *line;
  const char *markdown;
} EscapeCase;

static const EscapeCase escape_cases[] = {
  {"plain é", "\"plain é\"", "plain é", "plain é"},
  {"\xff", "\"\xef\xbf\xbd\"", "\xef\xbf\xbd", "\xef\xbf\xbd"},
  /* A surrogate in UTF-8 (CESU-8), an overlong "/", past U+10FFFF: one U+FFFD a byte. */
  {"\xed\xa0\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd",
   "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
  {"\xc0\xaf", "\"\xef\xbf\xbd\xef\xbf\xbd\"", "\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd\xef\xbf\xbd"},
  {"\xf4\x90\x80\x80", "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"",
   "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
  /* Cut inside a character, at the end. */
  {"caf\xc3", "\"caf\xef\xbf\xbd\"", "caf\xef\xbf\xbd", "caf\xef\xbf\xbd"},
  {"\x1b[1m\x07\x7f", "\"\\u001b[1m\\u0007\\u007f\"", "\xe2\x90\x9b[1m\xe2\x90\x87\xe2\x90\xa1",
   "\xe2\x90\x9b\\[1m\xe2\x90\x87\xe2\x90\xa1"},
  {"\xc2\x9b"
   "1m \xc2\x85",
   "\"\\u009b1m \\u0085\"",
   "\xef\xbf\xbd"
   "1m  ",
   "\xef\xbf\xbd"
   "1m  "},
  {"a\xe2\x80\xa8"
   "b\xe2\x80\xa9",
   "\"a\\u2028b\\u2029\"", "a b ", "a b "},
  {"a\r\nb\tc", "\"a\\r\\nb\\tc\"", "a  b\tc", "a  b\tc"},
  {"\"\\", "\"\\\"\\\\\"", "\"\\", "\"\\\\"},
  {"<a>|*_`[x](y)~&$", "\"<a>|*_`[x](y)~&$\"", "<a>|*_`[x](y)~&$", "\\<a\\>\\|\\*\\_\\`\\[x\\](y)\\~\\&\\$"},
};

static void
test_escapers (void **state)
{
  (void) state;
  for (guint i = 0; i < G_N_ELEMENTS (escape_cases); i++)
    {
      const EscapeCase *c = &escape_cases[i];
      g_autoptr (GString) json = g_string_new (NULL);
      g_autoptr (GString) line = g_string_new (NULL);
      g_autoptr (GString) markdown = g_string_new (NULL);

      contra_json_escape (json, c->in);
      contra_escape_line (line, c->in, -1);
      contra_escape_markdown (markdown, c->in, -1);
      assert_string_equal (json->str, c->json);
      assert_string_equal (line->str, c->line);
      assert_string_equal (markdown->str, c->markdown);
    }
}

/* The HTML escapers, one per place in a page. */
static void
test_html_escapers (void **state)
{
  (void) state;
  static const char *const cases[][4] = {
    /* in, element text, attribute value, URL part */
    {"plain é", "plain é", "plain é", "plain%20%C3%A9"},
    {"<a href=\"x\" onclick='y'>&amp;</a>", "&lt;a href=\"x\" onclick='y'&gt;&amp;amp;&lt;/a&gt;",
     "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
     "%3Ca%20href%3D%22x%22%20onclick%3D%27y%27%3E%26amp%3B%3C/a%3E"},
    {"javascript:alert(1)", "javascript:alert(1)", "javascript:alert(1)", "javascript%3Aalert%281%29"},
    {"</script><!--", "&lt;/script&gt;&lt;!--", "&lt;/script&gt;&lt;!--", "%3C/script%3E%3C%21--"},
    /* Controls as their pictures, line breaks as spaces, noncharacters and invalid
     * bytes as U+FFFD; in a URL, the bytes percent-encoded. */
    {"a\x1b\x7f\xe2\x80\xa8"
     "b\xef\xbf\xbe\xff",
     "a\xe2\x90\x9b\xe2\x90\xa1 b\xef\xbf\xbd\xef\xbf\xbd", "a\xe2\x90\x9b\xe2\x90\xa1 b\xef\xbf\xbd\xef\xbf\xbd",
     "a%1B%7F%E2%80%A8b%EF%BF%BE%EF%BF%BD"},
    {"corpus/a-b_c.~1.txt#x", "corpus/a-b_c.~1.txt#x", "corpus/a-b_c.~1.txt#x", "corpus/a-b_c.~1.txt%23x"},
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (GString) attribute = g_string_new (NULL);
      g_autoptr (GString) url = g_string_new (NULL);
      contra_escape_html (text, cases[i][0], -1);
      contra_escape_html_attribute (attribute, cases[i][0], -1);
      contra_escape_html_url (url, cases[i][0], -1);
      assert_string_equal (text->str, cases[i][1]);
      assert_string_equal (attribute->str, cases[i][2]);
      assert_string_equal (url->str, cases[i][3]);
    }
  /* A NUL inside the length is a control like any other. */
  g_autoptr (GString) url = g_string_new (NULL);
  contra_escape_html_url (url, "a\0b", 3);
  assert_string_equal (url->str, "a%00b");
}

static void
test_markdown_code (void **state)
{
  (void) state;
  static const char *const cases[][2] = {
    {"corpus/a.txt:1:2", "`corpus/a.txt:1:2`"},
    {"a`b", "``a`b``"},
    {"``x", "``` ``x ```"},
    {"x\x1b[2J", "`x\xe2\x90\x9b[2J`"},
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      contra_escape_markdown_code (out, cases[i][0]);
      assert_string_equal (out->str, cases[i][1]);
    }
}

static void
test_github_escape (void **state)
{
  (void) state;
  g_autoptr (GString) data = g_string_new (NULL);
  g_autoptr (GString) property = g_string_new (NULL);

  contra_escape_github (data, "50% a:b,c\r\nd\x1b\xff", FALSE);
  contra_escape_github (property, "50% a:b,c\r\nd\x1b\xff", TRUE);
  assert_string_equal (data->str, "50%25 a:b,c%0D%0Ad\xe2\x90\x9b\xef\xbf\xbd");
  assert_string_equal (property->str, "50%25 a%3Ab%2Cc%0D%0Ad\xe2\x90\x9b\xef\xbf\xbd");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_escapers),
    cmocka_unit_test (test_markdown_code),
    cmocka_unit_test (test_html_escapers),
    cmocka_unit_test (test_github_escape),
    cmocka_unit_test_setup_teardown (test_json, setup, teardown),
    cmocka_unit_test_setup_teardown (test_jsonl, setup, teardown),
    cmocka_unit_test_setup_teardown (test_sarif, setup, teardown),
    cmocka_unit_test_setup_teardown (test_text, setup, teardown),
    cmocka_unit_test_setup_teardown (test_markdown, setup, teardown),
    cmocka_unit_test_setup_teardown (test_github, setup, teardown),
    cmocka_unit_test_setup_teardown (test_html, setup, teardown),
  };
  return cmocka_run_group_tests_name ("writers", tests, NULL, NULL);
}

/* suppress.c — finding suppression comments in a draft and applying them.
 *
 * The directives are the HTML comments "<!-- contra-... -->" that the text layer
 * found while reading the draft (document->comments): in Markdown, the comments md4c
 * reads as HTML, so none inside code (fenced, indented, in a quote or a list item, or
 * a code span) and none in front matter; in plain text, every comment after the
 * front matter. The draft is not parsed a second time here. The ranges are worked
 * out once, in document order: contra-disable opens a range per rule it names,
 * contra-enable closes the open ranges of the rules it names (all of them when it
 * names none).
 *
 * Each rule a directive names is an entry with its own lines and its own "used"
 * flag, so that "contra-disable a, b" with only a's finding silenced reports b as
 * unused, as ESLint does.
 */
#include "reconcile/suppress.h"

#include <string.h>

#include "base/strutil.h"

static const char *const directive_names[] = {
  "contra-disable-next-line", "contra-disable", "contra-enable", NULL,
};

const char *
contra_directive_name (ContraDirectiveKind kind)
{
  return kind < CONTRA_DIRECTIVE_UNKNOWN ? directive_names[kind] : "contra-?";
}

typedef struct {
  const char *rule;        /* interned; NULL: every rule */
  guint from;              /* the lines it covers; 0: none (next-line at the end) */
  guint to;
  gboolean used;           /* it silenced a finding (enable: it closed a range) */
} Entry;

typedef struct {
  ContraDirectiveKind kind;
  char *word;              /* as written: "contra-disable-line" */
  guint line;              /* where "<!--" is */
  guint column;
  guint end_line;          /* where "-->" is */
  GArray *entries;         /* Entry; one with rule NULL when no rule is named */
} Directive;

struct _ContraSuppressions {
  const char *path;        /* interned */
  guint n_lines;
  GPtrArray *directives;   /* Directive*, in document order */
};

static void
directive_free (Directive *directive)
{
  g_free (directive->word);
  g_array_unref (directive->entries);
  g_free (directive);
}

void
contra_suppressions_free (ContraSuppressions *suppressions)
{
  if (suppressions == NULL)
    return;
  g_ptr_array_unref (suppressions->directives);
  g_free (suppressions);
}

guint
contra_suppressions_count (const ContraSuppressions *suppressions)
{
  return suppressions->directives->len;
}

/* ---- lines ---------------------------------------------------------------------- */

typedef struct {
  const char *text;
  gsize start;             /* the line, without its break */
  gsize end;
} Line;

static Line
line_at (ContraDocument *document, guint n)
{
  Line line = {document->text, contra_line_index_line_start (document->lines, n),
               contra_line_index_line_end (document->lines, n)};
  return line;
}

static gboolean
line_blank (Line line)
{
  for (gsize p = line.start; p < line.end; p++)
    if (line.text[p] != ' ' && line.text[p] != '\t')
      return FALSE;
  return TRUE;
}

/* ---- directives ------------------------------------------------------------------- */

/* A line that holds nothing but a comment: skipped when looking for the next line. */
static gboolean
line_only_comment (Line line)
{
  g_autofree char *trimmed = g_strstrip (g_strndup (line.text + line.start, line.end - line.start));
  return g_str_has_prefix (trimmed, "<!--") && g_str_has_suffix (trimmed, "-->");
}

static ContraDirectiveKind
directive_kind (const char *word)
{
  for (guint i = 0; directive_names[i] != NULL; i++)
    if (g_str_equal (word, directive_names[i]))
      return (ContraDirectiveKind) i;
  return CONTRA_DIRECTIVE_UNKNOWN;
}

/* Parses the text of a comment; NULL when it is not a directive. */
static Directive *
directive_parse (const char *body, gsize length)
{
  g_autofree char *text = g_strstrip (g_strndup (body, length));

  if (!g_str_has_prefix (text, "contra-"))
    return NULL;

  /* The directive's word, then rule ids up to " -- " (a reason). */
  g_auto (GStrv) words = g_regex_split_simple ("[\\s,]+", text, 0, 0);
  Directive *directive = g_new0 (Directive, 1);
  directive->word = g_strdup (words[0]);
  directive->kind = directive_kind (words[0]);
  directive->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  for (guint i = 1; words[i] != NULL && !g_str_equal (words[i], "--"); i++)
    {
      if (words[i][0] == '\0')
        continue;
      Entry entry = {g_intern_string (words[i]), 0, 0, FALSE};
      g_array_append_val (directive->entries, entry);
    }
  if (directive->entries->len == 0)
    {
      Entry all = {NULL, 0, 0, FALSE};
      g_array_append_val (directive->entries, all);
    }
  return directive;
}

/* The first line after @line that is neither blank nor only a comment; 0 if none. */
static guint
next_line (ContraDocument *document, guint line, guint n_lines)
{
  for (guint n = line + 1; n <= n_lines; n++)
    {
      Line l = line_at (document, n);
      if (!line_blank (l) && !line_only_comment (l))
        return n;
    }
  return 0;
}

/* Gives each entry its lines: next-line its target, disable up to the enable that
 * closes it or the end of the draft. */
static void
resolve_ranges (ContraSuppressions *s, ContraDocument *document)
{
  g_autoptr (GPtrArray) open = g_ptr_array_new ();   /* Entry* of open disables */

  for (guint i = 0; i < s->directives->len; i++)
    {
      Directive *d = g_ptr_array_index (s->directives, i);
      for (guint k = 0; k < d->entries->len; k++)
        {
          Entry *entry = &g_array_index (d->entries, Entry, k);
          switch (d->kind)
            {
            case CONTRA_DIRECTIVE_DISABLE_NEXT_LINE:
              entry->from = entry->to = next_line (document, d->end_line, s->n_lines);
              break;
            case CONTRA_DIRECTIVE_DISABLE:
              entry->from = d->line;
              entry->to = s->n_lines;
              g_ptr_array_add (open, entry);
              break;
            case CONTRA_DIRECTIVE_ENABLE:
              for (guint o = open->len; o-- > 0;)
                {
                  Entry *disable = g_ptr_array_index (open, o);
                  if (entry->rule != NULL && disable->rule != entry->rule)
                    continue;
                  disable->to = d->end_line;
                  entry->used = TRUE;
                  g_ptr_array_remove_index (open, o);
                }
              break;
            case CONTRA_DIRECTIVE_UNKNOWN:
            default:
              break;
            }
        }
    }
}

ContraSuppressions *
contra_suppressions_scan (ContraDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  ContraSuppressions *s = g_new0 (ContraSuppressions, 1);
  s->path = g_intern_string (document->path);
  s->n_lines = contra_line_index_count (document->lines);
  s->directives = g_ptr_array_new_with_free_func ((GDestroyNotify) directive_free);

  /* The comments the text layer found outside code, front matter and code spans
   * (segmenting is idempotent: lint has done it already). */
  contra_document_segment (document);
  for (guint i = 0; i < document->comments->len; i++)
    {
      const ContraRange *comment = &g_array_index (document->comments, ContraRange, i);
      gsize body = comment->start + 4, close = comment->end - 3;
      Directive *directive = directive_parse (document->text + body, close - body);
      if (directive == NULL)
        continue;
      guint end_column;
      contra_document_position (document, comment->start, &directive->line, &directive->column);
      contra_document_position (document, close, &directive->end_line, &end_column);
      g_ptr_array_add (s->directives, directive);
    }
  resolve_ranges (s, document);
  return s;
}

gboolean
contra_suppressions_match (ContraSuppressions *suppressions, const char *rule, guint first_line, guint last_line)
{
  gboolean matched = FALSE;

  g_return_val_if_fail (suppressions != NULL, FALSE);
  last_line = MAX (first_line, last_line);
  for (guint i = 0; i < suppressions->directives->len; i++)
    {
      Directive *d = g_ptr_array_index (suppressions->directives, i);
      if (d->kind != CONTRA_DIRECTIVE_DISABLE_NEXT_LINE && d->kind != CONTRA_DIRECTIVE_DISABLE)
        continue;
      for (guint k = 0; k < d->entries->len; k++)
        {
          Entry *entry = &g_array_index (d->entries, Entry, k);
          if (entry->from == 0 || entry->from > last_line || entry->to < first_line)
            continue;
          if (entry->rule != NULL && g_strcmp0 (entry->rule, rule) != 0)
            continue;
          entry->used = TRUE;
          matched = TRUE;
        }
    }
  return matched;
}

/* ---- findings about the suppressions ------------------------------------------------ */

static gboolean
known_rule (const char *const *known, const char *rule)
{
  return known == NULL || g_strv_contains (known, rule);
}

static void
add_finding (GPtrArray *findings,
             const ContraReconcileOptions *options,
             const ContraSuppressions *s,
             const Directive *d,
             const char *rule,
             ContraSeverity severity,
             char *message)
{
  g_autofree char *owned = message;

  if (options != NULL && options->disabled != NULL && g_hash_table_contains (options->disabled, rule))
    return;
  if (options != NULL && options->severity != NULL)
    {
      gpointer level;
      if (g_hash_table_lookup_extended (options->severity, rule, NULL, &level))
        severity = (ContraSeverity) GPOINTER_TO_INT (level);
    }
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_SUPPRESSION, rule, NULL, NULL);
  finding->severity = severity;
  finding->message = g_steal_pointer (&owned);
  finding->path = s->path;
  finding->line = d->line;
  finding->column = d->column;
  g_ptr_array_add (findings, finding);
}

static char *
with_suggestion (char *message, const char *near)
{
  if (near == NULL)
    return message;
  char *longer = g_strdup_printf ("%s (did you mean '%s'?)", message, near);
  g_free (message);
  return longer;
}

static char *
unused_message (const Directive *d, const Entry *entry, guint n_lines)
{
  g_autofree char *what = entry->rule != NULL ? g_strdup_printf ("%s finding", entry->rule) : g_strdup ("finding");

  switch (d->kind)
    {
    case CONTRA_DIRECTIVE_DISABLE_NEXT_LINE:
      if (entry->from == 0)
        return g_strdup_printf ("Unused suppression: %s has no line after it", directive_names[d->kind]);
      return g_strdup_printf ("Unused suppression: no %s on line %u", what, entry->from);
    case CONTRA_DIRECTIVE_DISABLE:
      if (entry->to >= n_lines)
        return g_strdup_printf ("Unused suppression: no %s from line %u to the end", what, entry->from);
      return g_strdup_printf ("Unused suppression: no %s on lines %u to %u", what, entry->from, entry->to);
    case CONTRA_DIRECTIVE_ENABLE:
    default:
      if (entry->rule != NULL)
        return g_strdup_printf ("Unused suppression: contra-enable %s ends no contra-disable of it", entry->rule);
      return g_strdup ("Unused suppression: contra-enable ends no contra-disable");
    }
}

void
contra_suppressions_report (const ContraSuppressions *suppressions,
                            const char *const *known,
                            const ContraReconcileOptions *options,
                            GPtrArray *findings)
{
  g_return_if_fail (suppressions != NULL && findings != NULL);

  for (guint i = 0; i < suppressions->directives->len; i++)
    {
      const Directive *d = g_ptr_array_index (suppressions->directives, i);
      if (d->kind == CONTRA_DIRECTIVE_UNKNOWN)
        {
          char *message = g_strdup_printf ("Unknown directive '%s'", d->word);
          message = with_suggestion (message, contra_suggest (d->word, directive_names));
          add_finding (findings, options, suppressions, d, CONTRA_RULE_UNKNOWN_DIRECTIVE, CONTRA_SEVERITY_WARNING,
                       message);
          continue;
        }
      for (guint k = 0; k < d->entries->len; k++)
        {
          const Entry *entry = &g_array_index (d->entries, Entry, k);
          if (entry->rule != NULL && !known_rule (known, entry->rule))
            {
              char *message = g_strdup_printf ("Unknown rule '%s' in %s", entry->rule, d->word);
              message = with_suggestion (message, contra_suggest (entry->rule, known));
              add_finding (findings, options, suppressions, d, CONTRA_RULE_UNKNOWN_RULE, CONTRA_SEVERITY_WARNING,
                           message);
              continue;
            }
          if (entry->used)
            continue;
          /* The configuration switched the rule off: nothing could be suppressed, but
           * the comment is still wanted when the configuration changes. */
          if (entry->rule != NULL && options != NULL && options->disabled != NULL
              && g_hash_table_contains (options->disabled, entry->rule))
            continue;
          add_finding (findings, options, suppressions, d, CONTRA_RULE_UNUSED_SUPPRESSION, CONTRA_SEVERITY_NOTE,
                       unused_message (d, entry, suppressions->n_lines));
        }
    }
}

/* Does a suppression in its draft cover one of @finding's claims from a draft? Every
 * claim is tried, so that each suppression that covers the finding counts as used. */
static gboolean
finding_suppressed (const ContraReport *report, GHashTable *by_path, const ContraFinding *finding)
{
  gboolean any = FALSE;

  for (guint i = 0; i < finding->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (finding->claims, i);
      const ContraSource *source = contra_report_source (report, claim);
      ContraSuppressions *s = source->is_draft ? g_hash_table_lookup (by_path, source->path) : NULL;
      if (s != NULL && contra_suppressions_match (s, finding->rule, claim->line, claim->end_line))
        any = TRUE;
    }
  return any;
}

guint
contra_suppress_report (ContraReport *report, GHashTable *by_path, const ContraReconcileOptions *options)
{
  guint suppressed = 0;

  g_return_val_if_fail (report != NULL && by_path != NULL, 0);
  for (guint i = report->findings->len; i-- > 0;)
    {
      if (finding_suppressed (report, by_path, g_ptr_array_index (report->findings, i)))
        {
          g_ptr_array_remove_index (report->findings, i);
          suppressed++;
        }
    }

  g_autoptr (GPtrArray) known = NULL;
  if (report->rules != NULL)
    {
      known = g_ptr_array_new ();
      for (guint i = 0; i < report->rules->rules->len; i++)
        g_ptr_array_add (known, ((ContraRule *) g_ptr_array_index (report->rules->rules, i))->id);
      g_ptr_array_add (known, NULL);
    }
  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, by_path);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    contra_suppressions_report (value, known ? (const char *const *) known->pdata : NULL, options, report->findings);
  contra_report_sort (report);
  return suppressed;
}

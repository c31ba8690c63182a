/* writer-text.c — compiler-style text for a terminal or a log.
 *
 *   path:line:col: severity: message [rule]
 *      the quoted sentences of every side, the differing value marked
 *
 * Findings are grouped by rule (a topic); then the timelines, the corroborated facts,
 * and a one-line summary. Colour only when asked (a terminal without NO_COLOR). Text
 * from the input goes through put(): it never drives the terminal, whatever it holds.
 */
#include "output/escape.h"
#include "output/render.h"
#include "output/writer.h"

#include <string.h>

#define BOLD "\033[1m"
#define DIM "\033[2m"
#define RED "\033[31m"
#define YELLOW "\033[33m"
#define CYAN "\033[36m"
#define GREEN "\033[32m"
#define RESET "\033[0m"

typedef struct {
  const ContraWriterOptions *options;
  GString *out;
} Text;

static const char *
paint (const Text *t, const char *code)
{
  return t->options != NULL && t->options->color ? code : "";
}

/* Text from the input (a path, a message, a label) on the current line. */
static void
put (const Text *t, const char *text)
{
  contra_escape_line (t->out, text, -1);
}

static const char *
severity_colour (ContraSeverity severity)
{
  switch (severity)
    {
    case CONTRA_SEVERITY_ERROR:
      return RED;
    case CONTRA_SEVERITY_WARNING:
      return YELLOW;
    default:
      return CYAN;
    }
}

static gboolean
shows (gconstpointer data, const ContraFinding *finding)
{
  return contra_writer_shows (data, finding);
}

static void
write_quote (Text *t, const ContraReport *report, const ContraClaim *claim, const char *tag)
{
  const ContraSource *source = contra_report_source (report, claim);
  g_autofree char *quote = contra_render_quote (claim, paint (t, BOLD), paint (t, RESET), 240, contra_escape_line);

  g_string_append_printf (t->out, "    %s", paint (t, DIM));
  put (t, source->path);
  g_string_append_printf (t->out, ":%u:%u%s %s“%s”\n", claim->line, claim->column, paint (t, RESET), tag, quote);
}

/* In lint, the draft's line with a caret under the claim. */
static void
write_caret (Text *t, const ContraReport *report, const ContraClaim *claim)
{
  const ContraSource *source = contra_report_source (report, claim);
  const char *text = t->options && t->options->texts ? g_hash_table_lookup (t->options->texts, source->path) : NULL;

  if (text == NULL)
    return;
  g_autofree char *raw = contra_render_line (text, claim->line);
  g_autoptr (GString) line = g_string_new (NULL);
  /* One character for one: the caret's column is still the claim's. */
  contra_escape_line (line, raw, -1);
  g_string_append_printf (t->out, "    %s\n    ", line->str);
  const char *p = line->str;
  for (guint col = 1; col < claim->column && *p; col++, p = g_utf8_next_char (p))
    g_string_append_c (t->out, *p == '\t' ? '\t' : ' ');
  guint width = claim->end_line == claim->line && claim->end_column > claim->column
                  ? claim->end_column - claim->column : 1;
  g_string_append (t->out, paint (t, GREEN));
  g_string_append_c (t->out, '^');
  for (guint i = 1; i < width; i++)
    g_string_append_c (t->out, '~');
  g_string_append_printf (t->out, "%s\n", paint (t, RESET));
}

static void
write_finding (Text *t, const ContraReport *report, const ContraFinding *finding)
{
  const ContraClaim *anchor = contra_render_anchor (report, finding);
  g_autofree char *location = anchor ? contra_render_location (report, anchor)
                                     : g_strdup_printf ("%s:%u:%u", finding->path, finding->line, finding->column);

  g_string_append (t->out, paint (t, BOLD));
  put (t, location);
  g_string_append_printf (t->out, "%s: %s%s%s: ", paint (t, RESET), paint (t, severity_colour (finding->severity)),
                          contra_severity_name (finding->severity), paint (t, RESET));
  put (t, finding->message);
  g_string_append (t->out, " [");
  put (t, finding->rule ? finding->rule : "contra");
  g_string_append (t->out, "]\n");
  if (report->lint && anchor != NULL)
    write_caret (t, report, anchor);
  for (guint i = 0; i < finding->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (finding->claims, i);
      if (report->lint && claim == anchor)
        continue;
      write_quote (t, report, claim, "");
    }
}

static void
text_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  Text t = {options, out};
  g_autoptr (GPtrArray) groups = contra_render_by_rule (report, shows, options);
  guint counts[4] = {0};

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (groups, g);
      const ContraFinding *first = g_ptr_array_index (group, 0);
      if (!report->lint)
        {
          g_string_append_printf (out, "%s== ", paint (&t, BOLD));
          put (&t, contra_render_rule_title (report, first->rule));
          g_string_append_printf (out, " ==%s\n\n", paint (&t, RESET));
        }
      for (guint i = 0; i < group->len; i++)
        {
          const ContraFinding *finding = g_ptr_array_index (group, i);
          counts[finding->severity]++;
          write_finding (&t, report, finding);
          g_string_append_c (out, '\n');
          contra_output_spill (output);
        }
    }

  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      g_string_append_printf (out, "%s== Timeline: ", paint (&t, BOLD));
      put (&t, timeline->view->title);
      g_string_append_printf (out, " ==%s\n\n", paint (&t, RESET));
      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          g_autofree char *date = contra_date_describe (&entry->date);
          g_string_append_printf (out, "  %-18s ", date);
          put (&t, entry->label);
          g_string_append (out, "  (");
          for (guint k = 0; k < entry->claims->len; k++)
            {
              g_autofree char *place = contra_claim_place (report, g_ptr_array_index (entry->claims, k));
              if (k > 0)
                g_string_append (out, "; ");
              put (&t, place);
            }
          g_string_append_printf (
            out, ")%s\n",
            entry->contested ? (options && options->color ? " " YELLOW "sources disagree" RESET : " [sources disagree]")
                             : "");
          contra_output_spill (output);
        }
      g_string_append_c (out, '\n');
    }

  if (report->corroborations->len > 0 && (!report->lint || (options && options->verbose)))
    {
      g_string_append_printf (out, "%s== Corroborated ==%s\n\n", paint (&t, BOLD), paint (&t, RESET));
      for (guint i = 0; i < report->corroborations->len; i++)
        {
          const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
          const ContraClaim *draft;
          g_autofree char *who = contra_render_corroborators (report, c, &draft);
          g_autofree char *where = draft != NULL ? contra_render_location (report, draft) : NULL;
          g_string_append (out, "  ");
          if (where != NULL)
            {
              put (&t, where);
              g_string_append (out, ": ");
            }
          g_string_append (out, paint (&t, GREEN));
          put (&t, c->topic);
          g_string_append_printf (out, "%s: ", paint (&t, RESET));
          put (&t, c->text);
          g_string_append_printf (out, " (%u source%s: ", c->n_sources, c->n_sources == 1 ? "" : "s");
          put (&t, who);
          g_string_append (out, ")\n");
          contra_output_spill (output);
        }
      g_string_append_c (out, '\n');
    }

  guint n_unchecked = report->lint ? report->claims->unchecked->len : 0;
  if (n_unchecked > 0 && options && options->verbose)
    {
      g_string_append_printf (out, "%s== Not checked ==%s\n\n", paint (&t, BOLD), paint (&t, RESET));
      for (guint i = 0; i < n_unchecked; i++)
        {
          const ContraStatement *u = g_ptr_array_index (report->claims->unchecked, i);
          const ContraSource *source = g_ptr_array_index (report->claims->sources, u->source);
          g_autofree char *where = g_strdup_printf ("%s:%u:%u", source->path, u->line, u->column);
          g_autofree char *quote = contra_render_shorten (u->quote, 160);
          g_string_append (out, "  ");
          put (&t, where);
          g_string_append (out, ": “");
          put (&t, quote);
          g_string_append (out, "”");
          if (u->partial)
            {
              g_autofree char *values = g_strjoinv (", ", u->values);
              g_string_append (out, " — not checked: ");
              put (&t, values);
            }
          g_string_append_c (out, '\n');
          contra_output_spill (output);
        }
      g_string_append_c (out, '\n');
    }
  guint n_partial = 0;
  for (guint i = 0; i < n_unchecked; i++)
    n_partial += ((const ContraStatement *) g_ptr_array_index (report->claims->unchecked, i))->partial;
  if (n_unchecked > n_partial)
    g_string_append_printf (out,
                            "%u sentence%s of the draft state%s a date, a number or a name that no rule could "
                            "check%s\n",
                            n_unchecked - n_partial, n_unchecked - n_partial == 1 ? "" : "s",
                            n_unchecked - n_partial == 1 ? "s" : "",
                            options && options->verbose ? "" : " (--verbose lists them)");
  if (n_partial > 0)
    g_string_append_printf (out,
                            "%u sentence%s of the draft %s checked only in part (%s date or number no rule "
                            "could check)%s\n",
                            n_partial, n_partial == 1 ? "" : "s", n_partial == 1 ? "was" : "were",
                            n_partial == 1 ? "a" : "in each, a",
                            options && options->verbose ? "" : " (--verbose lists them)");

  g_string_append_printf (out, "%u source%s, %u claim%s: %u error%s, %u warning%s, %u note%s; %u fact%s corroborated\n",
                          report->claims->sources->len, report->claims->sources->len == 1 ? "" : "s",
                          (guint) report->n_claims, report->n_claims == 1 ? "" : "s",
                          counts[CONTRA_SEVERITY_ERROR], counts[CONTRA_SEVERITY_ERROR] == 1 ? "" : "s",
                          counts[CONTRA_SEVERITY_WARNING], counts[CONTRA_SEVERITY_WARNING] == 1 ? "" : "s",
                          counts[CONTRA_SEVERITY_NOTE], counts[CONTRA_SEVERITY_NOTE] == 1 ? "" : "s",
                          report->corroborations->len, report->corroborations->len == 1 ? "" : "s");
}

/* `contra claims`: one block per claim, in document order. */
static void
text_claims (const ContraClaimSet *set, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  Text t = {options, out};

  for (guint i = 0; i < set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (set->claims, i);
      const ContraSource *source = g_ptr_array_index (set->sources, claim->source);
      g_autofree char *value = contra_value_format (&claim->value);
      g_autofree char *time = contra_date_is_set (&claim->time) ? contra_date_format (&claim->time) : g_strdup ("-");
      g_autofree char *quote
        = contra_render_quote (claim, paint (&t, BOLD), paint (&t, RESET), 160, contra_escape_line);

      put (&t, source->path);
      g_string_append_printf (out, ":%u:%u: %s", claim->line, claim->column, paint (&t, CYAN));
      put (&t, claim->rule);
      g_string_append_printf (out, "%s ", paint (&t, RESET));
      put (&t, claim->subject);
      g_string_append_c (out, ' ');
      put (&t, claim->attribute);
      g_string_append_printf (out, " = %s", paint (&t, BOLD));
      put (&t, value);
      g_string_append_printf (out, "%s  (time %s", paint (&t, RESET), time);
      if (claim->polarity != CONTRA_POLARITY_ASSERTED)
        g_string_append_printf (out, ", %s", contra_polarity_name (claim->polarity));
      if (claim->modality != CONTRA_MODALITY_ASSERTED)
        g_string_append_printf (out, ", %s", contra_modality_name (claim->modality));
      if (claim->always)
        g_string_append (out, ", always");
      if (claim->partial)
        g_string_append (out, ", partial subject");
      if (claim->section_author != NULL)
        {
          g_string_append (out, ", comment by ");
          put (&t, claim->section_author);
        }
      g_string_append_printf (out, ")\n    “%s”\n", quote);
      contra_output_spill (output);
    }
  g_string_append_printf (out, "%u claim%s from %u source%s\n", set->claims->len, set->claims->len == 1 ? "" : "s",
                          set->sources->len, set->sources->len == 1 ? "" : "s");
}

const ContraWriter contra_text_writer = {
  "text", "compiler-style lines with the quoted evidence (the default)", text_report, text_claims,
};

/* writer-markdown.c — a report for a pull-request comment or a desk memo.
 *
 * Text from the input goes through contra_escape_markdown() (paths and rule ids in
 * code spans through contra_escape_markdown_code()): a quote cannot add a link, an
 * image, HTML or a table column to the page, nor a control character to a terminal. */
#include "output/escape.h"
#include "output/render.h"
#include "output/writer.h"

#include <string.h>

static gboolean
shows (gconstpointer data, const ContraFinding *finding)
{
  return contra_writer_shows (data, finding);
}

/* Text from the input, in a paragraph, a heading or a table cell. */
static void
put (GString *out, const char *text)
{
  contra_escape_markdown (out, text, -1);
}

static const char *
badge (ContraSeverity severity)
{
  switch (severity)
    {
    case CONTRA_SEVERITY_ERROR:
      return "🛑 error";
    case CONTRA_SEVERITY_WARNING:
      return "⚠️ warning";
    default:
      return "ℹ️ note";
    }
}

static void
write_finding (const ContraReport *report, const ContraFinding *finding, GString *out)
{
  const ContraClaim *anchor = contra_render_anchor (report, finding);

  g_string_append_printf (out, "**%s** (%s, ", badge (finding->severity), contra_finding_kind_name (finding->kind));
  contra_escape_markdown_code (out, finding->rule ? finding->rule : "contra");
  g_string_append_c (out, ')');
  g_autofree char *location = anchor != NULL ? contra_render_location (report, anchor)
                              : finding->path != NULL
                                ? g_strdup_printf ("%s:%u:%u", finding->path, finding->line, finding->column)
                                : NULL;
  if (location != NULL)
    {
      g_string_append (out, " at ");
      contra_escape_markdown_code (out, location);
    }
  g_string_append (out, "\n\n");
  put (out, finding->message);
  g_string_append (out, "\n\n");
  if (finding->claims->len == 0)
    return;
  g_string_append (out, "| source | line | the sentence |\n|---|---|---|\n");
  for (guint i = 0; i < finding->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (finding->claims, i);
      const ContraSource *source = contra_report_source (report, claim);
      g_autofree char *quote = contra_render_quote (claim, "**", "**", 300, contra_escape_markdown);
      g_string_append (out, "| ");
      put (out, source->id);
      if (source->is_draft)
        g_string_append (out, " (draft)");
      if (claim->section_author != NULL)
        {
          g_string_append (out, " (comment by ");
          put (out, claim->section_author);
          g_string_append_c (out, ')');
        }
      g_string_append_printf (out, " | %u | ", claim->line);
      g_string_append (out, quote);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

static void
markdown_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  g_autoptr (GPtrArray) groups = contra_render_by_rule (report, shows, options);
  guint counts[4] = {0};

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (groups, g);
      for (guint i = 0; i < group->len; i++)
        counts[((ContraFinding *) g_ptr_array_index (group, i))->severity]++;
    }

  g_string_append_printf (out, "# contra %s\n\n", report->lint ? "lint" : "report");
  g_string_append_printf (out, "%u source%s, %u claims: **%u error%s, %u warning%s, %u note%s**; %u fact%s corroborated.\n\n",
                          report->claims->sources->len, report->claims->sources->len == 1 ? "" : "s",
                          (guint) report->n_claims, counts[CONTRA_SEVERITY_ERROR],
                          counts[CONTRA_SEVERITY_ERROR] == 1 ? "" : "s", counts[CONTRA_SEVERITY_WARNING],
                          counts[CONTRA_SEVERITY_WARNING] == 1 ? "" : "s", counts[CONTRA_SEVERITY_NOTE],
                          counts[CONTRA_SEVERITY_NOTE] == 1 ? "" : "s", report->corroborations->len,
                          report->corroborations->len == 1 ? "" : "s");

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (groups, g);
      const ContraFinding *first = g_ptr_array_index (group, 0);
      g_string_append (out, "## ");
      put (out, contra_render_rule_title (report, first->rule));
      g_string_append (out, "\n\n");
      for (guint i = 0; i < group->len; i++)
        {
          write_finding (report, g_ptr_array_index (group, i), out);
          contra_output_spill (output);
        }
    }

  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      g_string_append (out, "## Timeline: ");
      put (out, timeline->view->title);
      g_string_append (out, "\n\n| when | what | sources |\n|---|---|---|\n");
      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          g_autofree char *date = contra_date_describe (&entry->date);
          g_string_append_printf (out, "| %s | ", date);
          put (out, entry->label);
          if (entry->contested)
            g_string_append (out, " ⚠️ *sources disagree*");
          g_string_append (out, " | ");
          for (guint k = 0; k < entry->claims->len; k++)
            {
              g_autofree char *place = contra_claim_place (report, g_ptr_array_index (entry->claims, k));
              g_string_append_printf (out, "%s", k > 0 ? "; " : "");
              put (out, place);
            }
          g_string_append (out, " |\n");
          contra_output_spill (output);
        }
      g_string_append_c (out, '\n');
    }

  if (report->corroborations->len > 0 && (!report->lint || (options && options->verbose)))
    {
      g_string_append (out, "## Corroborated\n\n| fact | value | sources |\n|---|---|---|\n");
      for (guint i = 0; i < report->corroborations->len; i++)
        {
          const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
          const ContraClaim *draft;
          g_autofree char *who = contra_render_corroborators (report, c, &draft);
          g_string_append (out, "| ");
          put (out, c->topic);
          g_string_append (out, " | ");
          put (out, c->text);
          g_string_append_printf (out, " | %u (", c->n_sources);
          put (out, who);
          g_string_append (out, ") |\n");
          contra_output_spill (output);
        }
      g_string_append_c (out, '\n');
    }
}

const ContraWriter contra_markdown_writer = {
  "markdown", "Markdown for a pull-request comment or a memo", markdown_report, NULL,
};

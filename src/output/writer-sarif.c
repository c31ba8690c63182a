/* writer-sarif.c — SARIF 2.1.0, so that code-scanning systems can show and dismiss
 * findings. One result per finding at its anchor (the draft's claim in lint), with
 * the other claims as related locations; the rules of the findings are described in
 * the tool's driver. */
#include "output/json.h"
#include "output/render.h"
#include "output/writer.h"

#include "contra-config.h"

static const char *
level (ContraSeverity severity)
{
  switch (severity)
    {
    case CONTRA_SEVERITY_ERROR:
      return "error";
    case CONTRA_SEVERITY_WARNING:
      return "warning";
    default:
      return "note";
    }
}

/* The "physicalLocation" member: @path and a region from @line:@column, to
 * @end_line:@end_column when it is known (0: not), with @snippet when there is one. */
static void
write_physical (ContraJson *json, const char *path, guint line, guint column, guint end_line, guint end_column,
                const char *snippet)
{
  contra_json_key (json, "physicalLocation");
  contra_json_begin_object (json);
  contra_json_key (json, "artifactLocation");
  contra_json_begin_object (json);
  contra_json_member_string (json, "uri", path);
  contra_json_end_object (json);
  contra_json_key (json, "region");
  contra_json_begin_object (json);
  contra_json_member_int (json, "startLine", MAX (1, line));
  contra_json_member_int (json, "startColumn", MAX (1, column));
  if (end_line >= line && end_line > 0)
    {
      contra_json_member_int (json, "endLine", end_line);
      if (end_line > line || end_column > column)
        contra_json_member_int (json, "endColumn", end_column);
    }
  if (snippet != NULL)
    {
      contra_json_key (json, "snippet");
      contra_json_begin_object (json);
      contra_json_member_string (json, "text", snippet);
      contra_json_end_object (json);
    }
  contra_json_end_object (json);
  contra_json_end_object (json);
}

static void
write_location (ContraJson *json, const ContraReport *report, const ContraClaim *claim, guint id, const char *message)
{
  const ContraSource *source = contra_report_source (report, claim);
  g_autofree char *quote = contra_claim_quote (claim);

  contra_json_begin_object (json);
  if (id > 0)
    contra_json_member_int (json, "id", id);
  write_physical (json, source->path, claim->line, claim->column, claim->end_line, claim->end_column, quote);
  if (message != NULL)
    {
      contra_json_key (json, "message");
      contra_json_begin_object (json);
      contra_json_member_string (json, "text", message);
      contra_json_end_object (json);
    }
  contra_json_end_object (json);
}

/* A finding without claims (lint: a suppression comment) is at its own place. */
static void
write_place (ContraJson *json, const ContraFinding *finding)
{
  contra_json_begin_object (json);
  write_physical (json, finding->path, finding->line, finding->column, 0, 0, NULL);
  contra_json_end_object (json);
}

static void
sarif_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  ContraJson json;
  g_autoptr (GPtrArray) rules = g_ptr_array_new ();

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      const char *rule = finding->rule ? finding->rule : "contra";
      if (contra_writer_shows (options, finding) && !g_ptr_array_find_with_equal_func (rules, rule, g_str_equal, NULL))
        g_ptr_array_add (rules, (gpointer) rule);
    }

  contra_json_init (&json, out, TRUE);
  contra_json_begin_object (&json);
  contra_json_member_string (&json, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  contra_json_member_string (&json, "version", "2.1.0");
  contra_json_key (&json, "runs");
  contra_json_begin_array (&json);
  contra_json_begin_object (&json);
  contra_json_key (&json, "tool");
  contra_json_begin_object (&json);
  contra_json_key (&json, "driver");
  contra_json_begin_object (&json);
  contra_json_member_string (&json, "name", "contra");
  contra_json_member_string (&json, "version", CONTRA_VERSION);
  contra_json_member_string (&json, "informationUri", "https://example.invalid/contra");
  contra_json_key (&json, "rules");
  contra_json_begin_array (&json);
  for (guint i = 0; i < rules->len; i++)
    {
      const char *rule = g_ptr_array_index (rules, i);
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "id", rule);
      contra_json_key (&json, "shortDescription");
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "text", contra_render_rule_title (report, rule));
      contra_json_end_object (&json);
      contra_json_end_object (&json);
    }
  contra_json_end_array (&json);
  contra_json_end_object (&json);
  contra_json_end_object (&json);

  contra_json_key (&json, "results");
  contra_json_begin_array (&json);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      const ContraClaim *anchor = contra_render_anchor (report, finding);
      const char *rule = finding->rule ? finding->rule : "contra";
      guint rule_index = 0;
      if (!contra_writer_shows (options, finding) || (anchor == NULL && finding->path == NULL))
        continue;
      g_ptr_array_find_with_equal_func (rules, rule, g_str_equal, &rule_index);

      contra_json_begin_object (&json);
      contra_json_member_string (&json, "ruleId", rule);
      contra_json_member_int (&json, "ruleIndex", rule_index);
      contra_json_member_string (&json, "level", level (finding->severity));
      contra_json_member_string (&json, "kind", "fail");
      contra_json_key (&json, "message");
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "text", finding->message);
      contra_json_end_object (&json);
      contra_json_key (&json, "locations");
      contra_json_begin_array (&json);
      if (anchor != NULL)
        write_location (&json, report, anchor, 0, NULL);
      else
        write_place (&json, finding);
      contra_json_end_array (&json);
      if (finding->claims->len > 1)
        {
          contra_json_key (&json, "relatedLocations");
          contra_json_begin_array (&json);
          guint id = 1;
          for (guint k = 0; k < finding->claims->len; k++)
            {
              const ContraClaim *claim = g_ptr_array_index (finding->claims, k);
              if (claim == anchor)
                continue;
              g_autofree char *place = contra_claim_place (report, claim);
              g_autofree char *value = contra_claim_describe (claim);
              g_autofree char *message = g_strdup_printf ("%s: %s", place, value);
              write_location (&json, report, claim, id++, message);
            }
          contra_json_end_array (&json);
        }
      /* A fingerprint that survives edits elsewhere in the file: rule, subject and
       * the anchor's value. A finding without claims has nothing that stable (its
       * message names lines), so the consumer's own line-based fingerprint is left
       * to do. */
      if (anchor != NULL)
        {
          g_autofree char *value = contra_value_format (&anchor->value);
          g_autofree char *print = g_strdup_printf ("%s|%s|%s|%s", rule, finding->subject ? finding->subject : "",
                                                    finding->attribute ? finding->attribute : "", value);
          g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, print, -1);
          contra_json_key (&json, "partialFingerprints");
          contra_json_begin_object (&json);
          contra_json_member_string (&json, "contraFinding/v1", hash);
          contra_json_end_object (&json);
        }
      contra_json_end_object (&json);
      contra_output_spill (output);
    }
  contra_json_end_array (&json);
  contra_json_end_object (&json);
  contra_json_end_array (&json);
  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

const ContraWriter contra_sarif_writer = {
  "sarif", "SARIF 2.1.0 for code-scanning systems", sarif_report, NULL,
};

/* writer-json.c — the JSON report (the contract in DESIGN.md) and JSON Lines claims. */
#include "output/claim-json.h"
#include "output/json.h"
#include "output/writer.h"

#include "contra-config.h"

static void
write_header (ContraJson *json, const ContraClaimSet *set, ContraOutput *output)
{
  contra_json_member_int (json, "version", 1);
  contra_json_key (json, "tool");
  contra_json_begin_object (json);
  contra_json_member_string (json, "name", "contra");
  contra_json_member_string (json, "version", CONTRA_VERSION);
  contra_json_end_object (json);
  contra_json_key (json, "sources");
  contra_json_begin_array (json);
  for (guint i = 0; i < set->sources->len; i++)
    {
      contra_json_write_source (json, g_ptr_array_index (set->sources, i));
      contra_output_spill (output);
    }
  contra_json_end_array (json);
}

static void
write_finding (ContraJson *json, const ContraReport *report, const ContraFinding *finding)
{
  contra_json_begin_object (json);
  contra_json_member_string (json, "kind", contra_finding_kind_name (finding->kind));
  contra_json_member_string (json, "severity", contra_severity_name (finding->severity));
  contra_json_member_string (json, "rule", finding->rule);
  contra_json_member_string (json, "subject", finding->subject);
  contra_json_member_string (json, "attribute", finding->attribute);
  contra_json_member_string (json, "message", finding->message);
  if (report->lint)
    contra_json_member_bool (json, "contested", finding->contested);
  if (finding->path != NULL)
    {
      contra_json_member_string (json, "path", finding->path);
      contra_json_member_int (json, "line", finding->line);
      contra_json_member_int (json, "column", finding->column);
    }
  contra_json_key (json, "claims");
  contra_json_begin_array (json);
  for (guint i = 0; i < finding->claims->len; i++)
    {
      /* Each claim's side is in the parallel "sides" array below. */
      contra_json_write_claim (json, report->claims, g_ptr_array_index (finding->claims, i), FALSE);
    }
  contra_json_end_array (json);
  contra_json_key (json, "sides");
  contra_json_begin_array (json);
  for (guint i = 0; i < finding->sides->len; i++)
    contra_json_int (json, g_array_index (finding->sides, guint, i));
  contra_json_end_array (json);
  contra_json_end_object (json);
}

static void
json_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  ContraJson json;
  guint counts[4] = {0};

  contra_json_init (&json, out, TRUE);
  contra_json_begin_object (&json);
  write_header (&json, report->claims, output);

  contra_json_key (&json, "findings");
  contra_json_begin_array (&json);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (!contra_writer_shows (options, finding))
        continue;
      counts[finding->severity]++;
      write_finding (&json, report, finding);
      contra_output_spill (output);
    }
  contra_json_end_array (&json);

  contra_json_key (&json, "corroborations");
  contra_json_begin_array (&json);
  for (guint i = 0; i < report->corroborations->len; i++)
    {
      const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "rule", c->rule);
      contra_json_member_string (&json, "subject", c->subject);
      contra_json_member_string (&json, "attribute", c->attribute);
      contra_json_member_string (&json, "topic", c->topic);
      contra_json_member_string (&json, "value", c->value);
      contra_json_member_string (&json, "text", c->text);
      contra_json_member_int (&json, "sources", c->n_sources);
      contra_json_key (&json, "claims");
      contra_json_begin_array (&json);
      for (guint k = 0; k < c->claims->len; k++)
        contra_json_write_claim (&json, report->claims, g_ptr_array_index (c->claims, k), FALSE);
      contra_json_end_array (&json);
      contra_json_end_object (&json);
      contra_output_spill (output);
    }
  contra_json_end_array (&json);

  contra_json_key (&json, "timelines");
  contra_json_begin_array (&json);
  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      contra_json_begin_object (&json);
      contra_json_member_string (&json, "id", timeline->view->id);
      contra_json_member_string (&json, "title", timeline->view->title);
      contra_json_key (&json, "entries");
      contra_json_begin_array (&json);
      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          g_autofree char *date = contra_date_format (&entry->date);
          contra_json_begin_object (&json);
          contra_json_member_string (&json, "date", date);
          contra_json_member_string (&json, "label", entry->label);
          contra_json_member_string (&json, "type", entry->status ? "statement" : "step");
          contra_json_member_bool (&json, "contested", entry->contested);
          contra_json_key (&json, "claims");
          contra_json_begin_array (&json);
          for (guint k = 0; k < entry->claims->len; k++)
            contra_json_write_claim (&json, report->claims, g_ptr_array_index (entry->claims, k), FALSE);
          contra_json_end_array (&json);
          contra_json_end_object (&json);
          contra_output_spill (output);
        }
      contra_json_end_array (&json);
      contra_json_end_object (&json);
    }
  contra_json_end_array (&json);

  if (report->lint)
    {
      /* The draft's sentences that state a date, a number or a name and yielded no
       * claim (DESIGN.md): silence about them is not "checked". */
      contra_json_key (&json, "unchecked");
      contra_json_begin_array (&json);
      for (guint i = 0; i < report->claims->unchecked->len; i++)
        {
          const ContraStatement *u = g_ptr_array_index (report->claims->unchecked, i);
          const ContraSource *source = g_ptr_array_index (report->claims->sources, u->source);
          contra_json_begin_object (&json);
          contra_json_member_string (&json, "path", source->path);
          contra_json_member_int (&json, "line", u->line);
          contra_json_member_int (&json, "column", u->column);
          contra_json_member_int (&json, "end_line", u->end_line);
          contra_json_member_int (&json, "end_column", u->end_column);
          contra_json_member_string (&json, "quote", u->quote);
          contra_json_end_object (&json);
        }
      contra_json_end_array (&json);
    }

  contra_json_key (&json, "summary");
  contra_json_begin_object (&json);
  contra_json_member_int (&json, "errors", counts[CONTRA_SEVERITY_ERROR]);
  contra_json_member_int (&json, "warnings", counts[CONTRA_SEVERITY_WARNING]);
  contra_json_member_int (&json, "notes", counts[CONTRA_SEVERITY_NOTE]);
  contra_json_member_int (&json, "corroborations", report->corroborations->len);
  contra_json_member_int (&json, "sources", report->claims->sources->len);
  contra_json_member_int (&json, "claims", (gint64) report->n_claims);
  if (report->lint)
    contra_json_member_int (&json, "unchecked", report->claims->unchecked->len);
  contra_json_end_object (&json);

  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

static void
json_claims (const ContraClaimSet *set, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  ContraJson json;

  contra_json_init (&json, out, TRUE);
  contra_json_begin_object (&json);
  write_header (&json, set, output);
  contra_json_key (&json, "claims");
  contra_json_begin_array (&json);
  for (guint i = 0; i < set->claims->len; i++)
    {
      contra_json_write_claim (&json, set, g_ptr_array_index (set->claims, i), TRUE);
      contra_output_spill (output);
    }
  contra_json_end_array (&json);
  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

/* One source line per document, then one claim line per claim. */
static void
jsonl_claims (const ContraClaimSet *set, const ContraWriterOptions *options, ContraOutput *output)
{
  GString *out = output->buffer;
  guint next_source = 0;

  for (guint i = 0; i <= set->claims->len; i++)
    {
      const ContraClaim *claim = i < set->claims->len ? g_ptr_array_index (set->claims, i) : NULL;
      guint upto = claim != NULL ? claim->source + 1 : set->sources->len;
      for (; next_source < upto; next_source++)
        contra_jsonl_write_source (out, g_ptr_array_index (set->sources, next_source));
      if (claim == NULL)
        break;
      contra_jsonl_write_claim (out, set, claim);
      contra_output_spill (output);
    }
}

const ContraWriter contra_json_writer = {
  "json", "the JSON report described in docs/json.md", json_report, json_claims,
};

const ContraWriter contra_jsonl_writer = {
  "jsonl", "claims as JSON Lines, for sharded runs (contra report --claims)", NULL, jsonl_claims,
};

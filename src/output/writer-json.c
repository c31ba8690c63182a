/* writer-json.c — the JSON report (the contract in DESIGN.md) and JSON Lines claims. */
#include "output/claim-json.h"
#include "output/json.h"
#include "output/report-json.h"
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
write_corroboration (ContraJson *json, const ContraReport *report, const ContraCorroboration *c)
{
  contra_json_begin_object (json);
  contra_json_member_string (json, "rule", c->rule);
  contra_json_member_string (json, "subject", c->subject);
  contra_json_member_string (json, "attribute", c->attribute);
  contra_json_member_string (json, "topic", c->topic);
  contra_json_member_string (json, "value", c->value);
  contra_json_member_string (json, "text", c->text);
  contra_json_member_int (json, "sources", c->n_sources);
  contra_json_key (json, "claims");
  contra_json_begin_array (json);
  for (guint k = 0; k < c->claims->len; k++)
    contra_json_write_claim (json, report->claims, g_ptr_array_index (c->claims, k), FALSE);
  contra_json_end_array (json);
  contra_json_end_object (json);
}

/* @after, when not NULL, is called with @data after each entry (to spill the output:
 * a timeline can hold thousands of claims). */
static void
write_timeline (ContraJson *json, const ContraReport *report, const ContraTimeline *timeline, void (*after) (gpointer),
                gpointer data)
{
  contra_json_begin_object (json);
  contra_json_member_string (json, "id", timeline->view->id);
  contra_json_member_string (json, "title", timeline->view->title);
  contra_json_key (json, "entries");
  contra_json_begin_array (json);
  for (guint e = 0; e < timeline->entries->len; e++)
    {
      const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
      g_autofree char *date = contra_date_format (&entry->date);
      contra_json_begin_object (json);
      contra_json_member_string (json, "date", date);
      contra_json_member_string (json, "label", entry->label);
      contra_json_member_string (json, "type", entry->status ? "statement" : "step");
      contra_json_member_bool (json, "contested", entry->contested);
      contra_json_key (json, "claims");
      contra_json_begin_array (json);
      for (guint k = 0; k < entry->claims->len; k++)
        contra_json_write_claim (json, report->claims, g_ptr_array_index (entry->claims, k), FALSE);
      contra_json_end_array (json);
      contra_json_end_object (json);
      if (after != NULL)
        after (data);
    }
  contra_json_end_array (json);
  contra_json_end_object (json);
}

/* The report around its items, which @emit writes: one skeleton for a report held in
 * memory and one made in parts. @lint, when not NULL, is the draft check whose
 * "unchecked" and "partly_checked" sentences follow the timelines. */
typedef gboolean (*EmitItems) (ContraJsonReportSection section, ContraJson *json, ContraOutput *output, gpointer data);

static void
write_report (const ContraClaimSet *set, const ContraReport *lint, const ContraJsonReportSummary *summary,
              EmitItems emit, gpointer data, ContraOutput *output)
{
  GString *out = output->buffer;
  ContraJson json;

  contra_json_init (&json, out, TRUE);
  contra_json_begin_object (&json);
  write_header (&json, set, output);

  static const char *const sections[] = {"findings", "corroborations", "timelines"};
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      contra_json_key (&json, sections[s]);
      contra_json_begin_array (&json);
      emit ((ContraJsonReportSection) s, &json, output, data);
      contra_json_end_array (&json);
    }

  if (lint != NULL)
    {
      /* The draft's sentences that state a date, a number or a name and yielded no
       * claim (DESIGN.md), then those whose claims left some of their dates and
       * numbers out ("partly_checked"): silence about them is not "checked". Each
       * with the values no claim took. */
      for (int partial = 0; partial < 2; partial++)
        {
          contra_json_key (&json, partial ? "partly_checked" : "unchecked");
          contra_json_begin_array (&json);
          for (guint i = 0; i < set->unchecked->len; i++)
            {
              const ContraStatement *u = g_ptr_array_index (set->unchecked, i);
              if (u->partial != partial)
                continue;
              const ContraSource *source = g_ptr_array_index (set->sources, u->source);
              contra_json_begin_object (&json);
              contra_json_member_string (&json, "path", source->path);
              contra_json_member_int (&json, "line", u->line);
              contra_json_member_int (&json, "column", u->column);
              contra_json_member_int (&json, "end_line", u->end_line);
              contra_json_member_int (&json, "end_column", u->end_column);
              contra_json_member_string (&json, "quote", u->quote);
              contra_json_key (&json, "values");
              contra_json_begin_array (&json);
              for (guint v = 0; u->values != NULL && u->values[v] != NULL; v++)
                contra_json_string (&json, u->values[v]);
              contra_json_end_array (&json);
              contra_json_end_object (&json);
            }
          contra_json_end_array (&json);
        }
    }

  contra_json_key (&json, "summary");
  contra_json_begin_object (&json);
  contra_json_member_int (&json, "errors", summary->counts[CONTRA_SEVERITY_ERROR]);
  contra_json_member_int (&json, "warnings", summary->counts[CONTRA_SEVERITY_WARNING]);
  contra_json_member_int (&json, "notes", summary->counts[CONTRA_SEVERITY_NOTE]);
  contra_json_member_int (&json, "corroborations", summary->n_corroborations);
  contra_json_member_int (&json, "sources", set->sources->len);
  contra_json_member_int (&json, "claims", (gint64) summary->n_claims);
  if (lint != NULL)
    {
      guint partly = 0;
      for (guint i = 0; i < set->unchecked->len; i++)
        partly += ((const ContraStatement *) g_ptr_array_index (set->unchecked, i))->partial;
      contra_json_member_int (&json, "unchecked", set->unchecked->len - partly);
      contra_json_member_int (&json, "partly_checked", partly);
    }
  contra_json_end_object (&json);

  contra_json_end_object (&json);
  g_string_append_c (out, '\n');
}

typedef struct {
  const ContraReport *report;
  const ContraWriterOptions *options;
} Held;

static gboolean
emit_held (ContraJsonReportSection section, ContraJson *json, ContraOutput *output, gpointer data)
{
  const Held *held = data;
  const ContraReport *report = held->report;

  switch (section)
    {
    case CONTRA_JSON_REPORT_FINDINGS:
      for (guint i = 0; i < report->findings->len; i++)
        {
          const ContraFinding *finding = g_ptr_array_index (report->findings, i);
          if (!contra_writer_shows (held->options, finding))
            continue;
          write_finding (json, report, finding);
          contra_output_spill (output);
        }
      break;
    case CONTRA_JSON_REPORT_CORROBORATIONS:
      for (guint i = 0; i < report->corroborations->len; i++)
        {
          write_corroboration (json, report, g_ptr_array_index (report->corroborations, i));
          contra_output_spill (output);
        }
      break;
    case CONTRA_JSON_REPORT_TIMELINES:
      for (guint i = 0; i < report->timelines->len; i++)
        write_timeline (json, report, g_ptr_array_index (report->timelines, i),
                        (void (*) (gpointer)) contra_output_spill, output);
      break;
    }
  return TRUE;
}

static void
json_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  ContraJsonReportSummary summary = {{0}, report->corroborations->len, report->n_claims};
  Held held = {report, options};

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (contra_writer_shows (options, finding))
        summary.counts[finding->severity]++;
    }
  write_report (report->claims, report->lint ? report : NULL, &summary, emit_held, &held, output);
}

/* ---- a report made in parts ------------------------------------------------------------ */

/* Items are rendered as the writer renders them inside their array (object members
 * two deep), comma first: contra_json_raw_item() takes the comma off the first. */
#define ITEM_DEPTH 2

void
contra_json_report_finding (GString *out, const ContraReport *report, const ContraFinding *finding)
{
  ContraJson json;

  contra_json_init_item (&json, out, TRUE, ITEM_DEPTH);
  write_finding (&json, report, finding);
}

void
contra_json_report_corroboration (GString *out, const ContraReport *report, const ContraCorroboration *c)
{
  ContraJson json;

  contra_json_init_item (&json, out, TRUE, ITEM_DEPTH);
  write_corroboration (&json, report, c);
}

void
contra_json_report_timeline (GString *out, const ContraReport *report, const ContraTimeline *timeline,
                             void (*after_entry) (gpointer), gpointer data)
{
  ContraJson json;

  contra_json_init_item (&json, out, TRUE, ITEM_DEPTH);
  write_timeline (&json, report, timeline, after_entry, data);
}

typedef struct {
  ContraJsonReportNext next;
  gpointer data;
} Parts;

static gboolean
emit_parts (ContraJsonReportSection section, ContraJson *json, ContraOutput *output, gpointer data)
{
  const Parts *parts = data;

  while (parts->next (section, json, output, parts->data))
    ;
  return TRUE;
}

void
contra_json_report_write_parts (const ContraClaimSet *set, const ContraJsonReportSummary *summary,
                                ContraJsonReportNext next, gpointer data, ContraOutput *output)
{
  Parts parts = {next, data};

  write_report (set, NULL, summary, emit_parts, &parts, output);
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

/* report-json.h — the JSON report in parts, for a report made a part at a time.
 *
 * `contra report --claims` reconciles the claims a component at a time
 * (cli/report-claims.c) and cannot hold the whole report: it renders each finding,
 * corroboration and timeline as it is made, keeps the rendered items aside, and
 * writes the report around them, in the order contra_report_sort() gives, at the
 * end. The items and the report around them are the bytes the json writer writes
 * for a report held whole (writer-json.c does both).
 */
#pragma once

#include <glib.h>

#include "output/json.h"
#include "output/output.h"
#include "reconcile/finding.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_JSON_REPORT_FINDINGS,
  CONTRA_JSON_REPORT_CORROBORATIONS,
  CONTRA_JSON_REPORT_TIMELINES,
} ContraJsonReportSection;

/* Append one item of a report's array to @out, as the writer writes it there, with
 * the comma before it (see contra_json_raw_item()). The claims are @report's. */
void contra_json_report_finding (GString *out, const ContraReport *report, const ContraFinding *finding);
void contra_json_report_corroboration (GString *out, const ContraReport *report, const ContraCorroboration *c);
/* A timeline may be long: @after_entry (may be NULL) is called with @data after each
 * of its entries, and may write out and empty @out meanwhile. */
void contra_json_report_timeline (GString *out, const ContraReport *report, const ContraTimeline *timeline,
                                  void (*after_entry) (gpointer), gpointer data);

/* What the report's summary counts: findings shown, by severity; corroborations;
 * claims checked. */
typedef struct {
  guint counts[4];
  guint n_corroborations;
  guint64 n_claims;
} ContraJsonReportSummary;

/* Writes the next item of @section, in report order and rendered as above, into
 * @json: its first piece through contra_json_raw_item(), the rest appended to
 * @json->out, spilling @output as it goes. FALSE when there is none left. */
typedef gboolean (*ContraJsonReportNext) (ContraJsonReportSection section, ContraJson *json, ContraOutput *output,
                                          gpointer data);

/* Writes a report (not lint's) of the sources of @set and the items @next gives. */
void contra_json_report_write_parts (const ContraClaimSet *set, const ContraJsonReportSummary *summary,
                                     ContraJsonReportNext next, gpointer data, ContraOutput *output);

G_END_DECLS

/* writer.h — one interface for every output format.
 *
 * Each format (text, json, markdown, sarif, github, html) is one file with one ContraWriter.
 * A writer renders a whole report (or the list of claims) into a ContraOutput, piece
 * by piece: it spills each finding or claim as it finishes it, so the output of a
 * large corpus streams out instead of building up in memory.
 */
#pragma once

#include <glib.h>

#include "extract/batch.h"
#include "output/output.h"
#include "reconcile/finding.h"

G_BEGIN_DECLS

typedef struct {
  gboolean color;               /* ANSI colours (a terminal, NO_COLOR unset) */
  gboolean verbose;             /* lint: list what the draft gets right, too */
  ContraSeverity min_severity;  /* findings below it are left out */
  GHashTable *texts;            /* path -> text of a draft, for carets under claims; may be NULL */
} ContraWriterOptions;

typedef struct {
  const char *name;
  const char *description;
  /* Renders a report (findings, corroborations, timelines). NULL: not supported. */
  void (*report) (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *out);
  /* Renders the claims themselves. NULL: not supported. */
  void (*claims) (const ContraClaimSet *claims, const ContraWriterOptions *options, ContraOutput *out);
} ContraWriter;

/* The writer for @name, or NULL. */
const ContraWriter *contra_writer_lookup (const char *name);

/* "text, json, jsonl, markdown, sarif, github, html": for help and error messages. Static. */
const char *contra_writer_names (void);

extern const ContraWriter contra_text_writer;
extern const ContraWriter contra_json_writer;
extern const ContraWriter contra_jsonl_writer;
extern const ContraWriter contra_markdown_writer;
extern const ContraWriter contra_sarif_writer;
extern const ContraWriter contra_github_writer;
extern const ContraWriter contra_html_writer;

/* Shared by the writers: does @finding pass the severity filter? */
gboolean contra_writer_shows (const ContraWriterOptions *options, const ContraFinding *finding);

G_END_DECLS

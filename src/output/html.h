/* html.h — what the pieces of the HTML report share (private to src/output).
 *
 * The page is written by writer-html.c (its frame, the summary, the findings, the
 * corroborated facts), html-source.c (each source's text with its claims marked, and
 * a claim's sentence with its value marked), html-timeline.c (timelines as inline
 * SVG) and html-assets.c (the one stylesheet and the one script, and the
 * Content-Security-Policy that allows those two and nothing else).
 *
 * Everything from the input goes through output/escape.h: contra_escape_html() for
 * element text, contra_escape_html_attribute() for attribute values (always written
 * between double quotes), contra_escape_html_url() for what goes into an href. Ids
 * and fragments built from a source id use its anchor (contra_html_anchor()), which
 * holds only [A-Za-z0-9_-].
 */
#pragma once

#include <glib.h>

#include "output/escape.h"
#include "output/writer.h"

G_BEGIN_DECLS

typedef struct {
  const ContraReport *report;
  const ContraWriterOptions *options;
  ContraOutput *output;
  GString *out;
  GPtrArray *shown;           /* const ContraFinding*: those shown, numbered from 1 */
  GHashTable *numbers;        /* ContraFinding* -> GUINT_TO_POINTER (number) */
  GHashTable *claim_findings; /* ContraClaim* -> GArray of guint: the findings it is in */
  char **anchors;             /* by source index: "src-003" */
  GPtrArray **by_source;      /* by source index: its claims (const ContraClaim*), in order */
  gboolean *cited;            /* by source index: a finding, timeline or fact cites it */
  gsize text_budget;          /* bytes of source text still shown in full */
} ContraHtmlPage;

/* Element text, attribute values and URL parts from the input; NULL writes nothing. */
static inline void
contra_html_text (ContraHtmlPage *page, const char *text)
{
  if (text != NULL)
    contra_escape_html (page->out, text, -1);
}

static inline void
contra_html_attribute (ContraHtmlPage *page, const char *text)
{
  if (text != NULL)
    contra_escape_html_attribute (page->out, text, -1);
}

/* "src-" and the source id with every byte but [A-Za-z0-9-] written as "_XX" (hex):
 * an id and a fragment that need no escaping, distinct for distinct ids. Free with
 * g_free(). */
char *contra_html_anchor (const char *id);

/* The date a claim is placed at on a timeline: its value when it is a date, else
 * the time it holds at (may be unset). */
ContraDate contra_html_claim_date (const ContraClaim *claim);

/* ---- html-source.c ---------------------------------------------------------------- */

/* The claim's sentence as a <blockquote>, its value in a <mark> where it can be
 * found in the sentence once; else the whole sentence is marked (class "whole"). */
void contra_html_quote (ContraHtmlPage *page, const ContraClaim *claim);

/* Called after each line of a source view is written (to put a draft's findings
 * under their line). */
typedef void (*ContraHtmlLineHook) (ContraHtmlPage *page, guint source, guint line, gpointer data);

/* The text of source @source as a <section id="src-ID">: its lines, each with the
 * id "src-ID-L<n>" and a link to itself, every claim of the source marked and the
 * claims of findings linked to their findings. The text is the document read back
 * (a draft's from the writer's texts): when it cannot be read, no longer matches its
 * claims' positions, or the page's text budget is spent, only the lines that hold
 * claims are shown, as their claims quote them, and the section says why. */
void contra_html_source_view (ContraHtmlPage *page, guint source, ContraHtmlLineHook hook, gpointer data);

/* ---- html-timeline.c -------------------------------------------------------------- */

typedef struct {
  const ContraClaim *claim;
  ContraDate date;    /* where it goes; unset marks are left out */
  const char *label;  /* a short label beside the mark ("A", "3!"); may be NULL */
  const char *what;   /* what it says, for the mark's tooltip; may be NULL */
  gboolean contested; /* drawn as disagreeing */
  guint group;        /* its side (colour) */
} ContraHtmlMark;

/* An inline <svg> timeline of @marks: one row per source, each claim at its date,
 * a day as a point and anything longer as a bar of its length, linked to its line
 * in the source view. @label names it for assistive technology. */
void contra_html_timeline (ContraHtmlPage *page, const char *label, const GArray *marks);

/* ---- html-assets.c ---------------------------------------------------------------- */

/* The page's stylesheet and script (constant), and the content of its
 * Content-Security-Policy meta tag, which allows those two by their SHA-256 hashes
 * and nothing else. Free the policy with g_free(). */
extern const char contra_html_style[];
extern const char contra_html_script[];
char *contra_html_policy (void);

G_END_DECLS

/* writer-html.c — the report as one page a desk reads in a browser, or prints.
 *
 * One self-contained file: the stylesheet and the script are inline and the page
 * fetches nothing (output/html-assets.c). From the top: the summary (sources, claims,
 * findings by kind and severity, facts corroborated) and the sources; then each
 * finding as a card, its claims side by side, one column per side of the
 * disagreement, each with its source and its sentence, the value marked, linked to
 * its line in the source's text further down; the timelines (output/html-timeline.c);
 * the corroborated facts; and each source's text with every claim marked
 * (output/html-source.c). For lint, the draft's text comes first, each finding under
 * the line it is about.
 *
 * Everything is written here, on the server side: the script only shows and hides
 * what is already on the page, so no document text ever passes through it. Every
 * string from a document, its front matter, the manifest or a rule is escaped for
 * where it goes (output/html.h), and the page's Content-Security-Policy refuses any
 * script or style but the page's own, should an escape ever be missed. The page is
 * the same on every run: no timestamp, findings in the report's order. */
#include "output/html.h"
#include "output/render.h"

#include <string.h>

#include "contra-config.h"

/* How many bytes of source text a page shows in full (html-source.c): the shipped
 * corpus needs 58 KB; a page past this is for searching, and shows only the lines
 * that hold claims. */
#define CONTRA_HTML_TEXT_BUDGET ((gsize) 2 << 20)

#define N_KINDS (CONTRA_FINDING_SUPPRESSION + 1)

static const char *const kind_labels[N_KINDS] = {
  "conflict", "discrepancy", "self-contradiction", "name variant", "change", "unused suppression",
};

char *
contra_html_anchor (const char *id)
{
  GString *anchor = g_string_new ("src-");

  for (const char *p = id; p != NULL && *p; p++)
    if (g_ascii_isalnum (*p) || *p == '-')
      g_string_append_c (anchor, *p);
    else
      g_string_append_printf (anchor, "_%02X", (guchar) *p);
  return g_string_free (anchor, FALSE);
}

ContraDate
contra_html_claim_date (const ContraClaim *claim)
{
  if (claim->value.type == CONTRA_VALUE_DATE && contra_date_is_set (&claim->value.u.date))
    return claim->value.u.date;
  return claim->time;
}

/* ---- the page's indexes ------------------------------------------------------------ */

static gint
compare_positions (gconstpointer a, gconstpointer b)
{
  const ContraClaim *x = *(const ContraClaim *const *) a, *y = *(const ContraClaim *const *) b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static void
cite (ContraHtmlPage *page, const ContraClaim *claim)
{
  page->cited[claim->source] = TRUE;
}

static void
page_init (ContraHtmlPage *page, const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  guint n_sources = report->claims->sources->len;

  page->report = report;
  page->options = options;
  page->output = output;
  page->out = output->buffer;
  page->shown = g_ptr_array_new ();
  page->numbers = g_hash_table_new (g_direct_hash, g_direct_equal);
  page->claim_findings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  page->anchors = g_new0 (char *, n_sources + 1);
  page->by_source = g_new0 (GPtrArray *, n_sources);
  page->cited = g_new0 (gboolean, n_sources);
  page->text_budget = CONTRA_HTML_TEXT_BUDGET;

  for (guint i = 0; i < n_sources; i++)
    {
      const ContraSource *source = g_ptr_array_index (report->claims->sources, i);
      page->anchors[i] = contra_html_anchor (source->id);
      page->by_source[i] = g_ptr_array_new ();
      page->cited[i] = source->is_draft;
    }
  for (guint i = 0; i < report->claims->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (report->claims->claims, i);
      g_ptr_array_add (page->by_source[claim->source], (gpointer) claim);
    }
  for (guint i = 0; i < n_sources; i++)
    g_ptr_array_sort (page->by_source[i], compare_positions);

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (!contra_writer_shows (options, finding))
        continue;
      g_ptr_array_add (page->shown, (gpointer) finding);
      guint number = page->shown->len;
      g_hash_table_insert (page->numbers, (gpointer) finding, GUINT_TO_POINTER (number));
      for (guint k = 0; k < finding->claims->len; k++)
        {
          const ContraClaim *claim = g_ptr_array_index (finding->claims, k);
          GArray *of = g_hash_table_lookup (page->claim_findings, claim);
          if (of == NULL)
            {
              of = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (page->claim_findings, (gpointer) claim, of);
            }
          g_array_append_val (of, number);
          cite (page, claim);
        }
    }
  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          for (guint k = 0; k < entry->claims->len; k++)
            cite (page, g_ptr_array_index (entry->claims, k));
        }
    }
  for (guint i = 0; i < report->corroborations->len; i++)
    {
      const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
      for (guint k = 0; k < c->claims->len; k++)
        cite (page, g_ptr_array_index (c->claims, k));
    }
}

static void
page_clear (ContraHtmlPage *page)
{
  guint n_sources = page->report->claims->sources->len;

  for (guint i = 0; i < n_sources; i++)
    g_ptr_array_unref (page->by_source[i]);
  g_free (page->by_source);
  g_strfreev (page->anchors);
  g_free (page->cited);
  g_hash_table_unref (page->claim_findings);
  g_hash_table_unref (page->numbers);
  g_ptr_array_unref (page->shown);
}

static const char *
source_anchor (ContraHtmlPage *page, const ContraClaim *claim)
{
  return page->anchors[claim->source];
}

static const ContraSource *
source_of (ContraHtmlPage *page, guint index)
{
  return g_ptr_array_index (page->report->claims->sources, index);
}

/* "003, line 11" linked to the line. */
static void
write_place_link (ContraHtmlPage *page, const ContraClaim *claim)
{
  g_string_append_printf (page->out, "<a href=\"#%s-L%u\">", source_anchor (page, claim), claim->line);
  contra_html_text (page, source_of (page, claim->source)->id);
  g_string_append_printf (page->out, ", line %u</a>", claim->line);
}

/* ---- the top: summary and sources -------------------------------------------------- */

static void
write_head (ContraHtmlPage *page, const guint counts[4])
{
  GString *out = page->out;
  const ContraReport *report = page->report;
  g_autofree char *policy = contra_html_policy ();

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  /* First in <head>, before anything it governs. */
  g_string_append_printf (out, "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", policy);
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"referrer\" content=\"no-referrer\">\n"
                        "<meta name=\"color-scheme\" content=\"light\">\n");
  g_string_append_printf (out, "<meta name=\"generator\" content=\"contra %s\">\n", CONTRA_VERSION);
  g_string_append_printf (out, "<title>contra %s: %u error%s, %u warning%s, %u note%s</title>\n",
                          report->lint ? "lint" : "report", counts[CONTRA_SEVERITY_ERROR],
                          counts[CONTRA_SEVERITY_ERROR] == 1 ? "" : "s", counts[CONTRA_SEVERITY_WARNING],
                          counts[CONTRA_SEVERITY_WARNING] == 1 ? "" : "s", counts[CONTRA_SEVERITY_NOTE],
                          counts[CONTRA_SEVERITY_NOTE] == 1 ? "" : "s");
  g_string_append_printf (out, "<style>%s</style>\n</head>\n", contra_html_style);
}

static void
write_toc (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;

  g_string_append (out, "<nav class=\"toc\" aria-label=\"Contents\"><ul><li><a href=\"#summary\">Summary</a></li>"
                        "<li><a href=\"#sources\">Sources</a></li>");
  if (report->lint)
    g_string_append (out, "<li><a href=\"#drafts\">The draft</a></li>");
  else
    g_string_append_printf (out, "<li><a href=\"#findings\">Findings (%u)</a></li>", page->shown->len);
  if (report->timelines->len > 0)
    g_string_append (out, "<li><a href=\"#timelines\">Timelines</a></li>");
  if (report->corroborations->len > 0 && (!report->lint || page->options->verbose))
    g_string_append (out, "<li><a href=\"#corroborated\">Corroborated</a></li>");
  g_string_append (out, "<li><a href=\"#texts\">Source texts</a></li></ul></nav>\n");
}

static void
write_summary (ContraHtmlPage *page, const guint counts[4])
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  guint by_kind[N_KINDS][4] = {{0}};
  guint n_sources = 0, n_drafts = 0;

  for (guint i = 0; i < report->claims->sources->len; i++)
    {
      if (source_of (page, i)->is_draft)
        n_drafts++;
      else
        n_sources++;
    }
  for (guint i = 0; i < page->shown->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (page->shown, i);
      by_kind[finding->kind][finding->severity]++;
    }

  g_string_append (out, "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n"
                        "<ul class=\"figures\">");
  if (n_drafts > 0)
    g_string_append_printf (out, "<li><strong>%u</strong>draft%s</li>", n_drafts, n_drafts == 1 ? "" : "s");
  g_string_append_printf (out,
                          "<li><strong>%u</strong>source%s</li><li><strong>%u</strong>claim%s</li>"
                          "<li><strong>%u</strong>finding%s</li>",
                          n_sources, n_sources == 1 ? "" : "s", (guint) report->n_claims,
                          report->n_claims == 1 ? "" : "s", page->shown->len,
                          page->shown->len == 1 ? "" : "s");
  g_string_append_printf (out, "<li><strong>%u</strong>fact%s corroborated</li></ul>\n", report->corroborations->len,
                          report->corroborations->len == 1 ? "" : "s");
  if (page->shown->len == 0)
    {
      g_string_append (out, "<p>No findings.</p>\n</section>\n");
      return;
    }
  g_string_append (out,
                   "<div class=\"table\"><table><caption>Findings by kind and severity</caption>\n"
                   "<thead><tr><th scope=\"col\">kind</th><th scope=\"col\">error</th>"
                   "<th scope=\"col\">warning</th><th scope=\"col\">note</th><th scope=\"col\">all</th></tr></thead>"
                   "\n<tbody>\n");
  for (guint k = 0; k < N_KINDS; k++)
    {
      guint all = by_kind[k][1] + by_kind[k][2] + by_kind[k][3];
      if (all == 0)
        continue;
      g_string_append_printf (out,
                              "<tr><th scope=\"row\">%s</th><td class=\"n\">%u</td><td class=\"n\">%u</td>"
                              "<td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n",
                              kind_labels[k], by_kind[k][CONTRA_SEVERITY_ERROR], by_kind[k][CONTRA_SEVERITY_WARNING],
                              by_kind[k][CONTRA_SEVERITY_NOTE], all);
    }
  g_string_append_printf (out,
                          "<tr><th scope=\"row\">all</th><td class=\"n\">%u</td><td class=\"n\">%u</td>"
                          "<td class=\"n\">%u</td><td class=\"n\">%u</td></tr>\n</tbody></table></div>\n</section>\n",
                          counts[CONTRA_SEVERITY_ERROR], counts[CONTRA_SEVERITY_WARNING], counts[CONTRA_SEVERITY_NOTE],
                          page->shown->len);
}

static void
write_sources (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;

  g_string_append (out, "<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n");
  if (report->lint)
    g_string_append (out, "<p>The drafts, and the sources that their findings cite.</p>\n");
  g_string_append (out, "<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">id</th><th scope=\"col\">title</th>"
                        "<th scope=\"col\">outlet</th><th scope=\"col\">author</th><th scope=\"col\">date</th>"
                        "<th scope=\"col\">claims</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < report->claims->sources->len; i++)
    {
      const ContraSource *source = source_of (page, i);
      if (report->lint && !page->cited[i])
        continue;
      g_string_append (out, "<tr><td>");
      if (page->cited[i])
        g_string_append_printf (out, "<a href=\"#%s\">", page->anchors[i]);
      contra_html_text (page, source->id);
      if (page->cited[i])
        g_string_append (out, "</a>");
      if (source->is_draft)
        g_string_append (out, " (draft)");
      g_string_append (out, "</td><td>");
      contra_html_text (page, source->title);
      g_string_append (out, "</td><td>");
      contra_html_text (page, source->outlet);
      g_string_append (out, "</td><td>");
      contra_html_text (page, source->author);
      g_string_append (out, "</td><td>");
      if (contra_date_is_set (&source->published))
        {
          g_autofree char *date = contra_date_describe (&source->published);
          g_string_append (out, date);
        }
      g_string_append_printf (out, "</td><td class=\"n\">%u</td></tr>\n", page->by_source[i]->len);
      contra_output_spill (page->output);
    }
  g_string_append (out, "</tbody></table></div>\n</section>\n");
}

/* ---- findings ------------------------------------------------------------------------ */

static const char *
badge (ContraSeverity severity)
{
  switch (severity)
    {
    case CONTRA_SEVERITY_ERROR:
      return "✖ error";
    case CONTRA_SEVERITY_WARNING:
      return "▲ warning";
    default:
      return "● note";
    }
}

/* @says: the claim's value is not its side's only one, so it is said under it. */
static void
write_claim (ContraHtmlPage *page, const ContraClaim *claim, gboolean says)
{
  const ContraSource *source = source_of (page, claim->source);
  GString *out = page->out;

  g_string_append_printf (out, "<figure class=\"claim\" data-source=\"");
  contra_html_attribute (page, source->id);
  g_string_append_printf (out, "\" data-line=\"%u\" data-column=\"%u\">\n<figcaption><a href=\"#%s\">", claim->line,
                          claim->column, source_anchor (page, claim));
  contra_html_text (page, source->id);
  g_string_append (out, "</a>");
  if (source->is_draft)
    g_string_append (out, " (the draft)");
  if (source->title != NULL)
    {
      g_string_append (out, " · <cite>");
      contra_html_text (page, source->title);
      g_string_append (out, "</cite>");
    }
  if (source->outlet != NULL)
    {
      g_string_append (out, " · ");
      contra_html_text (page, source->outlet);
    }
  if (contra_date_is_set (&source->published))
    {
      g_autofree char *date = contra_date_describe (&source->published);
      g_string_append_printf (out, " · %s", date);
    }
  if (claim->section_author != NULL)
    {
      g_string_append (out, " · a reader comment by ");
      contra_html_text (page, claim->section_author);
    }
  g_string_append_printf (out, " · <a href=\"#%s-L%u\">line %u:%u</a></figcaption>\n", source_anchor (page, claim),
                          claim->line, claim->line, claim->column);
  contra_html_quote (page, claim);
  g_string_append_c (out, '\n');
  if (says || claim->polarity == CONTRA_POLARITY_NEGATED || claim->modality != CONTRA_MODALITY_ASSERTED)
    {
      g_autofree char *value = contra_claim_describe (claim);
      g_string_append (out, "<p class=\"value\">Says: <strong>");
      contra_html_text (page, value);
      g_string_append (out, "</strong>");
      if (claim->polarity == CONTRA_POLARITY_NEGATED)
        g_string_append (out, " (denied)");
      if (claim->modality != CONTRA_MODALITY_ASSERTED)
        g_string_append_printf (out, " (%s)", contra_modality_name (claim->modality));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</figure>\n");
}

/* Is @claim dated by what it says (a date, an event's time), rather than only by
 * when its source was published (a list, a status "at present")? */
static gboolean
dated_by_text (ContraHtmlPage *page, const ContraClaim *claim)
{
  const ContraDate *published = &source_of (page, claim->source)->published;

  if (claim->value.type == CONTRA_VALUE_DATE)
    return contra_date_is_set (&claim->value.u.date);
  return contra_date_is_set (&claim->time)
         && (claim->time.first != published->first || claim->time.last != published->last);
}

/* A timeline in the card when a claim is dated by its text and the dates differ. */
static void
write_card_timeline (ContraHtmlPage *page, const ContraFinding *finding)
{
  g_autoptr (GArray) marks = g_array_new (FALSE, TRUE, sizeof (ContraHtmlMark));
  static const char *const letters[] = {"A", "B", "C", "D", "E", "F", "G", "H"};
  gboolean differ = FALSE, any_dated = FALSE;

  for (guint i = 0; i < finding->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (finding->claims, i);
      guint side = g_array_index (finding->sides, guint, i);
      ContraHtmlMark mark
        = {claim, contra_html_claim_date (claim), letters[side % G_N_ELEMENTS (letters)], NULL, FALSE, side};
      if (!contra_date_is_set (&mark.date))
        continue;
      any_dated = any_dated || dated_by_text (page, claim);
      if (marks->len > 0)
        {
          const ContraDate *first = &g_array_index (marks, ContraHtmlMark, 0).date;
          differ = differ || first->first != mark.date.first || first->last != mark.date.last;
        }
      g_array_append_val (marks, mark);
    }
  if (marks->len < 2 || !differ || !any_dated)
    return;
  g_string_append (page->out, "<div class=\"timeline\">");
  g_autofree char *label = g_strdup_printf ("the dates of finding %u's claims, one row per source",
                                            GPOINTER_TO_UINT (g_hash_table_lookup (page->numbers, finding)));
  contra_html_timeline (page, label, marks);
  g_string_append (page->out, "<p class=\"legend\">Each claim at its date, one row per source, lettered by side; "
                              "a dot is a day, a bar a longer period.</p></div>\n");
}

static void
write_card (ContraHtmlPage *page, const ContraFinding *finding)
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (page->numbers, finding));
  const char *severity = contra_severity_name (finding->severity);
  const char *rule = finding->rule ? finding->rule : "contra";
  static const char *const letters = "ABCDEFGH";

  g_string_append_printf (out,
                          "<article class=\"finding sev-%s\" id=\"f-%u\" tabindex=\"-1\" aria-labelledby=\"f-%u-m\" "
                          "data-severity=\"%s\" data-kind=\"%s\" data-rule=\"",
                          severity, number, number, severity, contra_finding_kind_name (finding->kind));
  contra_html_attribute (page, rule);
  g_string_append (out, "\" data-sources=\"");
  for (guint i = 0, n = 0; i < page->report->claims->sources->len; i++)
    {
      gboolean has = FALSE;
      for (guint k = 0; k < finding->claims->len && !has; k++)
        has = ((const ContraClaim *) g_ptr_array_index (finding->claims, k))->source == i;
      if (has)
        g_string_append_printf (out, "%s%s", n++ > 0 ? " " : "", page->anchors[i]);
    }
  g_string_append_printf (out, "\">\n<header><span class=\"badge\">%s</span> <span class=\"kind\">%s</span> <code>",
                          badge (finding->severity), kind_labels[finding->kind]);
  contra_html_text (page, rule);
  g_string_append (out, "</code>");
  /* A lint page has no headings by rule: the card names it. */
  if (report->lint && finding->rule != NULL)
    {
      g_string_append (out, " <span class=\"kind\">");
      contra_html_text (page, contra_render_rule_title (report, finding->rule));
      g_string_append (out, "</span>");
    }
  if (finding->claims->len == 0 && finding->path != NULL)
    g_string_append_printf (out, " <span>line %u:%u</span>", finding->line, finding->column);
  g_string_append_printf (out, " <a href=\"#f-%u\" aria-label=\"finding %u\">#%u</a></header>\n", number, number,
                          number);
  g_string_append_printf (out, "<p class=\"message\" id=\"f-%u-m\">", number);
  contra_html_text (page, finding->message);
  g_string_append (out, "</p>\n");

  if (finding->claims->len > 0)
    {
      guint n_sides = 0;
      for (guint i = 0; i < finding->sides->len; i++)
        n_sides = MAX (n_sides, g_array_index (finding->sides, guint, i) + 1);
      g_string_append (out, "<div class=\"sides\">\n");
      for (guint s = 0; s < n_sides; s++)
        {
          g_autoptr (GPtrArray) says = g_ptr_array_new_with_free_func (g_free);
          gboolean any = FALSE;
          for (guint i = 0; i < finding->claims->len; i++)
            {
              if (g_array_index (finding->sides, guint, i) != s)
                continue;
              any = TRUE;
              char *describe = contra_claim_describe (g_ptr_array_index (finding->claims, i));
              gboolean seen = FALSE;
              for (guint k = 0; k < says->len && !seen; k++)
                seen = g_str_equal (g_ptr_array_index (says, k), describe);
              if (seen)
                g_free (describe);
              else
                g_ptr_array_add (says, describe);
            }
          if (!any)
            continue;
          g_string_append_printf (out, "<div class=\"side s%u\"><h4>%c · ", s % 4, letters[s % 8]);
          for (guint k = 0; k < says->len; k++)
            {
              if (k > 0)
                g_string_append (out, " · ");
              contra_html_text (page, g_ptr_array_index (says, k));
            }
          g_string_append (out, "</h4>\n");
          for (guint i = 0; i < finding->claims->len; i++)
            if (g_array_index (finding->sides, guint, i) == s)
              write_claim (page, g_ptr_array_index (finding->claims, i), says->len > 1);
          g_string_append (out, "</div>\n");
        }
      g_string_append (out, "</div>\n");
      write_card_timeline (page, finding);
    }
  g_string_append (out, "</article>\n");
  contra_output_spill (page->output);
}

static void
write_filters (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  gboolean kinds[N_KINDS] = {FALSE};
  g_autoptr (GPtrArray) rules = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (page->shown->len == 0)
    return;
  for (guint i = 0; i < page->shown->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (page->shown, i);
      const char *rule = finding->rule ? finding->rule : "contra";
      kinds[finding->kind] = TRUE;
      if (g_hash_table_add (seen, (gpointer) rule))
        g_ptr_array_add (rules, (gpointer) rule);
    }

  /* Hidden until the script shows it: without the script it could do nothing. */
  g_string_append (out, "<form id=\"filters\" hidden aria-label=\"Filter the findings\">\n"
                        "<fieldset><legend>Severity</legend>");
  static const ContraSeverity severities[] = {CONTRA_SEVERITY_ERROR, CONTRA_SEVERITY_WARNING, CONTRA_SEVERITY_NOTE};
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    {
      const char *name = contra_severity_name (severities[i]);
      g_string_append_printf (out, "<label><input type=\"checkbox\" name=\"severity\" value=\"%s\" checked> %s</label>",
                              name, name);
    }
  g_string_append (out, "</fieldset>\n<fieldset><legend>Kind</legend>");
  for (guint k = 0; k < N_KINDS; k++)
    if (kinds[k])
      g_string_append_printf (out, "<label><input type=\"checkbox\" name=\"kind\" value=\"%s\" checked> %s</label>",
                              contra_finding_kind_name (k), kind_labels[k]);
  g_string_append (out, "</fieldset>\n<label>Rule <select name=\"rule\"><option value=\"\">all rules</option>");
  for (guint i = 0; i < rules->len; i++)
    {
      g_string_append (out, "<option value=\"");
      contra_html_attribute (page, g_ptr_array_index (rules, i));
      g_string_append (out, "\">");
      contra_html_text (page, g_ptr_array_index (rules, i));
      g_string_append (out, "</option>");
    }
  g_string_append (out,
                   "</select></label>\n<label>Source <select name=\"source\"><option value=\"\">all sources</option>");
  for (guint i = 0; i < report->claims->sources->len; i++)
    {
      gboolean in_finding = FALSE;
      for (guint k = 0; k < page->by_source[i]->len && !in_finding; k++)
        in_finding = g_hash_table_contains (page->claim_findings, g_ptr_array_index (page->by_source[i], k));
      if (!in_finding)
        continue;
      g_string_append_printf (out, "<option value=\"%s\">", page->anchors[i]);
      contra_html_text (page, source_of (page, i)->id);
      g_string_append (out, "</option>");
    }
  g_string_append_printf (out,
                          "</select></label>\n<label>Search <input type=\"search\" name=\"q\" "
                          "placeholder=\"words in a finding\"></label>\n<button type=\"reset\">Show all</button>\n"
                          "<p role=\"status\">Showing <span id=\"shown\">%u of %u</span> findings</p>\n</form>\n",
                          page->shown->len, page->shown->len);
}

static gboolean
shows (gconstpointer data, const ContraFinding *finding)
{
  return contra_writer_shows (data, finding);
}

static void
write_findings (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  g_autoptr (GPtrArray) groups = contra_render_by_rule (report, shows, page->options);

  g_string_append (out,
                   "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
  write_filters (page);
  if (groups->len == 0)
    g_string_append (out, "<p>The sources do not disagree on anything the rules read.</p>\n");
  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (groups, g);
      const ContraFinding *first = g_ptr_array_index (group, 0);
      g_string_append (out, "<section class=\"rule-group\">\n<h3>");
      contra_html_text (page, contra_render_rule_title (report, first->rule));
      g_string_append (out, " <code>");
      contra_html_text (page, first->rule ? first->rule : "contra");
      g_string_append (out, "</code></h3>\n");
      for (guint i = 0; i < group->len; i++)
        write_card (page, g_ptr_array_index (group, i));
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</section>\n");
}

/* ---- timelines and corroborations --------------------------------------------------- */

static void
write_timelines (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;

  if (report->timelines->len == 0)
    return;
  g_string_append (out, "<section id=\"timelines\" aria-labelledby=\"timelines-h\">\n"
                        "<h2 id=\"timelines-h\">Timelines</h2>\n"
                        "<p class=\"legend\">One row per source. A dot is a day; a bar is a longer period (a month, a "
                        "year), as long as it is. Numbers are the steps in the table below; <strong>!</strong> and a "
                        "dashed outline mark a step the sources disagree on. Each mark links to its line.</p>\n");
  for (guint i = 0; i < report->timelines->len; i++)
    {
      const ContraTimeline *timeline = g_ptr_array_index (report->timelines, i);
      g_autoptr (GArray) marks = g_array_new (FALSE, TRUE, sizeof (ContraHtmlMark));
      g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          char *label = g_strdup_printf ("%u%s", e + 1, entry->contested ? "!" : "");
          g_ptr_array_add (labels, label);
          for (guint k = 0; k < entry->claims->len; k++)
            {
              const ContraClaim *claim = g_ptr_array_index (entry->claims, k);
              ContraHtmlMark mark = {claim, contra_html_claim_date (claim), label, entry->label, entry->contested, 0};
              if (!contra_date_is_set (&mark.date))
                mark.date = entry->date;
              g_array_append_val (marks, mark);
            }
        }
      g_string_append_printf (out, "<section class=\"timeline\" aria-labelledby=\"t-%u-h\">\n<h3 id=\"t-%u-h\">", i + 1,
                              i + 1);
      contra_html_text (page, timeline->view->title);
      g_string_append (out, "</h3>\n");
      contra_html_timeline (page, timeline->view->title, marks);
      g_string_append (out, "<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">when"
                            "</th><th scope=\"col\">what</th><th scope=\"col\">sources</th></tr></thead>\n<tbody>\n");
      for (guint e = 0; e < timeline->entries->len; e++)
        {
          const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, e);
          g_autofree char *date = contra_date_describe (&entry->date);
          g_string_append_printf (out, "<tr><td class=\"n\">%u</td><td>%s</td><td>", e + 1, date);
          contra_html_text (page, entry->label);
          if (entry->contested)
            g_string_append (out, " <strong>! sources disagree</strong>");
          g_string_append (out, "</td><td>");
          for (guint k = 0; k < entry->claims->len; k++)
            {
              if (k > 0)
                g_string_append (out, "; ");
              write_place_link (page, g_ptr_array_index (entry->claims, k));
            }
          g_string_append (out, "</td></tr>\n");
          contra_output_spill (page->output);
        }
      g_string_append (out, "</tbody></table></div>\n</section>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
write_corroborations (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;

  if (report->corroborations->len == 0 || (report->lint && !page->options->verbose))
    return;
  g_string_append (out,
                   "<section id=\"corroborated\" aria-labelledby=\"corroborated-h\">\n"
                   "<h2 id=\"corroborated-h\">Corroborated</h2>\n<p>What independent sources agree on.</p>\n"
                   "<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">fact</th><th scope=\"col\">value</th>"
                   "<th scope=\"col\">sources</th><th scope=\"col\">where</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < report->corroborations->len; i++)
    {
      const ContraCorroboration *c = g_ptr_array_index (report->corroborations, i);
      g_string_append (out, "<tr><td>");
      contra_html_text (page, c->topic);
      g_string_append (out, "</td><td>");
      contra_html_text (page, c->text);
      g_string_append_printf (out, "</td><td class=\"n\">%u</td><td>", c->n_sources);
      for (guint k = 0; k < c->claims->len; k++)
        {
          if (k > 0)
            g_string_append (out, "; ");
          write_place_link (page, g_ptr_array_index (c->claims, k));
        }
      g_string_append (out, "</td></tr>\n");
      contra_output_spill (page->output);
    }
  g_string_append (out, "</tbody></table></div>\n</section>\n");
}

static void
write_texts (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;

  g_string_append (page->out,
                   "<section id=\"texts\" aria-labelledby=\"texts-h\">\n<h2 id=\"texts-h\">Source texts</h2>\n"
                   "<p class=\"legend\">Every claim the rules read is underlined; the claims of findings "
                   "are highlighted, and the arrows after a line lead to their findings.</p>\n");
  for (guint i = 0; i < report->claims->sources->len; i++)
    if (page->cited[i] && !source_of (page, i)->is_draft)
      contra_html_source_view (page, i, NULL, NULL);
  g_string_append (page->out, "</section>\n");
}

/* ---- lint: the draft, each finding under its line ------------------------------------- */

typedef struct {
  GHashTable *at; /* (source << 32 | line) -> GPtrArray of findings */
} DraftPlaces;

static gpointer
place_key (guint source, guint line)
{
  return GSIZE_TO_POINTER (((gsize) source << 32 | line) + 1);
}

static void
write_under_line (ContraHtmlPage *page, guint source, guint line, gpointer data)
{
  DraftPlaces *places = data;
  GPtrArray *findings = g_hash_table_lookup (places->at, place_key (source, line));

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    write_card (page, g_ptr_array_index (findings, i));
}

static void
write_drafts (ContraHtmlPage *page)
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  DraftPlaces places
    = {g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref)};
  g_autoptr (GPtrArray) unplaced = g_ptr_array_new ();

  for (guint i = 0; i < page->shown->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (page->shown, i);
      const ContraClaim *anchor = contra_render_anchor (report, finding);
      gint source = -1;
      guint line = 0;
      if (anchor != NULL && source_of (page, anchor->source)->is_draft)
        {
          source = (gint) anchor->source;
          line = anchor->line;
        }
      else if (anchor == NULL && finding->path != NULL)
        for (guint s = 0; s < report->claims->sources->len && source < 0; s++)
          if (source_of (page, s)->is_draft && g_strcmp0 (source_of (page, s)->path, finding->path) == 0)
            {
              source = (gint) s;
              line = finding->line;
            }
      if (source < 0)
        {
          g_ptr_array_add (unplaced, (gpointer) finding);
          continue;
        }
      GPtrArray *at = g_hash_table_lookup (places.at, place_key ((guint) source, line));
      if (at == NULL)
        {
          at = g_ptr_array_new ();
          g_hash_table_insert (places.at, place_key ((guint) source, line), at);
        }
      g_ptr_array_add (at, (gpointer) finding);
    }

  g_string_append (out, "<section id=\"drafts\" aria-labelledby=\"drafts-h\">\n<h2 id=\"drafts-h\">The draft</h2>\n"
                        "<p class=\"legend\">The draft's text, each finding under the line it is about, with the "
                        "sources' evidence beside the draft's own sentence.</p>\n");
  write_filters (page);
  for (guint i = 0; i < report->claims->sources->len; i++)
    if (source_of (page, i)->is_draft)
      contra_html_source_view (page, i, write_under_line, &places);
  if (unplaced->len > 0)
    {
      g_string_append (out, "<section class=\"rule-group\">\n<h3>Other findings</h3>\n");
      for (guint i = 0; i < unplaced->len; i++)
        write_card (page, g_ptr_array_index (unplaced, i));
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</section>\n");
  g_hash_table_unref (places.at);
}

/* ---- the page -------------------------------------------------------------------------- */

static void
html_report (const ContraReport *report, const ContraWriterOptions *options, ContraOutput *output)
{
  ContraWriterOptions defaults = {FALSE, FALSE, CONTRA_SEVERITY_NOTE, NULL};
  ContraHtmlPage page = {0};
  guint counts[4] = {0};

  page_init (&page, report, options ? options : &defaults, output);
  for (guint i = 0; i < page.shown->len; i++)
    counts[((const ContraFinding *) g_ptr_array_index (page.shown, i))->severity]++;

  write_head (&page, counts);
  GString *out = page.out;
  g_string_append (out, "<body>\n<a class=\"skip\" href=\"");
  g_string_append (out, report->lint ? "#drafts" : "#findings");
  g_string_append_printf (out, "\">Skip to the %s</a>\n<header>\n<h1>contra %s</h1>\n</header>\n",
                          report->lint ? "draft" : "findings", report->lint ? "lint" : "report");
  write_toc (&page);
  g_string_append (out, "<main>\n");
  write_summary (&page, counts);
  write_sources (&page);
  if (report->lint)
    write_drafts (&page);
  else
    write_findings (&page);
  write_timelines (&page);
  write_corroborations (&page);
  write_texts (&page);
  g_string_append_printf (out,
                          "</main>\n<footer><p class=\"legend\">Written by contra %s. This page is one file: "
                          "it loads nothing, and works offline and in print.</p></footer>\n",
                          CONTRA_VERSION);
  g_string_append_printf (out, "<script>%s</script>\n</body>\n</html>\n", contra_html_script);
  page_clear (&page);
}

const ContraWriter contra_html_writer = {
  "html",
  "one self-contained HTML page: evidence side by side, timelines, the sources' texts",
  html_report,
  NULL,
};

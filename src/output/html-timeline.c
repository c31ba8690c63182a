/* html-timeline.c — claims on a time axis, as inline SVG.
 *
 * One row per source, in source order; each claim at its own date, drawn with the
 * precision it was stated with: a day is a point, anything longer (a week, a month, a
 * year, a decade) a bar as long as the interval, so that "2007" next to "December
 * 2006" shows at a glance that the two do not overlap. A mark can carry a short label
 * (a side's letter, an entry's number, "!" for a step the sources disagree on), and a
 * tooltip (<title>) saying what it is; a contested mark is also drawn with a thick
 * dashed outline, so nothing depends on telling colours apart. Each mark links to its
 * line in the source view.
 *
 * The drawing is in a fixed coordinate space (viewBox) that the stylesheet scales to
 * the page's width; only numbers and escaped text go into it, no style attribute
 * (the page's policy allows none). */
#include "output/html.h"

#define WIDTH 800.0
#define LEFT 70.0 /* the row labels */
#define RIGHT 785.0
#define TOP 30.0 /* the axis labels */
#define ROW 30.0
#define BAR 10.0

static double
x_of (gint32 julian, gint32 from, gint32 to)
{
  return LEFT + (RIGHT - LEFT) * (double) (julian - from) / (double) MAX (to - from, 1);
}

static gint32
julian_of (int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, (GDateYear) CLAMP (year, 1, 9999));
  return (gint32) g_date_get_julian (&date);
}

/* A step between year ticks that leaves about ten of them. */
static int
year_step (int years)
{
  static const int steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (years / steps[i] <= 10)
      return steps[i];
  return 1000;
}

static gint
compare_guint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

void
contra_html_timeline (ContraHtmlPage *page, const char *label, const GArray *marks)
{
  const ContraReport *report = page->report;
  GString *out = page->out;
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) row_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint32 from = G_MAXINT32, to = G_MININT32;

  for (guint i = 0; i < marks->len; i++)
    {
      const ContraHtmlMark *mark = &g_array_index (marks, ContraHtmlMark, i);
      if (!contra_date_is_set (&mark->date))
        continue;
      from = MIN (from, mark->date.first);
      to = MAX (to, mark->date.last + 1);
      if (!g_hash_table_contains (row_of, GUINT_TO_POINTER (mark->claim->source + 1)))
        {
          g_hash_table_insert (row_of, GUINT_TO_POINTER (mark->claim->source + 1), NULL);
          g_array_append_val (rows, mark->claim->source);
        }
    }
  if (rows->len == 0)
    return;
  g_array_sort (rows, compare_guint);
  for (guint r = 0; r < rows->len; r++)
    g_hash_table_insert (row_of, GUINT_TO_POINTER (g_array_index (rows, guint, r) + 1), GUINT_TO_POINTER (r));

  /* Whole years around the marks, a little room on each side. */
  GDate first, last;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, (guint32) from);
  g_date_set_julian (&last, (guint32) MAX (to - 1, from));
  int y0 = g_date_get_year (&first), y1 = g_date_get_year (&last) + 1;
  from = julian_of (y0);
  to = julian_of (y1);
  gint32 pad = MAX ((to - from) / 50, 15);
  from -= pad;
  to += pad;

  double height = TOP + ROW * rows->len + 8;
  g_string_append_printf (out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"group\" aria-label=\"", WIDTH, height);
  contra_html_attribute (page, label);
  g_string_append (out, "\">");

  int step = year_step (y1 - y0);
  for (int y = y0 - y0 % step; y <= y1; y += step)
    {
      double x = x_of (julian_of (y), from, to);
      if (x < LEFT || x > RIGHT)
        continue;
      g_string_append_printf (out,
                              "<line class=\"axis\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\"/>"
                              "<text class=\"tick\" x=\"%.1f\" y=\"14\" text-anchor=\"middle\">%d</text>",
                              x, TOP - 10, x, height - 4, x, y);
    }
  for (guint r = 0; r < rows->len; r++)
    {
      const ContraSource *source = g_ptr_array_index (report->claims->sources, g_array_index (rows, guint, r));
      double y = TOP + ROW * r + ROW / 2;
      g_string_append_printf (out, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>", LEFT, y,
                              RIGHT, y);
      g_string_append_printf (out, "<text x=\"4\" y=\"%.1f\"><title>", y + 4);
      contra_html_text (page, source->title ? source->title : source->path);
      g_string_append (out, "</title>");
      /* A long id is cut: the tooltip and the table beside say it whole. */
      g_autofree char *id = contra_escape_utf8_dup (source->id);
      if (g_utf8_strlen (id, -1) > 9)
        {
          g_autofree char *cut = g_utf8_substring (id, 0, 8);
          contra_html_text (page, cut);
          g_string_append (out, "…");
        }
      else
        contra_html_text (page, id);
      g_string_append (out, "</text>");
    }

  for (guint i = 0; i < marks->len; i++)
    {
      const ContraHtmlMark *mark = &g_array_index (marks, ContraHtmlMark, i);
      if (!contra_date_is_set (&mark->date))
        continue;
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, GUINT_TO_POINTER (mark->claim->source + 1)));
      double y = TOP + ROW * r + ROW / 2;
      double x0 = x_of (mark->date.first, from, to), x1 = x_of (mark->date.last + 1, from, to);
      const ContraSource *source = g_ptr_array_index (report->claims->sources, mark->claim->source);
      g_autofree char *when = contra_date_describe (&mark->date);

      g_string_append_printf (out, "<a href=\"#%s-L%u\">", page->anchors[mark->claim->source], mark->claim->line);
      g_string_append (out, "<title>");
      contra_html_text (page, source->id);
      g_string_append_printf (out, ", line %u: %s", mark->claim->line, when);
      if (mark->what != NULL)
        {
          g_string_append (out, " — ");
          contra_html_text (page, mark->what);
        }
      if (mark->contested)
        g_string_append (out, " (sources disagree)");
      g_string_append (out, "</title>");
      const char *classes = mark->contested ? " x" : "";
      if (mark->date.grain == CONTRA_GRAIN_DAY)
        g_string_append_printf (out, "<circle class=\"m g%u%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", mark->group % 4,
                                classes, (x0 + x1) / 2, y);
      else
        g_string_append_printf (out, "<rect class=\"m g%u%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.0f\"/>",
                                mark->group % 4, classes, x0, y - BAR / 2, MAX (x1 - x0, 3.0), BAR);
      if (mark->label != NULL)
        {
          g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", (x0 + x1) / 2,
                                  y - BAR / 2 - 2);
          contra_html_text (page, mark->label);
          g_string_append (out, "</text>");
        }
      g_string_append (out, "</a>");
    }
  g_string_append (out, "</svg>\n");
}

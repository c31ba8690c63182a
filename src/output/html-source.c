/* html-source.c — a source's text on the page, with its claims marked; a claim's
 * sentence, with its value marked.
 *
 * Where the text comes from. A claim keeps its sentence (a quote, in the text store)
 * and its byte span in the document, but the documents themselves are freed as soon
 * as their claims are taken, so that a large corpus never sits in memory. The page
 * reads each source's file again when it writes that source's view, one at a time,
 * with the same reader that extraction used (text/document.h): the same decoding
 * gives the same offsets, so every claim's span can be marked where it is. A draft
 * under lint may have come from standard input; its text is the one the writer is
 * given (ContraWriterOptions.texts). The text is shown in full only when it is
 * certainly the one the claims were read from: every claim's line and column,
 * computed again from its offset, must be the ones it carries. Otherwise (the file
 * is gone, as in a report built from claims files on another machine, or it was
 * edited since), and once the page has shown CONTRA_HTML_TEXT_BUDGET bytes of source
 * text, a source shows only the lines that hold its claims, as the claims quote
 * them, and says why.
 *
 * Where a value is. A claim's value is looked for as written (ContraValue.text):
 * within the claim's span in a source view, within the quote in a card. It is marked
 * only where it occurs exactly once; a value not written as such ("US guided missile
 * destroyer" for "the United States guided missile destroyer") or written twice
 * leaves the span marked in a source view, and the whole sentence in a card. */
#include "output/html.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "text/document.h"
#include "text/lines.h"

/* How many characters of a sentence a card shows around the value. */
#define QUOTE_WIDTH 600

/* The only occurrence of @needle in @haystack[0, @length), or NULL when there is
 * none or more than one. */
static const char *
find_once (const char *haystack, gsize length, const char *needle)
{
  gsize n = needle != NULL ? strlen (needle) : 0;
  const char *found = NULL;

  if (n == 0 || n > length)
    return NULL;
  for (const char *p = haystack; p + n <= haystack + length; p++)
    {
      p = memchr (p, needle[0], (gsize) (haystack + length - p));
      if (p == NULL || p + n > haystack + length)
        break;
      if (memcmp (p, needle, n) != 0)
        continue;
      if (found != NULL)
        return NULL;
      found = p;
    }
  return found;
}

void
contra_html_quote (ContraHtmlPage *page, const ContraClaim *claim)
{
  GString *out = page->out;
  g_autofree char *raw = contra_claim_quote (claim);
  g_autofree char *quote = contra_escape_utf8_dup (raw);
  g_autofree char *value = contra_escape_utf8_dup (claim->value.text);
  gsize length = strlen (quote);
  const char *at = find_once (quote, length, value);
  const char *from = quote, *to = quote + length;
  glong total = g_utf8_strlen (quote, -1);

  if (at == NULL)
    {
      g_string_append (out, "<blockquote class=\"whole\"><p>");
      if (total > QUOTE_WIDTH)
        to = g_utf8_offset_to_pointer (quote, QUOTE_WIDTH - 1);
      contra_escape_html (out, quote, to - quote);
      if (*to != '\0')
        g_string_append (out, "…");
      g_string_append (out, "</p></blockquote>");
      return;
    }
  gsize mark = strlen (value);
  if (total > QUOTE_WIDTH)
    {
      /* About half the width on each side of the value. */
      glong half = QUOTE_WIDTH / 2;
      glong before = g_utf8_pointer_to_offset (quote, at);
      glong after = g_utf8_pointer_to_offset (quote, at + mark);
      if (before > half)
        from = g_utf8_offset_to_pointer (quote, before - half);
      if (total - after > half)
        to = g_utf8_offset_to_pointer (quote, after + half);
    }
  g_string_append (out, "<blockquote><p>");
  if (from > quote)
    g_string_append (out, "…");
  contra_escape_html (out, from, at - from);
  g_string_append (out, "<mark>");
  contra_escape_html (out, at, (gssize) mark);
  g_string_append (out, "</mark>");
  contra_escape_html (out, at + mark, to - (at + mark));
  if (*to != '\0')
    g_string_append (out, "…");
  g_string_append (out, "</p></blockquote>");
}

/* ---- marks over a text -------------------------------------------------------------- */

/* A claim's mark starts (+1) or ends (-1) at an offset. */
typedef struct {
  gsize offset;
  gint delta;
  gboolean hit; /* the claim is in a finding */
} Event;

static gint
compare_events (gconstpointer a, gconstpointer b)
{
  const Event *x = a, *y = b;
  if (x->offset != y->offset)
    return x->offset < y->offset ? -1 : 1;
  /* Ends before starts: two marks that touch stay two. */
  return x->delta - y->delta;
}

typedef struct {
  GArray *events; /* Event, sorted */
  guint next;     /* the first event not applied */
  gint active;    /* marks open */
  gint hits;      /* of which claims in findings */
} Marker;

static void
marker_add (Marker *marker, gsize start, gsize end, gboolean hit)
{
  if (end <= start)
    return;
  Event open = {start, +1, hit}, close = {end, -1, hit};
  g_array_append_val (marker->events, open);
  g_array_append_val (marker->events, close);
}

static void
marker_apply (Marker *marker, gsize upto)
{
  while (marker->next < marker->events->len)
    {
      const Event *event = &g_array_index (marker->events, Event, marker->next);
      if (event->offset > upto)
        break;
      marker->active += event->delta;
      if (event->hit)
        marker->hits += event->delta;
      marker->next++;
    }
}

/* Writes @text[@from, @to) with the marks open over it; the marker moves to @to. */
static void
marker_write (Marker *marker, GString *out, const char *text, gsize from, gsize to)
{
  gsize pos = from;

  marker_apply (marker, pos);
  while (pos < to)
    {
      gsize next = to;
      if (marker->next < marker->events->len)
        next = MIN (next, g_array_index (marker->events, Event, marker->next).offset);
      if (next > pos)
        {
          if (marker->active > 0)
            g_string_append (out, marker->hits > 0 ? "<mark>" : "<mark class=\"c\">");
          contra_escape_html (out, text + pos, (gssize) (next - pos));
          if (marker->active > 0)
            g_string_append (out, "</mark>");
        }
      pos = next;
      marker_apply (marker, pos);
    }
}

/* The span to mark for @claim in @text: its value where it occurs once in the
 * claim's span, else the span. */
static void
value_span (const ContraClaim *claim, const char *text, gsize *start, gsize *end)
{
  const char *at = find_once (text + claim->start, claim->end - claim->start, claim->value.text);

  *start = at != NULL ? (gsize) (at - text) : claim->start;
  *end = at != NULL ? *start + strlen (claim->value.text) : claim->end;
}

/* ---- a source view -------------------------------------------------------------------- */

static gboolean
in_finding (ContraHtmlPage *page, const ContraClaim *claim)
{
  return g_hash_table_contains (page->claim_findings, claim);
}

/* " → #3 #5": links to the findings of the claims that start on @line. */
static void
write_refs (ContraHtmlPage *page, GPtrArray *claims, guint *next, guint line)
{
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  for (; *next < claims->len; (*next)++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, *next);
      if (claim->line > line)
        break;
      GArray *of = g_hash_table_lookup (page->claim_findings, claim);
      for (guint i = 0; of != NULL && i < of->len; i++)
        {
          guint n = g_array_index (of, guint, i), k;
          for (k = 0; k < numbers->len && g_array_index (numbers, guint, k) != n; k++)
            ;
          if (k == numbers->len)
            g_array_append_val (numbers, n);
        }
    }
  if (numbers->len == 0)
    return;
  g_string_append (page->out, " <span class=\"refs\">→");
  for (guint k = 0; k < numbers->len; k++)
    g_string_append_printf (page->out, " <a href=\"#f-%u\">#%u</a>", g_array_index (numbers, guint, k),
                            g_array_index (numbers, guint, k));
  g_string_append (page->out, "</span>");
}

static void
open_line (ContraHtmlPage *page, guint source, guint line)
{
  const char *anchor = page->anchors[source];
  g_string_append_printf (page->out,
                          "<div class=\"line\" id=\"%s-L%u\"><a class=\"ln\" href=\"#%s-L%u\" "
                          "aria-label=\"line %u\">%u</a><span>",
                          anchor, line, anchor, line, line, line);
}

/* The text of @source, or NULL with the reason in @why. */
static char *
read_back (ContraHtmlPage *page, const ContraSource *source, GPtrArray *claims, gsize *length, char **why)
{
  const char *given
    = page->options && page->options->texts ? g_hash_table_lookup (page->options->texts, source->path) : NULL;
  g_autofree char *text = NULL;

  if (given != NULL)
    {
      text = g_strdup (given);
      *length = strlen (given);
    }
  else
    {
      GStatBuf st;
      if (g_stat (source->path, &st) == 0 && S_ISREG (st.st_mode) && (gsize) st.st_size > page->text_budget)
        {
          *why = g_strdup ("the page already shows as much source text as it holds");
          return NULL;
        }
      g_autoptr (GError) error = NULL;
      g_autoptr (ContraDocument) document = contra_document_load_regular (source->path, &error);
      if (document == NULL)
        {
          *why = g_strdup_printf ("its file could not be read again (%s)", error->message);
          return NULL;
        }
      *length = document->length;
      text = g_steal_pointer (&document->text);
    }
  if (*length > page->text_budget)
    {
      *why = g_strdup ("the page already shows as much source text as it holds");
      return NULL;
    }

  /* The text the claims were read from, or another? */
  g_autoptr (ContraLineIndex) lines = contra_line_index_new (text, *length);
  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, i);
      guint line = 0, column = 0;
      if (claim->end <= *length && claim->start <= claim->end)
        contra_line_index_position (lines, claim->start, &line, &column);
      if (line != claim->line || column != claim->column)
        {
          *why = g_strdup ("its file has changed since its claims were read");
          return NULL;
        }
    }
  page->text_budget -= *length;
  return g_steal_pointer (&text);
}

static void
write_full (ContraHtmlPage *page, guint source, GPtrArray *claims, const char *text, gsize length,
            ContraHtmlLineHook hook, gpointer data)
{
  g_autoptr (ContraLineIndex) lines = contra_line_index_new (text, length);
  Marker marker = {g_array_new (FALSE, FALSE, sizeof (Event)), 0, 0, 0};
  guint next_ref = 0;

  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, i);
      gsize start, end;
      value_span (claim, text, &start, &end);
      marker_add (&marker, start, end, in_finding (page, claim));
    }
  g_array_sort (marker.events, compare_events);

  g_string_append (page->out, "<div class=\"text\">\n");
  guint n = contra_line_index_count (lines);
  for (guint line = 1; line <= n; line++)
    {
      open_line (page, source, line);
      marker_write (&marker, page->out, text, contra_line_index_line_start (lines, line),
                    contra_line_index_line_end (lines, line));
      write_refs (page, claims, &next_ref, line);
      g_string_append (page->out, "</span></div>\n");
      if (hook != NULL)
        hook (page, source, line, data);
      contra_output_spill (page->output);
    }
  g_string_append (page->out, "</div>\n");
  g_array_unref (marker.events);
}

/* Only the lines that hold claims, each as its claims quote it. */
static void
write_quoted (ContraHtmlPage *page, guint source, GPtrArray *claims, ContraHtmlLineHook hook, gpointer data)
{
  guint next_ref = 0, last_line = 0;

  g_string_append (page->out, "<div class=\"text\">\n");
  for (guint i = 0; i < claims->len;)
    {
      const ContraClaim *first = g_ptr_array_index (claims, i);
      guint line = first->line, end = i;
      while (end < claims->len && ((const ContraClaim *) g_ptr_array_index (claims, end))->line == line)
        end++;
      if (line > last_line + 1)
        g_string_append (page->out, "<div class=\"gap\" aria-hidden=\"true\">⋯</div>\n");
      open_line (page, source, line);
      /* Each sentence once, with the values of its claims on this line marked. */
      for (guint k = i; k < end; k++)
        {
          const ContraClaim *claim = g_ptr_array_index (claims, k);
          gboolean seen = FALSE;
          for (guint j = i; j < k && !seen; j++)
            seen = ((const ContraClaim *) g_ptr_array_index (claims, j))->quote == claim->quote;
          if (seen)
            continue;
          g_autofree char *raw = contra_claim_quote (claim);
          g_autofree char *quote = contra_escape_utf8_dup (raw);
          gsize length = strlen (quote);
          Marker marker = {g_array_new (FALSE, FALSE, sizeof (Event)), 0, 0, 0};
          for (guint j = k; j < end; j++)
            {
              const ContraClaim *other = g_ptr_array_index (claims, j);
              g_autofree char *value = contra_escape_utf8_dup (other->value.text);
              const char *at = other->quote == claim->quote ? find_once (quote, length, value) : NULL;
              if (at != NULL)
                marker_add (&marker, (gsize) (at - quote), (gsize) (at - quote) + strlen (value),
                            in_finding (page, other));
            }
          g_array_sort (marker.events, compare_events);
          if (k > i)
            g_string_append (page->out, " … ");
          marker_write (&marker, page->out, quote, 0, length);
          g_array_unref (marker.events);
        }
      write_refs (page, claims, &next_ref, line);
      g_string_append (page->out, "</span></div>\n");
      if (hook != NULL)
        hook (page, source, line, data);
      contra_output_spill (page->output);
      last_line = line;
      i = end;
    }
  g_string_append (page->out, "</div>\n");
}

void
contra_html_source_view (ContraHtmlPage *page, guint source, ContraHtmlLineHook hook, gpointer data)
{
  const ContraSource *src = g_ptr_array_index (page->report->claims->sources, source);
  GPtrArray *claims = page->by_source[source];
  GString *out = page->out;
  g_autofree char *why = NULL;
  gsize length = 0;
  g_autofree char *text = read_back (page, src, claims, &length, &why);

  g_string_append_printf (out, "<section class=\"source\" id=\"%s\" aria-labelledby=\"%s-h\">\n", page->anchors[source],
                          page->anchors[source]);
  g_string_append_printf (out, "<h3 id=\"%s-h\">", page->anchors[source]);
  contra_html_text (page, src->id);
  if (src->is_draft)
    g_string_append (out, " (draft)");
  if (src->title != NULL)
    {
      g_string_append (out, " · ");
      contra_html_text (page, src->title);
    }
  g_string_append (out, "</h3>\n<p class=\"meta\">");
  if (src->outlet != NULL)
    {
      contra_html_text (page, src->outlet);
      g_string_append (out, " · ");
    }
  if (src->author != NULL)
    {
      contra_html_text (page, src->author);
      g_string_append (out, " · ");
    }
  if (contra_date_is_set (&src->published))
    {
      g_autofree char *date = contra_date_describe (&src->published);
      g_string_append_printf (out, "%s · ", date);
    }
  g_string_append (out, "<code>");
  contra_html_text (page, src->path);
  g_string_append_printf (out, "</code> · %u claim%s</p>\n", claims->len, claims->len == 1 ? "" : "s");
  if (text != NULL)
    write_full (page, source, claims, text, length, hook, data);
  else
    {
      g_string_append (out,
                       "<p class=\"legend\">Only the lines that hold claims are shown, as the claims quote them: ");
      contra_html_text (page, why);
      g_string_append (out, ".</p>\n");
      write_quoted (page, source, claims, hook, data);
    }
  g_string_append (out, "</section>\n");
}

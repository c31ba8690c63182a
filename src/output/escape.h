/* escape.h — text from the input, made safe for the place a writer puts it.
 *
 * Whatever a writer prints that it did not write itself (a quote, a path, a title, a
 * message, a rule id, a label) may hold any bytes: a file name need not be UTF-8, a
 * text cut at a byte limit can end inside a character, and a document or a rule file
 * can hold ESC and other controls that would drive the terminal showing the report.
 * Each place has one function here, and every writer goes through it:
 *
 *   JSON strings                 contra_json_escape() (json.c)
 *   a line of text (a terminal)  contra_escape_line()
 *   Markdown text, code spans    contra_escape_markdown(), contra_escape_markdown_code()
 *   GitHub workflow commands     contra_escape_github()
 *   HTML element text            contra_escape_html()
 *   HTML attribute values        contra_escape_html_attribute()
 *   a URL in an HTML attribute   contra_escape_html_url()
 *
 * All of them read text the same way, with contra_escape_next(): a byte that does not
 * begin a valid UTF-8 sequence (an overlong form, a surrogate encoded as UTF-8, a code
 * point past U+10FFFF, a sequence cut short) is read alone and written as U+FFFD, one
 * per byte, as the document decoder does (text/utf8.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What contra_escape_next() returns for a byte that is not UTF-8. */
#define CONTRA_ESCAPE_INVALID ((gunichar) -1)

/* "\xEF\xBF\xBD": what an invalid byte becomes. */
#define CONTRA_ESCAPE_REPLACEMENT "\xEF\xBF\xBD"

/* The character at *@p (before @end), moving *@p past it; a byte that does not begin
 * a valid UTF-8 sequence is read alone, as CONTRA_ESCAPE_INVALID. */
static inline gunichar
contra_escape_next (const char **p, const char *end)
{
  guchar b = (guchar) (*p)[0];

  if (b < 0x80)
    {
      (*p)++;
      return b;
    }
  gunichar c = g_utf8_get_char_validated (*p, end - *p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      (*p)++;
      return CONTRA_ESCAPE_INVALID;
    }
  *p = g_utf8_next_char (*p);
  return c;
}

/* The escapers that keep text text take its length (-1: up to its NUL). */
typedef void (*ContraEscapeFunc) (GString *out, const char *text, gssize length);

/* @text as valid UTF-8, nothing else changed. */
void contra_escape_utf8 (GString *out, const char *text, gssize length);

/* The same, as a new string (NULL for NULL). Free with g_free(). */
char *contra_escape_utf8_dup (const char *text);

/* @text on one line of a terminal or a log: valid UTF-8; a line break (CR, LF, NEL,
 * U+2028, U+2029) becomes a space; any other control character but the tab is shown
 * as its picture (ESC as U+241B "␛", DEL as "␡"), or as U+FFFD for the C1 controls,
 * which have none. Every character stays one character, so columns counted in the
 * input still point at the same place. */
void contra_escape_line (GString *out, const char *text, gssize length);

/* @text in a Markdown paragraph, heading or table cell: as contra_escape_line(), and
 * the characters that would make markup (\ ` * _ [ ] < > | ~ & $) escaped with a
 * backslash, so that a quote cannot add a link, an image, HTML or a table column. */
void contra_escape_markdown (GString *out, const char *text, gssize length);

/* @text as a whole Markdown code span, backticks included: fenced with one backtick
 * more than the longest run inside, as CommonMark lets a span hold backticks. */
void contra_escape_markdown_code (GString *out, const char *text);

/* @text as the data (@property FALSE) or a property value (TRUE) of a GitHub Actions
 * workflow command: as contra_escape_line(), with '%', CR and LF percent-encoded as the
 * runner expects (a line break stays one in an annotation), and ':' and ',' too in a
 * property. */
void contra_escape_github (GString *out, const char *text, gboolean property);

/* @text as HTML element text (also in <title> and in SVG <text>): as
 * contra_escape_line(), with '&', '<' and '>' written as character references, and
 * the noncharacters (U+FDD0 to U+FDEF, U+xFFFE, U+xFFFF), which an HTML parser reports
 * as errors, as U+FFFD. Text from the input can add no element, comment or reference. */
void contra_escape_html (GString *out, const char *text, gssize length);

/* @text as an HTML attribute value, between double or single quotes: as
 * contra_escape_html(), and '"' and '\'' as references too, so that the text cannot
 * close the value and add an attribute (an event handler) of its own. */
void contra_escape_html_attribute (GString *out, const char *text, gssize length);

/* @text as a part of a URL in an href (a path or a fragment): every byte but the
 * unreserved characters of RFC 3986 (letters, digits, '-', '.', '_', '~') and '/'
 * percent-encoded, each invalid byte as U+FFFD's three. Nothing is left that could
 * name a scheme (no ':'), start a fragment or query, or leave the attribute, so text
 * like "javascript:alert(1)" stays a relative reference. */
void contra_escape_html_url (GString *out, const char *text, gssize length);

G_END_DECLS

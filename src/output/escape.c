/* escape.c — one escaper per place a writer puts text from the input. */
#include "output/escape.h"

#include <string.h>

static const char *
end_of (const char *text, gssize length)
{
  return text + (length < 0 ? strlen (text) : (gsize) length);
}

void
contra_escape_utf8 (GString *out, const char *text, gssize length)
{
  const char *end = end_of (text, length);
  const char *valid_end;

  /* Runs of valid text go in whole; glib stops at the first bad byte. */
  while (!g_utf8_validate_len (text, end - text, &valid_end))
    {
      g_string_append_len (out, text, valid_end - text);
      g_string_append (out, CONTRA_ESCAPE_REPLACEMENT);
      text = valid_end + 1;
    }
  g_string_append_len (out, text, end - text);
}

char *
contra_escape_utf8_dup (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  GString *out = g_string_new (NULL);
  contra_escape_utf8 (out, text, -1);
  return g_string_free (out, FALSE);
}

/* The picture of a C0 control or DEL (U+2400 to U+2421), or U+FFFD. */
static void
append_picture (GString *out, gunichar c)
{
  if (c < 0x20)
    g_string_append_unichar (out, 0x2400 + c);
  else if (c == 0x7F)
    g_string_append_unichar (out, 0x2421);
  else
    g_string_append (out, CONTRA_ESCAPE_REPLACEMENT);
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Anything a line of text cannot show as it is. */
static gboolean
is_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029 || c == CONTRA_ESCAPE_INVALID;
}

/* What the line escaper writes for a character is_control() turned down. */
static void
append_for_line (GString *out, gunichar c)
{
  if (c == '\t')
    g_string_append_c (out, '\t');
  else if (is_line_break (c))
    g_string_append_c (out, ' ');
  else
    append_picture (out, c);
}

/* The loop the text escapers share: characters that @special() does not ask for are
 * copied in runs; the others, and invalid bytes, go through @special. */
static void
escape_with (GString *out, const char *text, gssize length, gboolean (*special) (gunichar),
             void (*write) (GString *, gunichar))
{
  const char *end = end_of (text, length);
  const char *run = text, *p = text;

  while (p < end)
    {
      const char *at = p;
      gunichar c = contra_escape_next (&p, end);
      if (!special (c))
        continue;
      g_string_append_len (out, run, at - run);
      write (out, c);
      run = p;
    }
  g_string_append_len (out, run, p - run);
}

void
contra_escape_line (GString *out, const char *text, gssize length)
{
  escape_with (out, text, length, is_control, append_for_line);
}

static gboolean
is_markdown_special (gunichar c)
{
  return is_control (c) || (c < 0x80 && strchr ("\\`*_[]<>|~&$", (int) c) != NULL);
}

static void
write_markdown (GString *out, gunichar c)
{
  if (is_control (c))
    append_for_line (out, c);
  else
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, (char) c);
    }
}

void
contra_escape_markdown (GString *out, const char *text, gssize length)
{
  escape_with (out, text, length, is_markdown_special, write_markdown);
}

void
contra_escape_markdown_code (GString *out, const char *text)
{
  g_autoptr (GString) code = g_string_new (NULL);
  guint longest = 0, run = 0;

  contra_escape_line (code, text, -1);
  for (gsize i = 0; i < code->len; i++)
    {
      run = code->str[i] == '`' ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  /* A span that starts or ends with a backtick needs a space between it and the
   * fence, which CommonMark takes off again. */
  gboolean pad = code->len > 0 && (code->str[0] == '`' || code->str[code->len - 1] == '`');
  for (guint i = 0; i <= longest; i++)
    g_string_append_c (out, '`');
  if (pad)
    g_string_append_c (out, ' ');
  g_string_append_len (out, code->str, code->len);
  if (pad)
    g_string_append_c (out, ' ');
  for (guint i = 0; i <= longest; i++)
    g_string_append_c (out, '`');
}

static gboolean
is_github_data_special (gunichar c)
{
  return is_control (c) || c == '%';
}

static gboolean
is_github_property_special (gunichar c)
{
  return is_github_data_special (c) || c == ':' || c == ',';
}

static void
write_github (GString *out, gunichar c)
{
  switch (c)
    {
    case '%':
      g_string_append (out, "%25");
      break;
    case '\r':
      g_string_append (out, "%0D");
      break;
    case '\n':
      g_string_append (out, "%0A");
      break;
    case ':':
      g_string_append (out, "%3A");
      break;
    case ',':
      g_string_append (out, "%2C");
      break;
    default:
      append_for_line (out, c);
    }
}

void
contra_escape_github (GString *out, const char *text, gboolean property)
{
  escape_with (out, text, -1, property ? is_github_property_special : is_github_data_special, write_github);
}

/* What an HTML parser reports as a noncharacter in its input. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c != CONTRA_ESCAPE_INVALID && (c & 0xFFFE) == 0xFFFE);
}

static gboolean
is_html_text_special (gunichar c)
{
  return is_control (c) || is_noncharacter (c) || c == '&' || c == '<' || c == '>';
}

static gboolean
is_html_attribute_special (gunichar c)
{
  return is_html_text_special (c) || c == '"' || c == '\'';
}

static void
write_html (GString *out, gunichar c)
{
  switch (c)
    {
    case '&':
      g_string_append (out, "&amp;");
      break;
    case '<':
      g_string_append (out, "&lt;");
      break;
    case '>':
      g_string_append (out, "&gt;");
      break;
    case '"':
      g_string_append (out, "&quot;");
      break;
    case '\'':
      g_string_append (out, "&#39;");
      break;
    default:
      if (is_noncharacter (c))
        g_string_append (out, CONTRA_ESCAPE_REPLACEMENT);
      else
        append_for_line (out, c);
    }
}

void
contra_escape_html (GString *out, const char *text, gssize length)
{
  escape_with (out, text, length, is_html_text_special, write_html);
}

void
contra_escape_html_attribute (GString *out, const char *text, gssize length)
{
  escape_with (out, text, length, is_html_attribute_special, write_html);
}

static gboolean
is_url_special (gunichar c)
{
  /* (strchr() finds the NUL that ends its string.) */
  return !(c > 0 && c < 0x80 && (g_ascii_isalnum ((char) c) || strchr ("-._~/", (int) c) != NULL));
}

static void
write_url (GString *out, gunichar c)
{
  char bytes[6];
  gint n;

  if (c == CONTRA_ESCAPE_INVALID)
    n = (gint) g_strlcpy (bytes, CONTRA_ESCAPE_REPLACEMENT, sizeof bytes);
  else
    n = g_unichar_to_utf8 (c, bytes);
  for (gint i = 0; i < n; i++)
    g_string_append_printf (out, "%%%02X", (guchar) bytes[i]);
}

void
contra_escape_html_url (GString *out, const char *text, gssize length)
{
  escape_with (out, text, length, is_url_special, write_url);
}

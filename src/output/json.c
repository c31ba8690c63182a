#include "output/json.h"

#include <math.h>
#include <string.h>

#include "output/escape.h"

void
contra_json_init (ContraJson *json, GString *out, gboolean pretty)
{
  json->out = out;
  json->pretty = pretty;
  json->depth = 0;
  json->first = 1;
  json->after_key = FALSE;
}

/* A new line and its indent, in one append for most depths: a lint's JSON has a
 * line for every field of every claim it shows. */
static void
newline (ContraJson *json)
{
  static const char indent[] = "\n                                                              ";

  if (!json->pretty)
    return;
  gsize width = 1 + 2 * (gsize) json->depth;
  g_string_append_len (json->out, indent, (gssize) MIN (width, sizeof indent - 1));
  for (gsize done = sizeof indent - 1; done < width; done++)
    g_string_append_c (json->out, ' ');
}

/* Before a value or a key: a comma unless it is the first at this depth. */
static void
before_item (ContraJson *json)
{
  if (json->after_key)
    {
      json->after_key = FALSE;
      return;
    }
  if (json->depth > 0)
    {
      if (!(json->first & (G_GUINT64_CONSTANT (1) << json->depth)))
        g_string_append_c (json->out, ',');
      json->first &= ~(G_GUINT64_CONSTANT (1) << json->depth);
      newline (json);
    }
}

static void
open_container (ContraJson *json, char c)
{
  before_item (json);
  g_string_append_c (json->out, c);
  json->depth++;
  g_return_if_fail (json->depth < 64);
  json->first |= G_GUINT64_CONSTANT (1) << json->depth;
}

static void
close_container (ContraJson *json, char c)
{
  gboolean empty = (json->first & (G_GUINT64_CONSTANT (1) << json->depth)) != 0;
  json->depth--;
  if (!empty)
    newline (json);
  g_string_append_c (json->out, c);
}

void
contra_json_init_item (ContraJson *json, GString *out, gboolean pretty, guint depth)
{
  contra_json_init (json, out, pretty);
  json->depth = depth;
  json->first = 0;
}

void
contra_json_raw_item (ContraJson *json, const char *item, gsize length)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << json->depth;

  g_return_if_fail (length > 0 && item[0] == ',');
  if (json->first & bit)
    item++, length--;
  json->first &= ~bit;
  g_string_append_len (json->out, item, (gssize) length);
}

void
contra_json_begin_object (ContraJson *json)
{
  open_container (json, '{');
}

void
contra_json_end_object (ContraJson *json)
{
  close_container (json, '}');
}

void
contra_json_begin_array (ContraJson *json)
{
  open_container (json, '[');
}

void
contra_json_end_array (ContraJson *json)
{
  close_container (json, ']');
}

/* Whether an ASCII byte goes into a string literal as it is. */
static inline gboolean
is_plain (guchar c)
{
  return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

void
contra_json_escape (GString *out, const char *value)
{
  const char *end = value + strlen (value);
  const char *run = value, *p = value;

  g_string_append_c (out, '"');
  while (p < end)
    {
      if (is_plain ((guchar) *p))
        {
          p++;
          continue;
        }
      const char *at = p;
      gunichar c = contra_escape_next (&p, end);
      /* Valid UTF-8 past ASCII stays in the run, but for the C1 controls and the
       * two separators that end a line in JavaScript (U+2028, U+2029): JSON allows
       * them raw, but a reader that evaluates it or shows it in a terminal does not. */
      if (c >= 0xA0 && c != 0x2028 && c != 0x2029 && c != CONTRA_ESCAPE_INVALID)
        continue;
      g_string_append_len (out, run, at - run);
      run = p;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case CONTRA_ESCAPE_INVALID:
          g_string_append (out, CONTRA_ESCAPE_REPLACEMENT);
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

void
contra_json_key (ContraJson *json, const char *key)
{
  char piece[64];
  gsize n = 0;

  before_item (json);
  /* A key is most often a short word of the program's own: "key": in one append,
   * else escaped as any string. */
  piece[n++] = '"';
  for (const char *p = key; n + 4 < sizeof piece && is_plain ((guchar) *p); p++)
    piece[n++] = *p;
  if (key[n - 1] == '\0')
    {
      piece[n++] = '"';
      piece[n++] = ':';
      if (json->pretty)
        piece[n++] = ' ';
      g_string_append_len (json->out, piece, (gssize) n);
    }
  else
    {
      contra_json_escape (json->out, key);
      g_string_append (json->out, json->pretty ? ": " : ":");
    }
  json->after_key = TRUE;
}

void
contra_json_string (ContraJson *json, const char *value)
{
  before_item (json);
  if (value == NULL)
    g_string_append (json->out, "null");
  else
    contra_json_escape (json->out, value);
}

/* Appends @value in decimal, as "%" G_GINT64_FORMAT would, without printf's cost
 * (a claim has a dozen numbers). */
static void
append_int (GString *out, gint64 value)
{
  char digits[24];
  char *p = digits + sizeof digits;
  /* Negated as unsigned: G_MININT64 has no positive counterpart. */
  guint64 u = value < 0 ? -(guint64) value : (guint64) value;

  do
    {
      *--p = (char) ('0' + u % 10);
      u /= 10;
    }
  while (u > 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (out, p, digits + sizeof digits - p);
}

void
contra_json_int (ContraJson *json, gint64 value)
{
  before_item (json);
  append_int (json->out, value);
}

void
contra_json_double (ContraJson *json, double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  before_item (json);
  if (!isfinite (value))
    {
      g_string_append (json->out, "null");
      return;
    }
  /* A whole number as "%.0f" writes it; "-0" keeps its sign. */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      if (value == 0 && signbit (value))
        g_string_append (json->out, "-0");
      else
        append_int (json->out, (gint64) value);
    }
  else
    g_string_append (json->out, g_ascii_dtostr (buffer, sizeof buffer, value));
}

void
contra_json_bool (ContraJson *json, gboolean value)
{
  before_item (json);
  g_string_append (json->out, value ? "true" : "false");
}

void
contra_json_null (ContraJson *json)
{
  before_item (json);
  g_string_append (json->out, "null");
}

void
contra_json_member_string (ContraJson *json, const char *key, const char *value)
{
  contra_json_key (json, key);
  contra_json_string (json, value);
}

void
contra_json_member_int (ContraJson *json, const char *key, gint64 value)
{
  contra_json_key (json, key);
  contra_json_int (json, value);
}

void
contra_json_member_bool (ContraJson *json, const char *key, gboolean value)
{
  contra_json_key (json, key);
  contra_json_bool (json, value);
}

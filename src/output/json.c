#include "output/json.h"

#include <math.h>

void
contra_json_init (ContraJson *json, GString *out, gboolean pretty)
{
  json->out = out;
  json->pretty = pretty;
  json->depth = 0;
  json->first = 1;
  json->after_key = FALSE;
}

static void
newline (ContraJson *json)
{
  if (!json->pretty)
    return;
  g_string_append_c (json->out, '\n');
  for (guint i = 0; i < json->depth; i++)
    g_string_append (json->out, "  ");
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

void
contra_json_escape (GString *out, const char *value)
{
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      guchar c = (guchar) *p;
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
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

void
contra_json_key (ContraJson *json, const char *key)
{
  before_item (json);
  contra_json_escape (json->out, key);
  g_string_append (json->out, json->pretty ? ": " : ":");
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

void
contra_json_int (ContraJson *json, gint64 value)
{
  before_item (json);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
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
  if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (json->out, "%.0f", value);
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

/* ---- reading: a recursive-descent parser --------------------------------------- */

#include <stdlib.h>
#include <string.h>

#include "base/error.h"

typedef struct {
  const char *p;
  const char *start;
  const char *end;
  const char *problem;
  guint depth;
} Parser;

void
contra_json_node_free (ContraJsonNode *node)
{
  if (node == NULL)
    return;
  g_free (node->string);
  if (node->items)
    g_ptr_array_unref (node->items);
  if (node->keys)
    g_ptr_array_unref (node->keys);
  g_free (node);
}

static void
skip_space (Parser *ps)
{
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
    ps->p++;
}

static ContraJsonNode *parse_value (Parser *ps);

static gboolean
parse_string_into (Parser *ps, GString *out)
{
  if (ps->p >= ps->end || *ps->p != '"')
    {
      ps->problem = "expected a string";
      return FALSE;
    }
  ps->p++;
  while (ps->p < ps->end && *ps->p != '"')
    {
      char c = *ps->p++;
      if ((guchar) c < 0x20)
        {
          ps->problem = "control character in a string";
          return FALSE;
        }
      if (c != '\\')
        {
          g_string_append_c (out, c);
          continue;
        }
      if (ps->p >= ps->end)
        break;
      c = *ps->p++;
      switch (c)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            if (ps->end - ps->p < 4)
              {
                ps->problem = "truncated \\u escape";
                return FALSE;
              }
            char hex[5] = {ps->p[0], ps->p[1], ps->p[2], ps->p[3], 0};
            char *stop;
            gunichar u = (gunichar) strtoul (hex, &stop, 16);
            if (*stop != '\0')
              {
                ps->problem = "bad \\u escape";
                return FALSE;
              }
            ps->p += 4;
            /* A surrogate pair. */
            if (u >= 0xD800 && u < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u')
              {
                char low[5] = {ps->p[2], ps->p[3], ps->p[4], ps->p[5], 0};
                gunichar v = (gunichar) strtoul (low, &stop, 16);
                if (*stop == '\0' && v >= 0xDC00 && v < 0xE000)
                  {
                    u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                    ps->p += 6;
                  }
              }
            g_string_append_unichar (out, g_unichar_validate (u) ? u : 0xFFFD);
            break;
          }
        default:
          ps->problem = "bad escape in a string";
          return FALSE;
        }
    }
  if (ps->p >= ps->end)
    {
      ps->problem = "unterminated string";
      return FALSE;
    }
  ps->p++;
  return TRUE;
}

static ContraJsonNode *
node_new (ContraJsonType type)
{
  ContraJsonNode *node = g_new0 (ContraJsonNode, 1);
  node->type = type;
  if (type == CONTRA_JSON_ARRAY || type == CONTRA_JSON_OBJECT)
    node->items = g_ptr_array_new_with_free_func ((GDestroyNotify) contra_json_node_free);
  if (type == CONTRA_JSON_OBJECT)
    node->keys = g_ptr_array_new_with_free_func (g_free);
  return node;
}

static ContraJsonNode *
parse_container (Parser *ps, gboolean object)
{
  ContraJsonNode *node = node_new (object ? CONTRA_JSON_OBJECT : CONTRA_JSON_ARRAY);
  char close = object ? '}' : ']';

  if (++ps->depth > 64)
    {
      ps->problem = "nested too deeply";
      goto fail;
    }
  ps->p++;
  skip_space (ps);
  if (ps->p < ps->end && *ps->p == close)
    {
      ps->p++;
      ps->depth--;
      return node;
    }
  for (;;)
    {
      skip_space (ps);
      if (object)
        {
          GString *key = g_string_new (NULL);
          if (!parse_string_into (ps, key))
            {
              g_string_free (key, TRUE);
              goto fail;
            }
          g_ptr_array_add (node->keys, g_string_free (key, FALSE));
          skip_space (ps);
          if (ps->p >= ps->end || *ps->p != ':')
            {
              ps->problem = "expected ':'";
              goto fail;
            }
          ps->p++;
        }
      ContraJsonNode *item = parse_value (ps);
      if (item == NULL)
        goto fail;
      g_ptr_array_add (node->items, item);
      skip_space (ps);
      if (ps->p < ps->end && *ps->p == ',')
        {
          ps->p++;
          continue;
        }
      if (ps->p < ps->end && *ps->p == close)
        {
          ps->p++;
          ps->depth--;
          return node;
        }
      ps->problem = object ? "expected ',' or '}'" : "expected ',' or ']'";
      goto fail;
    }
fail:
  contra_json_node_free (node);
  return NULL;
}

static ContraJsonNode *
parse_value (Parser *ps)
{
  skip_space (ps);
  if (ps->p >= ps->end)
    {
      ps->problem = "unexpected end of input";
      return NULL;
    }
  char c = *ps->p;
  if (c == '{' || c == '[')
    return parse_container (ps, c == '{');
  if (c == '"')
    {
      GString *s = g_string_new (NULL);
      if (!parse_string_into (ps, s))
        {
          g_string_free (s, TRUE);
          return NULL;
        }
      ContraJsonNode *node = node_new (CONTRA_JSON_STRING);
      node->string = g_string_free (s, FALSE);
      return node;
    }
  static const struct { const char *word; ContraJsonType type; gboolean value; } words[] = {
    {"true", CONTRA_JSON_BOOL, TRUE}, {"false", CONTRA_JSON_BOOL, FALSE}, {"null", CONTRA_JSON_NULL, FALSE},
  };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i].word);
      if ((gsize) (ps->end - ps->p) >= n && strncmp (ps->p, words[i].word, n) == 0)
        {
          ps->p += n;
          ContraJsonNode *node = node_new (words[i].type);
          node->boolean = words[i].value;
          return node;
        }
    }
  if (c == '-' || (c >= '0' && c <= '9'))
    {
      char buffer[64];
      gsize n = 0;
      while (ps->p + n < ps->end && n < sizeof buffer - 1 && strchr ("+-0123456789.eE", ps->p[n]))
        n++;
      memcpy (buffer, ps->p, n);
      buffer[n] = '\0';
      char *stop;
      double v = g_ascii_strtod (buffer, &stop);
      if (stop == buffer)
        {
          ps->problem = "bad number";
          return NULL;
        }
      ps->p += stop - buffer;
      ContraJsonNode *node = node_new (CONTRA_JSON_NUMBER);
      node->number = v;
      return node;
    }
  ps->problem = "unexpected character";
  return NULL;
}

ContraJsonNode *
contra_json_parse (const char *text, gsize length, GError **error)
{
  Parser ps = {text, text, text + length, NULL, 0};
  ContraJsonNode *node = parse_value (&ps);

  if (node != NULL)
    {
      skip_space (&ps);
      if (ps.p < ps.end)
        {
          ps.problem = "text after the value";
          contra_json_node_free (node);
          node = NULL;
        }
    }
  if (node == NULL)
    g_set_error (error, CONTRA_INPUT_ERROR, CONTRA_INPUT_ERROR_INVALID, "column %u: %s",
                 (guint) (ps.p - ps.start) + 1, ps.problem);
  return node;
}

const ContraJsonNode *
contra_json_get (const ContraJsonNode *object, const char *key)
{
  if (object == NULL || object->type != CONTRA_JSON_OBJECT)
    return NULL;
  for (guint i = 0; i < object->keys->len; i++)
    if (g_str_equal (g_ptr_array_index (object->keys, i), key))
      return g_ptr_array_index (object->items, i);
  return NULL;
}

const char *
contra_json_get_string (const ContraJsonNode *object, const char *key)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_STRING ? node->string : NULL;
}

double
contra_json_get_number (const ContraJsonNode *object, const char *key, double fallback)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_NUMBER ? node->number : fallback;
}

gboolean
contra_json_get_bool (const ContraJsonNode *object, const char *key, gboolean fallback)
{
  const ContraJsonNode *node = contra_json_get (object, key);
  return node != NULL && node->type == CONTRA_JSON_BOOL ? node->boolean : fallback;
}

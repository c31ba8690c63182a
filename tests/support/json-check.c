#include "json-check.h"

#include <string.h>

typedef struct {
  const char *start;
  const char *p;
  const char *end;
  const char *problem;
  guint depth;
} Check;

static gboolean value (Check *c);

static gboolean
fail (Check *c, const char *problem)
{
  if (c->problem == NULL)
    c->problem = problem;
  return FALSE;
}

static void
space (Check *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

static gboolean
literal (Check *c, const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (c->end - c->p) < n || memcmp (c->p, word, n) != 0)
    return fail (c, "unexpected character");
  c->p += n;
  return TRUE;
}

static gboolean
digits (Check *c)
{
  const char *from = c->p;

  while (c->p < c->end && g_ascii_isdigit (*c->p))
    c->p++;
  return c->p > from ? TRUE : fail (c, "a number without digits");
}

static gboolean
number (Check *c)
{
  if (*c->p == '-')
    c->p++;
  if (c->p < c->end && *c->p == '0')
    c->p++;
  else if (!digits (c))
    return FALSE;
  if (c->p < c->end && *c->p == '.')
    {
      c->p++;
      if (!digits (c))
        return FALSE;
    }
  if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
    {
      c->p++;
      if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
        c->p++;
      if (!digits (c))
        return FALSE;
    }
  return TRUE;
}

/* Four hex digits after "\u", as a number; -1 when they are not. */
static int
hex4 (Check *c)
{
  int v = 0;

  if (c->end - c->p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (c->p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  c->p += 4;
  return v;
}

static gboolean
string (Check *c)
{
  c->p++;
  while (c->p < c->end && *c->p != '"')
    {
      guchar b = (guchar) *c->p++;
      if (b < 0x20)
        return fail (c, "a control character in a string");
      if (b != '\\')
        continue;
      if (c->p >= c->end)
        break;
      char e = *c->p++;
      if (strchr ("\"\\/bfnrt", e) != NULL && e != '\0')
        continue;
      if (e != 'u')
        return fail (c, "an escape the grammar does not have");
      int u = hex4 (c);
      if (u < 0)
        return fail (c, "a \\u escape without four hex digits");
      if (u >= 0xDC00 && u < 0xE000)
        return fail (c, "a low surrogate escape alone");
      if (u >= 0xD800 && u < 0xDC00)
        {
          if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u')
            return fail (c, "a high surrogate escape alone");
          c->p += 2;
          int low = hex4 (c);
          if (low < 0xDC00 || low >= 0xE000)
            return fail (c, "a high surrogate escape alone");
        }
    }
  if (c->p >= c->end)
    return fail (c, "a string without its end");
  c->p++;
  return TRUE;
}

static gboolean
container (Check *c, char close)
{
  gboolean object = close == '}';

  if (++c->depth > 512)
    return fail (c, "nested too deeply");
  c->p++;
  space (c);
  if (c->p < c->end && *c->p == close)
    {
      c->p++;
      c->depth--;
      return TRUE;
    }
  for (;;)
    {
      space (c);
      if (object)
        {
          if (c->p >= c->end || *c->p != '"')
            return fail (c, "a member without a string key");
          if (!string (c))
            return FALSE;
          space (c);
          if (c->p >= c->end || *c->p != ':')
            return fail (c, "a key without ':'");
          c->p++;
        }
      if (!value (c))
        return FALSE;
      space (c);
      if (c->p < c->end && *c->p == ',')
        {
          c->p++;
          continue;
        }
      if (c->p < c->end && *c->p == close)
        {
          c->p++;
          c->depth--;
          return TRUE;
        }
      return fail (c, "expected ',' or the end of the container");
    }
}

static gboolean
value (Check *c)
{
  space (c);
  if (c->p >= c->end)
    return fail (c, "no value");
  switch (*c->p)
    {
    case '{':
      return container (c, '}');
    case '[':
      return container (c, ']');
    case '"':
      return string (c);
    case 't':
      return literal (c, "true");
    case 'f':
      return literal (c, "false");
    case 'n':
      return literal (c, "null");
    default:
      if (*c->p == '-' || g_ascii_isdigit (*c->p))
        return number (c);
      return fail (c, "unexpected character");
    }
}

static gboolean
check_one (const char *text, gsize length, gsize base, char **problem)
{
  const char *bad;

  if (!g_utf8_validate_len (text, length, &bad))
    {
      if (problem != NULL)
        *problem = g_strdup_printf ("byte %" G_GSIZE_FORMAT ": not UTF-8", base + (gsize) (bad - text));
      return FALSE;
    }
  Check c = {text, text, text + length, NULL, 0};
  gboolean ok = value (&c);
  if (ok)
    {
      space (&c);
      if (c.p < c.end)
        ok = fail (&c, "text after the value");
    }
  if (!ok && problem != NULL)
    *problem = g_strdup_printf ("byte %" G_GSIZE_FORMAT ": %s", base + (gsize) (c.p - c.start), c.problem);
  return ok;
}

gboolean
json_check (const char *text, gsize length, char **problem)
{
  return check_one (text, length, 0, problem);
}

gboolean
json_check_lines (const char *text, gsize length, char **problem)
{
  const char *p = text, *end = text + length;

  if (length > 0 && end[-1] != '\n')
    {
      if (problem != NULL)
        *problem = g_strdup ("the last line has no line break");
      return FALSE;
    }
  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      if (!check_one (p, eol - p, p - text, problem))
        return FALSE;
      p = eol + 1;
    }
  return TRUE;
}

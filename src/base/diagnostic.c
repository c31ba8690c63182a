#include "base/diagnostic.h"

#include <string.h>

const char *const contra_severity_names[CONTRA_SEVERITY_ERROR + 2] = {"none", "note", "warning", "error", NULL};

const char *
contra_severity_name (ContraSeverity severity)
{
  g_return_val_if_fail (severity <= CONTRA_SEVERITY_ERROR, "none");
  return contra_severity_names[severity];
}

gboolean
contra_severity_parse (const char *name, ContraSeverity *out)
{
  g_return_val_if_fail (name != NULL && out != NULL, FALSE);

  for (guint i = 0; contra_severity_names[i] != NULL; i++)
    if (g_str_equal (name, contra_severity_names[i]))
      {
        *out = (ContraSeverity) i;
        return TRUE;
      }
  if (g_str_equal (name, "never"))
    {
      *out = CONTRA_SEVERITY_NONE;
      return TRUE;
    }
  return FALSE;
}

ContraDiagnostic *
contra_diagnostic_new (ContraSeverity severity,
                       const char *path,
                       guint line,
                       guint column,
                       const char *format,
                       ...)
{
  ContraDiagnostic *d = g_new0 (ContraDiagnostic, 1);
  va_list args;

  d->severity = severity;
  d->path = g_strdup (path ? path : "<unknown>");
  d->line = line;
  d->column = column;
  d->offset = G_MAXSIZE;
  va_start (args, format);
  d->message = g_strdup_vprintf (format, args);
  va_end (args);
  return d;
}

void
contra_diagnostic_free (ContraDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->path);
  g_free (diagnostic->message);
  g_free (diagnostic->source_line);
  g_free (diagnostic);
}

void
contra_diagnostic_take_source_line (ContraDiagnostic *diagnostic, char *line)
{
  g_return_if_fail (diagnostic != NULL);
  g_free (diagnostic->source_line);
  diagnostic->source_line = line;
}

char *
contra_diagnostic_format (const ContraDiagnostic *d)
{
  g_return_val_if_fail (d != NULL, NULL);

  if (d->line == 0)
    return g_strdup_printf ("%s: %s: %s", d->path, contra_severity_name (d->severity),
                            d->message);
  if (d->column == 0)
    return g_strdup_printf ("%s:%u: %s: %s", d->path, d->line,
                            contra_severity_name (d->severity), d->message);
  return g_strdup_printf ("%s:%u:%u: %s: %s", d->path, d->line, d->column,
                          contra_severity_name (d->severity), d->message);
}

void
contra_diagnostic_print (const ContraDiagnostic *d, FILE *out)
{
  g_autofree char *head = contra_diagnostic_format (d);

  fprintf (out, "%s\n", head);
  if (d->source_line == NULL || d->column == 0)
    return;

  /* The caret goes under the column'th character; tabs are kept so that it lines up. */
  fprintf (out, "  %s\n  ", d->source_line);
  const char *p = d->source_line;
  for (guint col = 1; col < d->column && *p != '\0'; col++)
    {
      fputc (*p == '\t' ? '\t' : ' ', out);
      p = g_utf8_next_char (p);
    }
  fputs ("^\n", out);
}

gint
contra_diagnostic_compare (gconstpointer a, gconstpointer b)
{
  const ContraDiagnostic *x = *(ContraDiagnostic *const *) a;
  const ContraDiagnostic *y = *(ContraDiagnostic *const *) b;
  int c = strcmp (x->path, y->path);

  if (c != 0)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return strcmp (x->message, y->message);
}

#include "output/render.h"

#include <string.h>

#include "base/strutil.h"

char *
contra_render_shorten (const char *text, guint width)
{
  g_autofree char *valid = contra_escape_utf8_dup (text);

  if (width == 0 || g_utf8_strlen (valid, -1) <= (glong) width)
    return g_steal_pointer (&valid);
  const char *cut = g_utf8_offset_to_pointer (valid, width - 1);
  GString *out = g_string_new_len (valid, cut - valid);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

char *
contra_render_quote (const ContraClaim *claim, const char *open, const char *close, guint width,
                     ContraEscapeFunc escape)
{
  /* Cut and marked as valid UTF-8 (glib's character functions read past the end of a
   * character cut short), then escaped piece by piece, so that the marks stay marks. */
  g_autofree char *raw = contra_claim_quote (claim);
  g_autofree char *quote = contra_escape_utf8_dup (raw);
  g_autofree char *text = contra_escape_utf8_dup (claim->value.text);
  const char *at = text && *text ? strstr (quote, text) : NULL;
  GString *out = g_string_new (NULL);

  if (at == NULL)
    {
      glong n = g_utf8_strlen (quote, -1);
      if (width > 0 && n > (glong) width)
        {
          const char *cut = g_utf8_offset_to_pointer (quote, width - 1);
          escape (out, quote, cut - quote);
          g_string_append (out, "…");
        }
      else
        escape (out, quote, -1);
      return g_string_free (out, FALSE);
    }

  gsize mark = strlen (text);
  const char *from = quote, *to = quote + strlen (quote);
  if (width > 0 && g_utf8_strlen (quote, -1) > (glong) width)
    {
      /* Keep about half the width on each side of the mark. */
      glong before = g_utf8_pointer_to_offset (quote, at);
      glong half = (glong) width / 2;
      if (before > half)
        from = g_utf8_offset_to_pointer (quote, before - half);
      glong after_start = g_utf8_pointer_to_offset (quote, at + mark);
      glong total = g_utf8_strlen (quote, -1);
      if (total - after_start > half)
        to = g_utf8_offset_to_pointer (quote, after_start + half);
    }
  if (from > quote)
    g_string_append (out, "…");
  escape (out, from, at - from);
  g_string_append (out, open);
  escape (out, at, (gssize) mark);
  g_string_append (out, close);
  escape (out, at + mark, to - (at + mark));
  if (*to != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

char *
contra_render_location (const ContraReport *report, const ContraClaim *claim)
{
  const ContraSource *source = contra_report_source (report, claim);
  return g_strdup_printf ("%s:%u:%u", source->path, claim->line, claim->column);
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

char *
contra_render_corroborators (const ContraReport *report, const ContraCorroboration *corroboration,
                             const ContraClaim **draft)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  *draft = NULL;
  for (guint i = 0; i < corroboration->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (corroboration->claims, i);
      const ContraSource *source = contra_report_source (report, claim);
      if (source->is_draft)
        {
          if (*draft == NULL)
            *draft = claim;
          continue;
        }
      if (g_hash_table_add (seen, source->id))
        g_ptr_array_add (ids, source->id);
    }
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (", ", (char **) ids->pdata);
}

const ContraClaim *
contra_render_anchor (const ContraReport *report, const ContraFinding *finding)
{
  if (finding->claims->len == 0)
    return NULL;
  if (report->lint)
    for (guint i = 0; i < finding->claims->len; i++)
      {
        const ContraClaim *claim = g_ptr_array_index (finding->claims, i);
        if (contra_report_source (report, claim)->is_draft)
          return claim;
      }
  return g_ptr_array_index (finding->claims, 0);
}

char *
contra_render_line (const char *text, guint line)
{
  const char *p = text;

  for (guint n = 1; n < line && p != NULL; n++)
    {
      p = strchr (p, '\n');
      if (p != NULL)
        p++;
    }
  if (p == NULL)
    return g_strdup ("");
  const char *end = strchr (p, '\n');
  gsize length = end ? (gsize) (end - p) : strlen (p);
  if (length > 0 && p[length - 1] == '\r')
    length--;
  return g_strndup (p, length);
}

GPtrArray *
contra_render_by_rule (const ContraReport *report, gboolean (*shows) (gconstpointer, const ContraFinding *),
                       gconstpointer data)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) by_rule = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < report->findings->len; i++)
    {
      const ContraFinding *finding = g_ptr_array_index (report->findings, i);
      if (shows != NULL && !shows (data, finding))
        continue;
      GPtrArray *group = g_hash_table_lookup (by_rule, finding->rule);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (by_rule, (gpointer) finding->rule, group);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group, (gpointer) finding);
    }
  return groups;
}

const char *
contra_render_rule_title (const ContraReport *report, const char *rule)
{
  const ContraRule *r = rule && report->rules ? contra_ruleset_rule (report->rules, rule) : NULL;
  if (r != NULL && r->description != NULL)
    return r->description;
  if (contra_builtin_rule_description (rule) != NULL)
    return contra_builtin_rule_description (rule);
  return rule ? rule : "finding";
}

/* reach.c — which claims a draft's claims can meet (see reach.h). These mirror the
 * reconciler's passes: collect() and link_partial() in reconciler.c for heads,
 * firsts.c and statuses.c for wide claims, variants.c for people and their name
 * buckets. */
#include "reconcile/reach.h"

#include <string.h>

#include "base/strutil.h"
#include "lang/names.h"
#include "reconcile/names.h"
#include "rules/rule.h"

const char *
contra_reach_head (const ContraClaim *claim)
{
  if (claim->n_terms == 0 || claim->terms[0].head == NULL)
    return NULL;
  return claim->terms[0].head->id;
}

gboolean
contra_reach_wide (const ContraClaim *claim)
{
  return claim->kind == CONTRA_RULE_FIRST || claim->kind == CONTRA_RULE_STATUS || claim->status_rank >= 0;
}

const char *
contra_reach_person (const ContraClaim *claim, char **slug)
{
  const char *key = NULL, *label = NULL;

  *slug = NULL;
  /* As contra_rc_find_variants() takes them: a person as subject, or a name as value. */
  if (claim->n_terms > 0 && claim->terms[0].head == NULL && claim->terms[0].name != NULL
      && g_str_has_prefix (claim->terms[0].name, "person/"))
    {
      key = claim->terms[0].name;
      label = claim->terms[0].label;
    }
  else if (claim->value.type == CONTRA_VALUE_NAME && claim->value.text != NULL)
    {
      label = claim->value.text;
      g_autofree char *full = g_strconcat ("person/", claim->value.u.id, NULL);
      key = contra_intern (full);
    }
  if (key == NULL)
    return NULL;
  *slug = contra_slugify (label != NULL ? label : "");
  return key;
}

void
contra_reach_name_buckets (const char *slug, GHashTable *keys)
{
  g_auto (GStrv) words = g_strsplit (slug, "-", -1);
  guint n = g_strv_length (words);

  if (n < 2)
    return;
  for (guint w = 0; w < n; w++)
    {
      GString *key = g_string_new (NULL);
      g_string_append_printf (key, "%u:%u", n, w);
      for (guint k = 0; k < n; k++)
        if (k != w)
          g_string_append_printf (key, " %s", words[k]);
      g_hash_table_add (keys, g_string_free (key, FALSE));
    }
}

const char *
contra_reach_name_slug (const ContraClaim *claim)
{
  if (claim->n_terms == 0 || claim->terms[0].head != NULL || claim->terms[0].name == NULL)
    return NULL;
  const char *name = claim->terms[0].name;
  if (!g_str_has_prefix (name, "entity/") && !g_str_has_prefix (name, "person/"))
    return NULL;
  return strchr (name, '/') + 1;
}

char *
contra_reach_name_bucket (const ContraClaim *claim)
{
  const char *slug = contra_reach_name_slug (claim);

  if (slug == NULL)
    return NULL;
  return contra_name_bucket (contra_language_names (contra_language_default ()), slug);
}

/* reach.c — which claims a draft's claims can meet (see reach.h). These mirror the
 * reconciler's passes: collect() and link_partial() in reconciler.c for heads,
 * firsts.c and statuses.c for wide claims, variants.c for people and their name
 * buckets, and the passes that read a subject's groups for live claims. */
#include "reconcile/reach.h"

#include <string.h>

#include "base/strutil.h"
#include "lang/names.h"
#include "reconcile/names.h"
#include "reconcile/reconciler-private.h"
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

const ContraConcept *
contra_reach_action (const ContraClaim *claim)
{
  if (claim->kind != CONTRA_RULE_FIRST || claim->n_terms < 2)
    return NULL;
  return claim->terms[1].head;
}

gboolean
contra_reach_actions_meet (const ContraConcept *a, const ContraConcept *b)
{
  return contra_concept_is_a (a, b) || contra_concept_is_a (b, a);
}

const char *
contra_reach_slot (const ContraClaim *claim, guint i)
{
  if (i >= claim->n_terms)
    return NULL;
  return claim->terms[i].head != NULL ? claim->terms[i].head->id : claim->terms[i].name;
}

/* Can a slot of a draft's first and the slot of key @key relate (not "unrelated" to
 * slot_relation() in firsts.c)? Two terms relate when they are equal or one is
 * within the other: their keys are equal (names, or heads), or their heads are one
 * within the other (qualifiers only narrow that). In lint (@lenient) a missing
 * target and a country relate. A key that names no concept of @lexicon is a name. */
static gboolean
slots_may_relate (const ContraLexicon *lexicon, const ContraTerm *draft, const char *key, gboolean lenient)
{
  const char *own = draft == NULL ? NULL : draft->head != NULL ? draft->head->id : draft->name;

  /* Equal keys, or none: a term without head or name has no key either. */
  if (g_strcmp0 (own, key) == 0)
    return draft == NULL ? lenient : TRUE;
  if (draft == NULL || key == NULL)
    {
      const ContraConcept *named = draft != NULL ? draft->head : contra_lexicon_lookup (lexicon, key);
      return lenient && named != NULL && g_str_equal (named->kind, "country");
    }
  const ContraConcept *other = contra_lexicon_lookup (lexicon, key);
  return draft->head != NULL && other != NULL
         && (contra_concept_within (draft->head, other) || contra_concept_within (other, draft->head));
}

gboolean
contra_reach_firsts_may_meet (const ContraLexicon *lexicon, const ContraClaim *draft, const char *action,
                              const char *actor, const char *target)
{
  const ContraConcept *mine = contra_reach_action (draft);
  const ContraConcept *theirs = contra_lexicon_lookup (lexicon, action);

  if (mine == NULL || (theirs != NULL && !contra_reach_actions_meet (mine, theirs)))
    return FALSE;
  return slots_may_relate (lexicon, &draft->terms[0], actor, FALSE)
         && slots_may_relate (lexicon, draft->n_terms > 2 ? &draft->terms[2] : NULL, target, TRUE);
}

char *
contra_reach_family (const ContraClaim *claim)
{
  if (claim->status_rank < 0)
    return NULL;
  return contra_terms_key (claim->terms, claim->n_family);
}

gboolean
contra_reach_live (const ContraRuleSet *rules, const ContraClaim *claim)
{
  if (claim->partial || claim->value.type == CONTRA_VALUE_COUNT || compare_mode (claim) != CONTRA_COMPARE_NEVER)
    return TRUE;
  for (guint v = 0; v < rules->views->len; v++)
    if (contra_rc_in_view (g_ptr_array_index (rules->views, v), claim))
      return TRUE;
  return FALSE;
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

static void
append_uint (GString *out, guint value)
{
  char digits[16];
  char *p = digits + sizeof digits;

  do
    *--p = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  g_string_append_len (out, p, digits + sizeof digits - p);
}

/* Lint asks this of every person the index names: it is written without printf. */
void
contra_reach_name_buckets (const char *slug, GHashTable *keys)
{
  guint n = 1;
  g_autoptr (GString) key = g_string_sized_new (strlen (slug) + 16);

  for (const char *p = slug; *p != '\0'; p++)
    n += *p == '-';
  if (n < 2)
    return;
  /* "n:w" and the words but the w-th: "3:1 alex moreno" of "alex-j-moreno". */
  for (guint w = 0; w < n; w++)
    {
      g_string_truncate (key, 0);
      append_uint (key, n);
      g_string_append_c (key, ':');
      append_uint (key, w);
      const char *word = slug;
      for (guint k = 0;; k++)
        {
          const char *end = strchr (word, '-');
          gsize length = end != NULL ? (gsize) (end - word) : strlen (word);
          if (k != w)
            {
              g_string_append_c (key, ' ');
              g_string_append_len (key, word, (gssize) length);
            }
          if (end == NULL)
            break;
          word = end + 1;
        }
      if (!g_hash_table_contains (keys, key->str))
        g_hash_table_add (keys, g_strndup (key->str, key->len));
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

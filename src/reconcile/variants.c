/* variants.c — pass 7 of the reconciler: one person's name spelled two ways (see
 * reconciler.c). */
#include "reconcile/reconciler-private.h"

#include <string.h>

#include "base/strutil.h"

/* ---- 7: name variants --------------------------------------------------------------------- */

typedef struct {
  const char *key;          /* person/... */
  char *label;              /* as written */
  char **words;             /* folded ASCII words */
  guint n_words;
  const ContraClaim *claim; /* the first claim that names them */
  GPtrArray *titles;        /* const ContraTerm*: the offices they are given */
  GPtrArray *quoted_on;     /* const char*: the subjects a report quotes them on (rule speaker) */
} Person;

static void
person_free (Person *p)
{
  g_free (p->label);
  g_strfreev (p->words);
  g_ptr_array_unref (p->titles);
  g_ptr_array_unref (p->quoted_on);
  g_free (p);
}

static const ContraConcept *
country_of (const ContraTerm *term)
{
  for (guint i = 0; i < term->n_qualifiers; i++)
    if (g_str_equal (term->qualifiers[i]->kind, "country"))
      return term->qualifiers[i];
  return NULL;
}

/* Two titles in the same office or the same organisation of the same country. */
static gboolean
titles_related (const ContraTerm *a, const ContraTerm *b)
{
  if (a->head == NULL || b->head == NULL)
    return FALSE;
  const ContraConcept *ca = country_of (a), *cb = country_of (b);
  if (ca != NULL && cb != NULL && ca != cb)
    return FALSE;
  if (contra_concept_within (a->head, b->head) || contra_concept_within (b->head, a->head))
    return TRUE;
  for (guint i = 0; i < a->head->n_containers; i++)
    for (guint j = 0; j < b->head->n_containers; j++)
      if (a->head->containers[i] == b->head->containers[j])
        return TRUE;
  return FALSE;
}

static void
note_person (GHashTable *people, GPtrArray *order, const char *key, const char *label,
             const ContraTerm *title, const ContraClaim *claim)
{
  Person *p = g_hash_table_lookup (people, key);
  if (p == NULL)
    {
      p = g_new0 (Person, 1);
      p->key = key;
      p->label = g_strdup (label);
      g_autofree char *slug = contra_slugify (label);
      p->words = g_strsplit (slug, "-", -1);
      p->n_words = g_strv_length (p->words);
      p->claim = claim;
      p->titles = g_ptr_array_new ();
      p->quoted_on = g_ptr_array_new ();
      g_hash_table_insert (people, (gpointer) key, p);
      g_ptr_array_add (order, p);
    }
  if (title != NULL && title->head != NULL)
    g_ptr_array_add (p->titles, (gpointer) title);
  if (g_strcmp0 (claim->attribute, "speaker") == 0)
    g_ptr_array_add (p->quoted_on, (gpointer) claim->subject);
}

/* What @p is, for a message: a title, or "quoted" for a report's speaker. */
static char *
person_role (const Person *p)
{
  if (p->titles->len > 0)
    return contra_term_label (g_ptr_array_index (p->titles, 0));
  return g_strdup (p->quoted_on->len > 0 ? "quoted" : "named");
}

/* TRUE when reports quote @p and @q on one subject: "said Oskar Lindqvist" and
 * "recalls Oskar Lindquist" in two stories on Ilse Brannock. */
static gboolean
quoted_on_one_subject (const Person *p, const Person *q)
{
  for (guint x = 0; x < p->quoted_on->len; x++)
    for (guint y = 0; y < q->quoted_on->len; y++)
      if (g_strcmp0 (g_ptr_array_index (p->quoted_on, x), g_ptr_array_index (q->quoted_on, y)) == 0)
        return TRUE;
  return FALSE;
}

void
contra_rc_find_variants (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;
  g_autoptr (GHashTable) people = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                         (GDestroyNotify) person_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();

  if (contra_rc_rule_disabled (r, CONTRA_RULE_NAME_VARIANT))
    return;
  for (guint i = 0; i < r->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->set->claims, i);
      if (contra_rc_rule_disabled (r, claim->rule))
        continue;
      /* A person as subject with a title as value, or an office with a holder. What the
       * frame reader names (entity/...) is not a person: its names are not variants. */
      if (claim->n_terms > 0 && claim->terms[0].head == NULL && claim->terms[0].name != NULL
          && g_str_has_prefix (claim->terms[0].name, "person/"))
        note_person (people, order, claim->terms[0].name, claim->terms[0].label,
                     claim->value.type == CONTRA_VALUE_CONCEPT ? claim->value_term : NULL, claim);
      else if (claim->value.type == CONTRA_VALUE_NAME && claim->value.text != NULL)
        {
          g_autofree char *key = g_strconcat ("person/", claim->value.u.id, NULL);
          note_person (people, order, contra_intern (key), claim->value.text,
                       claim->n_terms > 0 ? &claim->terms[0] : NULL, claim);
        }
    }

  /* Names that differ in one word fall into the same bucket for that word. */
  g_autoptr (GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < order->len; i++)
    {
      Person *p = g_ptr_array_index (order, i);
      if (p->n_words < 2)
        continue;
      for (guint w = 0; w < p->n_words; w++)
        {
          GString *key = g_string_new (NULL);
          g_string_append_printf (key, "%u:%u", p->n_words, w);
          for (guint k = 0; k < p->n_words; k++)
            if (k != w)
              g_string_append_printf (key, " %s", p->words[k]);
          GPtrArray *bucket = g_hash_table_lookup (buckets, key->str);
          if (bucket == NULL)
            {
              bucket = g_ptr_array_new ();
              g_hash_table_insert (buckets, g_strdup (key->str), bucket);
            }
          g_ptr_array_add (bucket, p);
          g_string_free (key, TRUE);
        }
    }

  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < order->len; i++)
    {
      Person *p = g_ptr_array_index (order, i);
      for (guint w = 0; w < p->n_words; w++)
        {
          GString *key = g_string_new (NULL);
          g_string_append_printf (key, "%u:%u", p->n_words, w);
          for (guint k = 0; k < p->n_words; k++)
            if (k != w)
              g_string_append_printf (key, " %s", p->words[k]);
          GPtrArray *bucket = g_hash_table_lookup (buckets, key->str);
          g_string_free (key, TRUE);
          for (guint b = 0; bucket != NULL && b < bucket->len; b++)
            {
              Person *q = g_ptr_array_index (bucket, b);
              if (q == p || strlen (p->words[w]) < 3
                  || contra_edit_distance (p->words[w], q->words[w], 1) != 1)
                continue;
              gboolean related = FALSE;
              for (guint x = 0; x < p->titles->len && !related; x++)
                for (guint y = 0; y < q->titles->len && !related; y++)
                  related = titles_related (g_ptr_array_index (p->titles, x), g_ptr_array_index (q->titles, y));
              /* Untitled people quoted on one subject, one given name, long surnames a
               * letter apart past their first: a misspelling ("Lindqvist", "Lindquist"),
               * not two people ("Anna Berg", "Hanna Berg"; "Daniel Hall", "Daniel Hill";
               * "Duong Chi Binh", "Duong Chi Linh", whose given name comes last). */
              if (!related && w == p->n_words - 1 && strlen (p->words[w]) >= 6 && strlen (q->words[w]) >= 6
                  && p->words[w][0] == q->words[w][0] && quoted_on_one_subject (p, q))
                related = TRUE;
              if (!related)
                continue;
              if (lint ? is_draft (r, p->claim) == is_draft (r, q->claim)
                       : (is_draft (r, p->claim) || is_draft (r, q->claim)))
                continue;
              const Person *x = strcmp (p->key, q->key) < 0 ? p : q, *y = x == p ? q : p;
              g_autofree char *pair = g_strconcat (x->key, "|", y->key, NULL);
              if (g_hash_table_contains (reported, pair))
                continue;
              g_hash_table_add (reported, g_steal_pointer (&pair));

              ContraFinding *finding = contra_finding_new (CONTRA_FINDING_VARIANT, CONTRA_RULE_NAME_VARIANT, x->key,
                                                           g_intern_string ("name"));
              finding->severity = contra_rc_severity_for (r, CONTRA_RULE_NAME_VARIANT, CONTRA_SEVERITY_NONE, CONTRA_FINDING_VARIANT,
                                                FALSE);
              contra_finding_add (finding, x->claim, 0);
              contra_finding_add (finding, y->claim, 1);
              g_autofree char *px = contra_claim_place (r->report, x->claim);
              g_autofree char *py = contra_claim_place (r->report, y->claim);
              g_autofree char *tx = person_role (x);
              g_autofree char *ty = person_role (y);
              finding->message = g_strdup_printf ("One person spelled two ways? \"%s\" (%s, %s) and \"%s\" "
                                                  "(%s, %s)", x->label, tx, px, y->label, ty, py);
              g_ptr_array_add (r->report->findings, finding);
            }
        }
    }
}

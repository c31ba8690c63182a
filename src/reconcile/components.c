/* components.c — the claims that the reconciler must see together (see components.h).
 *
 * A union-find over nodes: one node per claim, subject, rule match, sentence with a
 * list, person, name bucket and view, and one for the wide claims. A claim's node
 * joins the nodes of its relations at once, and its subject's node at the end, unless
 * the subject is inert (reach.h, contra_reach_live()): its claims need not be
 * together, and "list/enumeration", which every counted list of an archive has,
 * would otherwise join every instrument. */
#include "reconcile/components.h"

#include <string.h>

#include "reconcile/reach.h"
#include "reconcile/reconciler-private.h"

/* Rule matches and sentences are keyed by (source << 32 | number) in a pointer. */
G_STATIC_ASSERT (sizeof (gpointer) >= sizeof (guint64));

struct _ContraComponents {
  const ContraRuleSet *rules;
  GArray *parent;        /* guint per node */
  GHashTable *subjects;  /* interned subject -> node + 1 */
  GArray *subject_of;    /* guint per node: a claim's, its subject's node + 1; else 0 */
  GHashTable *live;      /* subject nodes that are not inert */
  GHashTable *frames;    /* source << 32 | frame -> node + 1 */
  GHashTable *sentences; /* source << 32 | sentence -> node + 1, for lists */
  GHashTable *keys;      /* "p:person", "w:bucket", "n:name bucket" (owned) -> node + 1 */
  GHashTable *heads;     /* head concept id -> GArray of the nodes of its subjects */
  GHashTable *partial;   /* head concept ids that partial claims have */
  guint wide;            /* the node of the firsts and status claims */
  guint views;           /* the node of the first view; one per view after it */
};

static guint
node_new (ContraComponents *c)
{
  guint node = c->parent->len;
  g_array_append_val (c->parent, node);
  return node;
}

guint
contra_components_find (ContraComponents *c, guint node)
{
  guint *parent = (guint *) c->parent->data;

  while (parent[node] != node)
    {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
  return node;
}

static void
join (ContraComponents *c, guint a, guint b)
{
  a = contra_components_find (c, a);
  b = contra_components_find (c, b);
  if (a != b)
    g_array_index (c->parent, guint, MAX (a, b)) = MIN (a, b);
}

/* The node of @key in @table, made when it is new; @fresh says whether it was. */
static guint
node_of (ContraComponents *c, GHashTable *table, gpointer key, gboolean *fresh)
{
  guint node = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  if (fresh != NULL)
    *fresh = node == 0;
  if (node != 0)
    return node - 1;
  node = node_new (c);
  g_hash_table_insert (table, key, GUINT_TO_POINTER (node + 1));
  return node;
}

static void
join_key (ContraComponents *c, guint node, char *key)
{
  if (g_hash_table_contains (c->keys, key))
    {
      join (c, node, node_of (c, c->keys, key, NULL));
      g_free (key);
      return;
    }
  join (c, node, node_of (c, c->keys, key, NULL));
}

/* g_direct_hash() would keep the low 32 bits, the number, alone. */
static guint
pair_hash (gconstpointer key)
{
  guint64 k = (guint64) (guintptr) key;
  return (guint) (k ^ (k >> 32) * 0x9E3779B1u);
}

static gpointer
pair (guint source, guint32 number)
{
  return (gpointer) (guintptr) (((guint64) source << 32) | number);
}

ContraComponents *
contra_components_new (const ContraRuleSet *rules)
{
  ContraComponents *c = g_new0 (ContraComponents, 1);

  c->rules = rules;
  c->parent = g_array_new (FALSE, FALSE, sizeof (guint));
  c->subjects = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->subject_of = g_array_new (FALSE, TRUE, sizeof (guint));
  c->live = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->frames = g_hash_table_new (pair_hash, g_direct_equal);
  c->sentences = g_hash_table_new (pair_hash, g_direct_equal);
  c->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->heads = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  c->partial = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->wide = node_new (c);
  c->views = c->parent->len;
  for (guint v = 0; v < rules->views->len; v++)
    node_new (c);
  return c;
}

void
contra_components_free (ContraComponents *c)
{
  if (c == NULL)
    return;
  g_array_unref (c->parent);
  g_hash_table_unref (c->subjects);
  g_array_unref (c->subject_of);
  g_hash_table_unref (c->live);
  g_hash_table_unref (c->frames);
  g_hash_table_unref (c->sentences);
  g_hash_table_unref (c->keys);
  g_hash_table_unref (c->heads);
  g_hash_table_unref (c->partial);
  g_free (c);
}

guint
contra_components_add (ContraComponents *c, const ContraClaim *claim)
{
  gboolean fresh;
  guint subject = node_of (c, c->subjects, (gpointer) claim->subject, &fresh);
  guint node = node_new (c);
  const char *head = contra_reach_head (claim);
  gboolean live = contra_reach_live (c->rules, claim);

  g_array_set_size (c->subject_of, c->parent->len);
  g_array_index (c->subject_of, guint, node) = subject + 1;

  /* Partial claims link to any subject of their head (reconciler.c, pass 2). */
  if (head != NULL && fresh)
    {
      GArray *subjects = g_hash_table_lookup (c->heads, head);
      if (subjects == NULL)
        {
          subjects = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (c->heads, (gpointer) head, subjects);
        }
      g_array_append_val (subjects, subject);
    }
  if (head != NULL && claim->partial)
    g_hash_table_add (c->partial, (gpointer) head);

  /* The claims of one rule match, where a pass reads them together: the partial
   * claims linked as one (pass 2), a count and the list stated with it (collect()). */
  if (claim->partial || claim->value.type == CONTRA_VALUE_COUNT || claim->value.type == CONTRA_VALUE_SET)
    join (c, node, node_of (c, c->frames, pair (claim->source, claim->frame), NULL));
  /* A list's stated count is checked once per sentence (counts.c). */
  if (claim->value.type == CONTRA_VALUE_SET)
    join (c, node, node_of (c, c->sentences, pair (claim->source, claim->sentence), NULL));
  /* Firsts and statuses (passes 4 and 5). */
  if (contra_reach_wide (claim))
    join (c, node, c->wide);
  /* People whose names differ by one word (pass 7). */
  g_autofree char *slug = NULL;
  const char *person = contra_reach_person (claim, &slug);
  if (person != NULL)
    {
      join_key (c, node, g_strconcat ("p:", person, NULL));
      g_autoptr (GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      contra_reach_name_buckets (slug, buckets);
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, buckets);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        join_key (c, node, g_strconcat ("w:", (const char *) key, NULL));
    }
  /* One person's short and long names (pass 1). */
  g_autofree char *bucket = contra_reach_name_bucket (claim);
  if (bucket != NULL)
    join_key (c, node, g_strconcat ("n:", bucket, NULL));
  /* A view's timeline (pass 8). */
  for (guint v = 0; v < c->rules->views->len; v++)
    if (contra_rc_in_view (g_ptr_array_index (c->rules->views, v), claim))
      join (c, node, c->views + v);
  if (live)
    g_hash_table_add (c->live, GUINT_TO_POINTER (subject));
  return node;
}

void
contra_components_finish (ContraComponents *c)
{
  GHashTableIter iter;
  gpointer head;

  /* A partial claim may link to any subject of its head: those subjects are live,
   * and one component. */
  g_hash_table_iter_init (&iter, c->partial);
  while (g_hash_table_iter_next (&iter, &head, NULL))
    {
      GArray *subjects = g_hash_table_lookup (c->heads, head);
      for (guint i = 0; subjects != NULL && i < subjects->len; i++)
        {
          g_hash_table_add (c->live, GUINT_TO_POINTER (g_array_index (subjects, guint, i)));
          join (c, g_array_index (subjects, guint, 0), g_array_index (subjects, guint, i));
        }
    }
  /* Claims with their subject, unless it is inert. */
  g_array_set_size (c->subject_of, c->parent->len);
  for (guint node = 0; node < c->subject_of->len; node++)
    {
      guint subject = g_array_index (c->subject_of, guint, node);
      if (subject != 0 && g_hash_table_contains (c->live, GUINT_TO_POINTER (subject - 1)))
        join (c, node, subject - 1);
    }
  /* What is kept now is the nodes' parents. */
  g_hash_table_remove_all (c->subjects);
  g_hash_table_remove_all (c->frames);
  g_hash_table_remove_all (c->sentences);
  g_hash_table_remove_all (c->keys);
  g_hash_table_remove_all (c->heads);
  g_hash_table_remove_all (c->live);
  g_array_set_size (c->subject_of, 0);
}

guint
contra_components_size (const ContraComponents *c)
{
  return c->parent->len;
}

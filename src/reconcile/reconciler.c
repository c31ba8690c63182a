/* reconciler.c — grouping claims and comparing them by type and over time.
 *
 * The passes:
 *   1. group claims by (subject, attribute) in a hash table; "first" claims and
 *      claims about a status go to their own passes as well;
 *   2. link partial claims (a subject without the qualifier its rule wants: "a
 *      memorandum of understanding" with no domain) to the one fuller subject whose
 *      claims agree best with the partial claim's frame (the other claims of the same
 *      rule match: its date, its list, its count); ties stay unlinked;
 *   3. compare each group:
 *        unique    one value for the subject: value classes, then each pair of classes
 *                  is the same, compatible, a subset, or different;
 *        at-time   compared only where the claims' times overlap (a ship type of one
 *                  visit, the holder of an office, an amount in a fiscal year);
 *   4. firsts: two "first" claims with the same action whose actors and targets are
 *      the same or one within the other. The same thing first done at two dates is a
 *      conflict. A named instance and a kind it belongs to ("CARAT" and "a US-led
 *      exercise") may be one event: different dates are a discrepancy. Two kinds, or
 *      places within places, are checked by logic: the broader first cannot come
 *      after the narrower one;
 *   5. status over time: events that lift or ease a restriction move it up an ordered
 *      scale; a statement of its status at a time ("maintains elements of", "has
 *      always refused to lift") contradicts an event strictly before it that went
 *      further. Intervals that cannot be ordered (2016 and 2016) never contradict;
 *   6. a stated count against the lists of the same subject;
 *   7. name variants: two names that differ by one letter in one word, for people
 *      whose titles place them in the same office or ministry;
 *   8. views: timelines of the steps and statements about a subject, and notes on how
 *      a list changed from one instrument to the next.
 * Corroborations are the groups whose values all agree, from two or more sources.
 *
 * Limits: a partial claim is linked only when its frame says which subject it is;
 * names are compared word by word, so a reordered name is a different person;
 * status scales are what the lexicon ranks, nothing more.
 */
#include "reconcile/reconciler.h"

#include <string.h>

#include "base/strutil.h"
#include "base/timing.h"
#include "reconcile/compare.h"

typedef struct {
  const char *subject;
  const char *attribute;
  GPtrArray *claims;        /* ContraClaim*, borrowed */
  gboolean contested;       /* a finding was made on it */
} Group;

typedef struct {
  char *key;                /* the normalised value */
  GPtrArray *claims;
} Class;

typedef struct {
  const ContraClaimSet *set;
  const ContraRuleSet *rules;
  const ContraLexicon *lexicon;
  const ContraReconcileOptions *options;
  ContraReport *report;
  GHashTable *groups;       /* Group*, by subject and attribute (group_hash()) */
  GPtrArray *group_list;    /* Group*, in order of creation */
  GHashTable *subjects_by_head; /* head concept id -> GPtrArray of subject (interned) */
  GHashTable *subjects_seen; /* the subjects in subjects_by_head */
  GHashTable *attributes_by_subject; /* subject -> GPtrArray of Group* */
  GPtrArray *firsts;        /* ContraClaim* */
  GPtrArray *statuses;      /* ContraClaim* with a status */
  GHashTable *listed_frames; /* frames (source << 32 | frame) that hold a list */
} Reconciler;

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->claims);
  g_free (group);
}

static void
class_free (Class *class)
{
  g_free (class->key);
  g_ptr_array_unref (class->claims);
  g_free (class);
}

/* ---- small helpers ------------------------------------------------------------ */

static const ContraSource *
source_of (const Reconciler *r, const ContraClaim *claim)
{
  return g_ptr_array_index (r->set->sources, claim->source);
}

static gboolean
is_draft (const Reconciler *r, const ContraClaim *claim)
{
  return source_of (r, claim)->is_draft;
}

/* A claim that weighs less: a reader comment, a plan, a possibility. */
static gboolean
is_weak (const ContraClaim *claim)
{
  return claim->section == CONTRA_SECTION_COMMENT || claim->modality == CONTRA_MODALITY_PLAN
         || claim->modality == CONTRA_MODALITY_POSSIBLE;
}

static ContraCompare
compare_mode (const ContraClaim *claim)
{
  if (claim->compare != CONTRA_COMPARE_DEFAULT)
    return claim->compare;
  switch (claim->kind)
    {
    case CONTRA_RULE_EVENT:
    case CONTRA_RULE_FIRST:
      return CONTRA_COMPARE_UNIQUE;
    case CONTRA_RULE_STATUS:
      return CONTRA_COMPARE_NEVER;
    case CONTRA_RULE_OCCURRENCE:
    case CONTRA_RULE_MEASURE:
    case CONTRA_RULE_OFFICE:
      return CONTRA_COMPARE_AT_TIME;
    }
  return CONTRA_COMPARE_UNIQUE;
}

static ContraSeverity
severity_for (const Reconciler *r, const char *rule, ContraSeverity rule_severity,
              ContraFindingKind kind, gboolean weak)
{
  ContraSeverity severity = kind == CONTRA_FINDING_CHANGE ? CONTRA_SEVERITY_NOTE : CONTRA_SEVERITY_WARNING;

  if (rule_severity != CONTRA_SEVERITY_NONE && kind != CONTRA_FINDING_CHANGE)
    severity = rule_severity;
  if (r->options != NULL && r->options->severity != NULL && rule != NULL)
    {
      gpointer value;
      if (g_hash_table_lookup_extended (r->options->severity, rule, NULL, &value))
        severity = (ContraSeverity) GPOINTER_TO_INT (value);
    }
  if (weak && severity > CONTRA_SEVERITY_NOTE)
    severity--;
  return severity;
}

static char *
topic_of (const ContraClaim *claim)
{
  if (claim->topic != NULL && claim->topic[0] != '\0')
    return g_strdup (claim->topic);

  g_autofree char *label = claim->n_terms > 0 ? contra_term_label (&claim->terms[0]) : g_strdup (claim->subject);
  return g_strdup_printf ("the %s of the %s", claim->attribute, label);
}

static char *
describe (const ContraClaim *claim)
{
  return contra_claim_describe (claim);
}

/* "2011 (000, line 19; 001, line 17)". */
static char *
side_text (const Reconciler *r, GPtrArray *claims)
{
  GString *out = g_string_new (NULL);
  g_autofree char *value = describe (g_ptr_array_index (claims, 0));

  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_string_append_printf (out, "%s (", value);
  for (guint i = 0; i < claims->len; i++)
    {
      char *place = contra_claim_place (r->report, g_ptr_array_index (claims, i));
      /* Two rules may read one sentence: name its place once. */
      if (!g_hash_table_add (seen, place))
        continue;
      g_string_append_printf (out, "%s%s", g_hash_table_size (seen) > 1 ? "; " : "", place);
    }
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}

static guint
count_sources (const Reconciler *r, GPtrArray *claims, gboolean independent_only)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (claims, i);
      if (independent_only && (c->section == CONTRA_SECTION_COMMENT || is_draft (r, c)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (c->source + 1));
    }
  return g_hash_table_size (seen);
}

static gboolean
rule_disabled (const Reconciler *r, const char *rule)
{
  return r->options != NULL && r->options->disabled != NULL
         && g_hash_table_contains (r->options->disabled, rule);
}

/* ---- 1: grouping ------------------------------------------------------------------ */

/* Groups are keyed by themselves: subject and attribute are interned, so a Group
 * with those two filled in is the key to look one up by. */
static guint
group_hash (gconstpointer key)
{
  const Group *g = key;
  return g_direct_hash (g->subject) * 31u + g_direct_hash (g->attribute);
}

static gboolean
group_equal (gconstpointer a, gconstpointer b)
{
  const Group *x = a, *y = b;
  return x->subject == y->subject && x->attribute == y->attribute;
}

static Group *
find_group (const Reconciler *r, const char *subject, const char *attribute)
{
  Group key = {subject, attribute, NULL, FALSE};
  return g_hash_table_lookup (r->groups, &key);
}

static Group *
group_for (Reconciler *r, const char *subject, const char *attribute)
{
  Group *group = find_group (r, subject, attribute);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->subject = subject;
      group->attribute = attribute;
      group->claims = g_ptr_array_new ();
      g_hash_table_add (r->groups, group);
      g_ptr_array_add (r->group_list, group);

      GPtrArray *attributes = g_hash_table_lookup (r->attributes_by_subject, subject);
      if (attributes == NULL)
        {
          attributes = g_ptr_array_new ();
          g_hash_table_insert (r->attributes_by_subject, (gpointer) subject, attributes);
        }
      g_ptr_array_add (attributes, group);
    }
  return group;
}

static void
index_subject (Reconciler *r, const ContraClaim *claim)
{
  if (claim->n_terms == 0 || claim->terms[0].head == NULL)
    return;
  GPtrArray *subjects = g_hash_table_lookup (r->subjects_by_head, claim->terms[0].head->id);
  if (subjects == NULL)
    {
      subjects = g_ptr_array_new ();
      g_hash_table_insert (r->subjects_by_head, (gpointer) claim->terms[0].head->id, subjects);
    }
  if (g_hash_table_add (r->subjects_seen, (gpointer) claim->subject))
    g_ptr_array_add (subjects, (gpointer) claim->subject);
}

static gint64
frame_key (const ContraClaim *claim)
{
  return ((gint64) claim->source << 32) | claim->frame;
}

/* A count stated with its own list ("three areas: a, b and c") describes that list:
 * the list is compared, not the count. */
static gboolean
count_with_list (const Reconciler *r, const ContraClaim *claim)
{
  gint64 key = frame_key (claim);
  return claim->value.type == CONTRA_VALUE_COUNT && g_hash_table_contains (r->listed_frames, &key);
}

static void
collect (Reconciler *r, GPtrArray *partial)
{
  for (guint i = 0; i < r->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->set->claims, i);
      if (claim->value.type == CONTRA_VALUE_SET)
        g_hash_table_add (r->listed_frames, g_memdup2 ((gint64[]){frame_key (claim)}, sizeof (gint64)));
    }
  for (guint i = 0; i < r->set->claims->len; i++)
    {
      ContraClaim *claim = g_ptr_array_index (r->set->claims, i);

      if (rule_disabled (r, claim->rule))
        continue;
      if (claim->kind == CONTRA_RULE_FIRST)
        {
          g_ptr_array_add (r->firsts, claim);
          continue;
        }
      if (claim->status_rank >= 0 || claim->kind == CONTRA_RULE_STATUS)
        g_ptr_array_add (r->statuses, claim);
      if (claim->partial)
        {
          g_ptr_array_add (partial, claim);
          continue;
        }
      if (count_with_list (r, claim))
        continue;
      index_subject (r, claim);
      g_ptr_array_add (group_for (r, claim->subject, claim->attribute)->claims, claim);
    }
}

/* ---- 2: linking partial claims ------------------------------------------------------ */

/* 1 when @claim agrees with some claim of @subject's group for its attribute, else 0.
 * Disagreement is no evidence against a subject: the claim may be the one that is
 * wrong, and finding that out is the point of linking it. */
static int
evidence (Reconciler *r, const char *subject, const ContraClaim *claim)
{
  Group *group = find_group (r, subject, claim->attribute);

  if (group == NULL)
    return 0;
  for (guint i = 0; i < group->claims->len; i++)
    {
      const ContraClaim *other = g_ptr_array_index (group->claims, i);
      if (is_draft (r, other) && !is_draft (r, claim))
        continue;
      ContraRelation rel = contra_compare_claims (claim, other, r->lexicon);
      if (rel == CONTRA_RELATION_SAME || rel == CONTRA_RELATION_AGREE || rel == CONTRA_RELATION_SUBSET
          || rel == CONTRA_RELATION_SUPERSET)
        return 1;
    }
  return 0;
}

static void
link_partial (Reconciler *r, GPtrArray *partial)
{
  /* Claims of one frame share source and frame number. */
  g_autoptr (GHashTable) frames = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < partial->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (partial, i);
      gint64 key = ((gint64) claim->source << 32) | claim->frame;
      GPtrArray *members = g_hash_table_lookup (frames, &key);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (frames, g_memdup2 (&key, sizeof key), members);
        }
      g_ptr_array_add (members, (gpointer) claim);
    }

  for (guint i = 0; i < partial->len; i++)
    {
      ContraClaim *claim = g_ptr_array_index (partial, i);
      gint64 key = ((gint64) claim->source << 32) | claim->frame;
      GPtrArray *members = g_hash_table_lookup (frames, &key);
      GPtrArray *subjects = g_hash_table_lookup (r->subjects_by_head, claim->terms[0].head->id);
      const char *best = NULL;
      int best_score = 0;
      gboolean tie = FALSE;

      for (guint s = 0; subjects != NULL && s < subjects->len; s++)
        {
          const char *subject = g_ptr_array_index (subjects, s);
          int score = 0;
          for (guint m = 0; m < members->len; m++)
            score += evidence (r, subject, g_ptr_array_index (members, m));
          if (score > best_score)
            {
              best = subject;
              best_score = score;
              tie = FALSE;
            }
          else if (score == best_score && score > 0)
            tie = TRUE;
        }
      /* A draft is checked against this corpus: when the corpus knows one subject of
       * this kind, a partial claim of the draft is about it. */
      if (best == NULL && subjects != NULL && subjects->len == 1 && is_draft (r, claim))
        best = g_ptr_array_index (subjects, 0), tie = FALSE;
      if (best != NULL && !tie && !count_with_list (r, claim))
        g_ptr_array_add (group_for (r, best, claim->attribute)->claims, claim);
    }
}

/* ---- 3: comparing groups --------------------------------------------------------------- */

static GPtrArray *
classes_of (GPtrArray *claims)
{
  GPtrArray *classes = g_ptr_array_new_with_free_func ((GDestroyNotify) class_free);
  g_autoptr (GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *key = contra_value_format (&claim->value);
      Class *class = g_hash_table_lookup (by_key, key);
      if (class == NULL)
        {
          class = g_new0 (Class, 1);
          class->key = g_steal_pointer (&key);
          class->claims = g_ptr_array_new ();
          g_hash_table_insert (by_key, class->key, class);
          g_ptr_array_add (classes, class);
        }
      g_ptr_array_add (class->claims, (gpointer) claim);
    }
  return classes;
}

static const ContraClaim *
rep (const Class *class)
{
  return g_ptr_array_index (class->claims, 0);
}

static gboolean
class_has (const Reconciler *r, const Class *class, gboolean draft)
{
  for (guint i = 0; i < class->claims->len; i++)
    if (is_draft (r, g_ptr_array_index (class->claims, i)) == draft)
      return TRUE;
  return FALSE;
}

static gboolean
class_weak (const Class *class)
{
  for (guint i = 0; i < class->claims->len; i++)
    if (!is_weak (g_ptr_array_index (class->claims, i)))
      return FALSE;
  return TRUE;
}

static gboolean
class_hedged (const Class *class)
{
  for (guint i = 0; i < class->claims->len; i++)
    if (((const ContraClaim *) g_ptr_array_index (class->claims, i))->modality != CONTRA_MODALITY_HEDGED)
      return FALSE;
  return TRUE;
}

static gboolean
one_sentence (const Class *a, const Class *b)
{
  const ContraClaim *first = rep (a);
  for (guint n = 0; n < 2; n++)
    {
      const Class *c = n == 0 ? a : b;
      for (guint i = 0; i < c->claims->len; i++)
        {
          const ContraClaim *claim = g_ptr_array_index (c->claims, i);
          if (claim->source != first->source || claim->sentence != first->sentence)
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
incompatible (ContraRelation rel)
{
  return rel == CONTRA_RELATION_DIFFER || rel == CONTRA_RELATION_SUBSET || rel == CONTRA_RELATION_SUPERSET;
}

/* The claims of @class that are the draft's (draft == TRUE) or the corpus's. */
static GPtrArray *
claims_of (const Reconciler *r, const Class *class, gboolean draft)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint i = 0; i < class->claims->len; i++)
    if (is_draft (r, g_ptr_array_index (class->claims, i)) == draft)
      g_ptr_array_add (out, g_ptr_array_index (class->claims, i));
  return out;
}

static void
add_corroboration (Reconciler *r, Group *group, GPtrArray *classes)
{
  if (r->options != NULL && r->options->lint)
    return;

  g_autoptr (GPtrArray) claims = g_ptr_array_new ();
  const ContraClaim *finest = NULL;
  for (guint c = 0; c < classes->len; c++)
    {
      const Class *class = g_ptr_array_index (classes, c);
      for (guint i = 0; i < class->claims->len; i++)
        g_ptr_array_add (claims, g_ptr_array_index (class->claims, i));
      const ContraClaim *claim = rep (class);
      if (finest == NULL
          || (claim->value.type == CONTRA_VALUE_DATE && claim->value.u.date.grain < finest->value.u.date.grain)
          || (claim->value.type == CONTRA_VALUE_CONCEPT && claim->value_term != NULL
              && claim->value_term->head != NULL && finest->value_term != NULL && finest->value_term->head != NULL
              && claim->value_term->head->n_ancestors > finest->value_term->head->n_ancestors))
        finest = claim;
    }
  if (count_sources (r, claims, FALSE) < 2)
    return;

  ContraCorroboration *c = g_new0 (ContraCorroboration, 1);
  c->rule = finest->rule;
  c->subject = group->subject;
  c->attribute = group->attribute;
  c->topic = topic_of (finest);
  c->value = contra_value_format (&finest->value);
  c->text = describe (finest);
  c->claims = g_ptr_array_ref (claims);
  c->n_sources = count_sources (r, claims, TRUE);
  g_ptr_array_add (r->report->corroborations, c);
}

/* A message for two sets that differ: what each lists that the other does not. */
static char *
set_difference_text (const Reconciler *r, const ContraClaim *a, const ContraClaim *b)
{
  g_autoptr (GPtrArray) only_a = contra_set_difference (&a->value, &b->value, r->lexicon);
  g_autoptr (GPtrArray) only_b = contra_set_difference (&b->value, &a->value, r->lexicon);
  g_autofree char *place_a = contra_claim_place (r->report, a);
  g_autofree char *place_b = contra_claim_place (r->report, b);
  GString *out = g_string_new (NULL);
  guint shared = a->value.u.set.n_items - only_a->len;

  g_ptr_array_add (only_a, NULL);
  g_ptr_array_add (only_b, NULL);
  g_autofree char *list_a = g_strjoinv ("; ", (char **) only_a->pdata);
  g_autofree char *list_b = g_strjoinv ("; ", (char **) only_b->pdata);

  if (only_a->len > 1 && only_b->len > 1)
    g_string_append_printf (out, "%s lists %s where %s lists %s", place_a, list_a, place_b, list_b);
  else if (only_a->len > 1)
    g_string_append_printf (out, "%s also lists %s, which %s does not", place_a, list_a, place_b);
  else
    g_string_append_printf (out, "%s also lists %s, which %s does not", place_b, list_b, place_a);
  if (shared > 0)
    g_string_append_printf (out, "; %u other item%s match", shared, shared == 1 ? "" : "s");
  return g_string_free (out, FALSE);
}

static guint
class_index (GPtrArray *classes, const Class *c)
{
  guint i = 0;
  g_ptr_array_find (classes, c, &i);
  return i;
}

/* The classes involved, with those that agree with each other joined into one side:
 * "2013 (000, line 23) and July 2013 (001, line 9) vs 2010 (003, line 12)". A class
 * joins a side when it is compatible with every class already there. */
static char *
sides_text (const Reconciler *r, GPtrArray *involved, const gboolean *bad, GPtrArray *classes, guint k)
{
  g_autoptr (GPtrArray) sides = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < involved->len; i++)
    {
      const Class *c = g_ptr_array_index (involved, i);
      guint ci = class_index (classes, c);
      GPtrArray *home = NULL;
      for (guint s = 0; s < sides->len && home == NULL; s++)
        {
          GPtrArray *side = g_ptr_array_index (sides, s);
          gboolean fits = TRUE;
          for (guint m = 0; m < side->len && fits; m++)
            {
              guint mi = class_index (classes, g_ptr_array_index (side, m));
              fits = !bad[MIN (ci, mi) * k + MAX (ci, mi)]
                     && contra_compare_claims (rep (c), rep (g_ptr_array_index (side, m)), r->lexicon)
                          != CONTRA_RELATION_DIFFER;
            }
          if (fits)
            home = side;
        }
      if (home == NULL)
        {
          home = g_ptr_array_new ();
          g_ptr_array_add (sides, home);
        }
      g_ptr_array_add (home, (gpointer) c);
    }

  GString *out = g_string_new (NULL);
  for (guint s = 0; s < sides->len; s++)
    {
      GPtrArray *side = g_ptr_array_index (sides, s);
      if (s > 0)
        g_string_append (out, " vs ");
      for (guint m = 0; m < side->len; m++)
        {
          g_autofree char *text = side_text (r, ((Class *) g_ptr_array_index (side, m))->claims);
          g_string_append_printf (out, "%s%s", m > 0 ? " and " : "", text);
        }
    }
  return g_string_free (out, FALSE);
}

/* Builds and adds the finding for classes that disagree. @against, in lint, is the
 * draft's class; the others are the corpus's. */
static void
report_classes (Reconciler *r, Group *group, GPtrArray *classes, gboolean *bad_pairs, guint k,
                const Class *draft_class)
{
  const ContraClaim *first = rep (g_ptr_array_index (classes, 0));
  gboolean any_differ = FALSE, weak = FALSE, hedged = FALSE, one_source = TRUE;
  guint source = G_MAXUINT;
  g_autoptr (GPtrArray) involved = g_ptr_array_new ();
  ContraRelation shown = CONTRA_RELATION_DIFFER;
  gint shown_a = -1, shown_b = -1;

  for (guint i = 0; i < k; i++)
    for (guint j = i + 1; j < k; j++)
      {
        if (!bad_pairs[i * k + j])
          continue;
        const Class *a = g_ptr_array_index (classes, i), *b = g_ptr_array_index (classes, j);
        ContraRelation rel = contra_compare_claims (rep (a), rep (b), r->lexicon);
        any_differ |= rel == CONTRA_RELATION_DIFFER && !class_hedged (a) && !class_hedged (b);
        hedged |= class_hedged (a) || class_hedged (b);
        weak |= class_weak (a) || class_weak (b);
        if (!g_ptr_array_find (involved, a, NULL))
          g_ptr_array_add (involved, (gpointer) a);
        if (!g_ptr_array_find (involved, b, NULL))
          g_ptr_array_add (involved, (gpointer) b);
        if (shown_a < 0 || (rel == CONTRA_RELATION_DIFFER && shown != CONTRA_RELATION_DIFFER))
          {
            shown = rel;
            shown_a = (gint) i;
            shown_b = (gint) j;
          }
      }
  if (involved->len == 0)
    return;
  /* A reader comment is its commenter's voice, not the outlet's: an article and its
   * comments disagreeing is a conflict, not the document contradicting itself. */
  const char *author = NULL;
  for (guint i = 0; i < involved->len; i++)
    {
      const Class *c = g_ptr_array_index (involved, i);
      for (guint n = 0; n < c->claims->len; n++)
        {
          const ContraClaim *claim = g_ptr_array_index (c->claims, n);
          if (source == G_MAXUINT)
            {
              source = claim->source;
              author = claim->section_author;
            }
          one_source &= claim->source == source && g_strcmp0 (claim->section_author, author) == 0;
        }
    }

  ContraFindingKind kind = !any_differ ? CONTRA_FINDING_DISCREPANCY
                           : one_source ? CONTRA_FINDING_SELF_CONTRADICTION
                                        : CONTRA_FINDING_CONFLICT;
  /* In lint the finding is the draft's: its rule is the one a suppression names. */
  if (draft_class != NULL)
    first = rep (draft_class);
  ContraFinding *finding = contra_finding_new (kind, first->rule);
  finding->subject = group->subject;
  finding->attribute = group->attribute;
  finding->weak = weak;
  finding->severity = severity_for (r, first->rule, first->severity, kind, weak);
  for (guint i = 0; i < involved->len; i++)
    {
      const Class *c = g_ptr_array_index (involved, i);
      for (guint n = 0; n < c->claims->len; n++)
        {
          const ContraClaim *claim = g_ptr_array_index (c->claims, n);
          /* In lint, the draft's side is the class that differs: another of its claims
           * that happens to agree with a source is not part of this finding. */
          if (draft_class != NULL && c != draft_class && is_draft (r, claim))
            continue;
          contra_finding_add (finding, claim, i);
        }
    }

  g_autofree char *topic = topic_of (first);
  const Class *a = g_ptr_array_index (classes, shown_a), *b = g_ptr_array_index (classes, shown_b);
  if (draft_class != NULL)
    finding->message = g_strdup ("");  /* written by the lint pass, which knows more */
  else if (rep (a)->value.type == CONTRA_VALUE_SET)
    {
      g_autofree char *detail = set_difference_text (r, rep (a), rep (b));
      finding->message = g_strdup_printf ("%s on %s: %s",
                                          kind == CONTRA_FINDING_CONFLICT ? "Sources disagree"
                                          : kind == CONTRA_FINDING_SELF_CONTRADICTION ? "The document contradicts itself"
                                                                                      : "The lists differ",
                                          topic, detail);
    }
  else
    {
      g_autofree char *sides = sides_text (r, involved, bad_pairs, classes, k);
      const char *lead = kind == CONTRA_FINDING_SELF_CONTRADICTION ? "The document contradicts itself on"
                         : kind == CONTRA_FINDING_DISCREPANCY && hedged ? "Sources differ (one only characterises it) on"
                         : kind == CONTRA_FINDING_DISCREPANCY ? "Sources differ on"
                                                              : "Sources disagree on";
      finding->message = g_strdup_printf ("%s %s: %s", lead, topic, sides);
    }
  if (weak)
    {
      char *m = finding->message;
      finding->message = g_strconcat (m, " (one side is a reader comment or a plan)", NULL);
      g_free (m);
    }
  group->contested = TRUE;
  g_ptr_array_add (r->report->findings, finding);
}

/* A draft's list against the sources' lists it differs from: what it has that none
 * of them lists, and what they all list that it leaves out. */
static char *
lint_set_message (const Reconciler *r, const Class *draft, GPtrArray *classes, const gboolean *pairs, guint d,
                  guint k, const char *topic)
{
  const ContraClaim *mine = rep (draft);
  g_autoptr (GPtrArray) extra = NULL;   /* the draft's items no source has */
  g_autoptr (GPtrArray) missing = NULL; /* items every source has that the draft lacks */
  GString *places = g_string_new (NULL);

  for (guint c = 0; c < k; c++)
    {
      if (c == d || !pairs[MIN (c, d) * k + MAX (c, d)])
        continue;
      const Class *corpus = g_ptr_array_index (classes, c);
      g_autoptr (GPtrArray) theirs = claims_of (r, corpus, FALSE);
      if (theirs->len == 0)
        continue;
      const ContraClaim *other = g_ptr_array_index (theirs, 0);
      g_autoptr (GPtrArray) only_mine = contra_set_difference (&mine->value, &other->value, r->lexicon);
      g_autoptr (GPtrArray) only_theirs = contra_set_difference (&other->value, &mine->value, r->lexicon);
      if (extra == NULL)
        {
          extra = g_ptr_array_ref (only_mine);
          missing = g_ptr_array_ref (only_theirs);
        }
      else
        {
          /* Keep what holds against every source. */
          for (guint i = extra->len; i-- > 0;)
            if (!g_ptr_array_find_with_equal_func (only_mine, g_ptr_array_index (extra, i), g_str_equal, NULL))
              g_ptr_array_remove_index (extra, i);
          for (guint i = missing->len; i-- > 0;)
            if (!g_ptr_array_find_with_equal_func (only_theirs, g_ptr_array_index (missing, i), g_str_equal, NULL))
              g_ptr_array_remove_index (missing, i);
        }
      for (guint i = 0; i < theirs->len; i++)
        {
          g_autofree char *place = contra_claim_place (r->report, g_ptr_array_index (theirs, i));
          if (strstr (places->str, place) == NULL)
            g_string_append_printf (places, "%s%s", places->len ? "; " : "", place);
        }
    }

  GString *out = g_string_new (NULL);
  if (extra != NULL && extra->len > 0)
    {
      g_ptr_array_add (extra, NULL);
      g_autofree char *items = g_strjoinv ("; ", (char **) extra->pdata);
      g_string_append_printf (out, "The draft lists %s among %s, which no source lists there", items, topic);
    }
  if (missing != NULL && missing->len > 0)
    {
      g_ptr_array_add (missing, NULL);
      g_autofree char *items = g_strjoinv ("; ", (char **) missing->pdata);
      if (out->len > 0)
        g_string_append_printf (out, ", and leaves out %s, which the sources list", items);
      else
        g_string_append_printf (out, "The draft leaves out %s from %s, which the sources list", items, topic);
    }
  if (out->len == 0)
    g_string_append_printf (out, "The draft's list of %s is not the sources'", topic);
  g_string_append_printf (out, " (%s)", places->str);
  g_string_free (places, TRUE);
  return g_string_free (out, FALSE);
}

/* Compares the claims of a group (or of one time cluster of it) as one fact. */
static void
compare_unique (Reconciler *r, Group *group, GPtrArray *claims)
{
  g_autoptr (GPtrArray) usable = g_ptr_array_new ();

  /* Denials, plans and possibilities state no value as a fact; the status pass reads
   * them for what they say has not happened yet. */
  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (claims, i);
      if (claim->polarity == CONTRA_POLARITY_ASSERTED && claim->modality != CONTRA_MODALITY_PLAN
          && claim->modality != CONTRA_MODALITY_POSSIBLE)
        g_ptr_array_add (usable, (gpointer) claim);
    }
  if (usable->len == 0)
    return;

  g_autoptr (GPtrArray) classes = classes_of (usable);
  guint k = classes->len;
  g_autofree gboolean *bad = g_new0 (gboolean, k * k);
  gboolean any = FALSE;
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint i = 0; i < k; i++)
    for (guint j = i + 1; j < k; j++)
      {
        const Class *a = g_ptr_array_index (classes, i), *b = g_ptr_array_index (classes, j);
        ContraRelation rel = contra_compare_claims (rep (a), rep (b), r->lexicon);
        /* Two values one sentence gives hold together ("Deputy Prime Minister and
         * Foreign Minister"): a sentence does not contradict itself that way. */
        bad[i * k + j] = incompatible (rel) && !one_sentence (a, b);
        any |= bad[i * k + j];
      }

  if (!lint)
    {
      if (any)
        report_classes (r, group, classes, bad, k, NULL);
      else
        add_corroboration (r, group, classes);
      return;
    }

  /* Lint: each draft class against the corpus classes. A draft value that agrees
   * with a source is silent, and a note when the sources disagree among themselves. */
  gboolean corpus_contested = FALSE;
  for (guint i = 0; i < k; i++)
    for (guint j = i + 1; j < k; j++)
      if (bad[i * k + j] && class_has (r, g_ptr_array_index (classes, i), FALSE)
          && class_has (r, g_ptr_array_index (classes, j), FALSE))
        corpus_contested = TRUE;

  for (guint d = 0; d < k; d++)
    {
      const Class *draft = g_ptr_array_index (classes, d);
      if (!class_has (r, draft, TRUE))
        continue;
      gboolean agrees = class_has (r, draft, FALSE);
      guint n_corpus = 0;
      g_autofree gboolean *pairs = g_new0 (gboolean, k * k);
      for (guint c = 0; c < k; c++)
        {
          const Class *corpus = g_ptr_array_index (classes, c);
          if (c == d || !class_has (r, corpus, FALSE))
            continue;
          n_corpus++;
          gboolean differs = bad[MIN (c, d) * k + MAX (c, d)];
          if (!differs)
            agrees = TRUE;
          else
            pairs[MIN (c, d) * k + MAX (c, d)] = TRUE;
        }
      if (n_corpus == 0 && !class_has (r, draft, FALSE))
        continue;
      if (agrees && !corpus_contested)
        continue;

      g_autoptr (GPtrArray) before = g_ptr_array_ref (r->report->findings);
      guint n_before = r->report->findings->len;
      report_classes (r, group, classes, pairs, k, draft);
      if (r->report->findings->len > n_before)
        {
          ContraFinding *finding = g_ptr_array_index (r->report->findings, n_before);
          finding->contested = corpus_contested;
          if (agrees)
            {
              /* The draft picks one side of a contested fact. */
              finding->severity = CONTRA_SEVERITY_NOTE;
              g_free (finding->message);
              g_autoptr (GPtrArray) mine = claims_of (r, draft, TRUE);
              g_autofree char *value = describe (g_ptr_array_index (mine, 0));
              g_autofree char *topic = topic_of (g_ptr_array_index (mine, 0));
              finding->message = g_strdup_printf ("The draft says %s for %s, which some sources say, "
                                                  "but the sources disagree on it", value, topic);
            }
          else
            {
              /* Rebuild the message now that we know whether the corpus is contested. */
              g_autoptr (GPtrArray) mine = claims_of (r, draft, TRUE);
              g_autofree char *value = describe (g_ptr_array_index (mine, 0));
              g_autofree char *topic = topic_of (g_ptr_array_index (mine, 0));
              GString *sides = g_string_new (NULL);
              guint n = 0, agreeing_sources = 0;
              for (guint c = 0; c < k; c++)
                {
                  const Class *corpus = g_ptr_array_index (classes, c);
                  if (c == d || !pairs[MIN (c, d) * k + MAX (c, d)])
                    continue;
                  g_autoptr (GPtrArray) theirs = claims_of (r, corpus, FALSE);
                  g_autofree char *side = side_text (r, theirs);
                  g_string_append_printf (sides, "%s%s", n++ > 0 ? (corpus_contested ? " or " : " and ") : "", side);
                  agreeing_sources += count_sources (r, theirs, TRUE);
                }
              g_free (finding->message);
              if (rep (draft)->value.type == CONTRA_VALUE_SET)
                finding->message = lint_set_message (r, draft, classes, pairs, d, k, topic);
              else if (corpus_contested)
                finding->message = g_strdup_printf ("The draft says %s for %s; the sources disagree, "
                                                    "but none says that: %s", value, topic, sides->str);
              else
                {
                  finding->message = g_strdup_printf ("The draft says %s for %s, but %s: %s", value, topic,
                                                      agreeing_sources >= 2 ? "the sources agree on something else"
                                                                            : "the source says otherwise",
                                                      sides->str);
                  /* A settled fact, stated by two or more independent sources. */
                  if (agreeing_sources >= 2 && finding->severity == CONTRA_SEVERITY_WARNING && !finding->weak
                      && finding->kind == CONTRA_FINDING_CONFLICT)
                    finding->severity = CONTRA_SEVERITY_ERROR;
                }
              g_string_free (sides, TRUE);
            }
        }
    }
}

static gboolean
fine_enough (const ContraClaim *claim, ContraGrain grain)
{
  return contra_date_is_set (&claim->time) && claim->time.grain <= grain;
}

/* The calendar month (or year) that @date falls in, as a number to group by. */
static guint
period_of (const ContraDate *date, ContraGrain grain)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, (guint32) MAX (date->first, 1));
  return g_date_get_year (&day) * 12u + (grain <= CONTRA_GRAIN_MONTH ? g_date_get_month (&day) - 1u : 0u);
}

/* Compares claims about one time: one visit's ship, one office's holder. Claims are
 * grouped by the calendar month they fall in (the year, for values that need only
 * a year), so that "on March 9", "in March 2016" and "on March 27" are compared
 * together, whatever order they come in. */
static void
compare_at_time (Reconciler *r, Group *group)
{
  GPtrArray *claims = group->claims;
  const ContraClaim *first = g_ptr_array_index (claims, 0);
  /* An office held by several people at once (a deputy minister) has no conflicts
   * of holder; others need dates precise to the month to compare. */
  gboolean holder = first->value.type == CONTRA_VALUE_NAME;
  if (holder && (first->n_terms == 0 || first->terms[0].head == NULL
                 || !(first->terms[0].head->flags & CONTRA_CONCEPT_SINGLE_HOLDER)))
    return;
  ContraGrain grain = first->value.type == CONTRA_VALUE_NAME || first->value.type == CONTRA_VALUE_CONCEPT
                          ? CONTRA_GRAIN_MONTH
                          : CONTRA_GRAIN_YEAR;

  g_autoptr (GHashTable) periods = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (claims, i);
      if (!fine_enough (c, grain))
        continue;
      gpointer key = GUINT_TO_POINTER (period_of (&c->time, grain) + 1);
      GPtrArray *cluster = g_hash_table_lookup (periods, key);
      if (cluster == NULL)
        {
          cluster = g_ptr_array_new ();
          g_hash_table_insert (periods, key, cluster);
          g_ptr_array_add (order, cluster);
        }
      g_ptr_array_add (cluster, (gpointer) c);
    }
  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *cluster = g_ptr_array_index (order, i);
      if (cluster->len > 1)
        compare_unique (r, group, cluster);
    }
}

static void
compare_groups (Reconciler *r)
{
  for (guint g = 0; g < r->group_list->len; g++)
    {
      Group *group = g_ptr_array_index (r->group_list, g);
      if (group->claims->len == 0)
        continue;
      switch (compare_mode (g_ptr_array_index (group->claims, 0)))
        {
        case CONTRA_COMPARE_UNIQUE:
        case CONTRA_COMPARE_DEFAULT:
          compare_unique (r, group, group->claims);
          break;
        case CONTRA_COMPARE_AT_TIME:
          compare_at_time (r, group);
          break;
        case CONTRA_COMPARE_NEVER:
          break;
        }
    }
}

/* ---- 4: firsts --------------------------------------------------------------------------- */

typedef enum { SLOT_SAME, SLOT_INSTANCE, SLOT_NARROWER, SLOT_BROADER, SLOT_UNRELATED } SlotRelation;

/* How @a's slot relates to @b's: the same, narrower (a within b), broader, or an
 * instance-and-kind relation (one is a named instance of the other's kind). */
/* @lenient: a missing slot may stand for a country. A draft's "the first by a US
 * defense secretary" is about the country its corpus is about, not about a port or a
 * base within it; between sources, a missing target says nothing. */
static SlotRelation
slot_relation (const ContraTerm *a, const ContraTerm *b, gboolean lenient)
{
  if (a == NULL || b == NULL)
    {
      const ContraTerm *named = a != NULL ? a : b;
      if (!lenient || named == NULL)
        return a == NULL && b == NULL && lenient ? SLOT_SAME : SLOT_UNRELATED;
      return named->head != NULL && g_str_equal (named->head->kind, "country") ? SLOT_SAME : SLOT_UNRELATED;
    }
  if (contra_terms_equal (a, 1, b, 1))
    return SLOT_SAME;
  gboolean a_in_b = contra_term_within (a, b), b_in_a = contra_term_within (b, a);
  if (a_in_b && b_in_a)
    return SLOT_SAME;
  if (a_in_b || b_in_a)
    {
      const ContraTerm *narrow = a_in_b ? a : b, *broad = a_in_b ? b : a;
      if (narrow->head != NULL && broad->head != NULL && (narrow->head->flags & CONTRA_CONCEPT_INSTANCE)
          && !(broad->head->flags & CONTRA_CONCEPT_INSTANCE)
          && contra_concept_is_a (narrow->head, broad->head))
        return SLOT_INSTANCE;
      return a_in_b ? SLOT_NARROWER : SLOT_BROADER;
    }
  return SLOT_UNRELATED;
}

static const ContraTerm *
first_slot (const ContraClaim *claim, guint i)
{
  return i < claim->n_terms ? &claim->terms[i] : NULL;
}

/* Compares two firsts; returns the finding kind, or -1 when they fit together. */
static gboolean
same_action (const ContraClaim *a, const ContraClaim *b)
{
  /* Observing an exercise is taking part in it: actions one within the other match. */
  return a->n_terms >= 2 && b->n_terms >= 2 && a->terms[1].head != NULL && b->terms[1].head != NULL
         && (contra_concept_is_a (a->terms[1].head, b->terms[1].head)
             || contra_concept_is_a (b->terms[1].head, a->terms[1].head));
}

static int
firsts_fit (const ContraClaim *a, const ContraClaim *b, gboolean lenient)
{
  if (!same_action (a, b))
    return -1;
  if (a->value.type != CONTRA_VALUE_DATE || b->value.type != CONTRA_VALUE_DATE
      || contra_date_overlaps (&a->value.u.date, &b->value.u.date))
    return -1;

  SlotRelation actor = slot_relation (first_slot (a, 0), first_slot (b, 0), FALSE);
  SlotRelation target = slot_relation (first_slot (a, 2), first_slot (b, 2), lenient);
  if (actor == SLOT_UNRELATED || target == SLOT_UNRELATED)
    return -1;
  if (actor == SLOT_SAME && target == SLOT_SAME)
    return CONTRA_FINDING_CONFLICT;
  if (actor == SLOT_INSTANCE || target == SLOT_INSTANCE)
    return CONTRA_FINDING_DISCREPANCY;

  /* Kinds within kinds, places within places: the first time the broader thing
   * happened cannot come after the first time the narrower one did. */
  gboolean a_narrower = (actor == SLOT_NARROWER || actor == SLOT_SAME) && (target == SLOT_NARROWER || target == SLOT_SAME);
  gboolean a_broader = (actor == SLOT_BROADER || actor == SLOT_SAME) && (target == SLOT_BROADER || target == SLOT_SAME);
  const ContraClaim *narrow = a_narrower ? a : a_broader ? b : NULL;
  const ContraClaim *broad = narrow == a ? b : a;
  if (narrow == NULL)
    return -1;
  return contra_date_before (&narrow->value.u.date, &broad->value.u.date) ? CONTRA_FINDING_DISCREPANCY : -1;
}

static char *
date_phrase (const ContraDate *date)
{
  g_autofree char *text = contra_date_describe (date);
  return g_strdup_printf ("%s %s", date->grain == CONTRA_GRAIN_DAY ? "on" : "in", text);
}

/* "the first visit to a Vietnamese military base by a US Secretary of Defense, in June
 * 2015 (000, line 27)": the action's label is a noun phrase with its preposition. */
static char *
first_text (const Reconciler *r, const ContraClaim *claim)
{
  g_autofree char *actor = contra_term_phrase (&claim->terms[0]);
  g_autofree char *action = contra_term_label (&claim->terms[1]);
  g_autofree char *target = claim->n_terms > 2 ? contra_term_phrase (&claim->terms[2]) : NULL;
  g_autofree char *when = date_phrase (&claim->value.u.date);
  g_autofree char *place = contra_claim_place (r->report, claim);

  if (target != NULL)
    return g_strdup_printf ("the first %s %s by %s, %s (%s)", action, target, actor, when, place);
  /* Without a target, the action's preposition hangs: "visit to" becomes "visit". */
  const char *space = strrchr (action, ' ');
  return g_strdup_printf ("the first %.*s by %s, %s (%s)", space ? (int) (space - action) : (int) strlen (action),
                          action, actor, when, place);
}

static guint
find_root (guint *parent, guint i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* A side of a disputed first: what some claims say alike (terms and date). */
typedef struct {
  GString *text;
  guint places;
} FirstSide;

static guint
first_side_hash (gconstpointer claim)
{
  const ContraClaim *c = claim;
  return contra_terms_hash (c->terms, c->n_terms) * 31u + (guint) c->value.u.date.first;
}

static gboolean
first_side_equal (gconstpointer a, gconstpointer b)
{
  const ContraClaim *x = a, *y = b;
  return contra_terms_equal (x->terms, x->n_terms, y->terms, y->n_terms)
         && contra_date_compare (&x->value.u.date, &y->value.u.date) == 0;
}

/* Places listed for a side before "and N more". */
#define FIRST_SIDE_PLACES 5

/* The firsts of one component, grouped by what they say (same subject and date) into
 * sides: "the first visit to X by Y, in June 2012 (004, line 36; f02, line 14)". */
static char *
firsts_text (const Reconciler *r, GPtrArray *claims)
{
  g_autoptr (GHashTable) index = g_hash_table_new (first_side_hash, first_side_equal);
  g_autoptr (GArray) sides = g_array_new (FALSE, FALSE, sizeof (FirstSide));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (claims, i);
      gpointer found;
      if (!g_hash_table_lookup_extended (index, c, NULL, &found))
        {
          /* first_text ends with "(place)"; further claims of this side add theirs. */
          FirstSide side = {g_string_new (NULL), 1};
          g_autofree char *text = first_text (r, c);
          g_string_append_len (side.text, text, (gssize) strlen (text) - 1);
          g_hash_table_insert (index, (gpointer) c, GUINT_TO_POINTER (sides->len));
          g_array_append_val (sides, side);
          continue;
        }
      FirstSide *side = &g_array_index (sides, FirstSide, GPOINTER_TO_UINT (found));
      if (side->places++ < FIRST_SIDE_PLACES)
        {
          g_autofree char *place = contra_claim_place (r->report, c);
          g_string_append_printf (side->text, "; %s", place);
        }
    }
  for (guint i = 0; i < sides->len; i++)
    {
      FirstSide *side = &g_array_index (sides, FirstSide, i);
      g_string_append_printf (out, "%s%s", i > 0 ? " vs " : "", side->text->str);
      if (side->places > FIRST_SIDE_PLACES)
        g_string_append_printf (out, "; and %u more", side->places - FIRST_SIDE_PLACES);
      g_string_append_c (out, ')');
      g_string_free (side->text, TRUE);
    }
  return g_string_free (out, FALSE);
}

/* Firsts are compared cell by cell. A cell holds the claims that state one first
 * alike (one subject, one date; in lint, the draft's apart from the sources'), which
 * firsts_fit() cannot tell apart; cells are compared with the cells of their own
 * subject and of related subjects only. Subjects relate when their actors and their
 * targets are within one another, so each subject is indexed under every pair of
 * heads its actor and target are within (its "up" pairs), and two subjects are
 * compared in the one bucket whose key holds, slot by slot, the broader of their two
 * heads: there each has its own head in a slot where the other does not. That makes
 * the work grow with the claims and the related pairs, not with their square. */
typedef struct {
  const ContraClaim *example;
  ContraDate date;
  gboolean draft;
  GArray *claims;           /* guint: indices into Reconciler.firsts, ascending */
  guint subject;            /* index into the subjects */
} FirstCell;

typedef struct {
  const ContraClaim *example;
  GArray *cells;            /* guint: indices into the cells */
} FirstSubject;

typedef struct {
  guint a;                  /* cells, a < b */
  guint b;
  int kind;                 /* ContraFindingKind */
} CellPair;

typedef struct {
  gconstpointer actor;      /* a concept, or a person's interned name */
  gconstpointer target;
} HeadPair;

static guint
head_pair_hash (gconstpointer key)
{
  const HeadPair *k = key;
  return g_direct_hash (k->actor) * 31u + g_direct_hash (k->target);
}

static gboolean
head_pair_equal (gconstpointer a, gconstpointer b)
{
  const HeadPair *x = a, *y = b;
  return x->actor == y->actor && x->target == y->target;
}

/* What @term is within, as keys: its head and the heads above it (is_a and part_of),
 * or a person's name. */
static void
up_keys (const ContraLexicon *lexicon, const ContraTerm *term, GPtrArray *out)
{
  g_ptr_array_set_size (out, 0);
  if (term->head == NULL)
    {
      g_ptr_array_add (out, (gpointer) term->name);
      return;
    }
  g_ptr_array_add (out, (gpointer) term->head);
  for (guint i = 0; i < term->head->n_ancestors; i++)
    g_ptr_array_add (out, contra_lexicon_concept_at (lexicon, term->head->ancestors[i]));
  for (guint i = 0; i < term->head->n_containers; i++)
    {
      ContraConcept *c = contra_lexicon_concept_at (lexicon, term->head->containers[i]);
      if (!contra_concept_is_a (term->head, c))
        g_ptr_array_add (out, c);
    }
}

static gconstpointer
head_key (const ContraTerm *term)
{
  return term->head != NULL ? (gconstpointer) term->head : (gconstpointer) term->name;
}

static gboolean
same_cell (const FirstCell *cell, const ContraClaim *claim, gboolean draft)
{
  const ContraDate *d = &claim->value.u.date;
  return cell->draft == draft && cell->date.first == d->first && cell->date.last == d->last
         && cell->date.grain == d->grain && cell->date.flags == d->flags;
}

/* A draft's first that agrees with a source's first is not checked further. */
static gboolean
draft_first_agrees (Reconciler *r, const ContraClaim *a)
{
  for (guint j = 0; j < r->firsts->len; j++)
    {
      const ContraClaim *b = g_ptr_array_index (r->firsts, j);
      if (!is_draft (r, b) && same_action (a, b)
          && slot_relation (first_slot (a, 0), first_slot (b, 0), FALSE) == SLOT_SAME
          && slot_relation (first_slot (a, 2), first_slot (b, 2), TRUE) == SLOT_SAME
          && contra_date_overlaps (&a->value.u.date, &b->value.u.date))
        return TRUE;
    }
  return FALSE;
}

/* Claims by their subject's terms: a subject is what its terms say, whatever its key. */
static guint
claim_terms_hash (gconstpointer claim)
{
  const ContraClaim *c = claim;
  return contra_terms_hash (c->terms, c->n_terms);
}

static gboolean
claim_terms_equal (gconstpointer a, gconstpointer b)
{
  const ContraClaim *x = a, *y = b;
  return contra_terms_equal (x->terms, x->n_terms, y->terms, y->n_terms);
}

/* Sorts the firsts that can be compared into cells, and the cells by subject. */
static void
build_cells (Reconciler *r, GArray *cells, GArray *subjects)
{
  gboolean lint = r->options != NULL && r->options->lint;
  g_autoptr (GHashTable) by_subject = g_hash_table_new (claim_terms_hash, claim_terms_equal);

  for (guint i = 0; i < r->firsts->len; i++)
    {
      const ContraClaim *a = g_ptr_array_index (r->firsts, i);
      gboolean draft = is_draft (r, a);
      if (a->polarity != CONTRA_POLARITY_ASSERTED || a->value.type != CONTRA_VALUE_DATE)
        continue;
      if (lint && draft && draft_first_agrees (r, a))
        continue;

      gpointer found;
      guint s;
      if (g_hash_table_lookup_extended (by_subject, a, NULL, &found))
        s = GPOINTER_TO_UINT (found);
      else
        {
          s = subjects->len;
          FirstSubject subject = {a, g_array_new (FALSE, FALSE, sizeof (guint))};
          g_array_append_val (subjects, subject);
          g_hash_table_insert (by_subject, (gpointer) a, GUINT_TO_POINTER (s));
        }
      FirstSubject *subject = &g_array_index (subjects, FirstSubject, s);
      guint c = G_MAXUINT;
      for (guint k = 0; k < subject->cells->len && c == G_MAXUINT; k++)
        {
          guint candidate = g_array_index (subject->cells, guint, k);
          if (same_cell (&g_array_index (cells, FirstCell, candidate), a, draft))
            c = candidate;
        }
      if (c == G_MAXUINT)
        {
          c = cells->len;
          FirstCell cell = {a, a->value.u.date, draft, g_array_new (FALSE, FALSE, sizeof (guint)), s};
          g_array_append_val (cells, cell);
          g_array_append_val (subject->cells, c);
        }
      g_array_append_val (g_array_index (cells, FirstCell, c).claims, i);
    }
}

/* Compares the cells of two subjects (the same one twice: its cells with each other). */
static void
compare_subjects (Reconciler *r, GArray *cells, const FirstSubject *x, const FirstSubject *y, GArray *pairs)
{
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint i = 0; i < x->cells->len; i++)
    for (guint j = x == y ? i + 1 : 0; j < y->cells->len; j++)
      {
        guint a = g_array_index (x->cells, guint, i), b = g_array_index (y->cells, guint, j);
        const FirstCell *ca = &g_array_index (cells, FirstCell, a), *cb = &g_array_index (cells, FirstCell, b);
        if (lint ? ca->draft == cb->draft : (ca->draft || cb->draft))
          continue;
        int kind = firsts_fit (ca->example, cb->example, lint);
        if (kind >= 0)
          g_array_append_val (pairs, ((CellPair){MIN (a, b), MAX (a, b), kind}));
      }
}

/* Every pair of related subjects, by the index of up pairs (see above). In lint a
 * draft has few firsts: each of its subjects is compared with every subject, which
 * also covers a missing target standing for a country. */
static void
related_subjects (Reconciler *r, GArray *cells, GArray *subjects, GArray *pairs)
{
  gboolean lint = r->options != NULL && r->options->lint;

  if (lint)
    {
      for (guint s = 0; s < subjects->len; s++)
        for (guint t = s; t < subjects->len; t++)
          compare_subjects (r, cells, &g_array_index (subjects, FirstSubject, s),
                            &g_array_index (subjects, FirstSubject, t), pairs);
      return;
    }

  /* Between sources a missing actor or target relates to nothing (slot_relation()). */
  g_autoptr (GHashTable) buckets = g_hash_table_new_full (head_pair_hash, head_pair_equal, g_free,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) actors = g_ptr_array_new ();
  g_autoptr (GPtrArray) targets = g_ptr_array_new ();
  for (guint s = 0; s < subjects->len; s++)
    {
      const FirstSubject *subject = &g_array_index (subjects, FirstSubject, s);
      const ContraClaim *c = subject->example;
      compare_subjects (r, cells, subject, subject, pairs);
      if (c->n_terms < 3)
        continue;
      up_keys (r->lexicon, &c->terms[0], actors);
      up_keys (r->lexicon, &c->terms[2], targets);
      for (guint i = 0; i < actors->len; i++)
        for (guint j = 0; j < targets->len; j++)
          {
            HeadPair key = {g_ptr_array_index (actors, i), g_ptr_array_index (targets, j)};
            GArray *bucket = g_hash_table_lookup (buckets, &key);
            if (bucket == NULL)
              {
                bucket = g_array_new (FALSE, FALSE, sizeof (guint));
                g_hash_table_insert (buckets, g_memdup2 (&key, sizeof key), bucket);
              }
            g_array_append_val (bucket, s);
          }
    }

  /* In a bucket, a subject's mask says in which slots its own head is the key's. */
  GHashTableIter iter;
  gpointer k, v;
  GArray *by_mask[4];
  for (guint m = 0; m < 4; m++)
    by_mask[m] = g_array_new (FALSE, FALSE, sizeof (guint));
  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      const HeadPair *key = k;
      GArray *bucket = v;
      for (guint m = 0; m < 4; m++)
        g_array_set_size (by_mask[m], 0);
      for (guint i = 0; i < bucket->len; i++)
        {
          guint s = g_array_index (bucket, guint, i);
          const ContraClaim *c = g_array_index (subjects, FirstSubject, s).example;
          guint mask = (head_key (&c->terms[0]) == key->actor) | (head_key (&c->terms[2]) == key->target) << 1;
          g_array_append_val (by_mask[mask], s);
        }
      /* Pairs whose masks together cover both slots; a subject with itself is done. */
      for (guint m1 = 0; m1 < 4; m1++)
        for (guint m2 = m1; m2 < 4; m2++)
          {
            if ((m1 | m2) != 3)
              continue;
            for (guint i = 0; i < by_mask[m1]->len; i++)
              for (guint j = m1 == m2 ? i + 1 : 0; j < by_mask[m2]->len; j++)
                {
                  guint s = g_array_index (by_mask[m1], guint, i), t = g_array_index (by_mask[m2], guint, j);
                  compare_subjects (r, cells, &g_array_index (subjects, FirstSubject, MIN (s, t)),
                                    &g_array_index (subjects, FirstSubject, MAX (s, t)), pairs);
                }
          }
    }
  for (guint m = 0; m < 4; m++)
    g_array_unref (by_mask[m]);
}

/* The order in which a component's claims are listed: by the first of the claims
 * each is compared with (or itself, when it comes first), that one leading. */
typedef struct {
  guint step;
  guint role;
  guint claim;
} MemberKey;

static int
compare_member_keys (gconstpointer a, gconstpointer b)
{
  const MemberKey *x = a, *y = b;
  if (x->step != y->step)
    return x->step < y->step ? -1 : 1;
  if (x->role != y->role)
    return x->role < y->role ? -1 : 1;
  return x->claim < y->claim ? -1 : x->claim > y->claim;
}

static void
report_first_component (Reconciler *r, GArray *members, gboolean conflict, gboolean weak)
{
  gboolean lint = r->options != NULL && r->options->lint;
  g_autoptr (GPtrArray) claims = g_ptr_array_new ();
  gboolean one_voice = TRUE;

  for (guint i = 0; i < members->len; i++)
    g_ptr_array_add (claims, g_ptr_array_index (r->firsts, g_array_index (members, MemberKey, i).claim));
  const ContraClaim *first = g_ptr_array_index (claims, 0);
  for (guint i = 1; i < claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (claims, i);
      one_voice &= c->source == first->source && g_strcmp0 (c->section_author, first->section_author) == 0;
    }
  ContraFindingKind kind = one_voice ? CONTRA_FINDING_SELF_CONTRADICTION
                           : conflict ? CONTRA_FINDING_CONFLICT
                                      : CONTRA_FINDING_DISCREPANCY;
  /* In lint the draft's first leads. */
  for (guint i = 0; lint && i < claims->len; i++)
    if (is_draft (r, g_ptr_array_index (claims, i)))
      first = g_ptr_array_index (claims, i);
  ContraFinding *finding = contra_finding_new (kind, first->rule);
  finding->subject = first->subject;
  finding->attribute = first->attribute;
  finding->weak = weak;
  finding->severity = severity_for (r, first->rule, first->severity, kind, weak);
  for (guint i = 0; i < claims->len; i++)
    contra_finding_add (finding, g_ptr_array_index (claims, i), i);
  g_autofree char *text = firsts_text (r, claims);
  finding->message = g_strdup_printf (conflict ? "Two dates for one first: %s" : "These 'firsts' do not fit together: %s",
                                      text);
  g_ptr_array_add (r->report->findings, finding);
}

static void
compare_firsts (Reconciler *r)
{
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (FirstCell));
  g_autoptr (GArray) subjects = g_array_new (FALSE, FALSE, sizeof (FirstSubject));
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (CellPair));

  build_cells (r, cells, subjects);
  related_subjects (r, cells, subjects, pairs);

  /* One finding per disputed first: cells that a pair joins are one component. */
  guint n = cells->len;
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree guint *step = g_new (guint, MAX (n, 1));   /* the first claim a cell's are compared with */
  g_autofree guint8 *paired = g_new0 (guint8, MAX (n, 1));
  g_autofree guint8 *conflict = g_new0 (guint8, MAX (n, 1));
  for (guint c = 0; c < n; c++)
    {
      parent[c] = c;
      step[c] = G_MAXUINT;
    }
  for (guint p = 0; p < pairs->len; p++)
    {
      const CellPair *pair = &g_array_index (pairs, CellPair, p);
      guint first_a = g_array_index (g_array_index (cells, FirstCell, pair->a).claims, guint, 0);
      guint first_b = g_array_index (g_array_index (cells, FirstCell, pair->b).claims, guint, 0);
      step[pair->a] = MIN (step[pair->a], first_b);
      step[pair->b] = MIN (step[pair->b], first_a);
      paired[pair->a] = paired[pair->b] = 1;
      parent[find_root (parent, pair->a)] = find_root (parent, pair->b);
    }
  for (guint p = 0; p < pairs->len; p++)
    {
      const CellPair *pair = &g_array_index (pairs, CellPair, p);
      conflict[find_root (parent, pair->a)] |= pair->kind == CONTRA_FINDING_CONFLICT;
    }

  /* The members of each component, in order; components in the order of their first. */
  g_autoptr (GHashTable) components = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                             (GDestroyNotify) g_array_unref);
  g_autoptr (GArray) roots = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint c = 0; c < n; c++)
    {
      if (!paired[c])
        continue;
      guint root = find_root (parent, c);
      GArray *members = g_hash_table_lookup (components, GUINT_TO_POINTER (root));
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (MemberKey));
          g_hash_table_insert (components, GUINT_TO_POINTER (root), members);
          g_array_append_val (roots, root);
        }
      const GArray *claims = g_array_index (cells, FirstCell, c).claims;
      for (guint i = 0; i < claims->len; i++)
        {
          guint x = g_array_index (claims, guint, i);
          guint at = MIN (x, step[c]);
          g_array_append_val (members, ((MemberKey){at, x == at ? 0 : 1, x}));
        }
    }
  for (guint i = 0; i < roots->len; i++)
    {
      guint root = g_array_index (roots, guint, i);
      GArray *members = g_hash_table_lookup (components, GUINT_TO_POINTER (root));
      gboolean weak = FALSE;
      g_array_sort (members, compare_member_keys);
      for (guint k = 0; k < members->len; k++)
        weak |= is_weak (g_ptr_array_index (r->firsts, g_array_index (members, MemberKey, k).claim));
      report_first_component (r, members, conflict[root], weak);
    }

  for (guint c = 0; c < n; c++)
    g_array_unref (g_array_index (cells, FirstCell, c).claims);
  for (guint s = 0; s < subjects->len; s++)
    g_array_unref (g_array_index (subjects, FirstSubject, s).cells);
}

/* ---- 5: status over time ------------------------------------------------------------------- */

static char *
family_key (const ContraClaim *claim)
{
  return contra_terms_key (claim->terms, claim->n_family);
}

typedef enum { STATUS_EVENT, STATUS_STATE, STATUS_NEVER, STATUS_NOT_YET } StatusRole;

/* How a claim bears on a status: a step (an event that happened), a statement of the
 * state at a time, a denial that a step happened ("refused to lift"), or a step still
 * to come ("will lift", "is considering lifting"), which says it has not happened. */
static StatusRole
status_role (const ContraClaim *claim)
{
  if (claim->polarity == CONTRA_POLARITY_NEGATED)
    return STATUS_NEVER;
  if (claim->modality == CONTRA_MODALITY_PLAN || claim->modality == CONTRA_MODALITY_POSSIBLE)
    return STATUS_NOT_YET;
  return claim->kind == CONTRA_RULE_STATUS ? STATUS_STATE : STATUS_EVENT;
}

static const ContraDate *
event_date (const ContraClaim *claim)
{
  return claim->value.type == CONTRA_VALUE_DATE ? &claim->value.u.date : &claim->time;
}

/* Does event @e (a step to its rank at its date) contradict statement @s? A step
 * before a statement may not go further than the statement says the restriction has
 * gone. A statement of the exact status ("has completely lifted", not "maintains
 * elements of", which is an upper bound) also rules out a later step to that status
 * or below it: the restriction was already there. */
static gboolean
status_contradicts (const ContraClaim *s, const ContraClaim *e)
{
  const ContraDate *when = event_date (e);

  if (!contra_date_is_set (when) || !contra_date_is_set (&s->time))
    return FALSE;
  if (contra_date_before (&s->time, when))
    return status_role (s) == STATUS_STATE && !s->status_at_most && s->status_rank > 0
           && e->status_rank <= s->status_rank;
  if (!contra_date_before (when, &s->time))
    return FALSE;
  switch (status_role (s))
    {
    case STATUS_STATE:
      return e->status_rank > s->status_rank;
    case STATUS_NEVER:
      /* "has always refused to lift": no step at all; "has not lifted": not that far. */
      return s->always ? e->status_rank > 0 : e->status_rank >= s->status_rank;
    case STATUS_NOT_YET:
      return e->status_rank >= s->status_rank;
    case STATUS_EVENT:
      break;
    }
  return FALSE;
}

/* Status claims are compared cell by cell, as firsts are: the claims of a family that
 * status_contradicts() and the lint's rules cannot tell apart (role, rank, bounds,
 * time, draft or not, weight) make one cell, and one finding speaks for a statement
 * cell, listing the steps it does not fit by their dates. */
typedef struct {
  const ContraClaim *example;
  GPtrArray *claims;        /* ContraClaim*, in the order met */
  guint first;              /* the index of the first claim in the family */
} StatusCell;

static void
status_cell_clear (StatusCell *cell)
{
  g_ptr_array_unref (cell->claims);
}

static gboolean
same_status_cell (Reconciler *r, const ContraClaim *a, const ContraClaim *b)
{
  const ContraDate *x = event_date (a), *y = event_date (b);
  return a->rule == b->rule && status_role (a) == status_role (b) && a->status_rank == b->status_rank
         && a->status_at_most == b->status_at_most && a->always == b->always && is_weak (a) == is_weak (b)
         && is_draft (r, a) == is_draft (r, b) && x->first == y->first && x->last == y->last
         && x->grain == y->grain && x->flags == y->flags && a->time.first == b->time.first
         && a->time.last == b->time.last && a->time.grain == b->time.grain && a->time.flags == b->time.flags;
}

static guint
status_cell_hash (const ContraClaim *c)
{
  const ContraDate *d = event_date (c);
  return ((guint) status_role (c) * 31u + (guint) c->status_rank) * 31u + (guint) d->first * 7u
         + (guint) c->time.first;
}

/* Sorts a family's claims into cells. */
static void
status_cells (Reconciler *r, GPtrArray *members, GArray *cells)
{
  g_autoptr (GHashTable) by_hash = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < members->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (members, i);
      gpointer hash = GUINT_TO_POINTER (status_cell_hash (c));
      GArray *bucket = g_hash_table_lookup (by_hash, hash);
      StatusCell *cell = NULL;
      for (guint k = 0; bucket != NULL && k < bucket->len && cell == NULL; k++)
        {
          StatusCell *candidate = &g_array_index (cells, StatusCell, g_array_index (bucket, guint, k));
          if (same_status_cell (r, candidate->example, c))
            cell = candidate;
        }
      if (cell == NULL)
        {
          if (bucket == NULL)
            {
              bucket = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_hash, hash, bucket);
            }
          g_array_append_val (bucket, cells->len);
          StatusCell fresh = {c, g_ptr_array_new (), i};
          g_array_append_val (cells, fresh);
          cell = &g_array_index (cells, StatusCell, cells->len - 1);
        }
      g_ptr_array_add (cell->claims, (gpointer) c);
    }
}

static int
compare_event_cells (gconstpointer a, gconstpointer b)
{
  const StatusCell *x = *(StatusCell *const *) a, *y = *(StatusCell *const *) b;
  int c = contra_date_compare (event_date (x->example), event_date (y->example));
  if (c != 0)
    return c;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Places listed for a statement or a step before "and N more". */
#define STATUS_PLACES 3

static void
append_places (const Reconciler *r, GString *out, GPtrArray *claims)
{
  for (guint i = 0; i < claims->len && i < STATUS_PLACES; i++)
    {
      g_autofree char *place = contra_claim_place (r->report, g_ptr_array_index (claims, i));
      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", place);
    }
  if (claims->len > STATUS_PLACES)
    g_string_append_printf (out, "; and %u more", claims->len - STATUS_PLACES);
}

/* The steps of @events that contradict the statements of @cell, as the lint or the
 * report counts them (see compare_statuses()). */
static void
steps_against (Reconciler *r, const StatusCell *cell, GArray *events, GPtrArray *against)
{
  gboolean lint = r->options != NULL && r->options->lint;
  const ContraClaim *s = cell->example;

  for (guint j = 0; j < events->len; j++)
    {
      StatusCell *step = &g_array_index (events, StatusCell, j);
      const ContraClaim *e = step->example;
      if (!status_contradicts (s, e))
        continue;
      if (lint ? !is_draft (r, s) && !is_draft (r, e) : is_draft (r, s) || is_draft (r, e))
        continue;
      if (lint && is_draft (r, e) && !is_draft (r, s))
        {
          /* A draft's step that a source also states is the sources' word against
           * one statement; the report shows that, not the lint. */
          gboolean supported = FALSE;
          for (guint k = 0; k < events->len && !supported; k++)
            {
              const ContraClaim *o = g_array_index (events, StatusCell, k).example;
              supported = !is_draft (r, o) && o->status_rank == e->status_rank
                          && contra_date_overlaps (event_date (o), event_date (e));
            }
          if (supported)
            continue;
        }
      g_ptr_array_add (against, step);
    }
  g_ptr_array_sort (against, compare_event_cells);
}

static void
report_status (Reconciler *r, const StatusCell *cell, GPtrArray *against)
{
  const ContraClaim *s = cell->example;
  g_autoptr (GHashTable) sources = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gboolean same_source = FALSE;

  for (guint i = 0; i < cell->claims->len; i++)
    g_hash_table_add (sources, GUINT_TO_POINTER (((const ContraClaim *) g_ptr_array_index (cell->claims, i))->source + 1));

  gboolean weak = is_weak (s);
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_CONFLICT, s->rule);
  finding->subject = s->subject;
  finding->attribute = s->attribute;
  finding->weak = weak;
  for (guint i = 0; i < cell->claims->len; i++)
    contra_finding_add (finding, g_ptr_array_index (cell->claims, i), 0);

  /* Each step once, by date; a sentence that states it twice counts once. */
  GString *steps = g_string_new (NULL);
  for (guint j = 0; j < against->len; j++)
    {
      const StatusCell *step = g_ptr_array_index (against, j);
      g_autoptr (GPtrArray) shown = g_ptr_array_new ();
      for (guint k = 0; k < step->claims->len; k++)
        {
          const ContraClaim *e = g_ptr_array_index (step->claims, k);
          gint64 key = ((gint64) e->source << 32) | e->sentence;
          if (!g_hash_table_add (seen, g_memdup2 (&key, sizeof key)))
            continue;
          same_source |= g_hash_table_contains (sources, GUINT_TO_POINTER (e->source + 1));
          contra_finding_add (finding, e, 1);
          g_ptr_array_add (shown, (gpointer) e);
        }
      if (shown->len == 0)
        continue;
      g_autofree char *when = contra_date_describe (event_date (step->example));
      g_string_append_printf (steps, "%s%s (", steps->len > 0 ? ", " : "", when);
      append_places (r, steps, shown);
      g_string_append_c (steps, ')');
    }

  finding->kind = same_source ? CONTRA_FINDING_SELF_CONTRADICTION : CONTRA_FINDING_CONFLICT;
  finding->severity = severity_for (r, s->rule, s->severity, finding->kind, weak);
  g_autofree char *when = contra_date_describe (&s->time);
  g_autofree char *snippet = contra_claim_snippet (s, 90);
  g_autoptr (GString) statement = g_string_new (NULL);
  g_string_append_printf (statement, "“%s” (", snippet);
  append_places (r, statement, cell->claims);
  g_string_append_printf (statement, ", as of %s)", when);
  g_autofree char *topic = topic_of (s);
  finding->message = g_strdup_printf ("A statement on %s does not fit the steps the sources date: "
                                      "%s; but steps are dated %s", topic, statement->str, steps->str);
  g_string_free (steps, TRUE);
  g_ptr_array_add (r->report->findings, finding);
}

static void
compare_statuses (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;
  g_autoptr (GHashTable) families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < r->statuses->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->statuses, i);
      if (claim->status_rank < 0)
        continue;
      char *key = family_key (claim);
      GPtrArray *members = g_hash_table_lookup (families, key);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (families, key, members);
          g_ptr_array_add (order, key);
        }
      else
        g_free (key);
      g_ptr_array_add (members, (gpointer) claim);
    }

  for (guint f = 0; f < order->len; f++)
    {
      GPtrArray *members = g_hash_table_lookup (families, g_ptr_array_index (order, f));
      g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (StatusCell));
      g_autoptr (GArray) events = g_array_new (FALSE, FALSE, sizeof (StatusCell));
      g_array_set_clear_func (cells, (GDestroyNotify) status_cell_clear);
      status_cells (r, members, cells);
      for (guint i = 0; i < cells->len; i++)
        {
          const StatusCell *cell = &g_array_index (cells, StatusCell, i);
          if (status_role (cell->example) == STATUS_EVENT)
            g_array_append_val (events, *cell);
        }

      for (guint i = 0; i < cells->len; i++)
        {
          const StatusCell *cell = &g_array_index (cells, StatusCell, i);
          const ContraClaim *s = cell->example;
          if (status_role (s) == STATUS_EVENT || s->attribute == NULL)
            continue;
          if (lint && !is_draft (r, s))
            {
              /* A statement the corpus's own steps contradict is reported by the
               * report; against a draft it proves nothing. */
              gboolean discredited = FALSE;
              for (guint j = 0; j < events->len && !discredited; j++)
                {
                  const ContraClaim *e = g_array_index (events, StatusCell, j).example;
                  discredited = !is_draft (r, e) && status_contradicts (s, e);
                }
              if (discredited)
                continue;
            }
          g_autoptr (GPtrArray) against = g_ptr_array_new ();
          steps_against (r, cell, events, against);
          if (against->len > 0)
            report_status (r, cell, against);
        }
    }
}

/* ---- 6: counts against lists ---------------------------------------------------------------- */

/* TRUE when a finding already shows @claim: a fact is reported once. */
static gboolean
claim_reported (const Reconciler *r, const ContraClaim *claim)
{
  for (guint i = 0; i < r->report->findings->len; i++)
    if (g_ptr_array_find (((ContraFinding *) g_ptr_array_index (r->report->findings, i))->claims, claim, NULL))
      return TRUE;
  return FALSE;
}

static void
compare_counts (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint g = 0; g < r->group_list->len; g++)
    {
      Group *counts = g_ptr_array_index (r->group_list, g);
      if (counts->claims->len == 0)
        continue;
      const ContraClaim *probe = g_ptr_array_index (counts->claims, 0);
      if (probe->value.type != CONTRA_VALUE_COUNT)
        continue;

      GPtrArray *attributes = g_hash_table_lookup (r->attributes_by_subject, counts->subject);
      for (guint a = 0; attributes != NULL && a < attributes->len; a++)
        {
          Group *lists = g_ptr_array_index (attributes, a);
          if (lists->claims->len == 0
              || ((ContraClaim *) g_ptr_array_index (lists->claims, 0))->value.type != CONTRA_VALUE_SET)
            continue;
          for (guint i = 0; i < counts->claims->len; i++)
            {
              const ContraClaim *count = g_ptr_array_index (counts->claims, i);
              guint stated = (guint) count->value.u.amount.value;
              if (claim_reported (r, count))
                continue;
              g_autoptr (GPtrArray) mismatched = g_ptr_array_new ();
              for (guint j = 0; j < lists->claims->len; j++)
                {
                  const ContraClaim *list = g_ptr_array_index (lists->claims, j);
                  if (list->value.u.set.n_items == stated || list->polarity != CONTRA_POLARITY_ASSERTED)
                    continue;
                  if (lint ? is_draft (r, count) == is_draft (r, list) : (is_draft (r, count) || is_draft (r, list)))
                    continue;
                  g_ptr_array_add (mismatched, (gpointer) list);
                }
              if (mismatched->len == 0)
                continue;
              ContraFindingKind kind = CONTRA_FINDING_DISCREPANCY;
              ContraFinding *finding = contra_finding_new (kind, count->rule);
              finding->subject = counts->subject;
              finding->attribute = counts->attribute;
              finding->weak = is_weak (count);
              contra_finding_add (finding, count, 0);
              GString *places = g_string_new (NULL);
              for (guint j = 0; j < mismatched->len; j++)
                {
                  const ContraClaim *list = g_ptr_array_index (mismatched, j);
                  g_autofree char *place = contra_claim_place (r->report, list);
                  finding->weak |= is_weak (list);
                  contra_finding_add (finding, list, 1);
                  g_string_append_printf (places, "%s%u (%s)", j > 0 ? ", " : "", list->value.u.set.n_items, place);
                }
              finding->severity = severity_for (r, count->rule, count->severity, kind, finding->weak);
              g_autofree char *pc = contra_claim_place (r->report, count);
              g_autofree char *topic = topic_of (g_ptr_array_index (mismatched, 0));
              finding->message = g_strdup_printf ("A count does not match the lists of %s: %s says %u, but the "
                                                  "lists have %s", topic, pc, stated, places->str);
              g_string_free (places, TRUE);
              g_ptr_array_add (r->report->findings, finding);
            }
        }
    }

  /* A list whose own stated count differs from its length: once per sentence, though
   * several rules may have read the same list. */
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  /* Where a rule about something read the list, its finding says more than the
   * generic one: those go first. */
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < r->set->claims->len; i++)
      {
        const ContraClaim *c = g_ptr_array_index (r->set->claims, i);
        if (c->value.type == CONTRA_VALUE_SET && (c->compare == CONTRA_COMPARE_NEVER) == (pass == 1))
          g_ptr_array_add (lists, (gpointer) c);
      }
  for (guint i = 0; i < lists->len; i++)
    {
      const ContraClaim *list = g_ptr_array_index (lists, i);
      if (list->value.type != CONTRA_VALUE_SET || list->value.u.set.stated == 0
          || list->value.u.set.stated == list->value.u.set.n_items || rule_disabled (r, list->rule)
          || (lint != is_draft (r, list)))
        continue;
      gint64 sentence = ((gint64) list->source << 32) | list->sentence;
      if (g_hash_table_contains (reported, &sentence))
        continue;
      g_hash_table_add (reported, g_memdup2 (&sentence, sizeof sentence));
      ContraFinding *finding = contra_finding_new (CONTRA_FINDING_SELF_CONTRADICTION, list->rule);
      finding->subject = list->subject;
      finding->attribute = list->attribute;
      finding->severity = severity_for (r, list->rule, list->severity, finding->kind, is_weak (list));
      contra_finding_add (finding, list, 0);
      g_autofree char *place = contra_claim_place (r->report, list);
      finding->message = g_strdup_printf ("The sentence announces %u items but lists %u (%s)",
                                          list->value.u.set.stated, list->value.u.set.n_items, place);
      g_ptr_array_add (r->report->findings, finding);
    }
}

/* ---- 7: name variants --------------------------------------------------------------------- */

typedef struct {
  const char *key;          /* person/... */
  char *label;              /* as written */
  char **words;             /* folded ASCII words */
  guint n_words;
  const ContraClaim *claim; /* the first claim that names them */
  GPtrArray *titles;        /* const ContraTerm*: the offices they are given */
} Person;

static void
person_free (Person *p)
{
  g_free (p->label);
  g_strfreev (p->words);
  g_ptr_array_unref (p->titles);
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
      g_hash_table_insert (people, (gpointer) key, p);
      g_ptr_array_add (order, p);
    }
  if (title != NULL && title->head != NULL)
    g_ptr_array_add (p->titles, (gpointer) title);
}

static void
find_variants (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;
  g_autoptr (GHashTable) people = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                         (GDestroyNotify) person_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();

  if (rule_disabled (r, CONTRA_RULE_NAME_VARIANT))
    return;
  for (guint i = 0; i < r->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->set->claims, i);
      if (rule_disabled (r, claim->rule))
        continue;
      /* A person as subject with a title as value, or an office with a holder. */
      if (claim->n_terms > 0 && claim->terms[0].head == NULL && claim->terms[0].name != NULL)
        note_person (people, order, claim->terms[0].name, claim->terms[0].label,
                     claim->value.type == CONTRA_VALUE_CONCEPT ? claim->value_term : NULL, claim);
      else if (claim->value.type == CONTRA_VALUE_NAME && claim->value.text != NULL)
        {
          g_autofree char *key = g_strconcat ("person/", claim->value.u.id, NULL);
          note_person (people, order, g_intern_string (key), claim->value.text,
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

              ContraFinding *finding = contra_finding_new (CONTRA_FINDING_VARIANT, CONTRA_RULE_NAME_VARIANT);
              finding->subject = x->key;
              finding->attribute = g_intern_string ("name");
              finding->severity = severity_for (r, CONTRA_RULE_NAME_VARIANT, CONTRA_SEVERITY_NONE, CONTRA_FINDING_VARIANT,
                                                FALSE);
              contra_finding_add (finding, x->claim, 0);
              contra_finding_add (finding, y->claim, 1);
              g_autofree char *px = contra_claim_place (r->report, x->claim);
              g_autofree char *py = contra_claim_place (r->report, y->claim);
              g_autofree char *tx = x->titles->len ? contra_term_label (g_ptr_array_index (x->titles, 0)) : g_strdup ("");
              g_autofree char *ty = y->titles->len ? contra_term_label (g_ptr_array_index (y->titles, 0)) : g_strdup ("");
              finding->message = g_strdup_printf ("One person spelled two ways? \"%s\" (%s, %s) and \"%s\" "
                                                  "(%s, %s)", x->label, tx, px, y->label, ty, py);
              g_ptr_array_add (r->report->findings, finding);
            }
        }
    }
}

/* ---- 8: views ------------------------------------------------------------------------------- */

static void
timeline_entry_free (ContraTimelineEntry *entry)
{
  g_free (entry->label);
  g_ptr_array_unref (entry->claims);
  g_free (entry);
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  const ContraTimelineEntry *x = *(ContraTimelineEntry *const *) a;
  const ContraTimelineEntry *y = *(ContraTimelineEntry *const *) b;
  int c = contra_date_compare (&x->date, &y->date);
  if (c != 0)
    return c;
  if (x->status != y->status)
    return x->status ? 1 : -1;
  return g_strcmp0 (x->label, y->label);
}

static gboolean
in_view (const ContraView *view, const ContraClaim *claim)
{
  if (claim->n_terms == 0 || claim->terms[0].head == NULL)
    return FALSE;
  gboolean head = FALSE;
  for (guint i = 0; i < view->heads->len && !head; i++)
    head = contra_concept_is_a (claim->terms[0].head, g_ptr_array_index (view->heads, i));
  if (!head)
    return FALSE;
  if (view->attributes == NULL)
    return TRUE;
  return g_strv_contains ((const char *const *) view->attributes, claim->attribute);
}

/* The date of the subject @subject: its "date" group's finest value. */
static const ContraDate *
subject_date (Reconciler *r, const char *subject)
{
  GPtrArray *attributes = g_hash_table_lookup (r->attributes_by_subject, subject);
  const ContraDate *best = NULL;

  for (guint a = 0; attributes != NULL && a < attributes->len; a++)
    {
      Group *group = g_ptr_array_index (attributes, a);
      for (guint i = 0; i < group->claims->len; i++)
        {
          const ContraClaim *c = g_ptr_array_index (group->claims, i);
          if (c->value.type == CONTRA_VALUE_DATE && c->kind == CONTRA_RULE_EVENT
              && (best == NULL || c->value.u.date.grain < best->grain))
            best = &c->value.u.date;
        }
    }
  return best;
}

/* The fields an instrument's subject names: its "domain" terms (defense, shipping). */
static guint
fields_of (const ContraClaim *claim, const ContraConcept **fields, guint max)
{
  guint n = 0;
  for (guint i = 0; i < claim->n_terms && n < max; i++)
    if (claim->terms[i].head != NULL && g_str_equal (claim->terms[i].head->kind, "domain"))
      fields[n++] = claim->terms[i].head;
  return n;
}

static void
note_change (Reconciler *r, const ContraClaim *p, const ContraClaim *c)
{
  g_autoptr (GPtrArray) added = contra_set_difference (&c->value, &p->value, r->lexicon);
  g_autoptr (GPtrArray) dropped = contra_set_difference (&p->value, &c->value, r->lexicon);
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_CHANGE, c->rule);

  finding->subject = c->subject;
  finding->attribute = c->attribute;
  finding->severity = CONTRA_SEVERITY_NOTE;
  contra_finding_add (finding, p, 0);
  contra_finding_add (finding, c, 1);
  g_ptr_array_add (added, NULL);
  g_ptr_array_add (dropped, NULL);
  g_autofree char *a = g_strjoinv ("; ", (char **) added->pdata);
  g_autofree char *d = g_strjoinv ("; ", (char **) dropped->pdata);
  g_autofree char *from = topic_of (p);
  g_autofree char *to = topic_of (c);
  g_autofree char *pp = contra_claim_place (r->report, p);
  g_autofree char *pc = contra_claim_place (r->report, c);
  finding->message = g_strdup_printf ("The list changed from %s (%s) to %s (%s): added %s; dropped %s", from, pp, to,
                                      pc, added->len > 1 ? a : "nothing", dropped->len > 1 ? d : "nothing");
  g_ptr_array_add (r->report->findings, finding);
}

/* How a list changed from one instrument to the next: a note, never a conflict. An
 * agenda evolves within its field: a list is compared with the latest earlier list of
 * its field (or of no stated field); lists of two different fields, a shipping
 * agreement's and a labour accord's, are different agendas. */
static void
note_list_changes (Reconciler *r, const ContraTimeline *timeline)
{
  g_autoptr (GHashTable) last_of_field = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint last = -1, last_unfielded = -1;

  for (guint i = 0; i < timeline->entries->len; i++)
    {
      const ContraTimelineEntry *entry = g_ptr_array_index (timeline->entries, i);
      const ContraClaim *c = g_ptr_array_index (entry->claims, 0);
      const ContraConcept *fields[4];
      if (c->value.type != CONTRA_VALUE_SET)
        continue;
      guint n = fields_of (c, fields, G_N_ELEMENTS (fields));
      gint previous = n == 0 ? last : last_unfielded;
      for (guint f = 0; f < n; f++)
        {
          gpointer at;
          if (g_hash_table_lookup_extended (last_of_field, fields[f], NULL, &at))
            previous = MAX (previous, GPOINTER_TO_INT (at));
        }
      if (previous >= 0)
        {
          const ContraTimelineEntry *before = g_ptr_array_index (timeline->entries, (guint) previous);
          if (g_strcmp0 (before->subject, entry->subject) != 0)
            note_change (r, g_ptr_array_index (before->claims, 0), c);
        }
      last = (gint) i;
      if (n == 0)
        last_unfielded = (gint) i;
      for (guint f = 0; f < n; f++)
        g_hash_table_insert (last_of_field, (gpointer) fields[f], GINT_TO_POINTER ((gint) i));
    }
}

static void
build_views (Reconciler *r)
{
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint v = 0; v < r->rules->views->len; v++)
    {
      const ContraView *view = g_ptr_array_index (r->rules->views, v);
      ContraTimeline *timeline = g_new0 (ContraTimeline, 1);
      timeline->view = view;
      timeline->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) timeline_entry_free);
      /* subject -> GPtrArray of its list entries */
      g_autoptr (GHashTable) lists = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);

      for (guint g = 0; g < r->group_list->len; g++)
        {
          Group *group = g_ptr_array_index (r->group_list, g);
          g_autoptr (GPtrArray) claims = g_ptr_array_new ();
          for (guint i = 0; i < group->claims->len; i++)
            {
              const ContraClaim *c = g_ptr_array_index (group->claims, i);
              if (in_view (view, c) && !is_draft (r, c))
                g_ptr_array_add (claims, (gpointer) c);
            }
          if (claims->len == 0)
            continue;

          const ContraClaim *first = g_ptr_array_index (claims, 0);
          gboolean step = first->kind == CONTRA_RULE_EVENT && first->value.type == CONTRA_VALUE_DATE
                          && first->polarity == CONTRA_POLARITY_ASSERTED && !is_weak (first);
          if (step)
            {
              ContraTimelineEntry *entry = g_new0 (ContraTimelineEntry, 1);
              entry->claims = g_ptr_array_new ();
              entry->contested = group->contested;
              for (guint i = 0; i < claims->len; i++)
                {
                  const ContraClaim *c = g_ptr_array_index (claims, i);
                  if (c->polarity != CONTRA_POLARITY_ASSERTED || is_weak (c))
                    continue;
                  g_ptr_array_add (entry->claims, (gpointer) c);
                  /* The finest date the sources give for the step. */
                  if (!contra_date_is_set (&entry->date) || c->value.u.date.grain < entry->date.grain
                      || (c->value.u.date.grain == entry->date.grain
                          && contra_date_compare (&c->value.u.date, &entry->date) < 0))
                    entry->date = c->value.u.date;
                }
              entry->label = topic_of (first);
              g_ptr_array_add (timeline->entries, entry);
              continue;
            }
          /* Statements of status, and lists, each at their own time. */
          for (guint i = 0; i < claims->len; i++)
            {
              const ContraClaim *c = g_ptr_array_index (claims, i);
              gboolean statement = c->kind == CONTRA_RULE_STATUS || c->polarity == CONTRA_POLARITY_NEGATED
                                   || c->value.type == CONTRA_VALUE_SET;
              if (!statement)
                continue;
              ContraTimelineEntry *entry = g_new0 (ContraTimelineEntry, 1);
              entry->claims = g_ptr_array_new ();
              g_ptr_array_add (entry->claims, (gpointer) c);
              const ContraDate *when = c->value.type == CONTRA_VALUE_SET ? subject_date (r, group->subject) : NULL;
              entry->date = when != NULL ? *when : c->time;
              entry->status = c->value.type != CONTRA_VALUE_SET;
              if (c->value.type == CONTRA_VALUE_SET)
                {
                  /* One entry per instrument: a second list of it from another source
                   * joins the first. */
                  ContraTimelineEntry *same = NULL;
                  GPtrArray *of_subject = g_hash_table_lookup (lists, group->subject);
                  for (guint e = 0; of_subject != NULL && e < of_subject->len && same == NULL; e++)
                    {
                      ContraTimelineEntry *other = g_ptr_array_index (of_subject, e);
                      if (contra_compare_claims (g_ptr_array_index (other->claims, 0), c, r->lexicon)
                          <= CONTRA_RELATION_AGREE)
                        same = other;
                    }
                  if (same != NULL)
                    {
                      gboolean repeated = FALSE;
                      for (guint k = 0; k < same->claims->len && !repeated; k++)
                        {
                          const ContraClaim *o = g_ptr_array_index (same->claims, k);
                          repeated = o->source == c->source && o->sentence == c->sentence;
                        }
                      if (!repeated)
                        g_ptr_array_add (same->claims, (gpointer) c);
                      g_ptr_array_unref (entry->claims);
                      g_free (entry);
                      continue;
                    }
                  g_autofree char *items = describe (c);
                  g_autofree char *topic = topic_of (c);
                  entry->label = g_strdup_printf ("%s: %s", topic, items);
                  entry->subject = group->subject;
                  if (of_subject == NULL)
                    {
                      of_subject = g_ptr_array_new ();
                      g_hash_table_insert (lists, (gpointer) group->subject, of_subject);
                    }
                  g_ptr_array_add (of_subject, entry);
                }
              else
                {
                  g_autofree char *snippet = contra_claim_snippet (c, 110);
                  const char *role = status_role (c) == STATUS_NEVER    ? "denied"
                                     : status_role (c) == STATUS_NOT_YET ? "expected"
                                                                         : "said";
                  entry->label = g_strdup_printf ("%s: “%s”", role, snippet);
                }
              g_ptr_array_add (timeline->entries, entry);
            }
        }
      g_ptr_array_sort (timeline->entries, compare_entries);

      if (view->evolution && !lint)
        note_list_changes (r, timeline);

      if (timeline->entries->len > 0 && !lint)
        g_ptr_array_add (r->report->timelines, timeline);
      else
        contra_timeline_free (timeline);
    }
}

/* ---- driver ---------------------------------------------------------------------------------- */

ContraReport *
contra_reconcile (const ContraClaimSet *claims,
                  const ContraRuleSet *rules,
                  const ContraReconcileOptions *options)
{
  Reconciler r = {0};
  g_autoptr (GPtrArray) partial = g_ptr_array_new ();

  r.set = claims;
  r.rules = rules;
  r.lexicon = rules->lexicon;
  r.options = options;
  r.report = contra_report_new (claims, rules);
  r.report->lint = options != NULL && options->lint;
  r.groups = g_hash_table_new_full (group_hash, group_equal, (GDestroyNotify) group_free, NULL);
  r.group_list = g_ptr_array_new ();
  r.subjects_by_head = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
  r.subjects_seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  r.attributes_by_subject = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                   (GDestroyNotify) g_ptr_array_unref);
  r.firsts = g_ptr_array_new ();
  r.statuses = g_ptr_array_new ();
  r.listed_frames = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  ContraTimer timer;
  contra_timer_start (&timer);
  collect (&r, partial);
  contra_timer_lap (&timer, "reconcile: group the claims");
  link_partial (&r, partial);
  contra_timer_lap (&timer, "reconcile: link partial subjects");
  compare_groups (&r);
  contra_timer_lap (&timer, "reconcile: compare values");
  compare_firsts (&r);
  contra_timer_lap (&timer, "reconcile: compare firsts");
  compare_statuses (&r);
  contra_timer_lap (&timer, "reconcile: compare statuses");
  compare_counts (&r);
  contra_timer_lap (&timer, "reconcile: compare counts");
  find_variants (&r);
  contra_timer_lap (&timer, "reconcile: find name variants");
  build_views (&r);
  contra_timer_lap (&timer, "reconcile: build the views");
  contra_report_sort (r.report);
  contra_timer_lap (&timer, "reconcile: sort the findings");

  g_ptr_array_unref (r.firsts);
  g_ptr_array_unref (r.statuses);
  g_hash_table_unref (r.listed_frames);
  g_hash_table_unref (r.attributes_by_subject);
  g_hash_table_unref (r.subjects_by_head);
  g_hash_table_unref (r.subjects_seen);
  g_ptr_array_unref (r.group_list);
  g_hash_table_unref (r.groups);
  return r.report;
}

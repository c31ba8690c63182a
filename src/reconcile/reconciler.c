/* reconciler.c — grouping claims and comparing them by type and over time.
 *
 * The passes:
 *   1. group claims by (subject, attribute) in a hash table; "first" claims and
 *      claims about a status go to their own passes as well. A person whom the
 *      documents name with a short and a long form of one name ("Alex Moreno",
 *      "Alexander J. Moreno") is grouped under the fullest form, unless another name
 *      tells them apart (names.c); a finding on such a group names both forms;
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
 * This file groups the claims (1, 2) and runs the passes; each later pass is a file of
 * its own: values.c, firsts.c, statuses.c, counts.c, variants.c, views.c, sharing
 * reconciler-private.h and the questions in rating.c (severity, topic, disabled
 * rules). reach.c names the relations by which the passes cross groups, so that lint
 * reads from the claim index only what a draft can meet, and components.c joins the
 * claims along them, so that `report --claims` reconciles a component at a time: a
 * pass that crosses groups in a new way must be added to both.
 *
 * Limits: a partial claim is linked only when its frame says which subject it is;
 * names are compared word by word, so a reordered name is a different person;
 * status scales are what the lexicon ranks, nothing more.
 */
#include "reconcile/reconciler-private.h"

#include <string.h>

#include "base/strutil.h"
#include "base/timing.h"
#include "lang/names.h"
#include "reconcile/names.h"
#include "reconcile/reach.h"

static void
group_free (Group *group)
{
  g_ptr_array_unref (group->claims);
  g_free (group);
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

/* ---- 1: one person, two names ------------------------------------------------------ */

/* Fills r->merged_subjects: the subjects of people whom the documents name with a
 * short and a long form of one name (reconcile/names.h), under the fullest form. */
static void
merge_names (Reconciler *r)
{
  const ContraNames *names = contra_language_names (contra_language_default ());
  g_autoptr (ContraNameMerger) merger = contra_name_merger_new (names);

  for (guint i = 0; i < r->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->set->claims, i);
      const char *slug = contra_reach_name_slug (claim);
      if (slug != NULL && !contra_rc_rule_disabled (r, claim->rule))
        contra_name_merger_add (merger, slug, claim->terms[0].label);
    }
  r->merged_names = contra_name_merger_finish (merger);
  GHashTable *merges = r->merged_names;
  if (g_hash_table_size (merges) == 0)
    return;
  for (guint i = 0; i < r->set->claims->len; i++)
    {
      const ContraClaim *claim = g_ptr_array_index (r->set->claims, i);
      const char *slug = contra_reach_name_slug (claim);
      const char *merged = slug != NULL ? g_hash_table_lookup (merges, contra_intern (slug)) : NULL;
      if (merged == NULL || g_hash_table_contains (r->merged_subjects, claim->subject))
        continue;
      /* The subject begins with its first term's name: put the merged name there. */
      g_autofree char *subject = g_strdup_printf ("%.*s%s%s", (int) (slug - claim->terms[0].name), claim->terms[0].name,
                                                  merged, claim->subject + strlen (claim->terms[0].name));
      g_hash_table_insert (r->merged_subjects, (gpointer) claim->subject, (gpointer) contra_intern (subject));
    }
}

static gint
by_string (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* A finding whose claims name one person in two ways says so, with both names, so
 * that an editor sees why "Alex Moreno" and "Alexander Moreno" were compared. */
static void
name_merged_people (Reconciler *r)
{
  if (r->merged_names == NULL || g_hash_table_size (r->merged_names) == 0)
    return;
  for (guint f = 0; f < r->report->findings->len; f++)
    {
      ContraFinding *finding = g_ptr_array_index (r->report->findings, f);
      g_autoptr (GPtrArray) slugs = g_ptr_array_new ();
      const char *canonical = NULL;
      gboolean one = TRUE;
      for (guint c = 0; finding->claims != NULL && c < finding->claims->len; c++)
        {
          const ContraClaim *claim = g_ptr_array_index (finding->claims, c);
          const char *slug = contra_reach_name_slug (claim);
          if (slug == NULL)
            continue;
          slug = contra_intern (slug);
          const char *merged = g_hash_table_lookup (r->merged_names, slug);
          const char *mine = merged != NULL ? merged : slug;
          one = one && (canonical == NULL || canonical == mine);
          canonical = mine;
          if (!g_ptr_array_find (slugs, slug, NULL))
            g_ptr_array_add (slugs, (gpointer) slug);
        }
      if (!one || slugs->len < 2 || finding->message == NULL)
        continue;
      g_ptr_array_sort (slugs, by_string);
      g_autoptr (GString) message = g_string_new (finding->message);
      g_string_append (message, " (");
      for (guint k = 0; k < slugs->len; k++)
        {
          const char *label = NULL;
          for (guint c = 0; label == NULL && c < finding->claims->len; c++)
            {
              const ContraClaim *claim = g_ptr_array_index (finding->claims, c);
              const char *slug = contra_reach_name_slug (claim);
              if (slug != NULL && strcmp (slug, slugs->pdata[k]) == 0)
                label = claim->terms[0].label;
            }
          const char *between = k == 0 ? "" : ", ";
          if (k > 0 && k + 1 == slugs->len)
            between = " and ";
          g_string_append_printf (message, "%s\"%s\"", between, label != NULL ? label : (const char *) slugs->pdata[k]);
        }
      g_string_append (message, " taken as one person)");
      g_free (finding->message);
      finding->message = g_string_free (g_steal_pointer (&message), FALSE);
    }
}

static const char *
subject_of (const Reconciler *r, const ContraClaim *claim)
{
  const char *merged = g_hash_table_lookup (r->merged_subjects, claim->subject);
  return merged != NULL ? merged : claim->subject;
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

      if (contra_rc_rule_disabled (r, claim->rule))
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
      g_ptr_array_add (group_for (r, subject_of (r, claim), claim->attribute)->claims, claim);
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
  g_autoptr (GHashTable) frames
    = g_hash_table_new_full (place_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
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
  r.listed_frames = g_hash_table_new_full (place_hash, g_int64_equal, g_free, NULL);
  r.merged_subjects = g_hash_table_new (g_direct_hash, g_direct_equal);

  ContraTimer timer;
  contra_timer_start (&timer);
  merge_names (&r);
  contra_timer_lap (&timer, "reconcile: merge the names of people");
  collect (&r, partial);
  contra_timer_lap (&timer, "reconcile: group the claims");
  link_partial (&r, partial);
  contra_timer_lap (&timer, "reconcile: link partial subjects");
  contra_rc_compare_values (&r);
  contra_timer_lap (&timer, "reconcile: compare values");
  contra_rc_compare_firsts (&r);
  contra_rc_compare_occasions (&r);
  contra_timer_lap (&timer, "reconcile: compare firsts");
  contra_rc_compare_statuses (&r);
  contra_timer_lap (&timer, "reconcile: compare statuses");
  contra_rc_compare_counts (&r);
  contra_timer_lap (&timer, "reconcile: compare counts");
  contra_rc_find_variants (&r);
  contra_timer_lap (&timer, "reconcile: find name variants");
  contra_rc_build_views (&r);
  contra_timer_lap (&timer, "reconcile: build the views");
  name_merged_people (&r);
  contra_report_sort (r.report);
  contra_timer_lap (&timer, "reconcile: sort the findings");

  g_ptr_array_unref (r.firsts);
  g_ptr_array_unref (r.statuses);
  g_hash_table_unref (r.listed_frames);
  g_hash_table_unref (r.merged_subjects);
  g_clear_pointer (&r.merged_names, g_hash_table_unref);
  g_hash_table_unref (r.attributes_by_subject);
  g_hash_table_unref (r.subjects_by_head);
  g_hash_table_unref (r.subjects_seen);
  g_ptr_array_unref (r.group_list);
  g_hash_table_unref (r.groups);
  return r.report;
}

/* views.c — pass 8 of the reconciler: timelines of a subject's steps and statements,
 * and notes on how a list changed (see reconciler.c). */
#include "reconcile/reconciler-private.h"

#include <string.h>

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

gboolean
contra_rc_in_view (const ContraView *view, const ContraClaim *claim)
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
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_CHANGE, c->rule, c->subject, c->attribute);

  finding->severity = CONTRA_SEVERITY_NOTE;
  contra_finding_add (finding, p, 0);
  contra_finding_add (finding, c, 1);
  g_ptr_array_add (added, NULL);
  g_ptr_array_add (dropped, NULL);
  g_autofree char *a = g_strjoinv ("; ", (char **) added->pdata);
  g_autofree char *d = g_strjoinv ("; ", (char **) dropped->pdata);
  g_autofree char *from = contra_rc_topic_of (p);
  g_autofree char *to = contra_rc_topic_of (c);
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

void
contra_rc_build_views (Reconciler *r)
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
              if (contra_rc_in_view (view, c) && !is_draft (r, c))
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
              entry->label = contra_rc_topic_of (first);
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
                  g_autofree char *topic = contra_rc_topic_of (c);
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
                  const char *role = contra_rc_status_role (c) == STATUS_NEVER    ? "denied"
                                     : contra_rc_status_role (c) == STATUS_NOT_YET ? "expected"
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

/* statuses.c — pass 5 of the reconciler: statements of a status against the dated
 * steps that changed it (see reconciler.c). */
#include "reconcile/reconciler-private.h"
#include "reconcile/reach.h"

#include <string.h>

/* ---- 5: status over time ------------------------------------------------------------------- */

/* How a claim bears on a status: a step (an event that happened), a statement of the
 * state at a time, a denial that a step happened ("refused to lift"), or a step still
 * to come ("will lift", "is considering lifting"), which says it has not happened. */
StatusRole
contra_rc_status_role (const ContraClaim *claim)
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
    return contra_rc_status_role (s) == STATUS_STATE && !s->status_at_most && s->status_rank > 0
           && e->status_rank <= s->status_rank;
  if (!contra_date_before (when, &s->time))
    return FALSE;
  switch (contra_rc_status_role (s))
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
  return a->rule == b->rule && contra_rc_status_role (a) == contra_rc_status_role (b) && a->status_rank == b->status_rank
         && a->status_at_most == b->status_at_most && a->always == b->always && is_weak (a) == is_weak (b)
         && is_draft (r, a) == is_draft (r, b) && x->first == y->first && x->last == y->last
         && x->grain == y->grain && x->flags == y->flags && a->time.first == b->time.first
         && a->time.last == b->time.last && a->time.grain == b->time.grain && a->time.flags == b->time.flags;
}

static guint
status_cell_hash (const ContraClaim *c)
{
  const ContraDate *d = event_date (c);
  return ((guint) contra_rc_status_role (c) * 31u + (guint) c->status_rank) * 31u + (guint) d->first * 7u
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
  g_autoptr (GHashTable) seen = g_hash_table_new_full (place_hash, g_int64_equal, g_free, NULL);
  gboolean same_source = FALSE;

  for (guint i = 0; i < cell->claims->len; i++)
    g_hash_table_add (sources, GUINT_TO_POINTER (((const ContraClaim *) g_ptr_array_index (cell->claims, i))->source + 1));

  gboolean weak = is_weak (s);
  ContraFinding *finding = contra_finding_new (CONTRA_FINDING_CONFLICT, s->rule, s->subject, s->attribute);
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
  finding->severity = contra_rc_severity_for (r, s->rule, s->severity, finding->kind, weak);
  g_autofree char *when = contra_date_describe (&s->time);
  g_autofree char *snippet = contra_claim_snippet (s, 90);
  g_autoptr (GString) statement = g_string_new (NULL);
  g_string_append_printf (statement, "“%s” (", snippet);
  append_places (r, statement, cell->claims);
  g_string_append_printf (statement, ", as of %s)", when);
  g_autofree char *topic = contra_rc_topic_of (s);
  finding->message = g_strdup_printf ("A statement on %s does not fit the steps the sources date: "
                                      "%s; but steps are dated %s", topic, statement->str, steps->str);
  g_string_free (steps, TRUE);
  g_ptr_array_add (r->report->findings, finding);
}

void
contra_rc_compare_statuses (Reconciler *r)
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
      /* Lint reads from the claim index only the families of the draft's claims. */
      char *key = contra_reach_family (claim);
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
          if (contra_rc_status_role (cell->example) == STATUS_EVENT)
            g_array_append_val (events, *cell);
        }

      for (guint i = 0; i < cells->len; i++)
        {
          const StatusCell *cell = &g_array_index (cells, StatusCell, i);
          const ContraClaim *s = cell->example;
          if (contra_rc_status_role (s) == STATUS_EVENT || s->attribute == NULL)
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

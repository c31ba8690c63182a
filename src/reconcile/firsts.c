/* firsts.c — pass 4 of the reconciler: "first" claims that cannot all be true (see
 * reconciler.c). */
#include "reconcile/reconciler-private.h"
#include "reconcile/reach.h"

#include <string.h>

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
  /* Lint reads from the claim index only the firsts whose actions meet a draft's. */
  const ContraConcept *x = contra_reach_action (a), *y = contra_reach_action (b);
  return x != NULL && y != NULL && contra_reach_actions_meet (x, y);
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
  ContraFinding *finding = contra_finding_new (kind, first->rule, first->subject, first->attribute);
  finding->weak = weak;
  finding->severity = contra_rc_severity_for (r, first->rule, first->severity, kind, weak);
  for (guint i = 0; i < claims->len; i++)
    contra_finding_add (finding, g_ptr_array_index (claims, i), i);
  g_autofree char *text = firsts_text (r, claims);
  finding->message = g_strdup_printf (conflict ? "Two dates for one first: %s" : "These 'firsts' do not fit together: %s",
                                      text);
  g_ptr_array_add (r->report->findings, finding);
}

void
contra_rc_compare_firsts (Reconciler *r)
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

/* ---- 4b: a first against earlier occasions of its kind ------------------------------------ */

/* The group of @subject whose attribute is @attribute, or NULL. */
static Group *
group_of (const Reconciler *r, const char *subject, const char *attribute)
{
  GPtrArray *groups = g_hash_table_lookup (r->attributes_by_subject, subject);

  for (guint i = 0; groups != NULL && i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      if (g_strcmp0 (g->attribute, attribute) == 0)
        return g;
    }
  return NULL;
}

/* "The first walk took place in September 2011" in one source, "in 2009, organizers
 * organized walks" in another: the first cannot come after an occasion of its kind
 * (rules first-occasion and occasion, whose claims share a subject: the topic and
 * "occasion/walk"). One finding for each first, with the occasions that come wholly
 * before it. */
void
contra_rc_compare_occasions (Reconciler *r)
{
  for (guint g = 0; g < r->group_list->len; g++)
    {
      Group *firsts = g_ptr_array_index (r->group_list, g);
      if (g_strcmp0 (firsts->attribute, "first") != 0)
        continue;
      Group *held = group_of (r, firsts->subject, "held");
      if (held == NULL)
        continue;
      for (guint i = 0; i < firsts->claims->len; i++)
        {
          const ContraClaim *first = g_ptr_array_index (firsts->claims, i);
          if (!is_stated (first) || first->value.type != CONTRA_VALUE_DATE)
            continue;
          g_autoptr (GPtrArray) earlier = g_ptr_array_new ();
          for (guint j = 0; j < held->claims->len; j++)
            {
              const ContraClaim *h = g_ptr_array_index (held->claims, j);
              if (is_stated (h) && h->source != first->source && h->value.type == CONTRA_VALUE_DATE
                  && contra_date_before (&h->value.u.date, &first->value.u.date))
                g_ptr_array_add (earlier, (gpointer) h);
            }
          if (earlier->len == 0)
            continue;
          gboolean weak = is_weak (first);
          ContraFindingKind kind = CONTRA_FINDING_CONFLICT;
          ContraFinding *finding = contra_finding_new (kind, first->rule, first->subject, first->attribute);
          finding->weak = weak;
          finding->severity = contra_rc_severity_for (r, first->rule, first->severity, kind, weak);
          contra_finding_add (finding, first, 0);
          for (guint j = 0; j < earlier->len; j++)
            contra_finding_add (finding, g_ptr_array_index (earlier, j), 1);
          g_autoptr (GPtrArray) mine = g_ptr_array_new ();
          g_ptr_array_add (mine, (gpointer) first);
          g_autofree char *topic = contra_rc_topic_of (first);
          g_autofree char *when = contra_rc_side_text (r, mine);
          g_autofree char *before = contra_rc_side_text (r, earlier);
          const char *what = first->n_terms > 1 && first->terms[1].label != NULL ? first->terms[1].label : "occasion";
          /* "The first walk of X came in September 2011 (a, line 6), yet another
           * source tells of a walk before it: 2009 (b, line 6)". */
          topic[0] = g_ascii_toupper (topic[0]);
          finding->message = g_strdup_printf ("%s came in %s, yet another source tells of a %s before it: %s", topic,
                                              when, what, before);
          g_ptr_array_add (r->report->findings, finding);
        }
    }
}

/* values.c — pass 3 of the reconciler: the claims of one subject and attribute,
 * sorted into classes of one value and compared class with class (see reconciler.c). */
#include "reconcile/reconciler-private.h"

#include <string.h>

/* TRUE when @subject is about a description within a topic: "entity/<topic>/<words>"
 * (extract/frames.h). */
static gboolean
about_description (const char *subject)
{
  if (subject == NULL || !g_str_has_prefix (subject, "entity/"))
    return FALSE;
  const char *slash = strchr (subject + strlen ("entity/"), '/');
  const char *plus = strchr (subject, '+');
  return slash != NULL && (plus == NULL || slash < plus);
}

/* TRUE when one source has claims in two of the @classes. */
static gboolean
one_source_differs (GPtrArray *classes)
{
  g_autoptr (GHashTable) first_class = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < classes->len; i++)
    {
      const Class *c = g_ptr_array_index (classes, i);
      for (guint n = 0; n < c->claims->len; n++)
        {
          const ContraClaim *claim = g_ptr_array_index (c->claims, n);
          gpointer key = GUINT_TO_POINTER (claim->source + 1);
          gpointer seen = g_hash_table_lookup (first_class, key);
          if (seen != NULL && seen != c)
            return TRUE;
          g_hash_table_insert (first_class, key, (gpointer) c);
        }
    }
  return FALSE;
}

static void
class_free (Class *class)
{
  g_free (class->key);
  g_ptr_array_unref (class->claims);
  g_free (class);
}

/* "000, line 19; 001, line 17": where @claims are, each sentence once. */
static char *
places_text (const Reconciler *r, GPtrArray *claims)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < claims->len; i++)
    {
      char *place = contra_claim_place (r->report, g_ptr_array_index (claims, i));
      /* Two rules may read one sentence: name its place once. */
      if (!g_hash_table_add (seen, place))
        continue;
      g_string_append_printf (out, "%s%s", g_hash_table_size (seen) > 1 ? "; " : "", place);
    }
  return g_string_free (out, FALSE);
}

/* "2011 (000, line 19; 001, line 17)". */
char *
contra_rc_side_text (const Reconciler *r, GPtrArray *claims)
{
  g_autofree char *value = describe (g_ptr_array_index (claims, 0));
  g_autofree char *places = places_text (r, claims);

  return g_strdup_printf ("%s (%s)", value, places);
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
  c->topic = contra_rc_topic_of (finest);
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
          g_autofree char *text = contra_rc_side_text (r, ((Class *) g_ptr_array_index (side, m))->claims);
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
  gboolean partial_only = TRUE;

  for (guint i = 0; i < k; i++)
    for (guint j = i + 1; j < k; j++)
      {
        if (!bad_pairs[i * k + j])
          continue;
        const Class *a = g_ptr_array_index (classes, i), *b = g_ptr_array_index (classes, j);
        ContraRelation rel = contra_compare_claims (rep (a), rep (b), r->lexicon);
        any_differ |= rel == CONTRA_RELATION_DIFFER && !class_hedged (a) && !class_hedged (b);
        partial_only &= rel == CONTRA_RELATION_OVERLAP;
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

  /* A description ("the guest book", the frame reader's entity/<topic>/<words>) may
   * stand for a different thing in each paragraph: one document giving it two dates
   * does not contradict itself, and shows that what happens to it happens more than
   * once ("officials signed the guest book"), so other sources' dates are other
   * occasions; so do three sources giving three dates. */
  if (about_description (group->subject) && (one_source || one_source_differs (involved) || involved->len >= 3))
    return;
  ContraFindingKind kind = !any_differ ? CONTRA_FINDING_DISCREPANCY
                           : one_source ? CONTRA_FINDING_SELF_CONTRADICTION
                                        : CONTRA_FINDING_CONFLICT;
  /* In lint the finding is the draft's: its rule is the one a suppression names. */
  if (draft_class != NULL)
    first = rep (draft_class);
  ContraFinding *finding = contra_finding_new (kind, first->rule, group->subject, group->attribute);
  finding->weak = weak;
  finding->severity = contra_rc_severity_for (r, first->rule, first->severity, kind, weak);
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

  g_autofree char *topic = contra_rc_topic_of (first);
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
      const char *lead = partial_only ? "The dates overlap only in part on"
                         : kind == CONTRA_FINDING_SELF_CONTRADICTION ? "The document contradicts itself on"
                         : kind == CONTRA_FINDING_DISCREPANCY && hedged ? "Sources differ (one only characterises it) on"
                         : kind == CONTRA_FINDING_DISCREPANCY ? "Sources differ on"
                                                              : "Sources disagree on";
      finding->message = g_strdup_printf ("%s %s: %s", lead, topic, sides);
    }
  /* Dates that share only some days ("2019" and "December 2019 to March 2020") may
   * both be right: a note, neither a corroboration nor a conflict. */
  if (partial_only)
    finding->severity = CONTRA_SEVERITY_NOTE;
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
      if (is_stated (claim))
        g_ptr_array_add (usable, (gpointer) claim);
    }
  if (usable->len == 0)
    return;

  g_autoptr (GPtrArray) classes = classes_of (usable);
  guint k = classes->len;
  g_autofree gboolean *bad = g_new0 (gboolean, k * k);
  g_autofree gboolean *partial = g_new0 (gboolean, k * k);
  gboolean any = FALSE, any_partial = FALSE;
  gboolean lint = r->options != NULL && r->options->lint;

  for (guint i = 0; i < k; i++)
    for (guint j = i + 1; j < k; j++)
      {
        const Class *a = g_ptr_array_index (classes, i), *b = g_ptr_array_index (classes, j);
        ContraRelation rel = contra_compare_claims (rep (a), rep (b), r->lexicon);
        /* Two values one sentence gives hold together ("Deputy Prime Minister and
         * Foreign Minister"): a sentence does not contradict itself that way. */
        bad[i * k + j] = incompatible (rel) && !one_sentence (a, b);
        partial[i * k + j] = rel == CONTRA_RELATION_OVERLAP && !one_sentence (a, b);
        any |= bad[i * k + j];
        any_partial |= partial[i * k + j];
      }

  if (!lint)
    {
      if (any)
        report_classes (r, group, classes, bad, k, NULL);
      else if (any_partial)
        report_classes (r, group, classes, partial, k, NULL);
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
      g_autofree gboolean *partial_pairs = g_new0 (gboolean, k * k);
      gboolean any_pair = FALSE, any_partial_pair = FALSE;
      for (guint c = 0; c < k; c++)
        {
          const Class *corpus = g_ptr_array_index (classes, c);
          if (c == d || !class_has (r, corpus, FALSE))
            continue;
          n_corpus++;
          guint at = MIN (c, d) * k + MAX (c, d);
          if (partial[at])
            any_partial_pair = partial_pairs[at] = TRUE;
          else if (!bad[at])
            agrees = TRUE;
          else
            any_pair = pairs[at] = TRUE;
        }
      if (n_corpus == 0 && !class_has (r, draft, FALSE))
        continue;
      if (agrees && !corpus_contested)
        {
          /* Silent, but listed with --verbose: the draft and the sources that agree. */
          g_autoptr (GPtrArray) agreeing = g_ptr_array_new ();
          for (guint c = 0; c < k; c++)
            if (c == d
                || (class_has (r, g_ptr_array_index (classes, c), FALSE) && !bad[MIN (c, d) * k + MAX (c, d)]
                    && !partial[MIN (c, d) * k + MAX (c, d)]))
              g_ptr_array_add (agreeing, g_ptr_array_index (classes, c));
          add_corroboration (r, group, agreeing);
          continue;
        }
      if (!agrees && !any_pair && any_partial_pair)
        {
          /* The draft's date shares only some days with the sources': a note. */
          guint n_before = r->report->findings->len;
          report_classes (r, group, classes, partial_pairs, k, draft);
          if (r->report->findings->len > n_before)
            {
              ContraFinding *finding = g_ptr_array_index (r->report->findings, n_before);
              g_autoptr (GPtrArray) mine = claims_of (r, draft, TRUE);
              g_autofree char *value = describe (g_ptr_array_index (mine, 0));
              g_autofree char *topic = contra_rc_topic_of (g_ptr_array_index (mine, 0));
              g_autoptr (GPtrArray) involved = g_ptr_array_new ();
              for (guint c = 0; c < k; c++)
                if (c == d || partial_pairs[MIN (c, d) * k + MAX (c, d)])
                  g_ptr_array_add (involved, g_ptr_array_index (classes, c));
              g_autofree char *sides = sides_text (r, involved, partial_pairs, classes, k);
              g_free (finding->message);
              finding->message = g_strdup_printf ("The draft says %s for %s; the sources' dates overlap it "
                                                  "only in part: %s", value, topic, sides);
            }
          continue;
        }

      g_autoptr (GPtrArray) before = g_ptr_array_ref (r->report->findings);
      guint n_before = r->report->findings->len;
      report_classes (r, group, classes, pairs, k, draft);
      if (r->report->findings->len > n_before)
        {
          ContraFinding *finding = g_ptr_array_index (r->report->findings, n_before);
          finding->contested = corpus_contested;
          if (agrees)
            {
              /* The draft picks one side of a contested fact: a note that names the
               * sources on each side, with those it sides with as evidence too. */
              finding->severity = CONTRA_SEVERITY_NOTE;
              g_free (finding->message);
              g_autoptr (GPtrArray) mine = claims_of (r, draft, TRUE);
              g_autofree char *value = describe (g_ptr_array_index (mine, 0));
              g_autofree char *topic = contra_rc_topic_of (g_ptr_array_index (mine, 0));
              guint draft_side = 0;
              for (guint i = 0; i < finding->claims->len; i++)
                if (is_draft (r, g_ptr_array_index (finding->claims, i)))
                  {
                    draft_side = g_array_index (finding->sides, guint, i);
                    break;
                  }
              GString *with = g_string_new (NULL), *against = g_string_new (NULL);
              for (guint c = 0; c < k; c++)
                {
                  const Class *corpus = g_ptr_array_index (classes, c);
                  if (!class_has (r, corpus, FALSE))
                    continue;
                  gboolean differs = c != d && pairs[MIN (c, d) * k + MAX (c, d)];
                  g_autoptr (GPtrArray) theirs = claims_of (r, corpus, FALSE);
                  /* A list is long: its places say enough. */
                  g_autofree char *side = rep (draft)->value.type == CONTRA_VALUE_SET ? places_text (r, theirs)
                                                                                      : contra_rc_side_text (r, theirs);
                  GString *to = differs ? against : with;
                  g_string_append_printf (to, "%s%s", to->len > 0 ? " and " : "", side);
                  if (!differs)
                    for (guint i = 0; i < theirs->len; i++)
                      contra_finding_add (finding, g_ptr_array_index (theirs, i), draft_side);
                }
              finding->message = g_strdup_printf ("The draft says %s for %s; the sources disagree, and it sides "
                                                  "with %s against %s", value, topic, with->str, against->str);
              g_string_free (with, TRUE);
              g_string_free (against, TRUE);
            }
          else
            {
              /* Rebuild the message now that we know whether the corpus is contested. */
              g_autoptr (GPtrArray) mine = claims_of (r, draft, TRUE);
              g_autofree char *value = describe (g_ptr_array_index (mine, 0));
              g_autofree char *topic = contra_rc_topic_of (g_ptr_array_index (mine, 0));
              GString *sides = g_string_new (NULL);
              guint n = 0, agreeing_sources = 0;
              for (guint c = 0; c < k; c++)
                {
                  const Class *corpus = g_ptr_array_index (classes, c);
                  if (c == d || !pairs[MIN (c, d) * k + MAX (c, d)])
                    continue;
                  g_autoptr (GPtrArray) theirs = claims_of (r, corpus, FALSE);
                  g_autofree char *side = contra_rc_side_text (r, theirs);
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
  /* A person's title compares within a year: sources months apart that give one
   * person two unrelated titles ("project director", "chief engineer") disagree. */
  gboolean title = first->kind == CONTRA_RULE_OFFICE && first->value.type == CONTRA_VALUE_CONCEPT;
  ContraGrain grain = !title && (first->value.type == CONTRA_VALUE_NAME || first->value.type == CONTRA_VALUE_CONCEPT)
                          ? CONTRA_GRAIN_MONTH
                          : CONTRA_GRAIN_YEAR;

  g_autoptr (GHashTable) periods = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  for (guint i = 0; i < claims->len; i++)
    {
      const ContraClaim *c = g_ptr_array_index (claims, i);
      /* Claims with no time at all (a reference text, undated) say how things are:
       * they are compared with one another. */
      gboolean timeless = !contra_date_is_set (&c->time) && !holder;
      if (!timeless && !fine_enough (c, grain))
        continue;
      gpointer key = GUINT_TO_POINTER (timeless ? 0 : period_of (&c->time, grain) + 1);
      GPtrArray *cluster = g_hash_table_lookup (periods, key);
      if (cluster == NULL)
        {
          cluster = g_ptr_array_new ();
          g_hash_table_insert (periods, key, cluster);
          g_ptr_array_add (order, cluster);
        }
      g_ptr_array_add (cluster, (gpointer) c);
    }
  /* Undated claims and claims of one single period: with nothing to say the value
   * changed over time, "has about 21,000 students" and "Students 27,614 (2020)" are
   * one fact. Two dated periods leave the undated alone: they may be either. */
  GPtrArray *timeless = g_hash_table_lookup (periods, GUINT_TO_POINTER (0));
  if (timeless != NULL && order->len == 2)
    {
      GPtrArray *dated = g_ptr_array_index (order, g_ptr_array_index (order, 0) == timeless ? 1 : 0);
      for (guint i = 0; i < timeless->len; i++)
        g_ptr_array_add (dated, g_ptr_array_index (timeless, i));
      g_ptr_array_set_size (timeless, 0);
    }
  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *cluster = g_ptr_array_index (order, i);
      if (cluster->len > 1)
        compare_unique (r, group, cluster);
    }
}

void
contra_rc_compare_values (Reconciler *r)
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

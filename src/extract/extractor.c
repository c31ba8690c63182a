/* extractor.c — the rule engine.
 *
 * For each sentence: tokens, then mentions (extract/mentions.c), then every rule whose
 * trigger some mention satisfies (the prefilter: rules are indexed by the concepts and
 * value types that trigger them, so a rule costs nothing in a sentence that cannot
 * match it). For each trigger mention the rule's slots are filled, each with the
 * nearest mention that meets its constraints (type, side, distance, clause, order
 * after another slot); where a more specific concept stands right next to the nearest
 * one ("exercise" then "CARAT"), the specific one wins. A frame whose required slots
 * are filled yields one claim per claim spec.
 *
 * Dates in context: an underspecified date ("In December") takes the year of the last
 * explicit date of the same paragraph or the one before it; past that, the
 * publication date of the document or of its section (a reader comment's stamp).
 *
 * Polarity and modality are read from cue words in the few words before the
 * predicate (the "action" slot, else the trigger): "refused to" and "never" negate,
 * "will" and "plans to" make a plan, "may" a possibility; "announced that it would"
 * is a decision, asserted.
 */
#include "extract/extractor.h"

#include <string.h>

#include "base/strutil.h"
#include "extract/frames.h"
#include "extract/mentions.h"
#include "lang/language.h"
#include "normalize/normalizer.h"
#include "normalize/units.h"
#include "text/tokens.h"

#define MAX_SLOTS CONTRA_RULE_MAX_SLOTS
#define MAX_ALL 4

struct _ContraExtractor {
  const ContraRuleSet *set;
  ContraTokens *tokens;
  ContraMentions *mentions;
  guint8 *rule_seen;
  GHashTable *emitted;
  guint quote_sentence;       /* the sentence whose quote is stored, or G_MAXUINT */
  GPtrArray *unchecked;       /* ContraStatement*, or NULL when not recorded */
  GByteArray *claimed;        /* by mention: a specific rule made claims with it */
  GByteArray *used;           /* by mention: a frame of any rule took it */
  ContraText quote;
};

typedef struct {
  ContraDateContext dates;
  guint paragraph;            /* the current sentence's paragraph */
  guint anchor_paragraph;
  guint anchor_section;
  gboolean anchor_valid;
  ContraPeople *people;
} DocumentState;

typedef struct {
  gint slot[MAX_SLOTS];       /* mention index filling each slot, or -1 */
  gint all[MAX_SLOTS][MAX_ALL]; /* every mention of an 'all' slot, -1 after the last */
  gint inherited_slot;        /* a date slot filled from context, or -1 */
  ContraDate inherited;
} Frame;

ContraExtractor *
contra_extractor_new (const ContraRuleSet *set)
{
  ContraExtractor *ex = g_new0 (ContraExtractor, 1);

  ex->set = set;
  ex->tokens = contra_tokens_new ();
  ex->mentions = contra_mentions_new ();
  ex->rule_seen = g_new0 (guint8, MAX (1, set->rules->len));
  ex->emitted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex->claimed = g_byte_array_new ();
  ex->used = g_byte_array_new ();
  return ex;
}

void
contra_extractor_free (ContraExtractor *ex)
{
  if (ex == NULL)
    return;
  contra_tokens_free (ex->tokens);
  contra_mentions_free (ex->mentions);
  g_free (ex->rule_seen);
  g_hash_table_unref (ex->emitted);
  g_byte_array_unref (ex->claimed);
  g_byte_array_unref (ex->used);
  g_free (ex);
}

static const ContraMention *
mention (const ContraExtractor *ex, gint i)
{
  return &g_array_index (ex->mentions->mentions, ContraMention, i);
}

static gboolean
concept_in (const ContraConcept *c, const GPtrArray *set)
{
  for (guint i = 0; set != NULL && i < set->len; i++)
    if (contra_concept_is_a (c, g_ptr_array_index (set, i)))
      return TRUE;
  return FALSE;
}

/* A quantity's unit measures @dimension (interned). */
static gboolean
has_dimension (const ContraValue *value, const char *dimension)
{
  const ContraUnit *unit = value->u.amount.unit != NULL ? contra_unit_find (value->u.amount.unit) : NULL;
  return unit != NULL && g_strcmp0 (unit->dimension, dimension) == 0;
}

static gboolean
satisfies (const ContraSlot *slot, const ContraMention *m)
{
  switch (slot->type)
    {
    case CONTRA_SLOT_CONCEPT:
      return m->kind == CONTRA_MENTION_CONCEPT && !m->modifier && concept_in (m->term.head, slot->is_a)
             && !concept_in (m->term.head, slot->not_is_a)
             && (!slot->instance || (m->term.head->flags & CONTRA_CONCEPT_INSTANCE));
    case CONTRA_SLOT_VALUE:
      /* "At present", "currently" say when a statement holds, not when something
       * happened: the claim's time is then the publication date. */
      if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_DATE
          && (m->value.u.date.flags & CONTRA_DATE_PRESENT))
        return FALSE;
      /* "from 1998 to 2006": a period's start and end (ContraPeriod and
       * ContraSlotPeriod count alike). */
      if (slot->period != CONTRA_SLOT_PERIOD_ANY && m->period != slot->period)
        return FALSE;
      return m->kind == CONTRA_MENTION_VALUE && m->value.type == slot->value
             && (slot->units == NULL || g_ptr_array_find (slot->units, m->value.u.amount.unit, NULL))
             && (slot->dimension == NULL || has_dimension (&m->value, slot->dimension));
    case CONTRA_SLOT_LIST:
      return m->kind == CONTRA_MENTION_LIST && (!slot->counted || m->value.u.set.stated > 0);
    case CONTRA_SLOT_PERSON:
      return m->kind == CONTRA_MENTION_PERSON && (!slot->titled || m->term.head != NULL);
    case CONTRA_SLOT_ENTITY:
      return m->kind == CONTRA_MENTION_ENTITY && m->role == slot->role
             && (slot->extent == NULL || g_strcmp0 (m->extent, slot->extent) == 0);
    }
  return FALSE;
}

/* What may fill a slot after the trigger: as satisfies(), but an ordinal is a rank,
 * never a measure's value ("Rissholm ranks fifth" gives no population). A trigger
 * may be one (rank-of). */
static gboolean
fills (const ContraSlot *slot, const ContraMention *m)
{
  if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_NUMBER && m->value.u.amount.ordinal)
    return FALSE;
  return satisfies (slot, m);
}

static gboolean
used_in_frame (const Frame *frame, guint n_slots, gint m)
{
  for (guint s = 0; s < n_slots; s++)
    if (frame->slot[s] == m)
      return TRUE;
  return FALSE;
}

/* TRUE when token @i is a word of @class. */
static gboolean
word_of (const ContraExtractor *ex, guint i, const ContraConcept *class)
{
  const ContraConcept *c = NULL;

  return class != NULL && i < ex->tokens->n_tokens && ex->tokens->tokens[i].kind == CONTRA_TOKEN_WORD
         && contra_lexicon_match (ex->set->lexicon, ex->tokens, i, &c) == 1 && contra_concept_is_a (c, class);
}

/* TRUE when the trigger is the object of a preposition of time ("until her death",
 * "after its opening", "since its founding"): the event is then a point in time for another predicate, and
 * only a date inside its own phrase, after it, is its date ("until her death in 1962"). */
static gboolean
is_time_reference (const ContraExtractor *ex, const ContraMention *trigger)
{
  guint i = trigger->phrase_first;

  if (i == 0)
    return FALSE;
  /* Over a possessive or an article: "until her death", "after the opening". */
  if (i == trigger->first && i >= 2
      && (word_of (ex, i - 1, ex->set->word_possessive) || word_of (ex, i - 1, ex->set->word_determiner)))
    i--;
  /* "since its founding" too (words.yaml reference_point_words) */
  return word_of (ex, i - 1, ex->set->word_time_preposition)
         || contra_language_is (ex->tokens->language, CONTRA_WORDS_REFERENCE_POINT, ex->tokens, i - 1);
}

/* TRUE when a punctuation mark other than a dash lies in tokens [@from, @to). */
static gboolean
punct_between (const ContraTokens *t, guint from, guint to)
{
  for (guint k = from; k < to && k < t->n_tokens; k++)
    if (t->tokens[k].kind == CONTRA_TOKEN_PUNCT && !contra_tokens_is_dash (t, k))
      return TRUE;
  return FALSE;
}

/* TRUE when a concept that could trigger @rule, other than the trigger @trigger's
 * (the "MOU" of "Memorandum of Understanding (MOU)"), lies between the trigger and
 * @m. */
static gboolean
trigger_between (const ContraExtractor *ex, const ContraRule *rule, gint trigger, const ContraMention *m)
{
  const ContraSlot *slot = g_ptr_array_index (rule->slots, 0);
  const ContraMention *own = mention (ex, trigger);
  guint from = MIN (own->last, m->last), to = MAX (own->first, m->first);

  if (slot->type != CONTRA_SLOT_CONCEPT)
    return FALSE;
  for (guint i = 0; i < ex->mentions->mentions->len; i++)
    {
      const ContraMention *x = mention (ex, (gint) i);
      if (x->first >= from && x->last <= to && x != m && x != own && x->term.head != own->term.head && fills (slot, x))
        return TRUE;
    }
  return FALSE;
}

/* Fills slot @s of @rule around the trigger; returns the mention index or -1. */
static gint
fill_slot (const ContraExtractor *ex, const ContraRule *rule, guint s, Frame *frame)
{
  const ContraSlot *slot = g_ptr_array_index (rule->slots, s);
  const ContraMention *trigger = mention (ex, frame->slot[0]);
  const ContraTokens *t = ex->tokens;
  gint best = -1;
  guint best_distance = G_MAXUINT;
  gboolean best_after = FALSE;
  guint n = ex->mentions->mentions->len;
  gboolean date_after_only
    = slot->type == CONTRA_SLOT_VALUE && slot->value == CONTRA_VALUE_DATE && is_time_reference (ex, trigger);

  for (guint i = 0; i < n; i++)
    {
      const ContraMention *m = mention (ex, (gint) i);

      if ((gint) i == frame->slot[0] || used_in_frame (frame, rule->slots->len, (gint) i))
        continue;
      if (!fills (slot, m))
        continue;
      if (slot->scope == CONTRA_SCOPE_CLAUSE && m->clause != trigger->clause)
        continue;
      if ((m->attached >= 0 && m->attached != frame->slot[0]) || m->reference_point)
        continue;
      /* A step is no level, but for the verb of change itself ("rises 90 metres"). */
      if ((m->change && m->first != trigger->last) || m->citation)
        continue;
      /* "Thirty years after the company was founded": not the founding's date. */
      if (m->counted && m->last <= trigger->first && !punct_between (t, m->last, trigger->first))
        continue;
      gboolean after = m->first >= trigger->last;
      gboolean before = m->last <= trigger->phrase_first;
      if ((slot->side == CONTRA_SIDE_BEFORE && !before) || (slot->side == CONTRA_SIDE_AFTER && !after)
          || (date_after_only && !after))
        continue;
      guint distance = contra_mentions_distance (t, m->phrase_first, m->last, trigger->phrase_first,
                                                 trigger->last);
      if (distance > slot->within)
        continue;
      if (slot->after >= 0 && frame->slot[slot->after] >= 0
          && m->first < mention (ex, frame->slot[slot->after])->last)
        continue;
      if (slot->all)
        {
          guint k = 0;
          while (k < MAX_ALL && frame->all[s][k] >= 0)
            k++;
          if (k < MAX_ALL)
            frame->all[s][k] = (gint) i;
        }
      /* A measure past another trigger of the rule is that one's: "about 13 cm in
       * length, with a wingspan of 18 to 21 cm". (A date may be shared: "In 2003
       * they signed a Letter of Agreement and a Civil Aviation Agreement".) */
      if (slot->type == CONTRA_SLOT_VALUE && slot->value != CONTRA_VALUE_DATE
          && trigger_between (ex, rule, frame->slot[0], m))
        continue;
      /* A value right before its trigger is its own, whatever the preferred side:
       * "466 feet long and 79 feet wide". */
      if (slot->type == CONTRA_SLOT_VALUE && m->last == trigger->first && slot->side != CONTRA_SIDE_AFTER)
        {
          best = (gint) i;
          break;
        }
      /* A preferred side wins over any distance on the other side. */
      gboolean preferred = slot->prefer == CONTRA_SIDE_ANY || (slot->prefer == CONTRA_SIDE_AFTER) == after;
      gboolean best_preferred = best >= 0 && (slot->prefer == CONTRA_SIDE_ANY
                                              || (slot->prefer == CONTRA_SIDE_AFTER) == best_after);
      gboolean better = best >= 0 && preferred != best_preferred
                          ? preferred
                          : distance < best_distance || (distance == best_distance && after && !best_after);
      if (better)
        {
          best = (gint) i;
          best_distance = distance;
          best_after = after;
        }
    }

  /* A more specific concept right after the nearest one wins: "the naval exercise
   * CARAT" names CARAT, "a guided missile destroyer" is not just a ship. */
  if (best >= 0 && slot->type == CONTRA_SLOT_CONCEPT)
    {
      const ContraMention *b = mention (ex, best);
      for (guint i = 0; i < n; i++)
        {
          const ContraMention *m = mention (ex, (gint) i);
          if ((gint) i == best || (gint) i == frame->slot[0] || !fills (slot, m) || m->first < b->last
              || contra_mentions_distance (t, b->first, b->last, m->first, m->last) > 3 || m->term.head == b->term.head
              || !contra_concept_is_a (m->term.head, b->term.head) || used_in_frame (frame, rule->slots->len, (gint) i))
            continue;
          if (slot->scope == CONTRA_SCOPE_CLAUSE && m->clause != trigger->clause)
            continue;
          best = (gint) i;
          break;
        }
    }
  return best;
}

static gboolean
fill_frame (const ContraExtractor *ex, const ContraRule *rule, const DocumentState *state,
            Frame *frame)
{
  guint n_slots = MIN (rule->slots->len, MAX_SLOTS);

  for (guint s = 1; s < MAX_SLOTS; s++)
    frame->slot[s] = -1;
  memset (frame->all, 0xff, sizeof frame->all);
  frame->inherited_slot = -1;

  /* Two passes: a slot that must come after another waits for it. */
  for (int pass = 0; pass < 2; pass++)
    for (guint s = 1; s < n_slots; s++)
      {
        const ContraSlot *slot = g_ptr_array_index (rule->slots, s);
        gboolean waits = slot->after >= 0 && (guint) slot->after > s;
        if (frame->slot[s] >= 0 || (pass == 0 && waits) || (pass == 1 && !waits))
          continue;
        frame->slot[s] = fill_slot (ex, rule, s, frame);
      }

  for (guint s = 1; s < n_slots; s++)
    {
      const ContraSlot *slot = g_ptr_array_index (rule->slots, s);
      if (slot->absent)
        {
          if (frame->slot[s] >= 0)
            return FALSE;
          continue;
        }
      if (frame->slot[s] >= 0)
        continue;
      /* An anaphoric date ("It was the first time...") is the paragraph's, or failing
       * that the publication date: news speaks of the recent past. */
      if (slot->inherit && state->anchor_valid && state->anchor_paragraph == state->paragraph
          && contra_date_is_set (&state->dates.anchor))
        {
          frame->inherited_slot = (gint) s;
          frame->inherited = state->dates.anchor;
          continue;
        }
      if (slot->inherit && contra_date_is_set (&state->dates.reference))
        {
          frame->inherited_slot = (gint) s;
          frame->inherited = state->dates.reference;
          continue;
        }
      if (slot->required)
        return FALSE;
    }
  return TRUE;
}

/* ---- subjects ------------------------------------------------------------------------ */

static void
term_from_mention (const ContraMention *m, ContraTerm *term)
{
  memset (term, 0, sizeof *term);
  if (m->kind == CONTRA_MENTION_PERSON)
    {
      g_autofree char *name = g_str_has_prefix (m->value.u.id, "person/") ? g_strdup (m->value.u.id)
                                                                         : g_strconcat ("person/", m->value.u.id, NULL);
      term->name = contra_intern (name);
      term->label = contra_intern (m->value.text);
    }
  else if (m->kind == CONTRA_MENTION_ENTITY)
    {
      term->name = m->term.name;
      term->label = m->term.label;
    }
  else
    *term = m->term;
}

static void
add_qualifier_sorted (ContraTerm *term, const ContraConcept *q)
{
  if (q == NULL || q == term->head)
    return;
  for (guint k = 0; k < term->n_qualifiers; k++)
    if (term->qualifiers[k] == q)
      return;
  if (term->n_qualifiers == CONTRA_TERM_MAX_QUALIFIERS)
    return;
  guint at = term->n_qualifiers;
  while (at > 0 && strcmp (term->qualifiers[at - 1]->id, q->id) > 0)
    {
      term->qualifiers[at] = term->qualifiers[at - 1];
      at--;
    }
  term->qualifiers[at] = q;
  term->n_qualifiers++;
}

/* Qualifiers a head implies (the Secretary of State is American) are added unless the
 * text gave one of the same kind. */
static gboolean
is_modifier (const ContraRuleSet *set, const ContraConcept *c)
{
  for (guint i = 0; i < set->compose->len; i++)
    if (concept_in (c, ((const ContraCompose *) g_ptr_array_index (set->compose, i))->modifiers))
      return TRUE;
  return FALSE;
}

static void
add_implied (const ContraRuleSet *set, ContraTerm *term)
{
  if (term->head == NULL)
    return;
  for (guint i = 0; i < term->head->implies->len; i++)
    {
      const ContraConcept *q = g_ptr_array_index (term->head->implies, i);
      if (!is_modifier (set, q))
        continue;
      gboolean same_kind = FALSE;
      for (guint k = 0; k < term->n_qualifiers && !same_kind; k++)
        same_kind = term->qualifiers[k]->kind == q->kind;
      if (!same_kind && term->n_qualifiers < CONTRA_TERM_MAX_QUALIFIERS)
        term->qualifiers[term->n_qualifiers++] = q;
    }
}

typedef struct {
  guint n_terms;
  guint n_family;
  gboolean partial;
} Subject;

static Subject
build_subject (const ContraExtractor *ex, const ContraRule *rule, const Frame *frame, ContraTerm *terms)
{
  Subject subject = {0, 0, FALSE};
  guint n = 0;
  gboolean last_part_filled = FALSE;

  for (guint p = 0; p < rule->subject->len; p++)
    {
      const ContraSubjectPart *part = &g_array_index (rule->subject, ContraSubjectPart, p);
      gboolean found = FALSE;

      if (part->literal != NULL)
        {
          memset (&terms[n], 0, sizeof terms[n]);
          terms[n].head = part->literal;
          found = TRUE;
        }
      for (guint k = 0; !found && part->slots && k < part->slots->len; k++)
        {
          gint s = g_array_index (part->slots, gint, k);
          if (frame->slot[s] < 0)
            continue;
          const ContraMention *m = mention (ex, frame->slot[s]);
          const ContraSlot *slot = g_ptr_array_index (rule->slots, s);
          if (slot->all && n > 0)
            {
              /* Every party qualifies the term before, in id order so that "US and
               * Vietnam" and "Vietnam and the US" make one key. */
              for (guint a = 0; a < MAX_ALL && frame->all[s][a] >= 0; a++)
                add_qualifier_sorted (&terms[n - 1], mention (ex, frame->all[s][a])->term.head);
              found = TRUE;
              break;
            }
          if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_DATE)
            {
              g_autofree char *date = contra_date_format (&m->value.u.date);
              g_autofree char *name = g_strconcat ("date/", date, NULL);
              memset (&terms[n], 0, sizeof terms[n]);
              terms[n].name = contra_intern (name);
              terms[n].label = terms[n].name + strlen ("date/");
              found = TRUE;
              continue;
            }
          if (m->kind != CONTRA_MENTION_CONCEPT && m->kind != CONTRA_MENTION_PERSON
              && m->kind != CONTRA_MENTION_ENTITY)
            continue;
          if (part->title)
            {
              if (m->kind != CONTRA_MENTION_PERSON || m->term.head == NULL)
                continue;
              terms[n] = m->term;
            }
          else
            term_from_mention (m, &terms[n]);
          found = TRUE;
        }
      last_part_filled = found;
      if (!found)
        {
          if (p == 0)
            return subject;
          continue;
        }
      if (part->slots && part->slots->len == 1
          && ((ContraSlot *) g_ptr_array_index (rule->slots, g_array_index (part->slots, gint, 0)))->all)
        continue;
      add_implied (ex->set, &terms[n]);
      n++;
    }
  subject.n_terms = n;
  subject.n_family = rule->steps && last_part_filled && n > 1 ? n - 1 : n;
  if (rule->specific != NULL && terms[0].head != NULL && !(terms[0].head->flags & CONTRA_CONCEPT_INSTANCE))
    {
      subject.partial = TRUE;
      for (guint k = 0; k < rule->specific->len; k++)
        if (frame->slot[g_array_index (rule->specific, gint, k)] >= 0)
          subject.partial = FALSE;
    }
  return subject;
}

/* ---- cues ------------------------------------------------------------------------------ */

typedef struct {
  ContraPolarity polarity;
  ContraModality modality;
  gboolean always;
} Cues;

static Cues
read_cues (const ContraExtractor *ex, const ContraRule *rule, const Frame *frame)
{
  const ContraRuleSet *set = ex->set;
  Cues cues = {CONTRA_POLARITY_ASSERTED, CONTRA_MODALITY_ASSERTED, FALSE};
  gint action = contra_rule_slot_index (rule, "action");
  const ContraMention *predicate = mention (ex, frame->slot[0]);
  gboolean decision = FALSE, reported = FALSE, hedged = FALSE;

  if (action >= 0 && frame->slot[action] >= 0)
    predicate = mention (ex, frame->slot[action]);
  if (predicate->kind == CONTRA_MENTION_CONCEPT && contra_concept_is_a (predicate->term.head, set->cue_hedge))
    hedged = TRUE;
  guint to = predicate->phrase_first;
  guint from = to > 10 ? to - 10 : 0;

  /* A decision ("announced that it would") governs its whole clause; the other cues
   * stand within a few words of the predicate. */
  for (guint i = 0; i < ex->mentions->mentions->len; i++)
    {
      const ContraMention *m = mention (ex, (gint) i);
      /* A statement its own clause calls false is not the document's, wherever the
       * cue stands ("..., which is false"). */
      if (m->kind == CONTRA_MENTION_CONCEPT && m->clause == predicate->clause && set->cue_refuted != NULL
          && contra_concept_is_a (m->term.head, set->cue_refuted))
        cues.polarity = CONTRA_POLARITY_NEGATED;
      if (m->kind != CONTRA_MENTION_CONCEPT || m->last > to || m->clause != predicate->clause)
        continue;
      const ContraConcept *c = m->term.head;
      if (contra_concept_is_a (c, set->cue_decision))
        decision = TRUE;
      if (m->first < from)
        continue;
      if (contra_concept_is_a (c, set->cue_hedge))
        hedged = TRUE;
      if (contra_concept_is_a (c, set->cue_negation))
        cues.polarity = CONTRA_POLARITY_NEGATED;
      if (contra_concept_is_a (c, set->cue_always))
        cues.always = TRUE;
      if (contra_concept_is_a (c, set->cue_modal))
        cues.modality = contra_concept_is_a (c, set->cue_possible) ? CONTRA_MODALITY_POSSIBLE : CONTRA_MODALITY_PLAN;
      if (contra_concept_is_a (c, set->cue_reported))
        reported = TRUE;
    }
  if (decision && cues.modality == CONTRA_MODALITY_PLAN)
    cues.modality = CONTRA_MODALITY_ASSERTED;
  if (reported && cues.modality == CONTRA_MODALITY_ASSERTED)
    cues.modality = CONTRA_MODALITY_REPORTED;
  if (hedged && cues.modality == CONTRA_MODALITY_ASSERTED)
    cues.modality = CONTRA_MODALITY_HEDGED;
  return cues;
}

/* ---- claims ------------------------------------------------------------------------------ */

static char *
mention_label (const ContraMention *m)
{
  switch (m->kind)
    {
    case CONTRA_MENTION_CONCEPT:
      return contra_term_label (&m->term);
    case CONTRA_MENTION_PERSON:
      return g_strdup (m->value.text);
    default:
      return m->value.text ? g_strdup (m->value.text) : contra_value_format (&m->value);
    }
}

/* "{subject}" and "{slot}" in a rule's topic, filled from this frame. */
static char *
expand_topic (const ContraExtractor *ex, const ContraRule *rule, const Frame *frame,
              const ContraTerm *terms, guint n_terms)
{
  if (rule->topic == NULL)
    return NULL;

  GString *out = g_string_new (NULL);
  for (const char *p = rule->topic; *p;)
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      g_autofree char *name = g_strndup (p + 1, (gsize) (close - p - 1));
      g_autofree char *text = NULL;
      if (g_str_equal (name, "subject") && n_terms > 0)
        text = contra_term_label (&terms[0]);
      else
        {
          gint s = contra_rule_slot_index (rule, name);
          if (s >= 0 && frame->slot[s] >= 0)
            text = mention_label (mention (ex, frame->slot[s]));
        }
      if (text != NULL)
        g_string_append (out, text);
      p = close + 1;
    }
  /* An empty placeholder leaves doubled spaces or empty brackets behind. */
  g_autofree char *raw = g_string_free (out, FALSE);
  for (char *at; (at = strstr (raw, "()")) != NULL;)
    memmove (at, at + 2, strlen (at + 2) + 1);
  return contra_collapse_space (raw, -1);
}

static void
set_value (const ContraRuleSet *set, const ContraMention *m, gboolean title, ContraClaim *claim)
{
  if (title)
    {
      ContraTerm term = m->term;
      add_implied (set, &term);
      claim->value_term = contra_terms_intern (&term, 1);
      g_autofree char *key = contra_terms_key (&term, 1);
      claim->value.type = CONTRA_VALUE_CONCEPT;
      claim->value.u.id = contra_intern (key);
      claim->value.text = contra_term_label (&m->term);
      return;
    }
  switch (m->kind)
    {
    case CONTRA_MENTION_CONCEPT:
      claim->value_term = contra_terms_intern (&m->term, 1);
      claim->value.type = CONTRA_VALUE_CONCEPT;
      claim->value.u.id = m->term.head->id;
      claim->value.text = contra_term_label (&m->term);
      break;
    case CONTRA_MENTION_PERSON:
      contra_value_copy (&claim->value, &m->value);
      break;
    default:
      contra_value_copy (&claim->value, &m->value);
      break;
    }
}

/* The status an event puts in place: the first listed slot whose concept is a status
 * or implies one. */
static const ContraConcept *
event_status (const ContraExtractor *ex, const ContraClaimSpec *spec, const Frame *frame)
{
  const ContraConcept *kind = ex->set->status;

  for (guint k = 0; kind != NULL && spec->status_from && k < spec->status_from->len; k++)
    {
      gint s = g_array_index (spec->status_from, gint, k);
      if (frame->slot[s] < 0)
        continue;
      const ContraMention *m = mention (ex, frame->slot[s]);
      if (m->kind != CONTRA_MENTION_CONCEPT)
        continue;
      if (contra_concept_is_a (m->term.head, kind))
        return m->term.head;
      for (guint i = 0; i < m->term.head->implies->len; i++)
        {
          const ContraConcept *c = g_ptr_array_index (m->term.head->implies, i);
          if (contra_concept_is_a (c, kind))
            return c;
        }
    }
  return NULL;
}

typedef struct {
  ContraDocument *doc;
  guint source;
  guint sentence_index;
  const ContraSentence *sentence;
  const ContraBlock *block;
  const ContraSection *section;
  const char *text;          /* the sentence's clean text */
  gsize length;
  ContraDate reference;
} SentenceInfo;

static void
claim_span (const ContraExtractor *ex, const SentenceInfo *info, const ContraRule *rule,
            const Frame *frame, ContraClaim *claim)
{
  const ContraTokens *t = ex->tokens;
  guint first = G_MAXUINT, last = 0;

  for (guint s = 0; s < rule->slots->len && s < MAX_SLOTS; s++)
    {
      if (frame->slot[s] < 0)
        continue;
      const ContraMention *m = mention (ex, frame->slot[s]);
      first = MIN (first, m->phrase_first);
      last = MAX (last, m->last);
    }
  gsize clean_start = info->sentence->start + t->tokens[first].start;
  gsize clean_end = info->sentence->start + t->tokens[last - 1].end;
  claim->start = contra_block_source_offset (info->block, clean_start, FALSE);
  claim->end = contra_block_source_offset (info->block, clean_end, TRUE);
  contra_document_position (info->doc, claim->start, &claim->line, &claim->column);
  contra_document_position (info->doc, claim->end, &claim->end_line, &claim->end_column);
}

static const ContraDate *
frame_date (const ContraExtractor *ex, const ContraRule *rule, const Frame *frame)
{
  for (guint s = 1; s < rule->slots->len && s < MAX_SLOTS; s++)
    {
      const ContraSlot *slot = g_ptr_array_index (rule->slots, s);
      if (slot->type != CONTRA_SLOT_VALUE || slot->value != CONTRA_VALUE_DATE)
        continue;
      if (frame->slot[s] >= 0)
        return &mention (ex, frame->slot[s])->value.u.date;
      if (frame->inherited_slot == (gint) s)
        return &frame->inherited;
    }
  /* A rule whose trigger is the date itself. */
  const ContraMention *trigger = mention (ex, frame->slot[0]);
  if (trigger->kind == CONTRA_MENTION_VALUE && trigger->value.type == CONTRA_VALUE_DATE)
    return &trigger->value.u.date;
  return NULL;
}

/* TRUE when a term of a measure's subject is a measure that does not change over time
 * (lexicon `fixed`: a length, a height), by its concept or by the key a frame gave it
 * ("the 14.1-kilometre line": attribute/length): then "the line is 11.4 km long" in a
 * story of 2019 and "the 14.1-kilometre line" in one of 2020 disagree. */
static gboolean
fixed_measure (const ContraRuleSet *set, const ContraTerm *terms, guint n_terms)
{
  for (guint i = 0; i < n_terms; i++)
    {
      const ContraConcept *c = terms[i].head != NULL || terms[i].name == NULL
                                 ? terms[i].head
                                 : contra_lexicon_lookup (set->lexicon, terms[i].name);
      if (c != NULL && (c->flags & CONTRA_CONCEPT_FIXED))
        return TRUE;
    }
  return FALSE;
}

/* The time a measure is stated for, when its sentence gives one: a date in the
 * opening phrase of the sentence or of the value's clause ("In 2010 the town had 5,000
 * inhabitants", "At the 2020 census, ...", "..., and in 2021 it had ...") or in a
 * phrase right after the value ("5,000 inhabitants in 2010", "14,200 (2019)").
 * A town's population in 2010 and in 2020 are two facts, not a contradiction. A date
 * elsewhere in the sentence is some other predicate's ("The bridge, opened in 2019,
 * cost ..."), and gives nothing. */
static const ContraDate *
as_of_date (const ContraExtractor *ex, const Frame *frame, guint n_slots)
{
  const ContraTokens *t = ex->tokens;
  gint value_end = -1;
  const ContraMention *best = NULL;

  for (guint s = 1; s < n_slots; s++)
    if (frame->slot[s] >= 0 && mention (ex, frame->slot[s])->kind == CONTRA_MENTION_VALUE)
      value_end = (gint) mention (ex, frame->slot[s])->last;
  if (mention (ex, frame->slot[0])->kind == CONTRA_MENTION_VALUE)
    value_end = (gint) mention (ex, frame->slot[0])->last;
  for (guint i = 0; i < ex->mentions->mentions->len; i++)
    {
      const ContraMention *m = mention (ex, (gint) i);
      if (m->kind != CONTRA_MENTION_VALUE || m->value.type != CONTRA_VALUE_DATE || m->reference_point
          || (m->value.u.date.flags & CONTRA_DATE_PRESENT) || m->first == 0)
        continue;
      /* "In 2010", "At the 2020 census", "As of 2015": the opening phrase. */
      guint p = m->first - 1;
      while (p > 0 && word_of (ex, p, ex->set->word_determiner))
        p--;
      /* "In 2010", "Then in 2010", ", and in 2010": a phrase that opens the sentence or
       * a clause, before the value. A participle's phrase is its own: "Completed in
       * 2011, it has 61 floors" does not date the floors (sentence_openers holds
       * "then", not "completed"). */
      gboolean opening = word_of (ex, p, ex->set->word_preposition)
                         && (p == 0 || (p == 1 && contra_language_is (t->language, CONTRA_WORDS_SENTENCE_OPENERS, t, 0))
                             || contra_tokens_is_punct (t, p - 1, ',')
                             || contra_language_is (t->language, CONTRA_WORDS_CONJUNCTIONS, t, p - 1))
                         && (value_end < 0 || m->last < (guint) value_end);
      /* "5,000 inhabitants in 2010", a fact box's "14,200 (2019)". */
      gboolean after_value = value_end >= 0 && (guint) value_end + 1 == m->first
                             && (word_of (ex, (guint) value_end, ex->set->word_preposition)
                                 || (contra_tokens_is_punct (t, (guint) value_end, '(') && m->last < t->n_tokens
                                     && contra_tokens_is_punct (t, m->last, ')')));
      if (after_value)
        return &m->value.u.date;
      /* The nearest opening before the value: "In 2010 the town had 5,000, and in
       * 2021 it had 6,000". */
      if (opening && (best == NULL || m->first > best->first))
        best = m;
    }
  return best != NULL ? &best->value.u.date : NULL;
}

static void
emit_claims (ContraExtractor *ex, const SentenceInfo *info, const ContraRule *rule,
             const Frame *frame, DocumentState *state, GPtrArray *claims)
{
  ContraTerm terms[CONTRA_RULE_MAX_SUBJECT_PARTS];
  Subject built = build_subject (ex, rule, frame, terms);
  guint n_terms = built.n_terms;

  if (n_terms == 0)
    return;

  g_autofree char *key = contra_terms_key (terms, n_terms);
  const char *subject = contra_intern (key);
  Cues cues = read_cues (ex, rule, frame);
  const ContraDate *date = frame_date (ex, rule, frame);
  if (date == NULL && rule->kind == CONTRA_RULE_MEASURE)
    date = as_of_date (ex, frame, MIN (rule->slots->len, MAX_SLOTS));
  /* Claims about one trigger in one sentence form a frame, whichever rules made them:
   * the date, the list and the count of one memorandum link together. */
  guint frame_number = (info->sentence_index << 10) | (mention (ex, frame->slot[0])->first & 0x3ff);
  g_autofree char *topic = expand_topic (ex, rule, frame, terms, n_terms);

  for (guint c = 0; c < rule->claims->len; c++)
    {
      const ContraClaimSpec *spec = &g_array_index (rule->claims, ContraClaimSpec, c);
      ContraValue value_holder = CONTRA_VALUE_INIT;
      ContraClaim *claim;

      if (spec->value == 0 || frame->slot[spec->value] >= 0)
        ;
      else if (frame->inherited_slot == spec->value)
        {
          value_holder.type = CONTRA_VALUE_DATE;
          value_holder.u.date = frame->inherited;
        }
      else
        continue;

      claim = contra_claim_new ();
      claim->rule = contra_intern (rule->id);
      claim->kind = rule->kind;
      claim->subject = subject;
      claim->terms = contra_terms_intern (terms, n_terms);
      claim->n_terms = n_terms;
      claim->n_family = built.n_family;
      claim->partial = built.partial;
      claim->attribute = spec->attribute;
      if (value_holder.type != CONTRA_VALUE_NONE)
        {
          claim->value = value_holder;
          claim->value.text = contra_date_describe (&value_holder.u.date);
        }
      else
        set_value (ex->set, mention (ex, frame->slot[spec->value]), spec->value_title, claim);

      g_autofree char *summary = contra_claim_summary (claim);
      g_autofree char *dedupe = g_strconcat (rule->id, " ", summary, NULL);
      if (g_hash_table_contains (ex->emitted, dedupe))
        {
          contra_claim_free (claim);
          continue;
        }
      g_hash_table_add (ex->emitted, g_steal_pointer (&dedupe));

      claim->time = date != NULL ? *date : info->reference;
      if (cues.always)
        claim->time = info->reference;
      claim->polarity = cues.polarity;
      claim->modality = cues.modality;
      claim->always = cues.always;
      claim->compare = spec->compare;
      if (claim->compare == CONTRA_COMPARE_DEFAULT && rule->kind == CONTRA_RULE_MEASURE
          && fixed_measure (ex->set, terms, n_terms))
        claim->compare = CONTRA_COMPARE_UNIQUE;
      claim->severity = rule->severity;
      claim->topic = topic != NULL ? contra_intern (topic) : NULL;

      const ContraConcept *status = event_status (ex, spec, frame);
      if (status == NULL && claim->value.type == CONTRA_VALUE_CONCEPT && ex->set->status != NULL
          && claim->value_term != NULL && claim->value_term->head != NULL
          && contra_concept_is_a (claim->value_term->head, ex->set->status))
        status = claim->value_term->head;
      if (status != NULL)
        {
          claim->status_rank = status->rank;
          claim->status_at_most = (status->flags & CONTRA_CONCEPT_AT_MOST) != 0;
        }

      claim->source = info->source;
      claim->section = info->section->kind;
      claim->section_author = info->section->kind == CONTRA_SECTION_COMMENT ? contra_intern (info->section->author) : NULL;
      claim->sentence = info->sentence_index;
      claim->frame = frame_number;
      if (ex->quote_sentence != info->sentence_index)
        {
          /* The claims of one sentence share its quote. */
          g_autofree char *quote = contra_collapse_space (info->text, (gssize) info->length);
          ex->quote = contra_text_add (quote, -1);
          ex->quote_sentence = info->sentence_index;
        }
      claim->quote = ex->quote;
      claim_span (ex, info, rule, frame, claim);
      g_ptr_array_add (claims, claim);
    }
}

/* ---- sentences and documents ------------------------------------------------------------- */

static gboolean
trigger_ok (const ContraRule *rule, const ContraMention *m)
{
  return satisfies (g_ptr_array_index (rule->slots, 0), m);
}

/* A general rule (one that reads any subject) skips a trigger a specific rule has
 * made claims with, as its trigger or in a slot: "the two sides launched the X
 * Dialogue" is the dialogue rule's, "the establishment of the Comprehensive
 * Partnership" the partnership rule's. */
static void
run_rule (ContraExtractor *ex, const SentenceInfo *info, const ContraRule *rule,
          DocumentState *state, GPtrArray *claims)
{
  guint n = ex->mentions->mentions->len;

  if (ex->claimed->len < n)
    g_byte_array_set_size (ex->claimed, n);
  for (guint i = 0; i < n; i++)
    {
      Frame frame;
      if (!trigger_ok (rule, mention (ex, (gint) i)) || (rule->general && ex->claimed->data[i]))
        continue;
      frame.slot[0] = (gint) i;
      guint before = claims->len;
      if (fill_frame (ex, rule, state, &frame))
        {
          emit_claims (ex, info, rule, &frame, state, claims);
          for (guint k = 0; k < MIN (rule->slots->len, MAX_SLOTS); k++)
            if (frame.slot[k] >= 0 && (guint) frame.slot[k] < ex->used->len)
              ex->used->data[frame.slot[k]] = 1;
        }
      if (!rule->general && claims->len > before)
        for (guint k = 0; k < MIN (rule->slots->len, MAX_SLOTS); k++)
          if (frame.slot[k] >= 0 && (guint) frame.slot[k] < n)
            ex->claimed->data[frame.slot[k]] = 1;
    }
}

static void
mark_candidates (ContraExtractor *ex, GPtrArray *rules, GPtrArray *order)
{
  for (guint k = 0; rules != NULL && k < rules->len; k++)
    {
      const ContraRule *rule = g_ptr_array_index (rules, k);
      if (!ex->rule_seen[rule->index])
        {
          ex->rule_seen[rule->index] = 1;
          g_ptr_array_add (order, (gpointer) rule);
        }
    }
}

static int
compare_rule_index (gconstpointer a, gconstpointer b)
{
  const ContraRule *x = *(const ContraRule *const *) a;
  const ContraRule *y = *(const ContraRule *const *) b;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void
report_limit (const SentenceInfo *info, const ContraPattern *pattern, GPtrArray *warnings)
{
  gsize start = contra_block_source_offset (info->block, info->sentence->start, FALSE);
  guint line, column;

  contra_document_position (info->doc, start, &line, &column);
  g_ptr_array_add (warnings,
                   contra_diagnostic_new (CONTRA_SEVERITY_WARNING, info->doc->path, line, column,
                                          "the pattern of concept '%s' (%s:%u) ran past its match "
                                          "limit on this sentence; it was skipped here",
                                          pattern->concept->id, pattern->file, pattern->line));
}

void
contra_extractor_record_unchecked (ContraExtractor *ex, GPtrArray *unchecked)
{
  ex->unchecked = unchecked;
}

/* Does the sentence state something a reader would check: a date, a number, or a name
 * (a capitalised word other than the first)? */
static gboolean
states_something (const ContraExtractor *ex)
{
  const ContraTokens *t = ex->tokens;

  for (guint i = 0; i < ex->mentions->mentions->len; i++)
    {
      const ContraMention *m = mention (ex, (gint) i);
      /* A bare number written as a word is a pronoun as often as not: "nor is one". */
      if (m->kind == CONTRA_MENTION_VALUE && m->value.type == CONTRA_VALUE_NUMBER
          && t->tokens[m->first].kind == CONTRA_TOKEN_WORD)
        continue;
      if (m->kind == CONTRA_MENTION_VALUE || m->kind == CONTRA_MENTION_PERSON)
        return TRUE;
    }
  for (guint i = 1; i < t->n_tokens; i++)
    if (t->tokens[i].kind == CONTRA_TOKEN_WORD && (t->tokens[i].flags & CONTRA_TOKEN_CAPITALIZED)
        && t->tokens[i].end - t->tokens[i].start > 1 && !contra_tokens_is_punct (t, i - 1, '"')
        && !contra_tokens_is_punct (t, i - 1, ':'))
      return TRUE;
  return FALSE;
}

/* The dates and numbers of the sentence that no frame took, as written; with
 * @explicit_only, only those an editor would check in a sentence that did yield claims:
 * numbers, and dates with a digit in them ("in 2018", not "on Tuesday"). */
static char **
unused_values (const ContraExtractor *ex, gboolean explicit_only)
{
  const ContraTokens *t = ex->tokens;
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < ex->mentions->mentions->len; i++)
    {
      const ContraMention *m = mention (ex, (gint) i);
      if (m->kind != CONTRA_MENTION_VALUE || (i < ex->used->len && ex->used->data[i]) || m->last <= m->first)
        continue;
      /* A bare number written as a word is a pronoun as often as not: "nor is one";
       * "the two countries", "the two sides" name parties, not a count to check. */
      if (t->tokens[m->first].kind == CONTRA_TOKEN_WORD
          && (m->value.type == CONTRA_VALUE_NUMBER
              || (m->value.type == CONTRA_VALUE_COUNT && m->value.u.amount.value <= 2)))
        continue;
      gsize start = t->tokens[m->first].start, end = t->tokens[m->last - 1].end;
      g_autofree char *text = contra_collapse_space (t->text + start, (gssize) (end - start));
      if (explicit_only && m->value.type == CONTRA_VALUE_DATE && strpbrk (text, "0123456789") == NULL)
        continue;
      g_ptr_array_add (out, g_steal_pointer (&text));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

static void
record_unchecked (ContraExtractor *ex, const SentenceInfo *info, char **values, gboolean partial)
{
  ContraStatement *s = g_new0 (ContraStatement, 1);
  gsize start, end;
  guint line, column;

  s->values = values;
  s->partial = partial;
  contra_sentence_span (info->doc, info->sentence, &start, &end);
  s->source = info->source;
  s->start = (guint32) start;
  s->end = (guint32) end;
  contra_document_position (info->doc, start, &line, &column);
  s->line = line;
  s->column = column;
  contra_document_position (info->doc, end > start ? end - 1 : end, &line, &column);
  s->end_line = line;
  s->end_column = column;
  s->quote = contra_collapse_space (info->text, (gssize) info->length);
  g_ptr_array_add (ex->unchecked, s);
}

void
contra_extractor_run_rule (ContraExtractor *ex,
                           ContraDocument *doc,
                           guint source,
                           const ContraRule *only,
                           GPtrArray *claims,
                           GPtrArray *warnings)
{
  const ContraRuleSet *set = ex->set;
  DocumentState state = {0};
  g_autoptr (GPtrArray) candidates = g_ptr_array_new ();

  g_return_if_fail (doc->sentences != NULL);
  /* The words of the document's language are what every stage reads it by; a
   * language without a folder is not read at all (contra_extractor_run() says so). */
  const ContraLanguage *language = contra_language_for (doc->language);
  if (language == NULL)
    return;
  ex->tokens->language = language;
  state.people = contra_people_new ();
  state.dates.events = contra_date_events_new ();
  ex->quote_sentence = G_MAXUINT;
  g_autoptr (ContraTopic) topic = contra_topic_new (set, doc);

  for (guint si = 0; si < doc->sentences->len; si++)
    {
      const ContraSentence *sentence = &g_array_index (doc->sentences, ContraSentence, si);
      const ContraBlock *block = g_ptr_array_index (doc->blocks, sentence->block);
      const ContraSection *section = g_ptr_array_index (doc->sections, block->section);
      SentenceInfo info = {doc, source, si, sentence, block, section,
                           block->text + sentence->start, sentence->end - sentence->start,
                           contra_date_is_set (&section->date) ? section->date : doc->published};

      /* The anchor holds for its paragraph and the next one, within one section. */
      if (state.anchor_valid
          && (block->section != state.anchor_section || block->paragraph > state.anchor_paragraph + 1))
        state.anchor_valid = FALSE;
      state.dates.reference = info.reference;
      state.paragraph = block->paragraph;
      if (!state.anchor_valid)
        state.dates.anchor = (ContraDate) CONTRA_DATE_INIT;
      ContraDate before = state.dates.anchor;

      contra_tokens_scan (ex->tokens, info.text, info.length);
      gboolean open = contra_mentions_find (ex->mentions, set, ex->tokens, &state.dates, state.people, TRUE);
      if (ex->mentions->limit_hit != NULL)
        report_limit (&info, ex->mentions->limit_hit, warnings);
      contra_topic_learn (topic, set, ex->tokens);
      if (open)
        contra_frames_read (ex->mentions, set, ex->tokens, topic);

      if (!contra_date_equal (&before, &state.dates.anchor))
        {
          state.anchor_valid = TRUE;
          state.anchor_paragraph = block->paragraph;
          state.anchor_section = block->section;
        }

      /* The prefilter: only rules some mention can trigger, in rule order. */
      g_ptr_array_set_size (candidates, 0);
      for (guint i = 0; open && i < ex->mentions->mentions->len; i++)
        {
          const ContraMention *m = mention (ex, (gint) i);
          switch (m->kind)
            {
            case CONTRA_MENTION_CONCEPT:
              mark_candidates (ex, set->by_concept[m->term.head->index], candidates);
              break;
            case CONTRA_MENTION_VALUE:
            case CONTRA_MENTION_LIST:
              mark_candidates (ex, set->by_value[m->value.type], candidates);
              break;
            case CONTRA_MENTION_PERSON:
              mark_candidates (ex, set->by_person, candidates);
              break;
            case CONTRA_MENTION_ENTITY:
              break;
            }
        }
      g_ptr_array_sort (candidates, compare_rule_index);
      g_hash_table_remove_all (ex->emitted);
      guint before_claims = claims->len;
      /* Specific rules first, then the general ones (run_rule()). */
      g_byte_array_set_size (ex->claimed, ex->mentions->mentions->len);
      if (ex->claimed->len > 0)
        memset (ex->claimed->data, 0, ex->claimed->len);
      g_byte_array_set_size (ex->used, ex->mentions->mentions->len);
      if (ex->used->len > 0)
        memset (ex->used->data, 0, ex->used->len);
      for (int general = 0; general < 2; general++)
        for (guint r = 0; r < candidates->len; r++)
          {
            const ContraRule *rule = g_ptr_array_index (candidates, r);
            if (rule->general != general)
              continue;
            ex->rule_seen[rule->index] = 0;
            if (only == NULL || rule == only)
              run_rule (ex, &info, rule, &state, claims);
          }
      /* A heading states nothing an editor checks against the sources. */
      if (ex->unchecked != NULL && block->kind != CONTRA_BLOCK_HEADING)
        {
          gboolean partial = claims->len > before_claims;
          char **values = partial || states_something (ex) ? unused_values (ex, partial) : NULL;
          if (values != NULL && (!partial || values[0] != NULL))
            record_unchecked (ex, &info, values, partial);
          else
            g_strfreev (values);
        }
    }
  contra_people_free (state.people);
  contra_date_events_free (state.dates.events);
}

void
contra_extractor_run (ContraExtractor *ex,
                      ContraDocument *doc,
                      guint source,
                      GPtrArray *claims,
                      GPtrArray *warnings)
{
  if (contra_language_for (doc->language) == NULL)
    g_ptr_array_add (warnings,
                     contra_diagnostic_new (CONTRA_SEVERITY_WARNING, doc->path, 0, 0,
                                            "the document is in '%s', a language contra has no folder "
                                            "for in lang/: no claims are read from it",
                                            doc->language));
  contra_extractor_run_rule (ex, doc, source, NULL, claims, warnings);
}

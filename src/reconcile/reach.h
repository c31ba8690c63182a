/* reach.h — which claims a draft's claims can meet in the reconciler.
 *
 * A lint reports only what involves a draft, and the reconciler's passes compare a
 * claim with a bounded part of the corpus: its group (same subject and attribute),
 * the partial claims that may be linked to a subject of the same head concept, the
 * claims of the same rule match (frame), the "firsts" whose action meets a draft
 * first's (pass 4) and the status claims of a draft's status families (pass 5): these
 * two passes compare claims across subjects, the people whose names differ from a
 * draft's person by one word (pass 7), and the people whose names fall into the
 * bucket of a draft's person (reconcile/names.h: a short and a long given name are
 * one person unless another name of the bucket tells them apart). The claim index (index/index.h) keeps these
 * keys beside each claim, so that lint reads from it only the claims a draft can
 * reach: a small part of a large archive, and the same findings.
 *
 * A pass that compares claims across subjects in a new way must be reflected here
 * and in components.c (report --claims reconciles a component of claims at a time);
 * tests/index checks lint's output with and without the index on every test draft.
 */
#pragma once

#include <glib.h>

#include "extract/claim.h"
#include "rules/ruleset.h"

G_BEGIN_DECLS

/* The id of the claim's head concept (its subject's first term), or NULL (a person,
 * or no terms). Claims of one subject share it; partial claims link within it. */
const char *contra_reach_head (const ContraClaim *claim);

/* TRUE for a claim the reconciler compares across subjects: a "first" (pass 4) or a
 * claim about a status (pass 5). */
gboolean contra_reach_wide (const ContraClaim *claim);

/* The action of a "first" (the concept of its second term), or NULL: a claim of
 * another kind, or a first whose action is no concept, which pass 4 compares with
 * nothing. */
const ContraConcept *contra_reach_action (const ContraClaim *claim);

/* Does pass 4 compare firsts of actions @a and @b? When one is a kind of the other:
 * observing an exercise is taking part in it. */
gboolean contra_reach_actions_meet (const ContraConcept *a, const ContraConcept *b);

/* The key of term @i of a claim (0: a first's actor, 2: its target): its head
 * concept's id, or its name; NULL when it has no such term. */
const char *contra_reach_slot (const ContraClaim *claim, guint i);

/* May lint's pass 4 compare the draft's first @draft with a first of the corpus
 * whose action, actor and target have the keys @action, @actor and @target
 * (contra_reach_slot())? Their actions must meet, and their actors and targets relate
 * (one within the other, or, in lint, a missing target and a country). FALSE only
 * when they cannot be compared; @lexicon resolves the keys. */
gboolean contra_reach_firsts_may_meet (const ContraLexicon *lexicon, const ContraClaim *draft, const char *action,
                                       const char *actor, const char *target);

/* The status family of a claim pass 5 compares (its status rank is set): the key of
 * the terms naming what its steps belong to; NULL for other claims. Pass 5 compares
 * claims of one family only. Free with g_free(). */
char *contra_reach_family (const ContraClaim *claim);

/* FALSE for a claim that no pass reads through its subject's groups: compared never
 * (its rule says so, or it is about a status), and not a count, partial, or on one of
 * @rules' views. A subject whose every claim is so is inert: no pass reads its groups
 * (values.c skips a group whose first claim is compared never; counts.c starts from
 * counts; views.c from a view's claims; pass 2 from partial claims), so its claims
 * need not be read together ("list/enumeration", which every counted list has). */
gboolean contra_reach_live (const ContraRuleSet *rules, const ContraClaim *claim);

/* The person a claim names as pass 7 sees them ("person/..."), or NULL; @slug is set
 * to the folded name it gives them (free with g_free()). */
const char *contra_reach_person (const ContraClaim *claim, char **slug);

/* Adds to @keys (a set of char*, owning them) the buckets of a person's name @slug:
 * two names fall into a common bucket when they differ in one word only. */
void contra_reach_name_buckets (const char *slug, GHashTable *keys);

/* The slug of the person whose name is the claim's subject ("alex-moreno" of
 * "entity/alex-moreno+event/birth"), pointing into its first term; NULL when the
 * subject is no name. These are the names the reconciler merges (reconcile/names.h). */
const char *contra_reach_name_slug (const ContraClaim *claim);

/* The name bucket of the claim's subject (contra_name_bucket()), or NULL. Free with
 * g_free(). */
char *contra_reach_name_bucket (const ContraClaim *claim);

G_END_DECLS

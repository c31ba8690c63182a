/* frames.h — what each predicate of a sentence is about.
 *
 * A rule's trigger is often a predicate: a verb with its particle ("was laid down",
 * "died") or its noun ("the opening of the bridge", "Born" in a fact box). A rule slot
 * of type entity asks what that predicate is about, on any subject, with no lexicon
 * entry for it. The frame reader answers from a shallow reading of the clause and the
 * word classes of the language data (rules/general/lexicon/grammar.yaml):
 *
 *   - a predicate followed by "of" is about what follows ("the death of Karl Weyprecht");
 *   - a predicate right after an opening bracket is about the name before the bracket
 *     ("Julian Lewis Jones (born 21 August 1968)");
 *   - an active predicate followed by a noun phrase is about that phrase ("they founded
 *     the Odinist Fellowship");
 *   - otherwise it is about its subject, found by walking back over auxiliaries and
 *     adverbs to a name or a description ("HMS Royal George was laid down"), or past a
 *     reduced relative to the phrase before it ("Whitehead torpedoes produced by Bliss
 *     and Williams entered service");
 *   - a relative clause is about the phrase before its pronoun, or the name that
 *     phrase is in apposition to ("the Osprey, a 1978 ferry that cost $6 million");
 *   - a pronoun stands for the sentence's subject before it ("The old ferry, which had
 *     run since it opened in 1899"), else for the previous predicate's subject in the
 *     sentence, else for the topic; so does a description whose words all belong to
 *     the topic's name ("the bridge"), or that names a kind the text gave the topic or
 *     a kind above it (lang/en/kinds.yaml: "the Kestrel Sound, a new car and passenger
 *     ferry ... the ship"), and no subject at all (a fact box line, a coordinated
 *     "and died in 1881");
 *   - "the company" is the one name the text gave that ends with that word ("the
 *     Harrow Isles Ferry Company"); when two do, it is neither.
 *
 * A lifespan after a name, "(8 September 1838 – 2 March 1881)", is read as the two
 * predicates it stands for, birth and death (the lexicon's event/birth, event/death).
 *
 * The topic is what the document is about: the name its title begins with (or, after a
 * kicker, "Explainer: how the ...", the first longer name it gives), when the text
 * writes it as a name too ("Karl Weyprecht", "Calder Narrows Bridge opens, and ...";
 * not "Security, trade and ..." when the text writes "security"). The text's own
 * capitalised words around it extend it ("Westmarch Harbour Tunnel"), but not a
 * headline's word before its noun ("Island ferry enters service" is not about "Ebbing
 * Island"). A story whose headline names nothing the text does is about the name its
 * first sentences give most, a mention as a subject counting twice.
 *
 * Measures need no predicate; the reader finds what they are of:
 *   - counts a reference article's topic has ("two live albums", "Live albums<TAB>1"),
 *     and those a story's topic has after a verb of having ("It carries four lanes")
 *     or in a compound describing it ("the six-lane bridge");
 *   - sums of money a noun of the lexicon names ("a $90 million federal grant");
 *   - shares of a whole ("federal funds covered 30% of the bill");
 *   - ranks among things in a scope ("the state's second cable-stayed bridge").
 * Each is keyed by what it measures ("count/lane", "sum/federal-grant",
 * "share/federal-aid-of-cost", "rank/cable-stayed-bridge-in-state"), about the topic.
 *
 * Each answer is an entity mention attached to its predicate: its key is
 * "entity/<slug>" ("entity/hms-royal-george"), folded for case, diacritics, articles
 * and possessives, with a common noun made singular, so that two documents name one
 * thing alike. A description ("the guest book") names a thing of its document's world:
 * its key is the topic's, "entity/<topic>/<slug>".
 */
#pragma once

#include <glib.h>

#include "extract/mentions.h"
#include "rules/ruleset.h"
#include "text/document.h"
#include "text/tokens.h"

G_BEGIN_DECLS

typedef struct _ContraTopic ContraTopic;

/* The topic @doc's title names: the name it begins with ("Calder Narrows Bridge" in
 * "Calder Narrows Bridge opens, and ..."), when the first few kilobytes of the text
 * name it too. NULL when there is none. */
ContraTopic *contra_topic_new (const ContraRuleSet *set, const ContraDocument *doc);
void contra_topic_free (ContraTopic *topic);

/* Learns from a sentence what a reference article's topic is: "Grenby is a village
 * in Yorkshire" makes "the village" the topic in the sentences after, and "the
 * school" not. Call it on every sentence, in order, before contra_frames_read().
 * @topic may be NULL. */
void contra_topic_learn (ContraTopic *topic, const ContraRuleSet *set, const ContraTokens *tokens);

/* The topic's key ("entity/karl-weyprecht"). */
const char *contra_topic_key (const ContraTopic *topic);

/* The key of a name or description as written: "entity/" and its words folded to
 * lower-case ASCII, joined by "-", without a leading article or a trailing "'s".
 * Returns an interned string, or NULL when nothing is left. */
const char *contra_entity_key (const char *text);

/* Adds to @mentions the entity each frame predicate of the sentence is about (the
 * concepts ContraRuleSet.frame_predicate marks), and the predicates a lifespan stands
 * for. Entity mentions are appended after the others, each attached to its predicate.
 * @topic may be NULL. Does nothing when no rule has an entity slot. */
void contra_frames_read (ContraMentions *mentions,
                         const ContraRuleSet *set,
                         const ContraTokens *tokens,
                         const ContraTopic *topic);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraTopic, contra_topic_free)

G_END_DECLS

#include "rules/rule.h"

const char *const contra_rule_kind_names[CONTRA_RULE_OFFICE + 2] = {
  "event", "occurrence", "first", "status", "measure", "office", NULL,
};

const char *const contra_compare_names[CONTRA_COMPARE_NEVER + 2] = {
  "default", "unique", "at-time", "never", NULL,
};

const char *
contra_rule_kind_name (ContraRuleKind kind)
{
  g_return_val_if_fail (kind <= CONTRA_RULE_OFFICE, "?");
  return contra_rule_kind_names[kind];
}

const char *
contra_compare_name (ContraCompare compare)
{
  g_return_val_if_fail (compare <= CONTRA_COMPARE_NEVER, "?");
  return contra_compare_names[compare];
}

static void
slot_free (ContraSlot *slot)
{
  g_free (slot->name);
  if (slot->is_a)
    g_ptr_array_unref (slot->is_a);
  if (slot->not_is_a)
    g_ptr_array_unref (slot->not_is_a);
  if (slot->units)
    g_ptr_array_unref (slot->units);
  g_free (slot);
}

static void
example_free (ContraExample *example)
{
  g_free (example->text);
  g_strfreev (example->expect);
  g_free (example);
}

void
contra_rule_free (ContraRule *rule)
{
  if (rule == NULL)
    return;
  g_free (rule->id);
  g_free (rule->file);
  g_free (rule->topic);
  g_free (rule->description);
  g_ptr_array_unref (rule->slots);
  for (guint i = 0; i < rule->subject->len; i++)
    {
      ContraSubjectPart *part = &g_array_index (rule->subject, ContraSubjectPart, i);
      if (part->slots)
        g_array_unref (part->slots);
    }
  g_array_unref (rule->subject);
  for (guint i = 0; i < rule->claims->len; i++)
    {
      ContraClaimSpec *spec = &g_array_index (rule->claims, ContraClaimSpec, i);
      if (spec->status_from)
        g_array_unref (spec->status_from);
    }
  g_array_unref (rule->claims);
  if (rule->specific)
    g_array_unref (rule->specific);
  g_ptr_array_unref (rule->examples);
  g_ptr_array_unref (rule->counterexamples);
  g_free (rule);
}

gint
contra_rule_slot_index (const ContraRule *rule, const char *name)
{
  for (guint i = 0; i < rule->slots->len; i++)
    {
      const ContraSlot *slot = g_ptr_array_index (rule->slots, i);
      if (g_str_equal (slot->name, name))
        return (gint) i;
    }
  return -1;
}

ContraSlot *
contra_slot_new (const char *name)
{
  ContraSlot *slot = g_new0 (ContraSlot, 1);
  slot->name = g_strdup (name);
  slot->after = -1;
  slot->within = G_MAXUINT;
  return slot;
}

void
contra_slot_free (ContraSlot *slot)
{
  slot_free (slot);
}

ContraExample *
contra_example_new (void)
{
  return g_new0 (ContraExample, 1);
}

void
contra_example_free (ContraExample *example)
{
  example_free (example);
}

/* value.c — typed claim values: lifetime, normalised form and order.
 *
 * The normalised form (contra_value_format) is the identity of a value: two values
 * compare equal exactly when their forms are equal, so contra_value_compare follows
 * the fields the form prints and ignores the rest (the text as written, an amount's
 * precision, a date's UNDERSPECIFIED flag, a set's labels and stated count).
 */
#include "normalize/value.h"

#include "base/strutil.h"

#include <math.h>
#include <string.h>

const char *const contra_bound_names[CONTRA_BOUND_LESS_THAN + 2] = {
  "exact", "about", "at-least", "more-than", "at-most", "less-than", NULL,
};

static const char *const type_names[] = {
  [CONTRA_VALUE_NONE] = "none",       [CONTRA_VALUE_DATE] = "date",
  [CONTRA_VALUE_MONEY] = "money",     [CONTRA_VALUE_QUANTITY] = "quantity",
  [CONTRA_VALUE_PERCENT] = "percent", [CONTRA_VALUE_NUMBER] = "number",
  [CONTRA_VALUE_COUNT] = "count",     [CONTRA_VALUE_SET] = "set",
  [CONTRA_VALUE_CONCEPT] = "concept", [CONTRA_VALUE_NAME] = "name",
};

const char *
contra_value_type_name (ContraValueType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_names), "none");
  return type_names[type];
}

gboolean
contra_value_type_parse (const char *name, ContraValueType *out)
{
  g_return_val_if_fail (name != NULL && out != NULL, FALSE);

  for (guint k = CONTRA_VALUE_DATE; k < G_N_ELEMENTS (type_names); k++)
    if (strcmp (name, type_names[k]) == 0)
      {
        *out = (ContraValueType) k;
        return TRUE;
      }
  return FALSE;
}

void
contra_value_clear (ContraValue *value)
{
  ContraValue empty = CONTRA_VALUE_INIT;

  g_return_if_fail (value != NULL);
  g_free (value->text);
  if (value->type == CONTRA_VALUE_SET)
    {
      g_strfreev (value->u.set.items);
      g_strfreev (value->u.set.labels);
    }
  *value = empty;
}

void
contra_value_copy (ContraValue *dest, const ContraValue *src)
{
  g_return_if_fail (dest != NULL && src != NULL);

  *dest = *src;
  dest->text = g_strdup (src->text);
  if (src->type == CONTRA_VALUE_SET)
    {
      dest->u.set.items = g_strdupv (src->u.set.items);
      dest->u.set.labels = g_strdupv (src->u.set.labels);
    }
}

void
contra_value_move (ContraValue *dest, ContraValue *src)
{
  ContraValue empty = CONTRA_VALUE_INIT;

  g_return_if_fail (dest != NULL && src != NULL);
  *dest = *src;
  *src = empty;
}

void
contra_value_set_take (ContraValue *value, char **items, char **labels, guint stated)
{
  g_return_if_fail (value != NULL);
  g_return_if_fail (labels == NULL || items != NULL);

  value->type = CONTRA_VALUE_SET;
  value->u.set.items = items;
  value->u.set.labels = labels;
  value->u.set.n_items = items != NULL ? g_strv_length (items) : 0;
  value->u.set.stated = stated;
  g_warn_if_fail (labels == NULL || g_strv_length (labels) == value->u.set.n_items);
}

const char *
contra_unit_intern (const char *unit)
{
  return unit != NULL ? contra_intern (unit) : NULL;
}

static const char *const bound_prefixes[] = {
  [CONTRA_BOUND_EXACT] = "",       [CONTRA_BOUND_ABOUT] = "~",
  [CONTRA_BOUND_AT_LEAST] = ">=",  [CONTRA_BOUND_MORE_THAN] = ">",
  [CONTRA_BOUND_AT_MOST] = "<=",   [CONTRA_BOUND_LESS_THAN] = "<",
};

/* Numbers print without exponent or trailing zeros: 18000000, 9.49, 66.67. Values
 * beyond what a double holds exactly as an integer fall back to %g. */
static void
append_number (GString *s, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (v) < 1e15 && v == floor (v))
    g_string_append_printf (s, "%.0f", v);
  else
    g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.15g", v));
}

/* "40", or a range's "40..45". */
static void
append_amount (GString *s, const ContraAmount *a)
{
  append_number (s, a->value);
  if (a->range)
    {
      g_string_append (s, "..");
      append_number (s, a->high);
    }
}

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The set's items, sorted; free the array (not the strings) with g_free(). */
static const char **
sorted_items (const ContraSet *set)
{
  const char **items = g_new (const char *, set->n_items + 1);

  for (guint k = 0; k < set->n_items; k++)
    items[k] = set->items[k];
  items[set->n_items] = NULL;
  qsort (items, set->n_items, sizeof *items, compare_strings);
  return items;
}

char *
contra_value_format (const ContraValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  GString *s = g_string_new (NULL);
  const ContraAmount *a = &value->u.amount;
  const char *bound = a->bound < G_N_ELEMENTS (bound_prefixes) ? bound_prefixes[a->bound] : "";

  switch (value->type)
    {
    case CONTRA_VALUE_DATE:
      g_string_free (s, TRUE);
      return contra_date_format (&value->u.date);
    case CONTRA_VALUE_MONEY:
      g_string_append (s, bound);
      if (a->unit != NULL)
        g_string_append_printf (s, "%s ", a->unit);
      append_amount (s, a);
      break;
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_COUNT:
    case CONTRA_VALUE_NUMBER:
      g_string_append (s, bound);
      append_amount (s, a);
      if (a->unit != NULL)
        g_string_append_printf (s, " %s", a->unit);
      break;
    case CONTRA_VALUE_PERCENT:
      g_string_append (s, bound);
      append_amount (s, a);
      g_string_append_c (s, '%');
      break;
    case CONTRA_VALUE_SET:
      {
        g_autofree const char **items = sorted_items (&value->u.set);
        g_string_append_c (s, '{');
        for (guint k = 0; k < value->u.set.n_items; k++)
          {
            if (k > 0)
              g_string_append (s, ", ");
            g_string_append (s, items[k]);
          }
        g_string_append_c (s, '}');
      }
      break;
    case CONTRA_VALUE_CONCEPT:
    case CONTRA_VALUE_NAME:
      g_string_append (s, value->u.id != NULL ? value->u.id : "");
      break;
    case CONTRA_VALUE_NONE:
    default:
      break;
    }
  return g_string_free (s, FALSE);
}

static int
compare_doubles (double a, double b)
{
  /* Equal when they print the same: a relative tolerance well below what %.15g shows. */
  if (fabs (a - b) <= 1e-12 * MAX (fabs (a), fabs (b)))
    return 0;
  return a < b ? -1 : 1;
}

static int
compare_nullable (const char *a, const char *b)
{
  if (a == b)
    return 0;
  if (a == NULL || b == NULL)
    return a == NULL ? -1 : 1;
  return strcmp (a, b);
}

int
contra_value_compare (const ContraValue *a, const ContraValue *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);

  if (a->type != b->type)
    return a->type < b->type ? -1 : 1;

  switch (a->type)
    {
    case CONTRA_VALUE_DATE:
      {
        int c = contra_date_compare (&a->u.date, &b->u.date);
        if (c != 0)
          return c;
        guint fa = a->u.date.flags & (CONTRA_DATE_APPROXIMATE | CONTRA_DATE_FISCAL);
        guint fb = b->u.date.flags & (CONTRA_DATE_APPROXIMATE | CONTRA_DATE_FISCAL);
        return fa == fb ? 0 : fa < fb ? -1 : 1;
      }
    case CONTRA_VALUE_MONEY:
    case CONTRA_VALUE_QUANTITY:
    case CONTRA_VALUE_PERCENT:
    case CONTRA_VALUE_NUMBER:
    case CONTRA_VALUE_COUNT:
      {
        const ContraAmount *x = &a->u.amount, *y = &b->u.amount;
        int c = a->type == CONTRA_VALUE_PERCENT ? 0 : compare_nullable (x->unit, y->unit);
        if (c != 0)
          return c;
        if ((c = compare_doubles (x->value, y->value)) != 0)
          return c;
        if (x->range != y->range)
          return x->range ? 1 : -1;
        if (x->range && (c = compare_doubles (x->high, y->high)) != 0)
          return c;
        return x->bound == y->bound ? 0 : x->bound < y->bound ? -1 : 1;
      }
    case CONTRA_VALUE_SET:
      {
        g_autofree const char **xa = sorted_items (&a->u.set);
        g_autofree const char **xb = sorted_items (&b->u.set);
        for (guint k = 0;; k++)
          {
            if (xa[k] == NULL || xb[k] == NULL)
              return xa[k] == xb[k] ? 0 : xa[k] == NULL ? -1 : 1;
            int c = strcmp (xa[k], xb[k]);
            if (c != 0)
              return c;
          }
      }
    case CONTRA_VALUE_CONCEPT:
    case CONTRA_VALUE_NAME:
      return compare_nullable (a->u.id, b->u.id);
    case CONTRA_VALUE_NONE:
    default:
      return 0;
    }
}

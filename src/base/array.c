/* array.c — filtering a GArray in place without copying ownership. */
#include "base/array.h"

#include <string.h>

guint
contra_array_filter (GArray *array, ContraKeepFunc keep, gpointer user_data)
{
  g_return_val_if_fail (array != NULL && keep != NULL, 0);

  guint size = g_array_get_element_size (array);
  g_autofree char *swap = g_malloc (size);
  guint kept = 0;

  for (guint i = 0; i < array->len; i++)
    {
      char *element = array->data + (gsize) i * size;
      if (!keep (element, user_data))
        continue;
      if (kept != i)
        {
          /* Swap, never copy: the dropped element moves to slot i, still owned once. */
          char *slot = array->data + (gsize) kept * size;
          memcpy (swap, slot, size);
          memcpy (slot, element, size);
          memcpy (element, swap, size);
        }
      kept++;
    }
  guint dropped = array->len - kept;
  g_array_set_size (array, kept); /* runs the clear function on each dropped element */
  return dropped;
}

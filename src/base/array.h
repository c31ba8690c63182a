/* array.h — filtering a GArray in place without copying ownership.
 *
 * Compacting an array of structs that own memory by copying the kept elements forward
 * leaves stale copies at the tail; shrinking the array then runs its clear function on
 * them and frees what the kept elements still point to. contra_array_filter() moves
 * elements by swapping, so every element is owned by exactly one slot at every step and
 * the array's own clear function runs once on each element dropped. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the element at @element stays. */
typedef gboolean (*ContraKeepFunc) (gconstpointer element, gpointer user_data);

/* Keeps the elements of @array for which @keep returns TRUE, in their order, and drops
 * the others through the array's clear function (if it has one). @keep sees the
 * elements in order, so it may carry state across them in @user_data. Returns the
 * number of elements dropped. */
guint contra_array_filter (GArray *array, ContraKeepFunc keep, gpointer user_data);

G_END_DECLS

/* json-read.h — JSON read into a tree, for claims files and the claim index.
 *
 * Reading is input, not output: the writer (output/json.h) and this reader share only
 * the format. Each node says where its value starts, so that a caller can point at
 * the value at fault.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CONTRA_JSON_NULL,
  CONTRA_JSON_BOOL,
  CONTRA_JSON_NUMBER,
  CONTRA_JSON_STRING,
  CONTRA_JSON_ARRAY,
  CONTRA_JSON_OBJECT,
} ContraJsonType;

typedef struct _ContraJsonNode ContraJsonNode;

/* A parsed value. Every node, string and array of one parse lives in one arena that
 * belongs to the root; nothing in a tree is freed on its own. */
struct _ContraJsonNode {
  ContraJsonType type;
  guint n_items;            /* ARRAY, OBJECT: how many items (and keys) */
  const char *string;       /* STRING */
  double number;            /* NUMBER */
  gboolean boolean;         /* BOOL */
  guint32 offset;           /* where the value starts: a byte offset into the parsed
                               text (G_MAXUINT32 past that), for messages */
  ContraJsonNode **items;   /* ARRAY: items; OBJECT: values, in the order written */
  const char **keys;        /* OBJECT: keys, parallel to items */
  const guint32 *key_tags;  /* OBJECT: each key's length and end bytes, for lookups */
};

/* Parses one JSON value (the whole of @text but white space). On error returns NULL
 * with a message that gives the column (1-based, in bytes) of the problem. The tree
 * is freed with contra_json_node_free(). */
ContraJsonNode *contra_json_parse (const char *text, gsize length, GError **error);

/* As contra_json_parse(), but on error the message is the problem alone and
 * @error_offset (when not NULL) receives the byte offset in @text where it lies, so
 * that the caller can say where in its own words. */
ContraJsonNode *contra_json_parse_located (const char *text, gsize length, gsize *error_offset, GError **error);

/* Frees a tree returned by contra_json_parse(); @node must be its root. */
void contra_json_node_free (ContraJsonNode *node);

/* The member @key of an object, or NULL; of equal keys, the first. */
const ContraJsonNode *contra_json_get (const ContraJsonNode *object, const char *key);
const char *contra_json_get_string (const ContraJsonNode *object, const char *key);
double contra_json_get_number (const ContraJsonNode *object, const char *key, double fallback);
gboolean contra_json_get_bool (const ContraJsonNode *object, const char *key, gboolean fallback);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraJsonNode, contra_json_node_free)

G_END_DECLS

/* yaml.h — a YAML document as a tree of nodes that remember where they were written.
 *
 * Rule files, the corpus manifest and .contra.yaml are read through this one reader
 * (libyaml's parser underneath), so every later complaint can name the file, line and
 * column of the node it is about. Scalars stay strings; the schema code decides what
 * they mean. Anchors and aliases are refused: rule files are meant to be read by
 * people, top to bottom. Lists and mappings nest at most CONTRA_YAML_MAX_DEPTH deep.
 */
#pragma once

#include <glib.h>

#include "base/diagnostic.h"

G_BEGIN_DECLS

/* The deepest nesting of lists and mappings read (the top-level collection is level
 * 1); a file that goes deeper is a syntax error at the collection that does. */
#define CONTRA_YAML_MAX_DEPTH 64

typedef enum {
  CONTRA_YAML_SCALAR,
  CONTRA_YAML_SEQUENCE,
  CONTRA_YAML_MAPPING,
} ContraYamlKind;

typedef struct _ContraYamlNode ContraYamlNode;

struct _ContraYamlNode {
  ContraYamlKind kind;
  guint line;            /* 1-based */
  guint column;          /* 1-based, in characters */
  char *scalar;          /* SCALAR: the value; NULL otherwise */
  gboolean plain;        /* SCALAR: written without quotes (so `null`, `~` are null) */
  ContraYamlNode **children; /* SEQUENCE: items; MAPPING: key, value, key, value ...
                                (in the arena; NULL for a scalar or an empty collection) */
  guint n_children;
  struct _ContraYamlArena *arena; /* the root's: the memory of every node of the tree */
};

/* Parses the first document of @path. A syntax error is CONTRA_RULES_ERROR_SYNTAX
 * (or CONTRA_INPUT_ERROR_UNREADABLE) with the message "path:line:col: error: ...".
 * An empty file gives an empty mapping. With a store set (base/yaml-store.h), the
 * tree it kept for the file as it is now comes back without parsing, and a tree
 * parsed is given to it. Free with contra_yaml_node_free(). */
ContraYamlNode *contra_yaml_load_file (const char *path, GError **error);

/* The same from memory; @name stands for the path in messages. */
ContraYamlNode *contra_yaml_load_data (const char *name,
                                       const char *data,
                                       gsize length,
                                       GError **error);

/* The same, reporting a problem as a diagnostic (free it with
 * contra_diagnostic_free()) rather than a GError. */
ContraYamlNode *contra_yaml_parse (const char *name,
                                   const char *data,
                                   gsize length,
                                   ContraDiagnostic **problem);
ContraYamlNode *contra_yaml_parse_file (const char *path, ContraDiagnostic **problem);

/* Frees a whole tree; @node must be the root a parse returned (the other nodes live
 * in its arena). */
void contra_yaml_node_free (ContraYamlNode *node);

/* The value node for @key in a MAPPING, or NULL. */
ContraYamlNode *contra_yaml_mapping_get (const ContraYamlNode *mapping, const char *key);

/* Number of key/value pairs of a MAPPING, items of a SEQUENCE (0 for a scalar). */
guint contra_yaml_length (const ContraYamlNode *node);

/* The key and the value of pair @i of a MAPPING. */
ContraYamlNode *contra_yaml_key_at (const ContraYamlNode *mapping, guint i);
ContraYamlNode *contra_yaml_value_at (const ContraYamlNode *mapping, guint i);

/* Item @i of a SEQUENCE. */
ContraYamlNode *contra_yaml_item_at (const ContraYamlNode *sequence, guint i);

/* TRUE for a plain scalar that YAML reads as null ("", "~", "null"). */
gboolean contra_yaml_is_null (const ContraYamlNode *node);

/* "a mapping", "a list", "a string": for messages. */
const char *contra_yaml_kind_name (ContraYamlKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraYamlNode, contra_yaml_node_free)

G_END_DECLS

/* manifest.h — what is known of each document of a corpus.
 *
 * corpus/sources.yaml lists, per document: id, file, title, author, outlet,
 * publication date (its precision is the precision it is written with: 2016,
 * 2021-07, 2015-06-05), language, the line ranges that are not its own prose
 * (page debris, adverts), and sections with their own author and date (reader
 * comments) or kind (footnotes). See corpus/README.md for the format.
 */
#pragma once

#include <glib.h>

#include "base/days.h"
#include "text/document.h"

G_BEGIN_DECLS

typedef struct {
  guint first_line;        /* 1-based, inclusive */
  guint last_line;
  ContraSectionKind kind;
  char *label;
  char *author;
  ContraDate date;
} ContraManifestSection;

typedef struct {
  char *id;
  char *file;              /* relative to the manifest's folder */
  char *title;
  char *author;
  char *outlet;
  char *language;
  ContraDate published;
  GArray *ignore;          /* pairs of guint: first line, last line (inclusive) */
  GPtrArray *sections;     /* ContraManifestSection* */
  guint line;              /* where the entry is, in the manifest */
  guint column;
} ContraManifestEntry;

typedef struct {
  char *path;              /* the manifest file */
  char *dir;               /* its folder */
  GPtrArray *entries;      /* ContraManifestEntry* */
  GHashTable *by_name;     /* an entry's base name → the first entry of that name */
} ContraManifest;

/* Reads a manifest. Problems are appended to @diagnostics (path:line:col); returns
 * NULL when there was an error. */
ContraManifest *contra_manifest_load (const char *path, GPtrArray *diagnostics);

void contra_manifest_free (ContraManifest *manifest);

/* The entry for a file name (the base name is compared; the first entry of that name
 * wins), or NULL. A hash lookup: a corpus names thousands of files. */
const ContraManifestEntry *contra_manifest_find (const ContraManifest *manifest, const char *file);

/* Sets the document's metadata, ignored ranges and sections from @entry. */
void contra_manifest_apply (const ContraManifestEntry *entry, ContraDocument *document);

/* Reads YAML front matter (title, author, outlet or publisher or site, date or
 * published, language or lang) into the document's metadata where it is not set. */
void contra_front_matter_apply (ContraDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraManifest, contra_manifest_free)

G_END_DECLS

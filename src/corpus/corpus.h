/* corpus.h — the documents to read, and what the manifests say of them.
 *
 * A corpus is given as paths: folders (every .txt, .md, .markdown and .text file in
 * them, the folder's sources.yaml describing them) and single files. Files in the
 * manifest come first, in its order; files it does not list follow in name order,
 * each with a warning, taking their metadata from front matter. README files are not
 * documents.
 *
 * A folder's files are read only when they are regular files inside the folder once
 * symbolic links are resolved: anything else is skipped with a warning that names it,
 * before it is opened. A FIFO would hang the run, a link to /dev/zero fill memory, and
 * a link to /etc/passwd is not a source (CONTRA_CORPUS_FOLLOW_OUTSIDE reads regular
 * files outside, for a corpus that is a folder of links into an archive). A file
 * named in @paths is read whatever it is, as the user asked (claims <(cat a.txt)).
 *
 * Listing is cheap; loading a document (read, decode, apply the manifest, segment) is
 * done one item at a time, so that a pool of threads can load and extract in parallel
 * and free each text when its claims are taken.
 */
#pragma once

#include <glib.h>

#include "corpus/manifest.h"
#include "text/document.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_CORPUS_DEFAULT = 0,
  CONTRA_CORPUS_FOLLOW_OUTSIDE = 1 << 0, /* read links to files outside a folder */
} ContraCorpusFlags;

/* What stat() said of a file when the corpus was listed (times in nanoseconds). */
typedef struct {
  gint64 size, mtime, ctime, inode;
} ContraFileStamp;

typedef struct {
  char *path;                          /* the file, as it will be printed */
  const ContraManifestEntry *entry;    /* its manifest entry, or NULL */
  gboolean named;                      /* given in the paths, not found in a folder */
  gboolean stamped;                    /* a regular file, and @stamp is its stat() at listing */
  ContraFileStamp stamp;
} ContraCorpusItem;

typedef struct {
  GPtrArray *manifests;                /* ContraManifest* */
  GPtrArray *items;                    /* ContraCorpusItem* */
} ContraCorpus;

/* Lists the documents of @paths (NULL-terminated). Problems go to @diagnostics:
 * warnings for unlisted files and for files skipped (not regular, or outside their
 * folder), errors for a malformed manifest or a listed file that is missing or cannot
 * be examined (a loop of links). Returns NULL, with @error set, when a path cannot be
 * read or a manifest has errors. */
ContraCorpus *contra_corpus_open (const char *const *paths, ContraCorpusFlags flags, GPtrArray *diagnostics,
                                  GError **error);

void contra_corpus_free (ContraCorpus *corpus);

/* Loads and segments item @i. Its warnings (invalid UTF-8, ...) go to @warnings.
 * Errors: those of contra_document_load(), or of contra_document_load_regular() for
 * a file found in a folder. */
ContraDocument *contra_corpus_load (const ContraCorpus *corpus, guint i, GPtrArray *warnings,
                                    GError **error);

/* Applies front matter and segments a document that is not in any corpus (a draft). */
void contra_document_prepare (ContraDocument *document);

/* TRUE for the file names a corpus folder reads as documents. */
gboolean contra_corpus_is_document_name (const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraCorpus, contra_corpus_free)

G_END_DECLS

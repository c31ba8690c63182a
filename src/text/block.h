/* block.h — a block of prose: its clean text and where each piece came from.
 *
 * The types the text layer hands on: the format a text is read in, the byte ranges
 * that are not prose, and the blocks (headings, paragraphs, list items, quotes,
 * table rows) with the runs that map their clean text back to the source. Both the
 * Markdown and plain-text reader (markup.h) and the document (document.h) build on
 * this file; neither needs the other's.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CONTRA_FORMAT_PLAIN,     /* .txt and anything else */
  CONTRA_FORMAT_MARKDOWN,  /* .md, .markdown */
} ContraFormat;

/* A byte range that is not the document's own prose (page debris, an advert). */
typedef struct {
  gsize start;
  gsize end;
} ContraRange;

typedef enum {
  CONTRA_BLOCK_HEADING,
  CONTRA_BLOCK_PARAGRAPH,
  CONTRA_BLOCK_LIST_ITEM,
  CONTRA_BLOCK_QUOTE,
  CONTRA_BLOCK_TABLE_ROW,  /* a table's body row, its cells joined by " | " */
} ContraBlockKind;

/* Clean text [clean, next run's clean) is the source text [source, source + length).
 * Markup that is removed (emphasis markers, link targets, escapes) ends a run. */
typedef struct {
  gsize clean;
  gsize source;
} ContraRun;

typedef struct {
  ContraBlockKind kind;
  guint section;           /* index into ContraDocument.sections; 0 is the body */
  guint paragraph;         /* ordinal of the block in the document, from 0 */
  gsize start;             /* source byte span of the block, from its first to its */
  gsize end;               /* last prose character (markup around it left out) */
  char *text;              /* clean text: markup removed, NUL-terminated */
  gsize length;
  GArray *runs;            /* ContraRun, sorted by clean offset; the first has clean 0 */
} ContraBlock;

/* The source offset of clean offset @clean in @block. An end offset maps just after
 * the last character before it, never onto removed markup. */
gsize contra_block_source_offset (const ContraBlock *block, gsize clean, gboolean is_end);

void contra_block_free (ContraBlock *block);

G_END_DECLS

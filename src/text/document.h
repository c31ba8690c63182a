/* document.h — one source text: its metadata, its text, and its prose.
 *
 * A document owns its decoded text once; everything else refers into it by byte
 * offset. Loading decodes the bytes (text/utf8.h) and indexes the lines; segmenting
 * splits the prose into blocks (headings, paragraphs, list items, block quotes) and
 * the blocks into sentences, leaving out what is not prose: front matter, code,
 * HTML comments, link targets, and the ranges the manifest says to ignore.
 */
#pragma once

#include <glib.h>
#include <sys/types.h>

#include "base/days.h"
#include "base/diagnostic.h"
#include "text/block.h"
#include "text/lines.h"

G_BEGIN_DECLS

typedef enum {
  CONTRA_SECTION_BODY,     /* the document's own prose */
  CONTRA_SECTION_COMMENT,  /* a reader comment: its claims are its author's */
  CONTRA_SECTION_NOTES,    /* footnotes, endnotes, an author's bio */
} ContraSectionKind;

/* The kinds' names as manifests and claims files spell them, by value,
 * NULL-terminated. */
extern const char *const contra_section_kind_names[CONTRA_SECTION_NOTES + 2];
const char *contra_section_kind_name (ContraSectionKind kind);

typedef struct {
  ContraSectionKind kind;
  char *label;             /* "comment by Vân Nhàn", "footnotes"; may be NULL */
  char *author;            /* NULL: the document's author */
  ContraDate date;         /* unset: the document's date */
  gsize start;             /* byte range of the text it covers */
  gsize end;
} ContraSection;

typedef struct {
  guint block;             /* index into ContraDocument.blocks */
  gsize start;             /* range in the block's clean text */
  gsize end;
} ContraSentence;

typedef struct {
  char *id;                /* the manifest id, or the file name without extension */
  char *path;              /* as given: relative paths stay relative */
  char *title;             /* metadata; each may be NULL */
  char *author;
  char *outlet;
  char *language;
  ContraDate published;    /* may be unset */
  ContraFormat format;

  char *text;              /* decoded text, valid UTF-8, NUL-terminated */
  gsize length;
  ContraLineIndex *lines;

  ContraRange front_matter;  /* empty (start == end) when there is none */
  GArray *ignored;         /* ContraRange, sorted, set before segmenting */
  GPtrArray *sections;     /* ContraSection*; [0] is the whole body */
  GPtrArray *blocks;       /* ContraBlock*, after contra_document_segment() */
  GArray *sentences;       /* ContraSentence, after contra_document_segment() */
  GArray *comments;        /* ContraRange: the HTML comments outside code, in order,
                            * after contra_document_segment() (lint's directives) */
  GPtrArray *warnings;     /* ContraDiagnostic*: invalid bytes and the like */
} ContraDocument;

/* Reads @path, a path the user named. Errors (CONTRA_INPUT_ERROR): UNREADABLE for a
 * missing file, a directory or a read error; NOT_TEXT for a NUL byte. A pipe, a FIFO
 * or a device is read to its end (lint <(cat draft.md) works; opening a FIFO waits
 * for its writer, as cat does) and refused at its first NUL byte, so /dev/zero is
 * not read up to the size limit. Invalid UTF-8 is not an error: each bad byte becomes
 * a warning with its byte offset (the first 20, then one warning that counts the
 * rest). The format comes from the extension, except that a plain-text file whose
 * text is plainly Markdown (contra_markup_looks_like_markdown) is read as Markdown.
 * Returns a document to free with contra_document_free(). */
ContraDocument *contra_document_load (const char *path, GError **error);

/* The same for a file found in a folder: anything but a regular file (a FIFO, a
 * device, a socket) is refused (UNREADABLE, "path: not a regular file (a FIFO)")
 * without waiting on it. The file is opened without blocking and checked on the open
 * descriptor, so a FIFO put in place of a checked file cannot hang the run either. */
ContraDocument *contra_document_load_regular (const char *path, GError **error);

/* The same for standard input, named @name in messages ("<stdin>", or what
 * --stdin-filename says). */
ContraDocument *contra_document_load_stdin (const char *name, GError **error);

/* "a FIFO", "a character device", "a socket", ... for the file type bits of a
 * st_mode, in messages about what is not a regular file. */
const char *contra_file_kind (mode_t mode);

/* The diagnostic to print for a document that could not be loaded (@error from
 * contra_document_load()): "path: error: reason", the path said once. Free it with
 * contra_diagnostic_free(). */
ContraDiagnostic *contra_document_load_diagnostic (const char *path, const GError *error);

/* The same from bytes in memory (standard input, tests); @path names it in messages. */
ContraDocument *contra_document_new_from_bytes (const char *path,
                                                const char *bytes,
                                                gsize length,
                                                ContraFormat format,
                                                GError **error);

void contra_document_free (ContraDocument *document);

/* The format for a file name: MARKDOWN for .md/.markdown, else PLAIN. */
ContraFormat contra_format_for_path (const char *path);

/* Adds a range that is not prose. Call before contra_document_segment(). */
void contra_document_ignore (ContraDocument *document, gsize start, gsize end);

/* Adds a section (takes ownership). Call before contra_document_segment(). */
void contra_document_add_section (ContraDocument *document, ContraSection *section);

/* Splits the prose into blocks and sentences. Idempotent. */
void contra_document_segment (ContraDocument *document);

/* The 1-based line and column of byte @offset. */
void contra_document_position (ContraDocument *document,
                               gsize offset,
                               guint *line,
                               guint *column);

/* The section that covers byte @offset (the body when no other does). */
const ContraSection *contra_document_section_at (const ContraDocument *document,
                                                 gsize offset);

/* The sentence's clean text, NUL-terminated (free with g_free()). */
char *contra_sentence_text (const ContraDocument *document, const ContraSentence *sentence);

/* The source byte span of a sentence. */
void contra_sentence_span (const ContraDocument *document,
                           const ContraSentence *sentence,
                           gsize *start,
                           gsize *end);

void contra_section_free (ContraSection *section);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ContraDocument, contra_document_free)

G_END_DECLS

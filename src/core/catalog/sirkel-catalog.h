/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SirkelCatalog: a tiltaksbank, a catalogue of well-known measures, read from and written
 * to the XML format documented in docs/catalog-format.md (libxml2, under RELIABILITY.md §4's
 * rules: no DTD, no entities, no network, capped input). Sirkel ships one catalogue
 * (data/tiltaksbank.xml, also compiled into the core's resources); users can import more
 * catalogue files and export measures as one.
 *
 * An evidence rating that is not known is stored as unknown (scheme and level NULL), never
 * guessed. Ages are whole years; -1 means not stated.
 *
 * Thread rule: a catalogue is immutable once loaded and may be read from any thread.
 */
#pragma once

#include <gio/gio.h>

#include "sirkel-store.h"

G_BEGIN_DECLS

#define SIRKEL_CATALOG_ERROR (sirkel_catalog_error_quark ())
typedef enum
{
  SIRKEL_CATALOG_ERROR_TOO_LARGE,   /* over SIRKEL_CATALOG_MAX_BYTES */
  SIRKEL_CATALOG_ERROR_MALFORMED,   /* not well-formed XML; the message names the line */
  SIRKEL_CATALOG_ERROR_FORBIDDEN,   /* a DOCTYPE, an entity, an XInclude */
  SIRKEL_CATALOG_ERROR_INVALID,     /* well-formed but not a catalogue (wrong root, bad value) */
} SirkelCatalogError;

#define SIRKEL_CATALOG_MAX_BYTES (16 * 1024 * 1024)

typedef struct
{
  char  *id;                /* unique within the catalogue, [a-z0-9-]+, e.g. "pals" */
  char  *name;
  char  *description;       /* short, in our own words */
  char  *target_group;      /* who it is for, as text */
  int    age_from;          /* -1: not stated */
  int    age_to;
  char **arenas;            /* keys: family, kindergarten, school, leisure, neighbourhood, services */
  char  *prevention_level;  /* universal, selective, indicated; NULL when not stated */
  char **topics;            /* keys: mental-health, quality-of-life, substance-use, … */
  char  *provider;          /* who owns or offers the programme */
  char  *url;               /* NULL when none */
  /* The evidence rating; all NULL/0 when unknown. */
  char  *evidence_scheme;   /* "ungsinn", … */
  char  *evidence_level;    /* as the scheme writes it: "0"… "5", "old-2" … */
  char  *evidence_edition;  /* criteria version, e.g. "2.0" */
  int    evidence_year;     /* 0: not stated */
  char  *evidence_source;   /* reference to where the rating is published */
} SirkelCatalogEntry;

typedef struct _SirkelCatalog SirkelCatalog;

GQuark              sirkel_catalog_error_quark    (void);

/* @name is the file name used in error messages ("tiltaksbank.xml line 12: …"). */
SirkelCatalog      *sirkel_catalog_load_bytes     (GBytes              *bytes,
                                                   const char          *name,
                                                   GError             **error);
SirkelCatalog      *sirkel_catalog_load_file      (const char          *path,
                                                   GError             **error);
/* The catalogue Sirkel ships (from the core's resources). */
SirkelCatalog      *sirkel_catalog_load_bundled   (GError             **error);
/* Writes atomically (temp file beside, fsync, rename). */
gboolean            sirkel_catalog_save_file      (SirkelCatalog       *self,
                                                   const char          *path,
                                                   GError             **error);
char               *sirkel_catalog_to_xml         (SirkelCatalog       *self,
                                                   gsize               *length);

SirkelCatalog      *sirkel_catalog_new            (const char          *title);
const char         *sirkel_catalog_get_title      (SirkelCatalog       *self);
guint               sirkel_catalog_get_n_entries  (SirkelCatalog       *self);
const SirkelCatalogEntry *sirkel_catalog_get_entry (SirkelCatalog      *self,
                                                   guint                index);
const SirkelCatalogEntry *sirkel_catalog_find     (SirkelCatalog       *self,
                                                   const char          *id);
/* Adds a copy; an entry with the same id is replaced. */
void                sirkel_catalog_add            (SirkelCatalog       *self,
                                                   const SirkelCatalogEntry *entry);

SirkelCatalog      *sirkel_catalog_ref            (SirkelCatalog       *self);
void                sirkel_catalog_unref          (SirkelCatalog       *self);

/* The catalogues the user imported, kept as files under the user data directory
 * (~/.local/share/sirkel/catalogs); the bundled catalogue comes first. Entries whose id is
 * already listed by an earlier catalogue are skipped. */
GPtrArray          *sirkel_catalog_list_all       (GError             **error);
/* Checks @path and copies it into the user's catalogues; returns the loaded catalogue. */
SirkelCatalog      *sirkel_catalog_import_file    (const char          *path,
                                                   GError             **error);

/* A catalogue entry from a measure row (for exporting the project's own measures), and the
 * other way: a new measure in @store, one action, with the entry's fields and catalog_ref =
 * entry id. The new measure's id is stored in @measure_id. */
SirkelCatalogEntry *sirkel_catalog_entry_from_measure (SirkelStore     *store,
                                                   const SirkelId      *measure_id,
                                                   GError             **error);
gboolean            sirkel_catalog_add_measure    (SirkelStore         *store,
                                                   const SirkelCatalogEntry *entry,
                                                   SirkelId            *measure_id,
                                                   GError             **error);

SirkelCatalogEntry *sirkel_catalog_entry_copy     (const SirkelCatalogEntry *entry);
void                sirkel_catalog_entry_free     (SirkelCatalogEntry  *entry);

/* Additions. */

/* A catalogue of the project's live measures (for export), in the project's order; each entry
 * is sirkel_catalog_entry_from_measure (), its id made unique with "-2", "-3" … */
SirkelCatalog      *sirkel_catalog_new_from_measures (SirkelStore       *store,
                                                   const char          *title,
                                                   GError             **error);
/* Whether two entries have the same fields (NULL equals an empty text or list). */
gboolean            sirkel_catalog_entry_equal    (const SirkelCatalogEntry *a,
                                                   const SirkelCatalogEntry *b);
/* Whether the entry has a rating (scheme and level); FALSE means unknown. */
gboolean            sirkel_catalog_entry_has_evidence (const SirkelCatalogEntry *entry);
/* The rating in a short stable form: "ungsinn 5 (2018)", "ungsinn 4", "unknown". Not
 * translated (for the command line and logs); the UI builds its own from the fields. */
char               *sirkel_catalog_entry_dup_evidence_summary (const SirkelCatalogEntry *entry);
/* The keys the format allows (NULL-terminated, in display order) and their translated labels;
 * a label is NULL for an unknown key. */
const char * const *sirkel_catalog_arena_keys     (void);
const char * const *sirkel_catalog_topic_keys     (void);
const char         *sirkel_catalog_arena_label    (const char          *key);
const char         *sirkel_catalog_topic_label    (const char          *key);
const char         *sirkel_catalog_prevention_label (const char        *key);
/* What an Ungsinn level means ("Strong documentation of effect"), NULL for other schemes or
 * levels. */
const char         *sirkel_catalog_level_label    (const char          *scheme,
                                                   const char          *level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelCatalog, sirkel_catalog_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SirkelCatalogEntry, sirkel_catalog_entry_free)

G_END_DECLS

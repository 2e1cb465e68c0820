/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the example project share. sirkel_example_fill () (sirkel-example.c) walks
 * the cycle one step at a time and passes an Example to each step; the steps live in one file
 * per phase, each with the data tables it inserts: sirkel-example-statistics.c (project,
 * geography, indicators and generated observations), sirkel-example-overview.c (oversikt and
 * prioritisation), sirkel-example-plan.c (plans, goals and measures) and
 * sirkel-example-evaluation.c (evaluations and læring). This header holds the Example, the
 * enums that name rows of one phase's table in another phase (findings, goals, measures), and
 * the helpers every phase inserts with.
 *
 * Invariant: every row id comes from Example.ids, drawn in insertion order, and every generated
 * figure from Example.noise, so the steps must run in the order sirkel_example_fill () lists
 * them and each step must insert its rows in table order.
 *
 * Only the example's own files include this header. An Example lives on the stack of one
 * sirkel_example_fill () call, on the thread that opened the store.
 */
#pragma once

#include "sirkel-store.h"

G_BEGIN_DECLS

/* The last year of the generated statistics; the goals' baselines are from it. */
#define LAST_YEAR 2024

/* The challenges and resources of the oversikt (sirkel-example-overview.c), in the order of its
 * findings[] table: the challenges first, then the resources. Goals name the findings they
 * answer (sirkel-example-plan.c). */
typedef enum
{
  F_LAVINNTEKT,
  F_ENSOMHET,
  F_FYSISK_AKTIVITET,
  F_PSYKISKE_PLAGER,
  F_UTENFORSKAP,
  F_ALKOHOL,
  F_FALLSKADER,
  F_SOSIAL_ULIKHET,
  N_CHALLENGES,
  F_FRIVILLIGHET = N_CHALLENGES,
  F_SKOLE_HELSESTASJON,
  F_FRILUFTSLIV,
  N_FINDINGS
} Finding;

/* The goals of the plan (sirkel-example-plan.c), in the order of its goals[] table, where
 * every hovedmål comes before its delmål. Measures name the goals they serve. */
typedef enum
{
  GOAL_OPPVEKST,
  GOAL_LAVINNTEKT,
  GOAL_ENSOMHET,
  GOAL_FRITID,
  GOAL_PSYKISK_HELSE,
  GOAL_PSYKISKE_PLAGER,
  GOAL_DEPRESJON,
  GOAL_DELTAKELSE,
  GOAL_FYSISK_AKTIVITET,
  GOAL_FULLFORING,
  GOAL_UTENFORSKAP,
  N_GOALS
} Goal;

/* The measures (sirkel-example-plan.c), in the order of its measures[] table. Evaluations,
 * logic models, lessons and improvement cycles name the measure they belong to
 * (sirkel-example-evaluation.c). */
typedef enum
{
  M_DUA,
  M_PALS,
  M_ZIPPY,
  M_MOT,
  M_PSYKOLOGISK_FORSTEHJELP,
  M_TIDLIG_INN,
  M_FRITIDSKORT,
  M_BARNETRAKK,
  M_HELSEFREMMENDE_SKOLER,
  M_AV_OG_TIL,
  M_LOS,
  M_UNGDOMSTEAM,
  N_MEASURES
} Measure;

typedef struct
{
  SirkelStore *store;
  GRand       *ids;          /* every row id, in insertion order */
  GRand       *noise;        /* every generated figure */
  /* Made and filled by _sirkel_example_add_statistics (), NULL before that step, and freed by
   * sirkel_example_fill (). Only sirkel-example-statistics.c reads them directly; the other
   * phases go through the functions it exports below. */
  SirkelId    *indicators;   /* one id per row of the indicator table, in its order */
  GArray      *series;       /* of the statistics file's Series */
  GArray      *cells;        /* of its Cell, grouped by series, periods in ascending order */
  SirkelId     project;
  SirkelId     findings[N_FINDINGS];
  SirkelId     goals[N_GOALS];
  SirkelId     measures[N_MEASURES];
  SirkelId     evaluations[N_MEASURES];           /* zero where a measure has none */
} Example;

/* sirkel-example.c: inserting with deterministic ids */
gboolean        _sirkel_example_insert_row           (Example         *ex,
                                                      const char      *entity,
                                                      SirkelId        *id,
                                                      GError         **error,
                                                      const char      *first_field,
                                                      ...) G_GNUC_NULL_TERMINATED;
gboolean        _sirkel_example_set_field            (Example         *ex,
                                                      const char      *entity,
                                                      const SirkelId  *id,
                                                      const char      *field,
                                                      GVariant        *value,
                                                      GError         **error);
GVariant       *_sirkel_example_int_or_null          (int              value);

/* sirkel-example-statistics.c: actions 1 and 2, and what the later phases need from them */
gboolean        _sirkel_example_add_project          (Example         *ex,
                                                      GError         **error);
gboolean        _sirkel_example_add_statistics       (Example         *ex,
                                                      GError         **error);
const SirkelId *_sirkel_example_indicator_id         (Example         *ex,
                                                      const char      *key);
double          _sirkel_example_latest_kommune_value (Example         *ex,
                                                      const char      *key);
double          _sirkel_example_round_like           (const char      *key,
                                                      double           value);

/* sirkel-example-overview.c: actions 3 and 4 */
gboolean        _sirkel_example_add_oversikt         (Example         *ex,
                                                      GError         **error);
gboolean        _sirkel_example_add_prioritisation   (Example         *ex,
                                                      GError         **error);

/* sirkel-example-plan.c: actions 5 and 6 */
gboolean        _sirkel_example_add_plan             (Example         *ex,
                                                      GError         **error);
gboolean        _sirkel_example_add_measures         (Example         *ex,
                                                      GError         **error);

/* sirkel-example-evaluation.c: actions 7 and 8 */
gboolean        _sirkel_example_add_evaluations      (Example         *ex,
                                                      GError         **error);
gboolean        _sirkel_example_add_learning         (Example         *ex,
                                                      GError         **error);

G_END_DECLS

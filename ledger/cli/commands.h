/* ledger/cli/commands.h — every subcommand, one file each (cmd_<name>.c). */
#ifndef SIF_COMMANDS_H
#define SIF_COMMANDS_H

#include "cli.h"

extern const struct sif_cmd sif_cmd_init;
extern const struct sif_cmd sif_cmd_project;
extern const struct sif_cmd sif_cmd_unit;
extern const struct sif_cmd sif_cmd_role;
extern const struct sif_cmd sif_cmd_cost;
extern const struct sif_cmd sif_cmd_period;
extern const struct sif_cmd sif_cmd_log;
extern const struct sif_cmd sif_cmd_verify;
extern const struct sif_cmd sif_cmd_anchor;
extern const struct sif_cmd sif_cmd_key;
extern const struct sif_cmd sif_cmd_check;
extern const struct sif_cmd sif_cmd_result;
extern const struct sif_cmd sif_cmd_simulate;
extern const struct sif_cmd sif_cmd_index;
extern const struct sif_cmd sif_cmd_demo;
extern const struct sif_cmd sif_cmd_param;
extern const struct sif_cmd sif_cmd_saving;
extern const struct sif_cmd sif_cmd_effect;
extern const struct sif_cmd sif_cmd_rule;
extern const struct sif_cmd sif_cmd_scenario;
extern const struct sif_cmd sif_cmd_decision;
extern const struct sif_cmd sif_cmd_fund;
extern const struct sif_cmd sif_cmd_import;
extern const struct sif_cmd sif_cmd_report;
extern const struct sif_cmd sif_cmd_template;
extern const struct sif_cmd sif_cmd_user;
extern const struct sif_cmd sif_cmd_serve;
extern const struct sif_cmd sif_cmd_target;
extern const struct sif_cmd sif_cmd_indicator;
extern const struct sif_cmd sif_cmd_completion;

/* Every command, in the order sif --help lists them, NULL-terminated (main.c). */
extern const struct sif_cmd *const *const sif_commands;

#endif

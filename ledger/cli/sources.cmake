set(SIF_CLI_SOURCES
  ledger/cli/main.c
  ledger/cli/cmd_completion.c
  ledger/cli/cli_util.c
  ledger/cli/escape.c
  ledger/cli/json.c
  ledger/cli/table.c
  ledger/cli/show_investment.c
  ledger/cli/show_economics.c
  ledger/cli/show_portfolio.c
  ledger/cli/cmd_init.c
  ledger/cli/cmd_project.c
  ledger/cli/cmd_unit.c
  ledger/cli/cmd_role.c
  ledger/cli/cmd_cost.c
  ledger/cli/cmd_result.c
  ledger/cli/cmd_simulate.c
  ledger/cli/cmd_index.c
  ledger/cli/calc_opts.c
  ledger/cli/cmd_param.c
  ledger/cli/cmd_saving.c
  ledger/cli/cmd_effect.c
  ledger/cli/cmd_period.c
  ledger/cli/cmd_log.c
  ledger/cli/cmd_verify.c
  ledger/cli/cmd_anchor.c
  ledger/cli/cmd_key.c
  ledger/cli/cmd_check.c
  ledger/cli/cmd_demo.c
  ledger/cli/cmd_rule.c
  ledger/cli/cmd_scenario.c
  ledger/cli/cmd_decision.c
  ledger/cli/cmd_fund.c
  ledger/cli/progress.c
  ledger/cli/cmd_import.c
  ledger/cli/cmd_report.c
  ledger/cli/report_args.c
  ledger/cli/cmd_template.c
  ledger/cli/cmd_user.c
  ledger/cli/cmd_serve.c
  ledger/cli/cmd_target.c
  ledger/cli/cmd_indicator.c
  ledger/cli/indicators_read.c
)

# The clock is compiled twice: into sif (real time only) and, for the tests, into
# sif-testclock with SIF_TEST_CLOCK (reads $SIF_NOW). See ledger/cli/clock.c.
set(SIF_CLI_CLOCK_SOURCE ledger/cli/clock.c)

set(SIF_REPAY_SOURCES
  ledger/repay/rule.c
  ledger/repay/books.c
  ledger/repay/decision.c
  ledger/repay/scenario_input.c
  ledger/repay/scenario_payers.c
  ledger/repay/scenario.c
)

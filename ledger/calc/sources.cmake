set(SIF_CALC_SOURCES
  ledger/calc/formula.c
  ledger/calc/saving_calc.c
  ledger/calc/saving.c
  ledger/calc/param.c
  ledger/calc/effect.c
)

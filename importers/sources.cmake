set(SIF_IMPORT_SOURCES
  # the import framework, the CSV reader and one sink per import kind
  importers/import.c
  importers/import_control.c
  importers/pipe.c
  importers/csv.c
  importers/text_enc.c
  importers/sink_util.c
  importers/sink_costs.c
  importers/sink_exits.c
  importers/sink_payments.c
  importers/sink_treatment.c
  importers/sink_placements.c
  importers/sink_savings.c
  importers/sink_params.c
)

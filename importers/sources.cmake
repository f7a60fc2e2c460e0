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
  # readers (XML, XLSX, SIE) and what they share
  importers/file_read.c
  importers/rowbuf.c
  importers/templates_dir.c
  importers/xml_reader.c
  importers/xlsx_zip.c
  importers/xlsx_number.c
  importers/xlsx_reader.c
  importers/cp437.c
  importers/sie_map.c
  importers/sie_reader.c
)

set(SIF_IMPORT_SOURCES
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

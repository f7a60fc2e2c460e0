set(SIF_IMPORT_SOURCES importers/placeholder.c)

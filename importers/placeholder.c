/* importers/placeholder.c — until the first importer lands. */
typedef int sif_importers_placeholder;

/* importers/xlsx_zip.c — XLSX parts as XML streams under zip-bomb limits. */
#include "xlsx_zip.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

struct sif_zip {
    unzFile uf;
    char path[256];
    char part[256];                  /* the part open now, for messages */
    bool open;                       /* a part is open in minizip */
    unsigned long long compressed;   /* of the open part, as declared */
    unsigned long long inflated;     /* bytes handed to libxml2 so far */
    bool at_end;                     /* the part was read to its end */
    sif_status failed;               /* a limit broken while reading */
    xmlExternalEntityLoader saved;   /* the loader to put back when the part closes */
    char why[512];
};

static xmlParserInputPtr no_entity_loader(const char *url, const char *id,
                                          xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

const char *sif_zip_path(const sif_zip *z)
{
    return z->path;
}

sif_status sif_zip_open(const char *path, sif_zip **out, sif_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return sif_error_at(err, SIF_ERR_NOTFOUND, path, 0, 0, "cannot open");
    unsigned char magic[4] = {0};
    size_t got = fread(magic, 1, 4, f);
    fclose(f);
    if (got < 4 || memcmp(magic, "PK\x03\x04", 4) != 0)
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                            "not an XLSX file (no zip signature)");
    sif_zip *z = calloc(1, sizeof *z);
    if (z == NULL)
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    snprintf(z->path, sizeof z->path, "%s", path);
    z->uf = unzOpen64(path);
    if (z->uf == NULL) {
        free(z);
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                            "not an XLSX file (the zip directory cannot be read)");
    }
    unz_global_info64 gi;
    if (unzGetGlobalInfo64(z->uf, &gi) != UNZ_OK || gi.number_entry > SIF_ZIP_MAX_ENTRIES) {
        sif_zip_close(z);
        return sif_error_at(err, SIF_ERR_DATA, path, 0, 0,
                            "zip archive with more than %d entries refused",
                            SIF_ZIP_MAX_ENTRIES);
    }
    *out = z;
    return SIF_OK;
}

void sif_zip_close(sif_zip *z)
{
    if (z == NULL)
        return;
    if (z->open) {
        xmlSetExternalEntityLoader(z->saved);
        unzCloseCurrentFile(z->uf);
    }
    unzClose(z->uf);
    free(z);
}

bool sif_zip_has(sif_zip *z, const char *name)
{
    return !z->open && unzLocateFile(z->uf, name, 1) == UNZ_OK;
}

static int zip_read(void *ctx, char *buf, int len)
{
    sif_zip *z = ctx;
    if (z->failed != SIF_OK)
        return -1;
    int n = unzReadCurrentFile(z->uf, buf, (unsigned)len);
    if (n < 0) {
        z->failed = SIF_ERR_DATA;
        snprintf(z->why, sizeof z->why, "%s cannot be inflated (damaged archive, error %d)",
                 z->part, n);
        return -1;
    }
    if (n == 0)
        z->at_end = true;
    z->inflated += (unsigned long long)n;
    if (z->inflated > SIF_ZIP_MAX_ENTRY) {
        z->failed = SIF_ERR_DATA;
        snprintf(z->why, sizeof z->why, "%s inflates to more than %llu bytes: refused",
                 z->part, SIF_ZIP_MAX_ENTRY);
        return -1;
    }
    if (z->inflated > (1u << 20) && z->inflated / SIF_ZIP_MAX_RATIO > z->compressed) {
        z->failed = SIF_ERR_DATA;
        snprintf(z->why, sizeof z->why,
                 "%s inflates more than %d:1 (a zip bomb?): refused", z->part,
                 SIF_ZIP_MAX_RATIO);
        return -1;
    }
    return n;
}

/* libxml2 errors go into the zip's state, never to stderr. */
static void on_xml_error(void *ctx, xmlErrorPtr e)
{
    sif_zip *z = ctx;
    if (e == NULL || e->level == XML_ERR_WARNING || z->failed != SIF_OK)
        return;
    z->failed = SIF_ERR_DATA;
    snprintf(z->why, sizeof z->why, "%s line %d: %s", z->part, e->line,
             e->message ? e->message : "malformed XML");
    size_t n = strlen(z->why);
    while (n > 0 && (z->why[n - 1] == '\n' || z->why[n - 1] == '.'))
        z->why[--n] = '\0';
}

sif_status sif_zip_xml_open(sif_zip *z, const char *name, xmlTextReaderPtr *out,
                            sif_error *err)
{
    *out = NULL;
    if (z->open)
        return sif_error_set(err, SIF_ERR_USAGE, "a part of %s is already open", z->path);
    if (unzLocateFile(z->uf, name, 1) != UNZ_OK)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0, "not an XLSX file: no %s", name);
    unz_file_info64 fi;
    if (unzGetCurrentFileInfo64(z->uf, &fi, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0, "damaged zip entry %s", name);
    if (fi.flag & 1)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0,
                            "%s is encrypted: save the workbook without a password", name);
    if (fi.uncompressed_size > SIF_ZIP_MAX_ENTRY)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0,
                            "%s would inflate to %llu bytes, over the limit of %llu (a zip bomb?): refused",
                            name, (unsigned long long)fi.uncompressed_size, SIF_ZIP_MAX_ENTRY);
    if (fi.uncompressed_size > (1u << 20) &&
        fi.uncompressed_size / SIF_ZIP_MAX_RATIO > fi.compressed_size)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0,
                            "%s would inflate %llu:1 (a zip bomb?): refused", name,
                            (unsigned long long)(fi.uncompressed_size /
                                                 (fi.compressed_size ? fi.compressed_size : 1)));
    if (unzOpenCurrentFile(z->uf) != UNZ_OK)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0, "%s cannot be opened", name);
    z->open = true;
    snprintf(z->part, sizeof z->part, "%s", name);
    z->compressed = fi.compressed_size;
    z->inflated = 0;
    z->at_end = false;
    z->failed = SIF_OK;
    z->why[0] = '\0';
    xmlInitParser();
    z->saved = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(no_entity_loader);
    /* never XML_PARSE_NOENT, XML_PARSE_HUGE or XML_PARSE_DTDLOAD */
    xmlTextReaderPtr r = xmlReaderForIO(zip_read, NULL, z, NULL, NULL,
                                        XML_PARSE_NONET | XML_PARSE_BIG_LINES |
                                            XML_PARSE_NOCDATA);
    if (r == NULL) {
        xmlSetExternalEntityLoader(z->saved);
        unzCloseCurrentFile(z->uf);
        z->open = false;
        return sif_error_set(err, SIF_ERR_NOMEM, "out of memory");
    }
    xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, z);
    *out = r;
    return SIF_OK;
}

int sif_zip_xml_next(sif_zip *z, xmlTextReaderPtr r, sif_error *err)
{
    int rc = xmlTextReaderRead(r);
    if (rc == 1 && xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE &&
        z->failed == SIF_OK) {
        z->failed = SIF_ERR_DATA;
        snprintf(z->why, sizeof z->why, "%s has a DOCTYPE: DTDs and entities are refused",
                 z->part);
    }
    if (rc < 0 && z->failed == SIF_OK) {
        z->failed = SIF_ERR_DATA;
        snprintf(z->why, sizeof z->why, "%s is not well-formed XML", z->part);
    }
    if (z->failed != SIF_OK) {
        sif_error_at(err, z->failed, z->path, 0, 0, "%s", z->why);
        return -1;
    }
    return rc;
}

sif_status sif_zip_xml_close(sif_zip *z, xmlTextReaderPtr r, sif_error *err)
{
    xmlFreeTextReader(r);
    if (!z->open)
        return SIF_OK;
    xmlSetExternalEntityLoader(z->saved);
    int crc = unzCloseCurrentFile(z->uf);
    z->open = false;
    if (z->failed != SIF_OK)
        return sif_error_at(err, z->failed, z->path, 0, 0, "%s", z->why);
    if (z->at_end && crc == UNZ_CRCERROR)
        return sif_error_at(err, SIF_ERR_DATA, z->path, 0, 0,
                            "%s is damaged (CRC mismatch)", z->part);
    return SIF_OK;
}

# po/po.cmake — the message catalogs (SPEC §14): po/LANG.po compiled to
# build/locale/LANG/LC_MESSAGES/sif.mo (where the sif in build/ finds them) and installed to
# LOCALEDIR. Message ids are English; English needs no catalog.
#   cmake --build build --target sif-pot   regenerates po/sif.pot from the sources;
#   msgmerge --update po/sv.po po/sif.pot  then brings sv.po up to date.
find_program(SIF_MSGFMT msgfmt REQUIRED)
find_program(SIF_XGETTEXT xgettext)
set(SIF_LINGUAS sv)
set(SIF_MO_FILES)
foreach(lang IN LISTS SIF_LINGUAS)
  set(mo ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES/sif.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${SIF_MSGFMT} --check --statistics -o ${mo} ${CMAKE_CURRENT_SOURCE_DIR}/po/${lang}.po
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/po/${lang}.po
    COMMENT "msgfmt po/${lang}.po")
  list(APPEND SIF_MO_FILES ${mo})
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(sif-catalogs ALL DEPENDS ${SIF_MO_FILES})
if(SIF_XGETTEXT)
  file(GLOB_RECURSE SIF_POT_SOURCES RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
       ledger/*.c importers/*.c)
  add_custom_target(sif-pot
    COMMAND ${SIF_XGETTEXT} --from-code=UTF-8 --language=C --keyword=_ --keyword=N_
            --keyword=ngettext_:1,2 --keyword=sif_error_set:3 --keyword=sif_error_at:6
            --keyword=cli_usage:2 --keyword=sif_sink_error:4 --keyword=problem_at:4
            --add-comments=TRANSLATORS --package-name=sif
            -o po/sif.pot ${SIF_POT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
endif()

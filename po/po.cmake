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
  add_custom_target(sif-pot
    COMMAND sh po/extract.sh ${CMAKE_CURRENT_SOURCE_DIR} po/sif.pot
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
endif()

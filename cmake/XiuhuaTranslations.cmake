# Translations: translations/xiuhua_<lang>.ts are compiled with lrelease into
# share/xiuhua/translations/xiuhua_<lang>.qm at build time, and installed there.
#
#   cmake --build <build> --target update_translations
# runs lupdate over app/ and modules/ and refreshes the .ts files in the source tree.

# The sources are written in English, so the English file holds only plural forms (lupdate
# -pluralonly); every other language translates everything.
function(xiuhua_add_translations)
  cmake_parse_arguments(ARG "" "" "TS_FILES;PLURAL_ONLY_TS_FILES;SCAN_DIRS" ${ARGN})
  set(qm_dir "${XIUHUA_BUILD_DATA_DIR}/translations")
  set(qm_files "")
  foreach(ts IN LISTS ARG_TS_FILES ARG_PLURAL_ONLY_TS_FILES)
    get_filename_component(base "${ts}" NAME_WE)
    set(qm "${qm_dir}/${base}.qm")
    add_custom_command(OUTPUT "${qm}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${qm_dir}"
        COMMAND ${XIUHUA_LRELEASE} -silent "${ts}" -qm "${qm}"
        DEPENDS "${ts}"
        COMMENT "Compiling translation ${base}"
        VERBATIM)
    list(APPEND qm_files "${qm}")
  endforeach()
  add_custom_target(translations ALL DEPENDS ${qm_files})
  install(FILES ${qm_files} DESTINATION "${XIUHUA_DATA_SUBDIR}/translations")

  add_custom_target(update_translations
      COMMAND ${XIUHUA_LUPDATE} -no-obsolete -locations relative ${ARG_SCAN_DIRS} -ts ${ARG_TS_FILES}
      COMMAND ${XIUHUA_LUPDATE} -no-obsolete -locations relative -pluralonly ${ARG_SCAN_DIRS}
              -ts ${ARG_PLURAL_ONLY_TS_FILES}
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
      COMMENT "Updating the .ts files from the sources"
      VERBATIM)
endfunction()

# Compiler settings shared by every target of ours.

# ccache, when present. Precompiled headers need the sloppiness below, or ccache never hits for them.
find_program(XIUHUA_CCACHE ccache)
if(XIUHUA_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND}" -E env
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      "${XIUHUA_CCACHE}")
endif()

# Warnings are errors for our own code. Third-party headers (Qt, QGIS, GDAL) come in as system
# includes, so their warnings do not stop the build.
# Partial aggregate initialisation ({id, name}) is idiomatic for our record structs.
set(XIUHUA_WARNING_FLAGS -Wall -Wextra -Wpedantic -Werror -Wno-missing-field-initializers)

# Refuse Qt API that is deprecated in the Qt we build against. Targets that include QGIS headers
# cannot remove the deprecated declarations (QGIS's inline code uses some), so there the
# deprecation warnings, made errors by -Werror, do the same job for our code.
if(XIUHUA_QT_MAJOR EQUAL 5)
  set(XIUHUA_QT_DISABLE_DEPRECATED 0x050F00)
else()
  set(XIUHUA_QT_DISABLE_DEPRECATED 0x060400)
endif()
# foreach/forever are macros Qt itself discourages; range-for reads better.
set(XIUHUA_QT_DEFINITIONS QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING)
